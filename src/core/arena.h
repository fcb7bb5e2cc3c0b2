/*
** arena.h — memory handed out from large blocks and given back all at once:
** for the many small things that live and die together (an evidence set's
** strings, a bundle's rows, one IATI activity's records, a snapshot's
** cells). One malloc per block instead of one per string makes loading
** faster and freeing a whole set a short walk.
**
** An arena may have a ceiling (MAX bytes handed out between resets). A
** failed allocation (past the ceiling, or out of memory) makes every later
** one fail too until the next reset, so a set of records that did not fit
** is never kept in part: the caller asks arena_failed() once at the end.
** Ownership: everything an arena hands out is freed by arena_free() (or
** arena_reset()), never one by one.
*/
#ifndef AMUR_ARENA_H
#define AMUR_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head; /* the newest block; each points to the one before */
    size_t block;      /* bytes in a new block */
    size_t total;      /* bytes handed out since the last reset */
    size_t max;        /* most bytes handed out between resets; 0: no limit */
    int failed;        /* an allocation failed: past MAX or out of memory */
} arena;

#define ARENA_INIT(block, max) {NULL, (block), 0, (max), 0}

/* Starts A empty: new blocks of BLOCK bytes (a bigger request gets a block
** of its own size), at most MAX bytes handed out (0: no limit). */
void arena_init(arena *a, size_t block, size_t max);
/* N bytes aligned for any object built of pointers, integers and doubles
** (not long double); NULL when out of memory or past the ceiling, or after
** an allocation that was (arena_failed()). */
void *arena_alloc(arena *a, size_t n);
/* A copy of the N bytes at S and a NUL, not aligned (text packs tightly);
** NULL as arena_alloc. */
char *arena_strndup(arena *a, const char *s, size_t n);
/* A copy of the string S, or NULL when S is NULL or as arena_strndup. */
char *arena_strdup(arena *a, const char *s);
/* Whether an allocation failed since the last reset. */
int arena_failed(const arena *a);
/* Gives back everything handed out but keeps the oldest block, so an arena
** reused for one item after another (an IATI activity) stays at one
** block's worth of memory when items are small. */
void arena_reset(arena *a);
/* Gives back all of A's memory; A is then empty, ready for reuse. */
void arena_free(arena *a);
/* Moves everything SRC handed out into DST, which frees it from then on
** (DST goes on handing out from its own newest block); SRC is left empty.
** For things built in one arena and then joined to another's (the rows of
** one document moved into another). */
void arena_adopt(arena *dst, arena *src);

#endif
