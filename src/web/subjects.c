/*
** subjects.c — see subjects.h.
**
** Entries live in one array of MAX slots, chained by key hash into a table
** of twice as many buckets, and in a doubly linked list from the most to
** the least recently used. Dropping by subject walks every entry: writes
** are rare beside reads.
*/
#include "subjects.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/hash.h"

typedef struct entry {
    char *key;
    char **tags;
    size_t ntags;
    long epoch;
    void *val;
    long prev, next; /* the recency list; -1 at its ends */
    long chain;      /* the next entry of the same bucket, or -1 */
    int used;
} entry;

struct subj_cache {
    pthread_mutex_t lock;
    entry *e;
    size_t max, n;
    long *bucket;
    size_t nbuckets;
    long head, tail; /* most and least recently used */
    long free_slot;  /* an unused slot, chained through next; -1: none */
    long drops;      /* subj_cache_drop() calls so far */
    void (*free_val)(void *);
};

subj_cache *subj_cache_new(size_t max, void (*free_val)(void *))
{
    subj_cache *c = calloc(1, sizeof *c);
    if (max < 1)
        max = 1;
    if (!c || !(c->e = calloc(max, sizeof *c->e)) ||
        !(c->bucket = malloc(2 * max * sizeof *c->bucket))) {
        if (c)
            free(c->e);
        free(c);
        return NULL;
    }
    pthread_mutex_init(&c->lock, NULL);
    c->max = max;
    c->nbuckets = 2 * max;
    for (size_t i = 0; i < c->nbuckets; i++)
        c->bucket[i] = -1;
    c->head = c->tail = -1;
    for (size_t i = 0; i < max; i++)
        c->e[i].next = i + 1 < max ? (long)i + 1 : -1;
    c->free_slot = 0;
    c->free_val = free_val;
    return c;
}

static void entry_clear(subj_cache *c, entry *x)
{
    free(x->key);
    for (size_t i = 0; i < x->ntags; i++)
        free(x->tags[i]);
    free(x->tags);
    if (x->val && c->free_val)
        c->free_val(x->val);
    memset(x, 0, sizeof *x);
}

void subj_cache_free(subj_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->max; i++)
        if (c->e[i].used)
            entry_clear(c, &c->e[i]);
    pthread_mutex_destroy(&c->lock);
    free(c->bucket);
    free(c->e);
    free(c);
}

static size_t bucket_of(const subj_cache *c, const char *key)
{
    return (size_t)(hash_text(key, HASH_BASIS) % c->nbuckets);
}

static long find(const subj_cache *c, const char *key)
{
    for (long i = c->bucket[bucket_of(c, key)]; i >= 0; i = c->e[i].chain)
        if (strcmp(c->e[i].key, key) == 0)
            return i;
    return -1;
}

static void unlink_recent(subj_cache *c, long i)
{
    entry *x = &c->e[i];
    if (x->prev >= 0)
        c->e[x->prev].next = x->next;
    else
        c->head = x->next;
    if (x->next >= 0)
        c->e[x->next].prev = x->prev;
    else
        c->tail = x->prev;
}

static void push_recent(subj_cache *c, long i)
{
    entry *x = &c->e[i];
    x->prev = -1;
    x->next = c->head;
    if (c->head >= 0)
        c->e[c->head].prev = i;
    c->head = i;
    if (c->tail < 0)
        c->tail = i;
}

/* Takes entry I out of the cache; its slot becomes free. */
static void remove_entry(subj_cache *c, long i)
{
    long *p = &c->bucket[bucket_of(c, c->e[i].key)];
    while (*p != i)
        p = &c->e[*p].chain;
    *p = c->e[i].chain;
    unlink_recent(c, i);
    entry_clear(c, &c->e[i]);
    c->e[i].next = c->free_slot;
    c->free_slot = i;
    c->n--;
}

int subj_cache_use(subj_cache *c, const char *key, long epoch, void (*use)(void *, void *),
                   void *ctx)
{
    long i;
    int hit = 0;
    pthread_mutex_lock(&c->lock);
    if ((i = find(c, key)) >= 0 && c->e[i].epoch == epoch) {
        use(ctx, c->e[i].val);
        unlink_recent(c, i);
        push_recent(c, i);
        hit = 1;
    }
    pthread_mutex_unlock(&c->lock);
    return hit;
}

long subj_cache_drops(subj_cache *c)
{
    long d;
    pthread_mutex_lock(&c->lock);
    d = c->drops;
    pthread_mutex_unlock(&c->lock);
    return d;
}

int subj_cache_put(subj_cache *c, const char *key, long epoch, long drops,
                   const char *const *tags, size_t ntags, void *val)
{
    entry x;
    long i;
    size_t b;
    memset(&x, 0, sizeof x);
    x.epoch = epoch;
    x.used = 1;
    if (ntags > SUBJ_MAX_TAGS || !(x.key = strdup(key)) ||
        !(x.tags = calloc(ntags ? ntags : 1, sizeof *x.tags)))
        goto fail;
    for (; x.ntags < ntags; x.ntags++)
        if (!(x.tags[x.ntags] = strdup(tags[x.ntags])))
            goto fail;
    x.val = val;
    pthread_mutex_lock(&c->lock);
    if (drops >= 0 && drops != c->drops) { /* a write may have made VAL stale */
        pthread_mutex_unlock(&c->lock);
        goto fail;
    }
    if ((i = find(c, key)) >= 0)
        remove_entry(c, i);
    if (c->free_slot < 0)
        remove_entry(c, c->tail); /* full: the least recently used goes */
    i = c->free_slot;
    c->free_slot = c->e[i].next;
    b = bucket_of(c, key);
    x.chain = c->bucket[b];
    c->bucket[b] = i;
    c->e[i] = x;
    push_recent(c, i);
    c->n++;
    pthread_mutex_unlock(&c->lock);
    return 0;
fail:
    x.val = val;
    entry_clear(c, &x);
    return -1;
}

size_t subj_cache_drop(subj_cache *c, const char *subject)
{
    size_t dropped = 0;
    pthread_mutex_lock(&c->lock);
    c->drops++;
    for (size_t i = 0; i < c->max; i++) {
        entry *x = &c->e[i];
        for (size_t t = 0; x->used && t < x->ntags; t++)
            if (strcmp(x->tags[t], subject) == 0) {
                remove_entry(c, (long)i);
                dropped++;
                break;
            }
    }
    pthread_mutex_unlock(&c->lock);
    return dropped;
}

size_t subj_cache_count(subj_cache *c)
{
    size_t n;
    pthread_mutex_lock(&c->lock);
    n = c->n;
    pthread_mutex_unlock(&c->lock);
    return n;
}
