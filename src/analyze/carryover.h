/*
** carryover.h — projects listed again in a later instrument, by the rules
** of docs/analyses.md ("Carry-over"): declared pairs (carried_from, or one
** project listed in two instruments) and pairs detected by name similarity
** across English, Russian and Chinese, found through an inverted index of
** each name's rarest n-grams (prefix filtering) rather than by comparing
** every pair of names.
*/
#ifndef AMUR_CARRYOVER_H
#define AMUR_CARRYOVER_H

#include <stddef.h>
#include <stdint.h>

#include "evidence.h"

/* Names are compared on their first CARRY_MAX_CHARS characters. */
#define CARRY_MAX_CHARS 512
/* An n-gram indexed for more names than this in one place (or among the
** names with no place) is too common to find pairs by. */
#define CARRY_MAX_POSTINGS 1000
/* Detection runs in up to this many threads (one per processor), and in
** one below CARRY_THREAD_MIN projects. */
#define CARRY_MAX_THREADS 8
#define CARRY_THREAD_MIN 20000
/* More pairs than this is an error rather than an unbounded allocation. */
#define CARRY_MAX_PAIRS 10000000

typedef struct carry_pair {
    size_t a, b;  /* indices in e->listings; a's instrument is the earlier */
    double score; /* best Jaccard similarity of the two projects' names */
    int declared; /* carried_from, or the same project */
    int implementing; /* b's instrument implements a's (docs/analyses.md,
                      ** "Carry-over"): not a project listed again */
} carry_pair;

/* Whether instrument B (an index in e->instruments) implements A rather
** than repeating it: B declares A as its parent (or an ancestor), or B is
** not a planning document (a programme, plan, strategy or concept). */
int carry_implements(const evidence *e, size_t a, size_t b);

/* Counts the N pairs P: how many are declared, and how many implementing
** (the rest are projects listed again). */
void carry_count(const carry_pair *p, size_t n, size_t *declared, size_t *implementing);

/* Finds the carry-overs in E: declared pairs, and detected pairs scoring at
** least THRESHOLD. Sorted declared first, then by score (highest first),
** then by the listings' ids. On success *OUT (which the caller frees with
** free(); NULL when none) holds *N pairs; on failure returns an error code
** with ERR set. */
int carry_find(const evidence *e, double threshold, carry_pair **out, size_t *n,
               amur_err *err);

/* Normalises the UTF-8 name S (lower case, letters and digits only, ё as е)
** into at most MAX code points at OUT; returns how many. */
size_t carry_normalise(const char *s, uint32_t *out, size_t max);

/* The Jaccard similarity of the character N-grams of names A and B (N = 3,
** or 2 for Chinese), after normalisation; 0 when either is empty. */
double carry_jaccard(const char *a, const char *b, int n);

/* The best of carry_jaccard over the languages both names have. */
double carry_similarity(const ev_names *a, const ev_names *b);

/* The parameters of `amur carryover` and GET /api/carryover. */
typedef struct carry_opts {
    double threshold; /* the least name similarity of a detected pair */
} carry_opts;
extern const param carry_params[];

#endif
