/*
** lists.h — what every list of the API does with its items, whatever they
** are (records, findings, a programme's projects): the parameters sort,
** q, facets and format, and from/to where the list has a dated field,
** declared once here; a text filter and a date range; counts of the
** values of a few fields (facets); a stable sort by any field; and the
** whole list as CSV for a spreadsheet, with column names that are the
** JSON's field names, whatever the reader's language.
**
** The routes (routes.c) build the items; this module only reads them, so
** the rules are the same for every list. It knows nothing of HTTP.
**
** Ownership: list_facets() returns a new reference; list_csv() a buffer
** the caller frees. The items stay the caller's.
*/
#ifndef AMUR_LISTS_H
#define AMUR_LISTS_H

#include <jansson.h>
#include <stddef.h>

#include "../core/param.h"
#include "../core/pdate.h"

/* What one list offers beside its filters. */
typedef struct list_spec {
    const char *name;          /* the list, in the CSV file's name: "projects" */
    const char *const *facets; /* fields with few values (NULL-ended), or NULL; "year"
                               ** is the year of DATED when the items have no "year" */
    const char *dated;         /* the field from= and to= bound, or NULL */
    const char *const *unsearched; /* fields q= does not look in (NULL-ended), or NULL */
} list_spec;

/* The list parameters of one request. */
typedef struct list_opts {
    const char *sort;   /* as given: "delay_days", "-delay_days" */
    const char *q;      /* words every row must hold */
    int facets;         /* counts of the facets' values on the page */
    const char *format; /* "json" or "csv" */
    const char *from, *to; /* bounds of the dated field (partial dates) */
} list_opts;

/* sort, q, facets, format: every list takes them. */
extern const param list_params[];
/* from, to: a list with a dated field takes them too. */
extern const param list_dated_params[];

/* The biggest number of words in q, and of values one facet counts. */
#define LIST_MAX_TERMS 8
#define LIST_MAX_FACET_VALUES 50

/* Reads the list parameters through GET (a list with a dated field when
** DATED) into O. ACCEPT, the request's Accept header or NULL, asks for CSV
** when it names text/csv and not application/json (format= decides when
** given). Returns 0, or -1 with MSG saying which value is wrong. */
int list_opts_read(list_opts *o, int dated, param_get get, void *ctx, const char *accept,
                   char *msg, size_t n);

/* Whether O asks for CSV. */
int list_csv_wanted(const list_opts *o);
/* Whether the list must be built whole, not only the items of one page:
** a sort, a text filter, a date range, facets or CSV. */
int list_needs_all(const list_opts *o);

/* Removes from ITEMS (an array) the items that fail q or from/to. Returns
** 0, or -1 when out of memory. */
int list_filter(json_t *items, const list_opts *o, const list_spec *s);

/* Sorts ITEMS by o->sort (NULL: leaves them), a field of the items (a
** dotted path reaches into an object: "rates.delivery.rate"), largest
** first with a leading '-'. Numbers as numbers, text by its bytes
** (Unicode order), false before true; null and absent last either way;
** ties by "id", then in the order given. A field no item has, or one that
** holds lists or objects, is -1 with MSG ("sort: no field 'dealy_days' in
** these rows; did you mean 'delay_days'?"); an empty list sorts by anything. */
int list_sort(json_t *items, const list_opts *o, char *msg, size_t n);

/* The facets of S counted over ITEMS: {"stage": [{"value": "listed",
** "count": 3}, ...], ...}, each the most frequent first (then by value),
** at most LIST_MAX_FACET_VALUES; null counts items without a value. NULL
** when out of memory. */
json_t *list_facets(const json_t *items, const list_spec *s);

/* ITEMS as CSV into *OUT (*LEN bytes; the caller frees it): a UTF-8 byte
** order mark, a header of field names, one row per item, CRLF; objects
** flattened into dotted names (names.en, names.ru), lists of plain values
** joined with "; ", lists of objects as JSON; every cell made safe for a
** spreadsheet (present/csvw.h: a formula-like cell gets a leading '). The
** columns are every field any item has, in the order first met. Returns
** 0, or -1 when out of memory. */
int list_csv(const json_t *items, char **out, size_t *len);

/* The CSV file's name: "amur-NAME", then each of the VALUES given (NULL
** ones skipped), into BUF; only letters, digits, '.', '-' and '_' are
** kept, so it is safe in a header. */
void list_file_name(const list_spec *s, const char *const *values, size_t nvalues, char *buf,
                    size_t n);

#endif
