/*
** subjects.h — the server's cache of answers about one subject (a
** project's page, an analysis asked about one project or subject): a
** bounded number of entries, the least recently used going first, each
** tagged with the subjects its answer depends on, so that a write drops
** only the answers about what it touched (issue 19).
**
** An entry is a value the caller made (the server's finished responses)
** under a key (the request's path and parameters, and the day), valid for
** one epoch (snapshot.h, snap_store_epoch()): an entry of another epoch is
** never served, and goes when its slot is wanted.
**
** Threads: every function takes the cache's lock. subj_cache_use() calls
** its USE under it, so a value is never freed while it is used.
** Ownership: subj_cache_new() returns a cache subj_cache_free() frees;
** a value given to subj_cache_put() is the cache's, freed with FREE_VAL.
*/
#ifndef AMUR_SUBJECTS_H
#define AMUR_SUBJECTS_H

#include <stddef.h>

#define SUBJ_CACHE_DEFAULT 4096 /* entries kept when not told otherwise */
#define SUBJ_CACHE_MAX 1000000
#define SUBJ_MAX_TAGS 64 /* subjects one entry is tagged with; more: it is not kept */

typedef struct subj_cache subj_cache;

/* A cache of at most MAX entries (at least 1); NULL when out of memory. */
subj_cache *subj_cache_new(size_t max, void (*free_val)(void *));
void subj_cache_free(subj_cache *c);

/* When KEY is kept for EPOCH: calls USE(CTX, its value), makes it the most
** recently used, and returns 1; 0 otherwise. */
int subj_cache_use(subj_cache *c, const char *key, long epoch, void (*use)(void *, void *),
                   void *ctx);
/* Keeps VAL as KEY's for EPOCH, tagged with the NTAGS subjects TAGS,
** replacing what KEY had and dropping the least recently used entry when
** full; unless DROPS (not -1) is no longer subj_cache_drops(): a write
** dropped answers while VAL was computed, and VAL may be one of them. 0,
** or -1 when it is not kept (VAL is freed then). */
int subj_cache_put(subj_cache *c, const char *key, long epoch, long drops,
                   const char *const *tags, size_t ntags, void *val);
/* How many times subj_cache_drop() was called: read before computing an
** answer, given to subj_cache_put() with it. */
long subj_cache_drops(subj_cache *c);
/* Drops every entry tagged SUBJECT; returns how many. */
size_t subj_cache_drop(subj_cache *c, const char *subject);
/* Entries kept now. */
size_t subj_cache_count(subj_cache *c);

#endif
