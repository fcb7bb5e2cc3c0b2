/*
** pg_many.c — the lookups of a writer's memo (store.h, store_memo_begin)
** in PostgreSQL: many ids in one statement, given as one text[] parameter
** (id = ANY($1)), so that a group of writes asks about every id it names
** at once rather than one id at a time; kept apart from pg.c, which sends
** them down its pipeline (store_pg_send_many) on its connection, with the
** transaction's start before them and nothing waited for until the flush:
** one round trip for all.
*/
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/dbuf.h"
#include "backend.h"
#include "pg_sql.h"

int store_pg_send_many(store *base, int i, const char *name, const char *sql, int n,
                       const char *const *vals, store_pg_rows_fn fn, void *ctx, amur_err *err);

/* The ids of one statement, at most: the array's text stays well under
** what a parameter may hold, and a larger memo asks in several turns. */
#define MANY_IDS 10000
#define MANY_TEXT_MAX (64u << 20)

/* IDS as the text of a PostgreSQL array: {"a","b"}, each element quoted,
** with backslash before '"' and '\'. */
static int array_text(dbuf *b, const char *const *ids, size_t n)
{
    if (dbuf_addc(b, '{'))
        return -1;
    for (size_t i = 0; i < n; i++) {
        if ((i && dbuf_addc(b, ',')) || dbuf_addc(b, '"'))
            return -1;
        for (const char *p = ids[i]; *p; p++)
            if (((*p == '"' || *p == '\\') && dbuf_addc(b, '\\')) || dbuf_addc(b, *p))
                return -1;
        if (dbuf_addc(b, '"'))
            return -1;
    }
    return dbuf_addc(b, '}') || dbuf_addc(b, 0) ? -1 : 0;
}

/* Sends statement I (SQL) over the ids in turns of MANY_IDS, each
** result to EACH with a copy of the SZ bytes at CTX (freed once read). */
static int send_turns(store *s, int i, const char *sql, const char *const *ids, size_t n,
                      store_pg_rows_fn each, const void *ctx, size_t sz, amur_err *err)
{
    char name[24];
    dbuf b;
    int rc = AMUR_OK;
    snprintf(name, sizeof name, "many%d", i);
    dbuf_init(&b, MANY_TEXT_MAX);
    for (size_t at = 0; at < n && rc == AMUR_OK; at += MANY_IDS) {
        size_t k = n - at < MANY_IDS ? n - at : MANY_IDS;
        const char *vals[1];
        void *copy = malloc(sz);
        dbuf_reset(&b);
        if (!copy || array_text(&b, ids + at, k)) {
            free(copy);
            rc = err_set(err, AMUR_ESYS, "out of memory");
            break;
        }
        memcpy(copy, ctx, sz);
        vals[0] = b.s;
        /* the parameter is copied into libpq's buffer as it is sent */
        rc = store_pg_send_many(s, i, name, sql, 1, vals, each, copy, err);
    }
    dbuf_free(&b);
    return rc;
}

typedef struct rows_ctx {
    const concept *c;
    store_row_fn fn;
    void *ctx;
} rows_ctx;

static int each_row(void *ctx, PGresult *r)
{
    rows_ctx *x = ctx;
    char *row[64];
    for (int i = 0; i < PQntuples(r); i++) {
        for (size_t k = 0; k < x->c->ncols; k++)
            row[k] = PQgetisnull(r, i, (int)k) ? NULL : PQgetvalue(r, i, (int)k);
        if (x->fn(x->ctx, row))
            return -1;
    }
    return 0;
}

int store_pg_get_many(store *s, const concept *c, const char *const *ids, size_t n,
                      store_row_fn row, void *ctx, amur_err *err)
{
    char sql[2048] = "SELECT ";
    rows_ctx x = {c, row, ctx};
    store_pg_cat_cols(sql, sizeof sql, c);
    store_sql_cat(sql, sizeof sql, " FROM ");
    store_sql_cat(sql, sizeof sql, c->name);
    store_sql_cat(sql, sizeof sql, " WHERE id = ANY($1::text[])");
    return send_turns(s, (int)c->id, sql, ids, n, each_row, &x, sizeof x, err);
}

typedef struct found_ctx {
    int (*found)(void *ctx, const char *id, int c, const char *kind);
    void *ctx;
} found_ctx;

static int each_found(void *ctx, PGresult *r)
{
    found_ctx *x = ctx;
    for (int i = 0; i < PQntuples(r); i++)
        if (x->found(x->ctx, PQgetvalue(r, i, 0), (int)strtol(PQgetvalue(r, i, 1), NULL, 10),
                     PQgetisnull(r, i, 2) ? NULL : PQgetvalue(r, i, 2)))
            return -1;
    return 0;
}

int store_pg_find_many(store *s, const char *const *ids, size_t n,
                       int (*found)(void *ctx, const char *id, int c, const char *kind),
                       void *ctx, amur_err *err)
{
    char sql[2048] = "";
    found_ctx x = {found, ctx};
    /* in the order of store_pg_fixed(ST_FIND)'s tables, which the memo
    ** keeps the first of when an id is in more than one */
    for (int c = 0; c < C_COUNT; c++) {
        const concept *k = &schema_concepts[c];
        char part[256];
        snprintf(part, sizeof part, "%sSELECT id, %d, %s FROM %s WHERE id = ANY($1::text[])",
                 c ? " UNION ALL " : "", c, schema_col(k, "kind") >= 0 ? "kind" : "NULL",
                 k->name);
        store_sql_cat(sql, sizeof sql, part);
    }
    return send_turns(s, C_COUNT, sql, ids, n, each_found, &x, sizeof x, err);
}
