/*
** cmd_migrate.c — amur migrate: copies a whole database (store/copy.h:
** every concept in insertion order, the load log, the tokens, the audit
** log and the IATI flows) from one store to another: an SQLite file to
** PostgreSQL (--to URI) or back (--from URI), in one transaction on the
** receiving side, into a database that holds nothing yet; then says what
** moved and that the counts and checksums agree.
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../present/progress.h"
#include "../present/table.h"
#include "../store/copy.h"
#include "cli.h"

static void on_progress(void *ctx, size_t done, size_t total)
{
    (void)total;
    progress_set(ctx, done);
}

/* What moved, table by table, with the row count and checksum that were
** found equal on both sides. */
static void print_report(cli *c, store *from, store *to, const copy_report *r)
{
    long total = 0;
    for (int k = 0; k < COPY_TABLES; k++)
        total += r->rows[k];
    if (c->json) {
        fputs("[", stdout);
        for (int k = 0; k < COPY_TABLES; k++) {
            json_t *o = json_pack("{s:s,s:I,s:s}", "id", copy_table_name(k), "rows",
                                  (json_int_t)r->rows[k], "sha256", r->sum[k]);
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
        static const char *const heads[] = {"table", "rows", "sha256 (both sides)"};
        table *t = table_new(3, heads);
        for (int k = 0; k < COPY_TABLES && t; k++) {
            char num[24], sum[17];
            const char *cells[3] = {copy_table_name(k), num, sum};
            snprintf(num, sizeof num, "%ld", r->rows[k]);
            snprintf(sum, sizeof sum, "%.16s", r->sum[k]);
            table_add(t, cells);
        }
        table_printf(stdout, "copied %s to %s: %ld rows in %d tables; counts and checksums verified on "
               "both sides\n\n",
               store_path(from), store_path(to), total, COPY_TABLES);
        if (t)
            table_print(t, stdout, table_fit_width(stdout));
        table_free(t);
    }
}

int cmd_migrate(cli *c)
{
    const char *to_name = cli_opt_value(c, "to"), *from_name = cli_opt_value(c, "from");
    store *from = NULL, *to = NULL;
    copy_report report;
    int rc;

    if (!to_name == !from_name)
        return err_set(&c->err, AMUR_EUSAGE,
                       "migrate: give one of --to DB (copy --db into DB) or --from DB "
                       "(copy DB into --db)");
    if (!from_name)
        from_name = c->db;
    if (!to_name)
        to_name = c->db;
    if (strcmp(from_name, to_name) == 0) {
        char *shown = store_shown(from_name); /* never a URI's password */
        err_set(&c->err, AMUR_EUSAGE, "migrate: %s is both source and destination",
                shown ? shown : "the database");
        free(shown);
        return AMUR_EUSAGE;
    }
    if (store_open(from_name, STORE_READ, &from, &c->err))
        return c->err.code;
    rc = store_open(to_name, STORE_WRITE, &to, &c->err);
    if (rc == AMUR_OK) {
        progress *p = progress_new("copying", 0);
        rc = copy_database(from, to, on_progress, p, &report, &c->err);
        progress_done(p);
    }
    if (rc == AMUR_OK)
        print_report(c, from, to, &report);
    store_close(to);
    store_close(from);
    return rc;
}
