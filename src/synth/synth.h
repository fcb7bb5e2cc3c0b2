/*
** synth.h — synthetic data for benchmarks and tests: a reproducible
** dataset bundle (docs/dataset.md), or an IATI 2.03 activity file, of any
** size, with the shapes of real cooperation data.
**
** Shapes: names in English, Russian (Cyrillic) and Chinese built from
** syllables; projects copied into the next programme under a near-
** duplicate name (some declared with carried_from, some to be detected,
** some the same project listed twice); chains of planned_opening claims
** that move later; official sources reporting a later stage than ground
** ones; stakes with influential opponents; regional trade and FDI shares
** over the years. Every record says it is synthetic: notes "synthetic",
** sources titled "Synthetic source N".
**
** Deterministic: the same options give the same bytes (a splitmix64
** generator seeded per record, never rand()). Streamed: each record is
** computed from its number and written at once, so memory does not grow
** with the number of projects.
*/
#ifndef AMUR_SYNTH_H
#define AMUR_SYNTH_H

#include <stdint.h>

#include "../core/err.h"

#define SYNTH_MAX_PROJECTS 100000000ULL
#define SYNTH_MAX_CLAIMS 1000 /* claims per project */

typedef struct synth_opts {
    uint64_t projects; /* 1 .. SYNTH_MAX_PROJECTS */
    unsigned claims;   /* per project, 0 .. SYNTH_MAX_CLAIMS */
    uint64_t seed;
    int progress;      /* show a progress line (on a terminal) */
} synth_opts;

/* Writes the bundle's nine CSV files into DIR (created if needed; files
** already there are replaced). */
int synth_bundle(const char *dir, const synth_opts *o, amur_err *err);

/* Writes one IATI 2.03 activities file at PATH ("-": standard output),
** one activity per project, from a handful of reporting organisations. */
int synth_iati(const char *path, const synth_opts *o, amur_err *err);

#endif
