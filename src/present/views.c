/*
** views.c — the table of analyses (views.h): one line per analysis.
*/
#include "views.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "findings.h"
#include "tr.h"

/* In the order of the report's sections: status first (it works out the
** stages the scorecards use). */
const analysis *const analyses[] = {
    &an_status,    &an_scorecard, &an_contradictions, &an_slippage,
    &an_carryover, &an_regions,   &an_risks,          &an_inflation,
    &an_flows,
    &an_changes, /* no section: the report has one date, changes need two */
};

const size_t analyses_count = sizeof analyses / sizeof analyses[0];

const analysis *analysis_find(const char *name)
{
    for (size_t i = 0; i < analyses_count; i++)
        if (strcmp(analyses[i]->name, name) == 0)
            return analyses[i];
    return NULL;
}

int analysis_view(const analysis *an, const evidence *e, const void *opts, const char *title,
                  doc **out, amur_err *err)
{
    int rc;
    if (!(*out = doc_new(title)))
        return err_set(err, AMUR_ESYS, "out of memory");
    if ((rc = an->view(e, opts, *out, err))) {
        doc_free(*out);
        *out = NULL;
    }
    return rc;
}

const char *view_name(const evidence *e, const char *id)
{
    return view_name_in(e, id, TR_EN);
}

const char *view_project_name(const evidence *e, size_t p)
{
    return view_names_pick(&e->projects[p].name, e->projects[p].id, TR_EN);
}

const char *view_names_pick(const ev_names *names, const char *id, int lang)
{
    const char *in = lang == TR_RU ? names->ru : lang == TR_ZH ? names->zh : NULL;
    return in ? in : names->en ? names->en : id;
}

const char *view_name_in(const evidence *e, const char *id, int lang)
{
    long i;
    if ((i = ev_find(e, C_PROJECT, id)) >= 0)
        return view_names_pick(&e->projects[i].name, id, lang);
    if ((i = ev_find(e, C_INSTRUMENT, id)) >= 0)
        return view_names_pick(&e->instruments[i].name, id, lang);
    if ((i = ev_find(e, C_PLACE, id)) >= 0)
        return view_names_pick(&e->places[i].name, id, lang);
    if ((i = ev_find(e, C_ACTOR, id)) >= 0)
        return view_names_pick(&e->actors[i].name, id, lang);
    return id;
}

const char *view_tier_name(int tier)
{
    return tier >= 0 ? schema_tiers[tier] : "unknown tier";
}

char *view_date(pdate d, char buf[PDATE_BUF])
{
    if (!d.y) {
        snprintf(buf, PDATE_BUF, "undated");
        return buf;
    }
    return pdate_format(d, buf);
}

const char *view_plural(size_t n)
{
    return n == 1 ? "" : "s";
}

void report_headline(report_part *r, const char *link, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    if (r->nhead == REPORT_MAX_HEADLINES)
        return;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (!(r->head[r->nhead] = strdup(buf))) {
        r->oom = 1;
        return;
    }
    r->head_link[r->nhead++] = link;
}

void report_headline_tr(report_part *r, const char *link, int lang, const char *key,
                        size_t nargs, const char *const *args)
{
    char buf[1024];
    tr_fill(buf, sizeof buf, tr_text(lang, key, key), nargs, args);
    report_headline(r, link, "%s", buf);
}

void report_cite(report_part *r, const evidence *e, const char *source)
{
    long i = source ? ev_find(e, C_SOURCE, source) : -1;
    if (i < 0)
        return;
    if (!r->cited && !(r->cited = calloc(e->n_sources, 1))) {
        r->oom = 1;
        return;
    }
    r->cited[i] = 1;
}

char *view_tr(char *buf, size_t n, int lang, const char *key, size_t nargs,
              const char *const *args)
{
    return tr_fill(buf, n, tr_text(lang, key, key), nargs, args);
}

const char *view_zu(char buf[32], size_t v)
{
    snprintf(buf, 32, "%zu", v);
    return buf;
}

const char *view_ld(char buf[32], long v)
{
    snprintf(buf, 32, "%ld", v);
    return buf;
}

const char *view_g(char buf[32], double v)
{
    snprintf(buf, 32, "%g", v);
    return buf;
}

void view_table(doc *d, int lang, size_t ncols, const char *const *heads)
{
    const char *shown[16];
    if (lang == TR_EN || ncols > 16) {
        doc_table(d, ncols, heads);
        return;
    }
    for (size_t i = 0; i < ncols; i++)
        shown[i] = tr_code(lang, "col", heads[i]);
    doc_table_shown(d, ncols, heads, shown);
}

void view_row(doc *d, const char *const *cells, const char *const *shown)
{
    doc_row_shown(d, cells, shown);
}

char *view_scope(char *buf, size_t n, int lang, const char *scope)
{
    char key[64], value[256], wk[TR_WORD_BUF], wv[TR_WORD_BUF];
    size_t len = 0;
    int item;
    buf[0] = '\0';
    while (len < n && (item = schema_scope_next(&scope, key, sizeof key, value, sizeof value))) {
        if (item != 1)
            continue;
        if (len)
            len += (size_t)snprintf(buf + len, n - len, "%s", tr_text(lang, "sep", ", "));
        if (len >= n)
            break;
        /* a side or a stage is said by its word alone: "Russian side, listed" */
        if (strcmp(key, "side") == 0 || strcmp(key, "stage") == 0)
            len += (size_t)snprintf(buf + len, n - len, "%s",
                                    tr_word(lang, key, value, wv, sizeof wv));
        else {
            const char *args[2] = {tr_word(lang, "scope", key, wk, sizeof wk),
                                   tr_word(lang, "scopev", value, wv, sizeof wv)};
            tr_fill(buf + len, n - len, tr_text(lang, "scope.kv", "{0}: {1}"), 2, args);
            len += strlen(buf + len);
        }
    }
    return buf;
}

const char *view_date_in(pdate d, char buf[PDATE_BUF], int lang)
{
    return d.y ? pdate_format(d, buf) : tr_text(lang, "undated", "undated");
}

const char *view_value_in(int lang, const char *property, const char *value,
                          char buf[TR_WORD_BUF])
{
    const char *list = strcmp(property, "stage") == 0          ? "stage"
                       : strcmp(property, "legal_status") == 0 ? "legal"
                       : strcmp(property, "dependence") == 0   ? "typ"
                                                               : NULL;
    return list ? tr_word(lang, list, value, buf, TR_WORD_BUF) : value;
}

char *view_when(pdate d, char buf[VIEW_WHEN_BUF])
{
    static const char *const months[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
    char day[PDATE_BUF];
    if (!d.y)
        snprintf(buf, VIEW_WHEN_BUF, "at an unknown date");
    else if (!d.m)
        snprintf(buf, VIEW_WHEN_BUF, "in %d", d.y);
    else if (!d.d)
        snprintf(buf, VIEW_WHEN_BUF, "in %s %d", months[(d.m - 1) % 12], d.y);
    else
        snprintf(buf, VIEW_WHEN_BUF, "on %s", pdate_format(d, day));
    return buf;
}
