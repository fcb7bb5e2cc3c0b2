/*
** cmd_contradictions.c — amur contradictions: pairs of claims that disagree
** (analyze/contradictions.h), each as a block with both claims, or with
** --json as an array of objects.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/contradictions.h"
#include "../core/schema.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

#define MAX_WINDOW 3660000L /* ten thousand years: beyond any partial date */

/* The English name of subject ID when it is a named thing, else NULL. */
static const char *subject_name(const evidence *e, const char *id)
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

static json_t *pair_json(const evidence *e, const contra_pair *p)
{
    return json_pack("{s:o,s:s,s:s?,s:s,s:o,s:o,s:I,s:i,s:b,s:b}", "id",
                     json_sprintf("%s~%s", p->a->id, p->b->id), "subject", p->a->subject,
                     "name", subject_name(e, p->a->subject), "property", p->a->property, "a",
                     jo_claim(p->a), "b", jo_claim(p->b), "gap_days", (json_int_t)p->gap_days,
                     "severity", p->severity, "official_ahead", p->official_ahead,
                     "same_source", p->same_source);
}

static int claim_row(table *t, const char *label, const ev_claim *c)
{
    char d[PDATE_BUF], a[PDATE_BUF], b[PDATE_BUF], refers[2 * PDATE_BUF + 1];
    const char *cells[8];
    pdate_format(c->refers.from, a);
    if (pdate_cmp(c->refers.from, c->refers.to) == 0)
        snprintf(refers, sizeof refers, "%s", a);
    else
        snprintf(refers, sizeof refers, "%s/%s", a, pdate_format(c->refers.to, b));
    cells[0] = label;
    cells[1] = c->id;
    cells[2] = pdate_format(c->date, d);
    cells[3] = refers;
    cells[4] = c->source;
    cells[5] = c->tier >= 0 ? schema_tiers[c->tier] : "";
    cells[6] = c->value;
    cells[7] = c->quote;
    return table_add(t, cells);
}

/* One pair as a block: a title line, a line of findings, both claims. */
static int print_pair(const evidence *e, const contra_pair *p, size_t width)
{
    static const char *const heads[] = {"", "claim", "date", "refers_to", "source", "tier",
                                        "value", "quote"};
    const char *name = subject_name(e, p->a->subject);
    table *t = table_new(8, heads);
    char gap[48];
    if (!t || claim_row(t, "a", p->a) || claim_row(t, "b", p->b)) {
        table_free(t);
        return -1;
    }
    if (p->gap_days)
        snprintf(gap, sizeof gap, "%ld day%s apart", p->gap_days, p->gap_days == 1 ? "" : "s");
    else
        snprintf(gap, sizeof gap, "same time");
    printf("%s%s%s: %s\n", p->a->subject, name ? " — " : "", name ? name : "", p->a->property);
    printf("severity %d, %s%s%s\n", p->severity, gap,
           p->official_ahead ? ", official ahead" : "", p->same_source ? ", same source" : "");
    table_print(t, stdout, width);
    table_free(t);
    return 0;
}

static int parse_window(cli *c, long *out)
{
    const char *s = cli_opt_value(c, "window");
    char *end;
    long v;
    *out = 90;
    if (!s)
        return AMUR_OK;
    errno = 0;
    v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < 0 || v > MAX_WINDOW)
        return err_set(&c->err, AMUR_EUSAGE,
                       "contradictions: --window: expected a number of days, 0 to %ld", MAX_WINDOW);
    *out = v;
    return AMUR_OK;
}

int cmd_contradictions(cli *c)
{
    contra_opts o = {90, cli_opt_value(c, "subject"), cli_opt_value(c, "official-ahead") != NULL};
    contra_pair *pairs = NULL;
    size_t n = 0, ahead = 0;
    evidence *e;
    int rc;

    if ((rc = parse_window(c, &o.window)))
        return rc;
    if ((rc = cli_evidence(c, &e)))
        return rc;
    if (o.subject && ev_find(e, C_PROJECT, o.subject) < 0 &&
        ev_find(e, C_INSTRUMENT, o.subject) < 0 && ev_find(e, C_PLACE, o.subject) < 0 &&
        ev_find(e, C_ACTOR, o.subject) < 0) {
        evidence_free(e);
        return err_set(&c->err, AMUR_EDATA, "no subject '%s'", o.subject);
    }
    if ((rc = contra_find(e, &o, &pairs, &n, &c->err))) {
        evidence_free(e);
        return rc;
    }
    if (c->json) {
        jo j;
        jo_begin(&j, stdout);
        for (size_t i = 0; i < n; i++)
            jo_add(&j, pair_json(e, &pairs[i]));
        jo_end(&j);
    } else {
        size_t width = table_fit_width(stdout);
        for (size_t i = 0; i < n && rc == AMUR_OK; i++) {
            if (i)
                putchar('\n');
            if (print_pair(e, &pairs[i], width))
                rc = err_set(&c->err, AMUR_ESYS, "out of memory");
            ahead += (size_t)pairs[i].official_ahead;
        }
        if (rc == AMUR_OK) {
            if (n)
                printf("\n%zu contradiction%s, %zu official ahead\n", n, n == 1 ? "" : "s",
                       ahead);
            else
                printf("no contradictions\n");
        }
    }
    free(pairs);
    evidence_free(e);
    return rc;
}
