/*
** routes.c — the JSON API's routes and their handlers; see routes.h. The
** table at the end is the API: the server dispatches from it and
** docs/api.md and docs/openapi.json are written from it (apidoc.c).
**
** Objects are the command line's: records as the listing commands print
** them (out/records.h), findings as the analyses' --json prints them
** (out/findings.h). Lists are pages: {"items", "total", "limit", "offset"}.
*/
#include "routes.h"

#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/carryover.h"
#include "../analyze/contradictions.h"
#include "../analyze/inflation.h"
#include "../analyze/regions.h"
#include "../analyze/risks.h"
#include "../analyze/scorecard.h"
#include "../analyze/search.h"
#include "../analyze/slippage.h"
#include "../analyze/status.h"
#include "../analyze/known.h"
#include "../core/text.h"
#include "../present/doc.h"
#include "../present/findings.h"
#include "../present/jsonout.h"
#include "../present/records.h"
#include "../present/report.h"
#include "../present/views.h"
#include "../analyze/changes.h"
#include "feed.h"

/* ---- helpers ---- */

static json_t *fail(api_call *c, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static json_t *fail(api_call *c, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->error, sizeof c->error, fmt, ap);
    va_end(ap);
    c->status = status;
    return NULL;
}

/* An analysis's error as a status: bad options 400, too much 422, else 500. */
static json_t *fail_err(api_call *c, const amur_err *err)
{
    int status = err->code == AMUR_EUSAGE ? 400 : err->code == AMUR_EDATA ? 422 : 500;
    return fail(c, status, "%s", err->msg[0] ? err->msg : "failed");
}

static const char *P(api_call *c, const char *name)
{
    return c->param(c->param_ctx, name);
}

/* Parameter NAME as declared ("min-influence") from the query, where it
** is spelled min_influence. */
static const char *api_get(void *ctx, const char *name)
{
    char spelt[64];
    size_t i = 0;
    for (; name[i] && i + 1 < sizeof spelt; i++)
        spelt[i] = name[i] == '-' ? '_' : name[i];
    spelt[i] = 0;
    return P(ctx, spelt);
}

/* The parameters PS into OPTS (param_parse()): 0, or -1 with a 400 set. */
static int get_params(api_call *c, const param *ps, void *opts)
{
    amur_err err = {0, ""};
    if (param_parse(ps, PARAM_API, api_get, c, opts, &err) == AMUR_OK)
        return 0;
    fail(c, 400, "%s", err.msg);
    return -1;
}

/* Number parameter NAME into *OUT (left alone when absent): 0, or -1 with
** a 400 set. */
static int num_param(api_call *c, const char *name, double min, double max, int whole,
                     double *out)
{
    const char *s = P(c, name), *msg;
    if (s && (msg = text_number(s, min, max, whole, out))) {
        fail(c, 400, "%s: '%s' is %s", name, s, msg);
        return -1;
    }
    return 0;
}

/* Boolean parameter NAME: 1, 0, or -1 with a 400 set. Absent is 0. */
static int bool_param(api_call *c, const char *name)
{
    const char *s = P(c, name);
    if (!s)
        return 0;
    if (!strcmp(s, "1") || !strcmp(s, "true") || !strcmp(s, "yes") || !*s)
        return 1;
    if (!strcmp(s, "0") || !strcmp(s, "false") || !strcmp(s, "no"))
        return 0;
    fail(c, 400, "%s: '%s' is not a boolean (true, false, 1 or 0)", name, s);
    return -1;
}

/* A page of a list: items are counted as they are offered, and kept when
** they fall in [offset, offset + limit). */
typedef struct pager {
    size_t limit, offset, total;
    json_t *items;
} pager;

static int pager_init(api_call *c, pager *pg)
{
    double limit = API_DEFAULT_LIMIT, offset = 0;
    if (num_param(c, "limit", 0, API_MAX_LIMIT, 1, &limit) ||
        num_param(c, "offset", 0, 1e15, 1, &offset))
        return -1;
    pg->limit = (size_t)limit;
    pg->offset = (size_t)offset;
    pg->total = 0;
    pg->items = json_array();
    return pg->items ? 0 : -1;
}

/* Whether the next item is on the page (counting it either way). */
static int pager_take(pager *pg)
{
    size_t i = pg->total++;
    return i >= pg->offset && i - pg->offset < pg->limit;
}

/* Adds ITEM (a new reference; NULL is skipped) to the page. */
static void pager_add(pager *pg, json_t *item)
{
    if (item)
        json_array_append_new(pg->items, item);
}

static json_t *pager_done(pager *pg)
{
    return json_pack("{s:o,s:I,s:I,s:I}", "items", pg->items, "total", (json_int_t)pg->total,
                     "limit", (json_int_t)pg->limit, "offset", (json_int_t)pg->offset);
}

/* The view of the call's as_of and known_by: 0, or -1 with a 400 set. */
static int get_view(api_call *c, snap_view *v)
{
    amur_err err = {0, ""};
    int rc = snap_view_get(c->snap, P(c, "as_of"), P(c, "known_by"), v, &err);
    if (rc == AMUR_EUSAGE) {
        fail(c, 400, "as_of/known_by: %s", err.msg);
        return -1;
    }
    if (rc) {
        fail(c, 500, "%s", err.msg);
        return -1;
    }
    return 0;
}

/* get_view() for a list handler that has started its page: on failure
** the page is released too. */
static int pager_view(api_call *c, pager *pg, snap_view *v)
{
    if (get_view(c, v)) {
        json_decref(pg->items);
        return -1;
    }
    return 0;
}

/* An analysis failed under a list handler: release the page and the view. */
static json_t *pager_fail(api_call *c, pager *pg, snap_view *v, const amur_err *err)
{
    json_decref(pg->items);
    snap_view_done(v);
    return fail_err(c, err);
}

/* A stored row as the listing commands show it; claims with their tier. */
static json_t *record(api_call *c, int k, size_t i)
{
    static const char *const claim_extra[] = {"tier", NULL};
    const concept *con = &schema_concepts[k];
    const snap_rows *r = snap_rows_of(c->snap, k);
    char *const *f = snap_row(r, con, i);
    if (k == C_CLAIM) {
        const snap_rows *src = snap_rows_of(c->snap, C_SOURCE);
        long s = snap_find(src, f[schema_col(con, "source")]);
        const char *tier[1] = {NULL};
        if (s >= 0)
            tier[0] = snap_row(src, &schema_concepts[C_SOURCE], (size_t)s)[schema_col(
                &schema_concepts[C_SOURCE], "tier")];
        return rec_json_row(con, f, claim_extra, tier);
    }
    return rec_json_row(con, f, NULL, NULL);
}

/* The record of ID in concept K, or NULL. */
static json_t *record_of(api_call *c, int k, const char *id)
{
    long i = snap_find(snap_rows_of(c->snap, k), id);
    return i >= 0 ? record(c, k, (size_t)i) : NULL;
}

/* Whether row F of concept K passes its listing's filters (records.h). */
static int row_passes(api_call *c, const concept *k, char *const *f)
{
    const param *ps = rec_filters(k->id);
    for (size_t i = 0; ps && ps[i].name; i++) {
        const char *want = P(c, ps[i].name);
        int col = schema_col(k, ps[i].name);
        if (want && col >= 0 && (!f[col] || strcmp(f[col], want) != 0))
            return 0;
    }
    return 1;
}

/* Whether column COL of row F of K is V. */
static int col_is(const concept *k, char *const *f, const char *col, const char *v)
{
    int i = schema_col(k, col);
    return i >= 0 && f[i] && strcmp(f[i], v) == 0;
}

/* The status fields of project P, added to OBJ. */
static void add_status(json_t *obj, const evidence *e, long p)
{
    status_result r;
    if (p < 0) {
        json_object_set_new(obj, "stage", json_null());
        return;
    }
    status_resolve(e, (size_t)p, &r);
    fj_status_fields(obj, e, &r);
}

static int stage_of(const evidence *e, long p)
{
    status_result r;
    if (p < 0)
        return -1;
    status_resolve(e, (size_t)p, &r);
    return r.stage;
}

/* ---- records ---- */

/* rec_find_fn over a snapshot: the concept of the row with ID, or -1. */
static int snap_find_concept(void *snap, const char *id, char *kind, size_t kindsz)
{
    (void)kind;
    (void)kindsz;
    for (int k = 0; k < C_COUNT; k++)
        if (snap_find(snap_rows_of(snap, k), id) >= 0)
            return k;
    return -1;
}

/* Nothing passed the FILTERS of concept K: a value no row has is a 400 with
** the message the command line gives (records.h), else 0. */
static int check_filters(api_call *c, int k)
{
    const param *filters = rec_filters(k);
    const concept *con = &schema_concepts[k];
    const snap_rows *r = snap_rows_of(c->snap, k);
    const char *cols[REC_CHECK_MAX], *vals[REC_CHECK_MAX];
    char msg[512];
    size_t n = 0;
    rec_check *chk;
    int ok;
    for (size_t i = 0; filters && filters[i].name && n < REC_CHECK_MAX; i++)
        if (P(c, filters[i].name)) {
            cols[n] = filters[i].name;
            vals[n++] = P(c, filters[i].name);
        }
    if (!n)
        return 0;
    if (!(chk = rec_check_new(con, cols, vals, n))) {
        fail(c, 500, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < r->n; i++)
        rec_check_row(chk, snap_row(r, con, i));
    ok = rec_check_done(chk, snap_find_concept, c->snap, msg, sizeof msg);
    rec_check_free(chk);
    if (ok)
        return 0;
    fail(c, 400, "%s", msg);
    return -1;
}

/* GET /api/sources, /api/actors, ...: a page of the concept's rows. */
static json_t *list_records(api_call *c, int k)
{
    const concept *con = &schema_concepts[k];
    const snap_rows *r = snap_rows_of(c->snap, k);
    pager pg;
    if (pager_init(c, &pg))
        return NULL;
    for (size_t i = 0; i < r->n; i++)
        if (row_passes(c, con, snap_row(r, con, i)) && pager_take(&pg))
            pager_add(&pg, record(c, k, i));
    if (pg.total == 0 && check_filters(c, k)) {
        json_decref(pg.items);
        return NULL;
    }
    return pager_done(&pg);
}

static json_t *h_sources(api_call *c)
{
    return list_records(c, C_SOURCE);
}

static json_t *h_actors(api_call *c)
{
    return list_records(c, C_ACTOR);
}

static json_t *h_instruments(api_call *c)
{
    return list_records(c, C_INSTRUMENT);
}

static json_t *h_listings(api_call *c)
{
    return list_records(c, C_LISTING);
}

static json_t *h_stakes(api_call *c)
{
    return list_records(c, C_STAKE);
}

static json_t *h_indicators(api_call *c)
{
    return list_records(c, C_INDICATOR);
}

static json_t *h_claims(api_call *c)
{
    const concept *con = &schema_concepts[C_CLAIM];
    const snap_rows *r = snap_rows_of(c->snap, C_CLAIM);
    int clocked = P(c, "as_of") || P(c, "known_by");
    snap_view v = {0};
    pager pg;
    if (pager_init(c, &pg))
        return NULL;
    if (clocked && get_view(c, &v)) {
        json_decref(pg.items);
        return NULL;
    }
    for (size_t i = 0; i < r->n; i++) {
        char *const *row = snap_row(r, con, i);
        if (!row_passes(c, con, row) || (clocked && ev_find(v.e, C_CLAIM, row[0]) < 0))
            continue;
        if (pager_take(&pg))
            pager_add(&pg, record(c, C_CLAIM, i));
    }
    if (clocked)
        snap_view_done(&v);
    if (pg.total == 0 && check_filters(c, C_CLAIM)) {
        json_decref(pg.items);
        return NULL;
    }
    return pager_done(&pg);
}

static json_t *h_projects(api_call *c)
{
    const concept *con = &schema_concepts[C_PROJECT];
    const snap_rows *r = snap_rows_of(c->snap, C_PROJECT);
    const char *stage = P(c, "stage");
    snap_view v;
    pager pg;
    if (stage && strcmp(stage, "unknown") != 0 && schema_stage_rank(stage) < 0)
        return fail(c, 400, "stage: '%s' is not a stage", stage);
    if (pager_init(c, &pg))
        return NULL;
    if (pager_view(c, &pg, &v))
        return NULL;
    for (size_t i = 0; i < r->n; i++) {
        char *const *row = snap_row(r, con, i);
        long p = ev_find(v.e, C_PROJECT, row[0]);
        json_t *o;
        if (!row_passes(c, con, row))
            continue;
        if (stage) {
            int s = stage_of(v.e, p);
            if (s < 0 ? strcmp(stage, "unknown") != 0 : strcmp(stage, schema_stages[s]) != 0)
                continue;
        }
        if (!pager_take(&pg))
            continue;
        if ((o = record(c, C_PROJECT, i)))
            add_status(o, v.e, p);
        pager_add(&pg, o);
    }
    snap_view_done(&v);
    if (pg.total == 0 && check_filters(c, C_PROJECT)) {
        json_decref(pg.items);
        return NULL;
    }
    return pager_done(&pg);
}

/* Places, each with the projects located there and their stages: what
** the map draws. */
static json_t *h_places(api_call *c)
{
    const concept *con = &schema_concepts[C_PLACE];
    const snap_rows *r = snap_rows_of(c->snap, C_PLACE);
    int located = bool_param(c, "located");
    long *next = NULL, *first = NULL;
    snap_view v;
    pager pg;
    if (located < 0 || pager_init(c, &pg))
        return NULL;
    if (pager_view(c, &pg, &v))
        return NULL;
    /* the projects of each place, as linked lists through NEXT */
    first = malloc((r->n + 1) * sizeof *first);
    next = malloc((v.e->n_projects + 1) * sizeof *next);
    if (!first || !next) {
        free(first);
        free(next);
        snap_view_done(&v);
        json_decref(pg.items);
        return fail(c, 500, "out of memory");
    }
    for (size_t i = 0; i < r->n; i++)
        first[i] = -1;
    for (size_t p = v.e->n_projects; p-- > 0;) {
        long pl = snap_find(r, v.e->projects[p].place);
        next[p] = -1;
        if (pl >= 0) {
            next[p] = first[pl];
            first[pl] = (long)p;
        }
    }
    for (size_t i = 0; i < r->n; i++) {
        json_t *o, *prj;
        if (!row_passes(c, con, snap_row(r, con, i)) || (located && first[i] < 0))
            continue;
        if (!pager_take(&pg))
            continue;
        o = record(c, C_PLACE, i);
        prj = json_array();
        for (long p = first[i]; p >= 0; p = next[p]) {
            const ev_project *pr = &v.e->projects[p];
            int s = stage_of(v.e, p);
            json_array_append_new(
                prj, json_pack("{s:s,s:s?,s:o,s:s?,s:o}", "id", pr->id, "name", pr->name.en,
                               "names", jo_names(&pr->name), "kind", pr->kind, "stage",
                               s >= 0 ? json_string(schema_stages[s]) : json_null()));
        }
        json_object_set_new(o, "projects", prj);
        pager_add(&pg, o);
    }
    free(first);
    free(next);
    snap_view_done(&v);
    return pager_done(&pg);
}

static json_t *h_summary(api_call *c)
{
    json_t *counts = json_object();
    char today[PDATE_BUF];
    ev_view v;
    for (int k = 0; k < C_COUNT; k++)
        json_object_set_new(counts, schema_concepts[k].name,
                            json_integer((json_int_t)snap_rows_of(c->snap, k)->n));
    ev_view_parse(&v, NULL, NULL);
    return json_pack("{s:o,s:s,s:I}", "counts", counts, "today", pdate_format(v.as_of, today),
                     "generation", (json_int_t)snap_generation(c->snap));
}

/* ---- one project, one instrument ---- */

/* The claims of SUBJECT in the view, as records, and the ids of their
** sources added to SOURCES. */
static json_t *claims_about(api_call *c, const evidence *e, const char *subject,
                            json_t *sources)
{
    const snap_rows *r = snap_rows_of(c->snap, C_CLAIM);
    json_t *a = json_array();
    size_t first, n = ev_claims_of(e, subject, &first);
    for (size_t i = first; i < first + n; i++) {
        long k = snap_find(r, e->claims[i].id);
        if (k >= 0)
            json_array_append_new(a, fj_claim_extra(record(c, C_CLAIM, (size_t)k), e,
                                                    &e->claims[i]));
        if (sources && e->claims[i].source)
            json_object_set_new(sources, e->claims[i].source, json_true());
    }
    return a;
}

/* The records of the sources named as keys of SET (which it consumes). */
static json_t *sources_of(api_call *c, json_t *set)
{
    json_t *a = json_array(), *v;
    const char *k;
    json_object_foreach(set, k, v) {
        json_t *o = record_of(c, C_SOURCE, k);
        if (o)
            json_array_append_new(a, o);
    }
    json_decref(set);
    return a;
}

static json_t *h_project(api_call *c)
{
    const concept *lc = &schema_concepts[C_LISTING], *sc = &schema_concepts[C_STAKE];
    const snap_rows *lr = snap_rows_of(c->snap, C_LISTING), *sr = snap_rows_of(c->snap, C_STAKE);
    json_t *o, *slips, *listings, *stakes, *contra, *sources;
    snap_view v;
    status_result st;
    slip_list sl;
    contra_pair *pairs = NULL;
    size_t npairs = 0;
    amur_err err = {0, ""};
    long p;

    if (get_view(c, &v))
        return NULL;
    if ((p = ev_find(v.e, C_PROJECT, c->id)) < 0) {
        snap_view_done(&v);
        return fail(c, 404, "no project '%s'", c->id);
    }
    sources = json_object();
    status_resolve(v.e, (size_t)p, &st);
    slips = json_array();
    if (slip_project(v.e, NULL, (size_t)p, &sl) == AMUR_OK) {
        for (size_t i = 0; i < sl.n; i++) {
            for (size_t k = 0; k < sl.items[i].n; k++)
                if (sl.items[i].promises[k].claim && sl.items[i].promises[k].claim->source)
                    json_object_set_new(sources, sl.items[i].promises[k].claim->source,
                                        json_true());
            json_array_append_new(slips, fj_slippage(v.e, &sl.items[i]));
        }
        slip_list_free(&sl);
    }
    listings = json_array();
    for (size_t i = 0; i < lr->n; i++) {
        char *const *f = snap_row(lr, lc, i);
        long in, li = ev_find(v.e, C_LISTING, f[0]);
        json_t *l;
        if (!col_is(lc, f, "project", c->id) || li < 0)
            continue; /* listings in instruments after the clocks do not exist yet */
        l = record(c, C_LISTING, i);
        in = ev_find(v.e, C_INSTRUMENT, f[schema_col(lc, "instrument")]);
        json_object_set_new(l, "instrument_name",
                            jo_str(in >= 0 ? v.e->instruments[in].name.en : NULL));
        json_object_set_new(l, "instrument_date",
                            in >= 0 ? jo_date(v.e->instruments[in].date) : json_null());
        json_array_append_new(listings, l);
    }
    stakes = json_array();
    for (size_t i = 0; i < sr->n; i++) {
        char *const *f = snap_row(sr, sc, i);
        long a, k = ev_find(v.e, C_STAKE, f[0]);
        json_t *s;
        if (!col_is(sc, f, "project", c->id) || k < 0)
            continue;
        s = record(c, C_STAKE, i);
        a = ev_find(v.e, C_ACTOR, f[schema_col(sc, "actor")]);
        json_object_set_new(s, "actor_name", jo_str(a >= 0 ? v.e->actors[a].name.en : NULL));
        json_object_set_new(s, "actor_names",
                            a >= 0 ? jo_names(&v.e->actors[a].name) : json_null());
        json_object_set_new(s, "active",
                            json_boolean(risks_stake_active(&v.e->stakes[k], v.e->view.as_of)));
        json_array_append_new(stakes, s);
    }
    contra = json_array();
    {
        contra_opts co;
        param_defaults(contra_params, &co);
        co.subject = c->id;
        if (contra_find(v.e, &co, &pairs, &npairs, &err) == AMUR_OK)
            for (size_t i = 0; i < npairs; i++)
                json_array_append_new(contra, fj_contradiction(v.e, &pairs[i]));
        free(pairs);
    }
    o = record_of(c, C_PROJECT, c->id);
    if (o)
        add_status(o, v.e, p);
    o = json_pack("{s:s,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o}", "id", c->id, "project",
                  o ? o : json_null(), "status", fj_status(v.e, &st), "claims",
                  claims_about(c, v.e, c->id, sources), "slippage", slips, "listings",
                  listings, "stakes", stakes, "contradictions", contra, "sources",
                  json_null());
    if (o)
        json_object_set_new(o, "sources", sources_of(c, sources));
    else
        json_decref(sources);
    snap_view_done(&v);
    return o;
}

static json_t *scorecard_one(api_call *c, const evidence *e, long in)
{
    scorecard *s;
    size_t n;
    json_t *o;
    if (scorecard_all(e, in, &s, &n))
        return fail(c, 500, "out of memory");
    o = n ? fj_scorecard(e, &s[0]) : json_null();
    scorecard_free(s, n);
    return o;
}

static json_t *h_instrument(api_call *c)
{
    const concept *lc = &schema_concepts[C_LISTING];
    const snap_rows *lr = snap_rows_of(c->snap, C_LISTING);
    json_t *o, *listings, *sc, *sources;
    snap_view v;
    long in;
    if (get_view(c, &v))
        return NULL;
    if ((in = ev_find(v.e, C_INSTRUMENT, c->id)) < 0) {
        snap_view_done(&v);
        return fail(c, 404, "no instrument '%s'", c->id);
    }
    listings = json_array();
    for (size_t i = 0; i < lr->n; i++) {
        char *const *f = snap_row(lr, lc, i);
        long p;
        json_t *l;
        if (!col_is(lc, f, "instrument", c->id))
            continue;
        l = record(c, C_LISTING, i);
        p = ev_find(v.e, C_PROJECT, f[schema_col(lc, "project")]);
        json_object_set_new(l, "project_name",
                            jo_str(p >= 0 ? v.e->projects[p].name.en : NULL));
        {
            int s = stage_of(v.e, p);
            json_object_set_new(l, "stage",
                                s >= 0 ? json_string(schema_stages[s]) : json_null());
        }
        json_array_append_new(listings, l);
    }
    if (!(sc = scorecard_one(c, v.e, in))) {
        json_decref(listings);
        snap_view_done(&v);
        return NULL;
    }
    sources = json_object();
    o = json_pack("{s:s,s:o,s:o,s:o,s:o}", "id", c->id, "instrument",
                  record_of(c, C_INSTRUMENT, c->id), "listings", listings, "scorecard", sc,
                  "claims", claims_about(c, v.e, c->id, sources));
    if (o)
        json_object_set_new(o, "sources", sources_of(c, sources));
    else
        json_decref(sources);
    snap_view_done(&v);
    return o;
}

/* ---- analyses ---- */

static json_t *h_scorecard(api_call *c)
{
    snap_view v;
    json_t *o;
    long in;
    if (get_view(c, &v))
        return NULL;
    if ((in = ev_find(v.e, C_INSTRUMENT, c->id)) < 0) {
        snap_view_done(&v);
        return fail(c, 404, "no instrument '%s'", c->id);
    }
    o = scorecard_one(c, v.e, in);
    snap_view_done(&v);
    return o;
}

static json_t *h_search(api_call *c)
{
    const search_index *ix;
    search_opts so;
    amur_err err = {0, ""};
    search_hit *hits = NULL;
    size_t n = 0;
    int kind = -1;
    snap_view v;
    pager pg;
    json_t *o;
    if (get_params(c, search_params, &so))
        return NULL;
    if (so.kind && (kind = search_kind_parse(so.kind)) < 0)
        return fail(c, 400, "kind: '%s' is not one of project, instrument, place, actor, "
                            "source, claim",
                    so.kind);
    if (pager_init(c, &pg))
        return NULL;
    if (pager_view(c, &pg, &v))
        return NULL;
    if (snap_view_search(&v, &ix, &err) || search_run(ix, so.q, kind, &hits, &n, &err)) {
        return pager_fail(c, &pg, &v, &err);
    }
    for (size_t i = 0; i < n; i++)
        if (pager_take(&pg))
            pager_add(&pg, fj_search_hit(v.e, &hits[i]));
    free(hits);
    o = pager_done(&pg);
    if (o)
        json_object_set_new(o, "query", json_string(so.q));
    snap_view_done(&v);
    return o;
}

/* ---- the analyses (present/views.h) ---- */

typedef struct page_sink {
    pager *pg;
    json_t *summary;
} page_sink;

static int page_want(void *ctx)
{
    return pager_take(((page_sink *)ctx)->pg);
}

static void page_take(void *ctx, json_t *item, int summary)
{
    page_sink *ps = ctx;
    if (!summary) {
        pager_add(ps->pg, item);
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
    pager pg;
    json_t *o;
    if (get_params(c, an->params, opts) || pager_init(c, &pg))
        return NULL;
    if (pager_view(c, &pg, &v))
        return NULL;
    ps.pg = &pg;
    /* a value that names nothing is the caller's mistake: 400 */
    if (known_params(v.e, an->params, PARAM_API, opts, &err)) {
        json_decref(pg.items);
        snap_view_done(&v);
        return fail(c, 400, "%s", err.msg);
    }
    if (an->items(v.e, opts, &out, &err)) {
        json_decref(ps.summary);
        return pager_fail(c, &pg, &v, &err);
    }
    o = pager_done(&pg);
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
static const route_fn an_handlers[] = {h_an0,  h_an1,  h_an2,  h_an3, h_an4,  h_an5,
                                       h_an6,  h_an7,  h_an8,  h_an9, h_an10, h_an11,
                                       h_an12, h_an13, h_an14, h_an15};
#define AN_ROUTES (sizeof an_handlers / sizeof an_handlers[0])
_Static_assert(AN_ROUTES == AN_MAX, "a handler for each analysis the table may hold");

static json_t *h_report(api_call *c)
{
    amur_err err = {0, ""};
    snap_view v;
    doc *d;
    json_t *o;
    if (get_view(c, &v))
        return NULL;
    if (report_build(v.e, &d, &err)) {
        snap_view_done(&v);
        return fail_err(c, &err);
    }
    o = doc_json(d);
    doc_free(d);
    snap_view_done(&v);
    return o ? o : fail(c, 500, "out of memory");
}

static int audit_entry(void *ctx, const store_audit *a)
{
    pager *pg = ctx;
    if (pager_take(pg))
        pager_add(pg, fj_audit(a));
    return 0;
}

static json_t *h_audit(api_call *c)
{
    pager pg;
    amur_err err = {0, ""};
    if (!c->db)
        return fail(c, 500, "no database to read the audit log from");
    if (pager_init(c, &pg))
        return NULL;
    if (store_each_audit(c->db, audit_entry, &pg, &err)) {
        json_decref(pg.items);
        return fail_err(c, &err);
    }
    return pager_done(&pg);
}

static json_t *h_openapi(api_call *c)
{
    json_t *o = api_openapi();
    return o ? o : fail(c, 500, "out of memory");
}

/* ---- the table ---- */

/* limit and offset, as pager_init() reads them. */
static const param page_params[] = {
    {.name = "limit", .type = PARAM_INT, .def = "100", .max = API_MAX_LIMIT, .where = PARAM_API,
     .help = "at most this many items, at most 10000; 0 gives only the total"},
    {.name = "offset", .type = PARAM_INT, .def = "0", .max = 1e15, .where = PARAM_API,
     .help = "skip this many items first"},
    {0}};

static const param project_more[] = {
    {.name = "stage", .type = PARAM_TEXT, .where = PARAM_API,
     .help = "only projects at this resolved stage (or unknown)"},
    {0}};
static const param place_more[] = {
    {.name = "located", .type = PARAM_FLAG, .where = PARAM_API,
     .help = "only places with projects"},
    {0}};

#define PAGE_OF(what) "A page of " what ": {\"items\", \"total\", \"limit\", \"offset\"}."
#define VIEW_PAGE (ROUTE_CLOCKS | ROUTE_PAGE)

const route api_routes[] = {
    {"GET", "/api/summary", h_summary, "What the database holds",
     "{\"counts\": {concept: rows}, \"today\": the default as_of, \"generation\": changes "
     "whenever the data may have}.",
     NULL, NULL, 0, NULL, NULL},
    {"GET", "/api/projects", h_projects, "Projects, with the stage each has reached",
     PAGE_OF("projects") " Each is the record of `amur projects --json` with the fields of "
     "its status added: stage (null when unknown), confidence, contested, overridden.",
     rec_project_filters, project_more, VIEW_PAGE, NULL, NULL},
    {"GET", "/api/project/{id}", h_project, "One project with all its evidence",
     "{\"id\", \"project\": its record with status fields, \"status\": as `amur status ID "
     "--json`, \"claims\": the records of its claims in the view, \"slippage\": as `amur "
     "slippage ID --json`, \"listings\": listing records with instrument_name and "
     "instrument_date, \"stakes\": stake records with actor_name, actor_names and active, "
     "\"contradictions\": as `amur contradictions --subject ID --json`, \"sources\": the "
     "records of every source cited}.",
     NULL, NULL, ROUTE_CLOCKS, NULL, NULL},
    {"GET", "/api/instruments", h_instruments, "Laws, programmes, agreements and bodies",
     PAGE_OF("instrument records, as `amur instruments --json`"), rec_instrument_filters, NULL,
     ROUTE_PAGE, NULL, NULL},
    {"GET", "/api/instrument/{id}", h_instrument, "One instrument, its listings and scorecard",
     "{\"id\", \"instrument\": its record, \"listings\": listing records with project_name "
     "and stage, \"scorecard\": as `amur scorecard ID --json` (null when it lists nothing), "
     "\"claims\": the records of its claims in the view, \"sources\": the records of the "
     "sources they cite}.",
     NULL, NULL, ROUTE_CLOCKS, NULL, NULL},
    {"GET", "/api/scorecard/{id}", h_scorecard, "One instrument's scorecard",
     "A scorecard, as `amur scorecard ID --json`; null when the instrument lists nothing.",
     NULL, NULL, ROUTE_CLOCKS, NULL, NULL},
    {"GET", "/api/search", h_search, "Full-text search in English, Russian and Chinese",
     PAGE_OF("hits, as `amur search --json`, best first") " The page also has \"query\". A "
     "hit is {id, kind, name, names, subject, property, field, rank (exact, name, text), "
     "snippet: {before, match, after}}.",
     search_params, NULL, VIEW_PAGE, NULL, NULL},
    {"GET", "/api/report", h_report, "Every finding as one document",
     "{\"title\", \"blocks\": [the blocks of `amur report --format json`]}.", NULL, NULL,
     ROUTE_CLOCKS, NULL, NULL},
    {"GET", "/api/places", h_places, "Places with coordinates, and the projects at each",
     PAGE_OF("place records, as `amur places --json`") " Each also has \"projects\": [{id, "
     "name, names, kind, stage}] located there, stages resolved in the view.",
     rec_place_filters, place_more, VIEW_PAGE, NULL, NULL},
    {"GET", "/api/sources", h_sources, "Sources", PAGE_OF("source records, as `amur sources --json`"),
     rec_source_filters, NULL, ROUTE_PAGE, NULL, NULL},
    {"GET", "/api/claims", h_claims, "Claims, with their source's tier",
     PAGE_OF("claim records, as `amur claims --json`") " With as_of or known_by, only the "
     "claims that pass those clocks.",
     rec_claim_filters, NULL, VIEW_PAGE, NULL, NULL},
    {"GET", "/api/indicators", h_indicators, "Regional indicators",
     PAGE_OF("indicator records, as `amur indicators --json`"), rec_indicator_filters, NULL,
     ROUTE_PAGE, NULL, NULL},
    {"GET", "/api/actors", h_actors, "Actors", PAGE_OF("actor records, as `amur actors --json`"),
     rec_actor_filters, NULL, ROUTE_PAGE, NULL, NULL},
    {"GET", "/api/listings", h_listings, "Projects as listed in instruments",
     PAGE_OF("listing records, as `amur listings --json`"), rec_listing_filters, NULL,
     ROUTE_PAGE, NULL, NULL},
    {"GET", "/api/stakes", h_stakes, "Actors' stakes in projects",
     PAGE_OF("stake records, as `amur stakes --json`"), rec_stake_filters, NULL, ROUTE_PAGE,
     NULL, NULL},
    {"POST", "/api/claims", h_post_claims, "Append claims (needs a token)",
     "201 with {\"ids\": the ids of the claims in the body, \"added\": how many were new, "
     "\"unchanged\": how many were stored already as they are}. The body (JSON, at most "
     "1 MB) is one claim object or an array of them, with the fields of `amur claims "
     "--json`: id, subject, property, value, unit, scope, date, refers_to, source, locator, "
     "quote, note (strings; null or absent when empty). The header `Authorization: Bearer "
     "TOKEN` names a token made by `amur token new`; editors and admins may post. The claims "
     "are checked as `amur check` checks claims.csv and stored in one transaction with a row "
     "of the audit log (`amur audit`) for each new one; on any problem nothing is stored. "
     "Errors: 400 {\"error\", \"problems\": [{item (1-based), field, message}]} for bad "
     "JSON or invalid claims, 401 for a missing, unknown or revoked token, 403 for a role "
     "that may not write, 409 (with problems) when a claim id is stored with other content "
     "(claims are append-only), 413 for a body over 1 MB.",
     NULL, NULL, 0, "editor", NULL},
    {"GET", "/api/audit", h_audit, "The audit log (needs an admin token)",
     PAGE_OF("audit entries, oldest first, as `amur audit --json`: n, at (when), token (its "
             "number), role, what (\"add claim\"), claim (the claim's id)")
     " Needs `Authorization: Bearer TOKEN` of an admin token: 401 for a missing, unknown "
     "or revoked token, 403 for an editor's.",
     NULL, NULL, ROUTE_PAGE, "admin", NULL},
    {"GET", "/api/openapi.json", h_openapi, "This API, described in OpenAPI 3",
     "The OpenAPI document (docs/openapi.json).", NULL, NULL, 0, NULL, NULL},
    {"GET", "/feed.atom", feed_atom, "What changed, as an Atom feed",
     "An Atom 1.0 document (application/atom+xml): one entry per change of `amur changes` "
     "with the same parameters, newest first, at most 500; each entry's id a tag: URI of "
     "the change's id, its link the dashboard's page of the subject at both clocks on the "
     "change's date, its content the claims that caused it.",
     chg_params, NULL, 0, NULL, NULL},
    {"GET", "/feeds.opml", feed_opml, "A watch list: chosen feeds as OPML",
     "An OPML 2.0 document (text/x-opml): one outline per feed named, with its xmlUrl "
     "(/feed.atom?project=ID, ...) and the dashboard's page as htmlUrl. An unknown id is "
     "400.",
     feed_opml_params, NULL, 0, NULL, NULL},
};

const size_t api_nroutes = sizeof api_routes / sizeof api_routes[0];

/* Whether PATH matches PATTERN, whose one {id}, at its end, matches the
** rest of the path, '/' included: an IATI identifier is often a URL
** (http://www.example.org/activities/12345.xml), which arrives here
** percent-decoded. */
static int path_match(const char *pattern, const char *path, const char **id)
{
    const char *brace = strchr(pattern, '{');
    size_t pre;
    *id = NULL;
    if (!brace)
        return strcmp(pattern, path) == 0;
    pre = (size_t)(brace - pattern);
    if (strncmp(pattern, path, pre) != 0 || !path[pre])
        return 0;
    *id = path + pre;
    return 1;
}

/* The routes of the analyses, made once from their table: the returns
** text needs the page's wording around the analysis's own. */
typedef struct an_route {
    route r;
    char returns[512];
} an_route;

static an_route an_routes[AN_ROUTES];
static pthread_once_t an_routes_once = PTHREAD_ONCE_INIT;

static void an_routes_make(void)
{
    for (size_t i = 0; i < analyses_count && i < AN_ROUTES; i++) {
        const analysis *an = analyses[i];
        an_route *ar = &an_routes[i];
        snprintf(ar->returns, sizeof ar->returns, PAGE_OF("%s"), an->returns);
        ar->r = (route){"GET", an->path, an_handlers[i], an->summary, ar->returns,
                        an->params, NULL, VIEW_PAGE, NULL, an};
    }
}

size_t api_route_count(void)
{
    return api_nroutes + (analyses_count < AN_ROUTES ? analyses_count : AN_ROUTES);
}

const route *api_route(size_t i)
{
    if (i < api_nroutes)
        return &api_routes[i];
    pthread_once(&an_routes_once, an_routes_make);
    return i < api_route_count() ? &an_routes[i - api_nroutes].r : NULL;
}

const route *api_match(const char *method, const char *path, const char **id,
                       int *other_method)
{
    *other_method = 0;
    for (size_t i = 0; i < api_route_count(); i++) {
        const route *r = api_route(i);
        const char *cap;
        if (!path_match(r->path, path, &cap))
            continue;
        if (strcmp(r->method, method) == 0 ||
            (strcmp(method, "HEAD") == 0 && strcmp(r->method, "GET") == 0)) {
            *id = cap;
            return r;
        }
        *other_method = 1;
    }
    *id = NULL;
    return NULL;
}

/* Roles, least first. */
static int role_rank(const char *role)
{
    static const char *const roles[] = {"editor", "admin"};
    for (size_t i = 0; role && i < sizeof roles / sizeof roles[0]; i++)
        if (strcmp(role, roles[i]) == 0)
            return (int)i;
    return -1;
}

int api_role_allows(const char *have, const char *need)
{
    int h = role_rank(have), n = role_rank(need);
    return h >= 0 && n >= 0 && h >= n;
}

/* Whether PS has a query parameter spelt NAME. */
static int has_param(const param *ps, const char *name)
{
    char spelt[64];
    for (size_t i = 0; ps && ps[i].name; i++)
        if ((ps[i].where & PARAM_API) &&
            strcmp(param_spelling(&ps[i], PARAM_API, spelt, sizeof spelt), name) == 0)
            return 1;
    return 0;
}

int api_knows_param(const route *r, const char *name)
{
    return has_param(r->params, name) || has_param(r->more, name) ||
           ((r->takes & ROUTE_CLOCKS) && has_param(ev_clock_params, name)) ||
           ((r->takes & ROUTE_PAGE) && has_param(page_params, name));
}

const param *api_page_params(void)
{
    return page_params;
}
