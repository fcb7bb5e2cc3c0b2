/*
** regions.c — see regions.h and docs/analyses.md, "Regions".
*/
#include "regions.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "../core/sort.h"

const char *const regions_series[REG_NSHARES] = {"export_share", "import_share",
                                                 "fdi_stock_share"};
const char *const regions_types[] = {"", "dependent", "intermediate", "independent",
                                     "uncertain"};

/* Export composition series: export_product_ORE, ... */
#define PRODUCT_PREFIX "export_product_"

/* regions_series, ended for PARAM_CHOICE */
static const char *const series_choices[] = {"export_share", "import_share", "fdi_stock_share",
                                             NULL};

const param regions_params[] = {
    {.name = "region", .type = PARAM_ID, .meta = "ID", .refs = REF(C_PLACE), .where = PARAM_BOTH,
     .off = offsetof(reg_options, region), .help = "only this region"},
    {.name = "by", .type = PARAM_CHOICE, .meta = "SERIES", .def = "import_share",
     .choices = series_choices, .where = PARAM_BOTH, .off = offsetof(reg_options, by),
     .help = "the share series the typology uses"},
    {.name = "dependent", .type = PARAM_NUMBER, .meta = "PCT", .def = "80", .min = 0, .max = 100,
     .not_below = "independent", .where = PARAM_BOTH, .off = offsetof(reg_options, dependent),
     .help = "share at or above which a region is dependent"},
    {.name = "independent", .type = PARAM_NUMBER, .meta = "PCT", .def = "50", .min = 0,
     .max = 100, .where = PARAM_BOTH, .off = offsetof(reg_options, independent),
     .help = "share below which a region is independent"},
    {.name = "from", .type = PARAM_INT, .meta = "YEAR", .min = 1000, .max = 9999,
     .where = PARAM_BOTH, .off = offsetof(reg_options, from),
     .help = "first year of the trend (default: the earliest with data)"},
    {.name = "to", .type = PARAM_INT, .meta = "YEAR", .min = 1000, .max = 9999,
     .not_below = "from", .where = PARAM_BOTH, .off = offsetof(reg_options, to),
     .help = "last year of the trend (default: the latest with data)"},
    {0}};

const char *regions_direction(const reg_trend *t)
{
    return t->change < 0 ? "falling" : t->change > 0 ? "rising" : "flat";
}

static int series_index(const char *series)
{
    for (int i = 0; i < REG_NSHARES; i++)
        if (strcmp(regions_series[i], series) == 0)
            return i;
    return -1;
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static reg_region *find_region(reg_region *r, size_t n, size_t place, const char *partner)
{
    for (size_t i = 0; i < n; i++)
        if (r[i].place == place && same(r[i].partner, partner))
            return &r[i];
    return NULL;
}

static reg_year *find_year(reg_region *r, int year)
{
    reg_year *y;
    for (size_t i = 0; i < r->nyears; i++)
        if (r->years[i].year == year)
            return &r->years[i];
    y = realloc(r->years, (r->nyears + 1) * sizeof *y);
    if (!y)
        return NULL;
    r->years = y;
    y = &r->years[r->nyears++];
    memset(y, 0, sizeof *y);
    y->year = year;
    return y;
}

static int cmp_years(const void *a, const void *b)
{
    return ((const reg_year *)a)->year - ((const reg_year *)b)->year;
}

static double mid(const reg_value *v)
{
    return (v->lo + v->hi) / 2;
}

/* Typology from the latest year with a value of the chosen series. */
static void classify(reg_region *r, const reg_options *o)
{
    int s = series_index(o->by);
    r->type = TYPE_NONE;
    for (size_t i = r->nyears; s >= 0 && i-- > 0;) {
        const reg_value *v = &r->years[i].share[s];
        int lo, hi;
        if (!v->has)
            continue;
        /* both ends of a range must fall in one class */
        lo = v->lo >= o->dependent ? TYPE_DEPENDENT
             : v->lo < o->independent ? TYPE_INDEPENDENT : TYPE_INTERMEDIATE;
        hi = v->hi >= o->dependent ? TYPE_DEPENDENT
             : v->hi < o->independent ? TYPE_INDEPENDENT : TYPE_INTERMEDIATE;
        r->type = lo == hi ? lo : TYPE_UNCERTAIN;
        r->type_year = r->years[i].year;
        r->type_value = *v;
        return;
    }
}

_Static_assert(TYPE_DEPENDENT == 1 && TYPE_INTERMEDIATE == 2 && TYPE_INDEPENDENT == 3,
               "TYPE_* follow schema_dependence");

/* How the sources class the region: the newest `dependence` claim about it
** that passes both clocks (claims are sorted by date within a property). */
static void source_class(const evidence *e, reg_region *r)
{
    size_t f, n = ev_claims_of(e, e->places[r->place].id, &f);
    r->classed = NULL;
    r->classed_type = TYPE_NONE;
    r->disagrees = 0;
    for (size_t i = f; i < f + n; i++)
        if (strcmp(e->claims[i].property, "dependence") == 0)
            r->classed = &e->claims[i];
    if (!r->classed || !r->classed->value)
        return;
    /* schema_dependence lists the classes in TYPE_* order from 1 */
    r->classed_type = 1 + schema_vocab_index(schema_dependence, r->classed->value);
    r->disagrees = r->classed_type != TYPE_NONE && r->type != TYPE_NONE &&
                   r->type != TYPE_UNCERTAIN && r->classed_type != r->type;
}

static void trends(reg_region *r, const reg_options *o)
{
    for (int s = 0; s < REG_NSHARES; s++) {
        const reg_year *first = NULL, *last = NULL;
        reg_trend *t = &r->trend[s];
        memset(t, 0, sizeof *t);
        for (size_t i = 0; i < r->nyears; i++) {
            const reg_year *y = &r->years[i];
            if (!y->share[s].has)
                continue;
            if ((o->from && y->year == o->from) || (!o->from && !first))
                first = y;
            if ((o->to && y->year == o->to) || !o->to)
                last = y;
        }
        if (!first || !last || first->year >= last->year)
            continue;
        t->has = 1;
        t->from = first->year;
        t->to = last->year;
        t->from_value = mid(&first->share[s]);
        t->to_value = mid(&last->share[s]);
        t->change = t->to_value - t->from_value;
    }
}

static int add_indicator(const evidence *e, const reg_options *o, const ev_indicator *ind,
                         reg_region **out, size_t *n, size_t *cap)
{
    int s = series_index(ind->series);
    int product = strncmp(ind->series, PRODUCT_PREFIX, strlen(PRODUCT_PREFIX)) == 0;
    long place = ev_find(e, C_PLACE, ind->region);
    long src = ev_find(e, C_SOURCE, ind->source);
    reg_region *r;
    reg_year *y;

    if ((s < 0 && !product) || place < 0 || !ind->period.to.y)
        return AMUR_OK;
    if (o->region && strcmp(o->region, ind->region) != 0)
        return AMUR_OK;
    /* the clocks: a value for a period not yet begun at --as-of, or
    ** published after --known-by, does not count */
    if (pdate_first_day(ind->period.from) > pdate_last_day(e->view.as_of))
        return AMUR_OK;
    if (e->view.known_by.y && src >= 0 && e->sources[src].date.y &&
        pdate_last_day(e->sources[src].date) > pdate_last_day(e->view.known_by))
        return AMUR_OK;
    if (!(r = find_region(*out, *n, (size_t)place, ind->partner))) {
        if (*n == *cap) {
            size_t c = *cap ? *cap * 2 : 16;
            reg_region *a = realloc(*out, c * sizeof *a);
            if (!a)
                return AMUR_ESYS;
            *out = a;
            *cap = c;
        }
        r = &(*out)[(*n)++];
        memset(r, 0, sizeof *r);
        r->place = (size_t)place;
        r->partner = ind->partner;
    }
    /* a value for a period counts for the year it ends in */
    if (!(y = find_year(r, ind->period.to.y)))
        return AMUR_ESYS;
    if (product) {
        double share = ind->value / 100.0;
        y->has_hhi = 1;
        y->hhi += share * share;
    } else if (!y->share[s].has) {
        y->share[s].has = 1;
        y->share[s].lo = ind->value;
        y->share[s].hi = ind->value_max;
        y->share[s].indicator = ind->id;
    }
    return AMUR_OK;
}

int regions_compute(const evidence *e, const reg_options *o, reg_region **out, size_t *n,
                    amur_err *err)
{
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    if (series_index(o->by) < 0)
        return err_set(err, AMUR_EUSAGE,
                       "--by: '%s' is not a share series (export_share, import_share, "
                       "fdi_stock_share)",
                       o->by);
    for (size_t i = 0; i < e->n_indicators; i++) {
        if (add_indicator(e, o, &e->indicators[i], out, n, &cap)) {
            regions_free(*out, *n);
            *out = NULL;
            *n = 0;
            return err_set(err, AMUR_ESYS, "out of memory");
        }
    }
    for (size_t i = 0; i < *n; i++) {
        reg_region *r = &(*out)[i];
        sort_array(r->years, r->nyears, sizeof *r->years, cmp_years);
        classify(r, o);
        source_class(e, r);
        trends(r, o);
    }
    return AMUR_OK;
}

void regions_free(reg_region *r, size_t n)
{
    for (size_t i = 0; r && i < n; i++)
        free(r[i].years);
    free(r);
}
