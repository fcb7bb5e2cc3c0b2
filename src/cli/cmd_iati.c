/*
** cmd_iati.c — import-iati and export-iati: IATI activity XML in and out
** (docs/iati.md). Import calls iati_import_file() (ingest/iati_import.c)
** for each file and reports; export reads a project's records from the
** store and hands them to the writer (ingest/iati_write.c).
*/
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/pdate.h"
#include "../core/strmap.h"
#include "../ingest/iati.h"
#include "../core/safefile.h"
#include "../present/progress.h"
#include "../present/table.h"
#include "cli.h"


/* What the command shows while a file imports. */
typedef struct shown {
    progress *prog;
} shown;

static void on_problem(void *ctx, const char *path, long line, long col,
                       const char *activity, const char *msg)
{
    (void)ctx;
    if (line && col && activity)
        table_printf(stderr, "%s:%ld:%ld: %s: %s\n", path, line, col, activity, msg);
    else if (line && col)
        table_printf(stderr, "%s:%ld:%ld: %s\n", path, line, col, msg);
    else if (line && activity)
        table_printf(stderr, "%s:%ld: %s: %s\n", path, line, activity, msg);
    else if (line)
        table_printf(stderr, "%s:%ld: %s\n", path, line, msg);
    else if (activity)
        table_printf(stderr, "%s: %s: %s\n", path, activity, msg);
    else
        table_printf(stderr, "%s: %s\n", path, msg);
}

static void on_progress(void *ctx, unsigned long long bytes, long activities)
{
    shown *s = ctx;
    char detail[64];
    if (!s->prog)
        return;
    snprintf(detail, sizeof detail, "%ld activities", activities);
    progress_set_bytes(s->prog, bytes, detail);
}

static void unknown_list(const iati_stats *st, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = 0;
    for (size_t i = 0; i < st->nnames && len < n; i++) {
        snprintf(buf + len, n - len, "%s%s %ld", i ? ", " : "", st->names[i].name,
                 st->names[i].n);
        len = strlen(buf);
    }
    if (st->unknown_other && len < n)
        snprintf(buf + len, n - len, ", others %ld", st->unknown_other);
}

static json_t *file_json(const char *path, const iati_stats *st, const store_tally *counts, int rc,
                         const char *error)
{
    long added = 0, changed = 0, same = 0;
    json_t *unk = json_object();
    for (int k = 0; k < C_COUNT; k++) {
        added += counts[k].added;
        changed += counts[k].changed;
        same += counts[k].same;
    }
    for (size_t i = 0; i < st->nnames; i++)
        json_object_set_new(unk, st->names[i].name, json_integer(st->names[i].n));
    if (st->unknown_other)
        json_object_set_new(unk, "(others)", json_integer(st->unknown_other));
    return json_pack("{s:s,s:s?,s:I,s:I,s:I,s:I,s:I,s:o,s:I,s:I,s:I,s:s?,s:b,s:s?}", "id",
                     path, "version", st->version[0] ? st->version : NULL, "activities",
                     (json_int_t)st->activities, "imported", (json_int_t)st->imported,
                     "left_out", (json_int_t)st->skipped, "problems", (json_int_t)st->problems,
                     "unknown_elements", (json_int_t)st->unknown, "unknown", unk, "added",
                     (json_int_t)added, "changed", (json_int_t)changed, "unchanged",
                     (json_int_t)same, "claims_dated_today",
                     st->claim_date[0] ? st->claim_date : NULL, "stored", rc == AMUR_OK, "error",
                     error);
}

int cmd_import_iati(cli *c)
{
    store *db;
    char today[PDATE_BUF];
    store_tally total[C_COUNT];
    store_tally flows = {0, 0, 0, 0};
    int failed = 0, rc = AMUR_OK, single = 0;
    long left_out = 0;
    json_t *out = c->json ? json_array() : NULL;

    memset(total, 0, sizeof total);
    pdate_format(pdate_today(), today);
    if (cli_store(c, STORE_WRITE, &db)) {
        json_decref(out);
        return c->err.code;
    }
    for (int i = 0; i < c->npos && rc != AMUR_ESYS; i++) {
        const char *path = c->pos[i];
        shown sh = {NULL};
        iati_import_opts o = {today, cli_opt_value(c, "link") != NULL, &sh, on_problem,
                              on_progress};
        iati_import_result r;
        const iati_stats *st = &r.st;
        struct stat sb;

        c->err.msg[0] = 0;
        if (stat(path, &sb) == 0)
            sh.prog = progress_new("importing", (size_t)sb.st_size);
        rc = iati_import_file(db, path, &o, &r, &c->err);
        progress_done(sh.prog);
        if (rc != AMUR_OK) {
            failed++;
            if (!out && c->npos > 1)
                table_printf(stderr, "amur: %s; nothing from %s was stored\n", c->err.msg,
                             path);
            else if (c->npos == 1)
                single = rc;
        } else {
            for (int k = 0; k < C_COUNT; k++)
                store_tally_add(&total[k], &r.counts[k]);
            left_out += st->skipped;
            store_tally_add(&flows, &r.flows);
        }
        if (st->problems > IATI_PROBLEMS_MAX)
            table_printf(stderr, "%s: ... and %ld more problems\n", path,
                    st->problems - IATI_PROBLEMS_MAX);
        if (out) {
            json_t *o = file_json(path, st, r.counts, rc, rc ? c->err.msg : NULL);
            json_object_set_new(o, "flows", json_integer(r.flows.rows));
            json_array_append_new(out, o);
        } else if (rc == AMUR_OK && !c->quiet) {
            table_printf(stdout, "imported %s: %ld activit%s, %ld left out, %ld problem%s; %ld added, %ld "
                   "changed\n",
                   path, st->imported, st->imported == 1 ? "y" : "ies", st->skipped,
                   st->problems, st->problems == 1 ? "" : "s", r.added, r.changed);
            if (st->unknown) {
                char list[1024];
                unknown_list(st, list, sizeof list);
                table_printf(stdout, "  unknown elements skipped: %ld (%s)\n", st->unknown, list);
            }
            if (r.linked)
                printf("  %ld activit%s attached to curated projects (--link)\n", r.linked,
                       r.linked == 1 ? "y" : "ies");
            if (st->claim_date[0])
                printf("  claims dated %s (the day of import): the file has no "
                       "last-updated-datetime or generated-datetime\n",
                       st->claim_date);
        }
        if (rc != AMUR_ESYS)
            rc = AMUR_OK;
    }
    if (out) {
        size_t k;
        json_t *o;
        fputs("[", stdout);
        json_array_foreach(out, k, o) {
            fputs(k ? ",\n" : "\n", stdout);
            json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
        }
        fputs(json_array_size(out) ? "\n]\n" : "]\n", stdout);
        json_decref(out);
    } else if (!c->quiet && rc == AMUR_OK && failed < c->npos) {
        long stored[BUNDLE_TABLES];
        table *t;
        cli_count_stored(db, stored, &c->err);
        /* the import makes no listings, indicators or instruments */
        t = cli_count_table(total, &flows, stored, "in files",
                            REF(C_LISTING) | REF(C_INDICATOR) | REF(C_INSTRUMENT));
        if (t) {
            printf("\n");
            table_print(t, stdout, table_fit_width(stdout));
        }
        table_free(t);
    }
    store_close(db);
    if (rc != AMUR_OK)
        return rc;
    if (single) {
        size_t n = strlen(c->err.msg);
        snprintf(c->err.msg + n, sizeof c->err.msg - n, "; nothing from %s was stored",
                 c->pos[0]);
        c->err.code = single;
        return single;
    }
    if (failed)
        return err_set(&c->err, AMUR_EDATA, "import-iati: %d of %d file%s not imported", failed,
                       c->npos, c->npos == 1 ? "" : "s");
    if (left_out)
        return err_set(&c->err, AMUR_EDATA,
                       "import-iati: %ld activit%s left out (see above); the rest was stored",
                       left_out, left_out == 1 ? "y" : "ies");
    return AMUR_OK;
}

/* ---- export ---- */

static char **copy_row(const concept *c, char *const *f)
{
    char **r = calloc(c->ncols, sizeof *r);
    if (!r)
        return NULL;
    for (size_t i = 0; i < c->ncols; i++)
        if (f[i] && !(r[i] = strdup(f[i]))) {
            store_row_free(c, r);
            return NULL;
        }
    return r;
}

typedef struct rows {
    const concept *c;
    char **(*v);
    size_t n, cap;
} rows;

static int keep_row(void *ctx, char *const *f)
{
    rows *r = ctx;
    char **copy;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        char ***v = realloc(r->v, cap * sizeof *v);
        if (!v)
            return AMUR_ESYS;
        r->v = v;
        r->cap = cap;
    }
    if (!(copy = copy_row(r->c, f)))
        return AMUR_ESYS;
    r->v[r->n++] = copy;
    return 0;
}

static void rows_free(rows *r)
{
    for (size_t i = 0; i < r->n; i++)
        store_row_free(r->c, r->v[i]);
    free(r->v);
    r->v = NULL;
    r->n = r->cap = 0;
}

/* The ids to export, in order, without repeats. */
typedef struct idlist {
    rows r; /* one-column rows: the id */
    strmap *seen;
} idlist;

static int add_id(idlist *l, const char *id)
{
    char *one[1];
    long dummy;
    if (strmap_get(l->seen, id, &dummy))
        return 0;
    one[0] = (char *)id;
    if (keep_row(&l->r, one))
        return AMUR_ESYS;
    return strmap_add(l->seen, l->r.v[l->r.n - 1][0], 0, NULL) < 0 ? AMUR_ESYS : 0;
}

typedef struct idcol {
    idlist *l;
    int col;
} idcol;

static int take_id(void *ctx, char *const *f)
{
    idcol *x = ctx;
    return add_id(x->l, f[x->col]);
}

static const concept one_col = {C_PROJECT, "ids", "", "id", NULL, 1, {NULL}, 0, 0};

static int get_row(store *db, concept_id k, const char *id, char ***out, amur_err *err)
{
    int r;
    *out = NULL;
    if (!id)
        return AMUR_OK;
    r = store_get(db, &schema_concepts[k], id, out, err);
    if (r < 0)
        return err->code ? err->code : AMUR_ESYS;
    return AMUR_OK;
}

/* The flows of one project, copied out of the store's rows. */
typedef struct flows {
    store_flow *v;
    size_t n, cap;
} flows;

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static int keep_flow(void *ctx, const store_flow *f)
{
    flows *l = ctx;
    store_flow *c;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        store_flow *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return AMUR_ESYS;
        l->v = v;
        l->cap = cap;
    }
    c = &l->v[l->n++];
    *c = *f;
    c->activity = c->source = c->reported = c->file = NULL; /* not written */
    c->kind = dup_or_null(f->kind);
    c->type = dup_or_null(f->type);
    c->date = dup_or_null(f->date);
    c->end = dup_or_null(f->end);
    c->value = dup_or_null(f->value);
    c->currency = dup_or_null(f->currency);
    c->value_date = dup_or_null(f->value_date);
    c->provider = dup_or_null(f->provider);
    c->receiver = dup_or_null(f->receiver);
    c->provider_ref = dup_or_null(f->provider_ref);
    c->receiver_ref = dup_or_null(f->receiver_ref);
    c->description = dup_or_null(f->description);
    return c->kind && c->value ? 0 : AMUR_ESYS;
}

static void flows_free(flows *l)
{
    for (size_t i = 0; i < l->n; i++) {
        store_flow *f = &l->v[i];
        const char *const s[] = {f->kind,     f->type,         f->date,         f->end,
                                 f->value,    f->currency,     f->value_date,   f->provider,
                                 f->receiver, f->provider_ref, f->receiver_ref, f->description};
        for (size_t k = 0; k < sizeof s / sizeof s[0]; k++)
            free((char *)s[k]);
    }
    free(l->v);
}

/* The place rows of a project's locations, looked up by id. */
typedef struct locs {
    store *db;
    rows r;
    amur_err *err;
} locs;

static int take_location(void *ctx, const char *id)
{
    locs *l = ctx;
    char **row = NULL;
    int found = store_get(l->db, l->r.c, id, &row, l->err), rc = 0;
    if (found < 0)
        return l->err->code ? l->err->code : AMUR_ESYS;
    if (found) {
        rc = keep_row(&l->r, row);
        store_row_free(l->r.c, row);
    }
    return rc;
}

static int export_one(cli *c, store *db, iati_writer *w, const char *id, long *left_out)
{
    const concept *cp = &schema_concepts[C_PROJECT];
    char **project = NULL, **source = NULL, **place = NULL, **side = NULL;
    rows stakes = {&schema_concepts[C_STAKE], NULL, 0, 0};
    rows claims = {&schema_concepts[C_CLAIM], NULL, 0, 0};
    iati_wstake *ws = NULL;
    flows fl = {NULL, 0, 0};
    locs lo = {db, {&schema_concepts[C_PLACE], NULL, 0, 0}, &c->err};
    int rc, found;
    store_filter f;

    found = store_get(db, cp, id, &project, &c->err);
    if (found < 0)
        return c->err.code;
    if (!found)
        return err_set(&c->err, AMUR_EDATA, "export-iati: no project '%s'", id);
    rc = get_row(db, C_SOURCE, project[schema_col(cp, "source")], &source, &c->err);
    if (rc == AMUR_OK)
        rc = get_row(db, C_PLACE, project[schema_col(cp, "place")], &place, &c->err);
    if (rc == AMUR_OK)
        rc = get_row(db, C_PLACE, project[schema_col(cp, "side")], &side, &c->err);
    f.col = "project";
    f.value = id;
    if (rc == AMUR_OK)
        rc = store_each(db, stakes.c, &f, 1, keep_row, &stakes, &c->err);
    f.col = "subject";
    if (rc == AMUR_OK)
        rc = store_each(db, claims.c, &f, 1, keep_row, &claims, &c->err);
    if (rc == AMUR_OK && (rc = store_each_flow(db, id, NULL, keep_flow, &fl, &c->err)) &&
        !c->err.code)
        rc = err_set(&c->err, AMUR_ESYS, "out of memory");
    if (rc == AMUR_OK &&
        (rc = iati_location_ids(project[schema_col(cp, "note")], take_location, &lo)) &&
        !c->err.code)
        rc = err_set(&c->err, AMUR_ESYS, "out of memory");
    if (rc == AMUR_OK && stakes.n && !(ws = calloc(stakes.n, sizeof *ws)))
        rc = err_set(&c->err, AMUR_ESYS, "out of memory");
    for (size_t i = 0; rc == AMUR_OK && i < stakes.n; i++) {
        char **actor = NULL;
        ws[i].stake = stakes.v[i];
        rc = get_row(db, C_ACTOR, stakes.v[i][schema_col(stakes.c, "actor")], &actor, &c->err);
        ws[i].actor = actor;
    }
    if (rc == AMUR_OK) {
        iati_wactivity a = {project, source, place, side, ws, stakes.n,
                            (char *const *const *)claims.v, claims.n, fl.v, fl.n,
                            (char *const *const *)lo.r.v, lo.r.n};
        const char *missing = iati_write_missing(&a);
        if (rc == AMUR_OK && c->err.code)
            c->err.code = 0;
        if (missing) {
            /* never made up to please the schema: the project is left out */
            table_printf(stderr, "export-iati: %s left out: %s\n", id, missing);
            (*left_out)++;
        } else {
            rc = iati_write_activity(w, &a, &c->err);
        }
    }
    for (size_t i = 0; ws && i < stakes.n; i++)
        if (ws[i].actor)
            store_row_free(&schema_concepts[C_ACTOR], (char **)ws[i].actor);
    free(ws);
    flows_free(&fl);
    rows_free(&lo.r);
    rows_free(&stakes);
    rows_free(&claims);
    store_row_free(cp, project);
    if (source)
        store_row_free(&schema_concepts[C_SOURCE], source);
    if (place)
        store_row_free(&schema_concepts[C_PLACE], place);
    if (side)
        store_row_free(&schema_concepts[C_PLACE], side);
    return rc;
}

/* Adds the comma-separated ids of S. */
static int add_ids(idlist *l, const char *s)
{
    char id[256];
    while (*s) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        if (n && n < sizeof id) {
            memcpy(id, s, n);
            id[n] = 0;
            if (add_id(l, id))
                return AMUR_ESYS;
        }
        s += n + (comma != NULL);
    }
    return AMUR_OK;
}

int cmd_export_iati(cli *c)
{
    const char *instrument = cli_opt_value(c, "instrument");
    const char *project = cli_opt_value(c, "project");
    const char *output = cli_opt_value(c, "output");
    char today[PDATE_BUF];
    safefile sf = {0};
    idlist ids = {{&one_col, NULL, 0, 0}, strmap_new()};
    store *db = NULL;
    iati_writer *w = NULL;
    FILE *f = stdout;
    long left_out = 0;
    int rc;

    if (!ids.seen)
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    pdate_format(pdate_today(), today);
    rc = cli_store(c, STORE_READ, &db);
    if (rc == AMUR_OK && project)
        rc = add_ids(&ids, project) ? err_set(&c->err, AMUR_ESYS, "out of memory") : AMUR_OK;
    for (int i = 0; rc == AMUR_OK && i < c->npos; i++)
        rc = add_ids(&ids, c->pos[i]) ? err_set(&c->err, AMUR_ESYS, "out of memory") : AMUR_OK;
    if (rc == AMUR_OK && instrument) {
        char **row = NULL;
        int found = store_get(db, &schema_concepts[C_INSTRUMENT], instrument, &row, &c->err);
        if (found < 0)
            rc = c->err.code;
        else if (!found)
            rc = err_set(&c->err, AMUR_EDATA, "export-iati: no instrument '%s'", instrument);
        else {
            store_filter flt = {"instrument", instrument};
            idcol x = {&ids, schema_col(&schema_concepts[C_LISTING], "project")};
            store_row_free(&schema_concepts[C_INSTRUMENT], row);
            rc = store_each(db, &schema_concepts[C_LISTING], &flt, 1, take_id, &x, &c->err);
        }
    }
    if (rc == AMUR_OK && !project && !instrument && c->npos == 0) {
        idcol x = {&ids, 0};
        rc = store_each(db, &schema_concepts[C_PROJECT], NULL, 0, take_id, &x, &c->err);
    }
    if (rc == AMUR_OK && ids.r.n == 0)
        rc = err_set(&c->err, AMUR_EDATA, "export-iati: no projects to export");
    /* every project named must exist before anything is written */
    for (size_t i = 0; rc == AMUR_OK && i < ids.r.n; i++) {
        char kind[64];
        int k = store_find(db, ids.r.v[i][0], kind, sizeof kind);
        if (k == STORE_FIND_FAILED)
            rc = err_set(&c->err, AMUR_ESYS, "export-iati: looking up '%s' failed",
                         ids.r.v[i][0]);
        else if (k != C_PROJECT)
            rc = err_set(&c->err, AMUR_EDATA, "export-iati: no project '%s'", ids.r.v[i][0]);
    }
    if (rc == AMUR_OK && output) {
        /* a new file of its own beside OUTPUT, renamed into place when whole */
        if (safefile_open(&sf, output, &c->err))
            rc = c->err.code;
        else
            f = sf.f;
    }
    if (rc == AMUR_OK)
        rc = iati_writer_open(f, today, &w, &c->err);
    for (size_t i = 0; rc == AMUR_OK && i < ids.r.n; i++)
        rc = export_one(c, db, w, ids.r.v[i][0], &left_out);
    if (rc == AMUR_OK && left_out == (long)ids.r.n)
        /* an iati-activities element must hold at least one activity */
        rc = err_set(&c->err, AMUR_EDATA, "export-iati: nothing to export");
    if (w) {
        if (rc == AMUR_OK)
            rc = iati_writer_close(w, &c->err);
        else
            iati_writer_free(w);
    }
    if (sf.f) {
        if (rc == AMUR_OK)
            rc = safefile_commit(&sf, &c->err);
        else
            safefile_abort(&sf);
    }
    if (rc == AMUR_OK && left_out)
        fprintf(stderr, "export-iati: %ld of %zu project%s left out for lack of what IATI "
                        "requires (see above)\n",
                left_out, ids.r.n, ids.r.n == 1 ? "" : "s");

    rows_free(&ids.r);
    strmap_free(ids.seen);
    store_close(db);
    return rc;
}
