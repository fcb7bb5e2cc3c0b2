/*
** records.c — see records.h. JSON goes out one object at a time, so a
** listing of millions of rows never holds them all; the table must, to
** align its columns.
*/
#include "records.h"

#include <stddef.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "../core/text.h"
#include "table.h"
#include "../core/sort.h"

#define MAX_EXTRA 8

struct rec_out {
    const concept *c;
    FILE *out;
    int json;
    const char *const *extra;
    size_t nextra;
    int list[16]; /* schema columns shown in the table */
    size_t nlist;
    table *t;
    long n;
    /* with rec_out_sort(): the column (in schema order, or ncols + i for
    ** EXTRA[i]), the direction, and the rows held until the end */
    int sorting, sort_col, desc, sort_num;
    const char *sort_name; /* the column sorted by, for schema_sort_cmp() */
    char ***held; /* rows of ncols + nextra strings each, copied */
    size_t nheld, capheld;
};

rec_out *rec_out_new(const concept *c, int json, FILE *out, const char *const *extra)
{
    rec_out *o = calloc(1, sizeof *o);
    const char *heads[16 + MAX_EXTRA];
    if (!o)
        return NULL;
    o->c = c;
    o->out = out;
    o->json = json;
    o->extra = extra;
    while (extra && extra[o->nextra] && o->nextra < MAX_EXTRA)
        o->nextra++;
    for (size_t i = 0; c->list[i] && o->nlist < 16; i++) {
        int k = schema_col(c, c->list[i]);
        if (k >= 0) {
            o->list[o->nlist] = k;
            heads[o->nlist++] = c->list[i];
        }
    }
    if (json)
        return o; /* "[" goes out with the first row, or at the end */
    for (size_t i = 0; i < o->nextra; i++)
        heads[o->nlist + i] = extra[i];
    if (!(o->t = table_new(o->nlist + o->nextra, heads))) {
        free(o);
        return NULL;
    }
    return o;
}

json_t *rec_json_cell(const column *col, const char *v)
{
    if (!v || !*v)
        return json_null();
    switch (col->type) {
    case COL_NUMBER:
    case COL_INT:
    case COL_LAT:
    case COL_LON:
        if (!strpbrk(v, ".eE"))
            return json_integer(strtoll(v, NULL, 10));
        return json_real(strtod(v, NULL));
    default:
        return json_string(v);
    }
}

json_t *rec_json_row(const concept *c, char *const *f, const char *const *extra,
                     const char *const *xv)
{
    json_t *obj = json_object();
    if (!obj)
        return NULL;
    for (size_t i = 0; i < c->ncols; i++) {
        const char *name = c->cols[i].name;
        if (c->named && strncmp(name, "name_", 5) == 0) {
            if (strcmp(name, "name_en") == 0) {
                json_object_set_new(obj, "name", json_string(f[i] ? f[i] : ""));
                json_object_set_new(
                    obj, "names",
                    json_pack("{s:o,s:o,s:o}", "en", rec_json_cell(&c->cols[i], f[i]), "ru",
                              rec_json_cell(&c->cols[i + 1], f[i + 1]), "zh",
                              rec_json_cell(&c->cols[i + 2], f[i + 2])));
            }
            continue;
        }
        json_object_set_new(obj, name, rec_json_cell(&c->cols[i], f[i]));
    }
    for (size_t i = 0; extra && extra[i] && i < MAX_EXTRA; i++)
        json_object_set_new(obj, extra[i], xv && xv[i] ? json_string(xv[i]) : json_null());
    return obj;
}

static json_t *row_object(const rec_out *o, char *const *f, const char *const *xv)
{
    return rec_json_row(o->c, f, o->nextra ? o->extra : NULL, xv);
}

/* Writes one row (rec_out_row() unless it is held for a sort). */
static int put_row(rec_out *o, char *const *fields, const char *const *xv)
{
    o->n++;
    if (o->json) {
        json_t *obj = row_object(o, fields, xv);
        int rc;
        if (!obj)
            return -1;
        fputs(o->n > 1 ? ",\n" : "[\n", o->out);
        rc = json_dumpf(obj, o->out, JSON_COMPACT | JSON_REAL_PRECISION(15));
        json_decref(obj);
        return rc;
    }
    {
        const char *cells[16 + MAX_EXTRA];
        for (size_t i = 0; i < o->nlist; i++)
            cells[i] = fields[o->list[i]];
        for (size_t i = 0; i < o->nextra; i++)
            cells[o->nlist + i] = xv ? xv[i] : NULL;
        return table_add(o->t, cells);
    }
}

/* Keeps a copy of the row for the sort. */
static int hold_row(rec_out *o, char *const *fields, const char *const *xv)
{
    size_t w = o->c->ncols + o->nextra;
    char **row;
    if (o->nheld == o->capheld) {
        size_t cap = o->capheld ? o->capheld * 2 : 256;
        char ***a = realloc(o->held, cap * sizeof *a);
        if (!a)
            return -1;
        o->held = a;
        o->capheld = cap;
    }
    if (!(row = calloc(w, sizeof *row)))
        return -1;
    o->held[o->nheld++] = row;
    for (size_t i = 0; i < w; i++) {
        const char *v = i < o->c->ncols ? fields[i] : xv ? xv[i - o->c->ncols] : NULL;
        if (v && !(row[i] = strdup(v)))
            return -1;
    }
    return 0;
}

int rec_out_row(rec_out *o, char *const *fields, const char *const *xv)
{
    if (!o->sorting)
        return put_row(o, fields, xv);
    o->n++;
    return hold_row(o, fields, xv);
}

long rec_out_count(const rec_out *o)
{
    return o->n;
}

int rec_out_sort(rec_out *o, const char *spec, char *msg, size_t n)
{
    const char *name = spec && *spec == '-' ? spec + 1 : spec;
    const char *best = NULL;
    int bestd = 0;
    o->desc = spec && *spec == '-';
    o->sort_col = -1;
    if (name && strcmp(name, "name") == 0 && o->c->named)
        name = "name_en";
    for (size_t i = 0; name && i < o->c->ncols + o->nextra; i++) {
        const char *cand = i < o->c->ncols ? o->c->cols[i].name : o->extra[i - o->c->ncols];
        int d;
        if (strcmp(cand, name) == 0) {
            o->sort_col = (int)i;
            o->sort_name = cand;
            break;
        }
        d = text_closeness(name, cand, 0);
        if (d >= 0 && (!best || d < bestd)) {
            best = cand;
            bestd = d;
        }
    }
    if (o->sort_col < 0) {
        if (best)
            snprintf(msg, n, "--sort: no column '%s' in %s; did you mean '%s'?",
                     name ? name : "", o->c->name, best);
        else
            snprintf(msg, n, "--sort: no column '%s' in %s", name ? name : "", o->c->name);
        return -1;
    }
    if ((size_t)o->sort_col < o->c->ncols)
        switch (o->c->cols[o->sort_col].type) {
        case COL_NUMBER:
        case COL_INT:
        case COL_LAT:
        case COL_LON:
            o->sort_num = 1;
            break;
        default:
            break;
        }
    o->sorting = 1;
    return 0;
}

/* A held row with its sort key worked out, so that the comparison needs
** nothing else. */
typedef struct held_ref {
    char **row;
    size_t at;
    const char *key, *id; /* NULL when empty */
    const char *field;
    double num;
    int isnum, desc;
} held_ref;

static int held_cmp(const void *pa, const void *pb)
{
    const held_ref *a = pa, *b = pb;
    int d;
    if (!a->key || !b->key) {
        d = !a->key - !b->key; /* empty last, either way */
    } else {
        d = a->isnum ? (a->num > b->num) - (a->num < b->num)
                     : schema_sort_cmp(a->field, a->key, b->key);
        d = a->desc ? -d : d;
    }
    if (!d && a->id && b->id)
        d = text_natural_cmp(a->id, b->id);
    return d ? d : (a->at > b->at) - (a->at < b->at);
}

/* Writes the held rows in their order, and frees them. */
static int put_held(rec_out *o)
{
    size_t w = o->c->ncols + o->nextra;
    held_ref *refs = o->nheld ? malloc(o->nheld * sizeof *refs) : NULL;
    int rc = 0;
    if (o->nheld && !refs)
        rc = -1;
    for (size_t i = 0; refs && i < o->nheld; i++) {
        held_ref *r = &refs[i];
        r->row = o->held[i];
        r->at = i;
        r->key = r->row[o->sort_col] && *r->row[o->sort_col] ? r->row[o->sort_col] : NULL;
        r->id = r->row[0];
        r->isnum = o->sort_num;
        r->num = r->key && o->sort_num ? strtod(r->key, NULL) : 0;
        r->desc = o->desc;
        r->field = o->sort_name;
    }
    if (refs) {
        sort_array(refs, o->nheld, sizeof *refs, held_cmp);
        o->n = 0;
        for (size_t i = 0; i < o->nheld && !rc; i++)
            rc = put_row(o, refs[i].row, (const char *const *)refs[i].row + o->c->ncols);
    }
    for (size_t i = 0; i < o->nheld; i++) {
        char **row = o->held[i];
        for (size_t k = 0; k < w; k++)
            free(row[k]);
        free(row);
    }
    free(refs);
    free(o->held);
    o->held = NULL;
    o->nheld = 0;
    return rc;
}

int rec_out_end(rec_out *o)
{
    int rc;
    if (o->sorting && put_held(o)) {
        rec_out_discard(o);
        return -1;
    }
    if (o->json) {
        fputs(o->n ? "\n]\n" : "[]\n", o->out);
    } else {
        table_print(o->t, o->out, table_fit_width(o->out));
        table_free(o->t);
    }
    rc = ferror(o->out) ? -1 : 0;
    free(o);
    return rc;
}

void rec_out_discard(rec_out *o)
{
    if (!o)
        return;
    for (size_t i = 0; i < o->nheld; i++) {
        char **row = o->held[i];
        for (size_t k = 0; k < o->c->ncols + o->nextra; k++)
            free(row[k]);
        free(row);
    }
    free(o->held);
    if (!o->json)
        table_free(o->t);
    free(o);
}

/* ---- checking filters against what exists ---- */

struct rec_check {
    const concept *c;
    size_t n;
    struct {
        int col;                /* index in c->cols, or -1 */
        const char *name, *value;
        int seen;               /* some row has the value */
        char best[128];         /* the closest value seen, "" for none */
        int dist;
    } f[REC_CHECK_MAX];
};

rec_check *rec_check_new(const concept *c, const char *const *cols, const char *const *values,
                         size_t n)
{
    rec_check *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->c = c;
    r->n = n < REC_CHECK_MAX ? n : REC_CHECK_MAX;
    for (size_t i = 0; i < r->n; i++) {
        r->f[i].col = schema_col(c, cols[i]);
        r->f[i].name = cols[i];
        r->f[i].value = values[i];
    }
    return r;
}

void rec_check_row(rec_check *r, char *const *fields)
{
    for (size_t i = 0; i < r->n; i++) {
        const char *v = r->f[i].col >= 0 ? fields[r->f[i].col] : NULL;
        int d;
        if (!v || r->f[i].seen)
            continue;
        if (strcmp(v, r->f[i].value) == 0) {
            r->f[i].seen = 1;
            continue;
        }
        /* a value that begins with the one asked for is close; not the reverse */
        d = text_closeness(r->f[i].value, v, 0);
        if (d >= 0 && strlen(v) < sizeof r->f[i].best && (!r->f[i].best[0] || d < r->f[i].dist)) {
            memcpy(r->f[i].best, v, strlen(v) + 1);
            r->f[i].dist = d;
        }
    }
}

int rec_check_done(const rec_check *r, rec_find_fn find, void *ctx, char *msg, size_t n)
{
    for (size_t i = 0; i < r->n; i++) {
        const column *col = r->f[i].col >= 0 ? &r->c->cols[r->f[i].col] : NULL;
        if (r->f[i].seen)
            continue;
        /* a record that exists but has no rows here is an empty answer,
        ** not a mistake: /api/stakes?actor=act-ru when no stake names it */
        if (col && col->refs && find) {
            int k = find(ctx, r->f[i].value, NULL, 0);
            if (k >= 0 && (col->refs & REF(k)))
                continue;
        }
        if (r->f[i].best[0])
            snprintf(msg, n, "no %s has %s '%s'; did you mean '%s'?", r->c->one, r->f[i].name,
                     r->f[i].value, r->f[i].best);
        else
            snprintf(msg, n, "no %s has %s '%s'", r->c->one, r->f[i].name, r->f[i].value);
        return 0;
    }
    return 1;
}

void rec_check_free(rec_check *r)
{
    free(r);
}

/* ---- the listings' filters ---- */

#define FILTER(col, i, m, what)                                                                 \
    {.name = col, .type = PARAM_TEXT, .meta = m, .where = PARAM_BOTH,        \
     .off = offsetof(rec_filter_values, v) + (i) * sizeof(const char *), .help = what}
/* The command line's --sort; the API's sort= is every list's (web/lists.c). */
#define SORT                                                                                   \
    {.name = "sort", .type = PARAM_TEXT, .meta = "[-]COLUMN", .where = PARAM_CLI,              \
     .off = offsetof(rec_filter_values, sort),                                                 \
     .help = "sort by this column (name: the English name), largest first with a leading "   \
             "'-'; empty values last, ties by id"}

const param rec_source_filters[] = {FILTER("tier", 0, "TIER", "only sources of this tier"),
                                    FILTER("language", 1, "LANG", "only sources in this language"),
                                    FILTER("publisher", 2, "NAME", "only sources from this publisher"),
                                    SORT, {0}};
const param rec_place_filters[] = {FILTER("kind", 0, "KIND", "only places of this kind"),
                                   FILTER("country", 1, "ID", "only places in this country"),
                                   FILTER("parent", 2, "ID", "only places within this one"), SORT, {0}};
const param rec_actor_filters[] = {FILTER("kind", 0, "KIND", "only actors of this kind"),
                                   FILTER("country", 1, "ID", "only actors of this country"), SORT, {0}};
const param rec_instrument_filters[] = {FILTER("kind", 0, "KIND", "only instruments of this kind"),
                                        FILTER("level", 1, "LEVEL", "only instruments of this level"),
                                        SORT, {0}};
const param rec_project_filters[] = {FILTER("kind", 0, "KIND", "only projects of this kind"),
                                     FILTER("side", 1, "SIDE", "only projects on this side"),
                                     FILTER("place", 2, "ID", "only projects at this place"), SORT, {0}};
const param rec_listing_filters[] = {FILTER("instrument", 0, "ID", "only listings in this instrument"),
                                     FILTER("project", 1, "ID", "only listings of this project"),
                                     FILTER("side", 2, "SIDE", "only listings on this side"), SORT, {0}};
const param rec_stake_filters[] = {FILTER("project", 0, "ID", "only stakes in this project"),
                                   FILTER("actor", 1, "ID", "only stakes of this actor"),
                                   FILTER("role", 2, "ROLE", "only stakes with this role"), SORT, {0}};
const param rec_claim_filters[] = {FILTER("subject", 0, "ID", "only claims about this subject"),
                                   FILTER("property", 1, "P", "only claims on this property"),
                                   FILTER("source", 2, "ID", "only claims from this source"), SORT, {0}};
const param rec_indicator_filters[] = {FILTER("region", 0, "ID", "only values for this region"),
                                       FILTER("series", 1, "CODE", "only values of this series"),
                                       FILTER("partner", 2, "ID", "only values for this partner"),
                                       SORT, {0}};

int rec_param_is_filter(const param *p)
{
    return p->off < offsetof(rec_filter_values, sort);
}

const param *rec_filters(int k)
{
    switch (k) {
    case C_SOURCE: return rec_source_filters;
    case C_PLACE: return rec_place_filters;
    case C_ACTOR: return rec_actor_filters;
    case C_INSTRUMENT: return rec_instrument_filters;
    case C_PROJECT: return rec_project_filters;
    case C_LISTING: return rec_listing_filters;
    case C_STAKE: return rec_stake_filters;
    case C_CLAIM: return rec_claim_filters;
    case C_INDICATOR: return rec_indicator_filters;
    default: return NULL;
    }
}

/* ---- what the API's lists offer beside the filters (web/lists.h) ---- */

static const char *const source_facets[] = {"tier", "language", "publisher", "year", NULL};
static const char *const place_facets[] = {"kind", "country", NULL};
static const char *const actor_facets[] = {"kind", "country", NULL};
static const char *const instrument_facets[] = {"kind", "level", "year", NULL};
static const char *const project_facets[] = {"stage", "kind", "side", "publishers", NULL};
static const char *const listing_facets[] = {"instrument", "side", NULL};
static const char *const stake_facets[] = {"role", "influence", NULL};
static const char *const claim_facets[] = {"property", "tier", "year", NULL};
static const char *const indicator_facets[] = {"series", "partner", "unit", NULL};

const char *const *rec_facets(int k)
{
    switch (k) {
    case C_SOURCE: return source_facets;
    case C_PLACE: return place_facets;
    case C_ACTOR: return actor_facets;
    case C_INSTRUMENT: return instrument_facets;
    case C_PROJECT: return project_facets;
    case C_LISTING: return listing_facets;
    case C_STAKE: return stake_facets;
    case C_CLAIM: return claim_facets;
    case C_INDICATOR: return indicator_facets;
    default: return NULL;
    }
}

const char *rec_dated(int k)
{
    switch (k) {
    case C_SOURCE:
    case C_INSTRUMENT:
    case C_CLAIM: return "date";
    default: return NULL;
    }
}
