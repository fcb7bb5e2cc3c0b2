/*
** view_regions.c — `amur regions`: the partner's shares by region and year,
** the typology and the trends (analyze/regions.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/regions.h"
#include "findings.h"
#include "tr.h"
#include "views.h"

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

/* One row per region and year. */
static void values(doc *d, const evidence *e, const reg_region *r, size_t n)
{
    static const char *const heads[] = {"region", "year", "export_share", "import_share",
                                        "fdi_stock_share", "hhi"};
    doc_table(d, 6, heads);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < r[i].nyears; k++) {
            const reg_year *y = &r[i].years[k];
            char cell[5][64];
            const char *row[6];
            snprintf(cell[0], 64, "%d", y->year);
            for (int s = 0; s < REG_NSHARES; s++)
                fmt_value(&y->share[s], cell[1 + s], 64);
            if (y->has_hhi)
                snprintf(cell[4], 64, "%.3f", y->hhi);
            else
                cell[4][0] = 0;
            row[0] = e->places[r[i].place].id;
            for (int j = 0; j < 5; j++)
                row[1 + j] = cell[j];
            doc_row(d, row);
        }
}

/* One row per region: how sources class it, how it computes, the trends. */
static void summary(doc *d, const evidence *e, const reg_region *r, size_t n,
                    const reg_options *o)
{
    static const char *const heads[] = {"region", "name",      "sources say",  "computed",
                                        "on",     "fdi trend", "export trend", "import trend"};
    doc_table(d, 8, heads);
    for (size_t i = 0; i < n; i++) {
        const ev_place *p = &e->places[r[i].place];
        char cell[4][64], typ[160], said[160];
        const char *row[8];
        if (r[i].type != TYPE_NONE) {
            fmt_value(&r[i].type_value, cell[0], 64);
            snprintf(typ, sizeof typ, "%s %d %s", o->by, r[i].type_year, cell[0]);
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
        doc_row(d, row);
    }
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    reg_region *r;
    size_t n;
    int rc = regions_compute(e, opts, &r, &n, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < n; i++)
        AN_EMIT(out, fj_region(e, &r[i], opts));
    regions_free(r, n);
    return AMUR_OK;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    const reg_options *o = opts;
    reg_region *r;
    size_t n;
    int rc = regions_compute(e, o, &r, &n, err);
    if (rc)
        return rc;
    values(d, e, r, n);
    doc_line(d, "%s", "");
    doc_line(d, "typology on %s: dependent at %g%% and above, independent below %g%%", o->by,
             o->dependent, o->independent);
    doc_line(d, "%s", "");
    summary(d, e, r, n, o);
    regions_free(r, n);
    return AMUR_OK;
}

/* ---- its section of the report ---- */

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    reg_options o;
    reg_region *reg;
    size_t n, falling = 0, rising = 0, with_trend = 0;
    char fell[512] = "", rose[512] = "";
    int from = 0, to = 0;
    const char *partner = NULL;

    param_defaults(regions_params, &o);
    doc_heading(r->body, 1, "regions",
                tr_text(f->lang, "sec.regions", "Regions: dependence on the neighbour"));
    if (regions_compute(e, &o, &reg, &n, err)) {
        r->oom = 1;
        return;
    }
    {
        static const char *const heads[] = {"region", "sources say", "computed", "on",
                                            "FDI share trend"};
        view_table(r->body, f->lang, 5, heads);
    }
    for (size_t i = 0; i < n; i++) {
        const ev_place *p = &e->places[reg[i].place];
        const reg_trend *t = &reg[i].trend[REG_FDI];
        char on[192] = "", tr[96] = "", said[160] = "", son[160] = "", str_[160] = "",
             ssaid[400] = "", range[64] = "", by[TR_WORD_BUF];
        const char *cells[5], *shown[5];
        if (reg[i].type != TYPE_NONE) {
            if (reg[i].type_value.lo == reg[i].type_value.hi)
                snprintf(range, sizeof range, "%g%%", reg[i].type_value.lo);
            else
                snprintf(range, sizeof range, "%g–%g%%", reg[i].type_value.lo,
                         reg[i].type_value.hi);
            snprintf(on, sizeof on, "%s %d: %s", tr_word(TR_EN, "series", o.by, by, sizeof by),
                     reg[i].type_year, range);
        }
        if (t->has)
            snprintf(tr, sizeof tr, "%g%% → %g%% (%d–%d), %s", t->from_value, t->to_value,
                     t->from, t->to, regions_direction(t));
        if (reg[i].classed)
            snprintf(said, sizeof said, "%s (%s)%s", regions_types[reg[i].classed_type],
                     fj_source_name(e, reg[i].classed->source),
                     reg[i].disagrees ? "; the computed class disagrees" : "");
        cells[0] = p->name.en ? p->name.en : p->id;
        cells[1] = said;
        cells[2] = regions_types[reg[i].type];
        cells[3] = on;
        cells[4] = tr;
        if (f->lang != TR_EN) {
            char v[3][64];
            if (reg[i].type != TYPE_NONE)
                VIEW_TR(son, f->lang, "rg.on", tr_code(f->lang, "series", o.by),
                        VIEW_LD(reg[i].type_year), range);
            if (t->has) {
                snprintf(v[1], sizeof v[1], "%g%%", t->from_value);
                snprintf(v[2], sizeof v[2], "%g%%", t->to_value);
                VIEW_TR(str_, f->lang, "rg.trend", v[1], v[2], VIEW_LD(t->from), VIEW_LD(t->to),
                        tr_code(f->lang, "trend", regions_direction(t)));
            }
            if (reg[i].classed)
                VIEW_TR(ssaid, f->lang, "rg.said",
                        tr_code(f->lang, "typ", regions_types[reg[i].classed_type]),
                        fj_source_name(e, reg[i].classed->source),
                        reg[i].disagrees ? tr_text(f->lang, "rg.disagrees", "") : "");
            shown[0] = view_names_pick(&p->name, p->id, f->lang);
            shown[1] = ssaid;
            shown[2] = *cells[2] ? tr_code(f->lang, "typ", cells[2]) : cells[2];
            shown[3] = son;
            shown[4] = str_;
        }
        view_row(r->body, cells, f->lang != TR_EN ? shown : NULL);
        /* the headline is about regions proper, not countries */
        if (!t->has || !p->kind || strcmp(p->kind, "region") != 0)
            continue;
        with_trend++;
        partner = reg[i].partner;
        from = t->from;
        to = t->to;
        if (t->change < 0) {
            falling++;
            snprintf(fell + strlen(fell), sizeof fell - strlen(fell), "%s%s", *fell ? tr_text(f->lang, "sep", ", ") : "",
                     view_names_pick(&p->name, p->id, f->lang));
        } else if (t->change > 0) {
            rising++;
            snprintf(rose + strlen(rose), sizeof rose - strlen(rose), "%s%s %g%% → %g%%",
                     *rose ? tr_text(f->lang, "sep", ", ") : "", view_names_pick(&p->name, p->id, f->lang), t->from_value,
                     t->to_value);
        }
    }
    /* charts: each region's FDI share in the first and last year */
    for (size_t i = 0; i < n; i++) {
        const reg_trend *t = &reg[i].trend[REG_FDI];
        const ev_place *p = &e->places[reg[i].place];
        char title[256];
        const char *labels[2];
        char la[16], lb[16];
        double v[2];
        if (!t->has)
            continue;
        if (f->lang != TR_EN)
            VIEW_TR(title, f->lang, "rg.chart", view_names_pick(&p->name, p->id, f->lang));
        else {
            snprintf(title, sizeof title, "%s: partner's share of accumulated inbound FDI",
                     p->name.en ? p->name.en : p->id);
        }
        snprintf(la, sizeof la, "%d", t->from);
        snprintf(lb, sizeof lb, "%d", t->to);
        labels[0] = la;
        labels[1] = lb;
        v[0] = t->from_value;
        v[1] = t->to_value;
        doc_bars(r->body, title, 2, labels, v, v, "%", 100);
    }
    if (with_trend) {
        long pi = partner ? ev_find(e, C_PLACE, partner) : -1;
        const char *pname = pi >= 0 && e->places[pi].name.en ? e->places[pi].name.en
                                                              : "the partner";
        if (f->lang != TR_EN) {
            char v[4][24], rest[1200] = "";
            const char *rargs[1] = {rose};
            const char *args[7] = {pi >= 0 ? view_names_pick(&e->places[pi].name, partner, f->lang)
                                           : tr_text(f->lang, "head.regions.partner", ""),
                                   v[0], v[1], v[2], v[3], fell, rest};
            snprintf(v[0], sizeof v[0], "%zu", falling);
            snprintf(v[1], sizeof v[1], "%zu", with_trend);
            snprintf(v[2], sizeof v[2], "%d", from);
            snprintf(v[3], sizeof v[3], "%d", to);
            if (rising)
                tr_fill(rest, sizeof rest, tr_text(f->lang, "head.regions.rose", ""), 1, rargs);
            /* none fell: said so, not "fell in 0 regions ()" */
            const char *none[5] = {args[0], v[1], v[2], v[3], rest};
            if (falling)
                report_headline_tr(r, "regions", f->lang, "head.regions", 7, args);
            else
                report_headline_tr(r, "regions", f->lang, "head.regions.nonefell", 5, none);
        } else {
            report_headline(r, "regions",
                     "%s's share of accumulated inbound FDI fell in %zu of %zu regions between %d "
                     "and %d (%s)%s%s%s.",
                     pname, falling, with_trend, from, to, fell, rising ? "; it rose in " : "",
                     rose, "");
        }
    }
    regions_free(reg, n);
}


const analysis an_regions = {
    "regions", "/api/regions", "The partner's share of each region's trade and FDI",
    "For each region and year, the partner's share of exports, imports and inbound FDI; a "
    "typology (dependent, intermediate, independent) with stated thresholds; the "
    "Herfindahl index of export composition where the data exist; and the trend between "
    "two years.",
    "regions, as `amur regions --json`",
    regions_params, sizeof(reg_options), items, view, section, 0, NULL};
