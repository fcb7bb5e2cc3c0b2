/*
** view_risks.c — `amur risks`: projects with influential active opponents
** (analyze/risks.h), and how their delays compare with the rest.
*/
#include <stdio.h>

#include "../analyze/risks.h"
#include "findings.h"
#include "views.h"

static void group(doc *d, const char *what, const risk_group *g)
{
    char median[48];
    if (g->with_delay)
        snprintf(median, sizeof median, "median %g", g->median);
    else
        snprintf(median, sizeof median, "median undefined");
    doc_line(d, "%s: %zu project%s, %zu with days late, %s", what, g->projects,
             g->projects == 1 ? "" : "s", g->with_delay, median);
}

static void opponents(doc *d, const evidence *e, const risk_result *r)
{
    static const char *const heads[] = {"project", "opponent", "actor", "influence", "from",
                                        "to",      "days_late", "name"};
    if (!r->n) {
        doc_line(d, "no project has such an opponent");
        return;
    }
    doc_table(d, 8, heads);
    for (size_t i = 0; i < r->n; i++) {
        const risk_project *rp = &r->items[i];
        for (size_t k = 0; k < rp->n_stakes; k++) {
            const ev_stake *s = &e->stakes[rp->stakes[k]];
            long a = ev_find(e, C_ACTOR, s->actor);
            char infl[16], from[PDATE_BUF], to[PDATE_BUF], delay[24];
            const char *cells[8];
            snprintf(infl, sizeof infl, "%d", s->influence);
            snprintf(delay, sizeof delay, "%ld", rp->delay_days);
            cells[0] = e->projects[rp->project].id;
            cells[1] = s->actor;
            cells[2] = a >= 0 ? e->actors[a].name.en : NULL;
            cells[3] = infl;
            cells[4] = pdate_format(s->from, from);
            cells[5] = pdate_format(s->to, to);
            cells[6] = rp->has_delay ? delay : "";
            cells[7] = e->projects[rp->project].name.en;
            doc_row(d, cells);
        }
    }
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    const risks_opts *o = opts;
    risk_result r;
    if (risks_find(e, (int)o->min_influence, o->ever, &r))
        return err_set(err, AMUR_ESYS, "out of memory");
    for (size_t i = 0; i < r.n; i++)
        AN_EMIT(out, fj_risk(e, &r.items[i]));
    /* the comparison, marked by its id */
    out->take(out->ctx, fj_risk_summary(&r, (int)o->min_influence, o->ever), 1);
    risks_free(&r);
    return AMUR_OK;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    const risks_opts *o = opts;
    char line[512];
    risk_result r;
    if (risks_find(e, (int)o->min_influence, o->ever, &r))
        return err_set(err, AMUR_ESYS, "out of memory");
    opponents(d, e, &r);
    doc_line(d, "%s", "");
    snprintf(line, sizeof line, "with %s opponents of influence >= %ld", o->ever ? "any" : "active",
             o->min_influence);
    group(d, line, &r.with);
    group(d, "without", &r.without);
    risks_comparison(&r, line, sizeof line);
    doc_line(d, "%s", "");
    doc_line(d, "%s", line);
    risks_free(&r);
    return AMUR_OK;
}

const analysis an_risks = {
    "risks", "/api/risks", "Projects with influential opponents",
    "Projects with an active opponent of high influence, with the opponents, and the "
    "median slippage of projects with and without them.",
    "projects with their opponents, as `amur risks --json`; the comparison object that ends "
    "the command's array is the page's \"summary\"",
    risks_params, sizeof(risks_opts), items, view};
