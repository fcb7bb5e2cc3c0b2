/*
** sq_chunk.c — the projects a chunk at a time (store.h,
** store_each_project_chunk(), store_each_of_others()) on an SQLite store's connection: a walk
** prepares a statement per chunk, a cost that a chunk's rows dwarf.
*/
#include <sqlite3.h>
#include <stdio.h>

#include "backend.h"

int store_sq_each_chunk(store *s, const concept *c, const char *col, long after, long *last,
                        long limit, store_row_fn fn, void *ctx, amur_err *err)
{
    sqlite3 *db = store_sq_db(s);
    sqlite3_stmt *st = NULL;
    char sql[4096], *row[64];
    int rc = SQLITE_DONE, stop = 0;

    int params = store_chunk_sql(c, col, "rowid", after, sql, sizeof sql);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        goto fail;
    if (params) {
        sqlite3_bind_int64(st, 1, after);
        sqlite3_bind_int64(st, 2, col ? *last : limit);
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (size_t i = 0; i < c->ncols; i++)
            row[i] = (char *)sqlite3_column_text(st, (int)i);
        if (!col)
            *last = (long)sqlite3_column_int64(st, (int)c->ncols);
        if ((stop = fn(ctx, row)) != 0)
            break;
    }
    if (!stop && rc != SQLITE_DONE)
        goto fail;
    sqlite3_finalize(st);
    return stop;
fail:
    err_set(err, AMUR_ESYS, "%s: reading: %s", store_path(s), sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return AMUR_ESYS;
}
