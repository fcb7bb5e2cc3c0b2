/*
** ev_keep.c — a set gathered from chunks' sets (evidence.h,
** evidence_keep()): the claims an analysis keeps of each chunk, and what
** names them, copied out before the chunk is freed.
*/
#include "evidence.h"
#include "ev_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/sort.h"
#include "../core/strmap.h"

/* Values up to this many bytes are kept once however many claims hold
** them, as the loader interns them (evidence.c): sources, properties,
** stage words, dates, the quotes a source repeats. */
#define SHARE_MAX 64

/* A copy of S in K's pool; NULL for NULL (arena_failed() tells the rest). */
static const char *dup(evidence *k, const char *s)
{
    return s ? arena_strdup(&k->pool, s) : NULL;
}

/* The same, but one copy of each short value: the map holds each copy's
** address as its value. */
static const char *share(evidence *k, const char *s)
{
    long v;
    char *copy;
    if (!s || strlen(s) > SHARE_MAX || !k->lazy || !k->lazy->kept)
        return dup(k, s);
    if (strmap_get(k->lazy->kept, s, &v))
        return (const char *)(intptr_t)v;
    if ((copy = arena_strdup(&k->pool, s)) &&
        strmap_add(k->lazy->kept, copy, (long)(intptr_t)copy, NULL) < 0) {
        strmap_free(k->lazy->kept); /* the copies stay good; only sharing ends */
        k->lazy->kept = NULL;
    }
    return copy;
}

/* Grows *ARR of N elements of SIZE to hold M more; -1 when out of memory. */
static int grow(void **arr, size_t n, size_t m, size_t size)
{
    void *a;
    if (!m)
        return 0;
    if (n + m >= EV_MAX_ROWS || !(a = realloc(*arr, (n + m) * size)))
        return -1;
    *arr = a;
    return 0;
}

static void keep_project(evidence *k, const ev_project *p)
{
    ev_project *q = &k->projects[k->n_projects++];
    q->id = share(k, p->id);
    q->kind = share(k, p->kind);
    q->place = share(k, p->place);
    q->side = share(k, p->side);
    q->parent = share(k, p->parent);
    q->name.en = dup(k, p->name.en);
    q->name.ru = dup(k, p->name.ru);
    q->name.zh = dup(k, p->name.zh);
}

static void keep_claim(evidence *k, const ev_claim *c)
{
    ev_claim *d = &k->claims[k->n_claims++];
    *d = *c; /* the dates and the tier; every string copied below */
    d->id = dup(k, c->id);
    d->subject = share(k, c->subject);
    d->property = share(k, c->property);
    d->value = share(k, c->value);
    d->unit = share(k, c->unit);
    d->scope = share(k, c->scope);
    d->source = share(k, c->source);
    d->locator = share(k, c->locator);
    d->quote = share(k, c->quote);
    d->note = share(k, c->note);
    d->quote_lang = share(k, c->quote_lang);
    d->via = share(k, c->via);
}

int evidence_keep(evidence *k, const evidence *e, const unsigned char *mark, amur_err *err)
{
    size_t nc = 0, np = 0;
    if (k->lazy && !k->lazy->kept && !k->n_claims && !(k->lazy->kept = strmap_new()))
        return err_set(err, AMUR_ESYS, "out of memory keeping claims");
    /* a subject's claims are one run: its project is counted at its first kept claim */
    for (size_t i = 0, run = 0; i < e->n_claims; i++) {
        if (i == 0 || strcmp(e->claims[i].subject, e->claims[i - 1].subject) != 0)
            run = 0;
        if (!mark[i])
            continue;
        nc++;
        np += !run++ && ev_find(e, C_PROJECT, e->claims[i].subject) >= 0;
    }
    if (grow((void **)&k->claims, k->n_claims, nc, sizeof *k->claims) ||
        grow((void **)&k->projects, k->n_projects, np, sizeof *k->projects))
        return err_set(err, AMUR_ESYS, "out of memory keeping claims");
    for (size_t i = 0, run = 0; i < e->n_claims; i++) {
        long p;
        if (i == 0 || strcmp(e->claims[i].subject, e->claims[i - 1].subject) != 0)
            run = 0;
        if (!mark[i])
            continue;
        if (!run++ && (p = ev_find(e, C_PROJECT, e->claims[i].subject)) >= 0)
            keep_project(k, &e->projects[p]);
        keep_claim(k, &e->claims[i]);
    }
    if (arena_failed(&k->pool))
        return err_set(err, AMUR_ESYS, "out of memory keeping claims");
    return AMUR_OK;
}

/* The order of e->claims: subject, property, date, id (evidence.h). */
static int cmp_claims(const void *pa, const void *pb)
{
    const ev_claim *a = pa, *b = pb;
    int c;
    if ((c = strcmp(a->subject, b->subject)) || (c = strcmp(a->property, b->property)) ||
        (c = pdate_cmp(a->date, b->date)))
        return c;
    return strcmp(a->id, b->id);
}

int evidence_keep_end(evidence *k, amur_err *err)
{
    if (k->lazy) {
        strmap_free(k->lazy->kept);
        k->lazy->kept = NULL;
    }
    sort_array(k->claims, k->n_claims, sizeof *k->claims, cmp_claims);
    if (evidence_index(k))
        return err_set(err, AMUR_ESYS, "out of memory indexing kept claims");
    return AMUR_OK;
}
