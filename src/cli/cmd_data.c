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
#include "../ingest/bundle_load.h"
#include "../present/csvw.h"
#include "../present/progress.h"
#include "../present/table.h"
#include "cli.h"

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

/* Reads and checks the bundle in DIR against DB (may be NULL). Returns
** AMUR_OK with *OUT set, or an error; problems are left in D. */
static int read_checked(cli *c, const char *dir, store *db, bundle **out, diag *d)
{
    bundle_db look = bundle_db_of(db);
    if (bundle_read(dir, out, d, &c->err))
        return c->err.code;
    if (bundle_check(*out, db ? &look : NULL, d))
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    bundle_sort_problems(d, dir);
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

/* Flows have a row of their own in what a load says only where there are
** any: in the bundle or in the database (most datasets have none). */
static void print_load(cli *c, store *db, const char *dir, const store_tally *counts)
{
    long added = 0, changed = 0, stored[BUNDLE_TABLES];
    int tables;
    /* flows show only in a database that has some: most never will */
    cli_count_stored(db, stored, &c->err);
    tables = counts[BUNDLE_FLOWS].rows || stored[BUNDLE_FLOWS] > 0 ? BUNDLE_TABLES : C_COUNT;
    if (c->json) {
        fputs("[", stdout);
        for (int k = 0; k < tables; k++) {
            json_t *o;
            o = json_pack("{s:s,s:I,s:I,s:I,s:I,s:I}", "id", bundle_concept(k)->name, "rows",
                          (json_int_t)counts[k].rows, "added", (json_int_t)counts[k].added,
                          "changed", (json_int_t)counts[k].changed, "unchanged",
                          (json_int_t)counts[k].same, "stored", (json_int_t)stored[k]);
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
        table *t = cli_count_table(counts, tables > C_COUNT ? &counts[BUNDLE_FLOWS] : NULL,
                                   stored, "in bundle", 0);
        for (int k = 0; k < BUNDLE_TABLES; k++) {
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

static void load_progress(void *ctx, size_t done, size_t total)
{
    if (done == 1)
        progress_set_total(ctx, total);
    progress_set(ctx, done);
}

int cmd_load(cli *c)
{
    const char *dir = c->pos[0];
    store *db = NULL;
    diag d = {0};
    store_tally counts[BUNDLE_TABLES] = {{0, 0, 0, 0}};
    progress *p = NULL;
    bundle_load_opts o = {load_progress, NULL};
    int rc;

    if (cli_store(c, STORE_WRITE, &db))
        return c->err.code;
    /* the progress line counts the rows stored, known once the bundle is read */
    o.ctx = p = progress_new("loading", 0);
    rc = bundle_load(db, dir, &o, counts, &d, &c->err);
    progress_done(p);
    if (d.total)
        print_diags(&d, stderr);
    if (rc == AMUR_OK)
        print_load(c, db, dir, counts);
    diag_clear(&d);
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

static int export_flow(void *ctx, const store_flow *f)
{
    const char *cells[STORE_FLOW_COLS];
    char seq[24], line[24];
    store_flow_row(f, cells, seq, line);
    return export_row(ctx, (char *const *)cells);
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
    if (rc == AMUR_OK && k == &schema_flows)
        rc = store_each_flow_all(db, NULL, export_flow, &x, &c->err);
    else if (rc == AMUR_OK)
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
    for (int k = 0; k < BUNDLE_TABLES && rc == AMUR_OK; k++) {
        char path[4096], shown[4096];
        safedir_file(&sd, bundle_concept(k)->file, path, sizeof path);
        snprintf(shown, sizeof shown, "%s/%s", dir, bundle_concept(k)->file);
        rc = export_concept(c, db, bundle_concept(k), path, shown, rule);
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
            for (int k = 0; k < BUNDLE_TABLES; k++)
                fprintf(sf.f, "%s\n", bundle_concept(k)->file);
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
    for (int k = 0; k < BUNDLE_TABLES; k++) {
        long n = 0;
        char num[24];
        if ((rc = store_count(db, bundle_concept(k), &n, &c->err)))
            break;
        if (k == BUNDLE_FLOWS && n == 0)
            break; /* IATI flows, shown where there are any */
        if (c->json) {
            json_t *o = json_pack("{s:s,s:I}", "id", bundle_concept(k)->name, "rows",
                                  (json_int_t)n);
            fputs(k ? ",\n" : "\n", stdout);
            json_dumpf(o, stdout, JSON_COMPACT);
            json_decref(o);
        } else if (t) {
            const char *cells[2] = {bundle_concept(k)->name, num};
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
