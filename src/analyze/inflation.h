/*
** inflation.h — framework inflation, by the rules of docs/analyses.md
** ("Framework inflation"): per year, the new framework instruments against
** the projects delivered, and the cumulative ratio of the two — the
** study's "fictitious cooperation" as a number.
*/
#ifndef AMUR_INFLATION_H
#define AMUR_INFLATION_H

#include <stddef.h>

#include "evidence.h"

typedef struct infl_year {
    int year;
    size_t frameworks, delivered;         /* new in this year */
    size_t cum_frameworks, cum_delivered; /* up to and including this year */
    size_t fw_first, del_first;           /* this year's in fw[] and del[] */
} infl_year;

typedef struct inflation {
    infl_year *years; /* every year from the first to the last with either */
    size_t n_years;
    size_t *fw;  /* indices in e->instruments, by year, date, id */
    size_t *del; /* indices in e->projects, by delivery year, id */
    size_t n_fw, n_del;
    size_t n_undated; /* projects delivered by the as-of date in a year the
                      ** record does not give: in no year's count */
} inflation;

/* Computes the yearly counts for E into OUT, which inflation_free() frees
** (also after a failure). Returns AMUR_OK or an error code with ERR set. */
int inflation_compute(const evidence *e, inflation *out, amur_err *err);
void inflation_free(inflation *x);

/* Whether KIND is a framework instrument kind. */
int inflation_is_framework(const char *kind);

/* The year project P (an index in e->projects) was delivered (status.h's
** delivery and delivery date), 0 when it is not delivered, -1 when it is
** but the record does not date it. */
int inflation_delivery_year(const evidence *e, size_t p);

/* The headline for the years up to LAST (one of x->years) into BUF: "By
** 2021: 25 framework instruments, 2 projects delivered: 12.5 framework
** instruments per delivered project". When LAST is the final year, the
** projects delivered at an undated time count too, and the headline is
** dated by the as-of date. */
void inflation_headline(const evidence *e, const inflation *x, const infl_year *last,
                        char *buf, size_t n);

/* The years `amur inflation` and GET /api/inflation show. */
typedef struct infl_opts {
    long from, to; /* first and last year shown; 0: no bound */
} infl_opts;
extern const param infl_params[];
/* Whether year Y is one O shows. */
int inflation_shown(const infl_opts *o, int y);

#endif
