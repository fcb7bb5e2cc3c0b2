/*
** delivery.c — GET /api/delivery (routes.h): a programme's projects, one
** row each, with the figures of its drill-down on the dashboard.
*/
#include <stddef.h>
#include <string.h>

#include "../analyze/known.h"
#include "../analyze/slippage.h"
#include "../analyze/status.h"
#include "../present/jsonout.h"
#include "call.h"

/* The stage project P (an index in E, or -1) has reached, or -1. */
static int stage_of(const evidence *e, long p)
{
    status_result r;
    if (p < 0)
        return -1;
    status_resolve(e, (size_t)p, &r);
    return r.stage;
}

/* GET /api/delivery?instrument=ID: each project the instrument lists,
** once, in the order listed, with the delivery figures of its programme
** drill-down (docs/web.md): the planned_completion or planned_opening
** history (any scope) with the most days late, the one whose median the
** scorecard reports (slip_project_delay(), docs/analyses.md), else the
** first of them; overdue when any of those histories is; the sources of
** their promises. */
typedef struct delivery_opts {
    const char *instrument;
} delivery_opts;

const param delivery_params[] = {
    {.name = "instrument", .type = PARAM_ID, .meta = "ID", .refs = REF(C_INSTRUMENT),
     .where = PARAM_API | PARAM_REQUIRED, .off = offsetof(delivery_opts, instrument),
     .help = "the instrument (a programme) whose listed projects these are"},
    {0}};

static const char *const delivery_facets[] = {"stage", "overdue", "property", "side", NULL};
const list_spec delivery_list = {"delivery", delivery_facets, NULL, NULL};

static int is_delivery(const char *property)
{
    return strcmp(property, "planned_completion") == 0 || strcmp(property, "planned_opening") == 0;
}

/* The row of project P (an index in E, or -1 for one the view lacks,
** whose id is ID) listed on SIDE. */
static json_t *delivery_row(const evidence *e, const slip_index *ix, long p, const char *id,
                            const char *side)
{
    const slip_history *top = NULL, *any = NULL;
    const ev_project *pr = p >= 0 ? &e->projects[p] : NULL;
    json_t *o, *set = json_object(), *sources = json_array(), *v;
    const char *k;
    int overdue = 0, s = stage_of(e, p);
    slip_list l = {NULL, 0};
    if (p >= 0 && slip_project(e, ix, (size_t)p, &l)) {
        json_decref(set);
        json_decref(sources);
        return NULL;
    }
    for (size_t i = 0; i < l.n; i++) {
        const slip_history *h = &l.items[i];
        if (!is_delivery(h->property))
            continue;
        any = any ? any : h;
        overdue |= h->overdue;
        for (size_t k = 0; k < h->n; k++)
            if (h->promises[k].claim && h->promises[k].claim->source)
                json_object_set_new(set, h->promises[k].claim->source, json_true());
        if (h->has_days_late && (!top || h->days_late > top->days_late))
            top = h;
    }
    top = top ? top : any;
    json_object_foreach(set, k, v) json_array_append_new(sources, json_string(k));
    {
        size_t n = json_array_size(sources);
        /* ids are ASCII: bytes order them as people read them */
        for (size_t i = 1; i < n; i++)
            for (size_t j = i; j > 0 && strcmp(json_string_value(json_array_get(sources, j - 1)),
                                               json_string_value(json_array_get(sources, j))) > 0;
                 j--) {
                json_t *a = json_incref(json_array_get(sources, j - 1));
                json_array_set(sources, j - 1, json_array_get(sources, j));
                json_array_set_new(sources, j, a);
            }
    }
    json_decref(set);
    o = json_pack("{s:s,s:s,s:s?,s:o,s:s?,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:b,s:o}", "id", id,
                  "project", id, "name", pr ? pr->name.en : NULL, "names",
                  pr ? jo_names(&pr->name) : json_null(), "side", side, "stage",
                  s >= 0 ? json_string(schema_stages[s]) : json_null(), "property",
                  top ? json_string(top->property) : json_null(), "scope",
                  jo_str(top ? top->scope : NULL), "first",
                  top ? jo_date(top->promises[0].date) : json_null(), "final",
                  top ? jo_date(top->promises[top->current].date) : json_null(), "actual",
                  top ? jo_date(top->actual_date) : json_null(), "delay_days",
                  top && top->has_days_late ? json_integer(top->days_late) : json_null(),
                  "overdue", overdue, "sources", sources);
    slip_list_free(&l);
    return o;
}

json_t *h_delivery(api_call *c)
{
    const concept *lc = &schema_concepts[C_LISTING], *pc = &schema_concepts[C_PROJECT];
    const snap_rows *lr = snap_rows_of(c->snap, C_LISTING);
    const snap_rows *pr = snap_rows_of(c->snap, C_PROJECT);
    int ci = schema_col(lc, "instrument"), cp = schema_col(lc, "project"),
        cs = schema_col(lc, "side"), ps = schema_col(pc, "side");
    amur_err err = {0, ""};
    delivery_opts o;
    slip_index *ix = NULL;
    json_t *seen;
    snap_view v;
    call_page pg;
    if (call_params(c, delivery_params, &o) ||
        call_page_init(c, &pg, &delivery_list, delivery_params))
        return NULL;
    if (call_page_view(c, &pg, &v))
        return NULL;
    if (known_params(v.e, delivery_params, PARAM_API, &o, &err)) {
        json_decref(pg.items);
        snap_view_done(&v);
        return call_fail(c, 400, "%s", err.msg);
    }
    if (!(seen = json_object()) || slip_index_new(v.e, &ix)) {
        json_decref(seen);
        err_set(&err, AMUR_ESYS, "out of memory");
        return call_page_fail(c, &pg, &v, &err);
    }
    for (size_t i = 0; i < lr->n; i++) {
        char *const *f = snap_row(lr, lc, i);
        const char *id = f[cp], *side = f[cs];
        long p, row;
        if (!f[ci] || strcmp(f[ci], o.instrument) != 0 || !id || json_object_get(seen, id))
            continue;
        json_object_set_new(seen, id, json_true());
        /* a listing's side, else its project's, else joint (as the scorecard counts) */
        if (!side && (row = snap_find(pr, id)) >= 0)
            side = snap_row(pr, pc, (size_t)row)[ps];
        p = ev_find(v.e, C_PROJECT, id);
        if (call_page_take(&pg))
            call_page_add(&pg, delivery_row(v.e, ix, p, id, side ? side : "joint"));
    }
    json_decref(seen);
    slip_index_free(ix);
    snap_view_done(&v);
    return call_page_done(c, &pg);
}

