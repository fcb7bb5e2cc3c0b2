/*
** snapshot.h — what the web server serves from: the database read once
** into memory, shared by every request until the database changes.
**
** A snapshot holds every stored row of every concept (the records the
** listing endpoints show, exactly as the listing commands would) and a
** small cache of evidence sets, one per view (as_of, known_by), each with
** its search index built on first use. The default view (today, all
** claims) is loaded with the snapshot; another view is loaded on first
** use and cached, up to SNAP_MAX_VIEWS of them; beyond that a view is
** loaded for the request and freed after it.
**
** The snapshot store builds the whole snapshot in a thread of its own,
** started with the store, so the server listens at once: until the first
** one is built there is none (SNAP_COMPUTING). It checks, at most once per
** SNAP_CHECK_MS, whether the database changed (an SQLite file's and its
** WAL's size, time and inode; a database on a server every
** SNAP_SERVER_RELOAD_S seconds), and then has the thread build a new one
** while requests go on with the old one (SNAP_STALE), which is freed when
** its last request ends.
**
** A snapshot of one subject (snap_about()) holds only what the routes
** about one project or one subject need: its own rows and every source,
** and views loaded by evidence_load_about() (issue 19). Its answers are
** those the whole snapshot gives for that subject.
**
** The epoch (snap_store_epoch()) moves when the database changed in a way
** the server did not make itself (another process wrote, or on a server
** database every SNAP_SERVER_RELOAD_S seconds): answers about one subject
** kept from an older epoch may be out of date. The server's own writes
** (snap_store_changed()) leave it alone: the server knows what they
** touched.
**
** Ownership and threads: snap_acquire() returns a snapshot reference that
** snap_release() drops; snap_view() returns a view that snap_view_done()
** gives back. Rows, evidence sets and search indexes are never changed
** once built, so any number of threads may read them at once.
*/
#ifndef AMUR_SNAPSHOT_H
#define AMUR_SNAPSHOT_H

#include <stddef.h>

#include "../analyze/evidence.h"
#include "../analyze/search.h"
#include "../core/err.h"
#include "../core/schema.h"
#include "../core/strmap.h"

#define SNAP_MAX_VIEWS 16
#define SNAP_CHECK_MS 250
#define SNAP_SERVER_RELOAD_S 10

/* The stored rows of one concept, in the order they were first stored. */
typedef struct snap_rows {
    size_t n;
    char **cells; /* n rows of the concept's ncols cells; NULL for empty */
    strmap *ids;  /* id → row */
} snap_rows;

typedef struct snap_view {
    evidence *e;
    struct snap_cached *slot; /* the cache's, or NULL: then E and IX are the view's own */
    struct snapshot *owner;   /* the slot's */
    search_index *ix;
} snap_view;

typedef struct snapshot snapshot;
typedef struct snap_store snap_store;

/* Checks that the database DB can be read and starts building the first
** snapshot in the background. AMUR_SERVE_HOLD, when it names a file,
** holds every build back while that file exists: for tests of what the
** server answers meanwhile. */
int snap_store_new(const char *db, snap_store **out, amur_err *err);
/* Stops the builder (waiting for a build under way) and frees S. */
void snap_store_free(snap_store *s);

/* What snap_acquire() says of the whole snapshot. */
enum {
    SNAP_READY,     /* the snapshot of the database as it is */
    SNAP_STALE,     /* the previous one: a new one is being built */
    SNAP_COMPUTING, /* none yet: the first is being built (NULL) */
    SNAP_FAILED     /* none: the last build failed, ERR says why (NULL) */
};
/* The current snapshot and its *STATE; NULL when there is none yet. */
snapshot *snap_acquire(snap_store *s, int *state, amur_err *err);
void snap_release(snapshot *p);
/* The server has just written to the database: a new snapshot is built
** (the current one is SNAP_STALE until then), and the epoch stays. */
void snap_store_changed(snap_store *s);
/* The server has written what changes no answer (a proposal, a
** rejection): the database's new state is taken as its own, and nothing
** is rebuilt. */
void snap_store_own(snap_store *s);
/* The epoch (see above), and a move of it by hand: the server wrote
** without knowing which subjects it touched. */
long snap_store_epoch(snap_store *s);
void snap_store_touched_all(snap_store *s);

/* A new snapshot of SUBJECT alone (snap_release() frees it), when SUBJECT
** is stored as one of KINDS (REF() bits); SNAP_NOT_SUBJECT when it is not
** (the whole snapshot answers, with its "did you mean"). */
#define SNAP_NOT_SUBJECT (-1)
int snap_about(snap_store *s, const char *subject, unsigned kinds, snapshot **out,
               amur_err *err);

/* Which snapshot this is: 1, 2, ... (it changes when the data may have). */
long snap_generation(const snapshot *p);
/* The rows of concept C. */
const snap_rows *snap_rows_of(const snapshot *p, int c);
/* Row I of R: its cells in schema order. */
static inline char *const *snap_row(const snap_rows *r, const concept *c, size_t i)
{
    return r->cells + i * c->ncols;
}
/* Index of row ID in R, or -1. */
long snap_find(const snap_rows *r, const char *id);

/* The evidence set for AS_OF and KNOWN_BY (NULL: the defaults). A bad date
** is AMUR_EUSAGE with ERR naming it. */
int snap_view_get(snapshot *p, const char *as_of, const char *known_by, snap_view *out,
                  amur_err *err);
void snap_view_done(snap_view *v);
/* The view's search index, built on first use (and then kept when the
** view is cached; freed by snap_view_done otherwise). */
int snap_view_search(snap_view *v, const search_index **out, amur_err *err);

#endif
