/*
** sq_chunk.c — the projects a chunk at a time (store.h,
** store_each_project_chunk(), store_each_of_others()) on an SQLite store's connection: a walk
** prepares a statement per chunk, a cost that a chunk's rows dwarf.
*/
#include <sqlite3.h>
#include <stdio.h>

#include "backend.h"

/* The database's data version, as connection DB sees it now; -1 on error. */
static long data_version(sqlite3 *db)
{
    sqlite3_stmt *st;
    long v = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* SQLite's build here has no snapshot to hand from one connection to
** another (SQLITE_ENABLE_SNAPSHOT), so each handle's read transaction
** (BEGIN at its opening) is made to start, by a first read, between two
** readings of the data version on a connection of its own: when no commit
** came between them, the handles read one snapshot; else they start again. */
int store_sq_share_snapshot(store **conns, size_t n, amur_err *err)
{
    sqlite3 *probe = NULL;
    int rc = AMUR_ESYS;
    if (sqlite3_open_v2(store_path(conns[0]), &probe, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        sqlite3_close(probe);
        return err_set(err, AMUR_ESYS, "%s: cannot open the database", store_path(conns[0]));
    }
    for (int attempt = 0; attempt < 10 && rc; attempt++) {
        long before = data_version(probe), after;
        int ok = before >= 0;
        for (size_t i = 0; i < n && ok; i++) {
            if (attempt)
                ok = sqlite3_exec(store_sq_db(conns[i]), "COMMIT; BEGIN", NULL, NULL, NULL) ==
                     SQLITE_OK;
            ok = ok && sqlite3_exec(store_sq_db(conns[i]), "SELECT count(*) FROM sqlite_master",
                                    NULL, NULL, NULL) == SQLITE_OK;
        }
        after = data_version(probe);
        if (!ok || after < 0)
            break;
        if (after == before)
            rc = AMUR_OK;
    }
    sqlite3_close(probe);
    if (rc)
        err_set(err, AMUR_ESYS, "%s: no one snapshot for the readers (the database is being written)",
                store_path(conns[0]));
    return rc;
}

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
