/*
** server.h — amur serve's HTTP server, on libmicrohttpd: a thread pool
** over epoll, keep-alive, gzip, ETags and 304s, cache and security
** headers, limits on request size and connection time, and a clean stop
** on SIGINT or SIGTERM. Which connections it keeps is conns.h's: a
** share of them per client address, idle ones giving way to a new client
** when it is full, and a deadline for a request to come in whole (a slow
** client cannot hold one open by trickling bytes under the idle timeout).
** A query of more than WEB_MAX_PARAMS parameters is refused with 414
** before it is split.
** API responses are kept, plain and gzipped, in a small cache by URL
** until the data change (a new snapshot) or the day does (the default
** as_of), so a page asked for again costs a copy. It dispatches /api/ to
** the route table; a route that writes needs an `Authorization: Bearer
** TOKEN` whose hash is a valid token of a role the route allows (401 or
** 403 otherwise), and then gets the request body and a store opened for
** writing (routes.h), which waits at most a bounded time for another
** writer's lock and is then answered 503 with Retry-After; it serves the
** embedded assets (assets.h) otherwise.
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
#define WEB_REQUEST_TIMEOUT_S 10        /* ... and one whose request has not come in whole */
#define WEB_MAX_PARAMS 64               /* query parameters read (more: 414) */
#define WEB_MAX_CONNECTIONS 1024
#define WEB_MAX_PER_ADDRESS (WEB_MAX_CONNECTIONS / 16) /* ... from one client address */
#define WEB_LOCK_WAIT_MS 5000           /* a write waits for another writer's lock */
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
    /* milliseconds a request (line, headers and body) may take to come
    ** in, counted from the connection's start or the end of its previous
    ** request; 0: WEB_REQUEST_TIMEOUT_S seconds */
    long request_timeout_ms;
    /* connections one client address (an IPv6 /64) may hold at once;
    ** 0: WEB_MAX_PER_ADDRESS */
    int max_per_address;
    /* milliseconds a write waits for a lock another writer (a load)
    ** holds before it is answered 503; 0: WEB_LOCK_WAIT_MS */
    long lock_wait_ms;
    /* answers about one subject kept (web/subjects.h); 0: SUBJ_CACHE_DEFAULT */
    long subject_cache;
} web_opts;

/* Serves until SIGINT or SIGTERM, then stops and returns AMUR_OK; or
** returns an error (bad address, port taken, no database) with ERR set. */
int web_serve(const web_opts *o, amur_err *err);

/* The same server, started and stopped by its caller (web_serve is these
** three around a wait for a signal). With O->port -1 it listens nowhere
** and serves only the sockets handed to web_server_adopt(): the fuzzer
** (fuzz/fuzz_http.c) feeds it requests through socket pairs.
** web_server_start() returns a server that web_server_stop() frees. */
typedef struct web_server web_server;
int web_server_start(const web_opts *o, web_server **out, amur_err *err);
/* The TCP port it listens on (0 when it listens nowhere). */
unsigned web_server_port(const web_server *w);
/* Serves the connected socket FD, which the server then owns. */
int web_server_adopt(web_server *w, int fd, amur_err *err);
void web_server_stop(web_server *w);

#endif
