/*
** store.c — the store interface (store.h) over two backends: chooses one
** from the database's name and forwards every call to it.
**
** A postgresql:// or postgres:// URI is a PostgreSQL database (pg.c);
** anything else is the path of an SQLite file (sqlite.c).
*/
#include "backend.h"
#include "../core/sort.h"
#include "../core/strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

int store_is_server(const char *path)
{
    return path && (strncmp(path, "postgresql://", 13) == 0 ||
                    strncmp(path, "postgres://", 11) == 0);
}

/* Replaces the value of every "password" parameter of the query string
** starting at Q with *** (in place; room for the growth is the caller's). */
static void hide_password_params(char *q)
{
    char *p = q;
    while (*p) {
        char *end = p + strcspn(p, "&");
        if (strncmp(p, "password=", 9) == 0) {
            char *v = p + 9;
            memmove(v + 3, end, strlen(end) + 1);
            memcpy(v, "***", 3);
            end = v + 3;
        }
        p = *end ? end + 1 : end;
    }
}

char *store_shown(const char *path)
{
    char *p, *auth, *at, *colon, *slash, *q;
    /* each *** may be longer than what it hides: room for that */
    if (!path || !(p = malloc(2 * strlen(path) + 8)))
        return NULL;
    memcpy(p, path, strlen(path) + 1);
    if (!store_is_server(path))
        return p;
    auth = strstr(p, "://") + 3;
    slash = strpbrk(auth, "/?");
    at = strchr(auth, '@');
    if (at && (!slash || at < slash) && (colon = memchr(auth, ':', (size_t)(at - auth)))) {
        /* user:secret@host -> user:***@host */
        memmove(colon + 4, at, strlen(at) + 1);
        memcpy(colon + 1, "***", 3);
    }
    if ((q = strchr(p, '?')))
        hide_password_params(q + 1);
    return p;
}

/* ---- a writer's memo (store.h, store_memo_begin) ---- */

typedef struct memo_entry {
    int c;      /* the concept of the stored row of that id, -1: none */
    char *kind; /* its kind, or NULL */
    char **row; /* a claim's or a project's row, or NULL */
} memo_entry;

struct store_memo {
    strmap *ids; /* id -> entry */
    char **keys;
    memo_entry *e;
    size_t n, cap;
};

static int memo_kept(int c)
{
    return c == C_CLAIM || c == C_PROJECT;
}

static void memo_free(struct store_memo *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++) {
        free(m->keys[i]);
        free(m->e[i].kind);
        if (m->e[i].row)
            store_row_free(&schema_concepts[m->e[i].c], m->e[i].row);
    }
    strmap_free(m->ids);
    free(m->keys);
    free(m->e);
    free(m);
}

/* The entry of ID, added (unknown: c -1) when ADD; NULL when there is none
** or out of memory. */
static memo_entry *memo_at(struct store_memo *m, const char *id, int add)
{
    long i;
    char *key;
    if (strmap_get(m->ids, id, &i))
        return &m->e[i];
    if (!add)
        return NULL;
    if (m->n == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 64;
        char **k = realloc(m->keys, cap * sizeof *k);
        memo_entry *e = k ? realloc(m->e, cap * sizeof *e) : NULL;
        if (k)
            m->keys = k;
        if (!e)
            return NULL;
        m->e = e;
        m->cap = cap;
    }
    if (!(key = strdup(id)) || strmap_add(m->ids, key, (long)m->n, NULL) != 1) {
        free(key);
        return NULL;
    }
    m->keys[m->n] = key;
    m->e[m->n] = (memo_entry){-1, NULL, NULL};
    return &m->e[m->n++];
}

static char **row_copy(const concept *c, char *const *f)
{
    char **r = calloc(c->ncols, sizeof *r);
    for (size_t i = 0; r && i < c->ncols; i++)
        if (f[i] && !(r[i] = strdup(f[i]))) {
            store_row_free(c, r);
            return NULL;
        }
    return r;
}

/* Entry E now holds row F of C; 0, or -1 when out of memory. */
static int memo_set(memo_entry *e, const concept *c, char *const *f)
{
    char **row = NULL;
    if (memo_kept((int)c->id) && !(row = row_copy(c, f)))
        return -1;
    if (e->row)
        store_row_free(&schema_concepts[e->c], e->row);
    e->c = (int)c->id;
    e->row = row;
    return 0;
}

static int memo_found(void *ctx, const char *id, int c, const char *kind)
{
    memo_entry *e = memo_at(ctx, id, 0);
    if (!e || e->c >= 0)
        return 0; /* the first concept found, as store_find() says */
    e->c = c;
    return kind && !(e->kind = strdup(kind)) ? -1 : 0;
}

typedef struct memo_rows {
    struct store_memo *m;
    const concept *c;
} memo_rows;

static int memo_row(void *ctx, char *const *f)
{
    memo_rows *r = ctx;
    memo_entry *e = memo_at(r->m, f[0], 0);
    return e && e->c == (int)r->c->id && memo_set(e, r->c, f) ? -1 : 0;
}

int store_memo_begin(store *s, const char *const *ids, size_t n, amur_err *err)
{
    struct store_memo *m;
    memo_rows rows[2];
    int rc = AMUR_OK;
    store_memo_end(s);
    if (!s->ops->find_many || n == 0)
        return AMUR_OK;
    if (!(m = calloc(1, sizeof *m)) || !(m->ids = strmap_new()))
        goto oom;
    rows[0] = (memo_rows){m, &schema_concepts[C_CLAIM]};
    rows[1] = (memo_rows){m, &schema_concepts[C_PROJECT]};
    for (size_t i = 0; i < n; i++)
        if (ids[i] && !memo_at(m, ids[i], 1))
            goto oom;
    /* every id asked of each table, so that nothing waits for an answer
    ** before the flush: one round trip where the backend can */
    if ((rc = s->ops->find_many(s, (const char *const *)m->keys, m->n, memo_found, m, err)) ||
        (rc = s->ops->get_many(s, &schema_concepts[C_CLAIM], (const char *const *)m->keys, m->n,
                               memo_row, &rows[0], err)) ||
        (rc = s->ops->get_many(s, &schema_concepts[C_PROJECT], (const char *const *)m->keys,
                               m->n, memo_row, &rows[1], err)) ||
        (s->ops->many_flush && (rc = s->ops->many_flush(s, err))))
        goto fail;
    s->memo = m;
    return AMUR_OK;
oom:
    rc = err_set(err, AMUR_ESYS, "out of memory");
fail:
    memo_free(m);
    return rc ? rc : AMUR_ESYS;
}

void store_memo_end(store *s)
{
    memo_free(s->memo);
    s->memo = NULL;
}

int store_open(const char *path, int mode, store **out, amur_err *err)
{
    const store_ops *ops = store_is_server(path) ? &store_pg_ops : &store_sqlite_ops;
    int rc;
    *out = NULL;
    rc = ops->open(path, mode, out, err);
    if (rc != AMUR_OK)
        return rc;
    (*out)->ops = ops;
    if (!((*out)->given = strdup(path))) {
        store_close(*out);
        *out = NULL;
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    return AMUR_OK;
}

int store_open_readers(const store *s, size_t n, store **out, amur_err *err)
{
    int rc = AMUR_OK;
    for (size_t i = 0; i < n; i++)
        out[i] = NULL;
    for (size_t i = 0; i < n && rc == AMUR_OK; i++)
        rc = store_open(s->given, STORE_READ, &out[i], err);
    if (rc == AMUR_OK && n)
        rc = s->ops->share_snapshot(out, n, err);
    for (size_t i = 0; rc && i < n; i++) {
        store_close(out[i]);
        out[i] = NULL;
    }
    return rc;
}

void store_close(store *s)
{
    if (s) {
        char *given = s->given;
        store_memo_end(s);
        s->ops->close(s);
        free(given);
    }
}

const char *store_path(const store *s)
{
    return s->path;
}

int store_set_lock_wait(store *s, long ms, amur_err *err)
{
    return s->ops->set_lock_wait(s, ms < 0 ? 0 : ms, err);
}

int store_begin(store *s, amur_err *err)
{
    return s->ops->begin(s, err);
}

int store_commit(store *s, amur_err *err)
{
    return s->ops->commit(s, err);
}

void store_rollback(store *s)
{
    store_memo_end(s);
    s->ops->rollback(s);
}

int store_put(store *s, const concept *c, char *const *fields, int *result, amur_err *err)
{
    memo_entry *e = s->memo && fields[0] ? memo_at(s->memo, fields[0], 0) : NULL;
    int rc;
    if (e && e->c < 0 && c->append_only && s->ops->put_new) {
        rc = s->ops->put_new(s, c, fields, err);
        *result = STORE_ADDED;
    } else {
        rc = s->ops->put(s, c, fields, result, err);
    }
    if (rc == AMUR_OK && e && memo_set(e, c, fields)) {
        store_memo_end(s); /* it can no longer be trusted */
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    return rc;
}

int store_each(store *s, const concept *c, const store_filter *f, size_t nf,
               store_row_fn fn, void *ctx, amur_err *err)
{
    if (nf > STORE_MAX_FILTERS)
        return err_set(err, AMUR_EUSAGE, "too many filters");
    /* only names from the schema reach a backend's SQL text */
    for (size_t i = 0; i < nf; i++)
        if (schema_col(c, f[i].col) < 0)
            return err_set(err, AMUR_EUSAGE, "%s have no column '%s'", c->name, f[i].col);
    return s->ops->each(s, c, f, nf, fn, ctx, err);
}

int store_each_project_chunk(store *s, long after, long limit, long *last, store_row_fn fn,
                             void *ctx, amur_err *err)
{
    *last = after;
    if (limit < 1)
        return err_set(err, AMUR_EUSAGE, "a chunk of %ld projects", limit);
    return s->ops->each_chunk(s, &schema_concepts[C_PROJECT], NULL, after, last, limit, fn, ctx,
                              err);
}

int store_each_of_chunk(store *s, const concept *c, const char *col, long after, long last,
                        store_row_fn fn, void *ctx, amur_err *err)
{
    /* only names from the schema reach a backend's SQL text */
    if (c == &schema_concepts[C_PROJECT] || schema_col(c, col) < 0)
        return err_set(err, AMUR_EUSAGE, "%s have no column '%s'", c->name, col);
    return s->ops->each_chunk(s, c, col, after, &last, 0, fn, ctx, err);
}

int store_each_of_others(store *s, const concept *c, const char *col, store_row_fn fn,
                         void *ctx, amur_err *err)
{
    long last = 0;
    if (c == &schema_concepts[C_PROJECT] || schema_col(c, col) < 0)
        return err_set(err, AMUR_EUSAGE, "%s have no column '%s'", c->name, col);
    return s->ops->each_chunk(s, c, col, STORE_CHUNK_OTHERS, &last, 0, fn, ctx, err);
}

int store_get(store *s, const concept *c, const char *id, char ***fields, amur_err *err)
{
    memo_entry *e = s->memo && memo_kept((int)c->id) ? memo_at(s->memo, id, 0) : NULL;
    if (e && e->c < 0) {
        *fields = NULL;
        return 0;
    }
    if (e && e->c == (int)c->id && e->row) {
        if (!(*fields = row_copy(c, e->row)))
            return -err_set(err, AMUR_ESYS, "out of memory");
        return 1;
    }
    return s->ops->get(s, c, id, fields, err);
}

void store_row_free(const concept *c, char **fields)
{
    if (!fields)
        return;
    for (size_t i = 0; i < c->ncols; i++)
        free(fields[i]);
    free(fields);
}

int store_find(store *s, const char *id, char *kind, size_t kindsz)
{
    memo_entry *e = s->memo ? memo_at(s->memo, id, 0) : NULL;
    if (e) {
        if (kind && kindsz)
            snprintf(kind, kindsz, "%s", e->kind ? e->kind : "");
        return e->c < 0 ? STORE_NOT_FOUND : e->c;
    }
    return s->ops->find(s, id, kind, kindsz);
}

int store_count(store *s, const concept *c, long *n, amur_err *err)
{
    return s->ops->count(s, c, n, err);
}

int store_log_load(store *s, const char *what, long added, long changed, amur_err *err)
{
    /* a load logged now is a copied load with no time of its own */
    store_load l = {NULL, what, added, changed};
    return s->ops->copy_load(s, &l, err);
}

int store_each_load(store *s, store_load_fn fn, void *ctx, amur_err *err)
{
    return s->ops->each_load(s, fn, ctx, err);
}

int store_copy_load(store *s, const store_load *l, amur_err *err)
{
    return s->ops->copy_load(s, l, err);
}

int store_token_new(store *s, const char *role, const char *hash, const char *note, long *id,
                    amur_err *err)
{
    return s->ops->token_new(s, role, hash, note, id, err);
}

int store_token_find(store *s, const char *hash, long *id, char *role, size_t rolesz,
                     int *revoked, amur_err *err)
{
    /* cleared here, so that "no such token" leaves them defined: the
    ** writer remembers a group's misses with their (empty) role */
    *id = 0;
    *revoked = 0;
    if (rolesz)
        role[0] = 0;
    return s->ops->token_find(s, hash, id, role, rolesz, revoked, err);
}

int store_token_revoke(store *s, long id, amur_err *err)
{
    return s->ops->token_revoke(s, id, err);
}

int store_each_token(store *s, store_token_fn fn, void *ctx, amur_err *err)
{
    return s->ops->each_token(s, 0, fn, ctx, err);
}

int store_each_token_whole(store *s, store_token_fn fn, void *ctx, amur_err *err)
{
    return s->ops->each_token(s, 1, fn, ctx, err);
}

int store_copy_token(store *s, const store_token *t, amur_err *err)
{
    return s->ops->copy_token(s, t, err);
}

int store_copy_audit(store *s, const store_audit *a, amur_err *err)
{
    return s->ops->copy_audit(s, a, err);
}

int store_audit_add(store *s, long token_id, const char *role, const char *what,
                    const char *claim_id, amur_err *err)
{
    return s->ops->audit_add(s, token_id, role, what, claim_id, err);
}

int store_each_audit(store *s, store_audit_fn fn, void *ctx, amur_err *err)
{
    return s->ops->each_audit(s, fn, ctx, err);
}

int store_find_cb(void *s, const char *id, char *kind, size_t kindsz)
{
    return store_find(s, id, kind, kindsz);
}

int store_claim_cb(void *s, const char *id, char ***fields)
{
    amur_err err;
    int r = store_get(s, &schema_concepts[C_CLAIM], id, fields, &err);
    return r < 0 ? -1 : r;
}

void store_tally_count(store_tally *t, int what, long n)
{
    t->rows += n;
    t->added += what == STORE_ADDED ? n : 0;
    t->changed += what == STORE_CHANGED ? n : 0;
    t->same += what == STORE_SAME ? n : 0;
}

int store_link_cb(void *db, int c, const char *id, const char *col, char *next, size_t nextsz)
{
    const concept *k = &schema_concepts[c];
    int at = schema_col(k, col), found;
    char **fields = NULL;
    amur_err err;
    if (at < 0)
        return 0;
    found = store_get(db, k, id, &fields, &err);
    if (found < 0)
        return -1;
    found = found && fields[at] && fields[at][0];
    if (found)
        snprintf(next, nextsz, "%s", fields[at]);
    if (fields)
        store_row_free(k, fields);
    return found;
}

void store_tally_add(store_tally *t, const store_tally *from)
{
    t->rows += from->rows;
    t->added += from->added;
    t->changed += from->changed;
    t->same += from->same;
}

/* ---- flows ---- */

static int same_text(const char *a, const char *b)
{
    return a ? b && strcmp(a, b) == 0 : b == NULL;
}

static int same_flow(const store_flow *a, const store_flow *b)
{
    return a->seq == b->seq && a->line == b->line && same_text(a->kind, b->kind) &&
           same_text(a->type, b->type) && same_text(a->date, b->date) &&
           same_text(a->end, b->end) && same_text(a->value, b->value) &&
           same_text(a->currency, b->currency) && same_text(a->value_date, b->value_date) &&
           same_text(a->provider, b->provider) && same_text(a->receiver, b->receiver) &&
           same_text(a->provider_ref, b->provider_ref) &&
           same_text(a->receiver_ref, b->receiver_ref) &&
           same_text(a->description, b->description) && same_text(a->file, b->file);
}

/* Compares the stored flows of one snapshot with the new ones. */
typedef struct flow_cmp {
    const char *source, *reported;
    const store_flow *f;
    size_t n, seen;
    int differ;
} flow_cmp;

static int cmp_flow(void *ctx, const store_flow *f)
{
    flow_cmp *x = ctx;
    if (strcmp(f->source, x->source) != 0 || strcmp(f->reported, x->reported) != 0)
        return 0;
    if (x->seen >= x->n || !same_flow(f, &x->f[x->seen]))
        x->differ = 1;
    x->seen++;
    return 0;
}

int store_flows_put(store *s, const char *activity, const char *source, const char *reported,
                    const store_flow *f, size_t n, int *result, amur_err *err)
{
    flow_cmp x = {source, reported, f, n, 0, 0};
    int rc = s->ops->flow_each(s, activity, cmp_flow, &x, err);
    if (rc)
        return rc;
    if (x.seen == n && !x.differ) {
        *result = STORE_SAME;
        return AMUR_OK;
    }
    *result = x.seen ? STORE_CHANGED : STORE_ADDED;
    if (x.seen && (rc = s->ops->flow_del(s, activity, source, reported, err)))
        return rc;
    for (size_t i = 0; i < n; i++)
        if ((rc = s->ops->flow_add(s, &f[i], err)))
            return rc;
    return AMUR_OK;
}

/* The latest snapshot of each source by KNOWN_BY; sources are few per
** activity, so a short list does. */
#define FLOW_SOURCES 64
typedef struct flow_latest {
    const char *known_by;
    char src[FLOW_SOURCES][160], rep[FLOW_SOURCES][16];
    size_t n;
    store_flow_fn fn;
    void *ctx;
} flow_latest;

static int latest_of(void *ctx, const store_flow *f)
{
    flow_latest *l = ctx;
    size_t i;
    if (l->known_by && strcmp(f->reported, l->known_by) > 0)
        return 0;
    for (i = 0; i < l->n && strcmp(l->src[i], f->source) != 0; i++)
        ;
    if (i == l->n) {
        if (l->n == FLOW_SOURCES)
            return 0;
        snprintf(l->src[i], sizeof l->src[i], "%s", f->source);
        l->rep[i][0] = 0;
        l->n++;
    }
    if (strcmp(f->reported, l->rep[i]) > 0)
        snprintf(l->rep[i], sizeof l->rep[i], "%s", f->reported);
    return 0;
}

static int emit_latest(void *ctx, const store_flow *f)
{
    flow_latest *l = ctx;
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->src[i], f->source) == 0)
            return strcmp(l->rep[i], f->reported) == 0 ? l->fn(l->ctx, f) : 0;
    return 0;
}

int store_each_flow(store *s, const char *activity, const char *known_by, store_flow_fn fn,
                    void *ctx, amur_err *err)
{
    flow_latest *l = calloc(1, sizeof *l);
    int rc;
    if (!l)
        return err_set(err, AMUR_ESYS, "out of memory");
    l->known_by = known_by;
    l->fn = fn;
    l->ctx = ctx;
    rc = s->ops->flow_each(s, activity, latest_of, l, err);
    if (rc == AMUR_OK && l->n)
        rc = s->ops->flow_each(s, activity, emit_latest, l, err);
    free(l);
    return rc;
}

int store_each_flow_all(store *s, const char *activity, store_flow_fn fn, void *ctx,
                        amur_err *err)
{
    return s->ops->flow_each(s, activity, fn, ctx, err);
}

/* ---- flows as rows, and a snapshot at a time ---- */

/* store_flow's fields in schema_flows' column order, so that the row and
** its reverse are one declaration: where each field lies, and what it is. */
enum { FLOW_TEXT, FLOW_SEQ, FLOW_LINE };
#define FLOW_COL(field, kind) {offsetof(store_flow, field), FLOW_##kind},
static const struct {
    size_t at;
    int kind;
} flow_cols[] = {STORE_FLOW_FIELDS(FLOW_COL)};
_Static_assert(sizeof flow_cols / sizeof flow_cols[0] == STORE_FLOW_COLS,
               "a column of flows.csv without its field");

void store_flow_row(const store_flow *f, const char *cells[STORE_FLOW_COLS], char seq[24],
                    char line[24])
{
    for (size_t i = 0; i < STORE_FLOW_COLS; i++) {
        const char *at = (const char *)f + flow_cols[i].at;
        long n;
        if (flow_cols[i].kind == FLOW_TEXT) {
            memcpy(&cells[i], at, sizeof cells[i]);
            continue;
        }
        memcpy(&n, at, sizeof n);
        snprintf(flow_cols[i].kind == FLOW_SEQ ? seq : line, 24, "%ld", n);
        cells[i] = flow_cols[i].kind == FLOW_SEQ ? seq : n ? line : NULL;
    }
}

void store_flow_of_row(char *const *cells, store_flow *f)
{
    for (size_t i = 0; i < STORE_FLOW_COLS; i++) {
        char *at = (char *)f + flow_cols[i].at;
        if (flow_cols[i].kind == FLOW_TEXT) {
            const char *v = cells[i];
            memcpy(at, &v, sizeof v);
        } else {
            long n = cells[i] ? strtol(cells[i], NULL, 10) : 0;
            memcpy(at, &n, sizeof n);
        }
    }
}

/* One flow kept by a batch: its cells in one block. */
typedef struct kept_flow {
    char *cells[STORE_FLOW_COLS];
    char *block;
} kept_flow;

struct store_flow_batch {
    store *s;
    kept_flow *v;
    store_flow *put; /* the snapshot as store_flows_put() takes it */
    size_t n, cap;
    store_tally t;
};

store_flow_batch *store_flow_batch_new(store *s)
{
    store_flow_batch *b = calloc(1, sizeof *b);
    if (b)
        b->s = s;
    return b;
}

static void forget_kept(store_flow_batch *b)
{
    for (size_t i = 0; i < b->n; i++)
        free(b->v[i].block);
    b->n = 0;
}

void store_flow_batch_free(store_flow_batch *b)
{
    if (!b)
        return;
    forget_kept(b);
    free(b->v);
    free(b->put);
    free(b);
}

/* Stores the snapshot the batch holds, if any. */
static int flush_snapshot(store_flow_batch *b, amur_err *err)
{
    int what, rc;
    if (!b->n)
        return AMUR_OK;
    for (size_t i = 0; i < b->n; i++)
        store_flow_of_row(b->v[i].cells, &b->put[i]);
    rc = store_flows_put(b->s, b->put[0].activity, b->put[0].source, b->put[0].reported,
                         b->put, b->n, &what, err);
    if (rc == AMUR_OK)
        store_tally_count(&b->t, what, (long)b->n);
    forget_kept(b);
    return rc;
}

int store_flow_batch_add(store_flow_batch *b, const store_flow *f, amur_err *err)
{
    const char *cells[STORE_FLOW_COLS];
    char seq[24], line[24], *p;
    size_t len = 0;
    kept_flow *k;
    int rc;

    if (b->n) {
        const kept_flow *last = &b->v[b->n - 1];
        if (strcmp(last->cells[0], f->activity) != 0 || strcmp(last->cells[1], f->source) != 0 ||
            strcmp(last->cells[2], f->reported) != 0)
            if ((rc = flush_snapshot(b, err)))
                return rc;
    }
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        kept_flow *v = realloc(b->v, cap * sizeof *v);
        store_flow *put = v ? realloc(b->put, cap * sizeof *put) : NULL;
        if (v)
            b->v = v;
        if (!put)
            return err_set(err, AMUR_ESYS, "out of memory");
        b->put = put;
        b->cap = cap;
    }
    store_flow_row(f, cells, seq, line);
    for (int i = 0; i < STORE_FLOW_COLS; i++)
        len += cells[i] ? strlen(cells[i]) + 1 : 0;
    k = &b->v[b->n];
    if (!(k->block = p = malloc(len ? len : 1)))
        return err_set(err, AMUR_ESYS, "out of memory");
    for (int i = 0; i < STORE_FLOW_COLS; i++) {
        k->cells[i] = NULL;
        if (cells[i]) {
            size_t n = strlen(cells[i]) + 1;
            memcpy(p, cells[i], n);
            k->cells[i] = p;
            p += n;
        }
    }
    b->n++;
    return AMUR_OK;
}

int store_flow_batch_end(store_flow_batch *b, store_tally *t, amur_err *err)
{
    int rc = flush_snapshot(b, err);
    if (rc == AMUR_OK && t)
        store_tally_add(t, &b->t);
    store_flow_batch_free(b);
    return rc;
}

/* Snapshot order: activity, source, reported, then place (seq, a number). */
static int by_snapshot(const void *a, const void *b)
{
    char *const *x = *(char *const *const *)a, *const *y = *(char *const *const *)b;
    long sx, sy;
    int c;
    for (int i = 0; i < 3; i++)
        if ((c = strcmp(x[i] ? x[i] : "", y[i] ? y[i] : "")) != 0)
            return c;
    sx = x[3] ? strtol(x[3], NULL, 10) : 0;
    sy = y[3] ? strtol(y[3], NULL, 10) : 0;
    return (sx > sy) - (sx < sy);
}

int store_flows_put_rows(store *s, char *const *const *rows, size_t n, store_tally *t,
                         amur_err *err)
{
    char *const **order;
    store_flow_batch *b;
    int rc = AMUR_OK;
    if (!n)
        return AMUR_OK;
    if (!(order = malloc(n * sizeof *order)) || !(b = store_flow_batch_new(s))) {
        free(order);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    memcpy(order, rows, n * sizeof *order);
    sort_array(order, n, sizeof *order, by_snapshot);
    for (size_t i = 0; i < n && rc == AMUR_OK; i++) {
        store_flow f;
        store_flow_of_row(order[i], &f);
        rc = store_flow_batch_add(b, &f, err);
    }
    free(order);
    if (rc) {
        store_flow_batch_free(b);
        return rc;
    }
    return store_flow_batch_end(b, t, err);
}
