/*
** changes.h — what differs between what was known on two dates, by the
** rules of docs/analyses.md ("Changes"): Status, Slippage and
** Contradictions run on the record as known at --since and at --until
** (both clocks at each date), and diffed. Each change names the claims
** that caused it.
**
** Ownership: chg_compute() fills a chg_list that chg_list_free() frees
** (also after a failure). The list holds the two records it compared
** (built from the evidence set given, whose strings they share): its
** claim pointers point into the later one, its strings into the evidence
** set, which must outlive the list.
*/
#ifndef AMUR_CHANGES_H
#define AMUR_CHANGES_H

#include <stddef.h>

#include "evidence.h"

/* In the order a day's changes are listed. */
typedef enum chg_kind {
    CHG_CLAIMS,        /* new claims about one subject on one date */
    CHG_STAGE,         /* a project's resolved stage moved */
    CHG_DELIVERED,     /* a project became delivered */
    CHG_OVERDUE,       /* a history of promises became overdue */
    CHG_POSTPONEMENT,  /* a promise postponed the date */
    CHG_ADVANCE,       /* a promise advanced it */
    CHG_CONTRADICTION, /* a new pair of disagreeing claims */
    CHG_RESOLVED,      /* a pair the record no longer holds open */
    CHG_KINDS
} chg_kind;

/* "claims", "stage", "delivered", ... */
extern const char *const chg_kind_names[CHG_KINDS + 1];

typedef struct chg_change {
    chg_kind kind;
    char id[256];           /* stable whatever the window: "postponement/clm-blag-a-26" */
    long day;               /* when it happened or became known, days since 1970-01-01 */
    const char *subject;    /* the project, or the subject of the claims or the pair */
    long project;           /* its index in e->projects, or -1 */
    /* CHG_STAGE, CHG_DELIVERED: the stages before and after (-1: unknown) */
    int stage_from, stage_to;
    /* CHG_OVERDUE, CHG_POSTPONEMENT, CHG_ADVANCE, CHG_CONTRADICTION, CHG_RESOLVED */
    const char *property, *scope;
    /* CHG_POSTPONEMENT, CHG_ADVANCE: the promised date before and after;
    ** CHG_OVERDUE: the final promise (in TO) */
    pdate from, to;
    long moved_days;        /* last(to) - last(from) */
    const char *listing;    /* a promise made by a listing: its id (no claim then) */
    /* CHG_CONTRADICTION, CHG_RESOLVED: the pair, as Contradictions orders it */
    const ev_claim *a, *b;
    int severity, official_ahead;
    /* the claims that caused it: causes[first .. first + n) of the list */
    size_t first, n;
} chg_change;

typedef struct chg_list {
    chg_change *items; /* by day, kind, id */
    size_t n;
    const ev_claim **causes;
    size_t n_causes;
    pdate since, until;  /* the dates compared, defaults resolved */
    struct evidence *before, *after; /* the record as known at each */
} chg_list;

/* What `amur changes` and GET /api/changes select. */
typedef struct chg_opts {
    const char *since, *until; /* dates, or NULL: the defaults of docs/analyses.md */
    long days;                 /* the window when SINCE is not given */
    const char *project, *instrument, *region, *q, *kind;
} chg_opts;
extern const param chg_params[];

/* Compares the record of E as known at O's two dates into OUT, keeping
** the changes O selects. Returns AMUR_OK; AMUR_EUSAGE with ERR set for
** dates out of order or outside E's clocks, or a bad search; AMUR_ESYS
** when out of memory. */
int chg_compute(const evidence *e, const chg_opts *o, chg_list *out, amur_err *err);
void chg_list_free(chg_list *l);

/* The claims that caused change C of L: sets *N, returns the first. */
const ev_claim *const *chg_causes(const chg_list *l, const chg_change *c, size_t *n);

/* The newest day a claim of E was made (the last day of its date), or 0
** when E holds no claim: the default end of the window, before the
** clocks cap it. */
long chg_newest_day(const evidence *e);

#endif
