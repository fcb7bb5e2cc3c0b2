/*
** arena.c — see arena.h. Blocks are chained newest first, so an allocation
** looks only at the head; space left at the end of a block that could not
** take a request is not revisited (requests are small beside a block).
*/
#include "arena.h"

#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t used, cap;
    max_align_t data[]; /* so the first byte is aligned for anything */
};

void arena_init(arena *a, size_t block, size_t max)
{
    a->head = NULL;
    a->block = block;
    a->total = 0;
    a->max = max;
    a->failed = 0;
}

/* N bytes at the head's ALIGN-aligned end, in a new block if they do not fit. */
static void *take(arena *a, size_t n, size_t align)
{
    arena_block *b = a->head;
    size_t at = b ? (b->used + align - 1) / align * align : 0;
    void *p;
    if (a->failed || (a->max && (n > a->max || a->total > a->max - n))) {
        a->failed = 1;
        return NULL;
    }
    if (!b || at > b->cap || b->cap - at < n) {
        size_t cap = n > a->block ? n : a->block;
        if (!(b = malloc(sizeof *b + cap))) {
            a->failed = 1;
            return NULL;
        }
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
        at = 0;
    }
    p = (char *)b->data + at;
    b->used = at + n;
    a->total += n;
    return p;
}

/* What the program's records are built of. max_align_t (16 bytes here, for
** long double) would pad every bundle row for a type no record holds. */
typedef union record_unit {
    void *p;
    double d;
    long long l;
} record_unit;

void *arena_alloc(arena *a, size_t n)
{
    return take(a, n ? n : 1, _Alignof(record_unit));
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = n < (size_t)-1 ? take(a, n + 1, 1) : NULL;
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

char *arena_strdup(arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

int arena_failed(const arena *a)
{
    return a->failed;
}

void arena_reset(arena *a)
{
    arena_block *keep = NULL;
    while (a->head) {
        arena_block *next = a->head->next;
        if (!next) { /* the oldest */
            keep = a->head;
            keep->used = 0;
        } else {
            free(a->head);
        }
        a->head = next;
    }
    a->head = keep;
    a->total = 0;
    a->failed = 0;
}

void arena_free(arena *a)
{
    while (a->head) {
        arena_block *next = a->head->next;
        free(a->head);
        a->head = next;
    }
    a->total = 0;
    a->failed = 0;
}

void arena_adopt(arena *dst, arena *src)
{
    arena_block *tail = src->head;
    if (!tail)
        return;
    while (tail->next)
        tail = tail->next;
    if (dst->head) {
        tail->next = dst->head->next;
        dst->head->next = src->head;
    } else {
        dst->head = src->head;
    }
    dst->total += src->total;
    dst->failed |= src->failed;
    src->head = NULL;
    src->total = 0;
    src->failed = 0;
}
