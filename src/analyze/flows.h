/*
** flows.h — the money IATI activities report, added up by the rules of
** docs/analyses.md ("Money reported"): the flows of each source's latest
** snapshot (evidence.h, ev_flow) summed by year, kind, type and currency,
** per project, per publisher or per programme, as IATI's d-portal shows
** them. Amounts are never converted: a total is in one currency.
*/
#ifndef AMUR_FLOWS_H
#define AMUR_FLOWS_H

#include <stddef.h>

#include "evidence.h"

typedef struct flows_opts {
    const char *by;         /* project, publisher or instrument */
    const char *project;    /* only this project's flows; NULL: all */
    const char *instrument; /* only projects listed in this instrument */
    const char *kind;       /* only flows of this kind */
    long from, to;          /* first and last year; 0: no bound */
} flows_opts;
extern const param flows_params[];

typedef struct flows_total {
    const char *group;    /* a project's or instrument's id, a publisher's name */
    int year;             /* 0: the flow has no date */
    const char *kind;     /* transaction, budget, planned-disbursement */
    const char *type;     /* disbursement, original...; NULL when not given */
    const char *currency; /* NULL when not given */
    double total;
    size_t count;         /* flows added up */
} flows_total;

typedef struct flows_result {
    flows_total *totals; /* by group, year, kind, type, currency */
    size_t n;
    size_t flows;   /* flows that passed the options and count in some group */
    size_t groups;  /* distinct groups among the totals */
} flows_result;

/* Adds up the flows of E that O selects into OUT, which flows_free()
** frees (also after a failure). AMUR_OK or an error with ERR set. */
int flows_compute(const evidence *e, const flows_opts *o, flows_result *out, amur_err *err);
void flows_free(flows_result *r);

/* The publisher of flow F: its source's publisher, else the source's id. */
const char *flows_publisher(const evidence *e, const ev_flow *f);

#endif
