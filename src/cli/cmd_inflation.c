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
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

static int parse_year(cli *c, const char *name, int *out)
{
    const char *s = cli_opt_value(c, name);
    char *end;
    long v;
    if (!s)
        return AMUR_OK;
    errno = 0;
    v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < 1000 || v > 9999)
        return err_set(&c->err, AMUR_EUSAGE, "inflation: --%s: expected a year, 1000 to 9999",
                       name);
    *out = (int)v;
    return AMUR_OK;
}

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

static json_t *year_json(const evidence *e, const inflation *x, const infl_year *y)
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
                     y->cum_delivered ? json_real((double)y->cum_frameworks /
                                                  (double)y->cum_delivered)
                                      : json_null(),
                     "framework_ids", fw, "delivered_ids", del);
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

/* "By 2021: 25 framework instruments, 2 projects delivered: 12.5 framework
** instruments per delivered project". */
static void headline(const infl_year *y)
{
    char ratio[32];
    printf("By %d: %zu framework instrument%s, ", y->year, y->cum_frameworks,
           y->cum_frameworks == 1 ? "" : "s");
    if (!y->cum_delivered)
        printf("no project delivered: the ratio is undefined\n");
    else
        printf("%zu project%s delivered: %s framework instrument%s per delivered project\n",
               y->cum_delivered, y->cum_delivered == 1 ? "" : "s", fmt_ratio(y, ratio),
               strcmp(ratio, "1") == 0 ? "" : "s");
}

int cmd_inflation(cli *c)
{
    static const char *const heads[] = {"year",           "frameworks",     "delivered",
                                        "cum. frameworks", "cum. delivered", "ratio"};
    int from = 0, to = 9999, rc;
    const infl_year *last = NULL;
    inflation x;
    evidence *e;

    if ((rc = parse_year(c, "from", &from)) || (rc = parse_year(c, "to", &to)))
        return rc;
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
                jo_add(&j, year_json(e, &x, &x.years[k]));
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
            headline(last);
        } else if (rc == AMUR_OK) {
            printf("no framework instruments or delivered projects\n");
        }
        table_free(t);
    }
    inflation_free(&x);
    evidence_free(e);
    return rc;
}
