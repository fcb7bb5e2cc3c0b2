/*
** pg_sql.c — the SQL text of the PostgreSQL store (pg.c): its migrations,
** and the statements built from the compile-time schema. Nothing here
** holds input: every value reaches the server as a bound parameter.
*/
#include "backend.h"
#include "pg_sql.h"

#include <stdio.h>
#include <string.h>

/* Foreign keys: checked per statement unless a load defers them. */
#define FK(t) " REFERENCES " t "(id) DEFERRABLE INITIALLY IMMEDIATE"

/* Migration 1: the tables of sqlite.c's migration 1, column for column,
** plus seq. Identifiers are quoted where they are keywords. */
const char *const store_pg_migrations[] = {
    "CREATE TABLE sources(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " title text NOT NULL, authors text, publisher text, url text, date text,"
    " language text, tier text NOT NULL, ref text, note text);"
    "CREATE TABLE places(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " kind text NOT NULL, name_en text NOT NULL, name_ru text, name_zh text,"
    " country text" FK("places") ", parent text" FK("places") ", lat text, lon text,"
    " source text" FK("sources") ", note text);"
    "CREATE TABLE actors(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " kind text NOT NULL, name_en text NOT NULL, name_ru text, name_zh text,"
    " country text" FK("places") ", place text" FK("places") ","
    " parent text" FK("actors") ", source text" FK("sources") ", note text);"
    "CREATE TABLE instruments(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " kind text NOT NULL, level text NOT NULL, name_en text NOT NULL, name_ru text,"
    " name_zh text, date text, valid_from text, valid_to text, parties text,"
    " parent text" FK("instruments") ", source text" FK("sources") ", locator text,"
    " note text);"
    "CREATE TABLE projects(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " kind text NOT NULL, name_en text NOT NULL, name_ru text, name_zh text,"
    " place text" FK("places") ", side text" FK("places") ","
    " parent text" FK("projects") ", source text" FK("sources") ", locator text,"
    " note text);"
    "CREATE TABLE listings(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " instrument text NOT NULL" FK("instruments") ","
    " project text NOT NULL" FK("projects") ", side text" FK("places") ","
    " item text, planned_start text, planned_end text,"
    " carried_from text" FK("listings") ", source text" FK("sources") ","
    " locator text, note text);"
    "CREATE TABLE stakes(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " project text NOT NULL" FK("projects") ", actor text NOT NULL" FK("actors") ","
    " role text NOT NULL, influence text, \"from\" text, \"to\" text,"
    " source text" FK("sources") ", locator text, quote text, note text);"
    "CREATE TABLE claims(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " subject text NOT NULL, property text NOT NULL, value text NOT NULL, unit text,"
    " scope text, date text NOT NULL, refers_to text,"
    " source text NOT NULL" FK("sources") ", locator text, quote text, note text);"
    "CREATE TABLE indicators(seq bigserial NOT NULL UNIQUE, id text PRIMARY KEY,"
    " region text NOT NULL" FK("places") ", series text NOT NULL,"
    " partner text" FK("places") ", period text NOT NULL, value text NOT NULL,"
    " value_max text, unit text NOT NULL, source text NOT NULL" FK("sources") ","
    " locator text, quote text, note text);"
    "CREATE INDEX claims_subject ON claims(subject, property);"
    "CREATE INDEX listings_instrument ON listings(instrument);"
    "CREATE INDEX listings_project ON listings(project);"
    "CREATE INDEX stakes_project ON stakes(project);"
    "CREATE INDEX indicators_region ON indicators(region, series);"
    "CREATE FUNCTION amur_append_only() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION '% are append-only', TG_TABLE_NAME; END$$;"
    "CREATE TRIGGER claims_no_change BEFORE UPDATE OR DELETE ON claims"
    " FOR EACH ROW EXECUTE FUNCTION amur_append_only();"
    "CREATE TRIGGER claims_no_truncate BEFORE TRUNCATE ON claims"
    " FOR EACH STATEMENT EXECUTE FUNCTION amur_append_only();"
    "CREATE TABLE loads(n bigserial PRIMARY KEY, at text NOT NULL, what text NOT NULL,"
    " added bigint NOT NULL, changed bigint NOT NULL);",
    /* Migration 2: write tokens (only a hash of each) and the audit log of
    ** what was written with them, append-only like claims. */
    "CREATE TABLE tokens(id bigserial PRIMARY KEY, role text NOT NULL,"
    " hash text NOT NULL UNIQUE, note text, created text NOT NULL, revoked text);"
    "CREATE TABLE audit(n bigserial PRIMARY KEY, at text NOT NULL,"
    " token_id bigint NOT NULL REFERENCES tokens(id) DEFERRABLE INITIALLY IMMEDIATE,"
    " role text NOT NULL, what text NOT NULL, claim_id text);"
    "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit"
    " FOR EACH ROW EXECUTE FUNCTION amur_append_only();"
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit"
    " FOR EACH STATEMENT EXECUTE FUNCTION amur_append_only();",
    /* Migration 3: provenance. When a source was read, and a claim's quote
    ** language and the secondary source its words came through. */
    "ALTER TABLE sources ADD COLUMN accessed text;"
    "ALTER TABLE claims ADD COLUMN quote_lang text;"
    "ALTER TABLE claims ADD COLUMN via text" FK("sources") ";",
    /* Migration 4: financial flows (store.h), kept apart from claims. */
    "CREATE TABLE flows(activity text NOT NULL, source text NOT NULL,"
    " reported text NOT NULL, seq bigint NOT NULL, kind text NOT NULL, type text,"
    " date text, \"end\" text, value text NOT NULL, currency text, value_date text,"
    " provider text, receiver text, provider_ref text, receiver_ref text, description text,"
    " file text, line bigint,"
    " PRIMARY KEY(activity, source, reported, seq));",
    /* Migration 5: proposals (store.h, prop.c), candidate claims awaiting review. */
    STORE_PROP_TABLE("bigserial PRIMARY KEY")
    /* a project's parts, read for one project's answer (evidence_load_about) */
    "CREATE INDEX projects_parent ON projects(parent);",
};

const size_t store_pg_nmigrations = sizeof store_pg_migrations / sizeof store_pg_migrations[0];

/* ---- SQL text from the schema ---- */

static void cat_num(char *buf, size_t n, const char *prefix, long v)
{
    char num[24];
    snprintf(num, sizeof num, "%ld", v);
    store_sql_cat(buf, n, prefix);
    store_sql_cat(buf, n, num);
}

void store_pg_cat_cols(char *buf, size_t n, const concept *c)
{
    for (size_t i = 0; i < c->ncols; i++)
        store_sql_col(buf, n, i ? "," : "", c->cols[i].name);
}

/* INSERT ... ON CONFLICT(id) DO UPDATE ... WHERE something differs,
** RETURNING whether the row is new: no row back means it was the same. */
static void build_put(const concept *c, char *sql, size_t n)
{
    sql[0] = 0;
    store_sql_cat(sql, n, "INSERT INTO ");
    store_sql_cat(sql, n, c->name);
    store_sql_cat(sql, n, " AS o(");
    store_pg_cat_cols(sql, n, c);
    store_sql_cat(sql, n, ") VALUES(");
    for (size_t i = 0; i < c->ncols; i++)
        cat_num(sql, n, i ? ",$" : "$", (long)i + 1);
    if (c->append_only) {
        store_sql_cat(sql, n, ") ON CONFLICT(id) DO NOTHING RETURNING true");
        return;
    }
    store_sql_cat(sql, n, ") ON CONFLICT(id) DO UPDATE SET ");
    for (size_t i = 1; i < c->ncols; i++) {
        store_sql_col(sql, n, i > 1 ? "," : "", c->cols[i].name);
        store_sql_col(sql, n, "=excluded.", c->cols[i].name);
    }
    store_sql_cat(sql, n, " WHERE ");
    for (size_t i = 1; i < c->ncols; i++) {
        store_sql_col(sql, n, i > 1 ? " OR o." : "o.", c->cols[i].name);
        store_sql_col(sql, n, " IS DISTINCT FROM excluded.", c->cols[i].name);
    }
    /* xmax is 0 on a row this statement inserted, the updater's on an update */
    store_sql_cat(sql, n, " RETURNING o.xmax = 0");
}

/* SELECT seq, columns FROM the concept's table WHERE the NF filters
** (column indexes COLS) AND seq > $NF+1 ORDER BY seq LIMIT PAGE. */
void store_pg_page(const concept *c, const int *cols, size_t nf, char *sql, size_t n)
{
    sql[0] = 0;
    store_sql_cat(sql, n, "SELECT seq,");
    store_pg_cat_cols(sql, n, c);
    store_sql_cat(sql, n, " FROM ");
    store_sql_cat(sql, n, c->name);
    for (size_t i = 0; i < nf; i++) {
        store_sql_col(sql, n, i ? " AND " : " WHERE ", c->cols[cols[i]].name);
        cat_num(sql, n, "=$", (long)i + 1);
    }
    store_sql_cat(sql, n, nf ? " AND seq>$" : " WHERE seq>$");
    cat_num(sql, n, "", (long)nf + 1);
    store_sql_cat(sql, n, " ORDER BY seq LIMIT " PAGE_TEXT);
}

/* The numbers are concept_id values (C_SOURCE is 0, C_PLACE 1, ...). */
static const char find_sql[] =
    "SELECT 1, kind FROM places WHERE id=$1 UNION ALL "
    "SELECT 2, kind FROM actors WHERE id=$1 UNION ALL "
    "SELECT 3, kind FROM instruments WHERE id=$1 UNION ALL "
    "SELECT 4, kind FROM projects WHERE id=$1 UNION ALL "
    "SELECT 0, NULL FROM sources WHERE id=$1 UNION ALL "
    "SELECT 5, NULL FROM listings WHERE id=$1 UNION ALL "
    "SELECT 6, NULL FROM stakes WHERE id=$1 UNION ALL "
    "SELECT 7, NULL FROM claims WHERE id=$1 UNION ALL "
    "SELECT 8, NULL FROM indicators WHERE id=$1 LIMIT 1";

/* The text of fixed statement ST. */
void store_pg_fixed(int st, char *sql, size_t n)
{
    sql[0] = 0;
    if (st >= ST_PUT && st < ST_PUT + C_COUNT) {
        build_put(&schema_concepts[st - ST_PUT], sql, n);
    } else if (st >= ST_GET && st < ST_GET + C_COUNT) {
        const concept *c = &schema_concepts[st - ST_GET];
        store_sql_cat(sql, n, "SELECT ");
        store_pg_cat_cols(sql, n, c);
        store_sql_cat(sql, n, " FROM ");
        store_sql_cat(sql, n, c->name);
        store_sql_cat(sql, n, " WHERE id=$1");
    } else if (st >= ST_COUNT && st < ST_COUNT + C_COUNT) {
        store_sql_cat(sql, n, "SELECT count(*) FROM ");
        store_sql_cat(sql, n, schema_concepts[st - ST_COUNT].name);
    } else if (st >= ST_EMPTY && st < ST_EMPTY + C_COUNT) {
        store_sql_cat(sql, n, "SELECT NOT EXISTS(SELECT 1 FROM ");
        store_sql_cat(sql, n, schema_concepts[st - ST_EMPTY].name);
        store_sql_cat(sql, n, ")");
    } else if (st >= ST_EACH && st < ST_EACH + C_COUNT) {
        store_pg_page(&schema_concepts[st - ST_EACH], NULL, 0, sql, n);
    } else if (st == ST_FIND) {
        store_sql_cat(sql, n, find_sql);
    } else if (st == ST_LOG) {
        store_sql_cat(sql, n,
            "INSERT INTO loads(at, what, added, changed) VALUES(coalesce($1,"
            " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')),"
            " $2, $3, $4)");
    } else if (st == ST_EACH_LOAD) {
        store_sql_cat(sql, n, "SELECT at, what, added, changed FROM loads ORDER BY n");
    } else if (st == ST_VERSION) {
        store_sql_cat(sql, n, "SELECT version FROM amur_schema");
    } else if (st == ST_TOKEN_NEW) {
        store_sql_cat(sql, n,
            "INSERT INTO tokens(role, hash, note, created) VALUES($1, $2, $3,"
            " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"
            " RETURNING id");
    } else if (st == ST_TOKEN_FIND) {
        store_sql_cat(sql, n, "SELECT id, role, revoked IS NOT NULL FROM tokens WHERE hash=$1");
    } else if (st == ST_TOKEN_REVOKE) {
        store_sql_cat(sql, n,
            "UPDATE tokens SET revoked ="
            " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
            " WHERE id=$1::bigint AND revoked IS NULL RETURNING id");
    } else if (st == ST_TOKEN_EACH) {
        store_sql_cat(sql, n, "SELECT id, role, note, created, revoked, hash FROM tokens ORDER BY id");
    } else if (st == ST_AUDIT_ADD) {
        store_sql_cat(sql, n,
            "INSERT INTO audit(at, token_id, role, what, claim_id) VALUES("
            "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
            " $1::bigint, $2, $3, $4)");
    } else if (st == ST_AUDIT_EACH) {
        store_sql_cat(sql, n, "SELECT n, at, token_id, role, what, claim_id FROM audit ORDER BY n");
    } else if (st == ST_TOKEN_COPY) {
        store_sql_cat(sql, n,
            "INSERT INTO tokens(id, role, hash, note, created, revoked)"
            " VALUES($1::bigint, $2, $3, $4, $5, $6)");
    } else if (st == ST_AUDIT_COPY) {
        store_sql_cat(sql, n,
            "INSERT INTO audit(n, at, token_id, role, what, claim_id)"
            " VALUES($1::bigint, $2, $3::bigint, $4, $5, $6)");
    }
}
