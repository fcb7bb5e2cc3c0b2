/*
** view_contradictions.c — `amur contradictions`: pairs of claims that
** disagree (analyze/contradictions.h), each as a block with both claims.
*/
#include <stdio.h>
#include <stdlib.h>

#include "../analyze/contradictions.h"
#include "../core/schema.h"
#include "findings.h"
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

const analysis an_contradictions = {
    "contradictions", "/api/contradictions",
    "Claims that disagree about the same thing at about the same time",
    "Pairs of claims on the same subject, property and scope whose values differ and "
    "which describe times at most --window days apart, with both sources, tiers and quotes "
    "and a severity. Pairs where an official source reports a later stage than a "
    "regional, municipal or local one are flagged official_ahead.",
    "pairs, as `amur contradictions --json`",
    contra_params, sizeof(contra_opts), items, view};
