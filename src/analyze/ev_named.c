/*
** ev_named.c — the sources, places and actors that a set about one
** subject needs (evidence.h, evidence_load_about()): those its records
** name, and those they name in turn. Read once through the store's
** indexes, so that the set holds those rows and not the whole tables, which
** at a million synthetic projects are 27,686 rows and most of the time of
** one project's answer (bench/notes.md).
*/
#include "ev_int.h"

#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"

/* The concepts whose rows are gathered by name: what a set names its
** records by. Instruments are read whole: they are few, and an option may
** name any of them (slippage --instrument). */
static int gathered(int c)
{
    return c == C_SOURCE || c == C_PLACE || c == C_ACTOR;
}

/* Adds the N bytes at ID to the ids of concept C, once. 0, or -1 when
** out of memory. */
static int add(ev_named *nm, int c, const char *id, size_t n)
{
    char *copy;
    if (!n)
        return 0;
    if (!(copy = malloc(n + 1)))
        return -1;
    memcpy(copy, id, n);
    copy[n] = 0;
    if (nm->n[c] == nm->cap[c]) {
        size_t cap = nm->cap[c] ? nm->cap[c] * 2 : 16;
        char **v = realloc(nm->ids[c], cap * sizeof *v);
        if (!v) {
            free(copy);
            return -1;
        }
        nm->ids[c] = v;
        nm->cap[c] = cap;
    }
    switch (strmap_add(nm->seen[c], copy, 0, NULL)) {
    case 1:
        nm->ids[c][nm->n[c]++] = copy;
        return 0;
    case 0:
        free(copy);
        return 0;
    default:
        free(copy);
        return -1;
    }
}

/* What a row's fields name, for the row reader below. */
typedef struct reader {
    ev_named *nm;
    const concept *c;
    int oom;
} reader;

/* Adds what the row F of R's concept names: each id of a reference to a
** gathered concept ("a;b" for a list). */
static int read_row(void *ctx, char *const *f)
{
    reader *r = ctx;
    for (size_t i = 0; i < r->c->ncols && !r->oom; i++) {
        const column *col = &r->c->cols[i];
        const char *v = f[i];
        /* a claim's subject is the project read, or the subject itself,
        ** which ev_named_of() adds: looking it up as a place or an actor
        ** would only cost two lookups a project */
        if (!v || (col->type != COL_REF && col->type != COL_REFLIST) ||
            (col->refs & REF(C_PROJECT)))
            continue;
        for (int k = 0; k < C_COUNT; k++) {
            const char *p = v;
            if (!gathered(k) || !(col->refs & REF(k)))
                continue;
            while (*p && !r->oom) {
                size_t n = col->type == COL_REFLIST ? strcspn(p, ";") : strlen(p);
                r->oom = add(r->nm, k, p, n) != 0;
                p += n;
                p += *p == ';';
            }
        }
    }
    return r->oom;
}

/* Reads the rows of concept C whose column COL is ID and adds what they
** name; AMUR_OK, or an error. */
static int read_rows(store *s, ev_named *nm, int c, const char *col, const char *id,
                     amur_err *err)
{
    reader r = {nm, &schema_concepts[c], 0};
    store_filter f = {col, id};
    int rc = store_each(s, r.c, &f, 1, read_row, &r, err);
    if (r.oom)
        return err_set(err, AMUR_ESYS, "out of memory");
    return rc;
}

/* The ids of projects: the subject and its parts, theirs, ... with what
** their rows name. */
typedef struct projects {
    reader r;
    char **id;
    size_t n, cap;
    int oom;
} projects;

static int keep_project(void *ctx, char *const *f)
{
    projects *p = ctx;
    char *id;
    if (read_row(&p->r, f))
        return p->oom = 1;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 8;
        char **v = realloc(p->id, cap * sizeof *v);
        if (!v)
            return p->oom = 1;
        p->id = v;
        p->cap = cap;
    }
    if (!(id = strdup(f[schema_col(&schema_concepts[C_PROJECT], "id")])))
        return p->oom = 1;
    p->id[p->n++] = id;
    return 0;
}

int ev_named_of(store *s, const char *subject, ev_named *nm, amur_err *err)
{
    projects p = {{nm, &schema_concepts[C_PROJECT], 0}, NULL, 0, 0, 0};
    store_filter f = {"id", subject};
    size_t done[C_COUNT] = {0};
    int rc, more = 1;
    memset(nm, 0, sizeof *nm);
    for (int c = 0; c < C_COUNT; c++)
        if (gathered(c) && !(nm->seen[c] = strmap_new())) {
            ev_named_free(nm);
            return err_set(err, AMUR_ESYS, "out of memory");
        }
    /* the projects as evidence_load_about() reads them: the subject, its parts, theirs */
    rc = store_each(s, &schema_concepts[C_PROJECT], &f, 1, keep_project, &p, err);
    for (size_t done = 0; rc == AMUR_OK && !p.oom && done < p.n; done++) {
        store_filter g = {"parent", p.id[done]};
        rc = store_each(s, &schema_concepts[C_PROJECT], &g, 1, keep_project, &p, err);
    }
    if (rc == AMUR_OK && p.oom)
        rc = err_set(err, AMUR_ESYS, "out of memory");
    for (size_t i = 0; i < p.n && rc == AMUR_OK; i++)
        if ((rc = read_rows(s, nm, C_LISTING, "project", p.id[i], err)) == AMUR_OK &&
            (rc = read_rows(s, nm, C_STAKE, "project", p.id[i], err)) == AMUR_OK)
            rc = read_rows(s, nm, C_CLAIM, "subject", p.id[i], err);
    if (rc == AMUR_OK && !p.n) {
        /* a subject that is no project: its own claims, and itself */
        rc = read_rows(s, nm, C_CLAIM, "subject", subject, err);
        for (int c = 0; c < C_COUNT && rc == AMUR_OK; c++)
            if (gathered(c) && add(nm, c, subject, strlen(subject)))
                rc = err_set(err, AMUR_ESYS, "out of memory");
    }
    /* what the rows found name in turn (a place's parent and country, an
    ** actor's place), until they name nothing new */
    while (rc == AMUR_OK && more) {
        more = 0;
        for (int c = 0; c < C_COUNT && rc == AMUR_OK; c++)
            for (; gathered(c) && done[c] < nm->n[c] && rc == AMUR_OK; done[c]++, more = 1)
                rc = read_rows(s, nm, c, "id", nm->ids[c][done[c]], err);
    }
    for (size_t i = 0; i < p.n; i++)
        free(p.id[i]);
    free(p.id);
    if (rc)
        ev_named_free(nm);
    return rc;
}

void ev_named_free(ev_named *nm)
{
    for (int c = 0; c < C_COUNT; c++) {
        for (size_t i = 0; i < nm->n[c]; i++)
            free(nm->ids[c][i]);
        free(nm->ids[c]);
        strmap_free(nm->seen[c]);
    }
    memset(nm, 0, sizeof *nm);
}
