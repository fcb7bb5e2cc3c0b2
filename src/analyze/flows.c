/*
** flows.c — the money IATI activities report, added up; see flows.h and
** docs/analyses.md, "Money reported".
*/
#include "flows.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "../core/sort.h"

static const char *const by_choices[] = {"project", "publisher", "instrument", NULL};
static const char *const kind_choices[] = {"transaction", "budget", "planned-disbursement",
                                           NULL};

const param flows_params[] = {
    {.name = "by", .type = PARAM_CHOICE, .meta = "GROUP", .def = "project",
     .choices = by_choices, .where = PARAM_BOTH, .off = offsetof(flows_opts, by),
     .help = "add up per project, per publisher (the reporting organisation) or per "
             "programme (instrument) the projects are listed in"},
    {.name = "project", .type = PARAM_ID, .meta = "ID", .refs = REF(C_PROJECT),
     .where = PARAM_BOTH, .off = offsetof(flows_opts, project), .help = "only this project"},
    {.name = "instrument", .type = PARAM_ID, .meta = "ID", .refs = REF(C_INSTRUMENT),
     .where = PARAM_BOTH, .off = offsetof(flows_opts, instrument),
     .help = "only projects listed in this instrument"},
    {.name = "kind", .type = PARAM_CHOICE, .meta = "KIND", .choices = kind_choices,
     .where = PARAM_BOTH, .off = offsetof(flows_opts, kind),
     .help = "only flows of this kind"},
    {.name = "from", .type = PARAM_INT, .meta = "YEAR", .min = 1000, .max = 9999,
     .where = PARAM_BOTH, .off = offsetof(flows_opts, from), .help = "first year"},
    {.name = "to", .type = PARAM_INT, .meta = "YEAR", .min = 1000, .max = 9999,
     .not_below = "from", .where = PARAM_BOTH, .off = offsetof(flows_opts, to),
     .help = "last year"},
    {0}};

const char *flows_publisher(const evidence *e, const ev_flow *f)
{
    return ev_publisher(e, f->source);
}

/* The listings by project, to find a project's listings without walking
** them all for each of (perhaps a million) flows. */
typedef struct plisting {
    long project;
    size_t listing;
} plisting;

static int cmp_plisting(const void *pa, const void *pb)
{
    const plisting *a = pa, *b = pb;
    if (a->project != b->project)
        return a->project < b->project ? -1 : 1;
    return (a->listing > b->listing) - (a->listing < b->listing);
}

/* The first of project P's listings in L (N of them); *END past its last. */
static size_t listings_of(const plisting *l, size_t n, long p, size_t *end)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l[mid].project < p)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (*end = lo; *end < n && l[*end].project == p; ++*end)
        ;
    return lo;
}

static int cmp_text(const char *a, const char *b)
{
    return a ? (b ? strcmp(a, b) : 1) : (b ? -1 : 0);
}

static int cmp_total(const void *pa, const void *pb)
{
    const flows_total *a = pa, *b = pb;
    int c = strcmp(a->group, b->group);
    if (c)
        return c;
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if ((c = strcmp(a->kind, b->kind)))
        return c;
    if ((c = cmp_text(a->type, b->type)))
        return c;
    return cmp_text(a->currency, b->currency);
}

/* Whether A and B add up into one total. */
static int same_total(const flows_total *a, const flows_total *b)
{
    return cmp_total(a, b) == 0;
}

/* Appends T to *V (N of CAP); -1 when out of memory. */
static int add_total(flows_total **v, size_t *n, size_t *cap, const flows_total *t)
{
    if (*n == *cap) {
        flows_total *nv = realloc(*v, 2 * *cap * sizeof **v);
        if (!nv)
            return -1;
        *v = nv;
        *cap *= 2;
    }
    (*v)[(*n)++] = *t;
    return 0;
}

/* The flow's totals before they are added up: one per group it counts in
** (a project listed in several programmes counts in each, one listed in
** none in no programme). Returns how many, or -1 when out of memory. */
static int flow_totals(const evidence *e, const flows_opts *o, const ev_flow *f,
                       const plisting *pl, size_t npl, long inst, flows_total **v, size_t *n,
                       size_t *cap)
{
    flows_total t = {f->activity, f->date.y, f->kind, f->type, f->currency, f->value, 1};
    size_t end, first;
    int added = 0;
    if (strcmp(o->by, "publisher") == 0)
        t.group = flows_publisher(e, f);
    if (strcmp(o->by, "instrument") != 0)
        return add_total(v, n, cap, &t) ? -1 : 1;
    first = listings_of(pl, npl, f->project, &end);
    for (size_t i = first; i < end; i++) {
        const ev_listing *l = &e->listings[pl[i].listing];
        if (inst >= 0 && (long)l->inst != inst)
            continue;
        t.group = l->instrument;
        if (add_total(v, n, cap, &t))
            return -1;
        added++;
    }
    return added;
}

int flows_compute(const evidence *e, const flows_opts *o, flows_result *out, amur_err *err)
{
    long proj = o->project ? ev_find(e, C_PROJECT, o->project) : -1;
    long inst = o->instrument ? ev_find(e, C_INSTRUMENT, o->instrument) : -1;
    flows_opts opts = *o;
    flows_total *v = NULL;
    plisting *pl = NULL;
    size_t n = 0, cap = 64, npl = 0;

    memset(out, 0, sizeof *out);
    if (!opts.by)
        opts.by = "project";
    if (!(v = malloc(cap * sizeof *v)) || !(pl = malloc((e->n_listings + 1) * sizeof *pl))) {
        free(v);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    for (size_t i = 0; i < e->n_listings; i++)
        if (ev_listing_project(e, i) >= 0)
            pl[npl++] = (plisting){ev_listing_project(e, i), i};
    sort_array(pl, npl, sizeof *pl, cmp_plisting);
    for (size_t i = 0; i < e->n_flows; i++) {
        const ev_flow *f = &e->flows[i];
        size_t end;
        if ((o->project && f->project != proj) || (o->kind && strcmp(f->kind, o->kind) != 0) ||
            (o->from && f->date.y < o->from) || (o->to && f->date.y > o->to))
            continue;
        if (o->instrument) {
            /* only projects listed in the instrument */
            size_t k = listings_of(pl, npl, f->project, &end);
            while (k < end && (long)e->listings[pl[k].listing].inst != inst)
                k++;
            if (f->project < 0 || k == end)
                continue;
        }
        switch (flow_totals(e, &opts, f, pl, npl, inst, &v, &n, &cap)) {
        case -1:
            free(v);
            free(pl);
            return err_set(err, AMUR_ESYS, "out of memory");
        case 0:
            break;
        default:
            out->flows++;
        }
    }
    free(pl);
    /* one total per group, year, kind, type and currency */
    sort_array(v, n, sizeof *v, cmp_total);
    out->totals = v;
    for (size_t i = 0; i < n; i++) {
        if (out->n && same_total(&v[out->n - 1], &v[i])) {
            v[out->n - 1].total += v[i].total;
            v[out->n - 1].count++;
            continue;
        }
        if (!out->n || strcmp(v[out->n - 1].group, v[i].group) != 0)
            out->groups++;
        v[out->n++] = v[i];
    }
    return AMUR_OK;
}

void flows_free(flows_result *r)
{
    free(r->totals);
    memset(r, 0, sizeof *r);
}
