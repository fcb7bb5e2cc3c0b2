/*
** status.h — the stage each project has reached, resolved from its stage
** claims by the rules of docs/analyses.md ("Status"): weighted by tier and
** recency, cautious on ties, never letting an official claim silently
** override later ground evidence, each part of a project resolved on its
** own ("Parts"), and a stage claim that the project's own dated evidence
** rules out set aside ("Stages against dates"). Delivery ("Delivery") is
** defined here once: every view that says "delivered" asks
** status_delivered().
*/
#ifndef AMUR_STATUS_H
#define AMUR_STATUS_H

#include <stddef.h>

#include "evidence.h"

/* Parts past this many (distinct sides in the scopes of one project's
** stage and actual_* claims) are not resolved; no real project comes near. */
#define STATUS_MAX_PARTS 8

#define STATUS_PART_LEN 40 /* "side=" and a place id that fits; longer sides are not parts */

typedef struct status_part {
    char scope[STATUS_PART_LEN]; /* "side=ru" */
    int stage;         /* index in schema_stages, or -1: no evidence yet */
    double confidence;
    int contested, overridden;
} status_part;

typedef struct status_result {
    size_t project;    /* index in e->projects */
    int stage;         /* index in schema_stages, or -1 when there is no evidence
                       ** (for the whole, or for one of its parts) */
    double confidence; /* 0..1 */
    int contested;     /* another stage scores at least a quarter of the total */
    int overridden;    /* the ground rule replaced an official-only stage */
    size_t first, n;   /* the stage claims considered: e->claims[first .. first+n) */
    size_t ruled_out;  /* how many of them the dated evidence rules out */
    status_part parts[STATUS_MAX_PARTS];
    size_t n_parts;    /* 0 when the project has no parts */
} status_result;

/* The part a claim of scope SCOPE is about: its "side=X" into BUF (N
** bytes), or NULL for the whole. Other keys of a scope (mode=cargo,
** season=...) qualify a claim but do not make a part (docs/analyses.md,
** "Parts"). */
const char *status_part_of(const char *scope, char *buf, size_t n);

/* Resolves project P (an index in e->projects). */
void status_resolve(const evidence *e, size_t p, status_result *out);

/* Place on the ladder for tie-breaking: listed 0 .. operational 5, and
** suspended and cancelled -1. */
int status_ladder(int stage);

/* Delivery (docs/analyses.md, "Delivery"): 1 when R's stage is completed
** or operational, which, the whole being as far as its least advanced
** part, means every part is. */
int status_delivered(const status_result *r);
/* The same for a resolved STAGE alone. */
int status_stage_delivered(int stage);

/* When the delivered project P (resolved as R) was delivered: the latest,
** over its parts (or the whole), of the earliest actual_completion or
** actual_opening that describes it. Returns 1 and sets *DATE, or 0 when the
** record does not date the delivery (or R is not delivered). */
int status_delivery_date(const evidence *e, const status_result *r, pdate *date);

/* The claim that sets stage claim C of project P aside (docs/analyses.md,
** "Stages against dates"): an actual_* claim dating an event that makes C's
** stage impossible at when(C) (*SUPERSEDED = 0: C is ruled out), or an
** event past by the as-of date that brought a later stage (*SUPERSEDED = 1:
** C tells the past). NULL when C counts. */
const ev_claim *status_set_aside_by(const evidence *e, size_t p, const ev_claim *c,
                                    int *superseded);

/* What `amur status` and GET /api/status select: every project, or one. */
typedef struct status_opts {
    const char *project; /* only this project, with the claims behind it; or NULL */
} status_opts;
extern const param status_params[];

#endif
