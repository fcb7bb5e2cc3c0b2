/*
** bundle_load.c — a bundle into the store; see bundle_load.h.
*/
#include "bundle_load.h"

#include <stdio.h>
#include <stdlib.h>

bundle_db bundle_db_of(store *db)
{
    bundle_db look = {db, store_find_cb, store_claim_cb, store_link_cb};
    return look;
}

void bundle_sort_problems(diag *d, const char *dir)
{
    char paths[BUNDLE_TABLES][1024];
    const char *order[BUNDLE_TABLES];
    for (int k = 0; k < BUNDLE_TABLES; k++) {
        snprintf(paths[k], sizeof paths[k], "%s/%s", dir, bundle_concept(k)->file);
        order[k] = paths[k];
    }
    diag_sort(d, order, BUNDLE_TABLES);
}

/* The flows of flows.csv, a snapshot at a time (store.h). */
static int store_flows(store *db, const btable *t, store_tally *count, amur_err *err)
{
    char *const **rows;
    int rc;
    if (!t->n)
        return AMUR_OK;
    if (!(rows = malloc(t->n * sizeof *rows)))
        return err_set(err, AMUR_ESYS, "out of memory");
    for (size_t i = 0; i < t->n; i++)
        rows[i] = t->rows[i].f;
    rc = store_flows_put_rows(db, rows, t->n, count, err);
    free(rows);
    if (rc)
        err_prefix(err, "%s", t->path);
    return rc;
}

int bundle_store(store *db, const bundle *b, const bundle_load_opts *o, store_tally *counts,
                 amur_err *err)
{
    size_t total = bundle_rows(b), done = 0;
    for (int k = 0; k < C_COUNT; k++) {
        const btable *t = &b->t[k];
        for (size_t i = 0; i < t->n; i++) {
            int what;
            if (store_put(db, t->c, t->rows[i].f, &what, err)) {
                err_prefix(err, "%s:%ld", t->path, t->rows[i].line);
                return err->code;
            }
            store_tally_count(&counts[k], what, 1);
            if (o && o->progress)
                o->progress(o->ctx, ++done, total);
        }
    }
    return store_flows(db, &b->t[BUNDLE_FLOWS], &counts[BUNDLE_FLOWS], err);
}

int bundle_load(store *db, const char *dir, const bundle_load_opts *o, store_tally *counts,
                diag *d, amur_err *err)
{
    bundle_db look = bundle_db_of(db);
    bundle *b = NULL;
    long added = 0, changed = 0;
    int rc = store_begin(db, err);

    if (rc == AMUR_OK && (rc = bundle_read(dir, &b, d, err)) == AMUR_OK &&
        bundle_check(b, &look, d))
        rc = err_set(err, AMUR_ESYS, "out of memory");
    if (rc == AMUR_OK && d->total) {
        bundle_sort_problems(d, dir);
        rc = err_set(err, AMUR_EDATA, "%s: %zu problem%s; nothing was loaded", dir, d->total,
                     d->total == 1 ? "" : "s");
    }
    if (rc == AMUR_OK)
        rc = bundle_store(db, b, o, counts, err);
    for (int k = 0; rc == AMUR_OK && k < BUNDLE_TABLES; k++) {
        added += counts[k].added;
        changed += counts[k].changed;
    }
    if (rc == AMUR_OK && (added || changed))
        rc = store_log_load(db, dir, added, changed, err);
    if (rc == AMUR_OK)
        rc = store_commit(db, err);
    if (rc)
        store_rollback(db);
    bundle_free(b);
    return rc;
}
