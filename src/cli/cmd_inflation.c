/*
** cmd_inflation.c — amur inflation: framework instruments against delivered
** projects, per year (analyze/inflation.h): a table and a headline
** sentence, or with --json an array of one object per year.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/inflation.h"
#include "../out/findings.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

/* The ratio to three significant digits ("1.67", "12.5", "0.000516"), whole
** from 100 up so that it never turns into an exponent. */
static char *fmt_ratio(const infl_year *y, char buf[32])
{
    double r;
    if (!y->cum_delivered) {
        buf[0] = 0;
        return buf;
    }
    r = (double)y->cum_frameworks / (double)y->cum_delivered;
    snprintf(buf, 32, r >= 100 ? "%.0f" : "%.3g", r);
    return buf;
}

static int year_row(table *t, const infl_year *y)
{
    char cells_buf[5][24], ratio[32];
    const char *cells[6];
    snprintf(cells_buf[0], sizeof cells_buf[0], "%d", y->year);
    snprintf(cells_buf[1], sizeof cells_buf[1], "%zu", y->frameworks);
    snprintf(cells_buf[2], sizeof cells_buf[2], "%zu", y->delivered);
    snprintf(cells_buf[3], sizeof cells_buf[3], "%zu", y->cum_frameworks);
    snprintf(cells_buf[4], sizeof cells_buf[4], "%zu", y->cum_delivered);
    for (int i = 0; i < 5; i++)
        cells[i] = cells_buf[i];
    cells[5] = fmt_ratio(y, ratio);
    return table_add(t, cells);
}

int cmd_inflation(cli *c)
{
    static const char *const heads[] = {"year",           "frameworks",     "delivered",
                                        "cum. frameworks", "cum. delivered", "ratio"};
    int from, to, rc;
    double fy = 0, ty = 9999;
    const infl_year *last = NULL;
    inflation x;
    evidence *e;

    if ((rc = cli_opt_number(c, "from", 1000, 9999, 1, &fy)) ||
        (rc = cli_opt_number(c, "to", 1000, 9999, 1, &ty)))
        return rc;
    from = (int)fy;
    to = (int)ty;
    if (from > to)
        return err_set(&c->err, AMUR_EUSAGE, "inflation: --from %d is after --to %d", from, to);
    if ((rc = cli_evidence(c, &e)))
        return rc;
    if ((rc = inflation_compute(e, &x, &c->err))) {
        inflation_free(&x);
        evidence_free(e);
        return rc;
    }
    if (c->json) {
        jo j;
        jo_begin(&j, stdout);
        for (size_t k = 0; k < x.n_years; k++)
            if (x.years[k].year >= from && x.years[k].year <= to)
                jo_add(&j, fj_inflation_year(e, &x, &x.years[k]));
        jo_end(&j);
    } else {
        table *t = table_new(6, heads);
        for (size_t k = 0; t && rc == AMUR_OK && k < x.n_years; k++) {
            if (x.years[k].year < from || x.years[k].year > to)
                continue;
            if (year_row(t, &x.years[k]))
                rc = err_set(&c->err, AMUR_ESYS, "out of memory");
            last = &x.years[k];
        }
        if (!t)
            rc = err_set(&c->err, AMUR_ESYS, "out of memory");
        if (rc == AMUR_OK && last) {
            table_print(t, stdout, table_fit_width(stdout));
            putchar('\n');
            char line[512];
            inflation_headline(e, &x, last, line, sizeof line);
            printf("%s\n", line);
        } else if (rc == AMUR_OK) {
            printf("no framework instruments or delivered projects\n");
        }
        table_free(t);
    }
    inflation_free(&x);
    evidence_free(e);
    return rc;
}
