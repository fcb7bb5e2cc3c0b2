/*
** view_status.c — `amur status [PROJECT]`: each project's resolved stage
** (analyze/status.h) as a table, or one project's stage with the claims
** behind it.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/status.h"
#include "../core/schema.h"
#include "findings.h"
#include "tr.h"
#include "views.h"

static const char *stage_name(int s)
{
    return s >= 0 ? schema_stages[s] : "unknown";
}

static const char *flags(const status_result *r)
{
    if (r->overridden && r->contested)
        return "contested, ground rule";
    if (r->overridden)
        return "ground rule";
    return r->contested ? "contested" : "";
}

/* One project: its stage, then each stage claim with why it was set aside. */
static void detail(doc *d, const evidence *e, const status_result *r)
{
    static const char *const heads[] = {"date",   "refers_to", "stage",      "tier",
                                        "source", "quote",     "provenance", "set aside"};
    const ev_project *p = &e->projects[r->project];
    doc_line(d, "%s — %s", p->id, p->name.en ? p->name.en : "");
    doc_line(d, "stage: %s, confidence %.2f%s%s", stage_name(r->stage), r->confidence,
             *flags(r) ? ", " : "", flags(r));
    doc_line(d, "%s", "");
    if (!r->n) {
        doc_line(d, "no stage claims");
        return;
    }
    doc_table(d, 8, heads);
    for (size_t i = r->first; i < r->first + r->n; i++) {
        const ev_claim *c = &e->claims[i];
        char dt[PDATE_BUF], refers[2 * PDATE_BUF + 1], prov[512], aside[256];
        int superseded;
        const ev_claim *by = status_set_aside_by(e, r->project, c, &superseded);
        const char *cells[8];
        if (by)
            snprintf(aside, sizeof aside, "%s by %s", superseded ? "superseded" : "ruled out",
                     by->id);
        cells[0] = pdate_format(c->date, dt);
        cells[1] = period_format(c->refers, refers);
        cells[2] = c->value;
        cells[3] = c->tier >= 0 ? schema_tiers[c->tier] : "";
        cells[4] = c->source;
        cells[5] = c->quote;
        cells[6] = fj_provenance(e, c, TR_EN, prov, sizeof prov);
        cells[7] = by ? aside : "";
        doc_row(d, cells);
    }
}

/* The projects O selects: [*FROM, *TO). */
static void range(const evidence *e, const status_opts *o, size_t *from, size_t *to)
{
    long p = o->project ? ev_find(e, C_PROJECT, o->project) : -1;
    *from = p >= 0 ? (size_t)p : 0;
    *to = p >= 0 ? *from + 1 : o->project ? 0 : e->n_projects;
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    size_t from, to;
    (void)err;
    range(e, opts, &from, &to);
    for (size_t p = from; p < to; p++) {
        status_result r;
        if (!out->want(out->ctx))
            continue; /* resolved only when on the page */
        status_resolve(e, p, &r);
        out->take(out->ctx, fj_status(e, &r), 0);
    }
    return AMUR_OK;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    static const char *const heads[] = {"project", "stage", "confidence", "claims", "flags",
                                        "name"};
    const status_opts *o = opts;
    size_t from, to;
    (void)err;
    range(e, o, &from, &to);
    if (o->project) {
        status_result r;
        if (from < to) {
            status_resolve(e, from, &r);
            detail(d, e, &r);
        }
        return AMUR_OK;
    }
    doc_table(d, 6, heads);
    for (size_t p = from; p < to; p++) {
        status_result r;
        char conf[16], n[16];
        const char *cells[6];
        status_resolve(e, p, &r);
        snprintf(conf, sizeof conf, "%.2f", r.confidence);
        snprintf(n, sizeof n, "%zu", r.n);
        cells[0] = e->projects[p].id;
        cells[1] = stage_name(r.stage);
        cells[2] = r.stage >= 0 ? conf : "";
        cells[3] = n;
        cells[4] = flags(&r);
        cells[5] = e->projects[p].name.en;
        doc_row(d, cells);
    }
    return AMUR_OK;
}

/* ---- its section of the report ---- */

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    (void)err;
    static const char *const heads[] = {"project", "stage", "confidence", "claims", "flags"};
    size_t counts[9] = {0}, unknown = 0, contested = 0, delivered = 0;
    doc_heading(r->body, 1, "status",
                tr_text(f->lang, "sec.status", "Where each project stands"));
    view_table(r->body, f->lang, 5, heads);
    for (size_t p = 0; p < e->n_projects; p++) {
        status_result s;
        char conf[16], n[16], stage[TR_WORD_BUF];
        const char *cells[5], *shown[5];
        status_resolve(e, p, &s);
        if (f->stage)
            f->stage[p] = s.stage;
        if (s.stage < 0)
            unknown++;
        else
            counts[s.stage]++;
        contested += s.contested;
        delivered += status_delivered(&s);
        snprintf(conf, sizeof conf, "%.2f", s.confidence);
        snprintf(n, sizeof n, "%zu", s.n);
        cells[0] = view_project_name(e, p);
        cells[1] = s.stage >= 0 ? schema_stages[s.stage] : "no evidence";
        cells[2] = s.stage >= 0 ? conf : "";
        cells[3] = n;
        cells[4] = s.overridden ? "ground rule" : s.contested ? "contested" : "";
        shown[0] = view_names_pick(&e->projects[p].name, e->projects[p].id, f->lang);
        shown[1] = tr_word(f->lang, "stage", cells[1], stage, sizeof stage);
        shown[2] = cells[2];
        shown[3] = cells[3];
        shown[4] = *cells[4] ? tr_code(f->lang, "flag", cells[4]) : cells[4];
        view_row(r->body, cells, shown);
    }
    if (f->lang != TR_EN) {
        char v[5][24], buf[512];
        const char *args[5] = {v[0], v[1], v[2], v[3], v[4]};
        snprintf(v[0], sizeof v[0], "%zu", e->n_projects);
        snprintf(v[1], sizeof v[1], "%zu", delivered);
        snprintf(v[2], sizeof v[2], "%zu", counts[3]);
        snprintf(v[3], sizeof v[3], "%zu", unknown);
        snprintf(v[4], sizeof v[4], "%zu", contested);
        doc_para(r->body, "%s", tr_fill(buf, sizeof buf, tr_text(f->lang, "status", ""), 5, args));
        return;
    }
    doc_para(r->body,
             "%zu projects: %zu delivered (completed or operational in every part), %zu under "
             "construction, %zu with no stage evidence (for the whole or for a part); %zu "
             "contested between sources.",
             e->n_projects, delivered, counts[3], unknown, contested);
}


const analysis an_status = {
    "status", "/api/status", "The stage each project has reached",
    "Resolves each project's stage from its stage claims: later claims weigh more, source "
    "tiers weigh as docs/analyses.md tabulates, ties go to the lower stage, and an official "
    "claim never silently overrides later ground evidence. Shows a confidence, whether the "
    "stage is contested, and with PROJECT the claims behind it.",
    "status objects, as `amur status --json`",
    status_params, sizeof(status_opts), items, view, section, 0, "project"};
