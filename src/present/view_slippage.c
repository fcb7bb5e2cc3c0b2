/*
** view_slippage.c — `amur slippage [PROJECT]`: the history of every
** promised date (analyze/slippage.h), one row per project and property, or
** one project's promises one by one.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/slippage.h"
#include "../core/schema.h"
#include "findings.h"
#include "tr.h"
#include "views.h"

/* "delivered 2019-11, 335 days late", "not delivered: 303 days late at
** 2021-10-31, overdue", "delivered (the record gives no date)". */
static void lateness(doc *d, const evidence *e, const slip_history *h)
{
    char act[PDATE_BUF], asof[PDATE_BUF];
    long n = h->days_late < 0 ? -h->days_late : h->days_late;
    const char *unit = n == 1 ? "day" : "days";
    if (h->delivered && !h->has_days_late)
        doc_line(d, "delivered (the record gives no date)");
    else if (h->delivered)
        doc_line(d, "delivered %s, %ld %s %s", pdate_format(h->actual_date, act), n, unit,
                 h->days_late < 0 ? "early" : "late");
    else
        doc_line(d, "not delivered%s: %ld %s late at %s%s", h->halted ? " (halted)" : "", n,
                 unit, pdate_format(e->view.as_of, asof), h->overdue ? ", overdue" : "");
}

/* One history, promise by promise. */
static void history(doc *d, const evidence *e, const slip_history *h)
{
    static const char *const heads[] = {"made", "promised", "kind", "source", "tier", "quote"};
    char a[PDATE_BUF], b[PDATE_BUF], act[PDATE_BUF];
    doc_line(d, "%s", "");
    doc_line(d,
             "%s%s%s%s: first %s, final %s; %d postponement%s, %d advance%s; the promise "
             "moved %ld day%s",
             h->property, h->scope ? " (" : "", h->scope ? h->scope : "", h->scope ? ")" : "",
             pdate_format(h->promises[0].date, a), pdate_format(h->promises[h->current].date, b),
             h->postponements, h->postponements == 1 ? "" : "s", h->advances,
             h->advances == 1 ? "" : "s", h->delay_days,
             h->delay_days == 1 || h->delay_days == -1 ? "" : "s");
    lateness(d, e, h);
    if (h->actual)
        doc_line(d, "actual: %s (claim %s)", pdate_format(h->actual_date, act), h->actual->id);
    doc_table(d, 6, heads);
    for (size_t k = 0; k < h->n; k++) {
        const slip_promise *s = &h->promises[k];
        char made[PDATE_BUF], date[PDATE_BUF], src[300];
        const char *cells[6];
        if (s->claim)
            snprintf(src, sizeof src, "%s", s->claim->source);
        else
            snprintf(src, sizeof src, "%s (listing %s)", s->listing->instrument, s->listing->id);
        cells[0] = pdate_format(s->made, made);
        cells[1] = pdate_format(s->date, date);
        cells[2] = slip_kind_name(s->kind);
        cells[3] = src;
        cells[4] = s->claim && s->claim->tier >= 0 ? schema_tiers[s->claim->tier] : "";
        cells[5] = s->claim ? s->claim->quote : "";
        doc_row(d, cells);
    }
}

/* "planned_opening (side=ru)": a history's property and part, into BUF;
** its postponements into NP; its days late (or NONE) into DL. */
static const char *labels(const slip_history *h, char *buf, size_t n, char np[16], char dl[24],
                          const char *none)
{
    snprintf(np, 16, "%d", h->postponements);
    if (h->has_days_late)
        snprintf(dl, 24, "%ld", h->days_late);
    else
        snprintf(dl, 24, "%s", none);
    if (h->scope)
        snprintf(buf, n, "%s (%s)", h->property, h->scope);
    else
        snprintf(buf, n, "%s", h->property);
    return buf;
}

static void row(doc *d, const evidence *e, const slip_history *h)
{
    char a[PDATE_BUF], b[PDATE_BUF], act[PDATE_BUF], post[16], delay[24], prop[256];
    const char *cells[9];
    labels(h, prop, sizeof prop, post, delay, "?");
    cells[0] = e->projects[h->project].id;
    cells[1] = prop;
    cells[2] = pdate_format(h->promises[0].date, a);
    cells[3] = pdate_format(h->promises[h->current].date, b);
    cells[4] = post;
    cells[5] = delay;
    cells[6] = h->overdue ? "yes" : "no";
    cells[7] = pdate_format(h->actual_date, act);
    cells[8] = e->projects[h->project].name.en;
    doc_row(d, cells);
}

typedef struct walk {
    const evidence *e;
    const slip_opts *o;
    doc *d;           /* the view's, or NULL for items */
    const an_sink *out; /* for items */
    size_t shown;     /* histories given so far */
} walk;

static const char *const row_heads[] = {"project", "property", "first", "final",
                                        "postponements", "days_late", "overdue", "actual",
                                        "name"};

static int each(void *ctx, size_t p, const slip_list *l)
{
    walk *w = ctx;
    if (w->d && w->o->project)
        doc_line(w->d, "%s — %s", w->e->projects[p].id,
                 w->e->projects[p].name.en ? w->e->projects[p].name.en : "");
    for (size_t i = 0; i < l->n; i++) {
        if (!slip_wanted(w->o, &l->items[i]))
            continue;
        w->shown++;
        if (!w->d)
            AN_EMIT(w->out, fj_slippage(w->e, &l->items[i]));
        else if (w->o->project)
            history(w->d, w->e, &l->items[i]);
        else {
            if (w->shown == 1) /* the table starts with its first row */
                doc_table(w->d, 9, row_heads);
            row(w->d, w->e, &l->items[i]);
        }
    }
    return AMUR_OK;
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    walk w = {e, opts, NULL, out, 0};
    if (slip_each(e, opts, each, &w))
        return err_set(err, AMUR_ESYS, "out of memory");
    return AMUR_OK;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    walk w = {e, opts, d, NULL, 0};
    if (slip_each(e, opts, each, &w))
        return err_set(err, AMUR_ESYS, "out of memory");
    if (!w.shown && w.o->project)
        doc_line(d, "%s", "");
    if (!w.shown)
        doc_line(d, "no promised dates");
    return AMUR_OK;
}

/* ---- its section of the report ---- */

/* The headline of project P's history H, the latest, in the report's
** language (tr.h), into BUF of N. */
static void slip_head_tr(report_facts *f, size_t p, const slip_history *h, char *buf, size_t n)
{
    const evidence *e = f->e;
    char a[PDATE_BUF], b[PDATE_BUF], act[PDATE_BUF], late[24], np[16], prop[TR_WORD_BUF];
    const char *args[7] = {
        view_names_pick(&e->projects[p].name, e->projects[p].id, f->lang),
        tr_word(f->lang, "prop", h->property, prop, sizeof prop),
        h->promises[0].date.y ? view_date(h->promises[0].date, a) : tr_text(f->lang, "undated", ""),
        h->delivered ? (h->actual_date.y ? view_date(h->actual_date, act)
                                         : tr_text(f->lang, "undated", ""))
                     : (h->promises[h->current].date.y ? view_date(h->promises[h->current].date, b)
                                                       : tr_text(f->lang, "undated", "")),
        late, np, h->overdue ? tr_text(f->lang, "head.slip.overdue", "") : ""};
    snprintf(late, sizeof late, "%ld", h->days_late);
    snprintf(np, sizeof np, "%d", h->postponements);
    if (h->delivered) /* args[3] is then the actual date */
        tr_fill(buf, n, tr_text(f->lang, "head.slip.delivered", ""), 6, args);
    else
        tr_fill(buf, n, tr_text(f->lang, "head.slip.open", ""), 7, args);
}

static void section(report_facts *f, report_part *r, amur_err *err)
{
    const evidence *e = f->e;
    (void)err;
    static const char *const heads[] = {"project", "property", "first promise", "final promise",
                                        "postponements", "days late", "overdue"};
    slip_index *ix;
    size_t postponed = 0, overdue = 0;
    long worst = 0;
    char worst_text[1024] = "";
    const char *worst_project = "slippage";
    doc_heading(r->body, 1, "slippage",
                tr_text(f->lang, "sec.slippage", "Promised dates and how they slipped"));
    if (slip_index_new(e, &ix)) {
        r->oom = 1;
        return;
    }
    view_table(r->body, f->lang, 7, heads);
    for (size_t p = 0; p < e->n_projects; p++) {
        slip_list l;
        if (slip_project(e, ix, p, &l)) {
            r->oom = 1;
            break;
        }
        for (size_t k = 0; k < l.n; k++) {
            const slip_history *h = &l.items[k];
            char a[PDATE_BUF], b[PDATE_BUF], np[16], dl[24], prop[256], sprop[600], scope[512],
                pw[TR_WORD_BUF];
            const char *cells[7], *shown[7];
            labels(h, prop, sizeof prop, np, dl, "no date");
            cells[0] = view_project_name(e, p);
            cells[1] = prop;
            cells[2] = view_date(h->promises[0].date, a);
            cells[3] = view_date(h->promises[h->current].date, b);
            cells[4] = np;
            cells[5] = dl;
            cells[6] = h->overdue ? "overdue" : "";
            /* the property and its part in words (JSON keeps the codes) */
            tr_word(f->lang, "prop", h->property, pw, sizeof pw);
            if (h->scope) {
                const char *args[2] = {pw, view_scope(scope, sizeof scope, f->lang, h->scope)};
                tr_fill(sprop, sizeof sprop, tr_text(f->lang, "sl.propscope", "{0} ({1})"), 2,
                        args);
            } else
                snprintf(sprop, sizeof sprop, "%s", pw);
            shown[0] = view_names_pick(&e->projects[p].name, e->projects[p].id, f->lang);
            shown[1] = sprop;
            shown[2] = view_date_in(h->promises[0].date, a, f->lang);
            shown[3] = view_date_in(h->promises[h->current].date, b, f->lang);
            shown[4] = np;
            shown[5] = h->has_days_late ? dl : tr_text(f->lang, "sl.nodate", "no date");
            shown[6] = h->overdue ? tr_text(f->lang, "flag.overdue", "overdue") : "";
            view_row(r->body, cells, shown);
            postponed += h->postponements > 0;
            overdue += h->overdue;
            if (h->has_days_late && h->days_late > worst) {
                char act[PDATE_BUF];
                worst = h->days_late;
                worst_project = e->projects[p].id;
                if (f->lang != TR_EN)
                    slip_head_tr(f, p, h, worst_text, sizeof worst_text);
                else if (h->delivered)
                    snprintf(worst_text, sizeof worst_text,
                             "%s: %s first promised for %s, delivered %s: %ld days late "
                             "(%d postponement%s).",
                             view_project_name(e, p), sprop, a,
                             view_date(h->actual_date, act), h->days_late, h->postponements,
                             h->postponements == 1 ? "" : "s");
                else
                    snprintf(worst_text, sizeof worst_text,
                             "%s: %s first promised for %s, latest promise %s, not delivered: "
                             "%ld days late (%d postponement%s%s).",
                             view_project_name(e, p), sprop, a, b, h->days_late,
                             h->postponements, h->postponements == 1 ? "" : "s",
                             h->overdue ? ", overdue" : "");
            }
        }
        slip_list_free(&l);
    }
    slip_index_free(ix);
    if (f->lang != TR_EN) {
        char buf[512];
        doc_para(r->body, "%s",
                 VIEW_TR(buf, f->lang, "sl.summary", VIEW_ZU(postponed), VIEW_ZU(overdue)));
    } else {
        doc_para(r->body, "%zu promised dates were postponed at least once; %zu are overdue.",
                 postponed, overdue);
    }
    if (worst_text[0])
        report_headline(r, worst_project, "%s", worst_text);
}


const analysis an_slippage = {
    "slippage", "/api/slippage", "Promised dates and how they slipped",
    "For every planned-date property of each project (planned_opening, "
    "planned_completion, ...), the promised dates in the order they were promised: the "
    "first promise, each postponement, the total delay in days, and whether the final "
    "promise is overdue at the as-of date. Listings' planned ends count as promises of "
    "completion made on their instrument's date.",
    "histories, as `amur slippage --json`",
    slip_params, sizeof(slip_opts), items, view, section, 0, "project"};
