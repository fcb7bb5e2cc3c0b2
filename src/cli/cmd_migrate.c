/*
** cmd_migrate.c — amur migrate: copies a whole database, every concept in
** insertion order and the load log, from one store to another: an SQLite
** file to PostgreSQL (--to URI) or back (--from URI), in one transaction
** on the receiving side, into a database that holds nothing yet.
*/
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "../present/progress.h"
#include "../present/table.h"
#include "cli.h"

typedef struct copy_ctx {
    store *to;
    const concept *c;
    long rows;
    size_t done;
    progress *p;
    amur_err *err;
} copy_ctx;

static int copy_row(void *ctx, char *const *fields)
{
    copy_ctx *x = ctx;
    int what;
    if (store_put(x->to, x->c, fields, &what, x->err))
        return x->err->code;
    x->rows++;
    progress_set(x->p, ++x->done);
    return 0;
}

static int copy_load(void *ctx, const store_load *l)
{
    copy_ctx *x = ctx;
    if (store_copy_load(x->to, l, x->err))
        return x->err->code;
    x->rows++;
    return 0;
}

/* Refuses a receiving database that holds rows: a copy is whole, not a merge
** (amur export and amur load merge). */
static int check_empty(cli *c, store *to)
{
    for (int k = 0; k < C_COUNT; k++) {
        long n = 0;
        if (store_count(to, &schema_concepts[k], &n, &c->err))
            return c->err.code;
        if (n)
            return err_set(&c->err, AMUR_EDATA,
                           "%s already holds %ld %s: migrate copies into an empty database "
                           "(amur export, then amur load, merges into one that is not)",
                           store_path(to), n, schema_concepts[k].name);
    }
    return AMUR_OK;
}

static void print_counts(cli *c, store *from, store *to, const long *rows, long loads)
{
    long total = 0;
    for (int k = 0; k < C_COUNT; k++)
        total += rows[k];
    if (c->json) {
        fputs("[", stdout);
        for (int k = 0; k <= C_COUNT; k++) {
            json_t *o = json_pack("{s:s,s:I}", "id",
                                  k < C_COUNT ? schema_concepts[k].name : "loads", "rows",
                                  (json_int_t)(k < C_COUNT ? rows[k] : loads));
            fputs(k ? ",\n" : "\n", stdout);
            if (o)
                json_dumpf(o, stdout, JSON_COMPACT);
            json_decref(o);
        }
        fputs("\n]\n", stdout);
        return;
    }
    if (c->quiet)
        return;
    {
        static const char *const heads[] = {"table", "rows"};
        table *t = table_new(2, heads);
        for (int k = 0; k <= C_COUNT && t; k++) {
            char num[24];
            const char *cells[2] = {k < C_COUNT ? schema_concepts[k].name : "loads", num};
            snprintf(num, sizeof num, "%ld", k < C_COUNT ? rows[k] : loads);
            table_add(t, cells);
        }
        printf("copied %s to %s: %ld rows\n\n", store_path(from), store_path(to), total);
        if (t)
            table_print(t, stdout, table_fit_width(stdout));
        table_free(t);
    }
}

int cmd_migrate(cli *c)
{
    const char *to_name = cli_opt_value(c, "to"), *from_name = cli_opt_value(c, "from");
    store *from = NULL, *to = NULL;
    long rows[C_COUNT] = {0}, loads = 0;
    size_t total = 0;
    int rc;

    if (!to_name == !from_name)
        return err_set(&c->err, AMUR_EUSAGE,
                       "migrate: give one of --to DB (copy --db into DB) or --from DB "
                       "(copy DB into --db)");
    if (!from_name)
        from_name = c->db;
    if (!to_name)
        to_name = c->db;
    if (strcmp(from_name, to_name) == 0)
        return err_set(&c->err, AMUR_EUSAGE, "migrate: %s is both source and destination",
                       from_name);
    if (store_open(from_name, STORE_READ, &from, &c->err))
        return c->err.code;
    rc = store_open(to_name, STORE_WRITE, &to, &c->err);
    if (rc == AMUR_OK)
        rc = check_empty(c, to);
    for (int k = 0; k < C_COUNT && rc == AMUR_OK; k++) {
        long n = 0;
        rc = store_count(from, &schema_concepts[k], &n, &c->err);
        total += (size_t)n;
    }
    if (rc == AMUR_OK)
        rc = store_begin(to, &c->err);
    if (rc == AMUR_OK) {
        copy_ctx x = {to, NULL, 0, 0, progress_new("copying", total), &c->err};
        for (int k = 0; k < C_COUNT && rc == AMUR_OK; k++) {
            x.c = &schema_concepts[k];
            x.rows = 0;
            rc = store_each(from, x.c, NULL, 0, copy_row, &x, &c->err);
            if (rc == AMUR_OK)
                rows[k] = x.rows;
            else
                err_prefix(&c->err, "copying %s", x.c->name);
        }
        if (rc == AMUR_OK) {
            x.rows = 0;
            rc = store_each_load(from, copy_load, &x, &c->err);
            loads = x.rows;
        }
        progress_done(x.p);
        if (rc == AMUR_OK)
            rc = store_commit(to, &c->err);
        if (rc)
            store_rollback(to);
    }
    if (rc == AMUR_OK)
        print_counts(c, from, to, rows, loads);
    store_close(to);
    store_close(from);
    return rc;
}
