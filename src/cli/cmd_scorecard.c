/*
** cmd_scorecard.c — amur scorecard [INSTRUMENT]: for each programme, what
** it listed and what became of it (analyze/scorecard.h), as a readable
** block per instrument or a JSON object each.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../analyze/scorecard.h"
#include "../core/schema.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

static const char *stage_key(int s)
{
    return s == SC_UNTRACKED ? "untracked" : schema_stages[s];
}

/* A whole number as an integer, anything else as a real. */
static json_t *num_json(double v)
{
    if (v == floor(v) && fabs(v) < 9e15)
        return json_integer((json_int_t)v);
    return json_real(v);
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
                     r.n ? json_real((double)r.k / (double)r.n) : json_null());
}

static json_t *scope_json(const char *scope)
{
    char k[256], v[256];
    json_t *o = json_object();
    while (sc_scope_next(&scope, k, sizeof k, v, sizeof v))
        json_object_set_new(o, k, json_string(v));
    return o;
}

static json_t *unmatched_json(const char *scope)
{
    char k[256], v[256];
    json_t *a = json_array();
    while (sc_scope_next(&scope, k, sizeof k, v, sizeof v))
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
                     jo_period(c->refers), "source", c->source, "tier",
                     c->tier >= 0 ? json_string(schema_tiers[c->tier]) : json_null(),
                     "quote", jo_str(c->quote), "item_level",
                     r->item_level >= 0 ? json_integer(r->item_level) : json_null(),
                     "unmatched", unmatched_json(c->scope));
}

static json_t *coverage_json(size_t listed, const sc_total *t)
{
    json_t *o = json_pack("{s:I,s:o,s:o,s:o}", "listed", (json_int_t)listed, "reported_total",
                          t->claim ? num_json(t->value) : json_null(), "ratio",
                          t->claim && t->value > 0 ? json_real((double)listed / t->value)
                                                   : json_null(),
                          "claim", jo_str(t->claim ? t->claim->id : NULL));
    return o;
}

static json_t *scorecard_json(const evidence *e, const scorecard *s)
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
                     s->n_delays ? json_real(s->median_delay) : json_null(),
                     "projects_with_delay", (json_int_t)s->n_delays, "reported", rep,
                     "coverage", cov);
}

static void print_stages(const size_t *n)
{
    const char *sep = "";
    for (int s = 0; s < SC_STAGES; s++)
        if (n[s]) {
            printf("%s%s %zu", sep, stage_key(s), n[s]);
            sep = ", ";
        }
    printf("\n");
}

static void print_rate(const char *what, sc_rate r, const char *of)
{
    if (r.n)
        printf("  %-15s %zu of %zu %s (%.0f%%)\n", what, r.k, r.n, of,
               100.0 * (double)r.k / (double)r.n);
    else
        printf("  %-15s undefined (no %s)\n", what, of);
}

static void print_coverage(const char *what, size_t listed, const sc_total *t)
{
    char v[64];
    if (!t->claim) {
        printf("  %s: %zu listed; no reported total\n", what, listed);
        return;
    }
    snprintf(v, sizeof v, "%g", t->value);
    if (t->value > 0)
        printf("  %s: %zu of the %s projects reported (claim %s) are in the item-level "
               "record (%.1f%%)\n",
               what, listed, v, t->claim->id, 100.0 * (double)listed / t->value);
    else
        printf("  %s: %zu listed; reported total %s (claim %s)\n", what, listed, v,
               t->claim->id);
}

static int print_reported(const scorecard *s)
{
    static const char *const heads[] = {"reported", "unit",  "scope", "refers_to", "item_level",
                                        "said",     "source", "tier", "quote"};
    table *t = table_new(9, heads);
    if (!t)
        return AMUR_ESYS;
    for (size_t i = 0; i < s->n_reported; i++) {
        const sc_reported *r = &s->reported[i];
        const ev_claim *c = r->claim;
        char val[64], item[128], d[PDATE_BUF], a[PDATE_BUF], b[PDATE_BUF], refers[32];
        const char *cells[9];
        snprintf(val, sizeof val, "%g", r->value);
        if (r->item_level < 0)
            snprintf(item, sizeof item, "n/a");
        else
            snprintf(item, sizeof item, "%ld", r->item_level);
        if (r->item_level >= 0 && r->unmatched) {
            /* name the scope keys the listings cannot be matched on */
            const char *cur = c->scope, *sep = " (not matched: ";
            char k[64], v[256];
            size_t len = strlen(item);
            while (sc_scope_next(&cur, k, sizeof k, v, sizeof v))
                if (strcmp(k, "side") != 0 && strcmp(k, "stage") != 0 && len < sizeof item) {
                    len += (size_t)snprintf(item + len, sizeof item - len, "%s%s", sep, k);
                    sep = ", ";
                }
            if (len < sizeof item - 1)
                snprintf(item + len, sizeof item - len, ")");
        }
        pdate_format(c->refers.from, a);
        if (pdate_cmp(c->refers.from, c->refers.to) == 0)
            snprintf(refers, sizeof refers, "%s", a);
        else
            snprintf(refers, sizeof refers, "%s/%s", a, pdate_format(c->refers.to, b));
        cells[0] = val;
        cells[1] = c->unit;
        cells[2] = c->scope;
        cells[3] = refers;
        cells[4] = item;
        cells[5] = pdate_format(c->date, d);
        cells[6] = c->source;
        cells[7] = c->tier >= 0 ? schema_tiers[c->tier] : "";
        cells[8] = c->quote;
        table_add(t, cells);
    }
    table_print(t, stdout, table_fit_width(stdout));
    table_free(t);
    return AMUR_OK;
}

static int print_block(const evidence *e, const scorecard *s)
{
    const ev_instrument *in = &e->instruments[s->inst];
    char d[PDATE_BUF];

    printf("%s — %s (%s%s%s)\n", in->id, in->name.en ? in->name.en : "", in->kind,
           in->date.y ? ", " : "", pdate_format(in->date, d));
    printf("  listed: %zu project%s, %zu with stage evidence\n", s->listed,
           s->listed == 1 ? "" : "s", s->tracked);
    if (s->listed) {
        printf("  by stage: ");
        print_stages(s->by_stage);
    }
    for (size_t i = 0; i < s->n_sides; i++) {
        printf("  side %s: %zu listed", s->sides[i].side, s->sides[i].listed);
        if (s->sides[i].listed) {
            printf(": ");
            print_stages(s->sides[i].by_stage);
        } else {
            printf("\n");
        }
    }
    print_rate("implementation", s->implementation, "tracked projects");
    print_rate("delivery", s->delivery, "tracked projects");
    print_rate("on time", s->on_time, "delivered projects with a promised end");
    if (s->n_delays)
        printf("  median slippage: %g days (over %zu project%s with promised dates)\n",
               s->median_delay, s->n_delays, s->n_delays == 1 ? "" : "s");
    else
        printf("  median slippage: undefined (no promised completion or opening dates)\n");
    printf("  coverage:\n");
    print_coverage("  all sides", s->listed, &s->total);
    for (size_t i = 0; i < s->n_sides; i++) {
        char what[SC_SIDE_MAX + 16];
        snprintf(what, sizeof what, "  side %s", s->sides[i].side);
        print_coverage(what, s->sides[i].listed, &s->sides[i].total);
    }
    if (s->n_reported) {
        printf("  reported by the record, beside the item-level count:\n");
        return print_reported(s);
    }
    printf("  reported: no count claims\n");
    return AMUR_OK;
}

int cmd_scorecard(cli *c)
{
    evidence *e;
    scorecard *v;
    size_t n;
    long only = -1;
    int rc;
    jo j;

    if ((rc = cli_evidence(c, &e)))
        return rc;
    if (c->npos == 1 && (only = ev_find(e, C_INSTRUMENT, c->pos[0])) < 0) {
        evidence_free(e);
        return err_set(&c->err, AMUR_EDATA, "scorecard: no instrument '%s'", c->pos[0]);
    }
    if ((rc = scorecard_all(e, only, &v, &n))) {
        evidence_free(e);
        return err_set(&c->err, rc, "out of memory");
    }
    if (c->json)
        jo_begin(&j, stdout);
    for (size_t i = 0; i < n && rc == AMUR_OK; i++) {
        if (c->json) {
            jo_add(&j, scorecard_json(e, &v[i]));
        } else {
            if (i)
                printf("\n");
            rc = print_block(e, &v[i]);
        }
    }
    if (c->json)
        jo_end(&j);
    else if (n == 0)
        printf("no instrument has listed projects\n");
    scorecard_free(v, n);
    evidence_free(e);
    return rc ? err_set(&c->err, rc, "out of memory") : AMUR_OK;
}
