/*
** view_flows.c — `amur flows`: the money IATI activities report, added up
** by year, kind, type and currency (analyze/flows.h), and a report section
** when there is any.
*/
#include <stdio.h>
#include <string.h>

#include "../analyze/flows.h"
#include "findings.h"
#include "tr.h"
#include "views.h"

/* An amount as people read it: whole, or to the cent. */
static const char *amount(double v, char buf[48])
{
    if (v == (double)(long long)v)
        snprintf(buf, 48, "%lld", (long long)v);
    else
        snprintf(buf, 48, "%.2f", v);
    return buf;
}

/* What a group is called: a publisher by its name, else the record's. */
static const char *group_name(const evidence *e, const flows_opts *o, const char *group)
{
    if (o->by && strcmp(o->by, "publisher") == 0)
        return group;
    return view_name(e, group);
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    flows_result r;
    int rc = flows_compute(e, opts, &r, err);
    for (size_t i = 0; rc == AMUR_OK && i < r.n; i++)
        AN_EMIT(out, fj_flows_total(e, opts, &r.totals[i]));
    flows_free(&r);
    return rc;
}

static void total_row(doc *d, const evidence *e, const flows_opts *o, const flows_total *t,
                      int lang)
{
    char year[16], total[48], count[24];
    const char *cells[7] = {group_name(e, o, t->group), year, t->kind, t->type ? t->type : "",
                            t->currency ? t->currency : "", amount(t->total, total), count};
    const char *shown[7];
    if (t->year)
        snprintf(year, sizeof year, "%d", t->year);
    else
        snprintf(year, sizeof year, "undated");
    snprintf(count, sizeof count, "%zu", t->count);
    for (int i = 0; i < 7; i++)
        shown[i] = cells[i];
    if (lang != TR_EN) {
        shown[0] = o->by && strcmp(o->by, "publisher") == 0 ? t->group
                                                            : view_name_in(e, t->group, lang);
        shown[1] = t->year ? year : tr_text(lang, "undated", "");
        shown[2] = tr_code(lang, "flow", t->kind);
        shown[3] = t->type ? tr_code(lang, "flowtype", t->type) : "";
    }
    view_row(d, cells, lang != TR_EN ? shown : NULL);
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    const flows_opts *o = opts;
    static const char *const heads[] = {"group", "year", "kind", "type", "currency", "total",
                                        "flows"};
    flows_result r;
    int rc = flows_compute(e, o, &r, err);
    if (rc == AMUR_OK && r.n) {
        doc_table(d, 7, heads);
        for (size_t i = 0; i < r.n; i++)
            total_row(d, e, o, &r.totals[i], TR_EN);
        doc_line(d, "%s", "");
        doc_line(d, "%zu flow%s in %zu total%s over %zu %s%s; amounts in the currency each "
                 "flow gives, never converted",
                 r.flows, view_plural(r.flows), r.n, view_plural(r.n), r.groups,
                 o->by ? o->by : "project", view_plural(r.groups));
    } else if (rc == AMUR_OK) {
        doc_line(d, "no flows: only activities imported with amur import-iati report money");
    }
    flows_free(&r);
    return rc;
}

/* ---- its section of the report: only when there are flows ---- */

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    flows_opts o = {"project", NULL, NULL, "transaction", 0, 0};
    flows_result x;
    size_t activities = 0;
    if (!e->n_flows)
        return;
    doc_heading(r->body, 1, "flows",
                tr_text(f->lang, "sec.flows", "Money reported to IATI"));
    for (size_t i = 0; i < e->n_flows; i++)
        activities += i == 0 || strcmp(e->flows[i].activity, e->flows[i - 1].activity) != 0;
    if (f->lang != TR_EN) {
        char buf[512];
        doc_para(r->body, "%s",
                 VIEW_TR(buf, f->lang, "fl.summary", VIEW_ZU(e->n_flows), VIEW_ZU(activities)));
    } else {
        doc_para(r->body,
                 "%zu flow%s (transactions, budgets, planned disbursements) of %zu activit%s, "
                 "from each publisher's latest report; transactions by project and year below, "
                 "in the currency each gives.",
                 e->n_flows, view_plural(e->n_flows), activities, activities == 1 ? "y" : "ies");
    }
    if (flows_compute(e, &o, &x, err)) {
        flows_free(&x);
        r->oom = 1;
        return;
    }
    if (x.n) {
        static const char *const heads[] = {"project", "year", "kind", "type",
                                            "currency", "total",  "flows"};
        view_table(r->body, f->lang, 7, heads);
        for (size_t i = 0; i < x.n; i++)
            total_row(r->body, e, &o, &x.totals[i], f->lang);
    }
    flows_free(&x);
}

const analysis an_flows = {
    "flows", "/api/flows", "Money IATI activities report, added up by year and type",
    "The transactions, budgets and planned disbursements of activities imported with amur "
    "import-iati, from each publisher's latest report (as known by --known-by), added up by "
    "year, kind, type and currency, per project, per publisher or per programme: what IATI's "
    "d-portal shows. Amounts are never converted between currencies.",
    "totals, as `amur flows --json`",
    flows_params, sizeof(flows_opts), items, view, section, 0, "project"};
