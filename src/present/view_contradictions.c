/*
** view_contradictions.c — `amur contradictions`: pairs of claims that
** disagree (analyze/contradictions.h), each as a block with both claims.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/contradictions.h"
#include "../core/schema.h"
#include "findings.h"
#include "tr.h"
#include "views.h"

static void claim_row(doc *d, const char *label, const ev_claim *c)
{
    char dt[PDATE_BUF], refers[2 * PDATE_BUF + 1];
    const char *cells[8];
    cells[0] = label;
    cells[1] = c->id;
    cells[2] = pdate_format(c->date, dt);
    cells[3] = period_format(c->refers, refers);
    cells[4] = c->source;
    cells[5] = c->tier >= 0 ? schema_tiers[c->tier] : "";
    cells[6] = c->value;
    cells[7] = c->quote;
    doc_row(d, cells);
}

/* One pair: a title line, a line of findings, both claims. */
static void pair(doc *d, const evidence *e, const contra_pair *p)
{
    static const char *const heads[] = {"", "claim", "date", "refers_to", "source", "tier",
                                        "value", "quote"};
    const char *name = fj_subject_name(e, p->a->subject);
    char gap[48];
    if (p->gap_days)
        snprintf(gap, sizeof gap, "%ld day%s apart", p->gap_days, p->gap_days == 1 ? "" : "s");
    else
        snprintf(gap, sizeof gap, "same time");
    doc_line(d, "%s%s%s: %s", p->a->subject, name ? " — " : "", name ? name : "",
             p->a->property);
    doc_line(d, "severity %d, %s%s%s", p->severity, gap, p->official_ahead ? ", official ahead" : "",
             p->same_source ? ", same source" : "");
    doc_table(d, 8, heads);
    claim_row(d, "a", p->a);
    claim_row(d, "b", p->b);
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    contra_pair *pairs = NULL;
    size_t n = 0;
    int rc = contra_find(e, opts, &pairs, &n, err);
    for (size_t i = 0; rc == AMUR_OK && i < n; i++)
        AN_EMIT(out, fj_contradiction(e, &pairs[i]));
    free(pairs);
    return rc;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    contra_pair *pairs = NULL;
    size_t n = 0, ahead = 0;
    int rc = contra_find(e, opts, &pairs, &n, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < n; i++) {
        if (i)
            doc_line(d, "%s", "");
        pair(d, e, &pairs[i]);
        ahead += (size_t)pairs[i].official_ahead;
    }
    if (n) {
        doc_line(d, "%s", "");
        doc_line(d, "%zu contradiction%s, %zu official ahead", n, n == 1 ? "" : "s", ahead);
    } else {
        doc_line(d, "no contradictions");
    }
    free(pairs);
    return AMUR_OK;
}

/* ---- its section of the report ---- */

/* A claim as the report cites it: source, tier, date, value, the quote and
** whose words they are (fj_provenance), and the claim's note. */
static void claim_line(const evidence *e, report_part *r, const char *label, const ev_claim *c,
                       int lang)
{
    char d[PDATE_BUF], prov[512], tier[TR_WORD_BUF], value[TR_WORD_BUF];
    const char *tw = tr_word(lang, "tier", view_tier_name(c->tier), tier, sizeof tier);
    const char *vw = view_value_in(lang, c->property, c->value, value);
    report_cite(r, e, c->source);
    report_cite(r, e, c->via);
    fj_provenance(e, c, lang, prov, sizeof prov);
    if (lang != TR_EN) {
        char buf[4096], quote[2048] = "", note[1024] = "", pv[600] = "";
        if (c->quote)
            VIEW_TR(quote, lang, "ct.quote", c->quote);
        if (prov[0])
            VIEW_TR(pv, lang, "ct.prov", prov);
        if (c->note)
            VIEW_TR(note, lang, "ct.note", c->note);
        doc_item(r->body, NULL, "%s",
                 VIEW_TR(buf, lang, "ct.claim", label, fj_source_name(e, c->source), tw,
                         view_date_in(c->date, d, lang), vw, quote, pv, note, c->id));
        return;
    }
    doc_item(r->body, NULL, "%s %s (%s, %s): %s%s%s%s%s%s%s%s%s [%s]", label,
             fj_source_name(e, c->source), tw, view_date(c->date, d), vw,
             c->quote ? " — “" : "", c->quote ? c->quote : "", c->quote ? "”" : "",
             prov[0] ? " (" : "", prov, prov[0] ? ")" : "", c->note ? ". Note: " : "",
             c->note ? c->note : "", c->id);
}

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    contra_opts o;
    contra_pair *pairs;
    size_t n, ahead = 0;
    param_defaults(contra_params, &o);
    doc_heading(r->body, 1, "contradictions",
                tr_text(f->lang, "sec.contradictions", "Contradictions between sources"));
    if (contra_find(e, &o, &pairs, &n, err)) {
        r->oom = 1;
        return;
    }
    for (size_t i = 0; i < n; i++)
        ahead += pairs[i].official_ahead;
    if (f->lang != TR_EN) {
        char buf[512];
        doc_para(r->body, "%s",
                 VIEW_TR(buf, f->lang, "ct.summary", VIEW_ZU(n), VIEW_LD(o.window), VIEW_ZU(ahead)));
    } else {
        doc_para(r->body,
                 "%zu pairs of claims disagree about the same thing within %ld days; in %zu an "
                 "official source reports a later stage than regional or local ones.",
                 n, o.window, ahead);
    }
    for (size_t i = 0; i < n; i++) {
        const contra_pair *p = &pairs[i];
        char prop[TR_WORD_BUF];
        tr_word(f->lang, "prop", p->a->property, prop, sizeof prop);
        if (f->lang != TR_EN) {
            char buf[1024];
            doc_para(r->body, "%s",
                     VIEW_TR(buf, f->lang, "ct.pair", view_name_in(e, p->a->subject, f->lang),
                             prop, VIEW_LD(p->severity),
                             p->official_ahead ? tr_text(f->lang, "ct.ahead", "") : "",
                             p->same_source ? tr_text(f->lang, "ct.self", "") : ""));
            claim_line(e, r, tr_text(f->lang, "ct.a", "A:"), p->a, f->lang);
            claim_line(e, r, tr_text(f->lang, "ct.b", "B:"), p->b, f->lang);
            continue;
        }
        doc_para(r->body, "%s — %s: severity %d%s%s", view_name(e, p->a->subject), prop,
                 p->severity, p->official_ahead ? ", official ahead" : "",
                 p->same_source ? ", one source contradicting itself" : "");
        claim_line(e, r, "A:", p->a, f->lang);
        claim_line(e, r, "B:", p->b, f->lang);
    }
    for (size_t i = 0; i < n; i++) {
        const contra_pair *p = &pairs[i];
        char da[VIEW_WHEN_BUF], db[VIEW_WHEN_BUF], ta[TR_WORD_BUF], tb[TR_WORD_BUF],
            va[TR_WORD_BUF], vb[TR_WORD_BUF];
        const char *tiera, *tierb, *vala, *valb;
        if (!p->official_ahead)
            continue;
        /* the headline leads to the project, where both claims stand side by side */
        const char *to = ev_find(e, C_PROJECT, p->a->subject) >= 0 ? p->a->subject : "contradictions";
        report_cite(r, e, p->a->source);
        report_cite(r, e, p->b->source);
        tiera = tr_word(f->lang, "tier", view_tier_name(p->a->tier), ta, sizeof ta);
        tierb = tr_word(f->lang, "tier", view_tier_name(p->b->tier), tb, sizeof tb);
        vala = view_value_in(f->lang, p->a->property, p->a->value, va);
        valb = view_value_in(f->lang, p->b->property, p->b->value, vb);
        if (f->lang != TR_EN) {
            char nahead[24];
            const char *args[10] = {
                view_name_in(e, p->a->subject, f->lang), fj_source_name(e, p->a->source), tiera,
                vala, p->a->date.y ? view_date(p->a->date, da) : tr_text(f->lang, "undated", ""),
                fj_source_name(e, p->b->source), tierb, valb,
                p->b->date.y ? view_date(p->b->date, db) : tr_text(f->lang, "undated", ""), nahead};
            snprintf(nahead, sizeof nahead, "%zu", ahead);
            report_headline_tr(r, to, f->lang, "head.contradiction", 10, args);
        } else {
            report_headline(r, to,
                     "%s: %s (%s) said “%s” %s, while %s (%s) said “%s” %s; %zu "
                     "contradiction%s in all where an official source is ahead of ground ones.",
                     view_name(e, p->a->subject), fj_source_name(e, p->a->source), tiera, vala,
                     view_when(p->a->date, da), fj_source_name(e, p->b->source), tierb, valb,
                     view_when(p->b->date, db), ahead, view_plural(ahead));
        }
        break;
    }
    free(pairs);
}


const analysis an_contradictions = {
    "contradictions", "/api/contradictions",
    "Claims that disagree about the same thing at about the same time",
    "Pairs of claims on the same subject, property and scope whose values differ and "
    "which describe times at most --window days apart, with both sources, tiers and quotes "
    "and a severity. Pairs where an official source reports a later stage than a "
    "regional, municipal or local one are flagged official_ahead.",
    "pairs, as `amur contradictions --json`",
    contra_params, sizeof(contra_opts), items, view, section, 0, "subject"};
