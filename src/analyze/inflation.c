/*
** inflation.c — framework instruments against delivered projects; see
** inflation.h and docs/analyses.md, "Framework inflation".
*/
#include <stddef.h>
#include "inflation.h"
#include "status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "../core/sort.h"

int inflation_is_framework(const char *kind)
{
    static const char *const kinds[] = {"agreement", "memorandum", "programme", "plan",
                                        "concept",   "strategy",   "council",   "commission",
                                        "forum",     "initiative", NULL};
    return kind && schema_vocab_index(kinds, kind) >= 0;
}

/* An instrument counts once it exists under both clocks: made by
** --known-by, and dated no later than --as-of (as listings are). Undated
** ones cannot be placed in a year and do not count. */
static int instrument_counts(const evidence *e, const ev_instrument *in)
{
    if (!in->date.y || !inflation_is_framework(in->kind))
        return 0;
    if (e->view.known_by.y && pdate_last_day(in->date) > pdate_last_day(e->view.known_by))
        return 0;
    return pdate_first_day(in->date) <= pdate_last_day(e->view.as_of);
}

int inflation_delivery_year(const evidence *e, size_t p)
{
    status_result r;
    pdate d;
    status_resolve(e, p, &r);
    if (!status_delivered(&r))
        return 0;
    /* delivered, but in a year the record does not give */
    return status_delivery_date(e, &r, &d) ? d.y : -1;
}

typedef struct item {
    int year;
    pdate date;
    const char *id;
    size_t i;
} item;

static int cmp_item(const void *pa, const void *pb)
{
    const item *a = pa, *b = pb;
    int c;
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if ((c = pdate_cmp(a->date, b->date)))
        return c;
    return strcmp(a->id, b->id);
}

/* Sorts the N items and copies their indices into a new array at *OUT. */
static int sorted_indices(item *it, size_t n, size_t **out)
{
    sort_array(it, n, sizeof *it, cmp_item);
    if (!(*out = malloc((n ? n : 1) * sizeof **out)))
        return -1;
    for (size_t k = 0; k < n; k++)
        (*out)[k] = it[k].i;
    return 0;
}

int inflation_compute(const evidence *e, inflation *out, amur_err *err)
{
    item *fw = malloc((e->n_instruments ? e->n_instruments : 1) * sizeof *fw);
    item *del = malloc((e->n_projects ? e->n_projects : 1) * sizeof *del);
    int lo = 0, hi = 0, rc = AMUR_OK;
    size_t nf = 0, nd = 0, a = 0, b = 0;

    memset(out, 0, sizeof *out);
    if (!fw || !del) {
        rc = err_set(err, AMUR_ESYS, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < e->n_instruments; i++)
        if (instrument_counts(e, &e->instruments[i]))
            fw[nf++] = (item){e->instruments[i].date.y, e->instruments[i].date,
                              e->instruments[i].id, i};
    for (size_t p = 0; p < e->n_projects; p++) {
        int y = inflation_delivery_year(e, p);
        if (y > 0)
            del[nd++] = (item){y, {0, 0, 0}, e->projects[p].id, p};
        else if (y < 0)
            out->n_undated++;
    }
    for (size_t k = 0; k < nf + nd; k++) {
        int y = k < nf ? fw[k].year : del[k - nf].year;
        if (!lo || y < lo)
            lo = y;
        if (y > hi)
            hi = y;
    }
    if (sorted_indices(fw, nf, &out->fw) || sorted_indices(del, nd, &out->del)) {
        rc = err_set(err, AMUR_ESYS, "out of memory");
        goto done;
    }
    out->n_fw = nf;
    out->n_del = nd;
    if (!lo)
        goto done; /* nothing to count */
    /* years are 1000..9999, so this is at most 9000 entries */
    out->n_years = (size_t)(hi - lo + 1);
    if (!(out->years = calloc(out->n_years, sizeof *out->years))) {
        rc = err_set(err, AMUR_ESYS, "out of memory");
        goto done;
    }
    for (size_t k = 0; k < out->n_years; k++) {
        infl_year *y = &out->years[k];
        y->year = lo + (int)k;
        y->fw_first = a;
        y->del_first = b;
        for (; a < nf && fw[a].year == y->year; a++)
            y->frameworks++;
        for (; b < nd && del[b].year == y->year; b++)
            y->delivered++;
        y->cum_frameworks = a;
        y->cum_delivered = b;
    }
done:
    free(fw);
    free(del);
    return rc;
}

void inflation_free(inflation *x)
{
    free(x->years);
    free(x->fw);
    free(x->del);
    memset(x, 0, sizeof *x);
}

/* The ratio to three significant digits ("1.67", "12.5"), whole from 100
** up so that it never turns into an exponent. */
static void fmt_ratio(double r, char buf[32])
{
    snprintf(buf, 32, r >= 100 ? "%.0f" : "%.3g", r);
}

void inflation_headline(const evidence *e, const inflation *x, const infl_year *last,
                        char *buf, size_t n)
{
    int final = last == &x->years[x->n_years - 1];
    size_t undated = final ? x->n_undated : 0, delivered = last->cum_delivered + undated;
    char when[PDATE_BUF], ratio[32], extra[96] = "";
    if (undated)
        pdate_format(e->view.as_of, when);
    else
        snprintf(when, sizeof when, "%d", last->year);
    if (!delivered) {
        snprintf(buf, n, "By %s: %zu framework instrument%s, no project delivered: the ratio "
                 "is undefined", when, last->cum_frameworks, last->cum_frameworks == 1 ? "" : "s");
        return;
    }
    fmt_ratio((double)last->cum_frameworks / (double)delivered, ratio);
    if (undated)
        snprintf(extra, sizeof extra, " (%zu of them at a date the record does not give)",
                 undated);
    snprintf(buf, n, "By %s: %zu framework instrument%s, %zu project%s delivered%s: %s framework "
             "instrument%s per delivered project", when, last->cum_frameworks,
             last->cum_frameworks == 1 ? "" : "s", delivered, delivered == 1 ? "" : "s", extra,
             ratio, strcmp(ratio, "1") == 0 ? "" : "s");
}

const param infl_params[] = {
    {.name = "from", .type = PARAM_INT, .meta = "YEAR", .min = 1000, .max = 9999,
     .where = PARAM_BOTH, .off = offsetof(infl_opts, from), .help = "first year shown (default: the first with data)"},
    {.name = "to", .type = PARAM_INT, .meta = "YEAR", .min = 1000, .max = 9999,
     .not_below = "from", .where = PARAM_BOTH, .off = offsetof(infl_opts, to),
     .help = "last year shown (default: the last with data)"},
    {0}};

int inflation_shown(const infl_opts *o, int y)
{
    return (!o->from || y >= o->from) && (!o->to || y <= o->to);
}
