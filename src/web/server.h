/*
** server.h — amur serve's HTTP server, on libmicrohttpd: a thread pool
** over epoll, keep-alive, gzip, ETags and 304s, cache and security
** headers, limits on request size and connection time, and a clean stop
** on SIGINT or SIGTERM. API responses are kept, plain and gzipped, in a
** small cache by URL until the data change (a new snapshot) or the day
** does (the default as_of), so a page asked for again costs a copy. It
** dispatches /api/ to the route table; a route that writes needs an
** `Authorization: Bearer TOKEN` whose hash is a valid token of a role the
** route allows (401 or 403 otherwise), and then gets the request body and
** a store opened for writing
** (routes.h) and serves the embedded assets (assets.h) otherwise.
*/
#ifndef AMUR_SERVER_H
#define AMUR_SERVER_H

#include <stdio.h>

#include "../core/err.h"

#define WEB_MAX_BODY (64 * 1024)        /* bytes of request body accepted */
#define WEB_MAX_WRITE_BODY (1024 * 1024) /* ... by a POST to /api/ (a route that writes) */
#define WEB_MAX_TOKEN 256               /* bytes of a bearer token looked at */
#define WEB_MAX_HEADERS (32 * 1024)     /* bytes of request line and headers */
#define WEB_TIMEOUT_S 30                /* an idle connection is closed after this */
#define WEB_MAX_CONNECTIONS 1024
#define WEB_GZIP_MIN 1024               /* smaller bodies go out as they are */
#define WEB_CACHE_SLOTS 256             /* API responses kept, by URL */
#define WEB_CACHE_MAX_BODY (256 * 1024) /* larger ones are not kept */
#define WEB_CACHE_KEY 2048              /* longer URLs are not kept */

typedef struct web_opts {
    const char *db;   /* the database to serve */
    const char *bind; /* an IPv4 or IPv6 address */
    int port;         /* 0: any free port */
    int threads;      /* 0: the number of processors */
    FILE *out;        /* where the URL is announced */
} web_opts;

/* Serves until SIGINT or SIGTERM, then stops and returns AMUR_OK; or
** returns an error (bad address, port taken, no database) with ERR set. */
int web_serve(const web_opts *o, amur_err *err);

#endif
