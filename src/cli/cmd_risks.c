/*
** cmd_risks.c — amur risks: projects with influential active opponents
** (analyze/risks.h), and how their delays compare with the rest.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/risks.h"
#include "../core/schema.h"
#include "../out/findings.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

static const ev_actor *actor_of(const evidence *e, const ev_stake *s)
{
    long a = ev_find(e, C_ACTOR, s->actor);
    return a >= 0 ? &e->actors[a] : NULL;
}

static void print_group(const char *what, const risk_group *g)
{
    printf("%s: %zu project%s, %zu with days late", what, g->projects,
           g->projects == 1 ? "" : "s", g->with_delay);
    if (g->with_delay)
        printf(", median %g\n", g->median);
    else
        printf(", median undefined\n");
}

static int print_table(const evidence *e, const risk_result *r)
{
    static const char *const heads[] = {"project", "opponent", "actor", "influence", "from",
                                        "to", "days_late", "name"};
    table *t = table_new(8, heads);
    if (!t)
        return AMUR_ESYS;
    for (size_t i = 0; i < r->n; i++) {
        const risk_project *rp = &r->items[i];
        for (size_t k = 0; k < rp->n_stakes; k++) {
            const ev_stake *s = &e->stakes[rp->stakes[k]];
            const ev_actor *a = actor_of(e, s);
            char infl[16], from[PDATE_BUF], to[PDATE_BUF], delay[24];
            const char *cells[8];
            snprintf(infl, sizeof infl, "%d", s->influence);
            snprintf(delay, sizeof delay, "%ld", rp->delay_days);
            cells[0] = e->projects[rp->project].id;
            cells[1] = s->actor;
            cells[2] = a ? a->name.en : NULL;
            cells[3] = infl;
            cells[4] = pdate_format(s->from, from);
            cells[5] = pdate_format(s->to, to);
            cells[6] = rp->has_delay ? delay : "";
            cells[7] = e->projects[rp->project].name.en;
            table_add(t, cells);
        }
    }
    if (table_rows(t))
        table_print(t, stdout, table_fit_width(stdout));
    else
        printf("no project has such an opponent\n");
    table_free(t);
    return AMUR_OK;
}

int cmd_risks(cli *c)
{
    int min_influence = 4, ever = cli_opt_value(c, "ever") != NULL, rc;
    char heading[96];
    evidence *e;
    risk_result r;
    jo j;

    {
        double v = min_influence;
        if ((rc = cli_opt_number(c, "min-influence", 0, 5, 1, &v)))
            return rc;
        min_influence = (int)v;
    }
    if ((rc = cli_evidence(c, &e)))
        return rc;
    if ((rc = risks_find(e, min_influence, ever, &r))) {
        evidence_free(e);
        return err_set(&c->err, rc, "out of memory");
    }
    if (c->json) {
        jo_begin(&j, stdout);
        for (size_t i = 0; i < r.n; i++)
            jo_add(&j, fj_risk(e, &r.items[i]));
        /* the comparison, as a last object marked by its id */
        jo_add(&j, fj_risk_summary(&r, min_influence, ever));
        jo_end(&j);
    } else {
        rc = print_table(e, &r);
        snprintf(heading, sizeof heading, "\nwith %s opponents of influence >= %d",
                 ever ? "any" : "active", min_influence);
        print_group(heading, &r.with);
        print_group("without", &r.without);
        {
            char line[512];
            risks_comparison(&r, line, sizeof line);
            printf("\n%s\n", line);
        }
    }
    risks_free(&r);
    evidence_free(e);
    return rc ? err_set(&c->err, rc, "out of memory") : AMUR_OK;
}
