/*
** findings.c — see findings.h. The objects here were the command
** handlers' own until the web API needed them too; their fields and their
** order are the command line's --json (the tests/cli json tests keep them).
*/
#include "findings.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/schema.h"
#include "jsonout.h"
#include "tr.h"

static json_t *tier_json(int tier)
{
    return tier >= 0 ? json_string(schema_tiers[tier]) : json_null();
}

const char *fj_subject_name(const evidence *e, const char *id)
{
    long i;
    if ((i = ev_find(e, C_PROJECT, id)) >= 0)
        return e->projects[i].name.en;
    if ((i = ev_find(e, C_INSTRUMENT, id)) >= 0)
        return e->instruments[i].name.en;
    if ((i = ev_find(e, C_PLACE, id)) >= 0)
        return e->places[i].name.en;
    if ((i = ev_find(e, C_ACTOR, id)) >= 0)
        return e->actors[i].name.en;
    return NULL;
}

const char *fj_source_name(const evidence *e, const char *id)
{
    long i = id ? ev_find(e, C_SOURCE, id) : -1;
    if (i < 0)
        return id;
    return e->sources[i].publisher ? e->sources[i].publisher
           : e->sources[i].title   ? e->sources[i].title
                                   : id;
}

/* ---- status ---- */

char *fj_provenance(const evidence *e, const ev_claim *c, int lang, char *buf, size_t n)
{
    long s = c->source ? ev_find(e, C_SOURCE, c->source) : -1;
    const char *sl = s >= 0 ? e->sources[s].language : NULL;
    int translated = c->quote_lang && sl && strcmp(c->quote_lang, sl) != 0;
    const char *via = c->via ? fj_source_name(e, c->via) : NULL;
    if (via)
        tr_fill(buf, n,
                translated ? tr_text(lang, "ct.via.translated", "as reported in {0}, translated")
                           : tr_text(lang, "ct.via", "as reported in {0}"),
                1, &via);
    else
        tr_fill(buf, n, translated ? tr_text(lang, "ct.translated", "translated") : "", 0, NULL);
    return buf;
}

void fj_status_fields(json_t *obj, const evidence *e, const status_result *r)
{
    pdate d;
    json_t *parts = json_array();
    for (size_t i = 0; i < r->n_parts; i++) {
        const status_part *pt = &r->parts[i];
        json_array_append_new(
            parts, json_pack("{s:s,s:o,s:o,s:b,s:b}", "scope", pt->scope, "stage",
                             pt->stage >= 0 ? json_string(schema_stages[pt->stage]) : json_null(),
                             "confidence", jo_real(pt->confidence), "contested", pt->contested,
                             "overridden", pt->overridden));
    }
    json_object_set_new(obj, "stage",
                        r->stage >= 0 ? json_string(schema_stages[r->stage]) : json_null());
    json_object_set_new(obj, "confidence", jo_real(r->confidence));
    json_object_set_new(obj, "contested", json_boolean(r->contested));
    json_object_set_new(obj, "overridden", json_boolean(r->overridden));
    json_object_set_new(obj, "delivered", json_boolean(status_delivered(r)));
    json_object_set_new(obj, "delivery_date", status_delivery_date(e, r, &d) ? jo_date(d)
                                                                            : json_null());
    json_object_set_new(obj, "parts", parts);
    json_object_set_new(obj, "ruled_out", json_integer((json_int_t)r->ruled_out));
}

json_t *fj_claim_extra(json_t *obj, const evidence *e, const ev_claim *c)
{
    char prov[512];
    const ev_claim *by = NULL;
    int superseded = 0;
    long p = ev_find(e, C_PROJECT, c->subject);
    if (p >= 0)
        by = status_set_aside_by(e, (size_t)p, c, &superseded);
    json_object_set_new(obj, "provenance",
                        json_string(fj_provenance(e, c, TR_EN, prov, sizeof prov)));
    json_object_set_new(obj, "ruled_out_by", jo_str(by && !superseded ? by->id : NULL));
    json_object_set_new(obj, "superseded_by", jo_str(by && superseded ? by->id : NULL));
    return obj;
}

json_t *fj_status(const evidence *e, const status_result *r)
{
    const ev_project *p = &e->projects[r->project];
    json_t *claims = json_array(), *o;
    for (size_t i = r->first; i < r->first + r->n; i++)
        json_array_append_new(claims, fj_claim_extra(jo_claim(&e->claims[i]), e, &e->claims[i]));
    o = json_pack("{s:s,s:s,s:s?,s:o}", "id", p->id, "project", p->id, "name", p->name.en,
                  "names", jo_names(&p->name));
    fj_status_fields(o, e, r);
    json_object_set_new(o, "claims", claims);
    return o;
}

/* ---- slippage ---- */

static json_t *promise_json(const slip_promise *s)
{
    const ev_claim *c = s->claim;
    return json_pack("{s:o,s:o,s:s,s:o,s:o,s:o,s:o,s:o,s:o}", "made", jo_date(s->made), "date",
                     jo_date(s->date), "kind", slip_kind_name(s->kind), "source",
                     jo_str(c ? c->source : NULL), "instrument",
                     jo_str(s->listing ? s->listing->instrument : NULL), "listing",
                     jo_str(s->listing ? s->listing->id : NULL), "claim",
                     jo_str(c ? c->id : NULL), "tier", tier_json(c ? c->tier : -1), "quote",
                     jo_str(c ? c->quote : NULL));
}

json_t *fj_slippage(const evidence *e, const slip_history *h)
{
    const ev_project *p = &e->projects[h->project];
    json_t *promises = json_array();
    for (size_t i = 0; i < h->n; i++)
        json_array_append_new(promises, promise_json(&h->promises[i]));
    /* delay_days is days late (docs/analyses.md, "Slippage"); how far the
    ** promise itself moved is moved_days */
    return json_pack("{s:o,s:s,s:s?,s:o,s:s,s:o,s:o,s:o,s:o,s:i,s:i,s:i,s:I,s:o,s:b,s:b,s:b,s:o,"
                     "s:o}",
                     "id",
                     h->scope ? json_sprintf("%s/%s/%s", p->id, h->property, h->scope)
                              : json_sprintf("%s/%s", p->id, h->property),
                     "project", p->id, "name", p->name.en, "names", jo_names(&p->name),
                     "property", h->property, "scope", jo_str(h->scope), "first",
                     jo_date(h->promises[0].date), "final",
                     jo_date(h->promises[h->current].date), "promises", promises,
                     "postponements", h->postponements, "advances", h->advances,
                     "reaffirmations", h->reaffirmations, "moved_days",
                     (json_int_t)h->delay_days, "delay_days",
                     h->has_days_late ? json_integer(h->days_late) : json_null(), "delivered",
                     h->delivered, "halted", h->halted, "overdue", h->overdue, "actual",
                     jo_date(h->actual_date), "actual_claim",
                     jo_str(h->actual ? h->actual->id : NULL));
}

/* ---- contradictions ---- */

json_t *fj_contradiction(const evidence *e, const contra_pair *p)
{
    return json_pack("{s:o,s:s,s:s?,s:s,s:o,s:o,s:I,s:i,s:b,s:b}", "id",
                     json_sprintf("%s~%s", p->a->id, p->b->id), "subject", p->a->subject,
                     "name", fj_subject_name(e, p->a->subject), "property", p->a->property, "a",
                     jo_claim(p->a), "b", jo_claim(p->b), "gap_days", (json_int_t)p->gap_days,
                     "severity", p->severity, "official_ahead", p->official_ahead,
                     "same_source", p->same_source);
}

/* ---- scorecards ---- */

static const char *stage_key(int s)
{
    return s == SC_UNTRACKED ? "untracked" : schema_stages[s];
}

/* A whole number as an integer, anything else as a real. */
static json_t *num_json(double v)
{
    if (v == floor(v) && fabs(v) < 9e15)
        return json_integer((json_int_t)v);
    return jo_real(v);
}

static json_t *by_stage_json(const size_t *n)
{
    json_t *o = json_object();
    for (int s = 0; s < SC_STAGES; s++)
        if (n[s])
            json_object_set_new(o, stage_key(s), json_integer((json_int_t)n[s]));
    return o;
}

static json_t *rate_json(sc_rate r)
{
    return json_pack("{s:I,s:I,s:o}", "numerator", (json_int_t)r.k, "denominator",
                     (json_int_t)r.n, "rate",
                     r.n ? jo_real((double)r.k / (double)r.n) : json_null());
}

static json_t *scope_json(const char *scope)
{
    char k[256], v[256];
    json_t *o = json_object();
    while (schema_scope_next(&scope, k, sizeof k, v, sizeof v))
        json_object_set_new(o, k, json_string(v));
    return o;
}

static json_t *unmatched_json(const char *scope)
{
    char k[256], v[256];
    json_t *a = json_array();
    while (schema_scope_next(&scope, k, sizeof k, v, sizeof v))
        if (strcmp(k, "side") != 0 && strcmp(k, "stage") != 0)
            json_array_append_new(a, json_string(k));
    return a;
}

static json_t *reported_json(const sc_reported *r)
{
    const ev_claim *c = r->claim;
    return json_pack("{s:s,s:o,s:o,s:o,s:o,s:o,s:s,s:o,s:o,s:o,s:o}", "claim", c->id, "value",
                     num_json(r->value), "unit", jo_str(c->unit), "scope",
                     scope_json(c->scope), "date", jo_date(c->date), "refers_to",
                     jo_period(c->refers), "source", c->source, "tier", tier_json(c->tier),
                     "quote", jo_str(c->quote), "item_level",
                     r->item_level >= 0 ? json_integer(r->item_level) : json_null(),
                     "unmatched", unmatched_json(c->scope));
}

static json_t *coverage_json(size_t listed, const sc_total *t)
{
    return json_pack("{s:I,s:o,s:o,s:o}", "listed", (json_int_t)listed, "reported_total",
                     t->claim ? num_json(t->value) : json_null(), "ratio",
                     t->claim && t->value > 0 ? jo_real((double)listed / t->value)
                                              : json_null(),
                     "claim", jo_str(t->claim ? t->claim->id : NULL));
}

json_t *fj_scorecard(const evidence *e, const scorecard *s)
{
    const ev_instrument *in = &e->instruments[s->inst];
    json_t *sides = json_object(), *side_cov = json_object(), *rep = json_array(), *cov;
    for (size_t i = 0; i < s->n_sides; i++) {
        json_object_set_new(sides, s->sides[i].side, by_stage_json(s->sides[i].by_stage));
        json_object_set_new(side_cov, s->sides[i].side,
                            coverage_json(s->sides[i].listed, &s->sides[i].total));
    }
    for (size_t i = 0; i < s->n_reported; i++)
        json_array_append_new(rep, reported_json(&s->reported[i]));
    /* tracked beside listed, so that the record's depth shows too */
    cov = coverage_json(s->listed, &s->total);
    json_object_set_new(cov, "tracked", json_integer((json_int_t)s->tracked));
    json_object_set_new(cov, "by_side", side_cov);
    return json_pack("{s:s,s:s?,s:o,s:s?,s:o,s:I,s:I,s:o,s:o,s:{s:o,s:o,s:o},s:o,s:I,s:o,s:o}",
                     "id", in->id, "name", in->name.en, "names", jo_names(&in->name), "kind",
                     in->kind, "date", jo_date(in->date), "listed", (json_int_t)s->listed,
                     "tracked", (json_int_t)s->tracked, "by_stage", by_stage_json(s->by_stage),
                     "by_side", sides, "rates", "implementation",
                     rate_json(s->implementation), "delivery", rate_json(s->delivery),
                     "on_time", rate_json(s->on_time), "median_slippage_days",
                     s->n_delays ? jo_real(s->median_delay) : json_null(),
                     "projects_with_delay", (json_int_t)s->n_delays, "reported", rep,
                     "coverage", cov);
}

/* ---- carry-over ---- */

static const ev_project *project_of(const evidence *e, const ev_listing *l)
{
    long p = ev_find(e, C_PROJECT, l->project);
    return p >= 0 ? &e->projects[p] : NULL;
}

static json_t *carry_side_json(const evidence *e, size_t i)
{
    const ev_listing *l = &e->listings[i];
    const ev_project *p = project_of(e, l);
    const ev_instrument *in = &e->instruments[l->inst];
    return json_pack("{s:s,s:s,s:o,s:s,s:o,s:o}", "listing", l->id, "project", l->project,
                     "name", jo_str(p ? p->name.en : NULL), "instrument", in->id,
                     "instrument_name", jo_str(in->name.en), "date", jo_date(in->date));
}

json_t *fj_carryover(const evidence *e, const carry_pair *p)
{
    const ev_listing *a = &e->listings[p->a], *b = &e->listings[p->b];
    return json_pack("{s:o,s:o,s:o,s:[s,s],s:o,s:b,s:b,s:s}", "id",
                     json_sprintf("%s~%s", a->id, b->id), "a", carry_side_json(e, p->a), "b",
                     carry_side_json(e, p->b), "instruments", a->instrument, b->instrument,
                     "score", jo_real(p->score), "declared", p->declared, "implementing",
                     p->implementing, "kind", p->implementing ? "implementing" : "relisted");
}

/* ---- regions ---- */

static json_t *value_json(const reg_value *v)
{
    if (!v->has)
        return json_null();
    return json_pack("{s:o,s:o,s:s}", "value", jo_real(v->lo), "max",
                     v->lo == v->hi ? json_null() : jo_real(v->hi), "indicator", v->indicator);
}

json_t *fj_region(const evidence *e, const reg_region *r, const reg_options *o)
{
    const ev_place *p = &e->places[r->place];
    json_t *values = json_array(), *trend = json_object();
    for (size_t i = 0; i < r->nyears; i++) {
        const reg_year *y = &r->years[i];
        json_array_append_new(
            values, json_pack("{s:i,s:o,s:o,s:o,s:o}", "year", y->year, "export_share",
                              value_json(&y->share[REG_EXPORT]), "import_share",
                              value_json(&y->share[REG_IMPORT]), "fdi_stock_share",
                              value_json(&y->share[REG_FDI]), "hhi",
                              y->has_hhi ? jo_real(y->hhi) : json_null()));
    }
    for (int s = 0; s < REG_NSHARES; s++) {
        const reg_trend *t = &r->trend[s];
        json_object_set_new(trend, regions_series[s],
                            t->has ? json_pack("{s:i,s:i,s:o,s:o,s:o,s:s}", "from", t->from,
                                               "to", t->to, "from_value",
                                               jo_real(t->from_value), "to_value",
                                               jo_real(t->to_value), "change",
                                               jo_real(t->change), "direction",
                                               regions_direction(t))
                                   : json_null());
    }
    return json_pack(
        "{s:s,s:s,s:s?,s:o,s:o,s:o,s:o,s:o,s:o}", "id", p->id, "region", p->id, "name",
        p->name.en, "names", jo_names(&p->name), "partner", jo_str(r->partner), "values",
        values, "typology",
        r->type == TYPE_NONE
            ? json_null()
            : json_pack("{s:s,s:s,s:i,s:o,s:{s:o,s:o}}", "class", regions_types[r->type], "by",
                        o->by, "year", r->type_year, "value", value_json(&r->type_value),
                        "thresholds", "dependent", jo_real(o->dependent), "independent",
                        jo_real(o->independent)),
        "trend", trend, "source_typology",
        r->classed ? json_pack("{s:s,s:s,s:s,s:b}", "class", regions_types[r->classed_type],
                               "claim", r->classed->id, "source", r->classed->source,
                               "disagrees", r->disagrees)
                   : json_null());
}

/* ---- risks ---- */

static json_t *opponent_json(const evidence *e, const ev_stake *s)
{
    long i = ev_find(e, C_ACTOR, s->actor);
    const ev_actor *a = i >= 0 ? &e->actors[i] : NULL;
    return json_pack("{s:s,s:s,s:o,s:o,s:i,s:o,s:o,s:o}", "stake", s->id, "actor", s->actor,
                     "name", jo_str(a ? a->name.en : NULL), "names",
                     a ? jo_names(&a->name) : json_null(), "influence", s->influence, "from",
                     jo_date(s->from), "to", jo_date(s->to), "quote", jo_str(s->quote));
}

json_t *fj_risk(const evidence *e, const risk_project *r)
{
    const ev_project *p = &e->projects[r->project];
    json_t *opp = json_array();
    for (size_t i = 0; i < r->n_stakes; i++)
        json_array_append_new(opp, opponent_json(e, &e->stakes[r->stakes[i]]));
    return json_pack("{s:s,s:s,s:s?,s:o,s:o,s:o}", "id", p->id, "project", p->id, "name",
                     p->name.en, "names", jo_names(&p->name), "opponents", opp, "delay_days",
                     r->has_delay ? json_integer(r->delay_days) : json_null());
}

static json_t *group_json(const risk_group *g)
{
    return json_pack("{s:I,s:I,s:o}", "projects", (json_int_t)g->projects, "with_delay",
                     (json_int_t)g->with_delay, "median_delay_days",
                     g->with_delay ? jo_real(g->median) : json_null());
}

json_t *fj_risk_summary(const risk_result *r, int min_influence, int ever)
{
    char line[512];
    int finding = risks_comparison(r, line, sizeof line);
    return json_pack("{s:s,s:i,s:b,s:o,s:o,s:o,s:o,s:b,s:s}", "id", "summary", "min_influence",
                     min_influence, "ever", ever, "with", group_json(&r->with), "without",
                     group_json(&r->without), "period_from",
                     r->from ? json_integer(r->from) : json_null(), "period_to",
                     r->to ? json_integer(r->to) : json_null(), "finding", finding, "sentence",
                     line);
}

/* ---- inflation ---- */

json_t *fj_inflation_year(const evidence *e, const inflation *x, const infl_year *y)
{
    json_t *fw = json_array(), *del = json_array();
    for (size_t k = y->fw_first; k < y->fw_first + y->frameworks; k++)
        json_array_append_new(fw, json_string(e->instruments[x->fw[k]].id));
    for (size_t k = y->del_first; k < y->del_first + y->delivered; k++)
        json_array_append_new(del, json_string(e->projects[x->del[k]].id));
    return json_pack("{s:o,s:i,s:I,s:I,s:I,s:I,s:o,s:o,s:o}", "id",
                     json_sprintf("%d", y->year), "year", y->year, "frameworks",
                     (json_int_t)y->frameworks, "delivered", (json_int_t)y->delivered,
                     "cumulative_frameworks", (json_int_t)y->cum_frameworks,
                     "cumulative_delivered", (json_int_t)y->cum_delivered, "ratio",
                     y->cum_delivered ? jo_real((double)y->cum_frameworks /
                                                (double)y->cum_delivered)
                                      : json_null(),
                     "framework_ids", fw, "delivered_ids", del);
}

/* ---- flows ---- */

json_t *fj_flows_total(const evidence *e, const flows_opts *o, const flows_total *t)
{
    int publisher = o->by && strcmp(o->by, "publisher") == 0;
    json_t *id = json_sprintf("%s|%d|%s|%s|%s", t->group, t->year, t->kind,
                              t->type ? t->type : "", t->currency ? t->currency : "");
    return json_pack("{s:o,s:s,s:s,s:o,s:o,s:s,s:o,s:o,s:o,s:I}", "id", id, "by",
                     o->by ? o->by : "project", "group", t->group, "name",
                     publisher ? json_string(t->group) : jo_str(fj_subject_name(e, t->group) ? fj_subject_name(e, t->group) : t->group),
                     "year", t->year ? json_integer(t->year) : json_null(), "kind", t->kind,
                     "type", jo_str(t->type), "currency", jo_str(t->currency), "total",
                     jo_real(t->total), "count", (json_int_t)t->count);
}

/* ---- search ---- */

#define SNIPPET_CHARS 60 /* code points shown on each side of a match */

/* The start of the code point N code points before byte AT of S. */
static size_t back_chars(const char *s, size_t at, int n)
{
    while (at > 0 && n > 0) {
        at--;
        while (at > 0 && ((unsigned char)s[at] & 0xC0) == 0x80)
            at--;
        n--;
    }
    return at;
}

/* The end of the code point N code points after byte AT of S. */
static size_t fwd_chars(const char *s, size_t at, int n)
{
    while (s[at] && n > 0) {
        at++;
        while (((unsigned char)s[at] & 0xC0) == 0x80)
            at++;
        n--;
    }
    return at;
}

static json_t *snippet_json(const search_hit *h)
{
    const char *t = h->text;
    size_t at, len, from, to;
    search_locate(h, &at, &len);
    from = back_chars(t, at, SNIPPET_CHARS);
    to = fwd_chars(t, at + len, SNIPPET_CHARS);
    return json_pack("{s:o,s:s%,s:o}", "before",
                     json_sprintf("%s%.*s", from ? "…" : "", (int)(at - from), t + from),
                     "match", t + at, len, "after",
                     json_sprintf("%.*s%s", (int)(to - at - len), t + at + len, t[to] ? "…" : ""));
}

json_t *fj_search_hit(const evidence *e, const search_hit *h)
{
    const ev_names *names = NULL;
    const char *name = NULL, *subject = NULL, *property = NULL;
    switch (h->kind) {
    case SK_PROJECT: names = &e->projects[h->index].name; break;
    case SK_INSTRUMENT: names = &e->instruments[h->index].name; break;
    case SK_PLACE: names = &e->places[h->index].name; break;
    case SK_ACTOR: names = &e->actors[h->index].name; break;
    case SK_SOURCE: name = e->sources[h->index].title; break;
    default:
        subject = e->claims[h->index].subject;
        property = e->claims[h->index].property;
        name = fj_subject_name(e, subject);
    }
    if (names)
        name = names->en;
    return json_pack("{s:s,s:s,s:o,s:o,s:o,s:o,s:s,s:s,s:o}", "id", h->id, "kind",
                     search_kinds[h->kind], "name", jo_str(name), "names",
                     names ? jo_names(names) : json_null(), "subject", jo_str(subject),
                     "property", jo_str(property), "field", h->field, "rank",
                     search_ranks[h->rank], "snippet", snippet_json(h));
}

json_t *fj_audit(const store_audit *a)
{
    return json_pack("{s:I,s:s,s:I,s:s,s:s,s:s?}", "n", (json_int_t)a->n, "at", a->at, "token",
                     (json_int_t)a->token_id, "role", a->role, "what", a->what, "claim",
                     a->claim_id);
}
