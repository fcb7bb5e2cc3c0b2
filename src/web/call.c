/*
** call.c — see call.h.
*/
#include "call.h"

#include "../core/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

json_t *call_fail(api_call *c, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->error, sizeof c->error, fmt, ap);
    va_end(ap);
    c->status = status;
    return NULL;
}

/* An analysis's error as a status: bad options 400, too much 422, else 500. */
json_t *call_problems(const diag *d)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < d->n; i++)
        json_array_append_new(a, json_pack("{s:I,s:s?,s:s}", "item",
                                           (json_int_t)d->items[i].line, "field",
                                           d->items[i].column, "message", d->items[i].msg));
    return a;
}

json_t *call_fail_err(api_call *c, const amur_err *err)
{
    int status = err->code == AMUR_EUSAGE ? 400 : err->code == AMUR_EDATA ? 422 : 500;
    return call_fail(c, status, "%s", err->msg[0] ? err->msg : "failed");
}

const char *call_param(api_call *c, const char *name)
{
    return c->param(c->param_ctx, name);
}

/* Parameter NAME as declared ("min-influence") from the query, where it
** is spelled min_influence. */
const char *call_get(void *ctx, const char *name)
{
    char spelt[64];
    size_t i = 0;
    for (; name[i] && i + 1 < sizeof spelt; i++)
        spelt[i] = name[i] == '-' ? '_' : name[i];
    spelt[i] = 0;
    return call_param(ctx, spelt);
}

/* The parameters PS into OPTS (param_parse()): 0, or -1 with a 400 set. */
int call_params(api_call *c, const param *ps, void *opts)
{
    amur_err err = {0, ""};
    if (param_parse(ps, PARAM_API, call_get, c, opts, &err) == AMUR_OK)
        return 0;
    call_fail(c, 400, "%s", err.msg);
    return -1;
}

/* Number parameter NAME into *OUT (left alone when absent): 0, or -1 with
** a 400 set. */
int call_number(api_call *c, const char *name, double min, double max, int whole,
                     double *out)
{
    const char *s = call_param(c, name), *msg;
    if (s && (msg = text_number(s, min, max, whole, out))) {
        call_fail(c, 400, "%s: '%s' is %s", name, s, msg);
        return -1;
    }
    return 0;
}

/* Boolean parameter NAME: 1, 0, or -1 with a 400 set. Absent is 0. */
int call_bool(api_call *c, const char *name)
{
    const char *s = call_param(c, name);
    if (!s)
        return 0;
    if (!strcmp(s, "1") || !strcmp(s, "true") || !strcmp(s, "yes") || !*s)
        return 1;
    if (!strcmp(s, "0") || !strcmp(s, "false") || !strcmp(s, "no"))
        return 0;
    call_fail(c, 400, "%s: '%s' is not a boolean (true, false, 1 or 0)", name, s);
    return -1;
}

/* LIST: what the list offers (NULL for pages that take no list
** parameters: search, the audit log); NAMED as in call_page. */
int call_page_init(api_call *c, call_page *pg, const list_spec *list, const param *named)
{
    double limit = API_DEFAULT_LIMIT, offset = 0;
    char msg[512];
    memset(pg, 0, sizeof *pg);
    if (call_number(c, "limit", 0, API_MAX_LIMIT, 1, &limit) ||
        call_number(c, "offset", 0, 1e15, 1, &offset))
        return -1;
    if (list) {
        pg->spec = *list;
        pg->named = named;
        if (list_opts_read(&pg->lo, list->dated != NULL, call_get, c, c->accept, msg,
                           sizeof msg)) {
            call_fail(c, 400, "%s", msg);
            return -1;
        }
        pg->all = list_needs_all(&pg->lo);
    }
    pg->limit = (size_t)limit;
    pg->offset = (size_t)offset;
    pg->items = json_array();
    return pg->items ? 0 : -1;
}

/* Whether the next item is wanted (counting it either way). */
int call_page_take(call_page *pg)
{
    size_t i = pg->total++;
    return pg->all || (i >= pg->offset && i - pg->offset < pg->limit);
}

/* Adds ITEM (a new reference; NULL is skipped) to the page. */
void call_page_add(call_page *pg, json_t *item)
{
    if (item)
        json_array_append_new(pg->items, item);
}

/* The name of a list's CSV file: its filters' values, the as-of date and
** the sort ("amur-delivery-ins-prog-2009-2018-by-delay_days-desc.csv"). */
static void download_name(api_call *c, const call_page *pg)
{
    const char *v[PARAM_MAX + 2];
    char sorted[96];
    size_t n = 0;
    for (size_t i = 0; pg->named && pg->named[i].name && n < PARAM_MAX; i++) {
        const param *p = &pg->named[i];
        const char *val = (p->where & PARAM_API) ? call_get(c, p->name) : NULL;
        if (val)
            v[n++] = p->type == PARAM_FLAG ? p->name : val;
    }
    if (call_param(c, "as_of"))
        v[n++] = call_param(c, "as_of");
    if (pg->lo.sort) {
        int desc = pg->lo.sort[0] == '-';
        snprintf(sorted, sizeof sorted, "by-%s%s", pg->lo.sort + desc, desc ? "-desc" : "");
        v[n++] = sorted;
    }
    list_file_name(&pg->spec, v, n, c->raw_file, sizeof c->raw_file);
}

/* A list kept whole: filtered, sorted, then a page of it with its facets,
** or all of it as CSV (the call's raw body). */
static json_t *list_done(api_call *c, call_page *pg)
{
    char msg[512];
    json_t *facets = NULL, *page, *o;
    if (list_filter(pg->items, &pg->lo, &pg->spec)) {
        json_decref(pg->items);
        return call_fail(c, 500, "out of memory");
    }
    if (list_sort(pg->items, &pg->lo, msg, sizeof msg)) {
        json_decref(pg->items);
        return call_fail(c, 400, "%s", msg);
    }
    if (list_csv_wanted(&pg->lo)) {
        int rc = list_csv(pg->items, &c->raw, &c->raw_len);
        json_decref(pg->items);
        if (rc)
            return call_fail(c, 500, "out of memory");
        c->raw_type = "text/csv; charset=utf-8";
        download_name(c, pg);
        return json_true();
    }
    if (pg->lo.facets && !(facets = list_facets(pg->items, &pg->spec))) {
        json_decref(pg->items);
        return call_fail(c, 500, "out of memory");
    }
    pg->total = json_array_size(pg->items);
    page = json_array();
    for (size_t i = pg->offset; page && i < pg->total && i - pg->offset < pg->limit; i++)
        json_array_append(page, json_array_get(pg->items, i));
    json_decref(pg->items);
    o = json_pack("{s:o,s:I,s:I,s:I}", "items", page, "total", (json_int_t)pg->total, "limit",
                  (json_int_t)pg->limit, "offset", (json_int_t)pg->offset);
    if (o && facets)
        json_object_set_new(o, "facets", facets);
    else
        json_decref(facets);
    return o ? o : call_fail(c, 500, "out of memory");
}

json_t *call_page_done(api_call *c, call_page *pg)
{
    if (pg->all)
        return list_done(c, pg);
    return json_pack("{s:o,s:I,s:I,s:I}", "items", pg->items, "total", (json_int_t)pg->total,
                     "limit", (json_int_t)pg->limit, "offset", (json_int_t)pg->offset);
}

/* The view of the call's as_of and known_by: 0, or -1 with a 400 set. */
int call_view(api_call *c, snap_view *v)
{
    amur_err err = {0, ""};
    int rc = snap_view_get(c->snap, call_param(c, "as_of"), call_param(c, "known_by"), v, &err);
    if (rc == AMUR_EUSAGE) {
        call_fail(c, 400, "as_of/known_by: %s", err.msg);
        return -1;
    }
    if (rc) {
        call_fail(c, 500, "%s", err.msg);
        return -1;
    }
    return 0;
}

/* call_view() for a list handler that has started its page: on failure
** the page is released too. */
int call_page_view(api_call *c, call_page *pg, snap_view *v)
{
    if (call_view(c, v)) {
        json_decref(pg->items);
        return -1;
    }
    return 0;
}

/* An analysis failed under a list handler: release the page and the view. */
json_t *call_page_fail(api_call *c, call_page *pg, snap_view *v, const amur_err *err)
{
    json_decref(pg->items);
    snap_view_done(v);
    return call_fail_err(c, err);
}

