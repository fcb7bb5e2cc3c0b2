/*
** bundle.h — a dataset bundle (a folder of CSV files, docs/dataset.md)
** read into memory, and checked.
**
** bundle_read() turns files into rows of the schema's columns and reports
** what is wrong with the files themselves (encoding, syntax, columns).
** bundle_check() reports what is wrong with the rows (forms, vocabularies,
** dates, duplicate ids, dangling references, changed claims), looking up
** ids that are not in the bundle through a callback, so that the checker
** knows nothing of how data are stored.
**
** Ownership: bundle_read() returns a bundle that bundle_free() frees.
*/
#ifndef AMUR_BUNDLE_H
#define AMUR_BUNDLE_H

#include <stddef.h>

#include "../core/arena.h"
#include "../core/err.h"
#include "../core/schema.h"

typedef struct brow {
    char **f;  /* one string per schema column; NULL when empty */
    long line; /* line the row starts on */
} brow;

typedef struct btable {
    const concept *c;
    char *path;  /* DIR/FILE, for messages */
    int present; /* the file exists */
    brow *rows;
    size_t n, cap;
} btable;

/* The tables of a bundle: the concepts' (0 .. C_COUNT-1), then the IATI
** flows' (flows.csv, schema_flows), which no row refers to. */
enum { BUNDLE_FLOWS = C_COUNT, BUNDLE_TABLES };

typedef struct bundle {
    btable t[BUNDLE_TABLES];
    /* The rows of a bundle read from files, fields and all, live in large
    ** blocks freed together (a million rows would otherwise be ten million
    ** small allocations); NULL for a bundle built with bundle_new(), whose
    ** rows are allocated one by one. */
    arena *mem;
} bundle;

/* The file that lists the files a whole bundle holds (amur export writes
** it): when a bundle has one, a file it names must be there. */
#define BUNDLE_MANIFEST "MANIFEST"

/* Reads every file of the bundle in DIR. Problems with the files go to D
** (and the rows of a broken file are dropped); returns AMUR_ESYS with ERR
** set only when reading cannot go on (memory, I/O, DIR missing). */
int bundle_read(const char *dir, bundle **out, diag *d, amur_err *err);
void bundle_free(bundle *b);

/* A bundle built in memory rather than read from files (the rows of a web
** request): no rows, every table named NAME in messages. NULL when out of
** memory. bundle_add() appends a row of concept C to such a bundle (not to
** one bundle_read() made), taking FIELDS (the concept's columns, malloc'd,
** NULL when empty) over, freed on failure too; LINE is what messages call
** its line. AMUR_OK or AMUR_ESYS. */
bundle *bundle_new(const char *name);
int bundle_add(bundle *b, int c, char **fields, long line);

/* What the checker may ask of the database the bundle will load into. */
typedef struct bundle_db {
    void *ctx;
    /* The concept of the stored row with ID, -1 when there is none, -2
    ** when the lookup failed; its kind column (if it has one) is copied
    ** into KIND. */
    int (*find)(void *ctx, const char *id, char *kind, size_t kindsz);
    /* Fills FIELDS (schema columns of claims, NULL when empty; the caller
    ** frees each and the array) with the stored claim ID. Returns 1 when
    ** found, 0 when not, -1 on error. */
    int (*claim)(void *ctx, const char *id, char ***fields);
    /* The id that the stored row ID of concept C names in its column COL
    ** (parent, carried_from), copied into NEXT (NEXTSZ bytes): 1 when it
    ** names one, 0 when it names none or there is no such row, -1 on
    ** error. NULL: chains (cycles) are followed through the bundle only. */
    int (*link)(void *ctx, int c, const char *id, const char *col, char *next, size_t nextsz);
} bundle_db;

/* Checks the rows of B; DB may be NULL (a bundle on its own). Every
** problem goes to D. Returns AMUR_OK, or AMUR_ESYS when out of memory. */
int bundle_check(const bundle *b, const bundle_db *db, diag *d);

/* The table K of a bundle reads and checks: a concept, or schema_flows. */
const concept *bundle_concept(int k);

/* Number of rows over all tables. */
size_t bundle_rows(const bundle *b);

#endif
