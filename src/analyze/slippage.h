/*
** slippage.h — the history of each promised date of a project, by the
** rules of docs/analyses.md ("Slippage"): every planned_X claim, and for
** X = completion every listing's planned_end, taken as promises in the
** order they were made; which of them postponed or advanced the date, the
** delay in days, and whether the final promise is overdue at the as-of
** date. Scorecards, risks and the report read delays from here.
**
** Ownership: a slip_list filled by slip_project() owns its histories and
** their promise arrays; slip_list_free() frees them. Every string and
** claim or listing pointer in it is borrowed from the evidence set, which
** must outlive the list. slip_index_new() returns an index that
** slip_index_free() frees.
*/
#ifndef AMUR_SLIPPAGE_H
#define AMUR_SLIPPAGE_H

#include <stddef.h>

#include "evidence.h"

typedef enum slip_kind {
    SLIP_FIRST,         /* the first promise */
    SLIP_REAFFIRMATION, /* repeats the current date (same last day) */
    SLIP_POSTPONEMENT,  /* a later last day than the current date */
    SLIP_ADVANCE        /* an earlier last day than the current date */
} slip_kind;

/* "first", "reaffirmation", "postponement", "advance". */
const char *slip_kind_name(slip_kind k);

typedef struct slip_promise {
    pdate made;                /* the claim's date D, or the instrument's date */
    long held;                 /* last day of the claim's T (when the promise held;
                              ** T = D unless a source tells a past promise), or
                              ** of the instrument's date: the order of promises */
    pdate date;                /* the promised date */
    slip_kind kind;
    const ev_claim *claim;     /* the planned_X claim, or NULL for a listing */
    const ev_listing *listing; /* the listing, or NULL for a claim */
} slip_promise;

typedef struct slip_history {
    size_t project;           /* index in e->projects */
    const char *property;     /* "planned_opening", ... */
    const char *scope;        /* the part the promises are about ("side=ru"), or NULL
                              ** for the whole: each part has its own history */
    slip_promise *promises;   /* in the order made: date made, then id */
    size_t n;                 /* at least 1 */
    size_t current;           /* index of the final promise in force */
    int postponements, advances, reaffirmations;
    long delay_days;          /* how far the promise moved: last(final) - last(first);
                              ** negative after advances */
    const ev_claim *actual;   /* the newest actual_X claim, or NULL */
    pdate actual_date;        /* its value; y == 0 when there is none */
    int delivered;            /* the event happened: an actual_X date, or for
                              ** completion and opening a delivered project, for
                              ** start one at or past under-construction */
    int has_days_late;        /* 0 when delivered at a date the record does not give */
    long days_late;           /* first(actual) - last(first promise) once delivered
                              ** (negative: early); while undelivered,
                              ** max(0, last(as-of) - last(first promise)) */
    int halted;               /* the project is suspended or cancelled */
    int overdue;              /* undelivered, not halted, last(final) < first(as-of) */
} slip_history;

typedef struct slip_list {
    slip_history *items; /* by property name */
    size_t n;
} slip_list;

/* Which listings belong to which project, built once so that walking
** every project stays linear in the number of listings. */
typedef struct slip_index slip_index;

/* Builds the index for E. Returns AMUR_OK, or AMUR_ESYS when out of memory
** (*OUT is then NULL). */
int slip_index_new(const evidence *e, slip_index **out);
void slip_index_free(slip_index *ix);

/* Fills OUT with every planned-date history of project P (an index in
** e->projects), one per property and scope, sorted by property name, the
** whole before its parts; a project
** without promises gets an empty list. IX may be NULL (the listings are
** then scanned: fine for one project, quadratic for all). Returns
** AMUR_OK, or AMUR_ESYS when out of memory (OUT is then empty). The
** caller frees OUT with slip_list_free(). */
int slip_project(const evidence *e, const slip_index *ix, size_t p, slip_list *out);
void slip_list_free(slip_list *l);

/* What `amur slippage` and GET /api/slippage select: one project, the
** projects an instrument lists, one property, only overdue promises. */
typedef struct slip_opts {
    const char *project;    /* only this project, or NULL */
    const char *instrument; /* only projects listed in this instrument, or NULL */
    const char *property;   /* only this planned-date property, or NULL */
    int overdue;            /* only histories overdue at the as-of date */
} slip_opts;

/* Its parameters (core/param.h). */
extern const param slip_params[];

/* Whether history H passes O's property and overdue filters. */
int slip_wanted(const slip_opts *o, const slip_history *h);

/* Calls EACH for every project O selects, in order, with its histories
** (all of them: filter with slip_wanted()); stops at the first non-zero
** EACH returns and returns it. Returns AMUR_OK, the non-zero EACH
** returned, or AMUR_ESYS when out of memory. */
int slip_each(const evidence *e, const slip_opts *o,
              int (*each)(void *ctx, size_t p, const slip_list *l), void *ctx);

/* The project's days late for medians (docs/analyses.md, "Slippage"):
** the larger of the planned_completion and planned_opening days late,
** where there are such promises and the record dates them. Returns 1 and
** sets *DAYS, and *YEAR (when not NULL) to the year of that history's
** first promise (the project's period, for comparing like with like); 0
** when there is none, or -1 when out of memory. */
int slip_project_delay(const evidence *e, const slip_index *ix, size_t p, long *days, int *year);

/* The median of N values (the mean of the middle two when N is even);
** sorts V in place. N must be at least 1. */
double slip_median(long *v, size_t n);

#endif
