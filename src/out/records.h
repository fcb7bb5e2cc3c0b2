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

#include "../core/schema.h"

typedef struct rec_out rec_out;

/* EXTRA is NULL-terminated (or NULL); JSON when JSON is non-zero. */
rec_out *rec_out_new(const concept *c, int json, FILE *out, const char *const *extra);
/* Adds a row: FIELDS in schema order, EXTRA_VALUES matching EXTRA. */
int rec_out_row(rec_out *o, char *const *fields, const char *const *extra_values);
/* Writes what is buffered, closes the array, frees O. Returns 0, or -1
** on a write error. */
int rec_out_end(rec_out *o);
/* Rows written so far. */
long rec_out_count(const rec_out *o);

/* One row as rec_out writes it in JSON: FIELDS in schema order, EXTRA
** (NULL-terminated, or NULL) named computed fields with values XV. New
** reference (the web API lists records with it). */
struct json_t *rec_json_row(const concept *c, char *const *fields, const char *const *extra,
                            const char *const *xv);

/* The JSON value of one cell of COL ("" or NULL → null). The caller owns
** the reference (jansson's json_decref). */
struct json_t *rec_json_cell(const column *col, const char *v);

#endif
