/*
** call.h — what every handler of the API does with its call (routes.h):
** read its query parameters (one parser, core/param.h), say what went
** wrong (a status and a message), get the view of its two clocks, and
** answer a page of a list: counted as items are offered and, when the
** list is asked to be sorted, filtered, counted or downloaded (lists.h),
** kept whole and finished by lists.c's rules, so every list route
** (records, findings, a programme's projects) behaves alike.
**
** Ownership: a page's items are the page's until call_page_done() or
** call_page_fail(), which release them; a view from call_view() is
** released with snap_view_done().
*/
#ifndef AMUR_CALL_H
#define AMUR_CALL_H

#include <jansson.h>

#include "lists.h"
#include "routes.h"

/* Sets the call's STATUS and message; returns NULL, for "return call_fail(...)". */
json_t *call_fail(api_call *c, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An analysis's error as a status: bad options 400, too much 422, else 500. */
json_t *call_fail_err(api_call *c, const amur_err *err);
/* The problems of D (a write's refused items) as a new [{item, field,
** message}] for an error's "problems"; NULL when out of memory. */
json_t *call_problems(const diag *d);

/* The value of query parameter NAME (as the query spells it), or NULL. */
const char *call_param(api_call *c, const char *name);
/* param_get over a call (CTX): NAME as declared ("min-influence") read as
** the query spells it (min_influence). */
const char *call_get(void *ctx, const char *name);
/* The parameters PS into OPTS (param_parse()): 0, or -1 with a 400 set. */
int call_params(api_call *c, const param *ps, void *opts);
/* Number parameter NAME into *OUT (left alone when absent): 0, or -1
** with a 400 set. */
int call_number(api_call *c, const char *name, double min, double max, int whole,
                double *out);
/* Boolean parameter NAME: 1, 0 (absent too), or -1 with a 400 set. */
int call_bool(api_call *c, const char *name);

/* The view of the call's as_of and known_by: 0, or -1 with a 400 (or a
** 500) set. */
int call_view(api_call *c, snap_view *v);

/* A page of a list: items are counted as they are offered, and kept when
** they fall in [offset, offset + limit). A list asked to be sorted,
** filtered by text or date, counted or downloaded keeps every item, and
** call_page_done() does the rest. */
typedef struct call_page {
    size_t limit, offset, total;
    json_t *items;
    int all;            /* every item is built and kept */
    list_opts lo;       /* the list's parameters */
    list_spec spec;     /* what the list offers */
    const param *named; /* the parameters whose values name a CSV file */
} call_page;

/* Reads limit and offset and, for a list (LIST not NULL: what it offers),
** the list parameters; NAMED are the parameters whose values go into a
** CSV file's name. 0, or -1 with a 400 set. Pages that take no list
** parameters (search, the audit log) pass NULL. */
int call_page_init(api_call *c, call_page *pg, const list_spec *list, const param *named);
/* Whether the next item is wanted, counting it either way: build it only then. */
int call_page_take(call_page *pg);
/* Adds ITEM (a new reference; NULL is skipped). */
void call_page_add(call_page *pg, json_t *item);
/* The answer: {"items", "total", "limit", "offset"} (and "facets" when
** asked), or for CSV json_true() with the call's raw body set; NULL with
** the call's error set (a bad sort field is a 400). Releases the items. */
json_t *call_page_done(api_call *c, call_page *pg);
/* call_view() for a handler that has started its page: on failure the
** page is released too. */
int call_page_view(api_call *c, call_page *pg, snap_view *v);
/* An analysis failed under a list handler: releases the page and the
** view and sets the error. */
json_t *call_page_fail(api_call *c, call_page *pg, snap_view *v, const amur_err *err);

#endif
