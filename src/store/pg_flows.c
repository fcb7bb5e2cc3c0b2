/*
** pg_flows.c — the flows of store.h (schema version 4) in PostgreSQL: the
** three statements store.c builds store_flows_put() and store_each_flow()
** on, kept apart from pg.c, which runs them (store_pg_run_flow) on its
** connection. Every value is a bound parameter.
*/
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

#include "backend.h"

PGresult *store_pg_run_flow(store *base, int i, const char *name, const char *sql, int n,
                            const char *const *vals, amur_err *err, const char *what);

/* The statements of flows, prepared when first used. */
enum { FL_EACH, FL_ALL, FL_DEL, FL_ADD, FL_ROWS, FL_COUNT };
_Static_assert(FL_COUNT == STORE_PG_FLOW_STATEMENTS, "one flag per statement");
#define FLOW_COLS                                                                          \
    "SELECT activity, source, reported, seq, kind, type, date, \"end\", value, currency,"   \
    " value_date, provider, receiver, provider_ref, receiver_ref, description, file, line"  \
    " FROM flows"
static const char *const flow_sql[FL_COUNT] = {
    FLOW_COLS " WHERE activity=$1 ORDER BY source COLLATE \"C\", reported COLLATE \"C\", seq",
    FLOW_COLS " ORDER BY activity COLLATE \"C\", source COLLATE \"C\", reported COLLATE \"C\","
              " seq",
    "DELETE FROM flows WHERE activity=$1 AND source=$2 AND reported=$3",
    "INSERT INTO flows(activity, source, reported, seq, kind, type, date, \"end\", value,"
    " currency, value_date, provider, receiver, provider_ref, receiver_ref, description, file,"
    " line)"
    " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,"
    " $18)",
    "SELECT count(*) FROM flows",
};
static const char *const flow_name[FL_COUNT] = {"flow_each", "flow_all", "flow_del",
                                                "flow_add", "flow_rows"};

static const char *value_or_null(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

int store_pg_flow_each(store *base, const char *activity, store_flow_fn fn, void *ctx,
                        amur_err *err)
{
    const char *vals[1] = {activity};
    int st = activity ? FL_EACH : FL_ALL;
    PGresult *r = store_pg_run_flow(base, st, flow_name[st], flow_sql[st], activity ? 1 : 0,
                                    vals, err, "reading flows");
    int stop = 0;
    if (!r)
        return AMUR_ESYS;
    for (int i = 0; i < PQntuples(r) && !stop; i++) {
        store_flow f;
        f.activity = PQgetvalue(r, i, 0);
        f.source = PQgetvalue(r, i, 1);
        f.reported = PQgetvalue(r, i, 2);
        f.seq = strtol(PQgetvalue(r, i, 3), NULL, 10);
        f.kind = PQgetvalue(r, i, 4);
        f.type = value_or_null(r, i, 5);
        f.date = value_or_null(r, i, 6);
        f.end = value_or_null(r, i, 7);
        f.value = PQgetvalue(r, i, 8);
        f.currency = value_or_null(r, i, 9);
        f.value_date = value_or_null(r, i, 10);
        f.provider = value_or_null(r, i, 11);
        f.receiver = value_or_null(r, i, 12);
        f.provider_ref = value_or_null(r, i, 13);
        f.receiver_ref = value_or_null(r, i, 14);
        f.description = value_or_null(r, i, 15);
        f.file = value_or_null(r, i, 16);
        f.line = PQgetisnull(r, i, 17) ? 0 : strtol(PQgetvalue(r, i, 17), NULL, 10);
        stop = fn(ctx, &f);
    }
    PQclear(r);
    return stop;
}

int store_pg_flow_del(store *base, const char *activity, const char *source,
                       const char *reported, amur_err *err)
{
    const char *vals[3] = {activity, source, reported};
    PGresult *r = store_pg_run_flow(base, FL_DEL, flow_name[FL_DEL], flow_sql[FL_DEL],
                            3, vals, err, "replacing flows");
    if (!r)
        return AMUR_ESYS;
    PQclear(r);
    return AMUR_OK;
}

int store_pg_flow_add(store *base, const store_flow *f, amur_err *err)
{
    char seq[24], line[24];
    const char *vals[18] = {f->activity, f->source,   f->reported,   seq,
                            f->kind,     f->type,     f->date,       f->end,
                            f->value,    f->currency, f->value_date, f->provider,
                            f->receiver, f->provider_ref, f->receiver_ref, f->description,
                            f->file, line};
    PGresult *r;
    snprintf(seq, sizeof seq, "%ld", f->seq);
    snprintf(line, sizeof line, "%ld", f->line);
    r = store_pg_run_flow(base, FL_ADD, flow_name[FL_ADD], flow_sql[FL_ADD], 18, vals,
                  err, "storing a flow");
    if (!r)
        return AMUR_ESYS;
    PQclear(r);
    return AMUR_OK;
}

int store_pg_flow_count(store *base, long *n, amur_err *err)
{
    PGresult *r = store_pg_run_flow(base, FL_ROWS, flow_name[FL_ROWS], flow_sql[FL_ROWS], 0,
                                    NULL, err, "counting flows");
    *n = 0;
    if (!r)
        return AMUR_ESYS;
    if (PQntuples(r) == 1)
        *n = strtol(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return AMUR_OK;
}
