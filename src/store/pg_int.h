/*
** pg_int.h — what pg.c shares with the files that hold the rest of the
** PostgreSQL store (pg_tokens.c): the handle and running a fixed
** statement. Not an interface: store.h is.
*/
#ifndef AMUR_PG_INT_H
#define AMUR_PG_INT_H

#include <libpq-fe.h>

#include "../core/dbuf.h"
#include "../core/strmap.h"
#include "backend.h"
#include "pg_sql.h"

/* statements sent down the pipeline before their answers are read: the
** server's answers must fit its socket's buffer while we still write */
#define PIPE_MAX 512

enum { COPY_UNKNOWN, COPY_NOW, COPY_NO };

typedef struct pg_store {
    store base; /* first: a pg_store is a store */
    PGconn *conn;
    int in_tx;
    int use_copy;                      /* AMUR_PG_COPY is not 0 */
    unsigned char prepared[ST_COUNT_ALL];
    char **dyn;                        /* names of prepared filtered walks */
    size_t ndyn, capdyn;
    /* the COPY in progress, if any */
    unsigned char copy_state[C_COUNT]; /* COPY_*, reset by store_begin() */
    int copying;                       /* the concept being copied, or -1 */
    strmap *copy_ids;                  /* ids sent down the COPY */
    char **copy_keys;                  /* and their storage */
    size_t ncopy, capcopy;
    dbuf line;                         /* one COPY line */
    int copied_serials; /* tokens or audit rows stored with their own numbers */
    int flow_prepared[STORE_PG_FLOW_STATEMENTS]; /* pg_flows.c's, prepared yet */
    int prop_prepared[STORE_PROP_ST_COUNT];      /* prop.c's */
    int many_prepared[STORE_PG_MANY_STATEMENTS]; /* pg_many.c's */
    /* statements sent in pipeline mode whose answers are not read yet, and
    ** what reads each one's rows (NULL: nothing) */
    int npipe;
    store_pg_rows_fn pipe_fn[PIPE_MAX + 8];
    void *pipe_ctx[PIPE_MAX + 8];
    unsigned char pipe_own[PIPE_MAX + 8]; /* the ctx is freed once read */
    char last_cmd[16]; /* the command tag of the last of them */
} pg_store;

#define PG(s) ((pg_store *)(s))

/* Runs fixed statement ST (pg_sql.h) with N text parameters, prepared on
** first use; the result, or NULL with ERR set (WHAT says what failed). */
PGresult *store_pg_run(pg_store *s, int st, int n, const char *const *vals, amur_err *err,
                       const char *what);

/* The same sent down the pipeline inside a transaction, its answer read
** later (at the next statement that waits, or the commit). */
int store_pg_send(pg_store *s, int st, int n, const char *const *vals, amur_err *err);

/* Tokens and the audit log (pg_tokens.c): the ops of backend.h. */
int store_pg_token_new(store *base, const char *role, const char *hash, const char *note,
                       long *id, amur_err *err);
int store_pg_token_find(store *base, const char *hash, long *id, char *role, size_t rolesz,
                        int *revoked, amur_err *err);
int store_pg_token_revoke(store *base, long id, amur_err *err);
int store_pg_each_token(store *base, int with_hash, store_token_fn fn, void *ctx,
                        amur_err *err);
int store_pg_audit_add(store *base, long token_id, const char *role, const char *what,
                       const char *claim_id, amur_err *err);
int store_pg_each_audit(store *base, store_audit_fn fn, void *ctx, amur_err *err);
int store_pg_copy_token(store *base, const store_token *t, amur_err *err);
int store_pg_copy_audit(store *base, const store_audit *a, amur_err *err);

#endif
