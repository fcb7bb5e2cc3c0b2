/*
** http.h — what the server (server.h) asks of a request and does to a
** body by HTTP's rules, apart from its routes and caches: whether the
** client takes gzip, whether an ETag matches If-None-Match, a gzipped
** copy of a body, and the %-decoding that never lets a NUL cut a path
** short.
**
** Ownership: http_gzip() returns a buffer the caller frees.
*/
#ifndef AMUR_HTTP_H
#define AMUR_HTTP_H

#include <microhttpd.h>
#include <stddef.h>

#define HTTP_BAD_BYTE '\x01' /* what a refused escape decodes to */

/* Whether the client takes gzip: "gzip" or "*" in Accept-Encoding with a
** q other than 0. */
int http_accepts_gzip(struct MHD_Connection *conn);
/* Whether If-None-Match holds ETAG (or "*"); weak tags compare too. */
int http_etag_matches(struct MHD_Connection *conn, const char *etag);
/* BODY (N bytes) gzipped into a new buffer of *OUT_N bytes, or NULL. */
char *http_gzip(const char *body, size_t n, size_t *out_n);
/* libmicrohttpd's unescape callback: %-decoding of S in place, %00 and
** malformed escapes becoming HTTP_BAD_BYTE; the new length. */
size_t http_unescape(void *cls, struct MHD_Connection *conn, char *s);

#endif
