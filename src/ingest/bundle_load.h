/*
** bundle_load.h — a bundle into the store: read, checked against the
** database it goes into, and stored, in one transaction. The rows of the
** concepts go in the order the files are read (so every reference points
** back), then the IATI flows of flows.csv a snapshot at a time; a bundle
** with any problem stores nothing. The command line's `amur load` is this
** and its printing.
*/
#ifndef AMUR_BUNDLE_LOAD_H
#define AMUR_BUNDLE_LOAD_H

#include "../store/store.h"
#include "bundle.h"

typedef struct bundle_load_opts {
    /* Called as rows are stored: DONE of TOTAL; may be NULL. */
    void (*progress)(void *ctx, size_t done, size_t total);
    void *ctx;
} bundle_load_opts;

/* What the bundle checker asks of DB (bundle.h): its rows, its claims,
** the chains of its parents. */
bundle_db bundle_db_of(store *db);

/* Stores every row of B into DB (inside the caller's transaction);
** COUNTS (BUNDLE_TABLES of them) get what each row did. A failed row's
** error names its file and line. */
int bundle_store(store *db, const bundle *b, const bundle_load_opts *o, store_tally *counts,
                 amur_err *err);

/* Loads the bundle in DIR into DB: begins a transaction, reads and checks
** the bundle inside it (so the check sees exactly the database the rows go
** into), stores it, logs the load when it changed anything, and commits.
** Problems with the bundle go to D and make it AMUR_EDATA with nothing
** stored (D's problems sorted in the order the files are read); COUNTS as
** bundle_store(). */
int bundle_load(store *db, const char *dir, const bundle_load_opts *o, store_tally *counts,
                diag *d, amur_err *err);

/* Sorts D's problems in the order the bundle's files are read, then by
** line (DIR is the bundle's folder, NULL when its paths are names). */
void bundle_sort_problems(diag *d, const char *dir);

#endif
