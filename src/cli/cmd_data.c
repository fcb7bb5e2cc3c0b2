/*
** cmd_data.c — the commands that move whole bundles: check, load, export,
** and the summary of what a database holds.
*/
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/safefile.h"
#include "../ingest/bundle.h"
#include "../present/csvw.h"
#include "../present/progress.h"
#include "../present/table.h"
#include "cli.h"

/* Problems in the order the bundle's files are read, then by line. */
static void sort_diags(diag *d, const char *dir)
{
    char paths[C_COUNT][1024];
    const char *order[C_COUNT];
    for (int k = 0; k < C_COUNT; k++) {
        snprintf(paths[k], sizeof paths[k], "%s/%s", dir, schema_concepts[k].file);
        order[k] = paths[k];
    }
    diag_sort(d, order, C_COUNT);
}

static void print_diags(diag *d, FILE *out)
{
    for (size_t i = 0; i < d->n; i++) {
        const diag_item *it = &d->items[i];
        if (it->file && it->line && it->column)
            table_printf(out, "%s:%ld: %s: %s\n", it->file, it->line, it->column, it->msg);
        else if (it->file && it->line)
            table_printf(out, "%s:%ld: %s\n", it->file, it->line, it->msg);
        else if (it->file)
            table_printf(out, "%s: %s\n", it->file, it->msg);
        else
            table_printf(out, "%s\n", it->msg);
    }
    if (d->total > d->n)
        fprintf(out, "... and %zu more\n", d->total - d->n);
}

static void print_diags_json(diag *d, FILE *out)
{
    fputs("[", out);
    for (size_t i = 0; i < d->n; i++) {
        const diag_item *it = &d->items[i];
        json_t *o = json_pack("{s:I,s:s?,s:I,s:s?,s:s}", "id", (json_int_t)i + 1, "file",
                              it->file, "line", (json_int_t)it->line, "column", it->column,
                              "message", it->msg);
        fputs(i ? ",\n" : "\n", out);
        if (o)
            json_dumpf(o, out, JSON_COMPACT);
        json_decref(o);
    }
    fputs(d->n ? "\n]\n" : "]\n", out);
}

/* The bundle checker's bundle_db.link on a store: the id the stored row ID
** of concept C names in column COL. (It belongs beside store_find_cb() in
** store/store.c, where it can move as it is once the store's split is in.) */
static int stored_link(void *db, int c, const char *id, const char *col, char *next,
                       size_t nextsz)
{
    const concept *k = &schema_concepts[c];
    int at = schema_col(k, col), found;
    char **fields = NULL;
    amur_err err;
    if (at < 0)
        return 0;
    found = store_get(db, k, id, &fields, &err);
    if (found < 0)
        return -1;
    found = found && fields[at] && fields[at][0];
    if (found)
        snprintf(next, nextsz, "%s", fields[at]);
    if (fields)
        store_row_free(k, fields);
    return found;
}

/* Reads and checks the bundle in DIR against DB (may be NULL). Returns
** AMUR_OK with *OUT set, or an error; problems are left in D. */
static int read_checked(cli *c, const char *dir, store *db, bundle **out, diag *d)
{
    bundle_db look = {db, store_find_cb, store_claim_cb, stored_link};
    if (bundle_read(dir, out, d, &c->err))
        return c->err.code;
    if (bundle_check(*out, db ? &look : NULL, d))
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    sort_diags(d, dir);
    return AMUR_OK;
}

int cmd_check(cli *c)
{
    const char *dir = c->pos[0];
    store *db = NULL;
    bundle *b = NULL;
    diag d = {0};
    struct stat st;
    int rc;

    /* the database, when there is one, resolves references the bundle
    ** leaves open; checking never creates or changes it */
    if (store_is_server(c->db)) {
        /* a server database that amur has never written to holds nothing
        ** to resolve references against: check the bundle alone */
        if (cli_store(c, STORE_READ, &db) && c->err.code != AMUR_EDATA)
            return c->err.code;
    } else if (stat(c->db, &st) == 0 && cli_store(c, STORE_READ, &db)) {
        return c->err.code;
    }
    rc = read_checked(c, dir, db, &b, &d);
    if (rc == AMUR_OK) {
        if (c->json)
            print_diags_json(&d, stdout);
        else
            print_diags(&d, stdout);
        if (d.total)
            rc = err_set(&c->err, AMUR_EDATA, "%s: %zu problem%s", dir, d.total,
                         d.total == 1 ? "" : "s");
        else if (!c->json && !c->quiet)
            table_printf(stdout, "%s: ok, %zu rows\n", dir, bundle_rows(b));
    }
    diag_clear(&d);
    bundle_free(b);
    store_close(db);
    return rc;
}

static int store_bundle(cli *c, store *db, const bundle *b, cli_count *counts)
{
    size_t total = bundle_rows(b), done = 0;
    progress *p = progress_new("loading", total);
    for (int k = 0; k < C_COUNT; k++) {
        const btable *t = &b->t[k];
        for (size_t i = 0; i < t->n; i++) {
            int what;
            if (store_put(db, t->c, t->rows[i].f, &what, &c->err)) {
                err_prefix(&c->err, "%s:%ld", t->path, t->rows[i].line);
                progress_done(p);
                return c->err.code;
            }
            counts[k].rows++;
            counts[k].added += what == STORE_ADDED;
            counts[k].changed += what == STORE_CHANGED;
            counts[k].same += what == STORE_SAME;
            progress_set(p, ++done);
        }
    }
    progress_done(p);
    return AMUR_OK;
}

static void print_load(cli *c, store *db, const char *dir, const cli_count *counts)
{
    long added = 0, changed = 0;
    if (c->json) {
        fputs("[", stdout);
        for (int k = 0; k < C_COUNT; k++) {
            long total = 0;
            json_t *o;
            store_count(db, &schema_concepts[k], &total, &c->err);
            o = json_pack("{s:s,s:I,s:I,s:I,s:I,s:I}", "id", schema_concepts[k].name, "rows",
                          (json_int_t)counts[k].rows, "added", (json_int_t)counts[k].added,
                          "changed", (json_int_t)counts[k].changed, "unchanged",
                          (json_int_t)counts[k].same, "stored", (json_int_t)total);
            fputs(k ? ",\n" : "\n", stdout);
            json_dumpf(o, stdout, JSON_COMPACT);
            json_decref(o);
        }
        fputs("\n]\n", stdout);
        return;
    }
    if (c->quiet)
        return;
    {
        table *t = cli_count_table(db, counts, "in bundle", 0, &c->err);
        for (int k = 0; k < C_COUNT; k++) {
            added += counts[k].added;
            changed += counts[k].changed;
        }
        table_printf(stdout, "loaded %s into %s: %ld added, %ld changed\n\n", dir, store_path(db), added,
               changed);
        if (t)
            table_print(t, stdout, table_fit_width(stdout));
        table_free(t);
    }
}

int cmd_load(cli *c)
{
    const char *dir = c->pos[0];
    store *db = NULL;
    bundle *b = NULL;
    diag d = {0};
    cli_count counts[C_COUNT] = {{0, 0, 0, 0}};
    int rc;

    if (cli_store(c, STORE_WRITE, &db))
        return c->err.code;
    /* The check runs inside the load's transaction: it sees exactly the
    ** database the rows will be written to (no other writer can slip in
    ** between), and its many lookups share one lock instead of taking
    ** one each. */
    rc = store_begin(db, &c->err);
    if (rc == AMUR_OK)
        rc = read_checked(c, dir, db, &b, &d);
    if (rc == AMUR_OK && d.total) {
        print_diags(&d, stderr);
        rc = err_set(&c->err, AMUR_EDATA, "%s: %zu problem%s; nothing was loaded", dir,
                     d.total, d.total == 1 ? "" : "s");
    }
    if (rc == AMUR_OK) {
        long added = 0, changed = 0;
        rc = store_bundle(c, db, b, counts);
        for (int k = 0; k < C_COUNT; k++) {
            added += counts[k].added;
            changed += counts[k].changed;
        }
        if (rc == AMUR_OK && (added || changed))
            rc = store_log_load(db, dir, added, changed, &c->err);
        if (rc == AMUR_OK)
            rc = store_commit(db, &c->err);
    }
    if (rc)
        store_rollback(db);
    else
        print_load(c, db, dir, counts);
    diag_clear(&d);
    bundle_free(b);
    store_close(db);
    return rc;
}

/* ---- export ---- */

typedef struct export_ctx {
    FILE *f;
    size_t ncols;
    int rule; /* CSVW_EXACT, or CSVW_SPREADSHEET with --for-spreadsheet */
} export_ctx;

static int export_row(void *ctx, char *const *fields)
{
    export_ctx *x = ctx;
    return csvw_row_as(x->f, fields, x->ncols, x->rule) ? AMUR_ESYS : 0;
}

/* Writes one concept to PATH (in the export's new folder), safely: a new
** file, created exclusively, renamed into place once whole. */
static int export_concept(cli *c, store *db, const concept *k, const char *path,
                          const char *shown, int rule)
{
    char *heads[64];
    safefile sf;
    export_ctx x;
    int rc;

    if (safefile_open(&sf, path, &c->err))
        return c->err.code;
    x.f = sf.f;
    x.ncols = k->ncols;
    x.rule = rule;
    for (size_t i = 0; i < k->ncols; i++)
        heads[i] = (char *)k->cols[i].name;
    rc = csvw_row(x.f, heads, k->ncols) ? AMUR_ESYS : AMUR_OK;
    if (rc == AMUR_OK)
        rc = store_each(db, k, NULL, 0, export_row, &x, &c->err);
    if (rc) {
        int e = errno;
        safefile_abort(&sf);
        if (!c->err.msg[0])
            err_set(&c->err, AMUR_ESYS, "%s: write error: %s", shown, strerror(e));
        return c->err.code ? c->err.code : AMUR_ESYS;
    }
    if (safefile_commit(&sf, &c->err))
        return err_set(&c->err, AMUR_ESYS, "%s: write error", shown);
    return AMUR_OK;
}

/* The export is complete or absent: every file is written into a new
** folder beside DIR, which becomes DIR only when all of them are whole
** (docs/security.md). */
int cmd_export(cli *c)
{
    const char *dir = c->pos[0];
    int rule = cli_opt_value(c, "for-spreadsheet") ? CSVW_SPREADSHEET : CSVW_EXACT;
    store *db;
    safedir sd;
    int rc = AMUR_OK;

    if (cli_store(c, STORE_READ, &db))
        return c->err.code;
    if (safedir_open(&sd, dir, &c->err)) {
        store_close(db);
        return c->err.code;
    }
    c->err.msg[0] = 0;
    for (int k = 0; k < C_COUNT && rc == AMUR_OK; k++) {
        char path[4096], shown[4096];
        safedir_file(&sd, schema_concepts[k].file, path, sizeof path);
        snprintf(shown, sizeof shown, "%s/%s", dir, schema_concepts[k].file);
        rc = export_concept(c, db, &schema_concepts[k], path, shown, rule);
    }
    if (rc == AMUR_OK) {
        /* last, so that a bundle that has it has everything before it */
        char path[4096];
        safefile sf;
        safedir_file(&sd, BUNDLE_MANIFEST, path, sizeof path);
        rc = safefile_open(&sf, path, &c->err);
        if (rc == AMUR_OK) {
            fputs("# amur bundle: the files that make it whole; amur check and load refuse it "
                  "when one is missing\n",
                  sf.f);
            for (int k = 0; k < C_COUNT; k++)
                fprintf(sf.f, "%s\n", schema_concepts[k].file);
            if (safefile_commit(&sf, &c->err))
                rc = err_set(&c->err, AMUR_ESYS, "%s/%s: write error", dir, BUNDLE_MANIFEST);
        }
    }
    if (rc == AMUR_OK)
        rc = safedir_commit(&sd, &c->err);
    else
        safedir_abort(&sd);
    if (rc && c->err.code)
        err_prefix(&c->err, "nothing was exported");
    if (rc == AMUR_OK && !c->quiet && !c->json)
        table_printf(stdout, "exported %s to %s%s\n", store_path(db), dir,
               rule == CSVW_SPREADSHEET ? " for a spreadsheet (formula-like cells prefixed "
                                          "with ', not for loading back)"
                                        : "");
    store_close(db);
    return rc;
}

/* ---- summary ---- */

int cmd_summary(cli *c)
{
    store *db;
    table *t = NULL;
    static const char *const heads[] = {"table", "rows"};
    int rc = AMUR_OK;

    if (cli_store(c, STORE_READ, &db))
        return c->err.code;
    if (c->json)
        fputs("[", stdout);
    else
        t = table_new(2, heads);
    for (int k = 0; k < C_COUNT; k++) {
        long n = 0;
        char num[24];
        if ((rc = store_count(db, &schema_concepts[k], &n, &c->err)))
            break;
        if (c->json) {
            json_t *o = json_pack("{s:s,s:I}", "id", schema_concepts[k].name, "rows",
                                  (json_int_t)n);
            fputs(k ? ",\n" : "\n", stdout);
            json_dumpf(o, stdout, JSON_COMPACT);
            json_decref(o);
        } else if (t) {
            const char *cells[2] = {schema_concepts[k].name, num};
            snprintf(num, sizeof num, "%ld", n);
            table_add(t, cells);
        }
    }
    if (c->json) {
        fputs("\n]\n", stdout);
    } else if (t) {
        table_printf(stdout, "%s\n\n", store_path(db));
        table_print(t, stdout, table_fit_width(stdout));
    }
    table_free(t);
    store_close(db);
    return rc;
}
