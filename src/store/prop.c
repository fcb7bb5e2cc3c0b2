/*
** prop.c — the proposals of store.h (schema version 5) over either
** backend: the statements are written once here, in SQL both SQLite and
** PostgreSQL read (every value a bound text parameter, cast where a number
** is meant), and each backend only runs them (store_ops.prop_run).
*/
#include "backend.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

const char *const store_proposal_cols[STORE_PROP_COLS] = {
    "id",        "status",   "created",    "decided",    "added_by",  "reviewer", "reason",
    "claim_id",  "subject",  "property",   "value",      "unit",      "scope",    "stated",
    "date",      "refers_to", "source",    "quote",      "quote_lang", "confidence", "reasons",
    "sentence",  "context",  "matched",    "new_source", "candidate"};

/* Room for any statement below: the column names and a placeholder each. */
#define PROP_SQL_MAX 2048

/* The columns FROM..STORE_PROP_COLS-1, comma-separated; with PARAMS, the
** placeholders $K.. instead, from K. */
static void cat_cols(char *buf, size_t n, int from, int params, int k)
{
    for (int i = from; i < STORE_PROP_COLS; i++) {
        char ph[16];
        if (i > from)
            store_sql_cat(buf, n, ", ");
        snprintf(ph, sizeof ph, "$%d", k + i - from);
        store_sql_cat(buf, n, params ? ph : store_proposal_cols[i]);
    }
}

static void prop_sql(int st, char *sql, size_t n)
{
    sql[0] = 0;
    switch (st) {
    case STORE_PROP_ST_ADD: /* status, created, then the data */
        store_sql_cat(sql, n, "INSERT INTO proposals(status, created, ");
        cat_cols(sql, n, STORE_PROP_FIRST_DATA, 0, 0);
        store_sql_cat(sql, n, ") VALUES('pending', $1, ");
        cat_cols(sql, n, STORE_PROP_FIRST_DATA, 1, 2);
        store_sql_cat(sql, n, ") RETURNING CAST(id AS text)");
        break;
    case STORE_PROP_ST_EACH:
        store_sql_cat(sql, n, "SELECT CAST(id AS text), ");
        cat_cols(sql, n, SP_STATUS, 0, 0);
        store_sql_cat(sql, n, " FROM proposals WHERE (CAST($1 AS bigint) = 0 OR id = CAST($1 AS bigint))"
                    " AND (CAST($2 AS text) IS NULL OR status = CAST($2 AS text)) ORDER BY id");
        break;
    case STORE_PROP_ST_DECIDE:
        store_sql_cat(sql, n, "UPDATE proposals SET status = $2, decided = $3, reviewer = $4, reason = $5,"
                    " claim_id = $6 WHERE id = CAST($1 AS bigint) AND status = 'pending'");
        break;
    case STORE_PROP_ST_COPY:
        store_sql_cat(sql, n, "INSERT INTO proposals(");
        cat_cols(sql, n, 0, 0, 0);
        store_sql_cat(sql, n, ") VALUES(CAST($1 AS bigint), ");
        cat_cols(sql, n, 1, 1, 2);
        store_sql_cat(sql, n, ")");
        break;
    }
}

static int run(store *s, int st, int n, const char *const *vals, store_proposal_fn row, void *ctx,
               long *changed, amur_err *err)
{
    char sql[PROP_SQL_MAX];
    prop_sql(st, sql, sizeof sql);
    return s->ops->prop_run(s, st, sql, n, vals, row, ctx, changed, err);
}

/* Now, in UTC, as the audit log writes its times. */
static void now_utc(char out[24])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 24, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int take_id(void *ctx, const store_proposal *p)
{
    long *id = ctx;
    sscanf(p->f[0] ? p->f[0] : "0", "%ld", id);
    return 0;
}

int store_proposal_add(store *s, const store_proposal *p, long *id, amur_err *err)
{
    const char *vals[STORE_PROP_COLS];
    char now[24];
    int n = 1;
    now_utc(now);
    vals[0] = now;
    for (int i = STORE_PROP_FIRST_DATA; i < STORE_PROP_COLS; i++)
        vals[n++] = p->f[i];
    *id = 0;
    return run(s, STORE_PROP_ST_ADD, n, vals, take_id, id, NULL, err);
}

int store_each_proposal(store *s, long id, const char *status, store_proposal_fn fn, void *ctx,
                    amur_err *err)
{
    char num[24];
    const char *vals[2] = {num, status};
    snprintf(num, sizeof num, "%ld", id > 0 ? id : 0);
    return run(s, STORE_PROP_ST_EACH, 2, vals, fn, ctx, NULL, err);
}

int store_proposal_decide(store *s, long id, const char *status, const char *reviewer,
                      const char *reason, const char *claim_id, amur_err *err)
{
    char num[24], now[24];
    const char *vals[6] = {num, status, now, reviewer, reason, claim_id};
    long changed = 0;
    int rc;
    snprintf(num, sizeof num, "%ld", id);
    now_utc(now);
    if ((rc = run(s, STORE_PROP_ST_DECIDE, 6, vals, NULL, NULL, &changed, err)))
        return -rc;
    return changed > 0;
}

int store_copy_proposal(store *s, const store_proposal *p, amur_err *err)
{
    return run(s, STORE_PROP_ST_COPY, STORE_PROP_COLS, p->f, NULL, NULL, NULL, err);
}
