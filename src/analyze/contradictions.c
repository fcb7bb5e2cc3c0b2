/*
** contradictions.c — finding disagreeing claims; see contradictions.h and
** docs/analyses.md, "Contradictions".
**
** Claims come sorted by subject, property, date and id, so each (subject,
** property) group is a run of e->claims. Within a group, claims are sorted
** by the first day of their period T and swept: once a claim starts more
** than the window after another ends, so does every later one, and the
** inner loop stops. The work is the number of claims plus the number of
** pairs within the window, not the square of the group's size.
*/
#include "contradictions.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "status.h"
#include "../core/sort.h"

/* Ten thousand years: beyond any partial date. */
#define CONTRA_MAX_WINDOW 3660000

const param contra_params[] = {
    {.name = "window", .type = PARAM_INT, .meta = "DAYS", .def = "90", .max = CONTRA_MAX_WINDOW,
     .where = PARAM_BOTH, .off = offsetof(contra_opts, window),
     .help = "how far apart in time two claims may describe, in days"},
    {.name = "subject", .type = PARAM_ID, .meta = "ID", .refs = REF_SUBJECT, .where = PARAM_BOTH,
     .off = offsetof(contra_opts, subject), .help = "only contradictions about this subject"},
    {.name = "official-ahead", .type = PARAM_FLAG, .where = PARAM_BOTH,
     .off = offsetof(contra_opts, official_ahead),
     .help = "only pairs where an official source is ahead of ground ones"},
    {0}};

long contra_gap(period a, period b)
{
    long af = pdate_first_day(a.from), al = pdate_last_day(a.to);
    long bf = pdate_first_day(b.from), bl = pdate_last_day(b.to);
    if (bf > al)
        return bf - al;
    if (af > bl)
        return af - bl;
    return 0;
}

/* NULL and "" are the same: no scope, no unit. */
static int same_text(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

static int stage_severity(int ra, int rb)
{
    int la = status_ladder(ra), lb = status_ladder(rb);
    if (la < 0 || lb < 0)
        return 1; /* suspended and cancelled are one step from anything */
    return la > lb ? la - lb : lb - la;
}

int contra_compare(const ev_claim *a, const ev_claim *b, int *severity, int *official_ahead)
{
    *severity = 1;
    *official_ahead = 0;
    if (!same_text(a->scope, b->scope))
        return 0;
    switch (schema_property_kind(a->property)) {
    case PROP_STAGE: {
        int ra = schema_stage_rank(a->value), rb = schema_stage_rank(b->value);
        if (ra < 0 || rb < 0 || ra == rb)
            return 0;
        *severity = stage_severity(ra, rb);
        /* both on the ladder, one official, one ground, the official later */
        if (status_ladder(ra) >= 0 && status_ladder(rb) >= 0) {
            if (ev_tier_official(a->tier) && ev_tier_ground(b->tier) && ra > rb)
                *official_ahead = 1;
            if (ev_tier_official(b->tier) && ev_tier_ground(a->tier) && rb > ra)
                *official_ahead = 1;
        }
        return 1;
    }
    case PROP_PLANNED:
    case PROP_ACTUAL: {
        pdate da, db;
        long diff;
        if (!a->value || !b->value || pdate_parse(a->value, &da) || pdate_parse(b->value, &db))
            return 0;
        /* same first day and same precision: the same date */
        if (pdate_cmp(da, db) == 0)
            return 0;
        diff = pdate_last_day(da) - pdate_last_day(db);
        if (diff < 0)
            diff = -diff;
        /* years, rounded up; at least 1, since `2021` and `2021-12` differ too */
        *severity = diff == 0 ? 1 : (int)((diff + 364) / 365);
        return 1;
    }
    case PROP_NUMBER: {
        char *ea, *eb;
        double va, vb;
        /* amounts in different units are not comparable without a rate */
        if (!a->value || !b->value || !same_text(a->unit, b->unit))
            return 0;
        va = strtod(a->value, &ea);
        vb = strtod(b->value, &eb);
        if (*ea || *eb)
            return 0;
        return va != vb;
    }
    case PROP_LEGAL:
    case PROP_DEPENDENCE:
        return a->value && b->value && strcmp(a->value, b->value) != 0;
    default:
        return 0; /* free text cannot be compared */
    }
}

typedef struct span {
    long first, last; /* of T */
    size_t i;         /* index in e->claims */
} span;

static int cmp_span(const void *pa, const void *pb)
{
    const span *a = pa, *b = pb;
    if (a->first != b->first)
        return a->first < b->first ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i; /* claim order: date, then id */
}

static int cmp_pairs(const void *pa, const void *pb)
{
    const contra_pair *a = pa, *b = pb;
    int c;
    if (a->severity != b->severity)
        return a->severity > b->severity ? -1 : 1;
    if (a->official_ahead != b->official_ahead)
        return a->official_ahead ? -1 : 1;
    if ((c = strcmp(a->a->subject, b->a->subject)))
        return c;
    if ((c = strcmp(a->a->property, b->a->property)))
        return c;
    if ((c = strcmp(a->a->id, b->a->id)))
        return c;
    return strcmp(a->b->id, b->b->id);
}

typedef struct finder {
    const evidence *e;
    const contra_opts *o;
    span *spans;
    size_t spans_cap;
    contra_pair *pairs;
    size_t n, cap;
    amur_err *err;
} finder;

/* C1 comes before C2 in e->claims (earlier by date, then id). */
static int add_pair(finder *f, const ev_claim *c1, const ev_claim *c2, long gap, int severity,
                    int ahead)
{
    contra_pair *p;
    if (f->o->official_ahead && !ahead)
        return AMUR_OK;
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 64;
        contra_pair *a;
        if (f->n >= CONTRA_MAX_PAIRS)
            return err_set(f->err, AMUR_EDATA,
                           "more than %d contradictions: narrow with --subject or --window",
                           CONTRA_MAX_PAIRS);
        if (!(a = realloc(f->pairs, cap * sizeof *a)))
            return err_set(f->err, AMUR_ESYS, "out of memory");
        f->pairs = a;
        f->cap = cap;
    }
    p = &f->pairs[f->n++];
    /* a is the official claim of an official-ahead pair, else the earlier */
    if (ahead && ev_tier_official(c2->tier)) {
        p->a = c2;
        p->b = c1;
    } else {
        p->a = c1;
        p->b = c2;
    }
    p->gap_days = gap;
    p->severity = severity;
    p->official_ahead = ahead;
    p->same_source = same_text(c1->source, c2->source);
    return AMUR_OK;
}

/* A source telling a history is not contradicting itself (docs/analyses.md):
** the same source, two different periods, and either a stage that moves
** forward along the ladder as time moves on, or a legal status or a
** promised date, which change over time by nature. EARLY's period starts no later than LATE's. */
static int is_history(const ev_claim *early, const ev_claim *late)
{
    if (!same_text(early->source, late->source))
        return 0;
    if (pdate_cmp(early->refers.from, late->refers.from) == 0 &&
        pdate_cmp(early->refers.to, late->refers.to) == 0)
        return 0;
    /* a legal status changes over time by nature; a promise the source
    ** later moved is a postponement, which slippage shows */
    if (strcmp(early->property, "legal_status") == 0 ||
        schema_property_kind(early->property) == PROP_PLANNED)
        return 1;
    if (strcmp(early->property, "stage") == 0) {
        int a = schema_stage_rank(early->value), b = schema_stage_rank(late->value);
        return a >= 0 && b >= 0 && a < STAGE_LADDER && b < STAGE_LADDER && a < b &&
               pdate_cmp(early->refers.from, late->refers.from) < 0;
    }
    return 0;
}

/* The pairs within e->claims[first .. first+n), one (subject, property). */
static int group(finder *f, size_t first, size_t n)
{
    const evidence *e = f->e;
    int rc;
    if (n < 2 || schema_property_kind(e->claims[first].property) == PROP_TEXT)
        return AMUR_OK;
    if (n > f->spans_cap) {
        span *s = realloc(f->spans, n * sizeof *s);
        if (!s)
            return err_set(f->err, AMUR_ESYS, "out of memory");
        f->spans = s;
        f->spans_cap = n;
    }
    for (size_t k = 0; k < n; k++) {
        const ev_claim *c = &e->claims[first + k];
        f->spans[k].first = pdate_first_day(c->refers.from);
        f->spans[k].last = pdate_last_day(c->refers.to);
        f->spans[k].i = first + k;
    }
    sort_array(f->spans, n, sizeof *f->spans, cmp_span);
    for (size_t x = 0; x < n; x++) {
        for (size_t y = x + 1; y < n; y++) {
            /* spans[y] starts no earlier than spans[x], so this is the gap */
            long gap = f->spans[y].first - f->spans[x].last;
            size_t i = f->spans[x].i, j = f->spans[y].i;
            int severity, ahead;
            if (gap > f->o->window)
                break; /* and so is every later one */
            if (gap < 0)
                gap = 0;
            if (!contra_compare(&e->claims[i], &e->claims[j], &severity, &ahead))
                continue;
            if (is_history(&e->claims[i], &e->claims[j]))
                continue;
            if (i > j) {
                size_t t = i;
                i = j;
                j = t;
            }
            if ((rc = add_pair(f, &e->claims[i], &e->claims[j], gap, severity, ahead)))
                return rc;
        }
    }
    return AMUR_OK;
}

/* The pairs of E with O, in the order found, into F. */
static int find(finder *f, const evidence *e, const contra_opts *o)
{
    size_t lo = 0, hi = e->n_claims;
    int rc = AMUR_OK;
    if (o->subject) {
        size_t count = ev_claims_of(e, o->subject, &lo);
        hi = lo + count;
    }
    for (size_t g = lo; g < hi && rc == AMUR_OK;) {
        size_t end = g + 1;
        while (end < hi && strcmp(e->claims[end].subject, e->claims[g].subject) == 0 &&
               strcmp(e->claims[end].property, e->claims[g].property) == 0)
            end++;
        rc = group(f, g, end - g);
        g = end;
    }
    free(f->spans);
    f->spans = NULL;
    if (rc) {
        free(f->pairs);
        f->pairs = NULL;
        f->n = 0;
    }
    return rc;
}

int contra_find(const evidence *e, const contra_opts *o, contra_pair **out, size_t *n,
                amur_err *err)
{
    finder f = {e, o, NULL, 0, NULL, 0, 0, err};
    int rc = find(&f, e, o);
    *out = NULL;
    *n = 0;
    if (rc)
        return rc;
    if (f.n)
        sort_array(f.pairs, f.n, sizeof *f.pairs, cmp_pairs);
    *out = f.pairs;
    *n = f.n;
    return AMUR_OK;
}

int contra_mark(const evidence *e, const contra_opts *o, unsigned char *mark, amur_err *err)
{
    finder f = {e, o, NULL, 0, NULL, 0, 0, err};
    int rc = find(&f, e, o);
    for (size_t i = 0; rc == AMUR_OK && i < f.n; i++) {
        mark[f.pairs[i].a - e->claims] = 1;
        mark[f.pairs[i].b - e->claims] = 1;
    }
    free(f.pairs);
    return rc;
}
