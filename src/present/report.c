/*
** report.c — see report.h. The report is made of the analyses' own
** sections (present/views.h), in the order of their table: each runs its
** analysis with the documented defaults (docs/analyses.md) and says what it
** found, and its headlines are the most telling sentences. Here they are
** put together, headlines first.
*/
#include "report.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/slippage.h"
#include "../core/sort.h"
#include "tr.h"
#include "views.h"

const param report_params[] = {
    {.name = "format", .type = PARAM_TEXT, .meta = "FORMAT", .where = PARAM_CLI,
     .off = offsetof(report_opts, format),
     .help = "text (default), md, html (one self-contained page) or json"},
    {.name = "lang", .type = PARAM_CHOICE, .meta = "LANG", .def = "en", .choices = tr_codes,
     .where = PARAM_BOTH, .off = offsetof(report_opts, lang),
     .help = "the language of the report: its sentences, table headings, codes and names"},
    {0}};

/* Each project's delay (slip_project_delay()), into f->delay and
** f->has_delay; left NULL when out of memory. */
static void project_delays(report_facts *r)
{
    const evidence *e = r->e;
    size_t np = e->n_projects ? e->n_projects : 1;
    slip_index *ix = NULL;
    if (!(r->delay = malloc(np * sizeof *r->delay)) ||
        !(r->has_delay = malloc(np * sizeof *r->has_delay)) ||
        !(r->delay_year = malloc(np * sizeof *r->delay_year)) || slip_index_new(e, &ix))
        goto fail;
    for (size_t p = 0; p < e->n_projects; p++) {
        int got;
        r->delay[p] = 0;
        r->delay_year[p] = 0;
        if ((got = slip_project_delay(e, ix, p, &r->delay[p], &r->delay_year[p])) < 0)
            goto fail;
        r->has_delay[p] = (signed char)got;
    }
    slip_index_free(ix);
    return;
fail:
    slip_index_free(ix);
    free(r->delay);
    free(r->has_delay);
    free(r->delay_year);
    r->delay = NULL;
    r->has_delay = NULL;
    r->delay_year = NULL;
}

/* A section written in a thread of its own (analysis.slow). */
typedef struct section_job {
    const analysis *an;
    report_facts *facts;
    report_part *part;
    amur_err err;
    pthread_t th;
    int started;
} section_job;

static void *section_run(void *arg)
{
    section_job *j = arg;
    if (j->an->section)
        j->an->section(j->facts, j->part, &j->err);
    return NULL;
}

/* The counts under the headlines, in LANG. */
static void counts_para(doc *d, const evidence *e, int lang)
{
    char n[5][24], buf[512];
    const char *args[5] = {n[0], n[1], n[2], n[3], n[4]};
    if (lang == TR_EN) {
        doc_para(d, "%zu project%s, %zu instrument%s, %zu claim%s from %zu source%s, %zu indicator%s.",
                 e->n_projects, view_plural(e->n_projects), e->n_instruments,
                 view_plural(e->n_instruments), e->n_claims, view_plural(e->n_claims), e->n_sources,
                 view_plural(e->n_sources), e->n_indicators, view_plural(e->n_indicators));
        return;
    }
    snprintf(n[0], sizeof n[0], "%zu", e->n_projects);
    snprintf(n[1], sizeof n[1], "%zu", e->n_instruments);
    snprintf(n[2], sizeof n[2], "%zu", e->n_claims);
    snprintf(n[3], sizeof n[3], "%zu", e->n_sources);
    snprintf(n[4], sizeof n[4], "%zu", e->n_indicators);
    doc_para(d, "%s", tr_fill(buf, sizeof buf, tr_text(lang, "counts", ""), 5, args));
}

/* Sources in the bibliography's order: by the name the report gives them
** (publisher, else title), then title, then id. */
static int source_cmp(const void *pa, const void *pb)
{
    const ev_source *a = *(const ev_source *const *)pa, *b = *(const ev_source *const *)pb;
    int c = strcmp(a->publisher ? a->publisher : a->title ? a->title : "",
                   b->publisher ? b->publisher : b->title ? b->title : "");
    if (!c)
        c = strcmp(a->title ? a->title : "", b->title ? b->title : "");
    return c ? c : strcmp(a->id, b->id);
}

/* The report's last section: every source whose claims a section quotes
** or names, with its address, so that each quote can be checked. */
static int bibliography(doc *d, const evidence *e, const report_part *parts, size_t n, int lang)
{
    const ev_source **cited = malloc((e->n_sources ? e->n_sources : 1) * sizeof *cited);
    size_t k = 0;
    if (!cited)
        return -1;
    for (size_t s = 0; s < e->n_sources; s++)
        for (size_t i = 0; i < n; i++)
            if (parts[i].cited && parts[i].cited[s]) {
                cited[k++] = &e->sources[s];
                break;
            }
    sort_array(cited, k, sizeof *cited, source_cmp);
    if (k) {
        doc_heading(d, 1, "sources", tr_text(lang, "sec.sources", "Sources quoted"));
        doc_para(d, "%s", tr_text(lang, "sources.lead",
                                  "Every source whose claims this report quotes or names, with "
                                  "its address."));
    }
    for (size_t i = 0; i < k; i++) {
        const ev_source *s = cited[i];
        char date[PDATE_BUF], tier[TR_WORD_BUF];
        doc_item(d, NULL, "%s (%s)%s%s%s, %s%s%s [%s]",
                 s->publisher ? s->publisher : s->title ? s->title : s->id,
                 tr_word(lang, "tier", view_tier_name(s->tier), tier, sizeof tier),
                 s->publisher && s->title ? ", “" : "", s->publisher && s->title ? s->title : "",
                 s->publisher && s->title ? "”" : "", view_date_in(s->date, date, lang),
                 s->url ? ". " : "", s->url ? s->url : "", s->id);
    }
    free(cited);
    return 0;
}

int report_build(const evidence *e, const char *lang_code, doc **out, amur_err *err)
{
    report_facts f;
    report_part parts[AN_MAX];
    section_job jobs[AN_MAX];
    char title[256], a[PDATE_BUF], k[PDATE_BUF];
    int lang = tr_lang(lang_code);
    size_t n = analyses_count < AN_MAX ? analyses_count : AN_MAX, nhead = 0;
    int oom = 0;
    doc *d;

    memset(&f, 0, sizeof f);
    memset(parts, 0, sizeof parts);
    memset(jobs, 0, sizeof jobs);
    f.e = e;
    f.lang = lang;
    *out = NULL;
    if (lang != TR_EN) {
        const char *args[2] = {pdate_format(e->view.as_of, a),
                               e->view.known_by.y ? pdate_format(e->view.known_by, k) : NULL};
        tr_fill(title, sizeof title, tr_text(lang, e->view.known_by.y ? "title.known" : "title", ""),
                2, args);
    } else if (e->view.known_by.y)
        snprintf(title, sizeof title, "Amur report — as of %s, known by %s",
                 pdate_format(e->view.as_of, a), pdate_format(e->view.known_by, k));
    else
        snprintf(title, sizeof title, "Amur report — as of %s", pdate_format(e->view.as_of, a));
    if (!(d = doc_new(title)))
        return err_set(err, AMUR_ESYS, "out of memory");
    doc_set_lang(d, lang);
    for (size_t i = 0; i < n; i++)
        if (!(parts[i].body = doc_new(title)))
            oom = 1;
    /* the slow sections start first, in threads of their own */
    for (size_t i = 0; i < n && !oom; i++) {
        jobs[i] = (section_job){analyses[i], &f, &parts[i], {0, ""}, 0, 0};
        if (analyses[i]->slow)
            jobs[i].started = pthread_create(&jobs[i].th, NULL, section_run, &jobs[i]) == 0;
    }
    f.stage = malloc((e->n_projects ? e->n_projects : 1) * sizeof *f.stage);
    project_delays(&f);
    for (size_t i = 0; i < n && !oom; i++) {
        if (jobs[i].started)
            pthread_join(jobs[i].th, NULL);
        else
            section_run(&jobs[i]);
        if (parts[i].oom && !err->code && jobs[i].err.code)
            *err = jobs[i].err;
        oom |= parts[i].oom;
    }
    free(f.stage);
    free(f.delay);
    free(f.has_delay);
    free(f.delay_year);

    doc_heading(d, 1, "headlines", tr_text(lang, "sec.headlines", "Headline findings"));
    counts_para(d, e, lang);
    for (size_t i = 0; i < n; i++)
        for (size_t h = 0; h < parts[i].nhead; h++) {
            /* as many headlines as the report ever gave */
            if (nhead++ < REPORT_MAX_HEADLINES)
                doc_item(d, parts[i].head_link[h], "%s", parts[i].head[h]);
            free(parts[i].head[h]);
        }
    for (size_t i = 0; i < n; i++) {
        if (parts[i].body)
            doc_append(d, parts[i].body);
        doc_free(parts[i].body);
    }
    if (!oom && bibliography(d, e, parts, n, lang))
        oom = 1;
    for (size_t i = 0; i < n; i++)
        free(parts[i].cited);
    if (oom) {
        doc_free(d);
        return err->code ? err->code : err_set(err, AMUR_ESYS, "out of memory");
    }
    *out = d;
    return AMUR_OK;
}
