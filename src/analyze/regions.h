/*
** regions.h — how much each region depends on its neighbour: the
** partner's shares of its exports, imports and accumulated inbound FDI by
** year, a typology on one of them, the Herfindahl index of its export
** composition, and the trend between two years. Definitions in
** docs/analyses.md, "Regions".
*/
#ifndef AMUR_REGIONS_H
#define AMUR_REGIONS_H

#include <stddef.h>

#include "evidence.h"

enum { REG_EXPORT, REG_IMPORT, REG_FDI, REG_NSHARES };
extern const char *const regions_series[REG_NSHARES]; /* export_share, ... */

typedef struct reg_value {
    int has;
    double lo, hi; /* equal unless the source gave a range */
    const char *indicator; /* its id */
} reg_value;

typedef struct reg_year {
    int year;
    reg_value share[REG_NSHARES];
    int has_hhi;
    double hhi; /* 0..1 */
} reg_year;

typedef struct reg_trend {
    int has; /* values in two different years */
    int from, to;
    double from_value, to_value, change; /* midpoints, percentage points */
} reg_trend;

enum { TYPE_NONE, TYPE_DEPENDENT, TYPE_INTERMEDIATE, TYPE_INDEPENDENT, TYPE_UNCERTAIN };
extern const char *const regions_types[]; /* indexed by TYPE_* ("" for none) */

typedef struct reg_region {
    size_t place;        /* index in e->places */
    const char *partner; /* place id, or NULL */
    reg_year *years;     /* ascending */
    size_t nyears;
    int type;            /* TYPE_* */
    int type_year;
    reg_value type_value;
    reg_trend trend[REG_NSHARES];
    /* How the sources class it (docs/analyses.md, "Regions"): the newest
    ** `dependence` claim about the place, or NULL; its TYPE_*; and whether
    ** the computed type disagrees (both known, neither uncertain). */
    const ev_claim *classed;
    int classed_type;
    int disagrees;
} reg_region;

typedef struct reg_options {
    const char *by;       /* a share series (default import_share) */
    double dependent;     /* default 80 */
    double independent;   /* default 50 */
    long from, to;        /* trend years; 0 for the earliest/latest with data */
    const char *region;   /* only this place, or NULL */
} reg_options;

/* Its parameters (core/param.h), with the defaults of docs/analyses.md. */
extern const param regions_params[];

/* Computes every region (place × partner) that has share or export
** composition indicators. On success *OUT is an array of *N regions that
** the caller frees with regions_free(). */
int regions_compute(const evidence *e, const reg_options *o, reg_region **out, size_t *n,
                    amur_err *err);
void regions_free(reg_region *r, size_t n);

/* "falling", "rising" or "flat" for a trend with has set. */
const char *regions_direction(const reg_trend *t);

#endif
