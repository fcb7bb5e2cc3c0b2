/*
** cmd_slippage.c — amur slippage [PROJECT]: the history of every promised
** date (analyze/slippage.h), one row per project and property, or one
** project's promises one by one.
*/
#include <stdio.h>
#include <string.h>

#include "../analyze/slippage.h"
#include "../core/schema.h"
#include "../out/findings.h"
#include "../out/jsonout.h"
#include "../out/table.h"
#include "cli.h"

static int wanted(const cli *c, const slip_history *h)
{
    const char *prop = cli_opt_value(c, "property");
    if (prop && strcmp(prop, h->property) != 0)
        return 0;
    return !cli_opt_value(c, "overdue") || h->overdue;
}

/* "delivered 2019-11, 335 days late", "not delivered: 303 days late at
** 2021-10-31, overdue", "delivered (the record gives no date)". */
static void print_lateness(const evidence *e, const slip_history *h)
{
    char act[PDATE_BUF], asof[PDATE_BUF];
    long d = h->days_late < 0 ? -h->days_late : h->days_late;
    const char *unit = d == 1 ? "day" : "days";
    if (h->delivered && !h->has_days_late)
        printf("delivered (the record gives no date)\n");
    else if (h->delivered)
        printf("delivered %s, %ld %s %s\n", pdate_format(h->actual_date, act), d, unit,
               h->days_late < 0 ? "early" : "late");
    else
        printf("not delivered%s: %ld %s late at %s%s\n", h->halted ? " (halted)" : "", d, unit,
               pdate_format(e->view.as_of, asof), h->overdue ? ", overdue" : "");
}

/* One project's promises, property by property. */
static int print_detail(const cli *c, const evidence *e, size_t p, const slip_list *l)
{
    static const char *const heads[] = {"made", "promised", "kind", "source", "tier", "quote"};
    const ev_project *pr = &e->projects[p];
    int shown = 0;

    printf("%s — %s\n", pr->id, pr->name.en ? pr->name.en : "");
    for (size_t i = 0; i < l->n; i++) {
        const slip_history *h = &l->items[i];
        char a[PDATE_BUF], b[PDATE_BUF], act[PDATE_BUF];
        table *t;
        if (!wanted(c, h))
            continue;
        shown = 1;
        printf("\n%s%s%s%s: first %s, final %s; %d postponement%s, %d advance%s; the promise "
               "moved %ld day%s\n",
               h->property, h->scope ? " (" : "", h->scope ? h->scope : "", h->scope ? ")" : "",
               pdate_format(h->promises[0].date, a),
               pdate_format(h->promises[h->current].date, b), h->postponements,
               h->postponements == 1 ? "" : "s", h->advances, h->advances == 1 ? "" : "s",
               h->delay_days, h->delay_days == 1 || h->delay_days == -1 ? "" : "s");
        print_lateness(e, h);
        if (h->actual)
            printf("actual: %s (claim %s)\n", pdate_format(h->actual_date, act),
                   h->actual->id);
        if (!(t = table_new(6, heads)))
            return AMUR_ESYS;
        for (size_t k = 0; k < h->n; k++) {
            const slip_promise *s = &h->promises[k];
            char made[PDATE_BUF], date[PDATE_BUF], src[300];
            const char *cells[6];
            if (s->claim)
                snprintf(src, sizeof src, "%s", s->claim->source);
            else
                snprintf(src, sizeof src, "%s (listing %s)", s->listing->instrument,
                         s->listing->id);
            cells[0] = pdate_format(s->made, made);
            cells[1] = pdate_format(s->date, date);
            cells[2] = slip_kind_name(s->kind);
            cells[3] = src;
            cells[4] = s->claim && s->claim->tier >= 0 ? schema_tiers[s->claim->tier] : "";
            cells[5] = s->claim ? s->claim->quote : "";
            table_add(t, cells);
        }
        table_print(t, stdout, table_fit_width(stdout));
        table_free(t);
    }
    if (!shown)
        printf("\nno promised dates\n");
    return AMUR_OK;
}

static void add_row(table *t, const evidence *e, const slip_history *h)
{
    char a[PDATE_BUF], b[PDATE_BUF], act[PDATE_BUF], post[16], delay[24], prop[256];
    const char *cells[9];
    snprintf(post, sizeof post, "%d", h->postponements);
    if (h->has_days_late)
        snprintf(delay, sizeof delay, "%ld", h->days_late);
    else
        snprintf(delay, sizeof delay, "?");
    cells[0] = e->projects[h->project].id;
    if (h->scope)
        snprintf(prop, sizeof prop, "%s (%s)", h->property, h->scope);
    else
        snprintf(prop, sizeof prop, "%s", h->property);
    cells[1] = prop;
    cells[2] = pdate_format(h->promises[0].date, a);
    cells[3] = pdate_format(h->promises[h->current].date, b);
    cells[4] = post;
    cells[5] = delay;
    cells[6] = h->overdue ? "yes" : "no";
    cells[7] = pdate_format(h->actual_date, act);
    cells[8] = e->projects[h->project].name.en;
    table_add(t, cells);
}

int cmd_slippage(cli *c)
{
    static const char *const heads[] = {"project", "property", "first", "final",
                                        "postponements", "days_late", "overdue", "actual",
                                        "name"};
    evidence *e;
    slip_index *ix = NULL;
    table *t = NULL;
    size_t from = 0, to;
    int rc;
    jo j;

    if ((rc = cli_evidence(c, &e)))
        return rc;
    to = e->n_projects;
    {
        char msg[512];
        const char *prop = cli_opt_value(c, "property");
        if ((c->npos == 1 && !ev_check_id(e, REF(C_PROJECT), "project", c->pos[0], msg, sizeof msg)) ||
            (prop && !ev_check_property(e, prop, msg, sizeof msg))) {
            evidence_free(e);
            return err_set(&c->err, AMUR_EDATA, "slippage: %s", msg);
        }
    }
    if (c->npos == 1) {
        long p = ev_find(e, C_PROJECT, c->pos[0]);
        from = (size_t)p;
        to = from + 1;
    } else if ((rc = slip_index_new(e, &ix))) {
        evidence_free(e);
        return err_set(&c->err, rc, "out of memory");
    }
    if (c->json)
        jo_begin(&j, stdout);
    else if (c->npos == 0 && !(t = table_new(9, heads)))
        rc = AMUR_ESYS;
    for (size_t p = from; rc == AMUR_OK && p < to; p++) {
        slip_list l;
        if ((rc = slip_project(e, ix, p, &l)))
            break;
        if (!c->json && c->npos == 1) {
            rc = print_detail(c, e, p, &l);
        } else {
            for (size_t i = 0; i < l.n; i++) {
                if (!wanted(c, &l.items[i]))
                    continue;
                if (c->json)
                    jo_add(&j, fj_slippage(e, &l.items[i]));
                else
                    add_row(t, e, &l.items[i]);
            }
        }
        slip_list_free(&l);
    }
    if (c->json)
        jo_end(&j);
    else if (t && table_rows(t))
        table_print(t, stdout, table_fit_width(stdout));
    else if (t && rc == AMUR_OK)
        printf("no promised dates\n");
    table_free(t);
    slip_index_free(ix);
    evidence_free(e);
    if (rc)
        return err_set(&c->err, rc, "out of memory");
    return AMUR_OK;
}
