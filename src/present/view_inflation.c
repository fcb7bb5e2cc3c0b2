/*
** view_inflation.c — `amur inflation`: framework instruments against
** delivered projects, per year (analyze/inflation.h), and a headline.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/inflation.h"
#include "findings.h"
#include "tr.h"
#include "views.h"

/* The ratio to three significant digits ("1.67", "12.5", "0.000516"), whole
** from 100 up so that it never turns into an exponent. */
static char *fmt_ratio(const infl_year *y, char buf[32])
{
    double r;
    if (!y->cum_delivered) {
        buf[0] = 0;
        return buf;
    }
    r = (double)y->cum_frameworks / (double)y->cum_delivered;
    snprintf(buf, 32, r >= 100 ? "%.0f" : "%.3g", r);
    return buf;
}

static void year_row(doc *d, const infl_year *y)
{
    char cell[5][24], ratio[32];
    const char *cells[6];
    snprintf(cell[0], sizeof cell[0], "%d", y->year);
    snprintf(cell[1], sizeof cell[1], "%zu", y->frameworks);
    snprintf(cell[2], sizeof cell[2], "%zu", y->delivered);
    snprintf(cell[3], sizeof cell[3], "%zu", y->cum_frameworks);
    snprintf(cell[4], sizeof cell[4], "%zu", y->cum_delivered);
    for (int i = 0; i < 5; i++)
        cells[i] = cell[i];
    cells[5] = fmt_ratio(y, ratio);
    doc_row(d, cells);
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    inflation x;
    int rc = inflation_compute(e, &x, err);
    for (size_t k = 0; rc == AMUR_OK && k < x.n_years; k++)
        if (inflation_shown(opts, x.years[k].year))
            AN_EMIT(out, fj_inflation_year(e, &x, &x.years[k]));
    inflation_free(&x);
    return rc;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    static const char *const heads[] = {"year",            "frameworks",     "delivered",
                                        "cum. frameworks", "cum. delivered", "ratio"};
    const infl_year *last = NULL;
    char line[512];
    inflation x;
    int rc = inflation_compute(e, &x, err);
    for (size_t k = 0; rc == AMUR_OK && k < x.n_years; k++) {
        if (!inflation_shown(opts, x.years[k].year))
            continue;
        if (!last)
            doc_table(d, 6, heads);
        year_row(d, &x.years[k]);
        last = &x.years[k];
    }
    if (rc == AMUR_OK && last) {
        inflation_headline(e, &x, last, line, sizeof line);
        doc_line(d, "%s", "");
        doc_line(d, "%s", line);
    } else if (rc == AMUR_OK) {
        doc_line(d, "no framework instruments or delivered projects");
    }
    inflation_free(&x);
    return rc;
}

/* ---- its section of the report ---- */

/* The headline of inflation_headline() in the report's language: the
** same figures (the last year, undated deliveries counted at the as-of
** date), words from tr.h. */
static void inflation_headline_tr(report_facts *f, report_part *r, const inflation *x)
{
    const infl_year *last = &x->years[x->n_years - 1];
    size_t delivered = last->cum_delivered + x->n_undated;
    char when[PDATE_BUF], nf[24], nd[24], ratio[32], und[24], extra[256] = "";
    const char *uargs[1] = {und};
    const char *args[5] = {when, nf, nd, extra, ratio};
    if (x->n_undated)
        pdate_format(f->e->view.as_of, when);
    else
        snprintf(when, sizeof when, "%d", last->year);
    snprintf(nf, sizeof nf, "%zu", last->cum_frameworks);
    snprintf(nd, sizeof nd, "%zu", delivered);
    if (!delivered) {
        report_headline_tr(r, "inflation", f->lang, "head.inflation.none", 2, args);
        return;
    }
    double q = (double)last->cum_frameworks / (double)delivered;
    snprintf(ratio, sizeof ratio, q >= 100 ? "%.0f" : "%.3g", q);
    if (f->lang == TR_RU)
        for (char *c = ratio; *c; c++)
            if (*c == '.')
                *c = ','; /* the Russian decimal comma */
    if (x->n_undated) {
        snprintf(und, sizeof und, "%zu", x->n_undated);
        tr_fill(extra, sizeof extra, tr_text(f->lang, "head.inflation.undated", ""), 1, uargs);
    }
    report_headline_tr(r, "inflation", f->lang, "head.inflation", 5, args);
}

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    inflation x;
    static const char *const heads[] = {"year", "new frameworks", "delivered",
                                        "cumulative frameworks", "cumulative delivered"};
    doc_heading(r->body, 1, "inflation",
                tr_text(f->lang, "sec.inflation", "Framework inflation"));
    if (inflation_compute(e, &x, err)) {
        inflation_free(&x);
        r->oom = 1;
        return;
    }
    view_table(r->body, f->lang, 5, heads);
    for (size_t i = 0; i < x.n_years; i++) {
        const infl_year *y = &x.years[i];
        char c[5][24];
        const char *cells[5];
        if (!y->frameworks && !y->delivered)
            continue;
        snprintf(c[0], 24, "%d", y->year);
        snprintf(c[1], 24, "%zu", y->frameworks);
        snprintf(c[2], 24, "%zu", y->delivered);
        snprintf(c[3], 24, "%zu", y->cum_frameworks);
        snprintf(c[4], 24, "%zu", y->cum_delivered);
        for (int k = 0; k < 5; k++)
            cells[k] = c[k];
        doc_row(r->body, cells);
    }
    if (x.n_years) {
        char line[512];
        if (f->lang != TR_EN)
            inflation_headline_tr(f, r, &x);
        else {
            inflation_headline(e, &x, &x.years[x.n_years - 1], line, sizeof line);
            report_headline(r, "inflation", "%s.", line);
        }
    }
    inflation_free(&x);
}


const analysis an_inflation = {
    "inflation", "/api/inflation", "Framework instruments against delivered projects",
    "Per year, the new framework instruments (agreements, memoranda, programmes, councils "
    "...) against the projects that reached completed or operational, and the cumulative "
    "ratio: the study's \"fictitious cooperation\" as a number.",
    "years, as `amur inflation --json`",
    infl_params, sizeof(infl_opts), items, view, section, 0, NULL};
