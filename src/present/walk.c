/*
** walk.c — a whole-database analysis a chunk of projects at a time; see
** walk.h.
*/
#include "walk.h"

#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/contradictions.h"
#include "../analyze/known.h"

/* The analyses whose whole-database findings are each one project's, given
** in the order of e->projects: concatenated over the chunks, they are the
** whole set's. */
static const analysis *const walked[] = {&an_status, &an_slippage};

/* Marks in MARK the claims of E that the findings of an analysis with OPTS
** cite (contra_mark()). */
typedef int (*mark_fn)(const evidence *e, const void *opts, unsigned char *mark, amur_err *err);

static int contra_marks(const evidence *e, const void *opts, unsigned char *mark, amur_err *err)
{
    return contra_mark(e, opts, mark, err);
}

/* The analyses whose findings are pairs of claims about one subject, in
** an order of their own: the claims of each chunk's findings are kept
** (evidence_keep()), with those about what is no project
** (evidence_load_others()), and the analysis runs once over what was
** kept, which gives the whole set's findings (contra_mark()). */
static const struct {
    const analysis *an;
    mark_fn mark;
} kept[] = {{&an_contradictions, contra_marks}};

static mark_fn kept_mark(const analysis *an)
{
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
        if (kept[i].an == an)
            return kept[i].mark;
    return NULL;
}

static const char *opt_text(const void *opts, const param *p)
{
    return *(const char *const *)((const unsigned char *)opts + p->off);
}

int walk_applies(const analysis *an, const void *opts)
{
    const unsigned whole = REF(C_SOURCE) | REF(C_PLACE) | REF(C_ACTOR) | REF(C_INSTRUMENT);
    size_t i;
    for (i = 0; i < sizeof walked / sizeof walked[0] && walked[i] != an; i++)
        ;
    if (i == sizeof walked / sizeof walked[0] && !kept_mark(an))
        return 0;
    for (const param *p = an->params; p->name; p++) {
        if (p->type != PARAM_ID && p->type != PARAM_PROPERTY)
            continue;
        if (!opt_text(opts, p))
            continue;
        if (p->type == PARAM_PROPERTY || (an->scope && strcmp(p->name, an->scope) == 0) ||
            (p->refs & ~whole))
            return 0;
    }
    return 1;
}

/* How many threads read the chunks ahead of the analysis, each on a
** connection of its own, and how many chunks may be read and not yet
** analysed: reading is most of a walk, SQLite's or PostgreSQL's work on
** one connection, and on two connections two chunks are read at once
** (bench/notes.md). The analysis takes the chunks in their order. */
#define WALK_READERS 2
#define WALK_AHEAD 3

/* A chunk read ahead, in the slot of its number modulo WALK_AHEAD. */
typedef struct ahead {
    evidence *e;
    amur_err err;
    int rc, ready;
} ahead;

/* One walk: its readers, and where the analysis stands. */
typedef struct walk {
    store *s;  /* what the walk reads: its readers' first connection, or the command's */
    store *db; /* the command's */
    const ev_view *view;
    long chunk;
    const analysis *an;
    const void *opts;
    unsigned where;
    evidence *base; /* the tables every chunk holds whole, read once */
    ev_turn turn;
    pthread_mutex_t lock; /* what follows, between the readers and the analysis */
    pthread_cond_t cond;
    ahead slot[WALK_AHEAD];
    long taken;      /* chunks the analysis has taken */
    int outstanding; /* chunks being read, or read and not yet taken */
    int stop;
    struct walk_reader {
        struct walk *w;
        store *s; /* its connection */
        pthread_t th;
        int started;
    } readers[WALK_READERS];
    store *conns[WALK_READERS]; /* the readers' own; none when they could not be opened */
} walk;

/* A reader: reads chunk after chunk in turn, while fewer than WALK_AHEAD
** wait, until one is the walk's end or fails. */
static void *reader_run(void *arg)
{
    struct walk_reader *r = arg;
    walk *w = r->w;
    int end = 0;
    while (!end) {
        evidence *e = NULL;
        amur_err err = {0, ""};
        long seq;
        int rc;
        pthread_mutex_lock(&w->lock);
        while (!w->stop && w->outstanding >= WALK_AHEAD)
            pthread_cond_wait(&w->cond, &w->lock);
        if (w->stop) {
            pthread_mutex_unlock(&w->lock);
            break;
        }
        w->outstanding++;
        pthread_mutex_unlock(&w->lock);
        rc = evidence_load_turn(r->s, w->view, w->base, &w->turn, w->chunk, &seq, &e, &err);
        end = rc || (!e->n_projects && seq > 0);
        pthread_mutex_lock(&w->lock);
        w->slot[seq % WALK_AHEAD] = (ahead){e, err, rc, 1};
        pthread_cond_broadcast(&w->cond);
        pthread_mutex_unlock(&w->lock);
    }
    return NULL;
}

/* Opens W's connections: as many as it has readers, on one snapshot
** (store_open_readers()); else, when they cannot be opened (a server that
** takes no more), the command's alone, read by one reader. */
static void walk_connect(walk *w)
{
    amur_err ignored = {0, ""};
    w->s = w->db;
    if (store_open_readers(w->db, WALK_READERS, w->conns, &ignored) == AMUR_OK)
        w->s = w->conns[0];
}

/* Starts W's readers: AMUR_OK, or an error with ERR set. */
static int readers_start(walk *w, amur_err *err)
{
    pthread_mutex_init(&w->turn.lock, NULL);
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->cond, NULL);
    for (size_t i = 0; i < WALK_READERS; i++) {
        struct walk_reader *r = &w->readers[i];
        r->w = w;
        r->s = w->conns[0] ? w->conns[i] : i ? NULL : w->db;
        if (r->s)
            r->started = pthread_create(&r->th, NULL, reader_run, r) == 0;
    }
    if (!w->readers[0].started)
        return err_set(err, AMUR_ESYS, "cannot start the walk's readers");
    return AMUR_OK;
}

/* Stops W's readers and frees what they read that was not taken. */
static void readers_stop(walk *w)
{
    pthread_mutex_lock(&w->lock);
    w->stop = 1;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->lock);
    for (size_t i = 0; i < WALK_READERS; i++) {
        struct walk_reader *r = &w->readers[i];
        if (r->started)
            pthread_join(r->th, NULL);
        r->started = 0;
    }
    for (size_t i = 0; i < WALK_AHEAD; i++) {
        evidence_free(w->slot[i].e);
        w->slot[i] = (ahead){0};
    }
    pthread_cond_destroy(&w->cond);
    pthread_mutex_destroy(&w->lock);
    pthread_mutex_destroy(&w->turn.lock);
}

/* The next chunk's set into *E: 1, or 0 when the walk is over (the first
** chunk is always given, empty when the database has no project), or an
** error (negated). The readers start with the first, and stop with the
** last. */
static int next(walk *w, evidence **e, amur_err *err)
{
    long last;
    int rc;
    ahead a;
    *e = NULL;
    if (!w->base) {
        walk_connect(w);
        if ((rc = evidence_load_chunk(w->s, w->view, NULL, 0, 0, &last, &w->base, err)))
            return -rc;
        if ((rc = readers_start(w, err))) {
            readers_stop(w);
            return -rc;
        }
    }
    pthread_mutex_lock(&w->lock);
    while (!w->slot[w->taken % WALK_AHEAD].ready)
        pthread_cond_wait(&w->cond, &w->lock);
    a = w->slot[w->taken % WALK_AHEAD];
    w->slot[w->taken % WALK_AHEAD] = (ahead){0};
    w->outstanding--;
    w->taken++;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->lock);
    if (a.rc || (!a.e->n_projects && w->taken > 1)) {
        evidence_free(a.e);
        readers_stop(w);
        if (a.rc)
            *err = a.err;
        return -a.rc;
    }
    if (w->taken == 1 && (rc = known_params(a.e, w->an->params, w->where, w->opts, err))) {
        if (w->where & PARAM_CLI)
            err_prefix(err, "%s", w->an->name);
        evidence_free(a.e);
        readers_stop(w);
        return -rc;
    }
    *e = a.e;
    return 1;
}

/* Ends the walk W: stops its readers if they still run (an analysis
** failed), frees the tables it read once, closes its connections. */
static void walk_end(walk *w)
{
    if (w->base && !w->stop)
        readers_stop(w);
    evidence_free(w->base);
    for (size_t i = 0; i < WALK_READERS; i++)
        store_close(w->conns[i]);
}

/* Keeps in K what MARK marks of E. */
static int keep_from(const evidence *e, mark_fn mark, const void *opts, evidence *k,
                     amur_err *err)
{
    unsigned char *m = calloc(e->n_claims ? e->n_claims : 1, 1);
    int rc;
    if (!m)
        return err_set(err, AMUR_ESYS, "out of memory");
    if ((rc = mark(e, opts, m, err)) == AMUR_OK)
        rc = evidence_keep(k, e, m, err);
    free(m);
    return rc;
}

/* What MARK marks over the whole database, gathered into a new set *K
** (freed by the caller; NULL on failure), which shares W's base. */
static int gather(walk *w, mark_fn mark, evidence **k, amur_err *err)
{
    evidence *e;
    long last;
    int more = 0, rc = AMUR_OK;
    *k = NULL;
    while (rc == AMUR_OK && (more = next(w, &e, err)) > 0) {
        if (!*k)
            rc = evidence_load_chunk(w->s, w->view, w->base, 0, 0, &last, k, err);
        if (rc == AMUR_OK)
            rc = keep_from(e, mark, w->opts, *k, err);
        evidence_free(e);
    }
    if (rc == AMUR_OK && more < 0)
        rc = -more;
    if (rc == AMUR_OK && (rc = evidence_load_others(w->s, w->view, w->base, &e, err)) == AMUR_OK) {
        rc = keep_from(e, mark, w->opts, *k, err);
        evidence_free(e);
    }
    if (rc == AMUR_OK)
        rc = evidence_keep_end(*k, err);
    if (rc) {
        evidence_free(*k);
        *k = NULL;
    }
    return rc;
}

int walk_items(store *s, const ev_view *view, long chunk, const analysis *an, const void *opts,
               unsigned where, const an_sink *out, amur_err *err)
{
    walk w = {.db = s, .view = view, .chunk = chunk, .an = an, .opts = opts, .where = where};
    mark_fn mark = kept_mark(an);
    evidence *e;
    int rc;
    if (mark) {
        if ((rc = gather(&w, mark, &e, err)) == AMUR_OK)
            rc = an->items(e, opts, out, err);
        evidence_free(e);
        walk_end(&w);
        return rc;
    }
    while ((rc = next(&w, &e, err)) > 0) {
        rc = an->items(e, opts, out, err);
        evidence_free(e);
        if (rc)
            break;
    }
    walk_end(&w);
    return rc < 0 ? -rc : rc;
}

/* Adds the view X of one chunk to the view *D of those before: the rows of
** its table to the table so far. A chunk with no table (slippage's "no
** promised dates") is what the view says while no chunk has one. */
static int join(doc **d, doc *x)
{
    if (!*d) {
        *d = x;
        return 0;
    }
    if (!doc_has_table(x)) {
        doc_free(x);
        return 0;
    }
    if (!doc_has_table(*d)) {
        doc_free(*d);
        *d = x;
        return 0;
    }
    if (doc_join_rows(*d, x)) {
        doc_free(x);
        return -1;
    }
    doc_free(x);
    return 0;
}

int walk_view(store *s, const ev_view *view, long chunk, const analysis *an, const void *opts,
              unsigned where, doc **out, amur_err *err)
{
    walk w = {.db = s, .view = view, .chunk = chunk, .an = an, .opts = opts, .where = where};
    mark_fn mark = kept_mark(an);
    evidence *e;
    int rc;
    *out = NULL;
    if (mark) {
        if ((rc = gather(&w, mark, &e, err)) == AMUR_OK &&
            (rc = analysis_view(an, e, opts, NULL, out, err)) != AMUR_OK) {
            doc_free(*out);
            *out = NULL;
        }
        evidence_free(e);
        walk_end(&w);
        return rc;
    }
    while ((rc = next(&w, &e, err)) > 0) {
        doc *x = NULL;
        rc = analysis_view(an, e, opts, NULL, &x, err);
        evidence_free(e);
        if (rc == AMUR_OK && join(out, x))
            rc = err_set(err, AMUR_ESYS, "%s: a chunk's view is not one table", an->name);
        else if (rc)
            doc_free(x);
        if (rc)
            break;
    }
    walk_end(&w);
    if (rc) {
        doc_free(*out);
        *out = NULL;
    }
    return rc < 0 ? -rc : rc;
}
