/*
** inflation.c — framework instruments against delivered projects; see
** inflation.h and docs/analyses.md, "Framework inflation".
*/
#include "inflation.h"

#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"

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
    size_t first, n = ev_project_claims(e, p, &first);
    int year = 0;
    for (size_t i = first; i < first + n; i++) {
        const ev_claim *c = &e->claims[i];
        int y = 0;
        if (strcmp(c->property, "stage") == 0) {
            /* the claim already passed both clocks: its period began by A */
            if (c->value && (strcmp(c->value, "completed") == 0 ||
                             strcmp(c->value, "operational") == 0))
                y = c->refers.from.y;
        } else if (strcmp(c->property, "actual_completion") == 0 ||
                   strcmp(c->property, "actual_opening") == 0) {
            pdate d;
            /* the date it happened must itself have begun by the as-of date */
            if (c->value && !pdate_parse(c->value, &d) &&
                pdate_first_day(d) <= pdate_last_day(e->view.as_of))
                y = d.y;
        }
        if (y && (!year || y < year))
            year = y;
    }
    return year;
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
    qsort(it, n, sizeof *it, cmp_item);
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
        if (y)
            del[nd++] = (item){y, {0, 0, 0}, e->projects[p].id, p};
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
