/*
** an_routes.c — the analyses' routes (routes.h): GET /api/NAME for each
** analysis of the table in present/views.h, its findings as a page with
** the facets and dated field of its list, and GET /api/report.
*/
#include "routes.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../analyze/known.h"
#include "../present/doc.h"
#include "../present/report.h"
#include "../present/views.h"
#include "call.h"
#include "lists.h"

/* The fields of each analysis's findings that have few values (the
** facets of its list, lists.h), and the date its from= and to= bound: when
** a project was delivered, the date its latest promise names, the date of
** a programme. An analysis not named here has neither. */
static const struct an_list {
    const char *analysis;
    const char *const facets[6];
    const char *dated;
} an_lists[] = {
    {"status", {"stage", "contested", "overridden", "delivered", NULL}, "delivery_date"},
    {"slippage", {"property", "overdue", "delivered", "halted", NULL}, "final"},
    {"contradictions", {"property", "severity", "official_ahead", "same_source", NULL}, NULL},
    {"scorecard", {"kind", NULL}, "date"},
    {"carryover", {"kind", "declared", "implementing", NULL}, NULL},
    {"regions", {"partner", "typology.class", NULL}, NULL},
};

list_spec api_analysis_list(const analysis *an)
{
    list_spec s = {an->name, NULL, NULL, NULL};
    for (size_t i = 0; i < sizeof an_lists / sizeof an_lists[0]; i++)
        if (strcmp(an_lists[i].analysis, an->name) == 0) {
            s.facets = an_lists[i].facets;
            s.dated = an_lists[i].dated;
        }
    return s;
}

typedef struct page_sink {
    call_page *pg;
    json_t *summary;
} page_sink;

static int page_want(void *ctx)
{
    return call_page_take(((page_sink *)ctx)->pg);
}

static void page_take(void *ctx, json_t *item, int summary)
{
    page_sink *ps = ctx;
    if (!summary) {
        call_page_add(ps->pg, item);
        return;
    }
    json_decref(ps->summary);
    ps->summary = item;
}

/* GET /api/NAME of analysis AN: its items as a page, its summary (if it
** has one) beside them. Errors are error answers, never part of a page. */
static json_t *run_analysis(api_call *c, const analysis *an)
{
    _Alignas(max_align_t) unsigned char opts[AN_OPTS_MAX];
    amur_err err = {0, ""};
    page_sink ps = {NULL, NULL};
    an_sink out = {page_want, page_take, &ps};
    snap_view v;
    call_page pg;
    list_spec spec;
    json_t *o;
    spec = api_analysis_list(an);
    if (call_params(c, an->params, opts) || call_page_init(c, &pg, &spec, an->params))
        return NULL;
    if (call_page_view(c, &pg, &v))
        return NULL;
    ps.pg = &pg;
    /* a value that names nothing is the caller's mistake: 400 */
    if (known_params(v.e, an->params, PARAM_API, opts, &err)) {
        json_decref(pg.items);
        snap_view_done(&v);
        return call_fail(c, 400, "%s", err.msg);
    }
    if (an->items(v.e, opts, &out, &err)) {
        json_decref(ps.summary);
        return call_page_fail(c, &pg, &v, &err);
    }
    o = call_page_done(c, &pg);
    if (o && ps.summary)
        json_object_set_new(o, "summary", ps.summary);
    else
        json_decref(ps.summary);
    snap_view_done(&v);
    return o;
}

/* One handler per analysis, by its index in the table: a handler knows
** only its call, so the index is in its name. */
#define AN_HANDLER(i)                                                                        \
    static json_t *h_an##i(api_call *c)                                                      \
    {                                                                                        \
        return i < analyses_count ? run_analysis(c, analyses[i]) : NULL;                     \
    }
AN_HANDLER(0)
AN_HANDLER(1)
AN_HANDLER(2)
AN_HANDLER(3)
AN_HANDLER(4)
AN_HANDLER(5)
AN_HANDLER(6)
AN_HANDLER(7)
AN_HANDLER(8)
AN_HANDLER(9)
AN_HANDLER(10)
AN_HANDLER(11)
AN_HANDLER(12)
AN_HANDLER(13)
AN_HANDLER(14)
AN_HANDLER(15)
const route_fn api_an_handlers[AN_MAX] = {h_an0,  h_an1,  h_an2,  h_an3, h_an4,  h_an5,
                                       h_an6,  h_an7,  h_an8,  h_an9, h_an10, h_an11,
                                       h_an12, h_an13, h_an14, h_an15};

json_t *h_report(api_call *c)
{
    amur_err err = {0, ""};
    snap_view v;
    doc *d;
    json_t *o;
    report_opts ro;
    if (call_params(c, report_params, &ro) || call_view(c, &v))
        return NULL;
    if (report_build(v.e, ro.lang, &d, &err)) {
        snap_view_done(&v);
        return call_fail_err(c, &err);
    }
    o = doc_json(d);
    doc_free(d);
    snap_view_done(&v);
    return o ? o : call_fail(c, 500, "out of memory");
}
