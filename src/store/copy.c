/*
** copy.c — a whole database from one store to another; see copy.h.
**
** Only the store interface is used, so any pair of backends works and the
** checksums of the two sides are computed by the same code from the same
** strings: equal checksums mean the receiving side reads back exactly what
** the sending side holds.
*/
#include "copy.h"

#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

const char *copy_table_name(int k)
{
    if (k >= 0 && k < C_COUNT)
        return schema_concepts[k].name;
    return k == COPY_LOADS    ? "loads"
           : k == COPY_TOKENS ? "tokens"
           : k == COPY_AUDIT  ? "audit"
           : k == COPY_FLOWS  ? "flows"
           : k == COPY_PROPOSALS ? "proposals"
                              : "?";
}

/* ---- checksums ---- */

typedef struct table_sum {
    struct sha256_ctx h; /* nettle's */
    long rows;
} table_sum;

static void sum_start(table_sum *t)
{
    sha256_init(&t->h);
    t->rows = 0;
}

/* A field: a NULL is one byte 0; a value is byte 1, its length in 8 bytes
** (big-endian) and its bytes, so no two rows can hash the same text. */
static void sum_field(table_sum *t, const char *v)
{
    unsigned char tag = v ? 1 : 0;
    sha256_update(&t->h, 1, &tag);
    if (v) {
        size_t n = strlen(v);
        unsigned char len[8];
        for (int i = 0; i < 8; i++)
            len[i] = (unsigned char)((unsigned long long)n >> (56 - 8 * i));
        sha256_update(&t->h, sizeof len, len);
        sha256_update(&t->h, n, (const uint8_t *)v);
    }
}

static void sum_num(table_sum *t, long v)
{
    char num[24];
    snprintf(num, sizeof num, "%ld", v);
    sum_field(t, num);
}

static void sum_end(table_sum *t, char out[2 * SHA256_BYTES + 1])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char d[SHA256_BYTES];
    sha256_digest(&t->h, sizeof d, d);
    for (int i = 0; i < SHA256_BYTES; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[2 * SHA256_BYTES] = 0;
}

/* ---- walking one table, copying and summing ---- */

typedef struct walk {
    store *to; /* NULL: only sum */
    store_flow_batch *flows; /* the flows' snapshot being copied */
    const concept *c;
    table_sum sum;
    size_t done, total;
    copy_progress_fn progress;
    void *pctx;
    amur_err *err;
} walk;

static void tick(walk *w)
{
    w->done++;
    if (w->progress && (w->done & 1023) == 0)
        w->progress(w->pctx, w->done, w->total);
}

static int on_row(void *ctx, char *const *fields)
{
    walk *w = ctx;
    int what;
    for (size_t i = 0; i < w->c->ncols; i++)
        sum_field(&w->sum, fields[i]);
    w->sum.rows++;
    if (w->to && store_put(w->to, w->c, fields, &what, w->err))
        return w->err->code;
    tick(w);
    return 0;
}

static int on_load(void *ctx, const store_load *l)
{
    walk *w = ctx;
    sum_field(&w->sum, l->at);
    sum_field(&w->sum, l->what);
    sum_num(&w->sum, l->added);
    sum_num(&w->sum, l->changed);
    w->sum.rows++;
    if (w->to && store_copy_load(w->to, l, w->err))
        return w->err->code;
    return 0;
}

static int on_token(void *ctx, const store_token *t)
{
    walk *w = ctx;
    sum_num(&w->sum, t->id);
    sum_field(&w->sum, t->role);
    sum_field(&w->sum, t->hash);
    sum_field(&w->sum, t->note);
    sum_field(&w->sum, t->created);
    sum_field(&w->sum, t->revoked);
    w->sum.rows++;
    if (w->to && store_copy_token(w->to, t, w->err))
        return w->err->code;
    return 0;
}

static int on_audit(void *ctx, const store_audit *a)
{
    walk *w = ctx;
    sum_num(&w->sum, a->n);
    sum_field(&w->sum, a->at);
    sum_num(&w->sum, a->token_id);
    sum_field(&w->sum, a->role);
    sum_field(&w->sum, a->what);
    sum_field(&w->sum, a->claim_id);
    w->sum.rows++;
    if (w->to && store_copy_audit(w->to, a, w->err))
        return w->err->code;
    return 0;
}

static int on_proposal(void *ctx, const store_proposal *p)
{
    walk *w = ctx;
    for (int i = 0; i < STORE_PROP_COLS; i++)
        sum_field(&w->sum, p->f[i]);
    w->sum.rows++;
    if (w->to && store_copy_proposal(w->to, p, w->err))
        return w->err->code;
    return 0;
}

static int on_flow(void *ctx, const store_flow *f)
{
    walk *w = ctx;
    const char *cells[STORE_FLOW_COLS];
    char seq[24], line[24];
    store_flow_row(f, cells, seq, line);
    for (int i = 0; i < STORE_FLOW_COLS; i++)
        sum_field(&w->sum, cells[i]);
    w->sum.rows++;
    if (w->to && store_flow_batch_add(w->flows, f, w->err))
        return w->err->code;
    return 0;
}

/* The flows, a snapshot at a time (store_flows_put keeps a snapshot whole). */
static int walk_flows(store *from, walk *w)
{
    int rc;
    if (!w->to)
        return store_each_flow_all(from, NULL, on_flow, w, w->err);
    if (!(w->flows = store_flow_batch_new(w->to)))
        return err_set(w->err, AMUR_ESYS, "out of memory");
    rc = store_each_flow_all(from, NULL, on_flow, w, w->err);
    if (rc == AMUR_OK)
        rc = store_flow_batch_end(w->flows, NULL, w->err);
    else
        store_flow_batch_free(w->flows);
    w->flows = NULL;
    return rc;
}

/* Walks table K of FROM, copying each row into W->to when it is set;
** leaves the count and checksum in W->sum. */
static int walk_table(store *from, int k, walk *w)
{
    int rc;
    sum_start(&w->sum);
    w->c = k < C_COUNT ? &schema_concepts[k] : NULL;
    if (k < C_COUNT)
        rc = store_each(from, w->c, NULL, 0, on_row, w, w->err);
    else if (k == COPY_LOADS)
        rc = store_each_load(from, on_load, w, w->err);
    else if (k == COPY_TOKENS)
        rc = store_each_token_whole(from, on_token, w, w->err);
    else if (k == COPY_AUDIT)
        rc = store_each_audit(from, on_audit, w, w->err);
    else if (k == COPY_PROPOSALS)
        rc = store_each_proposal(from, 0, NULL, on_proposal, w, w->err);
    else
        rc = walk_flows(from, w);
    if (rc)
        err_prefix(w->err, "%s %s", w->to ? "copying" : "reading", copy_table_name(k));
    return rc;
}

/* ---- the copy ---- */

static int stop_at_first(void *ctx, const void *row)
{
    (void)row;
    *(int *)ctx = 1;
    return 1;
}
static int any_load(void *ctx, const store_load *l)
{
    return stop_at_first(ctx, l);
}
static int any_token(void *ctx, const store_token *t)
{
    return stop_at_first(ctx, t);
}
static int any_audit(void *ctx, const store_audit *a)
{
    return stop_at_first(ctx, a);
}
static int any_flow(void *ctx, const store_flow *f)
{
    return stop_at_first(ctx, f);
}
static int any_proposal(void *ctx, const store_proposal *p)
{
    return stop_at_first(ctx, p);
}

/* A copy is whole, not a merge (amur export and amur load merge): the
** receiving database must hold nothing, tokens and logs included, or ids
** and token numbers would clash. */
static int check_empty(store *to, amur_err *err)
{
    int any = 0, rc;
    for (int k = 0; k < C_COUNT; k++) {
        long n = 0;
        if (store_count(to, &schema_concepts[k], &n, err))
            return err->code;
        if (n)
            return err_set(err, AMUR_EDATA,
                           "%s already holds %ld %s: migrate copies into an empty database "
                           "(amur export, then amur load, merges into one that is not)",
                           store_path(to), n, schema_concepts[k].name);
    }
    rc = store_each_load(to, any_load, &any, err);
    if (rc == 0 && !any)
        rc = store_each_token(to, any_token, &any, err);
    if (rc == 0 && !any)
        rc = store_each_audit(to, any_audit, &any, err);
    if (rc == 0 && !any)
        rc = store_each_flow_all(to, NULL, any_flow, &any, err);
    if (rc == 0 && !any)
        rc = store_each_proposal(to, 0, NULL, any_proposal, &any, err);
    if (any)
        return err_set(err, AMUR_EDATA,
                       "%s already holds loads, tokens, an audit log, flows or proposals: "
                       "migrate copies into "
                       "an empty database",
                       store_path(to));
    return rc;
}

int copy_database(store *from, store *to, copy_progress_fn progress, void *pctx,
                  copy_report *rep, amur_err *err)
{
    walk w = {.progress = progress, .pctx = pctx, .err = err};
    int rc;

    memset(rep, 0, sizeof *rep);
    if (check_empty(to, err))
        return err->code;
    for (int k = 0; k < C_COUNT; k++) {
        long n = 0;
        if (store_count(from, &schema_concepts[k], &n, err))
            return err->code;
        w.total += 2 * (size_t)n; /* copied, then read back */
    }
    if (store_begin(to, err))
        return err->code;
    /* tokens before the audit log, whose entries name them */
    w.to = to;
    rc = AMUR_OK;
    for (int k = 0; k < COPY_TABLES && rc == AMUR_OK; k++) {
        rc = walk_table(from, k, &w);
        if (rc == AMUR_OK) {
            rep->rows[k] = w.sum.rows;
            sum_end(&w.sum, rep->sum[k]);
        }
    }
    /* read back what the receiving side now holds, in its transaction */
    w.to = NULL;
    for (int k = 0; k < COPY_TABLES && rc == AMUR_OK; k++) {
        char sum[2 * SHA256_BYTES + 1];
        long n = -1;
        rc = walk_table(to, k, &w);
        if (rc == AMUR_OK && k < C_COUNT)
            rc = store_count(to, &schema_concepts[k], &n, err);
        if (rc)
            break;
        sum_end(&w.sum, sum);
        if (w.sum.rows != rep->rows[k] || (k < C_COUNT && n != rep->rows[k]) ||
            strcmp(sum, rep->sum[k]) != 0)
            rc = err_set(err, AMUR_ESYS,
                         "verifying the copy: %s: %ld rows (checksum %.12s) in %s, but %ld "
                         "(checksum %.12s) in %s; nothing was kept",
                         copy_table_name(k), rep->rows[k], rep->sum[k], store_path(from),
                         w.sum.rows, sum, store_path(to));
    }
    if (rc == AMUR_OK)
        rc = store_commit(to, err);
    if (rc)
        store_rollback(to);
    if (progress)
        progress(pctx, w.done, w.total);
    return rc;
}
