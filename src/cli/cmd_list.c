/*
** cmd_list.c — the listing commands, one per concept (amur projects,
** amur claims, ...). Every option of a listing command names a column, and
** keeps the rows whose column equals its value.
*/
#include <stdlib.h>
#include <string.h>

#include "../core/strmap.h"
#include "../present/records.h"
#include "cli.h"

/* Source tiers by source id, to show beside each claim. */
typedef struct tiers {
    strmap *map;
    char **ids, **tiers;
    size_t n, cap;
} tiers;

static int collect_tier(void *ctx, char *const *f)
{
    tiers *t = ctx;
    int tier = schema_col(&schema_concepts[C_SOURCE], "tier");
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        char **a = realloc(t->ids, cap * sizeof *a), **b;
        if (!a)
            return AMUR_ESYS;
        t->ids = a;
        if (!(b = realloc(t->tiers, cap * sizeof *b)))
            return AMUR_ESYS;
        t->tiers = b;
        t->cap = cap;
    }
    t->ids[t->n] = strdup(f[0]);
    t->tiers[t->n] = strdup(f[tier] ? f[tier] : "");
    if (!t->ids[t->n] || !t->tiers[t->n]) {
        free(t->ids[t->n]);
        free(t->tiers[t->n]);
        return AMUR_ESYS;
    }
    if (strmap_add(t->map, t->ids[t->n], (long)t->n, NULL) < 0)
        return AMUR_ESYS;
    t->n++;
    return 0;
}

static void tiers_free(tiers *t)
{
    for (size_t i = 0; i < t->n; i++) {
        free(t->ids[i]);
        free(t->tiers[i]);
    }
    free(t->ids);
    free(t->tiers);
    strmap_free(t->map);
}

typedef struct list_ctx {
    rec_out *out;
    tiers *tiers;
    int source_col, date_col, refers_col;
} list_ctx;

static int list_row(void *ctx, char *const *f)
{
    list_ctx *l = ctx;
    const char *extra[1] = {NULL};
    char *row[64];
    if (!l->tiers)
        return rec_out_row(l->out, f, extra) ? AMUR_ESYS : 0;
    {
        long i;
        const char *src = f[l->source_col];
        if (src && strmap_get(l->tiers->map, src, &i))
            extra[0] = l->tiers->tiers[i];
    }
    /* a claim with no refers_to describes the day it was made
    ** (docs/dataset.md): show the period it describes, always */
    memcpy(row, f, schema_concepts[C_CLAIM].ncols * sizeof *row);
    if (!row[l->refers_col])
        row[l->refers_col] = row[l->date_col];
    return rec_out_row(l->out, row, extra) ? AMUR_ESYS : 0;
}

static int check_row(void *ctx, char *const *f)
{
    rec_check_row(ctx, f);
    return 0;
}

/* Nothing matched FILTERS: is a value asked for one that no row has (a
** typo, a kind that does not exist)? Then that is the error, with the
** closest value, and not an empty list. */
static int check_filters(cli *c, store *db, const concept *k, const store_filter *filters,
                         size_t nf)
{
    const char *cols[STORE_MAX_FILTERS], *vals[STORE_MAX_FILTERS];
    char msg[512];
    rec_check *r;
    int rc;
    for (size_t i = 0; i < nf; i++) {
        cols[i] = filters[i].col;
        vals[i] = filters[i].value;
    }
    if (!(r = rec_check_new(k, cols, vals, nf)))
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    rc = store_each(db, k, NULL, 0, check_row, r, &c->err);
    if (rc == AMUR_OK && !rec_check_done(r, store_find_cb, db, msg, sizeof msg))
        rc = err_set(&c->err, AMUR_EDATA, "%s", msg);
    rec_check_free(r);
    return rc;
}

int cmd_list(cli *c)
{
    const concept *k = schema_find(c->cmd->name);
    static const char *const claim_extra[] = {"tier", NULL};
    store_filter filters[STORE_MAX_FILTERS];
    size_t nf = 0;
    store *db;
    tiers t = {0};
    list_ctx l = {NULL, NULL, 0, 0, 0};
    char msg[512];
    int rc;

    if (!k)
        return err_set(&c->err, AMUR_ESYS, "no concept named %s", c->cmd->name);
    for (int i = 0; c->cmd->params && c->cmd->params[i].name; i++) {
        const char *v = cli_opt_value(c, c->cmd->params[i].name);
        if (v && nf < STORE_MAX_FILTERS && rec_param_is_filter(&c->cmd->params[i])) {
            filters[nf].col = c->cmd->params[i].name;
            filters[nf].value = v;
            nf++;
        }
    }
    if (cli_store(c, STORE_READ, &db))
        return c->err.code;
    if (k->id == C_CLAIM) {
        if (!(t.map = strmap_new())) {
            store_close(db);
            return err_set(&c->err, AMUR_ESYS, "out of memory");
        }
        if ((rc = store_each(db, &schema_concepts[C_SOURCE], NULL, 0, collect_tier, &t,
                             &c->err))) {
            tiers_free(&t);
            store_close(db);
            return rc == AMUR_ESYS && !c->err.msg[0]
                       ? err_set(&c->err, AMUR_ESYS, "out of memory")
                       : rc;
        }
        l.tiers = &t;
        l.source_col = schema_col(k, "source");
        l.date_col = schema_col(k, "date");
        l.refers_col = schema_col(k, "refers_to");
    }
    l.out = rec_out_new(k, c->json, stdout, l.tiers ? claim_extra : NULL);
    if (!l.out)
        rc = err_set(&c->err, AMUR_ESYS, "out of memory");
    else if (cli_opt_value(c, "sort") &&
             rec_out_sort(l.out, cli_opt_value(c, "sort"), msg, sizeof msg)) {
        rc = err_set(&c->err, AMUR_EUSAGE, "%s", msg);
        rec_out_discard(l.out);
        l.out = NULL;
    } else
        rc = store_each(db, k, filters, nf, list_row, &l, &c->err);
    if (l.out && rec_out_count(l.out) == 0 && nf && rc == AMUR_OK &&
        (rc = check_filters(c, db, k, filters, nf))) {
        rec_out_discard(l.out);
        l.out = NULL;
    }
    if (l.out && rec_out_end(l.out) && rc == AMUR_OK)
        rc = err_set(&c->err, AMUR_ESYS, "write error");
    if (l.tiers)
        tiers_free(&t);
    store_close(db);
    return rc;
}
