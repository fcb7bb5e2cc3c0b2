/*
** records.h — rows of a concept shown to people (an aligned table of the
** concept's listing columns) or to programs (a JSON array of objects).
**
** JSON conventions, kept by every command: each object has "id"; a named
** thing has "name" (English) and "names" {"en","ru","zh"}; an empty field
** is null; numeric columns are numbers. EXTRA names computed fields
** appended to each row (such as a claim's source "tier").
**
** Ownership: rec_out_new() returns a writer that rec_out_end() finishes
** and frees.
*/
#ifndef AMUR_RECORDS_H
#define AMUR_RECORDS_H

#include <stdio.h>

#include "../core/param.h"
#include "../core/schema.h"

typedef struct rec_out rec_out;

/* EXTRA is NULL-terminated (or NULL); JSON when JSON is non-zero. */
rec_out *rec_out_new(const concept *c, int json, FILE *out, const char *const *extra);
/* Adds a row: FIELDS in schema order, EXTRA_VALUES matching EXTRA. */
int rec_out_row(rec_out *o, char *const *fields, const char *const *extra_values);
/* Writes what is buffered, closes the array, frees O. Returns 0, or -1
** on a write error. */
int rec_out_end(rec_out *o);
/* Frees O without writing what it holds (the command failed). */
void rec_out_discard(rec_out *o);
/* Rows written so far. */
long rec_out_count(const rec_out *o);
/* Sorts the rows O will write by SPEC, before the first row is added:
** a column of the listing ("kind", "name" for the English name, or an
** EXTRA field), largest first when it starts with '-'. Numbers sort as
** numbers, the rest as text (by bytes); empty values last either way;
** ties by id, then in the order given. Returns 0, or -1 with MSG saying
** which columns there are ("--sort: no column 'knd' in projects; did you
** mean 'kind'?"); the rows are then buffered until rec_out_end(). */
int rec_out_sort(rec_out *o, const char *spec, char *msg, size_t n);

/* One row as rec_out writes it in JSON: FIELDS in schema order, EXTRA
** (NULL-terminated, or NULL) named computed fields with values XV. New
** reference (the web API lists records with it). */
struct json_t *rec_json_row(const concept *c, char *const *fields, const char *const *extra,
                            const char *const *xv);

/* The JSON value of one cell of COL ("" or NULL → null). The caller owns
** the reference (jansson's json_decref). */
struct json_t *rec_json_cell(const column *col, const char *v);

/* Checking a listing's filters against what exists, when it found
** nothing: each filter (a column and the value asked for) is checked over
** every row of the concept fed to rec_check_row(), and rec_check_done()
** says which value no row has, with the closest one that exists: "no
** project has kind 'brige'; did you mean 'bridge'?". The command line and the
** API give the message alike (exit 1, 400).
**
** Ownership: rec_check_new() returns a checker that rec_check_free() frees;
** it keeps pointers to COLS and VALUES, which must outlive it. */
#define REC_CHECK_MAX 8 /* filters checked; one listing has at most 3 */
typedef struct rec_check rec_check;
rec_check *rec_check_new(const concept *c, const char *const *cols, const char *const *values,
                         size_t n);
void rec_check_row(rec_check *r, char *const *fields);
/* How the checker asks whether a record exists: the concept (C_PROJECT,
** ...) of the row with ID, or -1; the shape of store_find_cb(). */
typedef int (*rec_find_fn)(void *ctx, const char *id, char *kind, size_t kindsz);
/* 1 when every filter's value occurs in some row, or names (through FIND,
** for a column that refers to a concept) a record of a kind the column
** refers to: such a filter is an empty answer, not a mistake. Else 0 with
** MSG set. */
int rec_check_done(const rec_check *r, rec_find_fn find, void *ctx, char *msg, size_t n);
void rec_check_free(rec_check *r);

/* The filters of each concept's listing, declared once: the command
** line's options (amur sources --tier T) and the API's query parameters
** (/api/sources?tier=T). Each is a column, kept when the row's value is
** the one given; the value lands in rec_filter_values.v in the order
** declared. NULL for a concept without a listing. */
typedef struct rec_filter_values {
    const char *v[REC_CHECK_MAX];
    const char *sort; /* the command line's --sort (REC_SORT_HELP); the API's
                      ** sort= is one of every list's parameters (web/lists.h) */
} rec_filter_values;
/* Whether P, an entry of a listing's table, is a filter (a column that
** must equal the value given), not --sort. */
int rec_param_is_filter(const param *p);
extern const param rec_source_filters[], rec_place_filters[], rec_actor_filters[],
    rec_instrument_filters[], rec_project_filters[], rec_listing_filters[],
    rec_stake_filters[], rec_claim_filters[], rec_indicator_filters[];
/* The filters of concept K (C_SOURCE, ...), or NULL. */
const param *rec_filters(int k);

/* Beside the filters, what the API's lists of concept K offer
** (web/lists.h): the fields with few values whose counts a page gives
** (facets=true; NULL-ended, or NULL), and the dated field that from= and
** to= bound (or NULL). "year" is the year of that dated field. */
const char *const *rec_facets(int k);
const char *rec_dated(int k);

#endif
