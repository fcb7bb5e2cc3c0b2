/*
** iati_write.h — Amur records written out as IATI 2.03 activity XML that
** validates against the official activity schema; docs/iati.md says how
** each record maps (the reverse of src/ingest/iati.c, so that import →
** export → import → export gives the same XML).
**
** The caller gathers one project's records (its row, source, places,
** stakes with their actors, claims) from the store and hands them over;
** this module knows nothing of the store. Writing goes through libxml2's
** xmlTextWriter, which does all the escaping.
**
** Ownership: iati_writer_open() returns a writer that iati_writer_close()
** (which ends the document) or iati_writer_free() (on an error) frees.
*/
#ifndef AMUR_IATI_WRITE_H
#define AMUR_IATI_WRITE_H

#include <stddef.h>
#include <stdio.h>

#include "../core/err.h"

typedef struct iati_wstake {
    char *const *stake; /* a stakes row */
    char *const *actor; /* its actor's row */
} iati_wstake;

typedef struct iati_wactivity {
    char *const *project; /* a projects row */
    char *const *source;  /* the project's source row, or NULL */
    char *const *place;   /* the project's place row, or NULL */
    char *const *side;    /* the project's side (a country place row), or NULL */
    const iati_wstake *stakes;
    size_t nstakes;
    char *const *const *claims; /* claim rows about the project, in stored order */
    size_t nclaims;
} iati_wactivity;

typedef struct iati_writer iati_writer;

/* Starts an iati-activities document on OUT. TODAY (YYYY-MM-DD) stands in
** when a project has no dated claim at all. */
int iati_writer_open(FILE *out, const char *today, iati_writer **w, amur_err *err);
/* What A lacks that an IATI activity must have (a stage for the status, a
** start or completion date, an organisation with an IATI role), as a
** message, or NULL when it can be written. The writer never makes these
** up: a project without them is left out by the caller. */
const char *iati_write_missing(const iati_wactivity *a);
/* Writes A, which must have what iati_write_missing() asks for. */
int iati_write_activity(iati_writer *w, const iati_wactivity *a, amur_err *err);
/* Ends the document, flushes and frees W. */
int iati_writer_close(iati_writer *w, amur_err *err);
void iati_writer_free(iati_writer *w);

#endif
