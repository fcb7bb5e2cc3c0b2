/*
** http.c — see http.h.
*/
#include "http.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* Whether the client takes gzip: "gzip" or "*" in Accept-Encoding with a
** q other than 0. */
int http_accepts_gzip(struct MHD_Connection *conn)
{
    const char *h = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Accept-Encoding");
    while (h && *h) {
        const char *end = strchr(h, ','), *semi;
        size_t n = end ? (size_t)(end - h) : strlen(h), tl;
        while (n && (*h == ' ' || *h == '\t')) {
            h++;
            n--;
        }
        semi = memchr(h, ';', n);
        tl = semi ? (size_t)(semi - h) : n;
        while (tl && (h[tl - 1] == ' ' || h[tl - 1] == '\t'))
            tl--;
        if ((tl == 4 && strncasecmp(h, "gzip", 4) == 0) || (tl == 1 && *h == '*')) {
            const char *q = semi ? strstr(semi, "q=") : NULL;
            if (!q || q >= h + n || strtod(q + 2, NULL) > 0)
                return 1;
        }
        h = end ? end + 1 : NULL;
    }
    return 0;
}

/* Whether If-None-Match holds ETAG (or "*"); weak tags compare too. */
int http_etag_matches(struct MHD_Connection *conn, const char *etag)
{
    const char *h = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "If-None-Match");
    size_t el = strlen(etag);
    while (h && *h) {
        while (*h == ' ' || *h == ',' || *h == '\t')
            h++;
        if (*h == '*')
            return 1;
        if (strncmp(h, "W/", 2) == 0)
            h += 2;
        if (strncmp(h, etag, el) == 0 && (h[el] == 0 || h[el] == ',' || h[el] == ' '))
            return 1;
        h = strchr(h, ',');
    }
    return 0;
}

/* BODY gzipped into a new buffer, or NULL. */
char *http_gzip(const char *body, size_t n, size_t *out_n)
{
    z_stream z;
    char *out;
    uLong cap;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return NULL;
    cap = deflateBound(&z, (uLong)n) + 32;
    if (!(out = malloc(cap))) {
        deflateEnd(&z);
        return NULL;
    }
    z.next_in = (Bytef *)body;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)out;
    z.avail_out = (uInt)cap;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
        deflateEnd(&z);
        free(out);
        return NULL;
    }
    *out_n = z.total_out;
    deflateEnd(&z);
    return out;
}

/* %-decoding in place: %00 and malformed escapes become HTTP_BAD_BYTE, so the
** request fails rather than being read as something shorter. */
static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

size_t http_unescape(void *cls, struct MHD_Connection *conn, char *s)
{
    char *w = s;
    const char *r = s;
    (void)cls;
    (void)conn;
    while (*r) {
        int hi, lo;
        if (*r != '%') {
            *w++ = *r++;
            continue;
        }
        hi = hexval(r[1]);
        lo = hi >= 0 ? hexval(r[2]) : -1;
        if (lo < 0 || (hi == 0 && lo == 0)) {
            *w++ = HTTP_BAD_BYTE;
            r++;
            continue;
        }
        *w++ = (char)(hi * 16 + lo);
        r += 3;
    }
    *w = 0;
    return (size_t)(w - s);
}
