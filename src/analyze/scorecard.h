/*
** scorecard.h — what each programme listed and what became of it, by the
** rules of docs/analyses.md ("Scorecards"): listings by resolved stage and
** side, implementation, delivery and on-time rates, the median slippage,
** and the instrument's own reported counts beside the item-level record,
** with the coverage of that record.
**
** Ownership: scorecard_all() and scorecard_all_facts() return an array of
** scorecards that scorecard_free() frees with everything in them; strings
** and claim pointers are borrowed from the evidence set, which must
** outlive it.
*/
#ifndef AMUR_SCORECARD_H
#define AMUR_SCORECARD_H

#include <stddef.h>

#include "evidence.h"

/* Counts by stage: the indices of schema_stages, then SC_UNTRACKED for
** listed projects without a resolved stage. */
#define SC_UNTRACKED STAGE_COUNT
#define SC_STAGES (STAGE_COUNT + 1)

typedef struct sc_rate {
    size_t k, n; /* k of n; n == 0 means undefined */
} sc_rate;

/* A reported total, when one is reported: the largest count claim. */
typedef struct sc_total {
    const ev_claim *claim; /* NULL when there is none */
    double value;
} sc_total;

#define SC_SIDE_MAX 129 /* an id is at most 128 characters, and its NUL */

typedef struct sc_side {
    char side[SC_SIDE_MAX]; /* the listing's side, else the project's, else "joint" */
    size_t listed;
    size_t by_stage[SC_STAGES];
    sc_total total; /* count claims with scope side=SIDE and no stage */
} sc_side;

typedef struct sc_reported {
    const ev_claim *claim; /* a count claim about the instrument */
    double value;
    /* The item-level figure for the same scope: listings matching its side
    ** and stage; -1 when the unit is not projects (nothing to compare). */
    long item_level;
    int unmatched; /* the scope has keys other than side and stage */
} sc_reported;

typedef struct scorecard {
    size_t inst; /* index in e->instruments */
    size_t listed, tracked;
    size_t by_stage[SC_STAGES];
    sc_side *sides; /* by first appearance in the listings */
    size_t n_sides;
    sc_rate implementation, delivery, on_time;
    size_t n_delays;       /* listed projects with a delay */
    double median_delay;   /* in days; meaningful when n_delays > 0 */
    sc_reported *reported; /* in claim order: date, then id */
    size_t n_reported;
    sc_total total; /* count claims with no side and no stage */
} scorecard;

/* Scorecards of every instrument with listings in E, in instrument order;
** or only of instrument ONLY (an index in e->instruments) when ONLY >= 0,
** which then gets a scorecard even with no listings. Sets *OUT and *N.
** Returns AMUR_OK, or AMUR_ESYS when out of memory. */
int scorecard_all(const evidence *e, long only, scorecard **out, size_t *n);
void scorecard_free(scorecard *s, size_t n);

/* Each project's resolved stage and delay, worked out once by a caller
** that needs them for more than scorecards (the report): STAGE[p] as
** status_resolve() gives it, and HAS_DELAY[p] and DELAY[p] as
** slip_project_delay() gives them (DELAY[p] meaningful when HAS_DELAY[p]). */
typedef struct sc_facts {
    const int *stage;
    const long *delay;
    const signed char *has_delay;
} sc_facts;

/* scorecard_all() from FACTS instead of resolving each listed project
** again; the same result. */
int scorecard_all_facts(const evidence *e, long only, const sc_facts *facts, scorecard **out,
                        size_t *n);

/* What `amur scorecard` and GET /api/scorecards select. */
typedef struct sc_opts {
    const char *instrument; /* only this instrument's scorecard, or NULL */
} sc_opts;
extern const param sc_params[];

#endif
