/*
** routes.h — the JSON API: one table of routes (method, path pattern,
** handler, one-line doc, query parameters, what it returns), from which
** the server dispatches and docs/api.md and docs/openapi.json are written.
**
** A handler gets an api_call (the snapshot, the {id} of the path, the
** query parameters) and returns the response body as a JSON value, or NULL
** with the call's status and error set. Handlers know nothing of HTTP
** beyond status codes, so they can be run without a server.
**
** Ownership: a handler's result is a new reference the caller releases;
** the call's snapshot and strings are the caller's.
*/
#ifndef AMUR_ROUTES_H
#define AMUR_ROUTES_H

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

#include "../core/param.h"
#include "snapshot.h"

#define API_DEFAULT_LIMIT 100
#define API_MAX_LIMIT 10000

typedef struct api_call {
    snapshot *snap;
    const char *id; /* the {id} of the path, or NULL */
    /* the value of query parameter NAME, or NULL */
    const char *(*param)(void *ctx, const char *name);
    void *param_ctx;
    int status;      /* set with ERROR when the handler returns NULL */
    char error[512];
    json_t *problems; /* with ERROR, a list of what is wrong (the caller releases it) */
    /* a write that succeeded: the ids of the subjects whose answers it may
    ** have changed (the caller releases it); NULL: it does not say, and
    ** every answer about one subject is dropped (web/subjects.h) */
    json_t *touched;
    /* a write handler sets it once what it wrote is committed (or, in a
    ** transaction the caller commits, stored in it): the answers it
    ** touched must go even when its own answer then cannot be built */
    int stored;
    int ok_status;    /* the status of a result: 0 for 200 */
    /* routes that need a token (route.role set): the server has checked it */
    struct store *db;      /* opened for writing by a POST, for reading otherwise */
    const char *body;      /* a POST's request body, BODY_LEN bytes */
    size_t body_len;
    long token_id;         /* who writes */
    const char *token_role;
    const char *accept;    /* the request's Accept header, or NULL */
    /* A list asked for as CSV (format=csv, lists.h): the handler returns
    ** json_true() and leaves the body here, RAW_LEN bytes (the caller
    ** frees RAW), of type RAW_TYPE, to be saved under the name RAW_FILE
    ** (letters, digits, '.', '-', '_' only). */
    char *raw;
    size_t raw_len;
    const char *raw_type;
    char raw_file[128];
} api_call;

typedef json_t *(*route_fn)(api_call *c);

/* The most query parameters one route takes. */
#define ROUTE_MAX_PARAMS (2 * PARAM_MAX + 12)

/* What a route takes besides its own parameters. */
enum {
    ROUTE_CLOCKS = 1, /* as_of and known_by (ev_clock_params) */
    ROUTE_PAGE = 2,   /* limit and offset: the answer is a page */
    ROUTE_LIST = 4,   /* sort, q, facets, format (lists.h): a list of the whole */
    ROUTE_DATED = 8   /* from and to, on the list's dated field */
};

struct analysis;

typedef struct route {
    const char *method;
    const char *path; /* "/api/project/{id}" */
    route_fn fn;
    const char *summary;
    const char *returns;
    const param *params; /* its query parameters (core/param.h, PARAM_API), or NULL */
    const param *more;   /* and more of them, or NULL */
    unsigned takes;      /* ROUTE_CLOCKS, ROUTE_PAGE */
    /* the least role that may call the route with a token (a POST then
    ** takes a request body); NULL: anyone, without a token, read-only */
    const char *role;
    const struct analysis *an; /* the analysis it runs (present/views.h), or NULL */
} route;

/* The routes written by hand; api_route() also gives one per analysis. */
extern const route api_routes[];
extern const size_t api_nroutes;

/* Every route, by index below api_route_count(): the table's, then one
** for each analysis of present/views.h. */
size_t api_route_count(void);
const route *api_route(size_t i);

/* The route for PATH, with *ID pointing into PATH at its {id} (NULL when
** the pattern has none); NULL when no route's path matches. *ANY_METHOD
** is set when some route matches PATH with another method than METHOD
** (GET serves HEAD too). */
const route *api_match(const char *method, const char *path, const char **id,
                       int *other_method);

/* Whether a token of role HAVE may call a route that needs role NEED:
** roles are "editor" < "admin". The one place where roles are compared. */
int api_role_allows(const char *have, const char *need);

/* POST /api/claims (write.c). */
json_t *h_post_claims(api_call *c);

/* The review queue (proposals.c): POST and GET /api/proposals, POST
** /api/proposals/{id}/accept and /reject; the listing's parameters. */
json_t *h_post_proposals(api_call *c);
json_t *h_proposals(api_call *c);
json_t *h_accept_proposal(api_call *c);
json_t *h_reject_proposal(api_call *c);
extern const param proposal_params[];

/* GET /api/delivery (delivery.c): its parameters, and what its list offers. */
json_t *h_delivery(api_call *c);
extern const param delivery_params[];
extern const struct list_spec delivery_list;

/* The analyses' routes (an_routes.c): a handler for each analysis of
** present/views.h by its index (AN_MAX of them, whether or not the table
** holds as many), the list each offers, and GET /api/report. */
struct analysis;
extern const route_fn api_an_handlers[];
struct list_spec api_analysis_list(const struct analysis *an);
json_t *h_report(api_call *c);

/* Whether a request to R with the Accept header ACCEPT (or NULL) may be
** answered as CSV (a list route asked for text/csv): the server then does
** not answer it from its cache of JSON answers. */
int api_may_download(const route *r, const char *accept);

/* What R's list offers (lists.h: its facets, its dated field), into S;
** 0 when R is not a list. */
struct list_spec;
int api_list_spec(const route *r, struct list_spec *s);

/* Whether NAME is a query parameter of R. */
int api_knows_param(const route *r, const char *name);
/* What to say of NAME, a parameter R does not take: the nearest one it
** takes, if any is near, and all it takes (" (did you mean 'from'?); it
** takes project, instrument, ..."), into BUF of N bytes, cut to fit. */
void api_param_help(const route *r, const char *name, char *buf, size_t n);
/* The tables of query parameters R takes, in the order the documents give
** them (its own, its more, the clocks, paging, the list's, the dated
** list's), into T; returns how many. */
#define API_PARAM_LISTS 6
size_t api_param_lists(const route *r, const param *t[API_PARAM_LISTS]);

/* The API reference, in Markdown (docs/api.md) and as OpenAPI 3
** (docs/openapi.json). */
void api_write_markdown(FILE *out);
json_t *api_openapi(void);

#endif
