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

#include "../store/store.h"

#define POOL_BLOCK (1u << 20)

typedef struct pool_block {
    struct pool_block *next;
    size_t used, cap;
    char data[];
} pool_block;

typedef struct snap_cached {
    ev_view key;
    evidence *e;
    search_index *ix; /* built on first use, under the snapshot's lock */
} snap_cached;

struct snapshot {
    atomic_long refs;
    long generation;
    snap_rows rows[C_COUNT];
    pool_block *pool;
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
    snapshot *current;
    stamp seen;
    long last_check_ms, loaded_ms;
    long generation;
    int building;
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
    size_t n;
    char *d;
    if (!s || !*s)
        return NULL;
    n = strlen(s) + 1;
    if (!p->pool || p->pool->cap - p->pool->used < n) {
        size_t cap = n > POOL_BLOCK ? n : POOL_BLOCK;
        pool_block *b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->next = p->pool;
        b->used = 0;
        b->cap = cap;
        p->pool = b;
    }
    d = p->pool->data + p->pool->used;
    memcpy(d, s, n);
    p->pool->used += n;
    return d;
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
    while (p->pool) {
        pool_block *next = p->pool->next;
        free(p->pool);
        p->pool = next;
    }
    pthread_mutex_destroy(&p->lock);
    free(p);
}

/* Reads the whole database into a new snapshot with its default view. */
static int snapshot_build(const char *db, long generation, snapshot **out, amur_err *err)
{
    snapshot *p = calloc(1, sizeof *p);
    store *s = NULL;
    int rc = AMUR_OK;
    ev_view v;

    *out = NULL;
    if (!p)
        return err_set(err, AMUR_ESYS, "out of memory");
    pthread_mutex_init(&p->lock, NULL);
    atomic_init(&p->refs, 1);
    p->generation = generation;
    p->db = db;
    if ((rc = store_open(db, STORE_READ, &s, err)))
        goto done;
    for (int c = 0; c < C_COUNT && rc == AMUR_OK; c++) {
        const concept *k = &schema_concepts[c];
        row_loader l = {p, k, 0, 0, -1, -1};
        if (c == C_CLAIM) {
            l.date_col = schema_col(k, "date");
            l.refers_col = schema_col(k, "refers_to");
        }
        rc = store_each(s, k, NULL, 0, load_row, &l, err);
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
    if (rc == AMUR_OK) {
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
    if ((size_t)snprintf(wal, sizeof wal, "%s-wal", db) < sizeof wal)
        s->has_wal = stat(wal, &s->wal) == 0;
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

int snap_store_new(const char *db, snap_store **out, amur_err *err)
{
    snap_store *s = calloc(1, sizeof *s);
    int rc;
    *out = NULL;
    if (!s || !(s->db = strdup(db))) {
        free(s);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    pthread_mutex_init(&s->lock, NULL);
    s->server = store_is_server(db);
    if (!s->server)
        stamp_take(db, &s->seen);
    s->generation = 1;
    if ((rc = snapshot_build(s->db, s->generation, &s->current, err))) {
        snap_store_free(s);
        return rc;
    }
    s->last_check_ms = s->loaded_ms = now_ms();
    *out = s;
    return AMUR_OK;
}

void snap_store_free(snap_store *s)
{
    if (!s)
        return;
    snap_release(s->current);
    pthread_mutex_destroy(&s->lock);
    free(s->db);
    free(s);
}

void snap_store_changed(snap_store *s)
{
    pthread_mutex_lock(&s->lock);
    s->last_check_ms = now_ms() - SNAP_CHECK_MS - 1;
    s->loaded_ms = now_ms() - SNAP_SERVER_RELOAD_S * 1000L - 1;
    pthread_mutex_unlock(&s->lock);
}

snapshot *snap_acquire(snap_store *s, amur_err *err)
{
    snapshot *p, *fresh = NULL, *old = NULL;
    long now = now_ms();
    stamp st;
    int reload = 0;

    memset(&st, 0, sizeof st);
    pthread_mutex_lock(&s->lock);
    if (!s->building && now - s->last_check_ms >= SNAP_CHECK_MS) {
        s->last_check_ms = now;
        if (s->server) {
            reload = now - s->loaded_ms >= SNAP_SERVER_RELOAD_S * 1000L;
        } else {
            stamp_take(s->db, &st);
            reload = !stamp_same(&st, &s->seen);
        }
        if (reload)
            s->building = 1;
    }
    pthread_mutex_unlock(&s->lock);

    if (reload) {
        /* other requests go on with the current snapshot meanwhile */
        int rc = snapshot_build(s->db, s->generation + 1, &fresh, err);
        pthread_mutex_lock(&s->lock);
        if (rc == AMUR_OK) {
            old = s->current;
            s->current = fresh;
            s->generation++;
            if (!s->server)
                s->seen = st;
        }
        s->loaded_ms = now_ms();
        s->building = 0;
        pthread_mutex_unlock(&s->lock);
        snap_release(old);
    }
    pthread_mutex_lock(&s->lock);
    p = s->current;
    if (p)
        atomic_fetch_add(&p->refs, 1);
    pthread_mutex_unlock(&s->lock);
    return p;
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
    rc = evidence_load(s, &v, &e, err);
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
