/*
** cmd_status.c — amur status [PROJECT]: each project's resolved stage
** (analyze/status.h), or one project's stage with the claims behind it.
*/
#include <stdio.h>
#include <string.h>

#include "../analyze/status.h"
#include "../core/schema.h"
#include "../out/findings.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

static const char *stage_name(int s)
{
    return s >= 0 ? schema_stages[s] : "unknown";
}

static const char *flags(const status_result *r)
{
    if (r->overridden && r->contested)
        return "contested, ground rule";
    if (r->overridden)
        return "ground rule";
    return r->contested ? "contested" : "";
}

static void print_detail(const evidence *e, const status_result *r)
{
    const ev_project *p = &e->projects[r->project];
    static const char *const heads[] = {"date",   "refers_to", "stage", "tier",
                                        "source", "quote",     "provenance", "set aside"};
    table *t = table_new(8, heads);
    printf("%s — %s\nstage: %s, confidence %.2f%s%s\n\n", p->id, p->name.en ? p->name.en : "",
           stage_name(r->stage), r->confidence, *flags(r) ? ", " : "", flags(r));
    for (size_t i = r->first; t && i < r->first + r->n; i++) {
        const ev_claim *c = &e->claims[i];
        char d[PDATE_BUF], a[PDATE_BUF], b[PDATE_BUF], refers[2 * PDATE_BUF + 1], prov[512],
            aside[256];
        int superseded;
        const ev_claim *by = status_set_aside_by(e, r->project, c, &superseded);
        const char *cells[8];
        pdate_format(c->refers.from, a);
        if (pdate_cmp(c->refers.from, c->refers.to) == 0)
            snprintf(refers, sizeof refers, "%s", a);
        else
            snprintf(refers, sizeof refers, "%s/%s", a, pdate_format(c->refers.to, b));
        cells[0] = pdate_format(c->date, d);
        cells[1] = refers;
        cells[2] = c->value;
        cells[3] = c->tier >= 0 ? schema_tiers[c->tier] : "";
        cells[4] = c->source;
        cells[5] = c->quote;
        cells[6] = fj_provenance(e, c, prov, sizeof prov);
        if (by)
            snprintf(aside, sizeof aside, "%s by %s", superseded ? "superseded" : "ruled out",
                     by->id);
        cells[7] = by ? aside : "";
        table_add(t, cells);
    }
    if (t && table_rows(t))
        table_print(t, stdout, table_fit_width(stdout));
    else
        printf("no stage claims\n");
    table_free(t);
}

int cmd_status(cli *c)
{
    evidence *e;
    int rc = AMUR_OK;
    jo j;
    table *t = NULL;
    static const char *const heads[] = {"project", "stage", "confidence", "claims", "flags",
                                        "name"};

    if ((rc = cli_evidence(c, &e)))
        return rc;
    if (c->npos == 1) {
        long p = ev_find(e, C_PROJECT, c->pos[0]);
        status_result r;
        char msg[512];
        if (p < 0) {
            ev_check_id(e, REF(C_PROJECT), "project", c->pos[0], msg, sizeof msg);
            evidence_free(e);
            return err_set(&c->err, AMUR_EDATA, "%s", msg);
        }
        status_resolve(e, (size_t)p, &r);
        if (c->json) {
            jo_begin(&j, stdout);
            jo_add(&j, fj_status(e, &r));
            jo_end(&j);
        } else {
            print_detail(e, &r);
        }
        evidence_free(e);
        return AMUR_OK;
    }
    if (c->json)
        jo_begin(&j, stdout);
    else if (!(t = table_new(6, heads)))
        rc = err_set(&c->err, AMUR_ESYS, "out of memory");
    for (size_t p = 0; rc == AMUR_OK && p < e->n_projects; p++) {
        status_result r;
        status_resolve(e, p, &r);
        if (c->json) {
            jo_add(&j, fj_status(e, &r));
        } else {
            char conf[16], n[16];
            const char *cells[6];
            snprintf(conf, sizeof conf, "%.2f", r.confidence);
            snprintf(n, sizeof n, "%zu", r.n);
            cells[0] = e->projects[p].id;
            cells[1] = stage_name(r.stage);
            cells[2] = r.stage >= 0 ? conf : "";
            cells[3] = n;
            cells[4] = flags(&r);
            cells[5] = e->projects[p].name.en;
            table_add(t, cells);
        }
    }
    if (c->json)
        jo_end(&j);
    else if (t)
        table_print(t, stdout, table_fit_width(stdout));
    table_free(t);
    evidence_free(e);
    return rc;
}
