/*
** status.h — the stage each project has reached, resolved from its stage
** claims by the rules of docs/analyses.md ("Status"): weighted by tier and
** recency, cautious on ties, and never letting an official claim silently
** override later ground evidence.
*/
#ifndef AMUR_STATUS_H
#define AMUR_STATUS_H

#include <stddef.h>

#include "evidence.h"

typedef struct status_result {
    size_t project;    /* index in e->projects */
    int stage;         /* index in schema_stages, or -1 when there is no evidence */
    double confidence; /* 0..1 */
    int contested;     /* another stage scores at least a quarter of the total */
    int overridden;    /* the ground rule replaced an official-only stage */
    size_t first, n;   /* the stage claims considered: e->claims[first .. first+n) */
} status_result;

/* Resolves project P (an index in e->projects). */
void status_resolve(const evidence *e, size_t p, status_result *out);

/* Place on the ladder for tie-breaking: listed 0 .. operational 5, and
** suspended and cancelled -1. */
int status_ladder(int stage);

#endif
