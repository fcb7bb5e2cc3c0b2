/*
** walk.c — a whole-database analysis a chunk of projects at a time; see
** walk.h.
*/
#include "walk.h"

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

/* One walk: the chunk in hand, and where it stands. */
typedef struct walk {
    store *s;
    const ev_view *view;
    long chunk, after;
    const analysis *an;
    const void *opts;
    unsigned where;
    int first;
    evidence *base; /* the tables every chunk holds whole, read once */
} walk;

/* The next chunk's set into *E: 1, or 0 when the walk is over (the first
** chunk is always given, empty when the database has no project), or an
** error (negated). */
static int next(walk *w, evidence **e, amur_err *err)
{
    long last;
    int rc;
    if (!w->base && (rc = evidence_load_chunk(w->s, w->view, NULL, 0, 0, &last, &w->base, err)))
        return -rc;
    if ((rc = evidence_load_chunk(w->s, w->view, w->base, w->after, w->chunk, &last, e, err)))
        return -rc;
    if (last == w->after && !w->first) {
        evidence_free(*e);
        *e = NULL;
        return 0;
    }
    if (w->first && (rc = known_params(*e, w->an->params, w->where, w->opts, err))) {
        if (w->where & PARAM_CLI)
            err_prefix(err, "%s", w->an->name);
        evidence_free(*e);
        *e = NULL;
        return -rc;
    }
    w->first = 0;
    w->after = last;
    return 1;
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
    walk w = {s, view, chunk, 0, an, opts, where, 1, NULL};
    mark_fn mark = kept_mark(an);
    evidence *e;
    int rc;
    if (mark) {
        if ((rc = gather(&w, mark, &e, err)) == AMUR_OK)
            rc = an->items(e, opts, out, err);
        evidence_free(e);
        evidence_free(w.base);
        return rc;
    }
    while ((rc = next(&w, &e, err)) > 0) {
        rc = an->items(e, opts, out, err);
        evidence_free(e);
        if (rc)
            break;
    }
    evidence_free(w.base);
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
    walk w = {s, view, chunk, 0, an, opts, where, 1, NULL};
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
        evidence_free(w.base);
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
    evidence_free(w.base);
    if (rc) {
        doc_free(*out);
        *out = NULL;
    }
    return rc < 0 ? -rc : rc;
}
