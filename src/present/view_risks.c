/*
** view_risks.c — `amur risks`: projects with influential active opponents
** (analyze/risks.h), and how their delays compare with the rest.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/risks.h"
#include "findings.h"
#include "tr.h"
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

/* ---- its section of the report ---- */

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    const int lang = f->lang; /* the loop below names its dates f and t */
    (void)err;
    risk_result rr;
    risks_opts o;
    param_defaults(risks_params, &o);
    doc_heading(r->body, 1, "risks",
                tr_text(f->lang, "sec.risks", "Veto risk: projects with influential opponents"));
    /* opponents active at any time: the report looks back over the record */
    if (risks_find_delays(e, (int)o.min_influence, 1, f->delay, f->has_delay, f->delay_year,
                          &rr)) {
        r->oom = 1;
        return;
    }
    for (size_t i = 0; i < rr.n; i++) {
        const risk_project *rp = &rr.items[i];
        if (f->lang != TR_EN)
            doc_para(r->body, "%s%s",
                     view_names_pick(&e->projects[rp->project].name, e->projects[rp->project].id,
                                     f->lang),
                     rp->has_delay ? "" : tr_text(f->lang, "rk.nodates", ""));
        else {
            doc_para(r->body, "%s%s", view_project_name(e, rp->project),
                     rp->has_delay ? "" : " (no promised dates to measure days late)");
        }
        for (size_t k = 0; k < rp->n_stakes; k++) {
            const ev_stake *s = &e->stakes[rp->stakes[k]];
            long a = ev_find(e, C_ACTOR, s->actor);
            char f[PDATE_BUF], t[PDATE_BUF];
            if (lang != TR_EN) {
                char buf[2048], q[1536] = "";
                if (s->quote)
                    VIEW_TR(q, lang, "ct.quote.colon", s->quote);
                doc_item(r->body, NULL, "%s",
                         VIEW_TR(buf, lang, "rk.stake",
                                 a >= 0 ? view_names_pick(&e->actors[a].name, s->actor, lang)
                                        : s->actor,
                                 VIEW_LD(s->influence), s->from.y ? pdate_format(s->from, f) : "?",
                                 s->to.y ? pdate_format(s->to, t) : "", q));
                continue;
            }
            doc_item(r->body, NULL, "%s, influence %d, %s–%s%s%s%s",
                     a >= 0 && e->actors[a].name.en ? e->actors[a].name.en : s->actor,
                     s->influence, s->from.y ? pdate_format(s->from, f) : "?",
                     s->to.y ? pdate_format(s->to, t) : "", s->quote ? ": “" : "",
                     s->quote ? s->quote : "", s->quote ? "”" : "");
        }
    }
    {
        char line[512];
        int finding = risks_comparison(&rr, line, sizeof line);
        char mw[32], mwo[32];
        snprintf(mw, sizeof mw, "%.0f", rr.with.median);
        snprintf(mwo, sizeof mwo, "%.0f", rr.without.median);
        if (f->lang != TR_EN && finding)
            VIEW_TR(line, f->lang, "rk.compare", mw, VIEW_ZU(rr.with.with_delay),
                    VIEW_LD(rr.from), VIEW_LD(rr.to), mwo, VIEW_ZU(rr.without.with_delay));
        else if (f->lang != TR_EN)
            VIEW_TR(line, f->lang, "rk.few", VIEW_ZU(rr.with.with_delay),
                    VIEW_ZU(rr.without.with_delay), VIEW_LD(RISKS_MIN_GROUP));
        doc_para(r->body, "%s", line);
        if (f->lang != TR_EN && (finding || rr.n)) {
            char v[6][24];
            const char *args[6] = {v[0], v[1], v[2], v[3], v[4], v[5]};
            if (finding) {
                snprintf(v[0], sizeof v[0], "%.0f", rr.with.median);
                snprintf(v[1], sizeof v[1], "%zu", rr.with.with_delay);
                snprintf(v[2], sizeof v[2], "%d", rr.from);
                snprintf(v[3], sizeof v[3], "%d", rr.to);
                snprintf(v[4], sizeof v[4], "%.0f", rr.without.median);
                snprintf(v[5], sizeof v[5], "%zu", rr.without.with_delay);
            } else {
                snprintf(v[0], sizeof v[0], "%zu", rr.n);
                snprintf(v[1], sizeof v[1], "%ld", o.min_influence);
            }
            report_headline_tr(r, "risks", f->lang, finding ? "head.risks" : "head.risks.count",
                               finding ? 6 : 2, args);
        } else if (finding)
            report_headline(r, "risks", "%s", line);
        else if (rr.n)
            report_headline(r, "risks",
                     "%zu project%s had opponents of influence %ld or more at some time.", rr.n,
                     rr.n == 1 ? "" : "s", o.min_influence);
    }
    risks_free(&rr);
}


const analysis an_risks = {
    "risks", "/api/risks", "Projects with influential opponents",
    "Projects with an active opponent of high influence, with the opponents, and the "
    "median slippage of projects with and without them.",
    "projects with their opponents, as `amur risks --json`; the comparison object that ends "
    "the command's array is the page's \"summary\"",
    risks_params, sizeof(risks_opts), items, view, section, 0, NULL};
