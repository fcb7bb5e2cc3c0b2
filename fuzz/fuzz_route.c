/*
** fuzz_route.c — libFuzzer target for the API's routing (src/web/routes.c:
** api_match and api_knows_param, the public half of the server's request
** handling).
**
** The input is METHOD, a newline, then a path with an optional ?query; the
** path goes to api_match() and each name of the query (split on & and =,
** as the server's libmicrohttpd does) to api_knows_param() of the route
** found. Checked: a route found has the method asked for (or GET for
** HEAD) and its pattern's fixed part; the {id} points into the path, is
** not empty and holds no '/'; routes without {id} match only their path.
** The query's %-decoding and checks (static in src/web/server.c) and the
** handlers, which need a database, are fuzzed through the whole server by
** fuzz_http.c; this target is the fast one for the route table alone.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/web/routes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 1), *nl, *method, *path, *query;
    const char *id = NULL;
    const route *r;
    int other = 0;

    if (!buf)
        return 0;
    memcpy(buf, data, size);
    buf[size] = 0;
    if (!(nl = strchr(buf, '\n'))) {
        free(buf);
        return 0;
    }
    *nl = 0;
    method = buf;
    path = nl + 1;
    if ((query = strchr(path, '?')))
        *query++ = 0;
    r = api_match(method, path, &id, &other);
    if (r) {
        const char *brace = strchr(r->path, '{');
        if (strcmp(r->method, method) != 0 &&
            !(strcmp(method, "HEAD") == 0 && strcmp(r->method, "GET") == 0))
            abort();
        if (brace) {
            size_t pre = (size_t)(brace - r->path);
            /* {id} ends a pattern and takes the rest of the path, '/'
            ** included (an IATI identifier may be a URL) */
            if (!id || id != path + pre || !*id || r->path[pre + 4] != 0 ||
                strncmp(r->path, path, pre) != 0)
                abort();
        } else if (id || strcmp(r->path, path) != 0) {
            abort();
        }
        while (query && *query) {
            char *amp = strchr(query, '&'), *eq;
            if (amp)
                *amp = 0;
            if ((eq = strchr(query, '=')))
                *eq = 0;
            (void)api_knows_param(r, query);
            query = amp ? amp + 1 : NULL;
        }
    } else if (id) {
        abort(); /* no route, no id */
    }
    free(buf);
    return 0;
}
