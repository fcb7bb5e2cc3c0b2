/*
** cmd_regions.c — amur regions: the partner's shares by region and year,
** the typology and the trends (analyze/regions.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/regions.h"
#include "../core/schema.h"
#include "../out/findings.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

static void fmt_value(const reg_value *v, char *buf, size_t n)
{
    if (!v->has)
        buf[0] = 0;
    else if (v->lo == v->hi)
        snprintf(buf, n, "%g%%", v->lo);
    else
        snprintf(buf, n, "%g–%g%%", v->lo, v->hi);
}

static void fmt_trend(const reg_trend *t, char *buf, size_t n)
{
    if (!t->has)
        buf[0] = 0;
    else
        snprintf(buf, n, "%s %+g pp (%d→%d)", regions_direction(t), t->change, t->from, t->to);
}

static void print_text(const evidence *e, const reg_region *r, size_t n, const reg_options *o)
{
    static const char *const vh[] = {"region", "year", "export_share", "import_share",
                                      "fdi_stock_share", "hhi"};
    static const char *const sh[] = {"region", "name",      "sources say", "computed",
                                      "on",     "fdi trend", "export trend", "import trend"};
    table *values = table_new(6, vh), *summary = table_new(8, sh);
    char cell[8][64], typ[160], said[160];
    for (size_t i = 0; values && summary && i < n; i++) {
        const ev_place *p = &e->places[r[i].place];
        const char *row[8];
        for (size_t k = 0; k < r[i].nyears; k++) {
            const reg_year *y = &r[i].years[k];
            snprintf(cell[0], 64, "%d", y->year);
            for (int s = 0; s < REG_NSHARES; s++)
                fmt_value(&y->share[s], cell[1 + s], 64);
            if (y->has_hhi)
                snprintf(cell[4], 64, "%.3f", y->hhi);
            else
                cell[4][0] = 0;
            row[0] = p->id;
            for (int j = 0; j < 5; j++)
                row[1 + j] = cell[j];
            table_add(values, row);
        }
        if (r[i].type != TYPE_NONE) {
            fmt_value(&r[i].type_value, cell[5], 64);
            snprintf(typ, sizeof typ, "%s %d %s", o->by, r[i].type_year, cell[5]);
        } else {
            typ[0] = 0;
        }
        fmt_trend(&r[i].trend[REG_FDI], cell[1], 64);
        fmt_trend(&r[i].trend[REG_EXPORT], cell[2], 64);
        fmt_trend(&r[i].trend[REG_IMPORT], cell[3], 64);
        if (r[i].classed)
            snprintf(said, sizeof said, "%s (%s)%s", regions_types[r[i].classed_type],
                     r[i].classed->source, r[i].disagrees ? ", disagrees" : "");
        else
            said[0] = 0;
        row[0] = p->id;
        row[1] = p->name.en;
        row[2] = said;
        row[3] = regions_types[r[i].type];
        row[4] = typ;
        row[5] = cell[1];
        row[6] = cell[2];
        row[7] = cell[3];
        table_add(summary, row);
    }
    if (values && summary) {
        table_print(values, stdout, table_fit_width(stdout));
        printf("\ntypology on %s: dependent at %g%% and above, independent below %g%%\n\n",
               o->by, o->dependent, o->independent);
        table_print(summary, stdout, table_fit_width(stdout));
    }
    table_free(values);
    table_free(summary);
}

int cmd_regions(cli *c)
{
    reg_options o;
    evidence *e;
    reg_region *r;
    size_t n;
    double from = 0, to = 0;
    int rc;

    regions_defaults(&o);
    if (cli_opt_value(c, "by"))
        o.by = cli_opt_value(c, "by");
    o.region = cli_opt_value(c, "region");
    if ((rc = cli_opt_number(c, "dependent", 0, 100, 0, &o.dependent)) ||
        (rc = cli_opt_number(c, "independent", 0, 100, 0, &o.independent)) ||
        (rc = cli_opt_number(c, "from", 1000, 9999, 1, &from)) ||
        (rc = cli_opt_number(c, "to", 1000, 9999, 1, &to)))
        return rc;
    if (o.independent > o.dependent)
        return err_set(&c->err, AMUR_EUSAGE,
                       "regions: --independent (%g) must not exceed --dependent (%g)",
                       o.independent, o.dependent);
    o.from = (int)from;
    o.to = (int)to;
    if ((rc = cli_evidence(c, &e)))
        return rc;
    if ((rc = regions_compute(e, &o, &r, &n, &c->err))) {
        evidence_free(e);
        return rc;
    }
    if (c->json) {
        jo j;
        jo_begin(&j, stdout);
        for (size_t i = 0; i < n; i++)
            jo_add(&j, fj_region(e, &r[i], &o));
        jo_end(&j);
    } else {
        print_text(e, r, n, &o);
    }
    regions_free(r, n);
    evidence_free(e);
    return AMUR_OK;
}
