/*
** copy.h — a whole database copied from one store to another (amur
** migrate), and proved whole.
**
** Everything a database holds moves: the rows of every concept in the
** order they were stored, the load log, the write tokens (their hashes,
** roles, times and revocations, so a token made before the copy still
** works after it), the audit log (its numbers and times kept) and the
** financial flows of IATI activities, every snapshot of each, and the
** review queue's proposals (their numbers, decisions and times kept). The copy
** is one transaction on the receiving side, into a database that holds
** nothing yet. Before it commits, every table is read back from the
** receiving side and its row count and checksum compared with the
** sending side's; any difference rolls the copy back.
**
** A table's checksum is the SHA-256 of its rows in order, each field
** written as a NUL-or-length-prefixed string, so that it depends only on
** the values and not on the backend that holds them.
*/
#ifndef AMUR_STORE_COPY_H
#define AMUR_STORE_COPY_H

#include "../core/sha256.h"
#include "store.h"

/* The tables of a copy: the concepts (0 .. C_COUNT-1), then these. */
enum { COPY_LOADS = C_COUNT, COPY_TOKENS, COPY_AUDIT, COPY_FLOWS, COPY_PROPOSALS, COPY_TABLES };

typedef struct copy_report {
    long rows[COPY_TABLES];                          /* as counted on both sides */
    char sum[COPY_TABLES][2 * SHA256_BYTES + 1];     /* hex, equal on both sides */
} copy_report;

/* The name of table K of a copy ("sources", ..., "loads", "tokens", "audit",
** "flows", "proposals"). */
const char *copy_table_name(int k);

/* Called as rows are copied: DONE of TOTAL rows so far. */
typedef void (*copy_progress_fn)(void *ctx, size_t done, size_t total);

/* Copies everything in FROM (opened for reading) into TO (opened for
** writing, holding no rows), verifies it and commits; fills REP. On any
** failure nothing is kept in TO and ERR says why (a difference found by
** the verification names the table and both sides' counts). PROGRESS may
** be NULL. */
int copy_database(store *from, store *to, copy_progress_fn progress, void *pctx,
                  copy_report *rep, amur_err *err);

#endif
