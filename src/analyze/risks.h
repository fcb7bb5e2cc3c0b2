/*
** risks.h — veto risk, by the rules of docs/analyses.md ("Risks"): the
** projects with an active opponent of at least a given influence, their
** opponents and delays, and the median delay of projects with such
** opponents against the rest.
**
** Ownership: risks_find() and risks_find_delays() fill a risk_result that
** risks_free() frees;
** stake and project indices point into the evidence set.
*/
#ifndef AMUR_RISKS_H
#define AMUR_RISKS_H

#include <stddef.h>

#include "evidence.h"

typedef struct risk_project {
    size_t project;  /* index in e->projects */
    size_t *stakes;  /* the counting opponents' stakes, indices in e->stakes, in order */
    size_t n_stakes;
    int has_delay;   /* slip_project_delay() found days late */
    long delay_days; /* days late */
    int period;      /* the year of the first promise it is measured from */
} risk_project;

/* One side of the comparison. */
typedef struct risk_group {
    size_t projects;   /* projects in the group */
    size_t with_delay; /* of which have days late and are of the compared period */
    double median;     /* median days late; meaningful when with_delay > 0 */
} risk_group;

typedef struct risk_result {
    risk_project *items; /* in project order */
    size_t n;
    risk_group with, without; /* projects with and without counting opponents */
    int from, to; /* the period compared: the first-promise years of the projects
                  ** with opponents; 0 when none has days late */
} risk_result;

/* Fewer projects than this on either side, and a comparison is no finding. */
#define RISKS_MIN_GROUP 3

/* Whether stake S is active at the as-of date A: its from not after A
** and its to (if any) not before A. */
int risks_stake_active(const ev_stake *s, pdate as_of);

/* Finds the projects of E with an opponent of influence >= MIN_INFLUENCE,
** active at the as-of date unless EVER. Returns AMUR_OK, or AMUR_ESYS when
** out of memory (OUT is then empty). */
int risks_find(const evidence *e, int min_influence, int ever, risk_result *out);
void risks_free(risk_result *r);

/* risks_find() with each project's days late worked out once by the caller:
** HAS_DELAY[p], DELAY[p] and YEAR[p] as slip_project_delay() gives them. */
int risks_find_delays(const evidence *e, int min_influence, int ever, const long *delay,
                      const signed char *has_delay, const int *year, risk_result *out);

/* The comparison as one sentence into BUF, for the command and the report
** alike. Returns 1 when it is a finding (at least RISKS_MIN_GROUP projects
** with days late on each side), 0 when it only says why there is none. */
int risks_comparison(const risk_result *r, char *buf, size_t n);

/* The parameters of `amur risks` and GET /api/risks. */
typedef struct risks_opts {
    long min_influence; /* the least influence of an opponent that counts */
    int ever;           /* opponents active at any time, not only at the as-of date */
} risks_opts;
extern const param risks_params[];

#endif
