/*
** store.h — records in and out of the database: the only door to it.
**
** The rest of Amur never sees SQL. Rows travel as arrays of strings, one
** per schema column (core/schema.h), NULL for an empty field, so the same
** interface is implemented over SQLite (store/sqlite.c, the default) and
** over PostgreSQL (store/pg.c); store/store.c chooses between them from the
** database's name: a postgresql:// or postgres:// URI is a PostgreSQL
** database, anything else the path of an SQLite file.
**
** Claims are append-only: store_put() never changes a stored claim, and
** the database itself refuses UPDATE and DELETE on them.
**
** Ownership: store_open() returns a handle that store_close() frees.
** store_get() returns an array the caller frees with store_row_free().
** Rows passed to a store_row_fn are valid only during the call.
*/
#ifndef AMUR_STORE_H
#define AMUR_STORE_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/schema.h"

typedef struct store store;

#define STORE_SCHEMA_VERSION 5

/* Opens (creating if needed) the database at PATH and migrates it to the
** current schema. With STORE_READ, opens an existing database read-only
** and fails with AMUR_EDATA if there is none. PATH may be a PostgreSQL
** URI, whose database must exist (the schema in it is created as needed). */
enum { STORE_WRITE = 0, STORE_READ = 1 };
int store_open(const char *path, int mode, store **out, amur_err *err);
void store_close(store *s);
/* N more read-only connections to the database S is open on, into
** OUT[0..N-1], each for a thread of its own (a connection is used by one
** thread at a time), that read one snapshot among them, as one connection
** would: the walk over the projects reads chunks ahead on several
** (docs/architecture.md, "The walk over the projects"). Their snapshot may
** be later than S's. Each is freed with store_close(); on failure none is
** left open. */
int store_open_readers(const store *s, size_t n, store **out, amur_err *err);
/* The database's name as given, less any password in a URI. */
const char *store_path(const store *s);
/* PATH as it may be shown (printed, logged, sent): a URI's password,
** whether in its user info or a password= parameter, becomes ***
** (postgresql://amur:***@host/db). A copy the caller frees; NULL when out
** of memory. */
char *store_shown(const char *path);
/* 1 when PATH names a database on a server (a postgresql:// URI) rather
** than a file. */
int store_is_server(const char *path);

/* How long a write waits for a lock another writer holds before it fails
** (then with an error, and nothing written): MS milliseconds. By default
** an SQLite store waits 5 s (its busy timeout) and a PostgreSQL store as
** long as it takes (loads take turns); the server bounds both, so that a
** POST during a long load is answered (503) rather than left hanging. */
int store_set_lock_wait(store *s, long ms, amur_err *err);

/* One transaction around a load: all or nothing. */
int store_begin(store *s, amur_err *err);
int store_commit(store *s, amur_err *err);
void store_rollback(store *s);

enum { STORE_SAME, STORE_ADDED, STORE_CHANGED };

/* What a load, an import or a copy did to one table: rows read, and how
** many of them were added, changed or already stored as they are. */
typedef struct store_tally {
    long rows, added, changed, same;
} store_tally;
/* Counts N rows (read) into T as WHAT (STORE_ADDED, ...) says. */
void store_tally_count(store_tally *t, int what, long n);
/* Adds the counts of FROM to T. */
void store_tally_add(store_tally *t, const store_tally *from);

/* Stores one row of concept C: inserts it, or updates the stored row of
** that id (never for append-only concepts, whose stored rows are kept as
** they are). *RESULT says which happened. */
int store_put(store *s, const concept *c, char *const *fields, int *result, amur_err *err);

/* Which rows store_each() visits: those whose columns equal the values
** of all NF filters (every row when NF is 0), in the order they were first
** stored. */
typedef struct store_filter {
    const char *col;
    const char *value;
} store_filter;
#define STORE_MAX_FILTERS 4

/* Return non-zero to stop the walk; store_each() then returns that value. */
typedef int (*store_row_fn)(void *ctx, char *const *fields);
int store_each(store *s, const concept *c, const store_filter *f, size_t nf,
               store_row_fn fn, void *ctx, amur_err *err);

/* A writer's memo (web/writer.h), for a group of writes in one
** transaction: the stored rows the group may ask about are read at once,
** by the N IDS (any that a lookup may name: ids, subjects, sources...),
** in a few round trips, not one per lookup. Until store_memo_end(),
** store_find() and store_get() of a claim or a project whose id is among
** IDS answer from the memo, which store_put() keeps up to date; a claim
** the memo knows is not stored is sent without waiting for its answer (a
** failure comes out at the next statement or store_commit(), at the
** latest). store_rollback() ends the memo. Other ids are asked as they
** come. A backend that gains nothing by it (SQLite) keeps no memo. */
int store_memo_begin(store *s, const char *const *ids, size_t n, amur_err *err);
void store_memo_end(store *s);

/* The whole-database analyses walk the projects a chunk at a time
** (analyze/evidence.h, evidence_load_chunk()). A project's position is
** where it was first stored (SQLite's rowid, PostgreSQL's seq): positions
** grow in the order store_each() gives rows.
** store_each_project_chunk(): the projects at positions after AFTER (0:
** from the first), at most LIMIT of them, in that order; *LAST gets the
** position of the last one given (AFTER when none).
** store_each_of_chunk(): the rows of listings, stakes or claims (C) whose
** column COL ("project", "subject") is the id of a project at a position
** in (AFTER, LAST]; listings and stakes in the order first stored, claims
** in no set order (the loader sorts them). */
int store_each_project_chunk(store *s, long after, long limit, long *last, store_row_fn fn,
                             void *ctx, amur_err *err);
int store_each_of_chunk(store *s, const concept *c, const char *col, long after, long last,
                        store_row_fn fn, void *ctx, amur_err *err);
/* The rows of claims (C) whose column COL ("subject") is the id of what
** is no project but may be a subject: a place, an actor, an instrument;
** in no set order. With the chunks, every claim once. */
int store_each_of_others(store *s, const concept *c, const char *col, store_row_fn fn,
                         void *ctx, amur_err *err);

/* Looks up row ID of C. Returns 1 and sets *FIELDS when found, 0 when not,
** or an error code (negated) with ERR set. */
int store_get(store *s, const concept *c, const char *id, char ***fields, amur_err *err);
void store_row_free(const concept *c, char **fields);

/* The concept of the stored row with ID, STORE_NOT_FOUND (-1) when there
** is none, or STORE_FIND_FAILED (-2) when the database could not be
** asked (a lost connection, an I/O error): never "no such row" for a
** lookup that failed. Its kind column, if it has one, goes into KIND. */
enum { STORE_NOT_FOUND = -1, STORE_FIND_FAILED = -2 };
int store_find(store *s, const char *id, char *kind, size_t kindsz);

/* store_find() and the lookup of a stored claim (1 found, 0 not, -1 on
** error) with the store passed as a void *: the shape of the callbacks
** through which the bundle checker (ingest/bundle.h, bundle_db) asks a
** database, which it does not know. */
int store_find_cb(void *s, const char *id, char *kind, size_t kindsz);
int store_claim_cb(void *s, const char *id, char ***fields);
/* And the id that the stored row ID of concept C names in its column COL
** (a parent, a carried_from), into NEXT: 1 when it names one, 0 when it
** names none or there is no such row, -1 on error. */
int store_link_cb(void *s, int c, const char *id, const char *col, char *next, size_t nextsz);

/* Rows of concept C. */
int store_count(store *s, const concept *c, long *n, amur_err *err); /* C: or schema_flows */

/* Records that a load happened (what, when, what changed) for `amur loads`. */
int store_log_load(store *s, const char *what, long added, long changed, amur_err *err);

/* The load log, oldest first, and appending one entry as it is (time
** included): what copying a whole database (amur migrate) needs. */
typedef struct store_load {
    const char *at; /* 2021-10-31T12:00:00Z; NULL for now */
    const char *what;
    long added, changed;
} store_load;
typedef int (*store_load_fn)(void *ctx, const store_load *l);
int store_each_load(store *s, store_load_fn fn, void *ctx, amur_err *err);
int store_copy_load(store *s, const store_load *l, amur_err *err);

/* ---- write tokens and the audit log (schema version 2) ----
** A token is known only by the SHA-256 of its text (HASH, 64 hex digits);
** the text itself is shown once, when it is made, and never stored. */
typedef struct store_token {
    long id;
    const char *role;    /* "editor", "admin" */
    const char *note;    /* NULL when none */
    const char *created; /* 2021-10-31T12:00:00Z */
    const char *revoked; /* when it was revoked, NULL while it is valid */
    const char *hash;    /* only from store_each_token_whole(); NULL otherwise */
} store_token;

/* Stores a new token; *ID is its number. */
int store_token_new(store *s, const char *role, const char *hash, const char *note, long *id,
                    amur_err *err);
/* The token whose hash is HASH: 1 with *ID, ROLE (ROLESZ bytes) and
** *REVOKED (1 when revoked) set, 0 when there is none (*ID 0, ROLE "",
** *REVOKED 0), or an error code (negated) with ERR set. */
int store_token_find(store *s, const char *hash, long *id, char *role, size_t rolesz,
                     int *revoked, amur_err *err);
/* Revokes token ID: 1 when it was valid, 0 when there is no such valid
** token, or an error code (negated). */
int store_token_revoke(store *s, long id, amur_err *err);
typedef int (*store_token_fn)(void *ctx, const store_token *t);
/* Every token, oldest first (never their hashes). */
int store_each_token(store *s, store_token_fn fn, void *ctx, amur_err *err);
/* Every token with its hash, and storing one as it is (id, hash, times and
** revocation kept): what copying a whole database (amur migrate) needs, so
** that a token made before the copy still works after it. */
int store_each_token_whole(store *s, store_token_fn fn, void *ctx, amur_err *err);
int store_copy_token(store *s, const store_token *t, amur_err *err);

/* One entry of the audit log, which is append-only: who (the token and
** its role) did what (WHAT: "add claim") to which claim, and when. */
typedef struct store_audit {
    long n;
    const char *at; /* 2021-10-31T12:00:00Z */
    long token_id;
    const char *role;
    const char *what;
    const char *claim_id;
} store_audit;

int store_audit_add(store *s, long token_id, const char *role, const char *what,
                    const char *claim_id, amur_err *err);
typedef int (*store_audit_fn)(void *ctx, const store_audit *a);
/* The audit log, oldest first. */
int store_each_audit(store *s, store_audit_fn fn, void *ctx, amur_err *err);
/* Appends one entry as it is (its number and time kept), for amur migrate;
** the token it names must have been copied first. */
int store_copy_audit(store *s, const store_audit *a, amur_err *err);

/* ---- financial flows (schema version 4) ----
** Transactions, budgets and planned disbursements as an IATI activity
** states them: money that moved or is planned to, not claims about a
** project's cost, so they are never compared with each other as claims
** are. Every one is kept, two identical disbursements included: a flow is
** known by its place in what its source said, not by its content. A
** source's later snapshot of an activity replaces the flows it stated
** before for the views of the latest state, and the earlier ones stay as
** the history (store_each_flow with KNOWN_BY). */
typedef struct store_flow {
    const char *activity; /* the project's id */
    const char *source;   /* who said it: the reporting organisation's source */
    const char *reported; /* the snapshot's date: when the source said it */
    long seq;             /* its place among the activity's flows in that snapshot, from 1 */
    const char *kind;     /* transaction, budget, planned-disbursement */
    const char *type;     /* disbursement, commitment... (transactions); original, revised */
    const char *date;     /* a transaction's date; a budget's period start */
    const char *end;      /* a budget's or planned disbursement's period end, else NULL */
    const char *value;    /* the number as written */
    const char *currency, *value_date;
    const char *provider, *receiver;         /* the organisations' names, NULL when not given */
    const char *provider_ref, *receiver_ref; /* and their refs */
    const char *description;
    const char *file; /* where it was read: the file and line */
    long line;
} store_flow;

/* store_flow's fields in the order of flows.csv's columns, each with what it
** is (TEXT; SEQ, a number always written; LINE, a number where 0 is empty):
** one declaration for the row and its reverse (store.c) and for what a copy
** of a flow must carry (ingest/iati_pipe.c). X(field, kind) for each. */
#define STORE_FLOW_FIELDS(X)                                                                 \
    X(activity, TEXT) X(source, TEXT) X(reported, TEXT) X(seq, SEQ) X(kind, TEXT)            \
    X(type, TEXT) X(date, TEXT) X(end, TEXT) X(value, TEXT) X(currency, TEXT)                 \
    X(value_date, TEXT) X(provider, TEXT) X(receiver, TEXT) X(provider_ref, TEXT)             \
    X(receiver_ref, TEXT) X(description, TEXT) X(file, TEXT) X(line, LINE)

/* Stores the N flows F that SOURCE reported about ACTIVITY on REPORTED, in
** place of any it stored for that same snapshot (importing a file again
** changes nothing). *RESULT says STORE_SAME, STORE_ADDED (there were none)
** or STORE_CHANGED. */
int store_flows_put(store *s, const char *activity, const char *source, const char *reported,
                    const store_flow *f, size_t n, int *result, amur_err *err);

typedef int (*store_flow_fn)(void *ctx, const store_flow *f);
/* The flows about ACTIVITY as known by KNOWN_BY (YYYY-MM-DD; NULL for
** all): from each source, those of its latest snapshot made by then, in
** the order of the source's id and the flows' places. */
int store_each_flow(store *s, const char *activity, const char *known_by, store_flow_fn fn,
                    void *ctx, amur_err *err);
/* Every flow about ACTIVITY, every snapshot (the history too), by source,
** snapshot date and place; with ACTIVITY NULL, every flow of every
** activity, by activity first: what copying a database (amur migrate) and
** exporting it need. */
int store_each_flow_all(store *s, const char *activity, store_flow_fn fn, void *ctx,
                        amur_err *err);

/* A flow as a row of the bundle's flows.csv (schema_flows in
** core/schema.h, whose columns are store_flow's fields in order): CELLS
** gets one string or NULL per column, pointing into F or into SEQ and
** LINE, which hold the numbers as text (a line of 0, unknown, is NULL). */
#define STORE_FLOW_COLS 18
void store_flow_row(const store_flow *f, const char *cells[STORE_FLOW_COLS], char seq[24],
                    char line[24]);
/* The reverse: F's strings point into CELLS, which must outlive it. */
void store_flow_of_row(char *const *cells, store_flow *f);

/* Flows stored a snapshot at a time, for a load or a copy: give them in
** order of activity, source and snapshot (as store_each_flow_all(s, NULL,
** ...) gives them); each snapshot goes through store_flows_put() once the
** next one begins, and the last at the end. The tally counts flows by
** what their snapshot's put said.
** Ownership: store_flow_batch_new() returns a batch that
** store_flow_batch_end() frees (and store_flow_batch_free(), which stores
** nothing more); each flow given is copied. */
typedef struct store_flow_batch store_flow_batch;
store_flow_batch *store_flow_batch_new(store *s); /* NULL when out of memory */
int store_flow_batch_add(store_flow_batch *b, const store_flow *f, amur_err *err);
/* Stores the last snapshot, adds the batch's counts to T (may be NULL),
** frees B: AMUR_OK or the error. */
int store_flow_batch_end(store_flow_batch *b, store_tally *t, amur_err *err);
void store_flow_batch_free(store_flow_batch *b);

/* Stores N flows given as rows of schema_flows (ROWS[i] one cell per
** column), in any order: a bundle's flows.csv. Each snapshot (activity,
** source, reported) replaces the one stored, as store_flows_put() does;
** T (may be NULL) gets the counts. */
int store_flows_put_rows(store *s, char *const *const *rows, size_t n, store_tally *t,
                         amur_err *err);

/* ---- proposals (schema version 5) ----
** Candidate claims (`amur extract --json`) waiting for a person's
** decision: stored apart from claims, never read by an analysis, and
** decided once: pending, then accepted (with the id of the claim it
** became) or rejected (with the reason). Every column is text, in the
** order of store_proposal_cols; NULL when empty. */
enum {
    SP_ID, SP_STATUS, SP_CREATED, SP_DECIDED, SP_ADDED_BY, SP_REVIEWER, SP_REASON, SP_CLAIM,
    SP_SUBJECT, SP_PROPERTY, SP_VALUE, SP_UNIT, SP_SCOPE, SP_STATED, SP_DATE, SP_REFERS_TO,
    SP_SOURCE, SP_QUOTE, SP_QUOTE_LANG, SP_CONFIDENCE, SP_REASONS, SP_SENTENCE, SP_CONTEXT,
    SP_MATCHED, SP_NEW_SOURCE, SP_CANDIDATE, STORE_PROP_COLS
};
/* The columns added by store_proposal_add(): SP_ADDED_BY to the last. */
#define STORE_PROP_FIRST_DATA SP_ADDED_BY
extern const char *const store_proposal_cols[STORE_PROP_COLS];
typedef struct store_proposal {
    const char *f[STORE_PROP_COLS];
} store_proposal;

/* Stores P's data columns (SP_ADDED_BY on) as a new pending proposal,
** created now; *ID is its number. */
int store_proposal_add(store *s, const store_proposal *p, long *id, amur_err *err);
typedef int (*store_proposal_fn)(void *ctx, const store_proposal *p);
/* The proposals, oldest first: only proposal ID when ID > 0, only those of
** STATUS when it is not NULL. Return non-zero from FN to stop. */
int store_each_proposal(store *s, long id, const char *status, store_proposal_fn fn, void *ctx,
                    amur_err *err);
/* Decides pending proposal ID, now: STATUS ("accepted", "rejected"), who,
** why, and the claim it became (NULL when none). 1 when it was pending and
** is decided, 0 when there is no pending proposal ID (none, or decided
** already: a second decision never overwrites the first), or an error
** code (negated). */
int store_proposal_decide(store *s, long id, const char *status, const char *reviewer,
                      const char *reason, const char *claim_id, amur_err *err);
/* Stores P as it is, every column (number, status and times kept), for
** amur migrate. */
int store_copy_proposal(store *s, const store_proposal *p, amur_err *err);

#endif
