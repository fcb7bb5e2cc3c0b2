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
    const char *name = fj_subject_name(e, id);
    return name ? name : id;
}

const char *view_project_name(const evidence *e, size_t p)
{
    return e->projects[p].name.en ? e->projects[p].name.en : e->projects[p].id;
}

const char *view_source_name(const evidence *e, const char *id)
{
    long i = ev_find(e, C_SOURCE, id);
    if (i < 0)
        return id;
    return e->sources[i].publisher ? e->sources[i].publisher : e->sources[i].title;
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
