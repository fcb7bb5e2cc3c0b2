/*
** snapshot.c — see snapshot.h.
**
** Locks: the store's mutex guards which snapshot is current and when the
** database was last checked; a snapshot's mutex guards its view cache.
** Building a snapshot or a view happens outside both, so a slow load
** never stalls requests that can be served from what is already there.
*/
#include "snapshot.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/arena.h"
#include "../store/store.h"

/* The cells' text lives in an arena: 1 MiB blocks for the whole database,
** 64 KiB for one subject's rows, which are few. */
#define POOL_BLOCK (1u << 20)
#define SUBJECT_POOL_BLOCK (1u << 16)

typedef struct snap_cached {
    ev_view key;
    evidence *e;
    search_index *ix; /* built on first use, under the snapshot's lock */
} snap_cached;

struct snapshot {
    atomic_long refs;
    long generation;
    char *subject; /* one subject's snapshot (snap_about()), or NULL: the whole */
    snap_rows rows[C_COUNT];
    arena pool;
    const char *db; /* the store's */
    pthread_mutex_t lock;
    snap_cached views[SNAP_MAX_VIEWS];
    size_t nviews;
};

/* What says whether an SQLite database changed. */
typedef struct stamp {
    struct stat db, wal;
    int has_db, has_wal;
} stamp;

struct snap_store {
    char *db;
    int server;
    pthread_mutex_t lock;
    pthread_cond_t wake; /* the builder's: a build is wanted, or the store stops */
    pthread_t builder;
    int has_builder;
    snapshot *current;
    stamp seen;    /* the database as the current snapshot read it */
    stamp noticed; /* the last change that asked for a build */
    stamp own;     /* the database right after the server's own last write */
    long last_check_ms, loaded_ms;
    long generation;
    long epoch; /* bumped by a change the server did not make itself */
    int building, want, stop;
    amur_err failed; /* why the last build failed (code 0: it did not) */
};

static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* ---- rows ---- */

static char *pool_dup(snapshot *p, const char *s)
{
    return s && *s ? arena_strndup(&p->pool, s, strlen(s)) : NULL;
}

typedef struct row_loader {
    snapshot *p;
    const concept *c;
    size_t cap;
    int oom;
    int date_col, refers_col; /* claims: refers_to shown as the date when empty */
} row_loader;

static int load_row(void *ctx, char *const *f)
{
    row_loader *l = ctx;
    snap_rows *r = &l->p->rows[l->c->id];
    char **row;
    if (r->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **cells = realloc(r->cells, cap * l->c->ncols * sizeof *cells);
        if (!cells)
            return l->oom = 1;
        r->cells = cells;
        l->cap = cap;
    }
    row = r->cells + r->n * l->c->ncols;
    for (size_t i = 0; i < l->c->ncols; i++) {
        row[i] = pool_dup(l->p, f[i]);
        if (f[i] && *f[i] && !row[i])
            return l->oom = 1;
    }
    /* a claim with no refers_to describes the day it was made
    ** (docs/dataset.md): the listing command shows that, and so do we */
    if (l->refers_col >= 0 && !row[l->refers_col])
        row[l->refers_col] = row[l->date_col];
    r->n++;
    return 0;
}

long snap_find(const snap_rows *r, const char *id)
{
    long i;
    return id && r->ids && strmap_get(r->ids, id, &i) ? i : -1;
}

const snap_rows *snap_rows_of(const snapshot *p, int c)
{
    return &p->rows[c];
}

long snap_generation(const snapshot *p)
{
    return p->generation;
}

static void snapshot_free(snapshot *p)
{
    if (!p)
        return;
    for (int c = 0; c < C_COUNT; c++) {
        free(p->rows[c].cells);
        strmap_free(p->rows[c].ids);
    }
    for (size_t i = 0; i < p->nviews; i++) {
        search_index_free(p->views[i].ix);
        evidence_free(p->views[i].e);
    }
    arena_free(&p->pool);
    pthread_mutex_destroy(&p->lock);
    free(p->subject);
    free(p);
}

/* The rows of concept C a snapshot of SUBJECT holds (SUBJECT NULL: every
** row): what the one-subject routes show as records (routes.c, h_project)
** — the subject's own row, its listings, stakes and claims, and every
** source (few, and what a claim's tier is read from). */
static int rows_of(const char *subject, int c, store_filter *f, size_t *nf)
{
    *nf = 0;
    if (!subject)
        return 1;
    switch (c) {
    case C_PROJECT:
        *f = (store_filter){"id", subject};
        break;
    case C_LISTING:
    case C_STAKE:
        *f = (store_filter){"project", subject};
        break;
    case C_CLAIM:
        *f = (store_filter){"subject", subject};
        break;
    case C_SOURCE:
        return 1;
    default:
        return 0;
    }
    *nf = 1;
    return 1;
}

/* Reads the whole database into a new snapshot with its default view; with
** SUBJECT, only that subject's rows (rows_of()), its views loaded on first
** use by evidence_load_about(). */
static int snapshot_build(const char *db, long generation, const char *subject,
                          snapshot **out, amur_err *err)
{
    snapshot *p = calloc(1, sizeof *p);
    store *s = NULL;
    int rc = AMUR_OK;
    ev_view v;

    *out = NULL;
    if (!p)
        return err_set(err, AMUR_ESYS, "out of memory");
    pthread_mutex_init(&p->lock, NULL);
    arena_init(&p->pool, subject ? SUBJECT_POOL_BLOCK : POOL_BLOCK, 0);
    atomic_init(&p->refs, 1);
    p->generation = generation;
    p->db = db;
    if (subject && !(p->subject = strdup(subject))) {
        rc = err_set(err, AMUR_ESYS, "out of memory");
        goto done;
    }
    if ((rc = store_open(db, STORE_READ, &s, err)))
        goto done;
    for (int c = 0; c < C_COUNT && rc == AMUR_OK; c++) {
        const concept *k = &schema_concepts[c];
        row_loader l = {p, k, 0, 0, -1, -1};
        store_filter f;
        size_t nf;
        if (c == C_CLAIM) {
            l.date_col = schema_col(k, "date");
            l.refers_col = schema_col(k, "refers_to");
        }
        if (rows_of(subject, c, &f, &nf))
            rc = store_each(s, k, &f, nf, load_row, &l, err);
        if (l.oom)
            rc = err_set(err, AMUR_ESYS, "out of memory reading %s", k->name);
        if (rc == AMUR_OK && !(p->rows[c].ids = strmap_new()))
            rc = err_set(err, AMUR_ESYS, "out of memory");
        for (size_t i = 0; rc == AMUR_OK && i < p->rows[c].n; i++) {
            const char *id = snap_row(&p->rows[c], k, i)[0];
            if (id && strmap_add(p->rows[c].ids, id, (long)i, NULL) < 0)
                rc = err_set(err, AMUR_ESYS, "out of memory");
        }
    }
    if (rc == AMUR_OK && !subject) {
        ev_view_parse(&v, NULL, NULL);
        rc = evidence_load(s, &v, &p->views[0].e, err);
        if (rc == AMUR_OK) {
            p->views[0].key = v;
            p->nviews = 1;
        }
    }
done:
    store_close(s);
    if (rc) {
        snapshot_free(p);
        return rc;
    }
    *out = p;
    return AMUR_OK;
}

void snap_release(snapshot *p)
{
    if (p && atomic_fetch_sub(&p->refs, 1) == 1)
        snapshot_free(p);
}

/* ---- noticing changes ---- */

static void stamp_take(const char *db, stamp *s)
{
    char wal[4096];
    memset(s, 0, sizeof *s);
    s->has_db = stat(db, &s->db) == 0;
    /* an empty WAL holds nothing: a reader that opens the database makes
    ** one, which is no change of the data */
    if ((size_t)snprintf(wal, sizeof wal, "%s-wal", db) < sizeof wal)
        s->has_wal = stat(wal, &s->wal) == 0 && s->wal.st_size > 0;
    if (!s->has_wal)
        memset(&s->wal, 0, sizeof s->wal);
}

static int same_stat(const struct stat *a, const struct stat *b)
{
    return a->st_ino == b->st_ino && a->st_dev == b->st_dev && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

static int stamp_same(const stamp *a, const stamp *b)
{
    return a->has_db == b->has_db && a->has_wal == b->has_wal &&
           (!a->has_db || same_stat(&a->db, &b->db)) &&
           (!a->has_wal || same_stat(&a->wal, &b->wal));
}

/* Waits while the file AMUR_SERVE_HOLD names exists (for tests: docs/api.md,
** "While the findings are computed"), or until the store stops. */
static void hold(snap_store *s)
{
    const char *f = getenv("AMUR_SERVE_HOLD");
    struct stat st;
    while (f && *f && stat(f, &st) == 0) {
        struct timespec t = {0, 20 * 1000000L};
        int stop;
        pthread_mutex_lock(&s->lock);
        stop = s->stop;
        pthread_mutex_unlock(&s->lock);
        if (stop)
            return;
        nanosleep(&t, NULL);
    }
}

/* The background builder: builds a whole snapshot whenever one is wanted
** (at the start, after a change), while requests go on with the current
** one (or are told it is being computed), and swaps it in when it is done. */
static void *builder(void *arg)
{
    snap_store *s = arg;
    pthread_mutex_lock(&s->lock);
    while (!s->stop) {
        snapshot *fresh = NULL, *old = NULL;
        amur_err err = {0, ""};
        stamp st;
        long gen;
        int rc;
        if (!s->want) {
            pthread_cond_wait(&s->wake, &s->lock);
            continue;
        }
        s->want = 0;
        s->building = 1;
        gen = s->generation + 1;
        memset(&st, 0, sizeof st);
        if (!s->server)
            stamp_take(s->db, &st);
        pthread_mutex_unlock(&s->lock);
        hold(s);
        rc = snapshot_build(s->db, gen, NULL, &fresh, &err);
        pthread_mutex_lock(&s->lock);
        if (rc == AMUR_OK) {
            old = s->current;
            s->current = fresh;
            s->generation = gen;
            s->seen = st;
            s->failed.code = 0;
        } else {
            if (!s->failed.code) /* once a streak: the answers say stale meanwhile */
                fprintf(stderr, "amur: serve: the findings could not be recomputed: %s\n",
                        err.msg);
            s->failed = err;
            /* the change is not read yet: the next check sees it again and
            ** asks anew, rather than serving the old findings as current */
            s->noticed = s->seen;
        }
        s->loaded_ms = now_ms();
        s->building = 0;
        pthread_mutex_unlock(&s->lock);
        snap_release(old);
        pthread_mutex_lock(&s->lock);
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

/* Asks the builder for a new snapshot; under the store's lock. */
static void want_build(snap_store *s)
{
    s->want = 1;
    pthread_cond_signal(&s->wake);
}

int snap_store_new(const char *db, snap_store **out, amur_err *err)
{
    snap_store *s = calloc(1, sizeof *s);
    store *probe = NULL;
    int rc;
    *out = NULL;
    if (!s || !(s->db = strdup(db))) {
        free(s);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->wake, NULL);
    s->server = store_is_server(db);
    s->epoch = 1;
    /* a database that cannot be read is refused now, not found out later */
    if ((rc = store_open(s->db, STORE_READ, &probe, err))) {
        snap_store_free(s);
        return rc;
    }
    store_close(probe);
    if (!s->server) {
        stamp_take(s->db, &s->seen); /* what the first build will read */
        s->noticed = s->seen;
    }
    s->last_check_ms = s->loaded_ms = now_ms();
    s->want = 1;
    if (pthread_create(&s->builder, NULL, builder, s) != 0) {
        snap_store_free(s);
        return err_set(err, AMUR_ESYS, "cannot start a thread");
    }
    s->has_builder = 1;
    *out = s;
    return AMUR_OK;
}

void snap_store_free(snap_store *s)
{
    if (!s)
        return;
    if (s->has_builder) {
        pthread_mutex_lock(&s->lock);
        s->stop = 1;
        pthread_cond_signal(&s->wake);
        pthread_mutex_unlock(&s->lock);
        pthread_join(s->builder, NULL);
    }
    snap_release(s->current);
    pthread_cond_destroy(&s->wake);
    pthread_mutex_destroy(&s->lock);
    free(s->db);
    free(s);
}

void snap_store_changed(snap_store *s)
{
    pthread_mutex_lock(&s->lock);
    if (!s->server) {
        stamp_take(s->db, &s->own);
        s->noticed = s->own;
    }
    s->last_check_ms = now_ms();
    want_build(s);
    pthread_mutex_unlock(&s->lock);
}

void snap_store_own(snap_store *s)
{
    pthread_mutex_lock(&s->lock);
    if (!s->server) {
        stamp_take(s->db, &s->own);
        s->noticed = s->own;
    }
    pthread_mutex_unlock(&s->lock);
}

/* Whether the database changed since it was last looked at (under the
** store's lock): a change the server did not make itself moves the epoch
** (every one-subject answer may be out of date) and asks for a build. */
static void check_changes(snap_store *s)
{
    long now = now_ms();
    stamp st;
    if (now - s->last_check_ms < SNAP_CHECK_MS)
        return;
    s->last_check_ms = now;
    if (s->server) {
        /* another writer cannot be seen: every SNAP_SERVER_RELOAD_S */
        if (!s->building && !s->want && now - s->loaded_ms >= SNAP_SERVER_RELOAD_S * 1000L) {
            s->epoch++;
            want_build(s);
        }
        return;
    }
    stamp_take(s->db, &st);
    if (stamp_same(&st, &s->seen) || stamp_same(&st, &s->noticed))
        return;
    s->noticed = st;
    if (!stamp_same(&st, &s->own)) {
        s->epoch++;
    }
    want_build(s);
}

long snap_store_epoch(snap_store *s)
{
    long e;
    pthread_mutex_lock(&s->lock);
    /* a cached answer about one subject is served without the snapshot:
    ** another process's write must still move the epoch */
    check_changes(s);
    e = s->epoch;
    pthread_mutex_unlock(&s->lock);
    return e;
}

void snap_store_touched_all(snap_store *s)
{
    pthread_mutex_lock(&s->lock);
    s->epoch++;
    pthread_mutex_unlock(&s->lock);
}

snapshot *snap_acquire(snap_store *s, int *state, amur_err *err)
{
    snapshot *p;
    pthread_mutex_lock(&s->lock);
    check_changes(s);
    p = s->current;
    if (p) {
        atomic_fetch_add(&p->refs, 1);
        *state = s->want || s->building || s->failed.code ? SNAP_STALE : SNAP_READY;
    } else if (s->failed.code && !s->want && !s->building) {
        *err = s->failed;
        *state = SNAP_FAILED;
        want_build(s); /* the next request may find it readable again */
    } else {
        *state = SNAP_COMPUTING;
    }
    pthread_mutex_unlock(&s->lock);
    return p;
}

int snap_about(snap_store *s, const char *subject, unsigned kinds, snapshot **out,
               amur_err *err)
{
    store *db;
    int k, rc;
    *out = NULL;
    if ((rc = store_open(s->db, STORE_READ, &db, err)))
        return rc;
    k = store_find(db, subject, NULL, 0);
    store_close(db);
    if (k == STORE_FIND_FAILED)
        return err_set(err, AMUR_ESYS, "cannot look '%s' up", subject);
    if (k < 0 || !(kinds & (1u << k)))
        return SNAP_NOT_SUBJECT;
    return snapshot_build(s->db, 0, subject, out, err);
}

/* ---- views ---- */

static int same_view(const ev_view *a, const ev_view *b)
{
    return pdate_cmp(a->as_of, b->as_of) == 0 && a->known_by.y == b->known_by.y &&
           (!a->known_by.y || pdate_cmp(a->known_by, b->known_by) == 0);
}

int snap_view_get(snapshot *p, const char *as_of, const char *known_by, snap_view *out,
                  amur_err *err)
{
    const char *msg;
    evidence *e;
    store *s;
    ev_view v;
    int rc;

    memset(out, 0, sizeof *out);
    if ((msg = ev_view_parse(&v, as_of, known_by)))
        return err_set(err, AMUR_EUSAGE, "%s", msg);
    pthread_mutex_lock(&p->lock);
    for (size_t i = 0; i < p->nviews; i++)
        if (same_view(&p->views[i].key, &v)) {
            out->e = p->views[i].e;
            out->slot = &p->views[i];
            out->owner = p;
            break;
        }
    pthread_mutex_unlock(&p->lock);
    if (out->e)
        return AMUR_OK;

    if ((rc = store_open(p->db, STORE_READ, &s, err)))
        return rc;
    rc = p->subject ? evidence_load_about(s, &v, p->subject, &e, err)
                    : evidence_load(s, &v, &e, err);
    store_close(s);
    if (rc)
        return rc;
    pthread_mutex_lock(&p->lock);
    for (size_t i = 0; i < p->nviews; i++)
        if (same_view(&p->views[i].key, &v)) { /* another request was quicker */
            out->e = p->views[i].e;
            out->slot = &p->views[i];
            out->owner = p;
            break;
        }
    if (!out->e && p->nviews < SNAP_MAX_VIEWS) {
        snap_cached *c = &p->views[p->nviews++];
        c->key = v;
        c->e = e;
        out->e = e;
        out->slot = c;
        out->owner = p;
        e = NULL;
    }
    pthread_mutex_unlock(&p->lock);
    if (!out->e) {
        out->e = e; /* the cache is full: this request's own */
        e = NULL;
    }
    evidence_free(e);
    return AMUR_OK;
}

int snap_view_search(snap_view *v, const search_index **out, amur_err *err)
{
    int rc = AMUR_OK;
    if (!v->slot) {
        if (!v->ix)
            rc = search_index_new(v->e, &v->ix, err);
        *out = v->ix;
        return rc;
    }
    pthread_mutex_lock(&v->owner->lock);
    if (!v->slot->ix)
        rc = search_index_new(v->e, &v->slot->ix, err);
    *out = v->slot->ix;
    pthread_mutex_unlock(&v->owner->lock);
    return rc;
}

void snap_view_done(snap_view *v)
{
    if (!v->slot) {
        search_index_free(v->ix);
        evidence_free(v->e);
    }
    memset(v, 0, sizeof *v);
}
