/*
** ev_index.c — finding rows of an evidence set (evidence.h): an id table
** per concept, and each subject's run of claims, made once after loading
** (or by evidence_index() for a set filled by hand); ev_find() and the
** ev_*_of() lookups read them. Open addressing, 8 bytes a slot, sized once
** for the set's rows.
*/
#include "ev_int.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* 32 bits of a hash of the N bytes at S; never 0, which marks an empty
** slot. Eight bytes a step, each mixed by a multiplication (the finaliser
** of splitmix64): the loader hashes some eighty million values for ten
** million claims, and a byte at a time was a fifth of its time. */
uint32_t ev_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)n, w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return (uint32_t)h ? (uint32_t)h : 1;
}

/* The smallest power of two holding N entries at most three quarters full. */
size_t ev_table_cap(size_t n)
{
    size_t cap = 16;
    while (cap - cap / 4 <= n)
        cap *= 2;
    return cap;
}

/* ---- id and subject tables ---- */

/* Element i of an array whose elements begin with `const char *id`. */
typedef struct ev_ids {
    uint64_t *slot; /* hash << 32 | (1 + i); 0 when empty */
    size_t cap;
    const char *base;
    size_t stride;
} ev_ids;

static const char *id_at(const ev_ids *t, size_t i)
{
    return *(const char *const *)(t->base + i * t->stride);
}

void ev_ids_free(ev_ids *t)
{
    if (t) {
        free(t->slot);
        free(t);
    }
}

/* The table of the ids of the N elements of ARR (SIZE bytes each); the
** first of two equal ids wins. NULL when out of memory. */
static ev_ids *ids_new(const void *arr, size_t n, size_t size)
{
    ev_ids *t = calloc(1, sizeof *t);
    if (!t || n >= EV_MAX_ROWS || !(t->slot = calloc(t->cap = ev_table_cap(n), sizeof *t->slot))) {
        ev_ids_free(t);
        return NULL;
    }
    t->base = arr;
    t->stride = size;
    for (size_t i = 0; i < n; i++) {
        const char *id = id_at(t, i);
        uint32_t h;
        size_t k;
        int dup = 0;
        if (!id)
            continue;
        h = ev_hash(id, strlen(id));
        for (k = h & (t->cap - 1); t->slot[k] && !dup; k = (k + 1) & (t->cap - 1))
            dup = (uint32_t)(t->slot[k] >> 32) == h &&
                  strcmp(id_at(t, (uint32_t)t->slot[k] - 1), id) == 0;
        if (!dup)
            t->slot[k] = (uint64_t)h << 32 | (uint64_t)(i + 1);
    }
    return t;
}

static long ids_get(const ev_ids *t, const char *id)
{
    uint32_t h = ev_hash(id, strlen(id));
    for (size_t k = h & (t->cap - 1); t->slot[k]; k = (k + 1) & (t->cap - 1))
        if ((uint32_t)(t->slot[k] >> 32) == h) {
            size_t i = (uint32_t)t->slot[k] - 1;
            const char *x = id_at(t, i);
            if (x == id || strcmp(x, id) == 0)
                return (long)i;
        }
    return -1;
}

/* The claims of each subject: a run of e->claims. */
typedef struct ev_run {
    const char *subject;
    size_t first, n;
} ev_run;

struct ev_subjects {
    ev_ids ids; /* over runs */
    ev_run *runs;
    size_t nruns;
    /* by project: its run of claims (first and count; 0 claims when none);
    ** by listing and by stake: its project, -1 when none */
    size_t *pfirst, *pn;
    long *lproj, *sproj;
};

static void subjects_free(struct ev_subjects *s)
{
    if (s) {
        free(s->ids.slot);
        free(s->runs);
        free(s->pfirst);
        free(s->pn);
        free(s->lproj);
        free(s->sproj);
        free(s);
    }
}

/* The tables by project, listing and stake of S, once e->index holds the
** projects. */
static int derived_index(evidence *e, struct ev_subjects *s)
{
    if (!(s->pfirst = calloc(e->n_projects + 1, sizeof *s->pfirst)) ||
        !(s->pn = calloc(e->n_projects + 1, sizeof *s->pn)) ||
        !(s->lproj = malloc((e->n_listings + 1) * sizeof *s->lproj)) ||
        !(s->sproj = malloc((e->n_stakes + 1) * sizeof *s->sproj)))
        return -1;
    for (size_t r = 0; r < s->nruns; r++) {
        long p = ev_find(e, C_PROJECT, s->runs[r].subject);
        if (p >= 0) {
            s->pfirst[p] = s->runs[r].first;
            s->pn[p] = s->runs[r].n;
        }
    }
    for (size_t i = 0; i < e->n_listings; i++)
        s->lproj[i] = ev_find(e, C_PROJECT, e->listings[i].project);
    for (size_t i = 0; i < e->n_stakes; i++)
        s->sproj[i] = ev_find(e, C_PROJECT, e->stakes[i].project);
    return 0;
}

/* The runs of subjects of the sorted claims of E. */
int ev_subjects_index(evidence *e)
{
    struct ev_subjects *s = calloc(1, sizeof *s);
    ev_ids *t;
    size_t n = 0;
    if (!s)
        return -1;
    for (size_t i = 0; i < e->n_claims; i++)
        n += i == 0 || strcmp(e->claims[i].subject, e->claims[i - 1].subject) != 0;
    if (!(s->runs = malloc((n ? n : 1) * sizeof *s->runs))) {
        subjects_free(s);
        return -1;
    }
    for (size_t i = 0; i < e->n_claims; i++) {
        if (i == 0 || strcmp(e->claims[i].subject, e->claims[i - 1].subject) != 0)
            s->runs[s->nruns++] = (ev_run){e->claims[i].subject, i, 0};
        s->runs[s->nruns - 1].n++;
    }
    if (!(t = ids_new(s->runs, s->nruns, sizeof *s->runs))) {
        subjects_free(s);
        return -1;
    }
    s->ids = *t;
    free(t);
    if (derived_index(e, s)) {
        subjects_free(s);
        return -1;
    }
    e->subjects = s;
    return 0;
}

/* The id table of the claims, built on first use: only the web server
** looks claims up by id, and for ten million claims the table costs a
** tenth of a second and 130 MB that the other commands need not pay. The
** set is shared by the server's threads, hence the lock. */

/* The id table of concept C over its array. */
int ev_index_concept(evidence *e, int c)
{
    static const size_t sizes[C_COUNT] = {
        sizeof(ev_source),  sizeof(ev_place), sizeof(ev_actor), sizeof(ev_instrument),
        sizeof(ev_project), sizeof(ev_listing), sizeof(ev_stake), sizeof(ev_claim),
        sizeof(ev_indicator)};
    const void *arr[C_COUNT] = {e->sources,  e->places,   e->actors, e->instruments,
                                e->projects, e->listings, e->stakes, e->claims,
                                e->indicators};
    const size_t n[C_COUNT] = {e->n_sources,  e->n_places,   e->n_actors, e->n_instruments,
                               e->n_projects, e->n_listings, e->n_stakes, e->n_claims,
                               e->n_indicators};
    ev_ids_free(e->index[c]);
    return (e->index[c] = ids_new(arr[c], n[c], sizes[c])) ? 0 : -1;
}

int evidence_index(evidence *e)
{
    evidence_unindex(e);
    for (int c = 0; c < C_COUNT; c++)
        if (ev_index_concept(e, c))
            return AMUR_ESYS;
    return ev_subjects_index(e) ? AMUR_ESYS : AMUR_OK;
}

void evidence_unindex(evidence *e)
{
    for (int c = 0; c < C_COUNT; c++) {
        ev_ids_free(e->index[c]);
        e->index[c] = NULL;
    }
    subjects_free(e->subjects);
    e->subjects = NULL;
}

long ev_find(const evidence *e, int c, const char *id)
{
    if (c == C_CLAIM && !e->index[c] && e->lazy && id) {
        ev_ids *t;
        pthread_mutex_lock(&e->lazy->lock);
        /* out of memory: not found this time, tried again the next */
        if (!e->lazy->claims)
            e->lazy->claims = ids_new(e->claims, e->n_claims, sizeof *e->claims);
        t = e->lazy->claims;
        pthread_mutex_unlock(&e->lazy->lock);
        return t ? ids_get(t, id) : -1;
    }
    if (c < 0 || c >= C_COUNT || !e->index[c] || !id)
        return -1;
    return ids_get(e->index[c], id);
}

/* The run of claims about SUBJECT in V[0..N), sorted by subject: its first
** index in *FIRST, and its length. A binary search. */
static size_t subject_run(const ev_claim *v, size_t n, const char *subject, size_t *first)
{
    size_t lo = 0, hi = n, end;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(v[mid].subject, subject) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = lo;
    for (end = lo; end < n && strcmp(v[end].subject, subject) == 0; end++)
        ;
    return end - lo;
}

size_t ev_claims_of(const evidence *e, const char *subject, size_t *first)
{
    if (e->subjects) {
        long r = ids_get(&e->subjects->ids, subject);
        if (r < 0) {
            *first = 0;
            return 0;
        }
        *first = e->subjects->runs[r].first;
        return e->subjects->runs[r].n;
    }
    /* a set built by hand without evidence_index(): claims are sorted by
    ** subject, so binary search for the first */
    return subject_run(e->claims, e->n_claims, subject, first);
}

size_t ev_later_of(const evidence *e, const char *subject, size_t *first)
{
    return subject_run(e->later, e->n_later, subject, first);
}

size_t ev_project_claims(const evidence *e, size_t p, size_t *first)
{
    if (!e->subjects)
        return ev_claims_of(e, e->projects[p].id, first);
    *first = e->subjects->pfirst[p];
    return e->subjects->pn[p];
}

long ev_listing_project(const evidence *e, size_t i)
{
    return e->subjects ? e->subjects->lproj[i] : ev_find(e, C_PROJECT, e->listings[i].project);
}

long ev_stake_project(const evidence *e, size_t i)
{
    return e->subjects ? e->subjects->sproj[i] : ev_find(e, C_PROJECT, e->stakes[i].project);
}

const char *ev_publisher(const evidence *e, const char *source)
{
    long s = ev_find(e, C_SOURCE, source);
    return s >= 0 && e->sources[s].publisher ? e->sources[s].publisher : source;
}

size_t ev_project_publishers(const evidence *e, size_t p, const char **out, size_t max)
{
    size_t first, n = ev_project_claims(e, p, &first), k = 0;
    for (size_t i = first; i < first + n; i++) {
        const char *pub = ev_publisher(e, e->claims[i].source);
        size_t at = 0;
        /* few per project: insertion into a sorted array */
        while (at < k && strcmp(out[at], pub) < 0)
            at++;
        if ((at < k && strcmp(out[at], pub) == 0) || (at == k && k == max))
            continue;
        if (k == max)
            k--;
        memmove(out + at + 1, out + at, (k - at) * sizeof *out);
        out[at] = pub;
        k++;
    }
    return k;
}
