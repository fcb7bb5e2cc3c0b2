/*
** fuzz_json.c — libFuzzer target for the API's JSON input: the body of
** POST /api/claims, given to the route's handler (src/web/write.c) as the
** server gives it, on a private copy of the fuzz database (fuzz_db.h)
** opened for writing. Bodies that hold good claims are stored, so later
** inputs also meet ids already taken (409) and claims stored the same.
**
** Checked: the handler answers 201 (a result) or refuses with 400 or 409
** and an error message; a 500 — the handler failing on what the client
** sent rather than refusing it — aborts.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/web/routes.h"
#include "fuzz_db.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static store *db;
static const route *post;

static void close_db(void)
{
    store_close(db);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *path = fuzz_db_make(), *id;
    amur_err err = {0, ""};
    int other;
    (void)argc;
    (void)argv;
    if (!path)
        exit(1);
    if (store_open(path, STORE_WRITE, &db, &err)) {
        fprintf(stderr, "fuzz_json: %s\n", err.msg);
        exit(1);
    }
    atexit(close_db);
    if (!(post = api_match("POST", "/api/claims", &id, &other)) || !post->role) {
        fprintf(stderr, "fuzz_json: no route POST /api/claims that writes\n");
        exit(1);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the server keeps a body NUL-terminated; the handler reads BODY_LEN */
    char *body = malloc(size + 1);
    api_call c;
    json_t *o;
    if (!body)
        return 0;
    memcpy(body, data, size);
    body[size] = 0;
    memset(&c, 0, sizeof c);
    c.db = db;
    c.body = body;
    c.body_len = size;
    c.token_id = fuzz_token_id;
    c.token_role = "editor";
    o = post->fn(&c);
    if (o) {
        if (c.ok_status != 201)
            abort();
        json_decref(o);
    } else if ((c.status != 400 && c.status != 409) || !c.error[0]) {
        fprintf(stderr, "fuzz_json: status %d: %s\n", c.status, c.error);
        abort();
    }
    json_decref(c.problems);
    json_decref(c.touched); /* what the server's cache would forget */
    free(body);
    return 0;
}
