/*
** scorecard.c — programme scorecards; see scorecard.h and
** docs/analyses.md, "Scorecards".
*/
#include <stddef.h>
#include "scorecard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "slippage.h"
#include "status.h"
#include "../core/sort.h"

#define SIDE_MAX SC_SIDE_MAX

/* The value of KEY in SCOPE into BUF; 1 when found. */
static int scope_get(const char *scope, const char *key, char *buf, size_t size)
{
    char k[64];
    while (schema_scope_next(&scope, k, sizeof k, buf, size))
        if (strcmp(k, key) == 0)
            return 1;
    return 0;
}

/* Whether a count claim counts projects: unit "projects" or none. */
static int counts_projects(const ev_claim *c)
{
    return !c->unit || strcmp(c->unit, "projects") == 0;
}

static const char *listing_side(const evidence *e, const ev_listing *g, long p)
{
    if (g->side)
        return g->side;
    if (p >= 0 && e->projects[p].side)
        return e->projects[p].side;
    return "joint";
}

static void scorecard_clear(scorecard *s)
{
    free(s->sides);
    free(s->reported);
}

void scorecard_free(scorecard *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        scorecard_clear(&s[i]);
    free(s);
}

/* The side entry for SIDE, added when new; NULL when out of memory. */
static sc_side *side_of(scorecard *s, const char *side)
{
    sc_side *v;
    for (size_t i = 0; i < s->n_sides; i++)
        if (strcmp(s->sides[i].side, side) == 0)
            return &s->sides[i];
    if (!(v = realloc(s->sides, (s->n_sides + 1) * sizeof *v)))
        return NULL;
    s->sides = v;
    v = &s->sides[s->n_sides++];
    memset(v, 0, sizeof *v);
    snprintf(v->side, sizeof v->side, "%s", side);
    return v;
}

/* Whether delivered project P was delivered (its delivery date, status.h)
** certainly not later than the listing's planned END: last days compared,
** as for a promise. A delivery the record does not date is not on time. */
static int delivered_on_time(const evidence *e, size_t p, pdate end)
{
    status_result r;
    pdate d;
    status_resolve(e, p, &r);
    return status_delivery_date(e, &r, &d) && pdate_last_day(d) <= pdate_last_day(end);
}

/* Keeps the largest of the totals seen. */
static void take_total(sc_total *t, const ev_claim *c, double v)
{
    if (!t->claim || v > t->value) {
        t->claim = c;
        t->value = v;
    }
}

static int cmp_size(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return (a > b) - (a < b);
}

/* Listed and tracked counts and rates, from the listings LST[0..NL). */
static int count_listings(const evidence *e, const sc_facts *facts, const size_t *lst,
                          size_t nl, scorecard *s, int *stage, long *proj)
{
    const int building = STAGE_UNDER_CONSTRUCTION;

    for (size_t k = 0; k < nl; k++) {
        const ev_listing *g = &e->listings[lst[k]];
        long p = ev_listing_project(e, lst[k]);
        status_result r;
        sc_side *side;
        int st = -1;

        if (p >= 0 && facts) {
            st = facts->stage[p];
        } else if (p >= 0) {
            status_resolve(e, (size_t)p, &r);
            st = r.stage;
        }
        stage[k] = st;
        proj[k] = p;
        if (!(side = side_of(s, listing_side(e, g, p))))
            return AMUR_ESYS;
        s->listed++;
        side->listed++;
        s->by_stage[st >= 0 ? st : SC_UNTRACKED]++;
        side->by_stage[st >= 0 ? st : SC_UNTRACKED]++;
        if (st < 0)
            continue;
        s->tracked++;
        if (status_ladder(st) >= building)
            s->implementation.k++;
        if (status_stage_delivered(st)) {
            s->delivery.k++;
            if (g->planned_end.y) {
                s->on_time.n++;
                if (delivered_on_time(e, (size_t)p, g->planned_end))
                    s->on_time.k++;
            }
        }
    }
    s->implementation.n = s->delivery.n = s->tracked;
    return AMUR_OK;
}

/* The median delay over the distinct projects PROJ[0..NL). */
static int median_delay(const evidence *e, const slip_index *ix, const sc_facts *facts,
                        const long *proj, size_t nl, scorecard *s)
{
    size_t *ps = malloc((nl ? nl : 1) * sizeof *ps), np = 0;
    long *d = malloc((nl ? nl : 1) * sizeof *d);
    int rc = AMUR_OK;
    if (!ps || !d) {
        free(ps);
        free(d);
        return AMUR_ESYS;
    }
    for (size_t k = 0; k < nl; k++)
        if (proj[k] >= 0)
            ps[np++] = (size_t)proj[k];
    sort_array(ps, np, sizeof *ps, cmp_size);
    for (size_t k = 0; k < np; k++) {
        int got;
        if (k > 0 && ps[k] == ps[k - 1])
            continue; /* a project listed twice in one instrument counts once */
        if (facts) {
            got = facts->has_delay[ps[k]];
            if (got)
                d[s->n_delays] = facts->delay[ps[k]];
        } else {
            got = slip_project_delay(e, ix, ps[k], &d[s->n_delays], NULL);
        }
        if (got < 0) {
            rc = AMUR_ESYS;
            break;
        }
        s->n_delays += (size_t)got;
    }
    if (rc == AMUR_OK && s->n_delays)
        s->median_delay = slip_median(d, s->n_delays);
    free(ps);
    free(d);
    return rc;
}

/* The instrument's count claims, the totals among them, and each one's
** item-level counterpart. */
static int reported(const evidence *e, const size_t *lst, size_t nl, const int *stage,
                    const long *proj, scorecard *s)
{
    const char *id = e->instruments[s->inst].id;
    size_t f, n = ev_claims_of(e, id, &f);
    char side[SIDE_MAX], st[64], key[64], val[SIDE_MAX];

    size_t counts = 0;

    for (size_t i = f; i < f + n; i++)
        counts += strcmp(e->claims[i].property, "count") == 0;
    if (!counts)
        return AMUR_OK;
    if (!(s->reported = calloc(counts, sizeof *s->reported)))
        return AMUR_ESYS;
    for (size_t i = f; i < f + n; i++) {
        const ev_claim *c = &e->claims[i];
        sc_reported *r;
        const char *cur = c->scope;
        int has_side, has_stage;
        if (strcmp(c->property, "count") != 0)
            continue;
        r = &s->reported[s->n_reported++];
        r->claim = c;
        r->value = strtod(c->value, NULL);
        r->item_level = -1;
        has_side = scope_get(c->scope, "side", side, sizeof side);
        has_stage = scope_get(c->scope, "stage", st, sizeof st);
        while (schema_scope_next(&cur, key, sizeof key, val, sizeof val))
            if (strcmp(key, "side") != 0 && strcmp(key, "stage") != 0)
                r->unmatched = 1;
        if (!counts_projects(c))
            continue;
        r->item_level = 0;
        for (size_t k = 0; k < nl; k++) {
            const ev_listing *g = &e->listings[lst[k]];
            if (has_side && strcmp(listing_side(e, g, proj[k]), side) != 0)
                continue;
            if (has_stage && (stage[k] < 0 || strcmp(schema_stages[stage[k]], st) != 0))
                continue;
            r->item_level++;
        }
        if (has_stage)
            continue;
        if (!has_side) {
            take_total(&s->total, c, r->value);
        } else {
            sc_side *sd = side_of(s, side);
            if (!sd)
                return AMUR_ESYS;
            take_total(&sd->total, c, r->value);
        }
    }
    return AMUR_OK;
}

static int build(const evidence *e, const slip_index *ix, const sc_facts *facts, size_t inst,
                 const size_t *lst, size_t nl, scorecard *s)
{
    int *stage = malloc((nl ? nl : 1) * sizeof *stage);
    long *proj = malloc((nl ? nl : 1) * sizeof *proj);
    int rc = AMUR_ESYS;

    memset(s, 0, sizeof *s);
    s->inst = inst;
    if (stage && proj && (rc = count_listings(e, facts, lst, nl, s, stage, proj)) == AMUR_OK &&
        (rc = median_delay(e, ix, facts, proj, nl, s)) == AMUR_OK)
        rc = reported(e, lst, nl, stage, proj, s);
    free(stage);
    free(proj);
    return rc;
}

int scorecard_all(const evidence *e, long only, scorecard **out, size_t *n)
{
    return scorecard_all_facts(e, only, NULL, out, n);
}

int scorecard_all_facts(const evidence *e, long only, const sc_facts *facts, scorecard **out,
                        size_t *n)
{
    size_t ni = e->n_instruments, *start = calloc(ni + 1, sizeof *start);
    size_t *order = malloc((e->n_listings ? e->n_listings : 1) * sizeof *order);
    size_t *cursor = malloc((ni ? ni : 1) * sizeof *cursor);
    slip_index *ix = NULL;
    scorecard *v = NULL;
    int rc = AMUR_ESYS;

    *out = NULL;
    *n = 0;
    if (!start || !order || !cursor || (!facts && slip_index_new(e, &ix)) ||
        !(v = calloc(ni ? ni : 1, sizeof *v)))
        goto done;
    /* listings grouped by instrument, in their own order */
    for (size_t i = 0; i < e->n_listings; i++)
        start[e->listings[i].inst + 1]++;
    for (size_t i = 0; i < ni; i++) {
        start[i + 1] += start[i];
        cursor[i] = start[i];
    }
    for (size_t i = 0; i < e->n_listings; i++)
        order[cursor[e->listings[i].inst]++] = i;
    rc = AMUR_OK;
    for (size_t i = 0; i < ni && rc == AMUR_OK; i++) {
        if (only >= 0 ? (long)i != only : start[i + 1] == start[i])
            continue;
        rc = build(e, ix, facts, i, order + start[i], start[i + 1] - start[i], &v[*n]);
        (*n)++;
    }
done:
    free(start);
    free(order);
    free(cursor);
    slip_index_free(ix);
    if (rc) {
        scorecard_free(v, *n);
        *n = 0;
        return AMUR_ESYS;
    }
    *out = v;
    return AMUR_OK;
}

const param sc_params[] = {
    {.name = "instrument", .type = PARAM_ID, .meta = "INSTRUMENT", .refs = REF(C_INSTRUMENT),
     .where = PARAM_BOTH | PARAM_ARG, .off = offsetof(sc_opts, instrument),
     .help = "only this instrument's scorecard"},
    {0}};
