/*
** view_scorecard.c — `amur scorecard [INSTRUMENT]`: for each programme,
** what it listed and what became of it (analyze/scorecard.h), a block per
** instrument.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/scorecard.h"
#include "../core/schema.h"
#include "findings.h"
#include "tr.h"
#include "views.h"

static const char *stage_key(int s)
{
    return s == SC_UNTRACKED ? "untracked" : schema_stages[s];
}

/* "completed 3, planned 2" into BUF. */
static const char *stages(const size_t *n, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = 0;
    for (int s = 0; s < SC_STAGES && len < size; s++)
        if (n[s])
            len += (size_t)snprintf(buf + len, size - len, "%s%s %zu", len ? ", " : "",
                                    stage_key(s), n[s]);
    return buf;
}

static void rate(doc *d, const char *what, sc_rate r, const char *of)
{
    if (r.n)
        doc_line(d, "  %-15s %zu of %zu %s (%.0f%%)", what, r.k, r.n, of,
                 100.0 * (double)r.k / (double)r.n);
    else
        doc_line(d, "  %-15s undefined (no %s)", what, of);
}

static void coverage(doc *d, const char *what, size_t listed, const sc_total *t)
{
    char v[64];
    if (!t->claim) {
        doc_line(d, "  %s: %zu listed; no reported total", what, listed);
        return;
    }
    snprintf(v, sizeof v, "%g", t->value);
    if (t->value > 0)
        doc_line(d,
                 "  %s: %zu of the %s projects reported (claim %s) are in the item-level "
                 "record (%.1f%%)",
                 what, listed, v, t->claim->id, 100.0 * (double)listed / t->value);
    else
        doc_line(d, "  %s: %zu listed; reported total %s (claim %s)", what, listed, v,
                 t->claim->id);
}

/* The item-level count of R, naming the scope keys listings cannot be
** matched on. */
static const char *item_level(const sc_reported *r, char *item, size_t size)
{
    const char *cur = r->claim->scope, *sep = " (not matched: ";
    char k[64], v[256];
    size_t len;
    if (r->item_level < 0)
        return snprintf(item, size, "n/a"), item;
    len = (size_t)snprintf(item, size, "%ld", r->item_level);
    if (!r->unmatched)
        return item;
    while (schema_scope_next(&cur, k, sizeof k, v, sizeof v))
        if (strcmp(k, "side") != 0 && strcmp(k, "stage") != 0 && len < size) {
            len += (size_t)snprintf(item + len, size - len, "%s%s", sep, k);
            sep = ", ";
        }
    if (len < size - 1)
        snprintf(item + len, size - len, ")");
    return item;
}

static void reported(doc *d, const scorecard *s)
{
    static const char *const heads[] = {"reported", "unit",  "scope", "refers_to", "item_level",
                                        "said",     "source", "tier", "quote"};
    doc_table(d, 9, heads);
    for (size_t i = 0; i < s->n_reported; i++) {
        const ev_claim *c = s->reported[i].claim;
        char val[64], item[128], dt[PDATE_BUF], refers[2 * PDATE_BUF + 1];
        const char *cells[9];
        snprintf(val, sizeof val, "%g", s->reported[i].value);
        cells[0] = val;
        cells[1] = c->unit;
        cells[2] = c->scope;
        cells[3] = period_format(c->refers, refers);
        cells[4] = item_level(&s->reported[i], item, sizeof item);
        cells[5] = pdate_format(c->date, dt);
        cells[6] = c->source;
        cells[7] = c->tier >= 0 ? schema_tiers[c->tier] : "";
        cells[8] = c->quote;
        doc_row(d, cells);
    }
}

static void block(doc *d, const evidence *e, const scorecard *s)
{
    const ev_instrument *in = &e->instruments[s->inst];
    char dt[PDATE_BUF], st[512];
    doc_line(d, "%s — %s (%s%s%s)", in->id, in->name.en ? in->name.en : "", in->kind,
             in->date.y ? ", " : "", pdate_format(in->date, dt));
    doc_line(d, "  listed: %zu project%s, %zu with stage evidence", s->listed,
             s->listed == 1 ? "" : "s", s->tracked);
    if (s->listed)
        doc_line(d, "  by stage: %s", stages(s->by_stage, st, sizeof st));
    for (size_t i = 0; i < s->n_sides; i++)
        doc_line(d, "  side %s: %zu listed%s%s", s->sides[i].side, s->sides[i].listed,
                 s->sides[i].listed ? ": " : "",
                 s->sides[i].listed ? stages(s->sides[i].by_stage, st, sizeof st) : "");
    rate(d, "implementation", s->implementation, "tracked projects");
    rate(d, "delivery", s->delivery, "tracked projects");
    rate(d, "on time", s->on_time, "delivered projects with a promised end");
    if (s->n_delays)
        doc_line(d, "  median slippage: %g days (over %zu project%s with promised dates)",
                 s->median_delay, s->n_delays, s->n_delays == 1 ? "" : "s");
    else
        doc_line(d, "  median slippage: undefined (no promised completion or opening dates)");
    doc_line(d, "  coverage:");
    coverage(d, "  all sides", s->listed, &s->total);
    for (size_t i = 0; i < s->n_sides; i++) {
        char what[SC_SIDE_MAX + 16];
        snprintf(what, sizeof what, "  side %s", s->sides[i].side);
        coverage(d, what, s->sides[i].listed, &s->sides[i].total);
    }
    if (s->n_reported) {
        doc_line(d, "  reported by the record, beside the item-level count:");
        reported(d, s);
    } else {
        doc_line(d, "  reported: no count claims");
    }
}

/* The scorecards O selects into *OUT (scorecard_free() them). */
static int compute(const evidence *e, const sc_opts *o, scorecard **out, size_t *n,
                   amur_err *err)
{
    long only = o->instrument ? ev_find(e, C_INSTRUMENT, o->instrument) : -1;
    if (scorecard_all(e, only, out, n))
        return err_set(err, AMUR_ESYS, "out of memory");
    return AMUR_OK;
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    scorecard *s;
    size_t n;
    int rc = compute(e, opts, &s, &n, err);
    for (size_t i = 0; rc == AMUR_OK && i < n; i++)
        AN_EMIT(out, fj_scorecard(e, &s[i]));
    if (rc == AMUR_OK)
        scorecard_free(s, n);
    return rc;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    scorecard *s;
    size_t n;
    int rc = compute(e, opts, &s, &n, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < n; i++) {
        if (i)
            doc_line(d, "%s", "");
        block(d, e, &s[i]);
    }
    if (!n)
        doc_line(d, "no instrument has listed projects");
    scorecard_free(s, n);
    return AMUR_OK;
}

/* ---- its section of the report ---- */

/* The headlines of a programme's coverage and of an aggregate reported by
** stage, in the report's language (tr.h). */
static void head_coverage(report_facts *f, report_part *r, const ev_instrument *in,
                          const scorecard *s)
{
    char v[3][32];
    const char *args[4] = {view_names_pick(&in->name, in->id, f->lang), v[0], v[1], v[2]};
    snprintf(v[0], sizeof v[0], "%g", s->total.value);
    snprintf(v[1], sizeof v[1], "%zu", s->listed);
    snprintf(v[2], sizeof v[2], "%.0f", 100.0 * (double)s->listed / s->total.value);
    report_headline_tr(r, in->id, f->lang, "head.coverage", 4, args);
}

static void head_aggregate(report_facts *f, report_part *r, const ev_instrument *in,
                           const sc_reported *rep)
{
    char value[32], scope[512] = "", d[PDATE_BUF];
    const char *args[5] = {view_names_pick(&in->name, in->id, f->lang), value,
                           view_scope(scope, sizeof scope, f->lang, rep->claim->scope),
                           rep->claim->refers.to.y ? view_date(rep->claim->refers.to, d)
                                                   : tr_text(f->lang, "undated", ""),
                           fj_source_name(f->e, rep->claim->source)};
    snprintf(value, sizeof value, "%g", rep->value);
    report_headline_tr(r, in->id, f->lang, "head.aggregate", 5, args);
}

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    (void)err;
    scorecard *sc;
    size_t n;
    doc_heading(r->body, 1, "programmes",
                tr_text(f->lang, "sec.programmes", "Programmes: what was listed, what became of it"));
    sc_facts facts = {f->stage, f->delay, f->has_delay};
    if (scorecard_all_facts(e, -1, f->stage && f->delay ? &facts : NULL, &sc, &n)) {
        r->oom = 1;
        return;
    }
    if (n == 0)
        doc_para(r->body, "%s", tr_text(f->lang, "sc.none", "No instrument lists projects."));
    for (size_t i = 0; i < n; i++) {
        const scorecard *s = &sc[i];
        const ev_instrument *in = &e->instruments[s->inst];
        const char *labels[SC_STAGES], *shown[SC_STAGES];
        double v[SC_STAGES];
        size_t nb = 0;
        char buf[1024];
        doc_heading(r->body, 2, in->id,
                    f->lang == TR_EN ? (in->name.en ? in->name.en : in->id)
                                     : view_names_pick(&in->name, in->id, f->lang));
        if (f->lang != TR_EN)
            doc_para(r->body, "%s",
                     VIEW_TR(buf, f->lang, "sc.listed", VIEW_ZU(s->listed), VIEW_ZU(s->tracked),
                             VIEW_ZU(s->implementation.k), VIEW_ZU(s->implementation.n),
                             VIEW_ZU(s->delivery.k), VIEW_ZU(s->delivery.n)));
        else {
            doc_para(r->body,
                     "%zu project%s listed one by one, %zu of them with stage evidence; "
                     "implementation %zu of %zu, delivery %zu of %zu.",
                     s->listed, view_plural(s->listed), s->tracked, s->implementation.k,
                     s->implementation.n, s->delivery.k, s->delivery.n);
        }
        for (int st = 0; st < SC_STAGES; st++) {
            if (!s->by_stage[st])
                continue;
            labels[nb] = st == SC_UNTRACKED ? "untracked" : schema_stages[st];
            shown[nb] = tr_code(f->lang, "stage", labels[nb]);
            v[nb++] = (double)s->by_stage[st];
        }
        if (nb && f->lang != TR_EN)
            doc_bars_shown(r->body, tr_text(f->lang, "sc.bars", ""), nb, labels, shown, v, v,
                           " projects", tr_text(f->lang, "sc.bars.unit", ""), (double)s->listed);
        else if (nb)
            doc_bars(r->body, "Listed projects by stage", nb, labels, v, v, " projects",
                     (double)s->listed);
        for (size_t k = 0; k < s->n_reported; k++) {
            const sc_reported *rep = &s->reported[k];
            const ev_claim *c = rep->claim;
            char d[PDATE_BUF], scope[512] = "", tier[TR_WORD_BUF];
            const char *tw = tr_word(f->lang, "tier", view_tier_name(c->tier), tier, sizeof tier);
            if (c->scope)
                view_scope(scope, sizeof scope, f->lang, c->scope);
            if (f->lang != TR_EN) {
                char what[600] = "";
                const char *unit = c->unit ? tr_code(f->lang, "unit", c->unit) : "";
                if (c->scope)
                    snprintf(what, sizeof what, " — %s", scope);
                if (rep->item_level >= 0)
                    doc_item(r->body, NULL, "%s",
                             VIEW_TR(buf, f->lang, "sc.reported.tracked",
                                     fj_source_name(e, c->source), tw,
                                     view_date_in(c->date, d, f->lang), VIEW_G(rep->value), unit,
                                     what, VIEW_LD(rep->item_level)));
                else
                    doc_item(r->body, NULL, "%s",
                             VIEW_TR(buf, f->lang, "sc.reported", fj_source_name(e, c->source),
                                     tw, view_date_in(c->date, d, f->lang), VIEW_G(rep->value),
                                     unit, what));
            } else if (rep->item_level >= 0)
                doc_item(r->body, NULL,
                         "Reported by %s (%s, %s): %g %s%s%s; tracked one by one: %ld.",
                         fj_source_name(e, c->source), tw, view_date(c->date, d), rep->value,
                         c->unit ? c->unit : "", c->scope ? " — " : "", scope, rep->item_level);
            else
                doc_item(r->body, NULL, "Reported by %s (%s, %s): %g %s%s%s.",
                         fj_source_name(e, c->source), tw, view_date(c->date, d), rep->value,
                         c->unit ? c->unit : "", c->scope ? " — " : "", scope);
            if (k == 0 && s->total.claim && s->total.value > 0 && f->lang != TR_EN)
                head_coverage(f, r, in, s);
            else if (k == 0 && s->total.claim && s->total.value > 0)
                report_headline(r, in->id,
                         "%s: %g projects reported; Amur tracks %zu of them one by one "
                         "(coverage %.0f%%).",
                         in->name.en ? in->name.en : in->id, s->total.value, s->listed,
                         100.0 * (double)s->listed / s->total.value);
        }
        for (size_t k = 0; k < s->n_reported; k++) {
            const sc_reported *rep = &s->reported[k];
            const char *cur = rep->claim->scope;
            char key[64], val[128];
            int has_stage = 0;
            while (cur && schema_scope_next(&cur, key, sizeof key, val, sizeof val) > 0)
                has_stage |= strcmp(key, "stage") == 0;
            if (has_stage) {
                char d[PDATE_BUF], scope[512];
                if (f->lang != TR_EN) {
                    head_aggregate(f, r, in, rep);
                    break;
                }
                report_headline(r, in->id, "%s: the reported aggregate says %g (%s) as of %s, per %s.",
                         in->name.en ? in->name.en : in->id, rep->value,
                         view_scope(scope, sizeof scope, TR_EN, rep->claim->scope),
                         view_date(rep->claim->refers.to, d), fj_source_name(e, rep->claim->source));
                break;
            }
        }
    }
    scorecard_free(sc, n);
}


const analysis an_scorecard = {
    "scorecard", "/api/scorecards", "What each programme listed, and what became of it",
    "For each instrument with listed projects: the listed projects by stage and side, the "
    "implementation, delivery and on-time rates, the median slippage, the programme's own "
    "reported aggregates beside the item-level record, and the coverage.",
    "scorecards, as `amur scorecard --json`, of every instrument with listings",
    sc_params, sizeof(sc_opts), items, view, section, 0, NULL};
