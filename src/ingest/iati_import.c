/*
** iati_import.c — IATI files into the store, one transaction per file: the
** reader (iati.c) hands over each activity's records and this file decides
** what of them to store (docs/iati.md, "Reading"); the reader runs in a
** thread of its own (iati_pipe.c) and this file in the caller's. The command line and
** any other caller only call iati_import_file() and report.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../store/store.h"
#include "iati_int.h"

/* Sources, places and actors recur from activity to activity (one funder
** in thousands of them), and each time the import must know whether the
** id is stored and as what. The answers are remembered in a table of fixed
** size, one id a slot chosen by its hash, a newer id taking the slot of an
** older one: memory stays flat however large the file, and an id that was
** pushed out is simply asked of the store again. Only ids stored as their
** own concept are remembered; within the import's one transaction nothing
** is ever deleted and those concepts are never overwritten, so the answer
** stays true until it ends. */
#define KNOWN_SLOTS 4096

typedef struct known {
    char id[IATI_ID_MAX + 1];
    signed char concept; /* -1: empty slot */
} known;

typedef struct importer {
    store *db;
    const char *path;
    const iati_import_opts *o;
    iati_import_result *res;
    amur_err *err;
    known *known; /* KNOWN_SLOTS of them; NULL when out of memory (then none) */
} importer;

static known *known_slot(importer *m, const char *id)
{
    uint64_t h = hash_text(id, HASH_BASIS);
    return &m->known[(h ^ h >> 29) & (KNOWN_SLOTS - 1)];
}

/* The concept ID is known to be stored as, or -1 when not known. */
static int known_as(importer *m, const char *id)
{
    known *k;
    if (!m->known || !id)
        return -1;
    k = known_slot(m, id);
    return k->concept >= 0 && strcmp(k->id, id) == 0 ? k->concept : -1;
}

static void know(importer *m, const char *id, int concept)
{
    known *k;
    if (!m->known || !id || strlen(id) > IATI_ID_MAX)
        return;
    k = known_slot(m, id);
    snprintf(k->id, sizeof k->id, "%s", id);
    k->concept = (signed char)concept;
}

/* The concept ID is stored as (the cache, else the store), or -1, or
** STORE_FIND_FAILED. */
static int stored_as(importer *m, const char *id)
{
    char kind[64];
    int k = known_as(m, id);
    return k >= 0 ? k : store_find(m->db, id, kind, sizeof kind);
}

static void on_problem(void *ctx, long line, long col, const char *activity, const char *msg)
{
    importer *m = ctx;
    if (m->o->problem)
        m->o->problem(m->o->ctx, m->path, line, col, activity, msg);
}

static const char *row_id(const iati_row *r)
{
    return r->f[0];
}

/* Places, actors and sources already stored are kept as they are: the
** import adds them when missing, and never overwrites what an analyst (or
** an earlier import) recorded. */
static int keep_stored(const concept *c)
{
    return c->id == C_SOURCE || c->id == C_PLACE || c->id == C_ACTOR;
}

/* 1 when the stored row ID of concept C was recorded by someone other
** than an IATI import (its source is not an IATI source): a curated
** record, which an import never overwrites. 0 when it is an import's or
** is not stored; -1 on an error (ERR set). */
static int curated(importer *m, concept_id c, const char *id, char **src, size_t srcsz)
{
    const concept *k = &schema_concepts[c];
    char **row = NULL;
    int found = store_get(m->db, k, id, &row, m->err), sc = schema_col(k, "source"), cur;
    if (found <= 0)
        return found < 0 ? -1 : 0;
    cur = sc >= 0 && !iati_is_source_id(row[sc]);
    if (src)
        snprintf(*src, srcsz, "%s", sc >= 0 && row[sc] ? row[sc] : "");
    store_row_free(k, row);
    return cur;
}

/* 0 when every id of A is free or names a record of its own concept;
** otherwise reports the clash and returns -1 (the activity is left out).
** A project id that is a curated project's is a clash too, unless the
** import links (*LINKED is then set: the curated row stays as it is). */
static int check_ids(importer *m, const iati_activity *a, int *linked)
{
    char msg[768], srcbuf[IATI_ID_MAX + 1], *src = srcbuf;
    *linked = 0;
    for (size_t i = 0; i < a->n; i++) {
        const iati_row *r = &a->rows[i];
        int k = stored_as(m, row_id(r));
        if (k == STORE_FIND_FAILED)
            return err_set(m->err, AMUR_ESYS, "looking up '%s' in the database failed",
                           row_id(r));
        if (k == C_PROJECT && r->c->id == C_PROJECT) {
            int cur = curated(m, C_PROJECT, row_id(r), &src, sizeof srcbuf);
            if (cur < 0)
                return m->err->code ? m->err->code : AMUR_ESYS;
            if (cur && !m->o->link) {
                snprintf(msg, sizeof msg,
                         "id '%s' is a curated project (source '%s'), not an IATI import's: "
                         "activity refused; --link attaches the activity to that project",
                         row_id(r), srcbuf);
                on_problem(m, a->line, a->col, a->iati_id, msg);
                return -1;
            }
            *linked = cur;
        } else if (k >= 0 && k != (int)r->c->id) {
            snprintf(msg, sizeof msg, "id '%s' is already a %s, not a %s; activity left out",
                     row_id(r), schema_concepts[k].one, r->c->one);
            on_problem(m, a->line, a->col, a->iati_id, msg);
            return -1;
        }
    }
    return 0;
}

static int put_row(importer *m, const iati_activity *a, const iati_row *r, int linked)
{
    store_tally *n = &m->res->counts[r->c->id];
    int what;
    n->rows++;
    if (linked && (r->c->id == C_PROJECT || r->c->id == C_STAKE)) {
        /* attached to a curated project: its row and its curated stakes
        ** stay as the analyst wrote them */
        int cur = r->c->id == C_PROJECT ? 1 : curated(m, C_STAKE, row_id(r), NULL, 0);
        if (cur < 0)
            return m->err->code ? m->err->code : AMUR_ESYS;
        if (cur) {
            n->same++;
            return AMUR_OK;
        }
    }
    if (keep_stored(r->c)) {
        /* check_ids() found it as this concept if it is stored */
        int k = stored_as(m, row_id(r));
        if (k >= 0) {
            know(m, row_id(r), k);
            n->same++;
            return AMUR_OK;
        }
    }
    if (store_put(m->db, r->c, r->f, &what, m->err)) {
        err_prefix(m->err, "%s:%ld: %s", m->path, a->line, a->iati_id);
        return m->err->code ? m->err->code : AMUR_ESYS;
    }
    if (keep_stored(r->c))
        know(m, row_id(r), (int)r->c->id);
    n->added += what == STORE_ADDED; /* rows are counted as they are read */
    n->changed += what == STORE_CHANGED;
    n->same += what == STORE_SAME;
    return AMUR_OK;
}

static int on_activity(void *ctx, const iati_activity *a)
{
    importer *m = ctx;
    int linked, rc = check_ids(m, a, &linked);
    if (rc)
        return rc;
    if (linked)
        m->res->linked++;
    for (size_t i = 0; i < a->n; i++) {
        rc = put_row(m, a, &a->rows[i], linked);
        if (rc)
            return rc;
    }
    if (a->nflows) {
        int what;
        if (store_flows_put(m->db, a->id, a->source, a->reported, a->flows, a->nflows, &what,
                            m->err)) {
            err_prefix(m->err, "%s:%ld: %s", m->path, a->line, a->iati_id);
            return m->err->code ? m->err->code : AMUR_ESYS;
        }
        store_tally_count(&m->res->flows, what, (long)a->nflows);
    }
    m->res->activities++;
    if (m->o->progress)
        m->o->progress(m->o->ctx, a->bytes, m->res->activities);
    return 0;
}

int iati_import_file(struct store *db, const char *path, const iati_import_opts *o,
                     iati_import_result *res, amur_err *err)
{
    importer m;
    iati_handler h;
    int rc;

    memset(res, 0, sizeof *res);
    memset(&m, 0, sizeof m);
    m.db = db;
    m.path = path;
    m.o = o;
    m.res = res;
    m.err = err;
    h.ctx = &m;
    h.activity = on_activity;
    h.problem = on_problem;
    /* per file: what it learnt goes with its transaction */
    if ((m.known = malloc(KNOWN_SLOTS * sizeof *m.known)))
        for (size_t k = 0; k < KNOWN_SLOTS; k++)
            m.known[k].concept = -1;
    rc = store_begin(db, err);
    if (rc == AMUR_OK)
        rc = iati_read_piped(path, o->today, &h, &res->st, err);
    free(m.known);
    for (int k = 0; k < C_COUNT; k++) {
        res->added += res->counts[k].added;
        res->changed += res->counts[k].changed;
    }
    res->added += res->flows.added;
    res->changed += res->flows.changed;
    if (rc == AMUR_OK && (res->added || res->changed))
        rc = store_log_load(db, path, res->added, res->changed, err);
    if (rc == AMUR_OK)
        rc = store_commit(db, err);
    if (rc != AMUR_OK) {
        store_rollback(db);
        memset(res->counts, 0, sizeof res->counts);
        memset(&res->flows, 0, sizeof res->flows);
        res->added = res->changed = 0;
    }
    return rc;
}
