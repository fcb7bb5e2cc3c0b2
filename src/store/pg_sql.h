/*
** pg_sql.h — the SQL of the PostgreSQL store, private to src/store/: the
** migrations that build its schema, and the text of the statements pg.c
** prepares, built from the compile-time schema (core/schema.h).
*/
#ifndef AMUR_STORE_PG_SQL_H
#define AMUR_STORE_PG_SQL_H

#include <stddef.h>

#include "../core/schema.h"

/* The migrations, in order; the database's amur_schema says how many ran. */
extern const char *const store_pg_migrations[];
extern const size_t store_pg_nmigrations;

/* The fixed statements, prepared on first use as "s<number>". */
enum {
    ST_PUT = 0,                    /* + concept: insert or update, RETURNING */
    ST_GET = ST_PUT + C_COUNT,     /* + concept: one row by id */
    ST_COUNT = ST_GET + C_COUNT,   /* + concept: count(*) */
    ST_EMPTY = ST_COUNT + C_COUNT, /* + concept: whether the table has no row */
    ST_EACH = ST_EMPTY + C_COUNT,  /* + concept: a page of rows after a seq */
    ST_FIND = ST_EACH + C_COUNT,
    ST_LOG,
    ST_EACH_LOAD,
    ST_VERSION,
    ST_TOKEN_NEW,
    ST_TOKEN_FIND,
    ST_TOKEN_REVOKE,
    ST_TOKEN_EACH,
    ST_AUDIT_ADD,
    ST_AUDIT_EACH,
    ST_TOKEN_COPY,
    ST_AUDIT_COPY,
    ST_COUNT_ALL
};

/* Rows per page of store_each(), as a number and as SQL text: keep both alike. */
#define PAGE 2000
#define PAGE_TEXT "2000"

/* Appends C's columns, quoted and separated by commas. */
void store_pg_cat_cols(char *buf, size_t n, const concept *c);
/* SELECT seq, columns FROM C's table WHERE the NF filters (column
** indexes COLS) AND seq > $NF+1 ORDER BY seq LIMIT a page. */
void store_pg_page(const concept *c, const int *cols, size_t nf, char *sql, size_t n);
/* The text of fixed statement ST (ST_PUT ... ST_AUDIT_COPY). */
void store_pg_fixed(int st, char *sql, size_t n);

#endif
