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
** The snapshot store checks, at most once per SNAP_CHECK_MS, whether the
** database changed (an SQLite file's and its WAL's size, time and inode;
** a database on a server every SNAP_SERVER_RELOAD_S seconds) and then
** builds a new snapshot while requests go on with the old one, which is
** freed when its last request ends.
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

/* Opens the database DB (read-only) and loads the first snapshot. */
int snap_store_new(const char *db, snap_store **out, amur_err *err);
void snap_store_free(snap_store *s);

/* The current snapshot, reloading first when the database changed. On a
** failed reload the previous snapshot goes on being served (and ERR says
** why); NULL only when there is none at all. */
snapshot *snap_acquire(snap_store *s, amur_err *err);
void snap_release(snapshot *p);
/* Makes the next snap_acquire() look for changes (and reload) at once:
** the server has just written to the database. */
void snap_store_changed(snap_store *s);

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
