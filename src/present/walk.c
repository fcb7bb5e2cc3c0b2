/*
** walk.c — a whole-database analysis a chunk of projects at a time; see
** walk.h.
*/
#include "walk.h"

#include <stddef.h>
#include <string.h>

#include "../analyze/known.h"

/* The analyses whose whole-database findings are each one project's, given
** in the order of e->projects: concatenated over the chunks, they are the
** whole set's. */
static const analysis *const walked[] = {&an_status, &an_slippage};

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
    if (i == sizeof walked / sizeof walked[0])
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

int walk_items(store *s, const ev_view *view, long chunk, const analysis *an, const void *opts,
               unsigned where, const an_sink *out, amur_err *err)
{
    walk w = {s, view, chunk, 0, an, opts, where, 1, NULL};
    evidence *e;
    int rc;
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
    evidence *e;
    int rc;
    *out = NULL;
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
