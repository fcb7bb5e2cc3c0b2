/*
** backend.h — what a store backend implements, private to src/store/.
**
** store.c chooses a backend from the database's name (a postgresql:// or
** postgres:// URI selects PostgreSQL, anything else is an SQLite file) and
** forwards each store.h call through the backend's table of functions.
** A backend's handle begins with a struct store, which store.c owns the
** common fields of.
*/
#ifndef AMUR_STORE_BACKEND_H
#define AMUR_STORE_BACKEND_H

#include "store.h"

typedef struct store_ops {
    const char *name; /* "sqlite", "postgresql" */
    /* Allocates the backend's handle and sets *OUT; PATH as store_open(). */
    int (*open)(const char *path, int mode, store **out, amur_err *err);
    void (*close)(store *s);
    int (*begin)(store *s, amur_err *err);
    int (*set_lock_wait)(store *s, long ms, amur_err *err);
    int (*commit)(store *s, amur_err *err);
    void (*rollback)(store *s);
    int (*put)(store *s, const concept *c, char *const *fields, int *result, amur_err *err);
    int (*each)(store *s, const concept *c, const store_filter *f, size_t nf,
                store_row_fn fn, void *ctx, amur_err *err);
    int (*get)(store *s, const concept *c, const char *id, char ***fields, amur_err *err);
    /* store_each_project_chunk() (COL NULL, C the projects) and
    ** store_each_of_chunk() (LIMIT 0) */
    /* Makes the read-only handles CONNS[0..N-1], just opened, read one
    ** snapshot (store_open_readers()). */
    int (*share_snapshot)(store **conns, size_t n, amur_err *err);
    int (*each_chunk)(store *s, const concept *c, const char *col, long after, long *last,
                      long limit, store_row_fn fn, void *ctx, amur_err *err);
    int (*find)(store *s, const char *id, char *kind, size_t kindsz);
    /* C may be schema_flows too */
    int (*count)(store *s, const concept *c, long *n, amur_err *err);
    int (*each_load)(store *s, store_load_fn fn, void *ctx, amur_err *err);
    int (*copy_load)(store *s, const store_load *l, amur_err *err);
    int (*token_new)(store *s, const char *role, const char *hash, const char *note, long *id,
                     amur_err *err);
    int (*token_find)(store *s, const char *hash, long *id, char *role, size_t rolesz,
                      int *revoked, amur_err *err);
    int (*token_revoke)(store *s, long id, amur_err *err);
    /* WITH_HASH: set each token's hash (store_each_token_whole) */
    int (*each_token)(store *s, int with_hash, store_token_fn fn, void *ctx, amur_err *err);
    int (*copy_token)(store *s, const store_token *t, amur_err *err);
    int (*audit_add)(store *s, long token_id, const char *role, const char *what,
                     const char *claim_id, amur_err *err);
    int (*each_audit)(store *s, store_audit_fn fn, void *ctx, amur_err *err);
    int (*copy_audit)(store *s, const store_audit *a, amur_err *err);
    /* flows (store.c builds store_flows_put and store_each_flow on these):
    ** every flow about ACTIVITY, by source, reported and seq (every flow
    ** of every activity, by activity first, when ACTIVITY is NULL); remove those
    ** of one snapshot; add one */
    int (*flow_each)(store *s, const char *activity, store_flow_fn fn, void *ctx,
                     amur_err *err);
    int (*flow_del)(store *s, const char *activity, const char *source, const char *reported,
                    amur_err *err);
    int (*flow_add)(store *s, const store_flow *f, amur_err *err);
    /* proposals (store.c builds store_prop_* on this): runs fixed
    ** statement ST (STORE_PROP_ST_*) of text SQL with the N text
    ** parameters VALS ($1...; NULL binds NULL); each row of its result
    ** goes to ROW (may be NULL) as text cells, NULL for NULL; *CHANGED (may
    ** be NULL) gets how many rows it changed. */
    int (*prop_run)(store *s, int st, const char *sql, int n, const char *const *vals,
                    store_proposal_fn row, void *ctx, long *changed, amur_err *err);
    /* A writer's memo (store_memo_begin(); NULL: the backend keeps none,
    ** every lookup is asked as it comes): the rows of C whose ids are among
    ** the N IDS, each to ROW; each of the IDS that is stored, with its
    ** concept and kind (NULL when its concept has none), to FOUND; and a
    ** new row of append-only C whose id is known not to be stored, which
    ** may be sent without waiting for its answer (a failure comes out at
    ** the next statement or the commit, at the latest). */
    int (*get_many)(store *s, const concept *c, const char *const *ids, size_t n,
                    store_row_fn row, void *ctx, amur_err *err);
    int (*find_many)(store *s, const char *const *ids, size_t n,
                     int (*found)(void *ctx, const char *id, int c, const char *kind),
                     void *ctx, amur_err *err);
    int (*put_new)(store *s, const concept *c, char *const *fields, amur_err *err);
    /* get_many and find_many may call ROW and FOUND as late as this */
    int (*many_flush)(store *s, amur_err *err);
} store_ops;

/* The proposals' statements, prepared once per connection. */
enum { STORE_PROP_ST_ADD, STORE_PROP_ST_EACH, STORE_PROP_ST_DECIDE, STORE_PROP_ST_COPY,
       STORE_PROP_ST_COUNT };

/* The part of every handle that store.c reads. */
struct store {
    const store_ops *ops;
    char *path; /* as shown to people: the file, or the URI without a password */
    char *given; /* as given to store_open(), for store_open_readers(); store.c's */
    struct store_memo *memo; /* store_memo_begin()'s, or NULL */
};

/* PostgreSQL's flows (pg_flows.c), which pg.c's table of functions uses. */
#define STORE_PG_FLOW_STATEMENTS 5
int store_pg_flow_each(store *s, const char *activity, store_flow_fn fn, void *ctx,
                       amur_err *err);
int store_pg_flow_del(store *s, const char *activity, const char *source,
                      const char *reported, amur_err *err);
int store_pg_flow_add(store *s, const store_flow *f, amur_err *err);
int store_pg_flow_count(store *s, long *n, amur_err *err);

/* PostgreSQL's memo (pg_many.c): get_many and find_many of store_ops,
** whose statements go down pg.c's pipeline (store_pg_send_many), their
** rows read by a store_pg_rows_fn (a PGresult *) at the flush. */
struct pg_result;
typedef int (*store_pg_rows_fn)(void *ctx, struct pg_result *r);
#define STORE_PG_MANY_STATEMENTS (C_COUNT + 1)
int store_pg_get_many(store *s, const concept *c, const char *const *ids, size_t n,
                      store_row_fn row, void *ctx, amur_err *err);
int store_pg_find_many(store *s, const char *const *ids, size_t n,
                       int (*found)(void *ctx, const char *id, int c, const char *kind),
                       void *ctx, amur_err *err);

/* The proposals' table, its id column of type ID (the same columns as
** store_proposal_cols, all text but the id). */
#define STORE_PROP_TABLE(ID)                                                               \
    "CREATE TABLE proposals(id " ID ", status TEXT NOT NULL, created TEXT NOT NULL,"        \
    " decided TEXT, added_by TEXT, reviewer TEXT, reason TEXT, claim_id TEXT, subject TEXT,"  \
    " property TEXT, value TEXT, unit TEXT, scope TEXT, stated TEXT, date TEXT,"            \
    " refers_to TEXT, source TEXT, quote TEXT, quote_lang TEXT, confidence TEXT,"          \
    " reasons TEXT, sentence TEXT, context TEXT, matched TEXT, new_source TEXT,"           \
    " candidate TEXT);"                                                                    \
    "CREATE INDEX proposals_status ON proposals(status, id);"

/* The backends' prop_run (sq_prop.c, pg.c); the SQLite handle's connection. */
int store_sq_prop_run(store *s, int st, const char *sql, int n, const char *const *vals,
                      store_proposal_fn row, void *ctx, long *changed, amur_err *err);
int store_pg_prop_run(store *s, int st, const char *sql, int n, const char *const *vals,
                      store_proposal_fn row, void *ctx, long *changed, amur_err *err);
struct sqlite3;
struct sqlite3 *store_sq_db(store *s);
/* Appends S to the NUL-terminated BUF of N bytes (cut short if full; the
** statements built are far below their buffers' sizes, which a unit test
** checks by preparing them all); store_sql_col() appends PREFIX and the
** column NAME, quoted (only names from the schema reach it) (sql_text.c). */
void store_sql_cat(char *buf, size_t n, const char *s);
void store_sql_col(char *buf, size_t n, const char *prefix, const char *name);

/* The backends' each_chunk: the SQL both run (chunk.c), positions being
** POS ("rowid", "seq") and the parameters $1 (after) and $2 (the last
** position, or with COL NULL the limit); and SQLite's (sq_chunk.c). With
** AFTER STORE_CHUNK_OTHERS (store_each_of_others()), the statement has no
** parameter. Returns how many parameters the statement takes. */
#define STORE_CHUNK_OTHERS (-1L)
int store_chunk_sql(const concept *c, const char *col, const char *pos, long after, char *sql,
                    size_t n);
int store_sq_share_snapshot(store **conns, size_t n, amur_err *err);
int store_sq_each_chunk(store *s, const concept *c, const char *col, long after, long *last,
                        long limit, store_row_fn fn, void *ctx, amur_err *err);

extern const store_ops store_sqlite_ops;
extern const store_ops store_pg_ops;

#endif
