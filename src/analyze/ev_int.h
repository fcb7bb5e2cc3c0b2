/*
** ev_int.h — what evidence.c (loading a set) and ev_index.c (finding rows
** in it) share, private to them.
*/
#ifndef AMUR_EV_INT_H
#define AMUR_EV_INT_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "evidence.h"

/* At most this many rows of one concept: indices are 32 bits. */
#define EV_MAX_ROWS (UINT32_MAX - 1)

/* 32 bits of a hash of the N bytes at S; never 0 (an empty slot). */
uint32_t ev_hash(const char *s, size_t n);
/* The smallest power of two holding N entries at most three quarters full. */
size_t ev_table_cap(size_t n);

/* An id table over an array whose elements begin with `const char *id`. */
typedef struct ev_ids ev_ids;
void ev_ids_free(ev_ids *t);

/* What is built on first use: the claims' id table (few callers ask);
** and while claims are kept (ev_keep.c), the short values kept so far,
** each mapped to its one copy. */
struct ev_lazy {
    pthread_mutex_t lock;
    ev_ids *claims;
    struct strmap *kept;
};

/* The id table of concept C over its array; the subject runs and the
** tables by project, listing and stake. 0, or -1 when out of memory. */
int ev_index_concept(evidence *e, int c);
int ev_subjects_index(evidence *e);

/* The ids of the sources, places and actors (ids[C_SOURCE], ...) that a
** set about SUBJECT holds (ev_named.c): those its projects, listings,
** stakes and claims name, and those these name in turn. ev_named_of()
** fills NM (AMUR_OK, or an error with nothing left to free);
** ev_named_free() frees it. */
typedef struct ev_named {
    char **ids[C_COUNT];
    size_t n[C_COUNT], cap[C_COUNT];
    struct strmap *seen[C_COUNT];
} ev_named;
int ev_named_of(store *s, const char *subject, ev_named *nm, amur_err *err);
void ev_named_free(ev_named *nm);

#endif
