/*
** view_changes.c — `amur changes`: what differs between what was known on
** two dates (analyze/changes.h), as a table of changes with the claims
** that caused each, and their sentences and JSON (view_changes.h).
*/
#include "view_changes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "findings.h"
#include "jsonout.h"
#include "views.h"

static const char *stage_word(int s)
{
    return s >= 0 ? schema_stages[s] : "no evidence";
}

/* "planned_opening" or "planned_opening (side=ru)" into BUF. */
static const char *what(const chg_change *c, char *buf, size_t n)
{
    if (c->scope)
        snprintf(buf, n, "%s (%s)", c->property, c->scope);
    else
        snprintf(buf, n, "%s", c->property ? c->property : "");
    return buf;
}

/* A claim's value and its source's tier: "'operational' (federal)". */
static void said(const ev_claim *c, char *buf, size_t n)
{
    snprintf(buf, n, "'%s' (%s)", c->value ? c->value : "", view_tier_name(c->tier));
}

char *vchg_title(const evidence *e, const chg_change *c, char *buf, size_t n)
{
    const char *name = view_name(e, c->subject);
    char w[256], a[PDATE_BUF], b[PDATE_BUF], x[300], y[300];
    long moved = c->moved_days < 0 ? -c->moved_days : c->moved_days;
    switch (c->kind) {
    case CHG_CLAIMS:
        snprintf(buf, n, "%zu new claim%s about %s", c->n, view_plural(c->n), name);
        break;
    case CHG_STAGE:
        snprintf(buf, n, "%s: stage from %s to %s", name, stage_word(c->stage_from),
                 stage_word(c->stage_to));
        break;
    case CHG_DELIVERED:
        snprintf(buf, n, "%s delivered: stage from %s to %s", name, stage_word(c->stage_from),
                 stage_word(c->stage_to));
        break;
    case CHG_OVERDUE:
        snprintf(buf, n, "%s: %s promised for %s is overdue", name, what(c, w, sizeof w),
                 view_date(c->to, b));
        break;
    case CHG_POSTPONEMENT:
    case CHG_ADVANCE:
        snprintf(buf, n, "%s: %s %s from %s to %s (%ld day%s)", name, what(c, w, sizeof w),
                 c->kind == CHG_ADVANCE ? "advanced" : "postponed", view_date(c->from, a),
                 view_date(c->to, b), moved, moved == 1 ? "" : "s");
        break;
    case CHG_CONTRADICTION:
    case CHG_RESOLVED:
        said(c->a, x, sizeof x);
        said(c->b, y, sizeof y);
        snprintf(buf, n, "%s: %s %s: %s against %s%s", name,
                 c->kind == CHG_RESOLVED ? "contradiction resolved on" : "new contradiction on",
                 what(c, w, sizeof w), x, y,
                 c->official_ahead && c->kind == CHG_CONTRADICTION ? ", the official source ahead"
                                                                   : "");
        break;
    default:
        snprintf(buf, n, "%s", name);
    }
    return buf;
}

static json_t *stage_json(int s)
{
    return s >= 0 ? json_string(schema_stages[s]) : json_null();
}

/* "project", "instrument", "place" or "actor": what the subject is, for
** a link to its page; NULL when it is none of those. */
static const char *subject_kind(const evidence *e, const chg_change *c)
{
    static const int kinds[] = {C_INSTRUMENT, C_PLACE, C_ACTOR};
    static const char *const names[] = {"instrument", "place", "actor"};
    if (c->project >= 0)
        return "project";
    for (int k = 0; k < 3; k++)
        if (ev_find(e, kinds[k], c->subject) >= 0)
            return names[k];
    return NULL;
}

json_t *vchg_json(const evidence *e, const chg_list *l, const chg_change *c)
{
    char title[1024], day[PDATE_BUF];
    size_t n;
    const ev_claim *const *cause = chg_causes(l, c, &n);
    json_t *ids = json_array(), *o;
    for (size_t i = 0; i < n; i++)
        json_array_append_new(ids, json_string(cause[i]->id));
    o = json_pack("{s:s,s:s,s:s,s:s,s:o,s:o,s:s,s:o}", "id", c->id, "kind",
                  chg_kind_names[c->kind], "date", pdate_format(pdate_from_days(c->day), day),
                  "subject", c->subject, "subject_kind", jo_str(subject_kind(e, c)), "name",
                  jo_str(fj_subject_name(e, c->subject)), "title",
                  vchg_title(e, c, title, sizeof title), "claims", ids);
    if (!o)
        return NULL;
    switch (c->kind) {
    case CHG_STAGE:
    case CHG_DELIVERED:
        json_object_set_new(o, "stage_from", stage_json(c->stage_from));
        json_object_set_new(o, "stage_to", stage_json(c->stage_to));
        break;
    case CHG_POSTPONEMENT:
    case CHG_ADVANCE:
    case CHG_OVERDUE:
        if (c->kind != CHG_OVERDUE) {
            json_object_set_new(o, "from", jo_date(c->from));
            json_object_set_new(o, "moved_days", json_integer(c->moved_days));
        }
        json_object_set_new(o, "property", json_string(c->property));
        json_object_set_new(o, "scope", jo_str(c->scope));
        json_object_set_new(o, "to", jo_date(c->to));
        json_object_set_new(o, "listing", jo_str(c->listing));
        break;
    case CHG_CONTRADICTION:
    case CHG_RESOLVED:
        json_object_set_new(o, "property", json_string(c->property));
        json_object_set_new(o, "scope", jo_str(c->scope));
        json_object_set_new(o, "a", jo_claim(c->a));
        json_object_set_new(o, "b", jo_claim(c->b));
        json_object_set_new(o, "severity", json_integer(c->severity));
        json_object_set_new(o, "official_ahead", json_boolean(c->official_ahead));
        break;
    default:
        break;
    }
    return o;
}

/* The object that sums the list up: the dates compared (defaults
** resolved) and how many changes of each kind. */
static json_t *summary(const chg_list *l)
{
    char a[PDATE_BUF], b[PDATE_BUF];
    json_t *by = json_object();
    size_t count[CHG_KINDS] = {0};
    for (size_t i = 0; i < l->n; i++)
        count[l->items[i].kind]++;
    for (int k = 0; k < CHG_KINDS; k++)
        json_object_set_new(by, chg_kind_names[k], json_integer((json_int_t)count[k]));
    return json_pack("{s:s,s:s,s:s,s:I,s:o}", "id", "summary", "since", pdate_format(l->since, a),
                     "until", pdate_format(l->until, b), "total", (json_int_t)l->n, "by_kind", by);
}

static int items(const evidence *e, const void *opts, const an_sink *out, amur_err *err)
{
    chg_list l;
    int rc = chg_compute(e, opts, &l, err);
    for (size_t i = 0; rc == AMUR_OK && i < l.n; i++)
        AN_EMIT(out, vchg_json(e, &l, &l.items[i]));
    if (rc == AMUR_OK)
        out->take(out->ctx, summary(&l), 1);
    chg_list_free(&l);
    return rc;
}

/* "clm-a, clm-b" (the first few, then how many more) into BUF. */
static const char *cause_ids(const chg_list *l, const chg_change *c, char *buf, size_t n)
{
    size_t k, len = 0;
    const ev_claim *const *v = chg_causes(l, c, &k);
    buf[0] = 0;
    for (size_t i = 0; i < k && len < n; i++) {
        if (i == 4 && k > 5) {
            snprintf(buf + len, n - len, ", and %zu more", k - i);
            break;
        }
        len += (size_t)snprintf(buf + len, n - len, "%s%s", i ? ", " : "", v[i]->id);
    }
    return buf;
}

static int view(const evidence *e, const void *opts, doc *d, amur_err *err)
{
    static const char *const heads[] = {"date", "kind", "change", "claims"};
    size_t count[CHG_KINDS] = {0};
    char a[PDATE_BUF], b[PDATE_BUF], line[512];
    size_t len;
    chg_list l;
    int rc = chg_compute(e, opts, &l, err);
    if (rc) {
        chg_list_free(&l);
        return rc;
    }
    if (l.n)
        doc_table(d, 4, heads);
    for (size_t i = 0; i < l.n; i++) {
        const chg_change *c = &l.items[i];
        char day[PDATE_BUF], title[1024], ids[512];
        const char *cells[4] = {pdate_format(pdate_from_days(c->day), day),
                                chg_kind_names[c->kind], vchg_title(e, c, title, sizeof title),
                                cause_ids(&l, c, ids, sizeof ids)};
        doc_row(d, cells);
        count[c->kind]++;
    }
    len = (size_t)snprintf(line, sizeof line, "%zu change%s between what was known on %s and on %s",
                           l.n, view_plural(l.n), pdate_format(l.since, a),
                           pdate_format(l.until, b));
    for (int k = 0, first = 1; k < CHG_KINDS && len < sizeof line; k++)
        if (count[k]) {
            len += (size_t)snprintf(line + len, sizeof line - len, "%s%zu %s", first ? ": " : ", ",
                                    count[k], chg_kind_names[k]);
            first = 0;
        }
    if (l.n)
        doc_line(d, "%s", "");
    doc_line(d, "%s", line);
    chg_list_free(&l);
    return AMUR_OK;
}

const analysis an_changes = {
    "changes", "/api/changes", "What changed between what was known on two dates",
    "The findings that differ between the record as known on --since and as known on "
    "--until (both clocks at each date): new claims per subject, stage changes, projects "
    "delivered, promises newly overdue, each postponement and advance, new and resolved "
    "contradictions; each with the claims that caused it. Without dates, the last --days "
    "days up to the day the newest claim was made. Not in the report, which has one date.",
    "changes, as `amur changes --json`, by date; the page's \"summary\" (the array's last "
    "object on the command line, id \"summary\") gives since and until as compared and the "
    "count by kind",
    chg_params, sizeof(chg_opts), items, view, NULL, 0, NULL};
