/*
** cmd_carryover.c — amur carryover: projects listed again in a later
** instrument (analyze/carryover.h), as a table, or with --json as an array
** of objects.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/carryover.h"
#include "../core/schema.h"
#include "../out/findings.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

static const ev_project *project_of(const evidence *e, const ev_listing *l)
{
    long p = ev_find(e, C_PROJECT, l->project);
    return p >= 0 ? &e->projects[p] : NULL;
}

static int pair_row(table *t, const evidence *e, const carry_pair *p)
{
    const ev_listing *a = &e->listings[p->a], *b = &e->listings[p->b];
    const ev_project *pa = project_of(e, a), *pb = project_of(e, b);
    char score[16], da[PDATE_BUF], db[PDATE_BUF];
    const char *cells[10];
    snprintf(score, sizeof score, "%.2f", p->score);
    cells[0] = score;
    cells[1] = p->implementing ? (p->declared ? "declared, implementing" : "detected, implementing")
                               : p->declared ? "declared" : "detected";
    cells[2] = a->id;
    cells[3] = a->instrument;
    cells[4] = pdate_format(e->instruments[a->inst].date, da);
    cells[5] = b->id;
    cells[6] = b->instrument;
    cells[7] = pdate_format(e->instruments[b->inst].date, db);
    cells[8] = pa ? pa->name.en : NULL;
    /* the same project needs its name once */
    cells[9] = pb && pb != pa ? pb->name.en : NULL;
    return table_add(t, cells);
}

int cmd_carryover(cli *c)
{
    static const char *const heads[] = {"score",  "how",          "listing a", "instrument a",
                                        "date a", "listing b",    "instrument b",
                                        "date b", "name a",       "name b"};
    carry_pair *pairs = NULL;
    size_t n = 0, ndeclared = 0, nimpl = 0;
    double threshold;
    evidence *e;
    int rc;

    threshold = 0.5;
    if ((rc = cli_opt_number(c, "threshold", 0, 1, 0, &threshold)))
        return rc;
    if ((rc = cli_evidence(c, &e)))
        return rc;
    if ((rc = carry_find(e, threshold, &pairs, &n, &c->err))) {
        evidence_free(e);
        return rc;
    }
    if (c->json) {
        jo j;
        jo_begin(&j, stdout);
        for (size_t i = 0; i < n; i++)
            jo_add(&j, fj_carryover(e, &pairs[i]));
        jo_end(&j);
    } else {
        table *t = table_new(10, heads);
        for (size_t i = 0; t && i < n; i++) {
            if (pair_row(t, e, &pairs[i]))
                break;
        }
        carry_count(pairs, n, &ndeclared, &nimpl);
        if (!t || table_rows(t) != n) {
            rc = err_set(&c->err, AMUR_ESYS, "out of memory");
        } else if (n) {
            table_print(t, stdout, table_fit_width(stdout));
            printf("\n%zu carry-over%s: %zu declared, %zu detected; %zu listed again, %zu in "
                   "an instrument implementing the earlier one\n",
                   n, n == 1 ? "" : "s", ndeclared, n - ndeclared, n - nimpl, nimpl);
        } else {
            printf("no carry-overs\n");
        }
        table_free(t);
    }
    free(pairs);
    evidence_free(e);
    return rc;
}
