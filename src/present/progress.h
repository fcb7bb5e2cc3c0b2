/*
** progress.h — a progress line on stderr for work that takes a while.
**
** It shows only when stderr is a terminal and the work has run for more
** than a second, so scripts and logs never see it.
**
** Ownership: progress_new() returns a handle that progress_done() frees.
*/
#ifndef AMUR_PROGRESS_H
#define AMUR_PROGRESS_H

#include <stddef.h>

typedef struct progress progress;

/* LABEL is shown before the count; TOTAL may be 0 when unknown. */
progress *progress_new(const char *label, size_t total);
/* Sets how far the work has got (cheap: redraws at most ten times a second). */
void progress_set(progress *p, size_t done);
/* The total, when it is known only once the work has begun. */
void progress_set_total(progress *p, size_t total);
/* Like progress_set, for work measured in bytes (TOTAL is the size):
** redraws on time alone and shows DETAIL (may be NULL) after the bar and
** the rate in MB/s. */
void progress_set_bytes(progress *p, unsigned long long done, const char *detail);
/* Clears the line and frees P (P may be NULL). */
void progress_done(progress *p);

#endif
