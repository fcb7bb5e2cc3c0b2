/*
** contradictions.h — pairs of claims that disagree about the same thing at
** about the same time, by the rules of docs/analyses.md ("Contradictions"):
** the same subject, property and scope, different values, periods at most
** a window apart; with a severity, and the official_ahead flag that marks
** an official source reporting a later stage than a ground source.
*/
#ifndef AMUR_CONTRADICTIONS_H
#define AMUR_CONTRADICTIONS_H

#include <stddef.h>

#include "evidence.h"

/* More pairs than this is an error rather than an unbounded allocation:
** the caller should narrow the search (--subject, --window). */
#define CONTRA_MAX_PAIRS 10000000

typedef struct contra_opts {
    long window;         /* days; >= 0 */
    const char *subject; /* only this subject, or NULL for all */
    int official_ahead;  /* only official_ahead pairs */
} contra_opts;

/* Its parameters (core/param.h), defaults included. */
extern const param contra_params[];

typedef struct contra_pair {
    const ev_claim *a, *b; /* in the evidence set; a as the definition orders them */
    long gap_days;         /* between their periods T, 0 when they overlap */
    int severity;          /* >= 1 */
    int official_ahead;
    int same_source;
} contra_pair;

/* Finds the contradictions in E, sorted by severity (highest first), then
** official_ahead first, then subject, property and the claims' ids.
** On success *OUT (which the caller frees with free(); NULL when none) holds
** *N pairs; on failure returns an error code with ERR set. */
int contra_find(const evidence *e, const contra_opts *o, contra_pair **out, size_t *n,
                amur_err *err);

/* Sets MARK[i] (MARK holds a flag for each of e->claims, cleared by the
** caller) for each claim i in a pair contra_find() would find: since
** whether two claims are a pair depends on them alone, contra_find() over
** a set of only the marked claims (and what names them) finds the same
** pairs. A whole-database walk keeps only these of each chunk
** (present/walk.h). AMUR_OK, or an error code with ERR set. */
int contra_mark(const evidence *e, const contra_opts *o, unsigned char *mark, amur_err *err);

/* Whether claims A and B (same subject and property) disagree, and if so
** the pair's severity and official_ahead flag; 0 when they agree or cannot
** be compared (the window is not checked here). */
int contra_compare(const ev_claim *a, const ev_claim *b, int *severity, int *official_ahead);

/* Days between periods A and B: 0 when they overlap. */
long contra_gap(period a, period b);

#endif
