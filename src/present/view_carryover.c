/*
** view_carryover.c — `amur carryover`: projects listed again in a later
** instrument (analyze/carryover.h), as a table of pairs.
*/
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include "../analyze/carryover.h"
#include "findings.h"
#include "tr.h"
#include "views.h"

static const ev_project *project_of(const evidence *e, const ev_listing *l)
{
    long p = ev_find(e, C_PROJECT, l->project);
    return p >= 0 ? &e->projects[p] : NULL;
}

static void pair_row(doc *d, const evidence *e, const carry_pair *p)
{
    const ev_listing *a = &e->listings[p->a], *b = &e->listings[p->b];
    const ev_project *pa = project_of(e, a), *pb = project_of(e, b);
    char score[16], da[PDATE_BUF], db[PDATE_BUF];
    const char *cells[10];
    snprintf(score, sizeof score, "%.2f", p->score);
    cells[0] = score;
    cells[1] = p->implementing ? (p->declared ? "declared, implementing" : "detected, implementing")
               : p->declared   ? "declared"
                               : "detected";
    cells[2] = a->id;
    cells[3] = a->instrument;
    cells[4] = pdate_format(e->instruments[a->inst].date, da);
    cells[5] = b->id;
    cells[6] = b->instrument;
    cells[7] = pdate_format(e->instruments[b->inst].date, db);
    cells[8] = pa ? pa->name.en : NULL;
    /* the same project needs its name once */
    cells[9] = pb && pb != pa ? pb->name.en : NULL;
    doc_row(d, cells);
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    const carry_opts *o = opts;
    carry_pair *pairs = NULL;
    size_t n = 0;
    int rc = carry_find(e, o->threshold, &pairs, &n, err);
    for (size_t i = 0; rc == AMUR_OK && i < n; i++)
        AN_EMIT(out, fj_carryover(e, &pairs[i]));
    free(pairs);
    return rc;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    static const char *const heads[] = {"score",  "how",       "listing a",    "instrument a",
                                        "date a", "listing b", "instrument b", "date b",
                                        "name a", "name b"};
    const carry_opts *o = opts;
    carry_pair *pairs = NULL;
    size_t n = 0, ndeclared = 0, nimpl = 0;
    int rc = carry_find(e, o->threshold, &pairs, &n, err);
    if (rc)
        return rc;
    if (!n) {
        doc_line(d, "no carry-overs");
        free(pairs);
        return AMUR_OK;
    }
    doc_table(d, 10, heads);
    for (size_t i = 0; i < n; i++)
        pair_row(d, e, &pairs[i]);
    carry_count(pairs, n, &ndeclared, &nimpl);
    doc_line(d, "%s", "");
    doc_line(d,
             "%zu carry-over%s: %zu declared, %zu detected; %zu listed again, %zu in an "
             "instrument implementing the earlier one",
             n, n == 1 ? "" : "s", ndeclared, n - ndeclared, n - nimpl, nimpl);
    free(pairs);
    return AMUR_OK;
}

/* ---- its section of the report ---- */

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    static const char *const heads[] = {"project", "from", "to", "score", "how"};
    carry_pair *pairs;
    size_t n, declared = 0, implementing = 0;
    carry_opts o;
    param_defaults(carry_params, &o);
    doc_heading(r->body, 1, "carryover",
                tr_text(f->lang, "sec.carryover", "Projects carried into later instruments"));
    if (carry_find(e, o.threshold, &pairs, &n, err)) {
        r->oom = 1;
        return;
    }
    view_table(r->body, f->lang, 5, heads);
    for (size_t i = 0; i < n; i++) {
        const ev_listing *a = &e->listings[pairs[i].a], *b = &e->listings[pairs[i].b];
        long pa = ev_listing_project(e, pairs[i].a);
        char score[16];
        const char *cells[5], *shown[5];
        snprintf(score, sizeof score, "%.2f", pairs[i].score);
        cells[0] = pa >= 0 ? view_project_name(e, (size_t)pa) : a->project;
        cells[1] = view_name(e, a->instrument);
        cells[2] = view_name(e, b->instrument);
        cells[3] = score;
        cells[4] = pairs[i].implementing ? "implementing instrument"
                   : pairs[i].declared     ? "declared"
                                           : "detected by name";
        shown[0] = pa >= 0 ? view_names_pick(&e->projects[pa].name, a->project, f->lang)
                           : a->project;
        shown[1] = view_name_in(e, a->instrument, f->lang);
        shown[2] = view_name_in(e, b->instrument, f->lang);
        shown[3] = score;
        shown[4] = tr_code(f->lang, "how", cells[4]);
        view_row(r->body, cells, f->lang != TR_EN ? shown : NULL);
    }
    carry_count(pairs, n, &declared, &implementing);
    if (f->lang != TR_EN) {
        char buf[512];
        doc_para(r->body, "%s",
                 VIEW_TR(buf, f->lang, "co.summary", VIEW_ZU(n), VIEW_ZU(declared),
                         VIEW_ZU(n - declared), VIEW_ZU(n - implementing), VIEW_ZU(implementing)));
    } else {
        doc_para(r->body,
                 "%zu carry-overs: %zu declared, %zu detected by matching names; %zu listed again "
                 "in a later planning document, %zu in an instrument implementing the earlier one.",
                 n, declared, n - declared, n - implementing, implementing);
    }
    if (f->lang != TR_EN && n) {
        char k[24];
        const char *args[1] = {k};
        snprintf(k, sizeof k, "%zu", n - implementing ? n - implementing : implementing);
        report_headline_tr(r, "carryover", f->lang,
                           n - implementing ? "head.carryover" : "head.carryover.none", 1, args);
    } else if (n - implementing)
        report_headline(r, "carryover", "%zu project%s listed again in a later programme or plan.",
                 n - implementing, n - implementing == 1 ? " was" : "s were");
    else if (n)
        report_headline(r, "carryover",
                 "No project was listed again in a later programme or plan; %zu listing%s in "
                 "instruments implementing an earlier one.",
                 implementing, implementing == 1 ? " is" : "s are");
    free(pairs);
}


const analysis an_carryover = {
    "carryover", "/api/carryover", "Projects listed again in later instruments",
    "Projects listed in more than one instrument: declared (the same project, or a listing "
    "with carried_from) or detected by matching names across English, Russian and Chinese "
    "(character n-grams, a similarity score) in places that agree.",
    "pairs of listings, as `amur carryover --json`",
    carry_params, sizeof(carry_opts), items, view, section, 1, NULL};
