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
#include "call.h"
#include "lists.h"

/* ---- helpers ---- */

/* What the list of concept K offers (records.h declares it). */
static list_spec concept_list(int k)
{
    return (list_spec){schema_concepts[k].name, rec_facets(k), rec_dated(k), NULL};
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
        const char *want = rec_param_is_filter(&ps[i]) ? call_param(c, ps[i].name) : NULL;
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

/* Project P's publishers (docs/analyses.md, "Publishers") as the "publishers"
** field of OBJ when OBJ is not NULL; whether PUBLISHER (NULL: any) is one. */
#define PUBLISHERS_MAX 64
static int add_publishers(json_t *obj, const evidence *e, long p, const char *publisher)
{
    const char *pub[PUBLISHERS_MAX];
    size_t n = p < 0 ? 0 : ev_project_publishers(e, (size_t)p, pub, PUBLISHERS_MAX);
    int found = !publisher;
    json_t *a = obj ? json_array() : NULL;
    for (size_t i = 0; i < n; i++) {
        found |= publisher && strcmp(pub[i], publisher) == 0;
        if (a)
            json_array_append_new(a, json_string(pub[i]));
    }
    if (obj)
        json_object_set_new(obj, "publishers", a);
    return found;
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
        if (rec_param_is_filter(&filters[i]) && call_param(c, filters[i].name)) {
            cols[n] = filters[i].name;
            vals[n++] = call_param(c, filters[i].name);
        }
    if (!n)
        return 0;
    if (!(chk = rec_check_new(con, cols, vals, n))) {
        call_fail(c, 500, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < r->n; i++)
        rec_check_row(chk, snap_row(r, con, i));
    ok = rec_check_done(chk, snap_find_concept, c->snap, msg, sizeof msg);
    rec_check_free(chk);
    if (ok)
        return 0;
    call_fail(c, 400, "%s", msg);
    return -1;
}

/* GET /api/sources, /api/actors, ...: a page of the concept's rows. */
static json_t *list_records(api_call *c, int k)
{
    const concept *con = &schema_concepts[k];
    const snap_rows *r = snap_rows_of(c->snap, k);
    list_spec spec = concept_list(k);
    call_page pg;
    if (call_page_init(c, &pg, &spec, rec_filters(k)))
        return NULL;
    for (size_t i = 0; i < r->n; i++)
        if (row_passes(c, con, snap_row(r, con, i)) && call_page_take(&pg))
            call_page_add(&pg, record(c, k, i));
    if (pg.total == 0 && check_filters(c, k)) {
        json_decref(pg.items);
        return NULL;
    }
    return call_page_done(c, &pg);
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
    int clocked = call_param(c, "as_of") || call_param(c, "known_by");
    list_spec spec = concept_list(C_CLAIM);
    snap_view v = {0};
    call_page pg;
    if (call_page_init(c, &pg, &spec, rec_claim_filters))
        return NULL;
    if (clocked && call_view(c, &v)) {
        json_decref(pg.items);
        return NULL;
    }
    for (size_t i = 0; i < r->n; i++) {
        char *const *row = snap_row(r, con, i);
        if (!row_passes(c, con, row) || (clocked && ev_find(v.e, C_CLAIM, row[0]) < 0))
            continue;
        if (call_page_take(&pg))
            call_page_add(&pg, record(c, C_CLAIM, i));
    }
    if (clocked)
        snap_view_done(&v);
    if (pg.total == 0 && check_filters(c, C_CLAIM)) {
        json_decref(pg.items);
        return NULL;
    }
    return call_page_done(c, &pg);
}

static json_t *h_projects(api_call *c)
{
    const concept *con = &schema_concepts[C_PROJECT];
    const snap_rows *r = snap_rows_of(c->snap, C_PROJECT);
    const char *stage = call_param(c, "stage"), *publisher = call_param(c, "publisher");
    static const char *const unsearched[] = {"publishers", NULL};
    list_spec spec = concept_list(C_PROJECT);
    snap_view v;
    call_page pg;
    if (stage && strcmp(stage, "unknown") != 0 && schema_stage_rank(stage) < 0)
        return call_fail(c, 400, "stage: '%s' is not a stage", stage);
    spec.unsearched = unsearched;
    if (call_page_init(c, &pg, &spec, rec_project_filters))
        return NULL;
    if (call_page_view(c, &pg, &v))
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
        if (publisher && !add_publishers(NULL, v.e, p, publisher))
            continue;
        if (!call_page_take(&pg))
            continue;
        if ((o = record(c, C_PROJECT, i))) {
            add_status(o, v.e, p);
            add_publishers(o, v.e, p, NULL);
        }
        call_page_add(&pg, o);
    }
    snap_view_done(&v);
    if (pg.total == 0 && check_filters(c, C_PROJECT)) {
        json_decref(pg.items);
        return NULL;
    }
    return call_page_done(c, &pg);
}

/* Places, each with the projects located there and their stages: what
** the map draws. */
static json_t *h_places(api_call *c)
{
    const concept *con = &schema_concepts[C_PLACE];
    const snap_rows *r = snap_rows_of(c->snap, C_PLACE);
    int located = call_bool(c, "located");
    long *next = NULL, *first = NULL;
    list_spec spec = concept_list(C_PLACE);
    snap_view v;
    call_page pg;
    if (located < 0 || call_page_init(c, &pg, &spec, rec_place_filters))
        return NULL;
    if (call_page_view(c, &pg, &v))
        return NULL;
    /* the projects of each place, as linked lists through NEXT */
    first = malloc((r->n + 1) * sizeof *first);
    next = malloc((v.e->n_projects + 1) * sizeof *next);
    if (!first || !next) {
        free(first);
        free(next);
        snap_view_done(&v);
        json_decref(pg.items);
        return call_fail(c, 500, "out of memory");
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
        if (!call_page_take(&pg))
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
        call_page_add(&pg, o);
    }
    free(first);
    free(next);
    snap_view_done(&v);
    return call_page_done(c, &pg);
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

/* A 404 for the call's id, which no record of KINDS has, with the
** closest id or name when one is close (known.h, the one rule for "did
** you mean"); releases the view. */
static json_t *not_found(api_call *c, snap_view *v, unsigned kinds, const char *what)
{
    char msg[512];
    if (known_id(v->e, kinds, what, c->id, msg, sizeof msg))
        snprintf(msg, sizeof msg, "no %s '%s'", what, c->id);
    snap_view_done(v);
    return call_fail(c, 404, "%s", msg);
}

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

    if (call_view(c, &v))
        return NULL;
    if ((p = ev_find(v.e, C_PROJECT, c->id)) < 0)
        return not_found(c, &v, REF(C_PROJECT), "project");
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
        return call_fail(c, 500, "out of memory");
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
    if (call_view(c, &v))
        return NULL;
    if ((in = ev_find(v.e, C_INSTRUMENT, c->id)) < 0)
        return not_found(c, &v, REF(C_INSTRUMENT), "instrument");
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

/* GET /api/source/{id}: the source's record and every claim citing it
** in the view. */
static json_t *h_source(api_call *c)
{
    const concept *cc = &schema_concepts[C_CLAIM];
    const snap_rows *cr = snap_rows_of(c->snap, C_CLAIM);
    int col = schema_col(cc, "source");
    json_t *claims;
    snap_view v;
    if (call_view(c, &v))
        return NULL;
    if (snap_find(snap_rows_of(c->snap, C_SOURCE), c->id) < 0)
        return not_found(c, &v, REF(C_SOURCE), "source");
    claims = json_array();
    for (size_t i = 0; i < cr->n; i++) {
        char *const *f = snap_row(cr, cc, i);
        if (f[col] && strcmp(f[col], c->id) == 0 && ev_find(v.e, C_CLAIM, f[0]) >= 0)
            json_array_append_new(claims, record(c, C_CLAIM, i));
    }
    snap_view_done(&v);
    return json_pack("{s:s,s:o,s:o}", "id", c->id, "source", record_of(c, C_SOURCE, c->id),
                     "claims", claims);
}

/* GET /api/actor/{id}: the actor's record, its stakes in the view (with
** the project's name and whether the stake is active) and its projects. */
static json_t *h_actor(api_call *c)
{
    const concept *sc = &schema_concepts[C_STAKE];
    const snap_rows *sr = snap_rows_of(c->snap, C_STAKE);
    json_t *stakes, *projects, *seen;
    snap_view v;
    if (call_view(c, &v))
        return NULL;
    if (snap_find(snap_rows_of(c->snap, C_ACTOR), c->id) < 0)
        return not_found(c, &v, REF(C_ACTOR), "actor");
    stakes = json_array();
    projects = json_array();
    seen = json_object();
    for (size_t i = 0; i < sr->n; i++) {
        char *const *f = snap_row(sr, sc, i);
        const char *prj = f[schema_col(sc, "project")];
        long k = ev_find(v.e, C_STAKE, f[0]), p;
        json_t *o;
        if (!col_is(sc, f, "actor", c->id) || k < 0)
            continue;
        p = prj ? ev_find(v.e, C_PROJECT, prj) : -1;
        o = record(c, C_STAKE, i);
        json_object_set_new(o, "project_name", jo_str(p >= 0 ? v.e->projects[p].name.en : NULL));
        json_object_set_new(o, "active",
                            json_boolean(risks_stake_active(&v.e->stakes[k], v.e->view.as_of)));
        json_array_append_new(stakes, o);
        if (p < 0 || json_object_get(seen, prj))
            continue;
        json_object_set_new(seen, prj, json_true());
        o = json_pack("{s:s,s:s?,s:o}", "id", prj, "name", v.e->projects[p].name.en, "names",
                      jo_names(&v.e->projects[p].name));
        add_status(o, v.e, p);
        json_array_append_new(projects, o);
    }
    json_decref(seen);
    snap_view_done(&v);
    return json_pack("{s:s,s:o,s:o,s:o}", "id", c->id, "actor", record_of(c, C_ACTOR, c->id),
                     "stakes", stakes, "projects", projects);
}

/* ---- analyses ---- */

static json_t *h_scorecard(api_call *c)
{
    snap_view v;
    json_t *o;
    long in;
    if (call_view(c, &v))
        return NULL;
    if ((in = ev_find(v.e, C_INSTRUMENT, c->id)) < 0)
        return not_found(c, &v, REF(C_INSTRUMENT), "instrument");
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
    call_page pg;
    json_t *o;
    if (call_params(c, search_params, &so))
        return NULL;
    if (so.kind && (kind = search_kind_parse(so.kind)) < 0)
        return call_fail(c, 400, "kind: '%s' is not one of project, instrument, place, actor, "
                            "source, claim",
                    so.kind);
    if (call_page_init(c, &pg, NULL, NULL))
        return NULL;
    if (call_page_view(c, &pg, &v))
        return NULL;
    if (snap_view_search(&v, &ix, &err) || search_run(ix, so.q, kind, &hits, &n, &err)) {
        return call_page_fail(c, &pg, &v, &err);
    }
    for (size_t i = 0; i < n; i++)
        if (call_page_take(&pg))
            call_page_add(&pg, fj_search_hit(v.e, &hits[i]));
    free(hits);
    o = call_page_done(c, &pg);
    if (o)
        json_object_set_new(o, "query", json_string(so.q));
    snap_view_done(&v);
    return o;
}

static int audit_entry(void *ctx, const store_audit *a)
{
    call_page *pg = ctx;
    if (call_page_take(pg))
        call_page_add(pg, fj_audit(a));
    return 0;
}

static json_t *h_audit(api_call *c)
{
    call_page pg;
    amur_err err = {0, ""};
    if (!c->db)
        return call_fail(c, 500, "no database to read the audit log from");
    if (call_page_init(c, &pg, NULL, NULL))
        return NULL;
    if (store_each_audit(c->db, audit_entry, &pg, &err)) {
        json_decref(pg.items);
        return call_fail_err(c, &err);
    }
    return call_page_done(c, &pg);
}

static json_t *h_openapi(api_call *c)
{
    json_t *o = api_openapi();
    return o ? o : call_fail(c, 500, "out of memory");
}

/* ---- the table ---- */

/* limit and offset, as call_page_init() reads them. */
static const param page_params[] = {
    {.name = "limit", .type = PARAM_INT, .def = "100", .max = API_MAX_LIMIT, .where = PARAM_API,
     .help = "at most this many items, at most 10000; 0 gives only the total"},
    {.name = "offset", .type = PARAM_INT, .def = "0", .max = 1e15, .where = PARAM_API,
     .help = "skip this many items first"},
    {0}};

static const param project_more[] = {
    {.name = "stage", .type = PARAM_TEXT, .where = PARAM_API,
     .help = "only projects at this resolved stage (or unknown)"},
    {.name = "publisher", .type = PARAM_TEXT, .where = PARAM_API,
     .help = "only projects with a claim from a source of this publisher (one of their "
             "publishers; an IATI activity's is its reporting organisation)"},
    {0}};
static const param place_more[] = {
    {.name = "located", .type = PARAM_FLAG, .where = PARAM_API,
     .help = "only places with projects"},
    {0}};

#define PAGE_OF(what) "A page of " what ": {\"items\", \"total\", \"limit\", \"offset\"}."
#define VIEW_PAGE (ROUTE_CLOCKS | ROUTE_PAGE)
#define VIEW_LIST (ROUTE_CLOCKS | ROUTE_PAGE | ROUTE_LIST)
#define LIST (ROUTE_PAGE | ROUTE_LIST)

const route api_routes[] = {
    {"GET", "/api/summary", h_summary, "What the database holds",
     "{\"counts\": {concept: rows}, \"today\": the default as_of, \"generation\": changes "
     "whenever the data may have}.",
     NULL, NULL, 0, NULL, NULL},
    {"GET", "/api/projects", h_projects, "Projects, with the stage each has reached",
     PAGE_OF("projects") " Each is the record of `amur projects --json` with the fields of "
     "its status added: stage (null when unknown), confidence, contested, overridden, and "
     "publishers: the publishers of the sources of its claims in the view, each once (the "
     "facet counts a project under each).",
     rec_project_filters, project_more, VIEW_LIST, NULL, NULL},
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
     LIST, NULL, NULL},
    {"GET", "/api/instrument/{id}", h_instrument, "One instrument, its listings and scorecard",
     "{\"id\", \"instrument\": its record, \"listings\": listing records with project_name "
     "and stage, \"scorecard\": as `amur scorecard ID --json` (null when it lists nothing), "
     "\"claims\": the records of its claims in the view, \"sources\": the records of the "
     "sources they cite}.",
     NULL, NULL, ROUTE_CLOCKS, NULL, NULL},
    {"GET", "/api/delivery", h_delivery, "A programme's projects with their delivery",
     PAGE_OF("the projects an instrument lists, each once, in the order listed") " Each is "
     "{id (the project), project, name, names, side (the listing's, else the project's, else "
     "joint), stage (null when unknown), property (planned_completion or planned_opening: the "
     "history with the most days late, any scope), scope, first, final (the first and latest "
     "promise), actual, delay_days (days late, as the scorecard's median counts them), "
     "overdue (any of those histories), sources (the ids of the promises' sources)}.",
     delivery_params, NULL, VIEW_LIST, NULL, NULL},
    {"GET", "/api/source/{id}", h_source, "One source and the claims citing it",
     "{\"id\", \"source\": its record, \"claims\": the records of the claims citing it "
     "in the view, with their tier}. 404 for an unknown id, with the closest one.",
     NULL, NULL, ROUTE_CLOCKS, NULL, NULL},
    {"GET", "/api/actor/{id}", h_actor, "One actor, its stakes and its projects",
     "{\"id\", \"actor\": its record, \"stakes\": its stake records in the view with "
     "project_name and active, \"projects\": [{id, name, names, and the fields of the "
     "project's status}] once each}. 404 for an unknown id, with the closest one.",
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
     "{\"title\", \"blocks\": [the blocks of `amur report --format json`]}. Tables keep "
     "their English \"columns\" and values in every language; in ru or zh a table also has "
     "\"shown\" (its heads, then each row's cells, as the report words them), a chart each "
     "bar's \"shown\" label and its \"shown_unit\".", report_params,
     NULL, ROUTE_CLOCKS, NULL, NULL},
    {"GET", "/api/places", h_places, "Places with coordinates, and the projects at each",
     PAGE_OF("place records, as `amur places --json`") " Each also has \"projects\": [{id, "
     "name, names, kind, stage}] located there, stages resolved in the view.",
     rec_place_filters, place_more, VIEW_LIST, NULL, NULL},
    {"GET", "/api/sources", h_sources, "Sources", PAGE_OF("source records, as `amur sources --json`"),
     rec_source_filters, NULL, LIST, NULL, NULL},
    {"GET", "/api/claims", h_claims, "Claims, with their source's tier",
     PAGE_OF("claim records, as `amur claims --json`") " With as_of or known_by, only the "
     "claims that pass those clocks.",
     rec_claim_filters, NULL, VIEW_LIST, NULL, NULL},
    {"GET", "/api/indicators", h_indicators, "Regional indicators",
     PAGE_OF("indicator records, as `amur indicators --json`"), rec_indicator_filters, NULL,
     LIST, NULL, NULL},
    {"GET", "/api/actors", h_actors, "Actors", PAGE_OF("actor records, as `amur actors --json`"),
     rec_actor_filters, NULL, LIST, NULL, NULL},
    {"GET", "/api/listings", h_listings, "Projects as listed in instruments",
     PAGE_OF("listing records, as `amur listings --json`"), rec_listing_filters, NULL,
     LIST, NULL, NULL},
    {"GET", "/api/stakes", h_stakes, "Actors' stakes in projects",
     PAGE_OF("stake records, as `amur stakes --json`"), rec_stake_filters, NULL, LIST,
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
    {"POST", "/api/proposals", h_post_proposals, "Propose claims for review (needs a token)",
     "201 with {\"ids\": the new proposals' numbers, \"added\": how many}. The body (JSON, "
     "at most 1 MB) is what `amur extract --json` prints: one candidate object or an array "
     "of them (subject, property, value, date, source, quote, quote_lang, confidence, "
     "reasons, context, new_source...). They are stored as pending proposals, never as "
     "claims. Errors: 400 {\"error\", \"problems\": [{item, field, message}]} for bad JSON, "
     "unknown fields or subjects, with nothing stored; 401, 403 and 413 as for POST "
     "/api/claims.",
     NULL, NULL, 0, "editor", NULL},
    {"GET", "/api/proposals", h_proposals, "Proposed claims and their review (needs a token)",
     PAGE_OF("proposals, oldest first, as `amur proposals list --json`: id, status, created, "
             "decided, reviewer, reason, claim (the claim it became), the candidate's fields "
             "and context (the article's sentence)")
     " Needs `Authorization: Bearer TOKEN` of an editor or admin token.",
     proposal_params, NULL, ROUTE_PAGE, "editor", NULL},
    {"POST", "/api/proposals/{id}/accept", h_accept_proposal, "Accept a proposal as a claim",
     "201 with {\"id\", \"status\": \"accepted\", \"claim\": the claim's id, \"reviewer\"}. "
     "The body (may be empty) is {\"reviewer\": who decides (else the token's number), "
     "\"set\": {field: new value} to edit the claim first (value, date, quote...; "
     "source_tier and the other source_ fields for a new source; null empties one)}. The "
     "claim (and its new source) is checked as `amur load` checks a bundle and stored in "
     "one transaction with the decision and an entry of the audit log. Errors: 400 with "
     "problems [{item: the proposal, field, message}] for a bad edit, nothing stored; 404 "
     "for an unknown proposal (with the nearest pending one); 409 for one decided already.",
     NULL, NULL, 0, "editor", NULL},
    {"POST", "/api/proposals/{id}/reject", h_reject_proposal, "Reject a proposal",
     "200 with {\"id\", \"status\": \"rejected\", \"reviewer\"}. The body is "
     "{\"reason\": why (required), \"reviewer\": who decides}; the reason is kept with the "
     "proposal and the decision goes to the audit log. Errors: 400 without a reason, 404 "
     "for an unknown proposal, 409 for one decided already.",
     NULL, NULL, 0, "editor", NULL},
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

/* Whether PATH matches PATTERN, whose one {id}, at its end or before a
** fixed ending (/accept), matches the
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
    /* a pattern may go on after its {id} (/accept): the path must end so,
    ** and the handler finds the id before it */
    if (brace[4]) {
        size_t sn = strlen(brace + 4), pn = strlen(path + pre);
        if (pn <= sn || strcmp(path + pre + pn - sn, brace + 4) != 0)
            return 0;
    }
    *id = path + pre;
    return 1;
}

/* The routes of the analyses, made once from their table: the returns
** text needs the page's wording around the analysis's own. */
typedef struct an_route {
    route r;
    char returns[512];
} an_route;

static an_route an_routes[AN_MAX];
static pthread_once_t an_routes_once = PTHREAD_ONCE_INIT;

static void an_routes_make(void)
{
    for (size_t i = 0; i < analyses_count && i < AN_MAX; i++) {
        const analysis *an = analyses[i];
        an_route *ar = &an_routes[i];
        snprintf(ar->returns, sizeof ar->returns, PAGE_OF("%s"), an->returns);
        ar->r = (route){"GET", an->path, api_an_handlers[i], an->summary, ar->returns,
                        an->params, NULL, VIEW_LIST, NULL, an};
    }
}

size_t api_route_count(void)
{
    return api_nroutes + (analyses_count < AN_MAX ? analyses_count : AN_MAX);
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

/* param_get for no parameters at all. */
static const char *no_param(void *ctx, const char *name)
{
    (void)ctx;
    (void)name;
    return NULL;
}

int api_list_spec(const route *r, list_spec *s)
{
    const concept *k;
    memset(s, 0, sizeof *s);
    if (!(r->takes & ROUTE_LIST))
        return 0;
    if (r->an) {
        *s = api_analysis_list(r->an);
        return 1;
    }
    if (strcmp(r->path, "/api/delivery") == 0) {
        *s = delivery_list;
        return 1;
    }
    if (strncmp(r->path, "/api/", 5) != 0 || !(k = schema_find(r->path + 5)))
        return 0;
    *s = concept_list(k->id);
    return 1;
}

int api_may_download(const route *r, const char *accept)
{
    list_opts o = {0};
    char msg[8];
    return (r->takes & ROUTE_LIST) && accept &&
           !list_opts_read(&o, 0, no_param, NULL, accept, msg, sizeof msg) &&
           list_csv_wanted(&o);
}

size_t api_param_lists(const route *r, const param *t[API_PARAM_LISTS])
{
    list_spec s;
    size_t n = 0;
    if (r->params)
        t[n++] = r->params;
    if (r->more)
        t[n++] = r->more;
    if (r->takes & ROUTE_CLOCKS)
        t[n++] = ev_clock_params;
    if (r->takes & ROUTE_PAGE)
        t[n++] = page_params;
    if (r->takes & ROUTE_LIST) {
        t[n++] = list_params;
        if (api_list_spec(r, &s) && s.dated)
            t[n++] = list_dated_params;
    }
    return n;
}

int api_knows_param(const route *r, const char *name)
{
    const param *t[API_PARAM_LISTS];
    size_t n = api_param_lists(r, t);
    for (size_t i = 0; i < n; i++)
        if (has_param(t[i], name))
            return 1;
    return 0;
}

void api_param_help(const route *r, const char *name, char *buf, size_t n)
{
    const param *t[API_PARAM_LISTS];
    size_t nt = api_param_lists(r, t), len = 0;
    int best = -1, k = 0;
    char spelt[64], near[64] = "";
    for (size_t i = 0; i < nt; i++)
        for (size_t j = 0; t[i] && t[i][j].name; j++) {
            const char *p = param_spelling(&t[i][j], PARAM_API, spelt, sizeof spelt);
            int d = (t[i][j].where & PARAM_API) ? text_closeness(name, p, 0) : -1;
            if (d >= 0 && (best < 0 || d < best)) {
                best = d;
                snprintf(near, sizeof near, "%s", p);
            }
        }
    if (n && best >= 0)
        k = snprintf(buf, n, " (did you mean '%s'?)", near);
    len = k < 0 || (size_t)k >= n ? n : (size_t)k;
    if (len < n)
        k = snprintf(buf + len, n - len, "; it takes ");
    len = k < 0 || (size_t)k >= n - len ? n : len + (size_t)k;
    for (size_t i = 0, first = 1; i < nt && len < n; i++)
        for (size_t j = 0; t[i] && t[i][j].name && len < n; j++) {
            if (!(t[i][j].where & PARAM_API))
                continue;
            k = snprintf(buf + len, n - len, "%s%s", first ? "" : ", ",
                         param_spelling(&t[i][j], PARAM_API, spelt, sizeof spelt));
            len = k < 0 || (size_t)k >= n - len ? n : len + (size_t)k;
            first = 0;
        }
}

