/*
** lists.c — see lists.h. Sorting, filtering and counting read the items'
** JSON, so one rule serves records and findings alike; the text filter
** folds as search does (analyze/search.h), so "мост" finds "Мост".
*/
#include "lists.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/search.h"
#include "../core/schema.h"
#include "../core/text.h"
#include "../present/csvw.h"
#include "../core/sort.h"

static const char *const formats[] = {"json", "csv", NULL};

const param list_params[] = {
    {.name = "sort", .type = PARAM_TEXT, .meta = "[-]FIELD", .where = PARAM_API,
     .off = offsetof(list_opts, sort),
     .help = "sort the whole filtered list by this field of its items (a dotted path such as "
             "names.ru reaches inside an object), largest first with a leading '-'; null "
             "last either way, ties by id; stages in ladder order, other text in natural order "
             "(syn-p-99 before syn-p-100); a field the items do not have is a 400"},
    {.name = "q", .type = PARAM_TEXT, .meta = "WORDS", .where = PARAM_API,
     .off = offsetof(list_opts, q),
     .help = "only items that hold every word somewhere in their text, folded as search "
             "folds (case, accents; Russian and Chinese alike)"},
    {.name = "facets", .type = PARAM_FLAG, .where = PARAM_API, .off = offsetof(list_opts, facets),
     .help = "add \"facets\": for each of the list's facet fields, how many items of the "
             "filtered list have each value, the most frequent first"},
    {.name = "format", .type = PARAM_CHOICE, .meta = "FORMAT", .def = "json", .choices = formats,
     .where = PARAM_API, .off = offsetof(list_opts, format),
     .help = "csv: the whole filtered, sorted list (not one page) as CSV for a spreadsheet, "
             "columns named as the JSON's fields; also asked for by Accept: text/csv"},
    {0}};

const param list_dated_params[] = {
    {.name = "from", .type = PARAM_DATE, .meta = "DATE", .where = PARAM_API,
     .off = offsetof(list_opts, from),
     .help = "only items whose date is not before this one (a partial date overlaps)"},
    {.name = "to", .type = PARAM_DATE, .meta = "DATE", .where = PARAM_API,
     .off = offsetof(list_opts, to),
     .help = "only items whose date is not after this one (a partial date overlaps)"},
    {0}};

/* Whether the Accept header asks for CSV before JSON. */
static int accepts_csv(const char *accept)
{
    char low[512];
    const char *csv, *json;
    size_t i = 0;
    if (!accept)
        return 0;
    /* media types are case-insensitive; the first 511 bytes say enough */
    for (; accept[i] && i + 1 < sizeof low; i++)
        low[i] = accept[i] >= 'A' && accept[i] <= 'Z' ? (char)(accept[i] + 32) : accept[i];
    low[i] = 0;
    csv = strstr(low, "text/csv");
    json = strstr(low, "application/json");
    return csv && (!json || csv < json);
}

int list_opts_read(list_opts *o, int dated, param_get get, void *ctx, const char *accept,
                   char *msg, size_t n)
{
    amur_err err = {0, ""};
    pdate a, b;
    memset(o, 0, sizeof *o);
    if (param_parse(list_params, PARAM_API, get, ctx, o, &err) ||
        (dated && param_parse(list_dated_params, PARAM_API, get, ctx, o, &err))) {
        snprintf(msg, n, "%s", err.msg);
        return -1;
    }
    if (!get(ctx, "format") && accepts_csv(accept))
        o->format = "csv";
    if (o->sort && (!*o->sort || !strcmp(o->sort, "-"))) {
        snprintf(msg, n, "sort: '%s' names no field", o->sort);
        return -1;
    }
    if (o->q && strlen(o->q) > SEARCH_MAX_QUERY) {
        snprintf(msg, n, "q: longer than %d bytes", SEARCH_MAX_QUERY);
        return -1;
    }
    if (o->from && o->to && !pdate_parse(o->from, &a) && !pdate_parse(o->to, &b) &&
        pdate_relation(b, a) < 0) {
        snprintf(msg, n, "to (%s) must not be before from (%s)", o->to, o->from);
        return -1;
    }
    return 0;
}

int list_csv_wanted(const list_opts *o)
{
    return o->format && strcmp(o->format, "csv") == 0;
}

int list_needs_all(const list_opts *o)
{
    return o->sort || o->q || o->facets || o->from || o->to || list_csv_wanted(o);
}

/* The value at PATH in ITEM: the field of that name, else a dotted path
** into objects; NULL when absent. */
static json_t *field_at(const json_t *item, const char *path)
{
    char key[128];
    const char *dot;
    json_t *v = json_object_get(item, path);
    if (v || !(dot = strchr(path, '.')))
        return v;
    if ((size_t)(dot - path) >= sizeof key)
        return NULL;
    memcpy(key, path, (size_t)(dot - path));
    key[dot - path] = 0;
    v = json_object_get(item, key);
    return json_is_object(v) ? field_at(v, dot + 1) : NULL;
}

/* ---- the text filter and the date range ---- */

/* The most bytes a field's folded text may take: a longer field is not
** searched (no field of the dataset comes near). */
#define LIST_MAX_FOLD (1u << 20)

typedef struct folder {
    char *buf;
    size_t cap;
    /* NFKD may make one byte of a term 18 */
    char terms[LIST_MAX_TERMS][SEARCH_MAX_QUERY * 18 + 1];
    size_t nterms;
    int found[LIST_MAX_TERMS];
} folder;

/* Folds S into F's buffer: its length, or -1 (too long to fold, or out of
** memory: such a field is not searched). */
static long fold(folder *f, const char *s)
{
    size_t len = strlen(s);
    /* most text folds to about its own size; try that first */
    const size_t sizes[2] = {3 * len + 16, 18 * len + 16};
    for (int i = 0; i < 2; i++) {
        long r;
        if (sizes[i] > LIST_MAX_FOLD)
            return -1;
        if (sizes[i] > f->cap) {
            char *b = realloc(f->buf, sizes[i]);
            if (!b)
                return -1;
            f->buf = b;
            f->cap = sizes[i];
        }
        if ((r = search_fold(s, f->buf, f->cap)) >= 0)
            return r;
    }
    return -1;
}

/* Marks the terms found in the text of V and of everything inside it. */
static void find_terms(folder *f, const json_t *v)
{
    size_t i;
    const char *k;
    json_t *x;
    if (json_is_string(v)) {
        if (fold(f, json_string_value(v)) < 0)
            return;
        for (size_t t = 0; t < f->nterms; t++)
            if (!f->found[t] && strstr(f->buf, f->terms[t]))
                f->found[t] = 1;
    } else if (json_is_array(v)) {
        json_array_foreach(v, i, x) find_terms(f, x);
    } else if (json_is_object(v)) {
        json_object_foreach((json_t *)v, k, x) find_terms(f, x);
    }
}

/* Whether ITEM holds every term; the fields S leaves unsearched are
** skipped (a project's publishers are the sources', not its own words). */
static int has_terms(folder *f, const json_t *item, const list_spec *s)
{
    const char *k;
    json_t *x;
    memset(f->found, 0, sizeof f->found);
    if (!json_is_object(item) || !s->unsearched)
        find_terms(f, item);
    else
        json_object_foreach((json_t *)item, k, x) {
            size_t u = 0;
            while (s->unsearched[u] && strcmp(s->unsearched[u], k) != 0)
                u++;
            if (!s->unsearched[u])
                find_terms(f, x);
        }
    for (size_t t = 0; t < f->nterms; t++)
        if (!f->found[t])
            return 0;
    return 1;
}

static int in_range(const list_opts *o, const list_spec *s, const json_t *item)
{
    json_t *v = s->dated ? field_at(item, s->dated) : NULL;
    pdate d, b;
    if (!json_is_string(v) || pdate_parse(json_string_value(v), &d))
        return 0;
    if (o->from && !pdate_parse(o->from, &b) && pdate_relation(d, b) < 0)
        return 0;
    if (o->to && !pdate_parse(o->to, &b) && pdate_relation(d, b) > 0)
        return 0;
    return 1;
}

int list_filter(json_t *items, const list_opts *o, const list_spec *s)
{
    folder *f = NULL;
    json_t *kept, *it;
    size_t i;
    if (!o->q && !o->from && !o->to)
        return 0;
    if (o->q) {
        char copy[SEARCH_MAX_QUERY + 1], *save = NULL;
        if (!(f = calloc(1, sizeof *f)))
            return -1;
        snprintf(copy, sizeof copy, "%s", o->q);
        for (char *w = strtok_r(copy, " \t", &save); w && f->nterms < LIST_MAX_TERMS;
             w = strtok_r(NULL, " \t", &save))
            if (search_fold(w, f->terms[f->nterms], sizeof f->terms[0]) > 0)
                f->nterms++;
    }
    if (!(kept = json_array())) {
        free(f);
        return -1;
    }
    json_array_foreach(items, i, it) {
        if ((f && !has_terms(f, it, s)) || ((o->from || o->to) && !in_range(o, s, it)))
            continue;
        json_array_append(kept, it);
    }
    json_array_clear(items);
    json_array_extend(items, kept);
    json_decref(kept);
    if (f)
        free(f->buf);
    free(f);
    return 0;
}

/* ---- sorting ---- */

typedef struct sort_ref {
    json_t *item, *key; /* KEY NULL: absent or null */
    const char *field;  /* the field sorted by, for schema_sort_cmp() */
    const char *id;
    size_t at;
    int desc;
} sort_ref;

/* Numbers, then text, then booleans, when one field holds several kinds. */
static int kind_rank(const json_t *v)
{
    return json_is_number(v) ? 0 : json_is_string(v) ? 1 : 2;
}

static int value_cmp(const char *field, const json_t *a, const json_t *b)
{
    int ra = kind_rank(a), rb = kind_rank(b);
    if (ra != rb)
        return ra - rb;
    if (ra == 0) {
        double x = json_number_value(a), y = json_number_value(b);
        return (x > y) - (x < y);
    }
    if (ra == 1)
        return schema_sort_cmp(field, json_string_value(a), json_string_value(b));
    return json_is_true(a) - json_is_true(b);
}

static int ref_cmp(const void *pa, const void *pb)
{
    const sort_ref *a = pa, *b = pb;
    int d;
    if (!a->key || !b->key)
        d = !a->key - !b->key; /* null last, either way */
    else
        d = a->desc ? -value_cmp(a->field, a->key, b->key) : value_cmp(a->field, a->key, b->key);
    if (!d && a->id && b->id)
        d = text_natural_cmp(a->id, b->id);
    return d ? d : (a->at > b->at) - (a->at < b->at);
}

/* The field of ITEMS closest to NAME (text_closeness(), the one rule for
** suggestions), among their fields and their objects' fields, or NULL. */
static const char *closest_field(const json_t *items, const char *name, char *buf, size_t n)
{
    size_t i;
    json_t *it;
    int best = -1;
    json_array_foreach(items, i, it) {
        const char *k, *k2;
        json_t *v, *v2;
        if (i >= 100)
            break; /* the fields of a list are its first items' */
        json_object_foreach(it, k, v) {
            char path[128];
            int d = text_closeness(name, k, 0);
            if (d >= 0 && (best < 0 || d < best)) {
                snprintf(buf, n, "%s", k);
                best = d;
            }
            if (!json_is_object(v))
                continue;
            json_object_foreach(v, k2, v2) {
                snprintf(path, sizeof path, "%s.%s", k, k2);
                if ((d = text_closeness(name, path, 0)) >= 0 && (best < 0 || d < best)) {
                    snprintf(buf, n, "%s", path);
                    best = d;
                }
            }
        }
    }
    return best >= 0 ? buf : NULL;
}

int list_sort(json_t *items, const list_opts *o, char *msg, size_t n)
{
    size_t count = json_array_size(items), i;
    const char *name;
    int desc, seen = 0;
    sort_ref *refs;
    json_t *it, *sorted;
    char near[128];
    if (!o->sort || !count)
        return 0;
    desc = o->sort[0] == '-';
    name = o->sort + desc;
    if (!(refs = malloc(count * sizeof *refs))) {
        snprintf(msg, n, "out of memory");
        return -1;
    }
    json_array_foreach(items, i, it) {
        json_t *v = field_at(it, name), *id = json_object_get(it, "id");
        if (v)
            seen = 1;
        if (json_is_object(v) || json_is_array(v)) {
            snprintf(msg, n, "sort: '%s' holds %s, not one value; sort by a field inside it",
                     name, json_is_object(v) ? "an object" : "a list");
            free(refs);
            return -1;
        }
        refs[i] = (sort_ref){it, json_is_null(v) ? NULL : v, name, json_string_value(id), i, desc};
    }
    if (!seen) {
        if (closest_field(items, name, near, sizeof near))
            snprintf(msg, n, "sort: no field '%s' in these rows; did you mean '%s'?", name,
                     near);
        else
            snprintf(msg, n, "sort: no field '%s' in these rows", name);
        free(refs);
        return -1;
    }
    sort_array(refs, count, sizeof *refs, ref_cmp);
    if (!(sorted = json_array())) {
        free(refs);
        snprintf(msg, n, "out of memory");
        return -1;
    }
    for (i = 0; i < count; i++)
        json_array_append(sorted, refs[i].item);
    free(refs);
    json_array_clear(items);
    json_array_extend(items, sorted);
    json_decref(sorted);
    return 0;
}

/* ---- facets ---- */

/* The value of facet NAME in ITEM (the dated field's year for "year"),
** a new reference; NULL when the item has none. */
static json_t *facet_value(const json_t *item, const char *name, const list_spec *s)
{
    json_t *v = field_at(item, name);
    if (!v && strcmp(name, "year") == 0 && s->dated) {
        json_t *d = field_at(item, s->dated);
        const char *t = json_string_value(d);
        if (t && strlen(t) >= 4 && t[0] >= '0' && t[0] <= '9')
            return json_integer(strtol(t, NULL, 10));
        return NULL;
    }
    return v && !json_is_null(v) && !json_is_object(v) && !json_is_array(v) ? json_incref(v)
                                                                              : NULL;
}

static int count_cmp(const void *pa, const void *pb)
{
    json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
    json_int_t x = json_integer_value(json_object_get(a, "count")),
               y = json_integer_value(json_object_get(b, "count"));
    json_t *va = json_object_get(a, "value"), *vb = json_object_get(b, "value");
    if (x != y)
        return x > y ? -1 : 1;
    if (json_is_null(va) || json_is_null(vb))
        return json_is_null(va) - json_is_null(vb);
    return value_cmp(NULL, va, vb);
}

/* Counts VAL (a new reference, or NULL) once more in SEEN and OUT. */
static void count_value(json_t *seen, json_t *out, json_t *val)
{
    char *key = val ? json_dumps(val, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    const char *k = key ? key : "null";
    json_t *entry;
    if ((entry = json_object_get(seen, k))) {
        json_t *c = json_object_get(entry, "count");
        json_integer_set(c, json_integer_value(c) + 1);
    } else {
        entry = json_pack("{s:o,s:I}", "value", val ? json_incref(val) : json_null(), "count",
                          (json_int_t)1);
        json_object_set_new(seen, k, entry);
        json_array_append(out, entry);
    }
    free(key);
    json_decref(val);
}

/* The counts of one facet: an array of {value, count}. An item whose field is a list of
** values (a project's publishers) counts once under each. */
static json_t *one_facet(const json_t *items, const char *name, const list_spec *s)
{
    json_t *seen = json_object(), *out = json_array(), *it, **v;
    size_t i, nv;
    if (!seen || !out) {
        json_decref(seen);
        json_decref(out);
        return NULL;
    }
    json_array_foreach(items, i, it) {
        json_t *list = field_at(it, name), *x;
        size_t k;
        if (!json_is_array(list)) {
            count_value(seen, out, facet_value(it, name, s));
            continue;
        }
        json_array_foreach(list, k, x) {
            if (!json_is_object(x) && !json_is_array(x) && !json_is_null(x))
                count_value(seen, out, json_incref(x));
        }
    }
    json_decref(seen);
    nv = json_array_size(out);
    if (!nv)
        return out;
    if (!(v = malloc(nv * sizeof *v))) {
        json_decref(out);
        return NULL;
    }
    for (i = 0; i < nv; i++)
        v[i] = json_incref(json_array_get(out, i));
    sort_array(v, nv, sizeof *v, count_cmp);
    json_array_clear(out);
    for (i = 0; i < nv; i++) {
        if (i < LIST_MAX_FACET_VALUES)
            json_array_append(out, v[i]);
        json_decref(v[i]);
    }
    free(v);
    return out;
}

json_t *list_facets(const json_t *items, const list_spec *s)
{
    json_t *o = json_object();
    for (size_t f = 0; o && s->facets && s->facets[f]; f++) {
        json_t *one = one_facet(items, s->facets[f], s);
        if (!one) {
            json_decref(o);
            return NULL;
        }
        json_object_set_new(o, s->facets[f], one);
    }
    return o;
}

/* ---- CSV ---- */

#define CSV_MAX_COLS 512
#define CSV_MAX_PATH 128

typedef struct csv_cols {
    char *name[CSV_MAX_COLS];
    size_t n;
    json_t *index; /* name → position */
    char **cell;   /* one row's cells, by position (walk() fills them) */
    int fill;
} csv_cols;

/* The text of a plain value (string, number, boolean), into BUF or as
** the string itself. */
static const char *plain_text(const json_t *v, char *buf, size_t n)
{
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v))
        snprintf(buf, n, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    else if (json_is_real(v))
        snprintf(buf, n, "%.15g", json_real_value(v));
    else if (json_is_boolean(v))
        snprintf(buf, n, "%s", json_is_true(v) ? "true" : "false");
    else
        buf[0] = 0;
    return buf;
}

/* A list: plain values joined with "; ", else the list as JSON. New string. */
static char *list_text(const json_t *a)
{
    size_t i, len = 0;
    json_t *x;
    char num[64], *s;
    json_array_foreach(a, i, x) {
        if (json_is_object(x) || json_is_array(x) || json_is_null(x))
            return json_dumps(a, JSON_COMPACT | JSON_REAL_PRECISION(15));
        len += strlen(plain_text(x, num, sizeof num)) + 2;
    }
    if (!(s = malloc(len + 1)))
        return NULL;
    s[0] = 0;
    len = 0;
    json_array_foreach(a, i, x) {
        const char *t = plain_text(x, num, sizeof num);
        size_t k = strlen(t);
        if (i) {
            memcpy(s + len, "; ", 2);
            len += 2;
        }
        memcpy(s + len, t, k);
        len += k;
    }
    s[len] = 0;
    return s;
}

/* Registers (C->fill 0) or fills (1) the columns of V at PATH. Returns 0,
** or -1 when out of memory. */
static int walk(csv_cols *c, const char *path, const json_t *v)
{
    json_t *pos;
    char num[64];
    if (json_is_object(v)) {
        const char *k;
        json_t *x;
        json_object_foreach((json_t *)v, k, x) {
            char sub[CSV_MAX_PATH];
            snprintf(sub, sizeof sub, "%s%s%s", path, *path ? "." : "", k);
            if (walk(c, sub, x))
                return -1;
        }
        return 0;
    }
    pos = json_object_get(c->index, path);
    if (!c->fill) {
        if (pos || c->n == CSV_MAX_COLS)
            return 0;
        if (!(c->name[c->n] = strdup(path)) ||
            json_object_set_new(c->index, path, json_integer((json_int_t)c->n)))
            return -1;
        c->n++;
        return 0;
    }
    if (!pos || json_is_null(v))
        return 0;
    {
        size_t at = (size_t)json_integer_value(pos);
        char *t = json_is_array(v) ? list_text(v) : strdup(plain_text(v, num, sizeof num));
        if (!t)
            return -1;
        free(c->cell[at]);
        c->cell[at] = t;
    }
    return 0;
}

int list_csv(const json_t *items, char **out, size_t *len)
{
    csv_cols c;
    size_t i;
    json_t *it;
    FILE *f;
    int rc = 0;
    *out = NULL;
    *len = 0;
    memset(&c, 0, sizeof c);
    if (!(c.index = json_object()))
        return -1;
    json_array_foreach(items, i, it) {
        if ((rc = walk(&c, json_is_object(it) ? "" : "value", it)))
            break;
    }
    if (!rc && !(c.cell = calloc(c.n ? c.n : 1, sizeof *c.cell)))
        rc = -1;
    if (!rc && !(f = open_memstream(out, len)))
        rc = -1;
    if (!rc) {
        fputs("\xEF\xBB\xBF", f);
        csvw_row_as(f, c.name, c.n, CSVW_SPREADSHEET | CSVW_CRLF);
        c.fill = 1;
        json_array_foreach(items, i, it) {
            if ((rc = walk(&c, json_is_object(it) ? "" : "value", it)))
                break;
            csvw_row_as(f, c.cell, c.n, CSVW_SPREADSHEET | CSVW_CRLF);
            for (size_t k = 0; k < c.n; k++) {
                free(c.cell[k]);
                c.cell[k] = NULL;
            }
        }
        if (fclose(f) || rc) {
            free(*out);
            *out = NULL;
            rc = -1;
        }
    }
    for (size_t k = 0; c.cell && k < c.n; k++)
        free(c.cell[k]);
    free(c.cell);
    for (size_t k = 0; k < c.n; k++)
        free(c.name[k]);
    json_decref(c.index);
    return rc;
}

/* Adds P to BUF (LEN bytes so far, N in all, room kept for ".csv"),
** anything but letters, digits, '.', '-' and '_' as '_'. */
static size_t put_safe(char *buf, size_t len, size_t n, const char *p)
{
    for (; *p && len + 5 < n; p++)
        buf[len++] = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                             (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' || *p == '-'
                         ? *p
                         : '_';
    return len;
}

void list_file_name(const list_spec *s, const char *const *values, size_t nvalues, char *buf,
                    size_t n)
{
    size_t len;
    if (n < 6)
        return;
    len = put_safe(buf, put_safe(buf, 0, n, "amur-"), n, s->name);
    for (size_t v = 0; v < nvalues; v++)
        if (values[v] && *values[v])
            len = put_safe(buf, put_safe(buf, len, n, "-"), n, values[v]);
    snprintf(buf + len, n - len, ".csv");
}
