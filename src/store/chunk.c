/*
** chunk.c — the text of the statements that read the projects a chunk at a
** time (store_each_project_chunk(), store_each_of_chunk()) and the rows
** about what is no project (store_each_of_others()), the same for both
** backends but for the name of the position column.
*/
#include <stdio.h>
#include <string.h>

#include "backend.h"

/* The ids of the places, actors and instruments: what may be a subject
** besides a project (schema.h, REF_SUBJECT). */
static void other_ids(char *sql, size_t n)
{
    static const int kinds[] = {C_PLACE, C_ACTOR, C_INSTRUMENT};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        store_sql_cat(sql, n, k ? " UNION ALL SELECT id FROM " : "SELECT id FROM ");
        store_sql_cat(sql, n, schema_concepts[kinds[k]].name);
    }
}

/* The rows of C whose COL is one of other_ids(), one index lookup per id:
** on PostgreSQL through a lateral join, as below. */
static void others_sql(const concept *c, const char *col, const char *pos, char *sql, size_t n)
{
    int pg = strcmp(pos, "seq") == 0;
    sql[0] = 0;
    store_sql_cat(sql, n, "SELECT ");
    for (size_t i = 0; i < c->ncols; i++)
        store_sql_col(sql, n, i ? (pg ? ",x." : ",") : (pg ? "x." : ""), c->cols[i].name);
    if (pg) {
        store_sql_cat(sql, n, " FROM (");
        other_ids(sql, n);
        store_sql_cat(sql, n, ") p, LATERAL (SELECT * FROM ");
        store_sql_cat(sql, n, c->name);
        store_sql_col(sql, n, " WHERE ", col); /* only names from the schema reach here */
        store_sql_cat(sql, n, "=p.id OFFSET 0) x");
        return;
    }
    store_sql_cat(sql, n, " FROM ");
    store_sql_cat(sql, n, c->name);
    store_sql_col(sql, n, " WHERE ", col);
    store_sql_cat(sql, n, " IN (");
    other_ids(sql, n);
    store_sql_cat(sql, n, ")");
}

int store_chunk_sql(const concept *c, const char *col, const char *pos, long after, char *sql,
                    size_t n)
{
    if (after == STORE_CHUNK_OTHERS) {
        others_sql(c, col, pos, sql, n);
        return 0;
    }
    sql[0] = 0;
    store_sql_cat(sql, n, "SELECT ");
    for (size_t i = 0; i < c->ncols; i++)
        store_sql_col(sql, n, i ? "," : "", c->cols[i].name);
    if (!col) {
        /* the projects, their position after the columns */
        store_sql_cat(sql, n, ",");
        store_sql_cat(sql, n, pos);
        store_sql_cat(sql, n, " FROM projects WHERE ");
        store_sql_cat(sql, n, pos);
        store_sql_cat(sql, n, ">$1 ORDER BY ");
        store_sql_cat(sql, n, pos);
        store_sql_cat(sql, n, " LIMIT $2");
        return 2;
    }
    if (strcmp(pos, "seq") == 0) {
        /* PostgreSQL: a lateral join, one index lookup per project (OFFSET
        ** 0 keeps the planner from flattening it), since for IN (...) its
        ** planner may scan the whole table for every chunk */
        sql[0] = 0;
        store_sql_cat(sql, n, "SELECT ");
        for (size_t i = 0; i < c->ncols; i++)
            store_sql_col(sql, n, i ? ",x." : "x.", c->cols[i].name);
        store_sql_cat(sql, n, " FROM (SELECT id FROM projects WHERE seq>$1 AND seq<=$2) p,"
                    " LATERAL (SELECT * FROM ");
        store_sql_cat(sql, n, c->name);
        /* only names from the schema reach here (store.c) */
        store_sql_col(sql, n, " WHERE ", col);
        store_sql_cat(sql, n, "=p.id OFFSET 0) x");
        if (c->id != C_CLAIM)
            store_sql_cat(sql, n, " ORDER BY x.seq");
        return 2;
    }
    store_sql_cat(sql, n, " FROM ");
    store_sql_cat(sql, n, c->name);
    /* only names from the schema reach here (store.c) */
    store_sql_col(sql, n, " WHERE ", col);
    store_sql_cat(sql, n, " IN (SELECT id FROM projects WHERE ");
    store_sql_cat(sql, n, pos);
    store_sql_cat(sql, n, ">$1 AND ");
    store_sql_cat(sql, n, pos);
    store_sql_cat(sql, n, "<=$2)");
    /* claims are sorted once loaded: no sort here */
    if (c->id != C_CLAIM) {
        store_sql_cat(sql, n, " ORDER BY ");
        store_sql_cat(sql, n, pos);
    }
    return 2;
}
