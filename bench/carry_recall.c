/*
** carry_recall.c — a benchmark-only program: the recall of carry-over
** detection (analyze/carryover.c, which looks only at candidates from an
** n-gram index) against the exact comparison of every pair of names.
**
**     carry_recall DB [SAMPLE]
**
** Runs carry_find() on the whole database and times it. Then takes SAMPLE
** projects (default 10,000, evenly spread) and compares each, exactly
** (carry_similarity, the same rule as docs/analyses.md), with every other
** listed project whose place agrees (a pair whose places disagree is never
** a carry-over, so this is all the pairs that could be) and that is listed
** in another instrument. Recall = the exact pairs that carry_find reported
** (declared or detected) ÷ the exact pairs. Prints one line of key=value.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyze/carryover.h"
#include "analyze/evidence.h"
#include "core/schema.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

typedef struct ppair {
    size_t a, b; /* projects, a < b */
} ppair;

static int cmp_ppair(const void *x, const void *y)
{
    const ppair *a = x, *b = y;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return a->b < b->b ? -1 : a->b > b->b;
}


typedef struct byplace {
    const char *place;
    size_t p;
} byplace;

static int cmp_byplace(const void *x, const void *y)
{
    const byplace *a = x, *b = y;
    int c = strcmp(a->place ? a->place : "", b->place ? b->place : "");
    return c ? c : (a->p < b->p ? -1 : a->p > b->p);
}

int main(int argc, char **argv)
{
    amur_err err = {0, ""};
    store *s;
    evidence *e;
    ev_view v;
    carry_pair *pairs;
    size_t npairs, sample = 10000, nfound = 0;
    ppair *found;
    byplace *bp;
    size_t *first_inst, *last_inst, *nlist;
    unsigned long exact = 0, hit = 0;
    double t0, t1;

    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: carry_recall DB [SAMPLE]\n");
        return 2;
    }
    if (argc == 3)
        sample = strtoul(argv[2], NULL, 10);
    if (store_open(argv[1], STORE_READ, &s, &err) || (ev_view_parse(&v, NULL, NULL), 0) ||
        evidence_load(s, &v, &e, &err)) {
        fprintf(stderr, "carry_recall: %s\n", err.msg);
        return 1;
    }
    store_close(s);
    t0 = now();
    if (carry_find(e, 0.5, &pairs, &npairs, &err)) {
        fprintf(stderr, "carry_recall: %s\n", err.msg);
        return 1;
    }
    t1 = now();

    /* the project pairs carry_find reported */
    found = malloc((npairs ? npairs : 1) * sizeof *found);
    for (size_t i = 0; i < npairs; i++) {
        long a = ev_find(e, C_PROJECT, e->listings[pairs[i].a].project);
        long b = ev_find(e, C_PROJECT, e->listings[pairs[i].b].project);
        if (a < 0 || b < 0 || a == b)
            continue;
        found[nfound].a = (size_t)(a < b ? a : b);
        found[nfound++].b = (size_t)(a < b ? b : a);
    }
    qsort(found, nfound, sizeof *found, cmp_ppair);

    /* each project's instruments: two projects pair only across instruments */
    first_inst = malloc((e->n_projects + 1) * sizeof *first_inst);
    last_inst = malloc((e->n_projects + 1) * sizeof *last_inst);
    nlist = calloc(e->n_projects + 1, sizeof *nlist);
    for (size_t i = 0; i < e->n_listings; i++) {
        long p = ev_find(e, C_PROJECT, e->listings[i].project);
        if (p < 0)
            continue;
        if (!nlist[p]++)
            first_inst[p] = last_inst[p] = e->listings[i].inst;
        else
            last_inst[p] = e->listings[i].inst;
    }

    /* listed projects by place; those with no place compare with all */
    bp = malloc((e->n_projects + 1) * sizeof *bp);
    size_t nbp = 0;
    for (size_t p = 0; p < e->n_projects; p++)
        if (nlist[p]) {
            bp[nbp].place = e->projects[p].place;
            bp[nbp++].p = p;
        }
    qsort(bp, nbp, sizeof *bp, cmp_byplace);

    size_t nnone = 0; /* the projects with no place sort first */
    while (nnone < nbp && !bp[nnone].place)
        nnone++;
    size_t step = nbp > sample && sample ? nbp / sample : 1, done = 0;
    for (size_t i = 0; i < nbp && done < sample; i += step, done++) {
        size_t p = bp[i].p, rs = i, re = i + 1;
        if (bp[i].place) { /* its place's run, and the projects with none */
            while (rs > nnone && strcmp(bp[rs - 1].place, bp[i].place) == 0)
                rs--;
            while (re < nbp && strcmp(bp[re].place, bp[i].place) == 0)
                re++;
        } else {
            rs = 0;
            re = nbp;
        }
        for (int part = 0; part < 2; part++) {
            size_t lo = part ? rs : 0, hi = part ? re : (bp[i].place ? nnone : 0);
            for (size_t j = lo; j < hi; j++) {
                size_t q = bp[j].p;
                ppair key;
                if (q == p)
                    continue;
                /* listed in different instruments */
                if (nlist[p] == 1 && nlist[q] == 1 && first_inst[p] == first_inst[q])
                    continue;
                if (carry_similarity(&e->projects[p].name, &e->projects[q].name) < 0.5)
                    continue;
                exact++;
                key.a = p < q ? p : q;
                key.b = p < q ? q : p;
                if (bsearch(&key, found, nfound, sizeof *found, cmp_ppair))
                    hit++;
            }
        }
    }
    printf("projects=%zu sampled=%zu carry_seconds=%.2f pairs=%zu exact=%lu found=%lu "
           "recall=%.4f\n",
           e->n_projects, done, t1 - t0, npairs, exact, hit,
           exact ? (double)hit / (double)exact : 1.0);
    free(found);
    free(bp);
    free(first_inst);
    free(last_inst);
    free(nlist);
    free(pairs);
    evidence_free(e);
    return 0;
}
