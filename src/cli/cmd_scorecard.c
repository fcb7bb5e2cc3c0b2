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
#include "../out/findings.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

static const char *stage_key(int s)
{
    return s == SC_UNTRACKED ? "untracked" : schema_stages[s];
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
            jo_add(&j, fj_scorecard(e, &v[i]));
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
