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
#include "../out/findings.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

#define MAX_WINDOW 3660000L /* ten thousand years: beyond any partial date */

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
    const char *name = fj_subject_name(e, p->a->subject);
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

int cmd_contradictions(cli *c)
{
    contra_opts o = {90, cli_opt_value(c, "subject"), cli_opt_value(c, "official-ahead") != NULL};
    contra_pair *pairs = NULL;
    size_t n = 0, ahead = 0;
    evidence *e;
    int rc;

    {
        double window = 90;
        if ((rc = cli_opt_number(c, "window", 0, MAX_WINDOW, 1, &window)))
            return rc;
        o.window = (long)window;
    }
    if ((rc = cli_evidence(c, &e)))
        return rc;
    {
        char msg[512];
        if (o.subject && !ev_check_id(e, REF_SUBJECT, "subject", o.subject, msg, sizeof msg)) {
            evidence_free(e);
            return err_set(&c->err, AMUR_EDATA, "%s", msg);
        }
    }
    if ((rc = contra_find(e, &o, &pairs, &n, &c->err))) {
        evidence_free(e);
        return rc;
    }
    if (c->json) {
        jo j;
        jo_begin(&j, stdout);
        for (size_t i = 0; i < n; i++)
            jo_add(&j, fj_contradiction(e, &pairs[i]));
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
