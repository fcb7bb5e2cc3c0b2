/*
** sq_prop.c — the proposals' statements (prop.c) run on an SQLite store's
** connection. A review decides one proposal at a time, so each statement
** is prepared when it runs rather than kept; its parameters are bound by
** name ($1, $2...), as the same text is given to PostgreSQL.
*/
#include <sqlite3.h>
#include <stdio.h>

#include "backend.h"

int store_sq_prop_run(store *s, int st, const char *sql, int n, const char *const *vals,
                      store_proposal_fn row, void *ctx, long *changed, amur_err *err)
{
    sqlite3 *db = store_sq_db(s);
    sqlite3_stmt *stmt = NULL;
    int rc = SQLITE_DONE, stop = 0;
    (void)st;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK)
        goto fail;
    for (int i = 0; i < n; i++) {
        char name[16];
        int k;
        snprintf(name, sizeof name, "$%d", i + 1);
        if (!(k = sqlite3_bind_parameter_index(stmt, name)))
            continue;
        if (vals[i])
            sqlite3_bind_text(stmt, k, vals[i], -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(stmt, k);
    }
    while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        store_proposal p = {{0}};
        int nc = sqlite3_column_count(stmt);
        for (int i = 0; i < nc && i < STORE_PROP_COLS; i++)
            p.f[i] = (const char *)sqlite3_column_text(stmt, i);
        if (row)
            stop = row(ctx, &p);
    }
    if (!stop && rc != SQLITE_DONE)
        goto fail;
    if (changed)
        *changed = sqlite3_changes(db);
    sqlite3_finalize(stmt);
    return stop;
fail:
    err_set(err, AMUR_ESYS, "%s: proposals: %s", store_path(s), sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return AMUR_ESYS;
}
