/*
** strmap.c — see strmap.h. The table doubles when it is half full, so
** probes stay short.
*/
#include "strmap.h"

#include "hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    const char *key;
    long value;
} slot;

struct strmap {
    slot *slots;
    size_t cap, n;
};

strmap *strmap_new(void)
{
    strmap *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cap = 64;
    m->slots = calloc(m->cap, sizeof *m->slots);
    if (!m->slots) {
        free(m);
        return NULL;
    }
    return m;
}

void strmap_free(strmap *m)
{
    if (m) {
        free(m->slots);
        free(m);
    }
}

static slot *find(slot *slots, size_t cap, const char *key)
{
    size_t i = (size_t)hash_text(key, HASH_BASIS) & (cap - 1);
    while (slots[i].key && strcmp(slots[i].key, key) != 0)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static int grow(strmap *m)
{
    size_t cap = m->cap * 2;
    slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            *find(slots, cap, m->slots[i].key) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return 0;
}

int strmap_add(strmap *m, const char *key, long value, long *old)
{
    slot *s;
    if (m->n * 2 >= m->cap && grow(m) < 0)
        return -1;
    s = find(m->slots, m->cap, key);
    if (s->key) {
        if (old)
            *old = s->value;
        return 0;
    }
    s->key = key;
    s->value = value;
    m->n++;
    return 1;
}

int strmap_get(const strmap *m, const char *key, long *value)
{
    slot *s = find(m->slots, m->cap, key);
    if (!s->key)
        return 0;
    *value = s->value;
    return 1;
}

size_t strmap_count(const strmap *m)
{
    return m->n;
}
