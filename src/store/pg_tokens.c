/*
** pg_tokens.c — write tokens and the audit log in PostgreSQL (store.h,
** "write tokens and the audit log"); the rest of the store is pg.c.
*/
#include "pg_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *value_or_null(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

int store_pg_token_new(store *base, const char *role, const char *hash, const char *note,
                        long *id, amur_err *err)
{
    pg_store *s = PG(base);
    const char *vals[3] = {role, hash, note};
    PGresult *r = store_pg_run(s, ST_TOKEN_NEW, 3, vals, err, "storing the token");
    if (!r)
        return AMUR_ESYS;
    *id = PQntuples(r) == 1 ? strtol(PQgetvalue(r, 0, 0), NULL, 10) : 0;
    PQclear(r);
    return AMUR_OK;
}

int store_pg_token_find(store *base, const char *hash, long *id, char *role, size_t rolesz,
                         int *revoked, amur_err *err)
{
    pg_store *s = PG(base);
    const char *vals[1] = {hash};
    PGresult *r = store_pg_run(s, ST_TOKEN_FIND, 1, vals, err, "reading tokens");
    int found;
    if (!r)
        return -AMUR_ESYS;
    found = PQntuples(r) == 1;
    if (found) {
        *id = strtol(PQgetvalue(r, 0, 0), NULL, 10);
        snprintf(role, rolesz, "%s", PQgetvalue(r, 0, 1));
        *revoked = strcmp(PQgetvalue(r, 0, 2), "t") == 0;
    }
    PQclear(r);
    return found;
}

int store_pg_token_revoke(store *base, long id, amur_err *err)
{
    pg_store *s = PG(base);
    char num[24];
    const char *vals[1] = {num};
    PGresult *r;
    int done;
    snprintf(num, sizeof num, "%ld", id);
    if (!(r = store_pg_run(s, ST_TOKEN_REVOKE, 1, vals, err, "revoking the token")))
        return -AMUR_ESYS;
    done = PQntuples(r) > 0;
    PQclear(r);
    return done;
}

int store_pg_each_token(store *base, int with_hash, store_token_fn fn, void *ctx,
                         amur_err *err)
{
    pg_store *s = PG(base);
    PGresult *r = store_pg_run(s, ST_TOKEN_EACH, 0, NULL, err, "reading tokens");
    int stop = 0;
    if (!r)
        return AMUR_ESYS;
    for (int i = 0; i < PQntuples(r) && !stop; i++) {
        store_token t;
        t.id = strtol(PQgetvalue(r, i, 0), NULL, 10);
        t.role = PQgetvalue(r, i, 1);
        t.note = value_or_null(r, i, 2);
        t.created = PQgetvalue(r, i, 3);
        t.revoked = value_or_null(r, i, 4);
        t.hash = with_hash ? PQgetvalue(r, i, 5) : NULL;
        stop = fn(ctx, &t);
    }
    PQclear(r);
    return stop;
}

int store_pg_audit_add(store *base, long token_id, const char *role, const char *what,
                        const char *claim_id, amur_err *err)
{
    pg_store *s = PG(base);
    char num[24];
    const char *vals[4] = {num, role, what, claim_id};
    PGresult *r;
    snprintf(num, sizeof num, "%ld", token_id);
    /* inside a transaction, nobody waits for its answer: a failure comes
    ** out at the next statement or the commit */
    if (s->in_tx)
        return store_pg_send(s, ST_AUDIT_ADD, 4, vals, err);
    if (!(r = store_pg_run(s, ST_AUDIT_ADD, 4, vals, err, "writing the audit log")))
        return AMUR_ESYS;
    PQclear(r);
    return AMUR_OK;
}

int store_pg_each_audit(store *base, store_audit_fn fn, void *ctx, amur_err *err)
{
    pg_store *s = PG(base);
    PGresult *r = store_pg_run(s, ST_AUDIT_EACH, 0, NULL, err, "reading the audit log");
    int stop = 0;
    if (!r)
        return AMUR_ESYS;
    for (int i = 0; i < PQntuples(r) && !stop; i++) {
        store_audit a;
        a.n = strtol(PQgetvalue(r, i, 0), NULL, 10);
        a.at = PQgetvalue(r, i, 1);
        a.token_id = strtol(PQgetvalue(r, i, 2), NULL, 10);
        a.role = PQgetvalue(r, i, 3);
        a.what = PQgetvalue(r, i, 4);
        a.claim_id = value_or_null(r, i, 5);
        stop = fn(ctx, &a);
    }
    PQclear(r);
    return stop;
}

int store_pg_copy_token(store *base, const store_token *t, amur_err *err)
{
    pg_store *s = PG(base);
    char id[24];
    const char *vals[6] = {id, t->role, t->hash, t->note, t->created, t->revoked};
    PGresult *r;
    snprintf(id, sizeof id, "%ld", t->id);
    if (!(r = store_pg_run(s, ST_TOKEN_COPY, 6, vals, err, "copying a token")))
        return AMUR_ESYS;
    PQclear(r);
    s->copied_serials = 1;
    return AMUR_OK;
}

int store_pg_copy_audit(store *base, const store_audit *a, amur_err *err)
{
    pg_store *s = PG(base);
    char n[24], tok[24];
    const char *vals[6] = {n, a->at, tok, a->role, a->what, a->claim_id};
    PGresult *r;
    snprintf(n, sizeof n, "%ld", a->n);
    snprintf(tok, sizeof tok, "%ld", a->token_id);
    if (!(r = store_pg_run(s, ST_AUDIT_COPY, 6, vals, err, "copying the audit log")))
        return AMUR_ESYS;
    PQclear(r);
    s->copied_serials = 1;
    return AMUR_OK;
}

