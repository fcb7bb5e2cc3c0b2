/*
** cmd_token.c — write tokens for `amur serve` (token new, list, revoke)
** and the audit log of what was written with them (audit).
**
** A token is 32 random bytes from /dev/urandom in hex, printed once by
** `amur token new`; the database keeps only its SHA-256 (core/sha256.h).
*/
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/sha256.h"
#include "../present/findings.h"
#include "../present/table.h"
#include "../web/routes.h"
#include "cli.h"

#define TOKEN_BYTES 32

static int random_token(char out[2 * TOKEN_BYTES + 1], amur_err *err)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char b[TOKEN_BYTES];
    FILE *f = fopen("/dev/urandom", "rb");
    size_t n = f ? fread(b, 1, sizeof b, f) : 0;
    if (f)
        fclose(f);
    if (n != sizeof b)
        return err_set(err, AMUR_ESYS, "token: cannot read /dev/urandom");
    for (size_t i = 0; i < sizeof b; i++) {
        out[2 * i] = hex[b[i] >> 4];
        out[2 * i + 1] = hex[b[i] & 15];
    }
    out[2 * TOKEN_BYTES] = 0;
    return AMUR_OK;
}

static int token_new(cli *c, store *db)
{
    const char *role = cli_opt_value(c, "role"), *note = cli_opt_value(c, "note");
    char token[2 * TOKEN_BYTES + 1], hash[2 * SHA256_BYTES + 1];
    long id;

    if (!role)
        return err_set(&c->err, AMUR_EUSAGE, "token new: --role editor or --role admin is needed");
    /* a role is valid when some route could ask for it */
    if (!api_role_allows(role, role))
        return err_set(&c->err, AMUR_EUSAGE, "token new: --role: '%s' is not editor or admin",
                       role);
    if (note && strlen(note) > 1000)
        return err_set(&c->err, AMUR_EUSAGE, "token new: --note: at most 1000 bytes");
    if (random_token(token, &c->err))
        return c->err.code;
    sha256_hex(token, strlen(token), hash);
    if (store_token_new(db, role, hash, note && *note ? note : NULL, &id, &c->err))
        return c->err.code;
    if (c->json) {
        json_t *o = json_pack("{s:I,s:s,s:s}", "id", (json_int_t)id, "role", role, "token",
                              token);
        if (o)
            json_dumpf(o, stdout, JSON_COMPACT);
        json_decref(o);
        putchar('\n');
    } else {
        printf("%s\n", token);
        if (!c->quiet)
            fprintf(stderr,
                    "amur: token %ld (%s) made; it is shown only now: keep it secret. "
                    "Use it as: Authorization: Bearer TOKEN\n",
                    id, role);
    }
    return AMUR_OK;
}

typedef struct listing {
    table *t;
    json_t *a;
} listing;

static int list_token(void *ctx, const store_token *tk)
{
    listing *l = ctx;
    char id[24];
    snprintf(id, sizeof id, "%ld", tk->id);
    if (l->a) {
        json_array_append_new(l->a, json_pack("{s:I,s:s,s:s?,s:s,s:s?}", "id",
                                              (json_int_t)tk->id, "role", tk->role, "note",
                                              tk->note, "created", tk->created, "revoked",
                                              tk->revoked));
    } else {
        const char *cells[5] = {id, tk->role, tk->created, tk->revoked, tk->note};
        if (table_add(l->t, cells))
            return AMUR_ESYS;
    }
    return 0;
}

static int list_audit(void *ctx, const store_audit *a)
{
    listing *l = ctx;
    char n[24], tok[24];
    snprintf(n, sizeof n, "%ld", a->n);
    snprintf(tok, sizeof tok, "%ld", a->token_id);
    if (l->a) {
        json_array_append_new(l->a, fj_audit(a));
    } else {
        const char *cells[6] = {n, a->at, tok, a->role, a->what, a->claim_id};
        if (table_add(l->t, cells))
            return AMUR_ESYS;
    }
    return 0;
}

/* Prints what was collected in L as a table or a JSON array. */
static int print_listing(cli *c, listing *l, int rc)
{
    if (rc == AMUR_OK && l->a) {
        json_dumpf(l->a, stdout, JSON_INDENT(0) | JSON_COMPACT);
        putchar('\n');
    } else if (rc == AMUR_OK) {
        table_print(l->t, stdout, table_fit_width(stdout));
    } else if (!c->err.msg[0]) {
        err_set(&c->err, AMUR_ESYS, "out of memory");
    }
    json_decref(l->a);
    table_free(l->t);
    return rc;
}

static int start_listing(cli *c, listing *l, size_t ncols, const char *const *headers)
{
    memset(l, 0, sizeof *l);
    if (c->json ? !(l->a = json_array()) : !(l->t = table_new(ncols, headers)))
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    return AMUR_OK;
}

static int token_list(cli *c, store *db)
{
    static const char *const headers[] = {"id", "role", "created", "revoked", "note"};
    listing l;
    int rc;
    if (start_listing(c, &l, 5, headers))
        return c->err.code;
    rc = store_each_token(db, list_token, &l, &c->err);
    return print_listing(c, &l, rc);
}

static int token_revoke(cli *c, store *db)
{
    const char *arg = c->npos > 1 ? c->pos[1] : NULL;
    char *end;
    long id;
    int r;
    if (!arg)
        return err_set(&c->err, AMUR_EUSAGE, "token revoke: which token? amur token revoke ID");
    errno = 0;
    id = strtol(arg, &end, 10);
    if (errno || end == arg || *end || id <= 0)
        return err_set(&c->err, AMUR_EUSAGE, "token revoke: '%s' is not a token id", arg);
    r = store_token_revoke(db, id, &c->err);
    if (r < 0)
        return c->err.code;
    if (r == 0)
        return err_set(&c->err, AMUR_EDATA, "token revoke: no valid token %ld", id);
    if (!c->quiet)
        printf("token %ld revoked\n", id);
    return AMUR_OK;
}

int cmd_token(cli *c)
{
    const char *what = c->pos[0];
    store *db = NULL;
    int rc;
    int is_new = strcmp(what, "new") == 0, is_list = strcmp(what, "list") == 0,
        is_revoke = strcmp(what, "revoke") == 0;

    if (!is_new && !is_list && !is_revoke)
        return err_set(&c->err, AMUR_EUSAGE, "token: '%s' is not new, list or revoke", what);
    if (!is_revoke && c->npos > 1)
        return err_set(&c->err, AMUR_EUSAGE, "token %s: unexpected argument '%s'", what,
                       c->pos[1]);
    if (!is_new && (cli_opt_value(c, "role") || cli_opt_value(c, "note")))
        return err_set(&c->err, AMUR_EUSAGE, "token %s: --role and --note are for token new",
                       what);
    if (cli_store(c, is_list ? STORE_READ : STORE_WRITE, &db))
        return c->err.code;
    rc = is_new ? token_new(c, db) : is_list ? token_list(c, db) : token_revoke(c, db);
    store_close(db);
    return rc;
}

int cmd_audit(cli *c)
{
    static const char *const headers[] = {"n", "at", "token", "role", "what", "claim"};
    store *db = NULL;
    listing l;
    int rc;
    if (cli_store(c, STORE_READ, &db))
        return c->err.code;
    if (start_listing(c, &l, 6, headers)) {
        store_close(db);
        return c->err.code;
    }
    rc = store_each_audit(db, list_audit, &l, &c->err);
    rc = print_listing(c, &l, rc);
    store_close(db);
    return rc;
}
