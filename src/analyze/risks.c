/*
** risks.c — veto risk; see risks.h and docs/analyses.md, "Risks".
*/
#include <stddef.h>
#include "risks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "slippage.h"

int risks_stake_active(const ev_stake *s, pdate as_of)
{
    /* partial dates: "not after" and "not before" allow any overlap */
    if (s->from.y && pdate_first_day(s->from) > pdate_last_day(as_of))
        return 0;
    if (s->to.y && pdate_last_day(s->to) < pdate_first_day(as_of))
        return 0;
    return 1;
}

static int counts(const evidence *e, const ev_stake *s, int min_influence, int ever)
{
    return strcmp(s->role, "opponent") == 0 && s->influence >= min_influence &&
           (ever || risks_stake_active(s, e->view.as_of));
}

void risks_free(risk_result *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->items[i].stakes);
    free(r->items);
    memset(r, 0, sizeof *r);
}

/* Fills G from the N delays in D (sorted in place). */
static void group(risk_group *g, size_t projects, long *d, size_t n)
{
    g->projects = projects;
    g->with_delay = n;
    g->median = n ? slip_median(d, n) : 0;
}

int risks_find(const evidence *e, int min_influence, int ever, risk_result *out)
{
    return risks_find_delays(e, min_influence, ever, NULL, NULL, NULL, out);
}

int risks_find_delays(const evidence *e, int min_influence, int ever, const long *delay,
                      const signed char *has_delay, const int *year, risk_result *out)
{
    size_t np = e->n_projects, nrisky = 0, nwith = 0, nwithout = 0;
    size_t *cnt = calloc(np ? np : 1, sizeof *cnt);
    int *period = malloc((np ? np : 1) * sizeof *period);
    signed char *got_p = malloc(np ? np : 1);
    long *dwith = malloc((np ? np : 1) * sizeof *dwith);
    long *dwithout = malloc((np ? np : 1) * sizeof *dwithout);
    slip_index *ix = NULL;
    int rc = AMUR_ESYS;

    memset(out, 0, sizeof *out);
    if (!cnt || !dwith || !dwithout || !period || !got_p ||
        (!delay && slip_index_new(e, &ix)))
        goto done;
    for (size_t i = 0; i < e->n_stakes; i++) {
        long p = ev_stake_project(e, i);
        if (p >= 0 && counts(e, &e->stakes[i], min_influence, ever) && cnt[p]++ == 0)
            nrisky++;
    }
    if (!(out->items = calloc(nrisky ? nrisky : 1, sizeof *out->items)))
        goto done;
    /* like with like: the projects without opponents are compared only
    ** when their first promise falls in the years of those with */
    for (size_t p = 0; p < np; p++) {
        long d = 0;
        int y = 0, got = delay ? has_delay[p] : slip_project_delay(e, ix, p, &d, &y);
        if (delay && got) {
            d = delay[p];
            y = year[p];
        }
        if (got < 0)
            goto done;
        got_p[p] = (signed char)got;
        period[p] = y;
        if (cnt[p]) {
            risk_project *r = &out->items[out->n++];
            r->project = p;
            r->has_delay = got;
            r->delay_days = d;
            r->period = got ? y : 0;
            if (!(r->stakes = malloc(cnt[p] * sizeof *r->stakes)))
                goto done;
            cnt[p] = out->n; /* from here on: 1 + the project's item */
            if (got) {
                dwith[nwith++] = d;
                if (!out->from || y < out->from)
                    out->from = y;
                if (y > out->to)
                    out->to = y;
            }
        }
    }
    for (size_t p = 0; p < np; p++) {
        long d = 0;
        if (cnt[p] || got_p[p] <= 0 || period[p] < out->from || period[p] > out->to)
            continue;
        if (delay)
            d = delay[p];
        else if (slip_project_delay(e, ix, p, &d, NULL) < 0)
            goto done;
        dwithout[nwithout++] = d;
    }
    for (size_t i = 0; i < e->n_stakes; i++) {
        long p = ev_stake_project(e, i);
        if (p >= 0 && counts(e, &e->stakes[i], min_influence, ever)) {
            risk_project *r = &out->items[cnt[p] - 1];
            r->stakes[r->n_stakes++] = i;
        }
    }
    group(&out->with, out->n, dwith, nwith);
    group(&out->without, np - out->n, dwithout, nwithout);
    rc = AMUR_OK;
done:
    if (rc)
        risks_free(out);
    free(cnt);
    free(period);
    free(got_p);
    free(dwith);
    free(dwithout);
    slip_index_free(ix);
    return rc;
}

int risks_comparison(const risk_result *r, char *buf, size_t n)
{
    if (r->with.with_delay < RISKS_MIN_GROUP || r->without.with_delay < RISKS_MIN_GROUP) {
        snprintf(buf, n,
                 "Too few projects to compare: %zu with such opponents and %zu without, of "
                 "the same period, have days late; at least %d on each side are needed.",
                 r->with.with_delay, r->without.with_delay, RISKS_MIN_GROUP);
        return 0;
    }
    snprintf(buf, n,
             "Median days late of projects with such opponents: %.0f (%zu projects); of "
             "those without, first promised in %d–%d like them: %.0f (%zu projects).",
             r->with.median, r->with.with_delay, r->from, r->to, r->without.median,
             r->without.with_delay);
    return 1;
}

const param risks_params[] = {
    {.name = "min-influence", .type = PARAM_INT, .meta = "N", .def = "4", .min = 0, .max = 5,
     .where = PARAM_BOTH, .off = offsetof(risks_opts, min_influence),
     .help = "the least influence of an opponent that counts"},
    {.name = "ever", .type = PARAM_FLAG, .where = PARAM_BOTH, .off = offsetof(risks_opts, ever),
     .help = "count opponents active at any time, not only at the as-of date"},
    {0}};
