/*
** pg.c — the store over a PostgreSQL database, on libpq; see store.h (the
** interface) and backend.h (how store.c calls it).
**
** The same schema as sqlite.c, kept by a list of migrations of its own:
** the table amur_schema holds how many have run, and store_open() runs the
** rest in one transaction under an advisory lock, so that several amur
** processes opening a fresh database at once migrate it once. Every table
** has a bigserial column, seq, that records insertion order (SQLite's
** rowid), and store_each() walks rows in seq order, a page at a time.
** Foreign keys are DEFERRABLE INITIALLY IMMEDIATE; a load defers them.
** Claims are append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
**
** Every query and every change of data is a prepared statement (built once
** from the compile-time schema, prepared on first use on the connection)
** with bound parameters. Utility commands (BEGIN, COMMIT, SET, COPY,
** the migrations) are fixed text.
**
** Readers: a read-only handle reads in one REPEATABLE READ READ ONLY
** transaction, so a command (or a web snapshot) sees one consistent state.
**
** Writers: store_begin() takes a transaction-level advisory lock, so that
** loads into one database run one after another, each seeing everything
** committed before it (READ COMMITTED), and nothing is lost. Statements
** outside a transaction are retried when the server reports a
** serialization failure or a deadlock; a load's transaction is driven by
** the caller and cannot be replayed here, which is why loads take the lock
** rather than rely on SERIALIZABLE retries.
**
** Bulk loads: inside a transaction, the first row stored into a table that
** is empty starts a COPY into it, and the rows that follow go down the same
** COPY (each one is then "added", which is exactly true: the table was
** empty and the lock keeps other amur writers out) until anything else is
** asked of the connection, or an id repeats. A table that already has rows
** takes one INSERT ... ON CONFLICT per row, because store_put() must say
** whether each row was added, changed or the same. AMUR_PG_COPY=0 turns
** COPY off, to measure what it gains.
*/
#include "pg_int.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/dbuf.h"
#include "../core/strmap.h"

#define NMIGRATIONS store_pg_nmigrations
/* A COPY line's length goes to libpq as an int; PostgreSQL itself refuses a
** field over 1 GB, so a longer line could never be stored. */
#define PG_MAX_LINE (1u << 30)

/* The advisory lock that serialises migrations and loads: "amur", and the
** schema, so that amur databases in different schemas do not wait on each
** other. */
static const char lock_sql[] =
    "SELECT pg_advisory_xact_lock(1634563442, hashtext(coalesce(current_schema(), '')))";

#define RETRIES 5     /* tries of a statement outside a transaction */

/* ---- the connection ---- */

/* The message of a failed result, or of the connection, without the
** newline libpq ends it with. */
static void pg_message(pg_store *s, const PGresult *r, char *buf, size_t n)
{
    const char *m = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    size_t len;
    if (!m || !*m)
        m = PQerrorMessage(s->conn);
    if (!m || !*m)
        m = "error";
    snprintf(buf, n, "%s", m);
    len = strlen(buf);
    while (len && (buf[len - 1] == '\n' || buf[len - 1] == ' '))
        buf[--len] = 0;
    /* one line: "...failed: Connection refused. Is the server running..." */
    for (char *p = buf; (p = strchr(p, '\n')) != NULL;) {
        size_t skip = strspn(p + 1, " \t");
        if (skip == 0) {
            *p = ' ';
            continue;
        }
        p[0] = '.';
        p[1] = ' ';
        memmove(p + 2, p + 1 + skip, strlen(p + 1 + skip) + 1);
    }
}

static int pg_error(pg_store *s, const PGresult *r, amur_err *err, const char *what)
{
    char msg[768];
    pg_message(s, r, msg, sizeof msg);
    return err_set(err, AMUR_ESYS, "%s: %s: %s", s->base.path, what, msg);
}

/* Whether R failed in a way that trying again can cure. */
static int retryable(const PGresult *r)
{
    const char *code = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    return code && (strcmp(code, "40001") == 0 || strcmp(code, "40P01") == 0);
}

static int pipe_drain(pg_store *s, amur_err *err);

/* Runs fixed utility SQL (no parameters, no rows). */
static int exec(pg_store *s, const char *sql, amur_err *err, const char *what)
{
    PGresult *r;
    int rc = pipe_drain(s, err);
    if (rc)
        return rc;
    r = PQexec(s->conn, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
        rc = pg_error(s, r, err, what);
    PQclear(r);
    return rc;
}

static int copy_end(pg_store *s, amur_err *err);

/* Reads the answers of the statements sent down the pipeline (the writes
** of a group, put_new and audit_add, whose answers nobody waits for) and
** leaves pipeline mode: the first failure among them, or AMUR_OK. Called
** before anything else is asked of the connection. */
static int pipe_drain(pg_store *s, amur_err *err)
{
    PGresult *r;
    int rc = AMUR_OK, n = s->npipe, at = 0;
    if (!n)
        return AMUR_OK;
    s->npipe = 0;
    if (PQpipelineSync(s->conn) != 1)
        rc = pg_error(s, NULL, err, "storing");
    for (;;) {
        ExecStatusType st;
        if (!(r = PQgetResult(s->conn))) {
            if (rc != AMUR_OK && PQstatus(s->conn) != CONNECTION_OK)
                break;
            at++; /* the end of one statement's answers */
            continue;
        }
        st = PQresultStatus(r);
        if (st == PGRES_PIPELINE_SYNC) {
            PQclear(r);
            break;
        }
        if (rc == AMUR_OK && st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
            rc = pg_error(s, r, err, "storing");
        else if (rc == AMUR_OK && st == PGRES_TUPLES_OK && at < n && s->pipe_fn[at] &&
                 s->pipe_fn[at](s->pipe_ctx[at], r))
            rc = err_set(err, AMUR_ESYS, "out of memory");
        snprintf(s->last_cmd, sizeof s->last_cmd, "%s", PQcmdStatus(r));
        PQclear(r);
    }
    if (PQexitPipelineMode(s->conn) != 1 && rc == AMUR_OK)
        rc = pg_error(s, NULL, err, "storing");
    for (int i = 0; i < n; i++)
        if (s->pipe_own[i])
            free(s->pipe_ctx[i]);
    return rc;
}

static int prepare(pg_store *s, const char *name, const char *sql, int nparams,
                   amur_err *err)
{
    PGresult *r = PQprepare(s->conn, name, sql, nparams, NULL);
    int rc = PQresultStatus(r) == PGRES_COMMAND_OK ? AMUR_OK
                                                   : pg_error(s, r, err, "preparing a statement");
    PQclear(r);
    return rc;
}

/* Runs prepared statement NAME (preparing it from SQL first when it is not
** yet) with N text parameters; outside a transaction, tries again on a
** serialization failure or a deadlock. Returns the result or NULL with
** ERR set. */
static PGresult *run_named(pg_store *s, const char *name, const char *sql, int *prepared,
                           int n, const char *const *vals, amur_err *err, const char *what)
{
    PGresult *r = NULL;
    if (s->copying >= 0 && copy_end(s, err))
        return NULL;
    if (pipe_drain(s, err))
        return NULL;
    if (!*prepared) {
        if (prepare(s, name, sql, n, err))
            return NULL;
        *prepared = 1;
    }
    for (int attempt = 0;; attempt++) {
        ExecStatusType st;
        r = PQexecPrepared(s->conn, name, n, vals, NULL, NULL, 0);
        st = PQresultStatus(r);
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
            return r;
        if (s->in_tx || attempt + 1 >= RETRIES || !retryable(r))
            break;
        PQclear(r);
        usleep(10000u << attempt);
    }
    pg_error(s, r, err, what);
    PQclear(r);
    return NULL;
}

static PGresult *run(pg_store *s, int st, int n, const char *const *vals, amur_err *err,
                     const char *what)
{
    char name[16], sql[4096];
    int prepared = s->prepared[st];
    PGresult *r;
    snprintf(name, sizeof name, "s%d", st);
    if (!prepared)
        store_pg_fixed(st, sql, sizeof sql);
    r = run_named(s, name, sql, &prepared, n, vals, err, what);
    s->prepared[st] = (unsigned char)prepared;
    return r;
}

/* Sends statement NAME (prepared from SQL first when *PREPARED is 0; NULL:
** SQL itself, unprepared) with N text parameters down the pipeline,
** without waiting for its answer: pipe_drain() reads it, and gives its
** rows to FN (may be NULL). */
static int pipe_send_named(pg_store *s, const char *name, const char *sql, int *prepared,
                           int n, const char *const *vals, store_pg_rows_fn fn, void *ctx,
                           int own, amur_err *err)
{
    int ok;
    if ((s->copying >= 0 && copy_end(s, err)) || (s->npipe >= PIPE_MAX && pipe_drain(s, err)) ||
        (name && !*prepared && (pipe_drain(s, err) || prepare(s, name, sql, n, err))) ||
        (!s->npipe && PQenterPipelineMode(s->conn) != 1 && pg_error(s, NULL, err, "storing"))) {
        if (own)
            free(ctx);
        return err->code ? err->code : AMUR_ESYS;
    }
    if (name) /* prepared now if it was not: preparing waits, not in the pipeline */
        *prepared = 1;
    ok = name ? PQsendQueryPrepared(s->conn, name, n, vals, NULL, NULL, 0)
              : PQsendQueryParams(s->conn, sql, n, NULL, vals, NULL, NULL, 0);
    s->pipe_fn[s->npipe] = fn;
    s->pipe_ctx[s->npipe] = ctx;
    s->pipe_own[s->npipe] = (unsigned char)own;
    s->npipe++;
    if (ok != 1) {
        pg_error(s, NULL, err, "storing");
        pipe_drain(s, NULL);
        return AMUR_ESYS;
    }
    return AMUR_OK;
}

/* The same for fixed statement ST, whose rows nobody reads. */
static int pipe_send(pg_store *s, int st, int n, const char *const *vals, amur_err *err)
{
    char name[16], sql[4096] = "";
    int prepared = s->prepared[st], rc;
    snprintf(name, sizeof name, "s%d", st);
    if (!prepared)
        store_pg_fixed(st, sql, sizeof sql);
    rc = pipe_send_named(s, name, sql, &prepared, n, vals, NULL, NULL, 0, err);
    s->prepared[st] = (unsigned char)prepared;
    return rc;
}

/* Notices (such as "relation already exists, skipping") are not for the
** user: amur's output must not depend on the backend. */
static void no_notice(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

static void pg_close(store *base);

/* The schema version, 0 when the database has no amur schema. */
static int schema_version(pg_store *s, int *version, amur_err *err)
{
    PGresult *r;
    int has;
    *version = 0;
    r = PQexec(s->conn, "SELECT to_regclass('amur_schema') IS NOT NULL");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        pg_error(s, r, err, "reading the schema version");
        PQclear(r);
        return AMUR_ESYS;
    }
    has = PQntuples(r) == 1 && strcmp(PQgetvalue(r, 0, 0), "t") == 0;
    PQclear(r);
    if (!has)
        return AMUR_OK;
    if (!(r = run(s, ST_VERSION, 0, NULL, err, "reading the schema version")))
        return AMUR_ESYS;
    if (PQntuples(r) > 0)
        *version = (int)strtol(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return AMUR_OK;
}

static int check_version(pg_store *s, int version, amur_err *err)
{
    if (version > (int)NMIGRATIONS)
        return err_set(err, AMUR_ESYS,
                       "%s: schema version %d is newer than this amur knows (%d): "
                       "use a newer amur",
                       s->base.path, version, (int)NMIGRATIONS);
    return AMUR_OK;
}

/* Runs the migrations the database lacks, in one transaction under the
** advisory lock, reading the version again once the lock is held: another
** process may have migrated meanwhile. */
static int migrate(pg_store *s, amur_err *err)
{
    int version;
    char num[24];
    const char *vals[1] = {num};
    PGresult *r;

    if (schema_version(s, &version, err) || check_version(s, version, err))
        return err->code;
    if (version == (int)NMIGRATIONS)
        return AMUR_OK;
    if (exec(s, "BEGIN", err, "migrating") || exec(s, lock_sql, err, "migrating") ||
        exec(s, "CREATE TABLE IF NOT EXISTS amur_schema(version integer NOT NULL)", err,
             "migrating") ||
        schema_version(s, &version, err) || check_version(s, version, err))
        goto fail;
    for (size_t i = (size_t)version; i < NMIGRATIONS; i++) {
        if (exec(s, store_pg_migrations[i], err, "migrating")) {
            err_prefix(err, "migrating to schema version %zu", i + 1);
            goto fail;
        }
    }
    snprintf(num, sizeof num, "%d", (int)NMIGRATIONS);
    if (exec(s, "DELETE FROM amur_schema", err, "migrating"))
        goto fail;
    r = PQexecParams(s->conn, "INSERT INTO amur_schema(version) VALUES($1)", 1, NULL, vals,
                     NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        pg_error(s, r, err, "migrating");
        PQclear(r);
        goto fail;
    }
    PQclear(r);
    if (exec(s, "COMMIT", err, "migrating"))
        goto fail;
    return AMUR_OK;
fail:
    exec(s, "ROLLBACK", NULL, NULL);
    return err->code ? err->code : AMUR_ESYS;
}

static int pg_open(const char *path, int mode, store **out, amur_err *err)
{
    static const char *const keys[] = {"dbname", "fallback_application_name",
                                       "client_encoding", NULL};
    const char *vals[] = {path, "amur", "UTF8", NULL};
    const char *copy = getenv("AMUR_PG_COPY");
    pg_store *s;
    int version;

    *out = NULL;
    s = calloc(1, sizeof *s);
    if (!s || !(s->base.path = store_shown(path))) {
        free(s);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    s->copying = -1;
    dbuf_init(&s->line, PG_MAX_LINE);
    s->use_copy = !(copy && strcmp(copy, "0") == 0);
    s->conn = PQconnectdbParams(keys, vals, 1);
    if (!s->conn || PQstatus(s->conn) != CONNECTION_OK) {
        if (s->conn)
            pg_error(s, NULL, err, "cannot connect");
        else
            err_set(err, AMUR_ESYS, "out of memory");
        pg_close(&s->base);
        return AMUR_ESYS;
    }
    PQsetNoticeProcessor(s->conn, no_notice, NULL);
    if (mode == STORE_READ) {
        /* reading commands never create or change anything */
        if (exec(s, "SET default_transaction_read_only = on", err, "opening") ||
            schema_version(s, &version, err) || check_version(s, version, err)) {
            pg_close(&s->base);
            return err->code;
        }
        if (version == 0)
            err_set(err, AMUR_EDATA, "%s: no database here (amur load DIR creates one)",
                    s->base.path);
        else if (version != (int)NMIGRATIONS)
            err_set(err, AMUR_EDATA,
                    "%s: schema version %d, this amur needs %d: run amur load "
                    "(it migrates the database) first",
                    s->base.path, version, (int)NMIGRATIONS);
        if (version != (int)NMIGRATIONS) {
            pg_close(&s->base);
            return AMUR_EDATA;
        }
        /* one snapshot for the handle's life: every walk sees the same
        ** committed state, never half of a load that commits meanwhile.
        ** Read-only handles are short-lived (a command, a web snapshot). */
        if (exec(s, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err, "opening")) {
            pg_close(&s->base);
            return err->code;
        }
    } else if (migrate(s, err)) {
        pg_close(&s->base);
        return err->code;
    }
    *out = &s->base;
    return AMUR_OK;
}

/* ---- COPY ---- */

static void copy_forget(pg_store *s)
{
    for (size_t i = 0; i < s->ncopy; i++)
        free(s->copy_keys[i]);
    s->ncopy = 0;
    strmap_free(s->copy_ids);
    s->copy_ids = NULL;
}

/* Ends the COPY in progress: the rows sent are stored (or the error in
** them reported now). Later rows of that table take the row-at-a-time
** path. */
static int copy_end(pg_store *s, amur_err *err)
{
    const concept *c = &schema_concepts[s->copying];
    PGresult *r;
    int rc = AMUR_OK;

    s->copy_state[s->copying] = COPY_NO;
    s->copying = -1;
    copy_forget(s);
    if (PQputCopyEnd(s->conn, NULL) != 1)
        rc = pg_error(s, NULL, err, "storing");
    while ((r = PQgetResult(s->conn)) != NULL) {
        if (rc == AMUR_OK && PQresultStatus(r) != PGRES_COMMAND_OK) {
            char what[64];
            snprintf(what, sizeof what, "storing %s", c->name);
            rc = pg_error(s, r, err, what);
        }
        PQclear(r);
    }
    return rc;
}

/* Abandons the COPY in progress (the transaction is being rolled back). */
static void copy_abort(pg_store *s)
{
    PGresult *r;
    s->copying = -1;
    copy_forget(s);
    PQputCopyEnd(s->conn, "rolled back");
    while ((r = PQgetResult(s->conn)) != NULL)
        PQclear(r);
}

static int copy_start(pg_store *s, const concept *c, amur_err *err)
{
    char sql[1024] = "COPY ";
    PGresult *r;
    store_sql_cat(sql, sizeof sql, c->name);
    store_sql_cat(sql, sizeof sql, "(");
    store_pg_cat_cols(sql, sizeof sql, c);
    store_sql_cat(sql, sizeof sql, ") FROM STDIN");
    if (pipe_drain(s, err))
        return err->code;
    if (!(s->copy_ids = strmap_new()))
        return err_set(err, AMUR_ESYS, "out of memory");
    r = PQexec(s->conn, sql);
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        pg_error(s, r, err, "storing");
        PQclear(r);
        copy_forget(s);
        return AMUR_ESYS;
    }
    PQclear(r);
    s->copying = (int)c->id;
    s->copy_state[c->id] = COPY_NOW;
    return AMUR_OK;
}

/* One row in COPY's text format: tab-separated, \N for NULL, backslash
** escapes for backslash, tab, newline and carriage return. */
static int copy_row(pg_store *s, const concept *c, char *const *f, amur_err *err)
{
    dbuf *b = &s->line;
    dbuf_reset(b);
    for (size_t i = 0; i < c->ncols; i++) {
        size_t vlen = f[i] ? strlen(f[i]) : 0;
        char *w;
        int rc = dbuf_reserve(b, 2 * vlen + 4); /* every byte escaped, at worst */
        if (rc)
            return err_set(err, rc == DBUF_FULL ? AMUR_EDATA : AMUR_ESYS,
                           rc == DBUF_FULL ? "%s: a row longer than %zu bytes" : "%s: out of memory",
                           c->name, b->max);
        w = b->s + b->n;
        if (i)
            *w++ = '\t';
        if (!f[i]) {
            *w++ = '\\';
            *w++ = 'N';
        }
        for (const char *p = f[i]; p && *p; p++) {
            char e = *p == '\\' ? '\\' : *p == '\t' ? 't' : *p == '\n' ? 'n' : *p == '\r' ? 'r' : 0;
            if (e) {
                *w++ = '\\';
                *w++ = e;
            } else {
                *w++ = *p;
            }
        }
        dbuf_grow(b, (size_t)(w - (b->s + b->n)));
    }
    if (dbuf_addc(b, '\n'))
        return err_set(err, AMUR_ESYS, "%s: out of memory", c->name);
    if (PQputCopyData(s->conn, b->s, (int)b->n) != 1)
        return pg_error(s, NULL, err, "storing");
    return AMUR_OK;
}

/* Tries to store F through COPY: returns 1 when it did, 0 when the row
** must take the row-at-a-time path, or a negated error code. */
static int put_by_copy(pg_store *s, const concept *c, char *const *f, amur_err *err)
{
    char *key;
    int added;

    if (!s->in_tx || !s->use_copy)
        return 0;
    if (s->copying >= 0 && s->copying != (int)c->id && copy_end(s, err))
        return -err->code;
    if (s->copy_state[c->id] == COPY_UNKNOWN) {
        PGresult *r = run(s, ST_EMPTY + c->id, 0, NULL, err, "storing");
        int empty;
        if (!r)
            return -AMUR_ESYS;
        empty = PQntuples(r) == 1 && strcmp(PQgetvalue(r, 0, 0), "t") == 0;
        PQclear(r);
        s->copy_state[c->id] = COPY_NO;
        if (empty && copy_start(s, c, err))
            return -err->code;
    }
    if (s->copying != (int)c->id)
        return 0;
    if (!(key = strdup(f[0])))
        return -err_set(err, AMUR_ESYS, "out of memory");
    if (s->ncopy == s->capcopy) {
        size_t cap = s->capcopy ? 2 * s->capcopy : 256;
        char **p = realloc(s->copy_keys, cap * sizeof *p);
        if (!p) {
            free(key);
            return -err_set(err, AMUR_ESYS, "out of memory");
        }
        s->copy_keys = p;
        s->capcopy = cap;
    }
    s->copy_keys[s->ncopy++] = key;
    added = strmap_add(s->copy_ids, key, 0, NULL);
    if (added < 0)
        return -err_set(err, AMUR_ESYS, "out of memory");
    if (added == 0) {
        /* the same id twice: let the database decide what the second is */
        if (copy_end(s, err))
            return -err->code;
        return 0;
    }
    if (copy_row(s, c, f, err))
        return -err->code;
    return 1;
}

/* ---- the store ---- */

static void pg_close(store *base)
{
    pg_store *s = PG(base);
    if (!s)
        return;
    if (s->conn && s->copying >= 0)
        copy_abort(s);
    copy_forget(s);
    free(s->copy_keys);
    dbuf_free(&s->line);
    for (size_t i = 0; i < s->ndyn; i++)
        free(s->dyn[i]);
    free(s->dyn);
    PQfinish(s->conn); /* an open transaction is rolled back */
    free(s->base.path);
    free(s);
}

static int pg_begin(store *base, amur_err *err)
{
    pg_store *s = PG(base);
    /* References are checked at commit, so a row may refer to one that
    ** comes later in the same bundle; the lock makes loads into this
    ** database take turns, each seeing all that was committed before.
    ** Sent down the pipeline: their answers come with the next statement's
    ** (a wait for the lock that fails fails it), one round trip for both. */
    if (pipe_send_named(s, NULL, "BEGIN ISOLATION LEVEL READ COMMITTED", NULL, 0, NULL, NULL,
                        NULL, 0, err) ||
        pipe_send_named(s, NULL, "SET CONSTRAINTS ALL DEFERRED", NULL, 0, NULL, NULL, NULL,
                        0, err) ||
        pipe_send_named(s, NULL, lock_sql, NULL, 0, NULL, NULL, NULL, 0, err)) {
        pipe_drain(s, NULL);
        exec(s, "ROLLBACK", NULL, NULL);
        return err->code;
    }
    s->in_tx = 1;
    memset(s->copy_state, COPY_UNKNOWN, sizeof s->copy_state);
    return AMUR_OK;
}

static const char serials_sql[] =
    "SELECT setval(pg_get_serial_sequence('tokens', 'id'), coalesce(max(id), 1),"
    " max(id) IS NOT NULL) FROM tokens;"
    "SELECT setval(pg_get_serial_sequence('audit', 'n'), coalesce(max(n), 1),"
    " max(n) IS NOT NULL) FROM audit;"
    "SELECT setval(pg_get_serial_sequence('proposals', 'id'), coalesce(max(id), 1),"
    " max(id) IS NOT NULL) FROM proposals";

/* lock_timeout bounds every wait for a lock, the advisory lock that
** makes writers take turns included (a statement that waits longer fails
** with lock_not_available and the transaction is rolled back). */
static int pg_set_lock_wait(store *base, long ms, amur_err *err)
{
    pg_store *s = PG(base);
    char num[24];
    const char *vals[1] = {num};
    PGresult *r;
    int rc = AMUR_OK;
    snprintf(num, sizeof num, "%ldms", ms);
    if (pipe_drain(s, err))
        return err->code;
    r = PQexecParams(s->conn, "SELECT set_config('lock_timeout', $1, false)", 1, NULL, vals,
                     NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK)
        rc = pg_error(s, r, err, "setting the lock wait");
    PQclear(r);
    return rc;
}

static int pg_commit(store *base, amur_err *err)
{
    pg_store *s = PG(base);
    PGresult *r;
    int rc = AMUR_OK;
    if (s->copying >= 0 && copy_end(s, err))
        return err->code;
    /* rows copied with their own numbers leave the sequences behind them:
    ** the next token or audit entry must not take a number already used */
    if (s->copied_serials && exec(s, serials_sql, err, "committing"))
        return err->code;
    s->copied_serials = 0;
    if (s->npipe) {
        /* the writes waiting in the pipeline and the commit: one round trip */
        if (pipe_send_named(s, NULL, "COMMIT", NULL, 0, NULL, NULL, NULL, 0, err) ||
            pipe_drain(s, err))
            return err->code;
        if (strcmp(s->last_cmd, "COMMIT") != 0)
            return err_set(err, AMUR_ESYS, "%s: committing: the transaction was rolled back",
                           s->base.path);
        s->in_tx = 0;
        return AMUR_OK;
    }
    r = PQexec(s->conn, "COMMIT");
    /* COMMIT of a failed transaction "succeeds" as a ROLLBACK */
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        rc = pg_error(s, r, err, "committing");
    else if (strcmp(PQcmdStatus(r), "COMMIT") != 0)
        rc = err_set(err, AMUR_ESYS, "%s: committing: the transaction was rolled back",
                     s->base.path);
    PQclear(r);
    if (rc == AMUR_OK)
        s->in_tx = 0;
    return rc;
}

static void pg_rollback(store *base)
{
    pg_store *s = PG(base);
    if (s->copying >= 0)
        copy_abort(s);
    if (s->in_tx)
        exec(s, "ROLLBACK", NULL, NULL);
    s->in_tx = 0;
    s->copied_serials = 0;
}

static int pg_put(store *base, const concept *c, char *const *fields, int *result,
                  amur_err *err)
{
    pg_store *s = PG(base);
    PGresult *r;
    int copied = put_by_copy(s, c, fields, err);

    if (copied < 0)
        return -copied;
    if (copied) {
        *result = STORE_ADDED;
        return AMUR_OK;
    }
    r = run(s, ST_PUT + c->id, (int)c->ncols, (const char *const *)fields, err, "storing");
    if (!r) {
        err_prefix(err, "storing %s '%s'", c->one, fields[0]);
        return err->code;
    }
    if (PQntuples(r) == 0)
        *result = STORE_SAME;
    else if (c->append_only || strcmp(PQgetvalue(r, 0, 0), "t") == 0)
        *result = STORE_ADDED;
    else
        *result = STORE_CHANGED;
    PQclear(r);
    return AMUR_OK;
}

/* A row known not to be stored (store.c's memo says so, in this
** transaction, under the writers' lock): sent down the pipeline. */
static int pg_put_new(store *base, const concept *c, char *const *fields, amur_err *err)
{
    pg_store *s = PG(base);
    if (!s->in_tx) {
        int result;
        return pg_put(base, c, fields, &result, err);
    }
    if (pipe_send(s, ST_PUT + (int)c->id, (int)c->ncols, (const char *const *)fields, err)) {
        err_prefix(err, "storing %s '%s'", c->one, fields[0]);
        return err->code;
    }
    return AMUR_OK;
}

static int pg_get(store *base, const concept *c, const char *id, char ***fields,
                  amur_err *err)
{
    pg_store *s = PG(base);
    const char *vals[1] = {id};
    PGresult *r = run(s, ST_GET + c->id, 1, vals, err, "reading");
    char **f;

    *fields = NULL;
    if (!r)
        return -AMUR_ESYS;
    if (PQntuples(r) == 0) {
        PQclear(r);
        return 0;
    }
    if (!(f = calloc(c->ncols, sizeof *f))) {
        PQclear(r);
        return -err_set(err, AMUR_ESYS, "out of memory");
    }
    for (size_t i = 0; i < c->ncols; i++) {
        if (!PQgetisnull(r, 0, (int)i) && !(f[i] = strdup(PQgetvalue(r, 0, (int)i)))) {
            store_row_free(c, f);
            PQclear(r);
            return -err_set(err, AMUR_ESYS, "out of memory");
        }
    }
    PQclear(r);
    *fields = f;
    return 1;
}

static int grow_dyn(pg_store *s)
{
    size_t cap = s->capdyn ? 2 * s->capdyn : 8;
    char **p = realloc(s->dyn, cap * sizeof *p);
    if (!p)
        return -1;
    s->dyn = p;
    s->capdyn = cap;
    return 0;
}

/* Runs the page statement of a walk with filters, preparing it under a
** name that says which columns it filters on. */
static PGresult *run_filtered(pg_store *s, const concept *c, const int *cols, size_t nf,
                              const char *const *vals, amur_err *err)
{
    char name[64], sql[4096];
    int prepared = 0;
    snprintf(name, sizeof name, "e%d", (int)c->id);
    for (size_t i = 0; i < nf; i++) {
        char part[16];
        snprintf(part, sizeof part, "_%d", cols[i]);
        store_sql_cat(name, sizeof name, part);
    }
    for (size_t i = 0; i < s->ndyn && !prepared; i++)
        prepared = strcmp(s->dyn[i], name) == 0;
    if (!prepared) {
        char *copy = strdup(name);
        if (!copy || (s->ndyn == s->capdyn && grow_dyn(s))) {
            free(copy);
            err_set(err, AMUR_ESYS, "out of memory");
            return NULL;
        }
        if (s->copying >= 0 && copy_end(s, err)) {
            free(copy);
            return NULL;
        }
        store_pg_page(c, cols, nf, sql, sizeof sql);
        if (prepare(s, name, sql, (int)nf + 1, err)) {
            free(copy);
            return NULL;
        }
        s->dyn[s->ndyn++] = copy;
        prepared = 1;
    }
    return run_named(s, name, sql, &prepared, (int)nf + 1, vals, err, "reading");
}

/* store.c has checked the filters' columns against the schema. Rows come
** a page at a time in seq order, so a walk of ten million claims needs the
** memory of one page, and the callback may use the store meanwhile. */
static int pg_each(store *base, const concept *c, const store_filter *f, size_t nf,
                   store_row_fn fn, void *ctx, amur_err *err)
{
    pg_store *s = PG(base);
    const char *vals[STORE_MAX_FILTERS + 1];
    int cols[STORE_MAX_FILTERS];
    char after[24] = "0";
    char *row[64];
    int stop = 0, full = 1;

    for (size_t i = 0; i < nf; i++) {
        cols[i] = schema_col(c, f[i].col);
        vals[i] = f[i].value;
    }
    vals[nf] = after;
    while (full && !stop) {
        PGresult *r = nf ? run_filtered(s, c, cols, nf, vals, err)
                         : run(s, ST_EACH + c->id, 1, vals, err, "reading");
        int n;
        if (!r)
            return AMUR_ESYS;
        n = PQntuples(r);
        full = n == PAGE;
        for (int i = 0; i < n && !stop; i++) {
            for (size_t k = 0; k < c->ncols; k++)
                row[k] = PQgetisnull(r, i, (int)k + 1) ? NULL : PQgetvalue(r, i, (int)k + 1);
            stop = fn(ctx, row);
        }
        if (n)
            snprintf(after, sizeof after, "%s", PQgetvalue(r, n - 1, 0));
        PQclear(r);
    }
    return stop;
}

/* The first handle's snapshot exported, and taken by the others as their
** transactions' (each began at its opening, with nothing read yet). */
static int pg_share_snapshot(store **conns, size_t n, amur_err *err)
{
    pg_store *first = PG(conns[0]);
    char sql[128];
    PGresult *r;
    int rc = AMUR_OK;
    if ((rc = pipe_drain(first, err)))
        return rc;
    r = PQexec(first->conn, "SELECT pg_export_snapshot()");
    if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1)
        rc = pg_error(first, r, err, "exporting the snapshot");
    /* its id is hex digits and dashes, never input */
    else if (strspn(PQgetvalue(r, 0, 0), "0123456789ABCDEFabcdef-") !=
                 strlen(PQgetvalue(r, 0, 0)) ||
             snprintf(sql, sizeof sql, "SET TRANSACTION SNAPSHOT '%s'", PQgetvalue(r, 0, 0)) >=
                 (int)sizeof sql)
        rc = err_set(err, AMUR_ESYS, "%s: an odd snapshot id", first->base.path);
    PQclear(r);
    for (size_t i = 1; i < n && rc == AMUR_OK; i++)
        rc = exec(PG(conns[i]), sql, err, "taking the snapshot");
    return rc;
}

/* store_each_project_chunk(), store_each_of_chunk() and
** store_each_of_others(): one statement a
** chunk, not prepared (each is run once), its whole result at once: a
** chunk is bounded by the walk. */
static int pg_each_chunk(store *base, const concept *c, const char *col, long after,
                         long *last, long limit, store_row_fn fn, void *ctx, amur_err *err)
{
    pg_store *s = PG(base);
    char sql[4096], a[24], b[24], *row[64];
    const char *vals[2] = {a, b};
    PGresult *r;
    int stop = 0, params;
    if (s->copying >= 0 && copy_end(s, err))
        return AMUR_ESYS;
    params = store_chunk_sql(c, col, "seq", after, sql, sizeof sql);
    snprintf(a, sizeof a, "%ld", after);
    snprintf(b, sizeof b, "%ld", col ? *last : limit);
    r = PQexecParams(s->conn, sql, params, NULL, params ? vals : NULL, NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        pg_error(s, r, err, "reading");
        PQclear(r);
        return AMUR_ESYS;
    }
    for (int i = 0; i < PQntuples(r) && !stop; i++) {
        for (size_t k = 0; k < c->ncols; k++)
            row[k] = PQgetisnull(r, i, (int)k) ? NULL : PQgetvalue(r, i, (int)k);
        if (!col)
            *last = strtol(PQgetvalue(r, i, (int)c->ncols), NULL, 10);
        stop = fn(ctx, row);
    }
    PQclear(r);
    return stop;
}

static int pg_find(store *base, const char *id, char *kind, size_t kindsz)
{
    pg_store *s = PG(base);
    const char *vals[1] = {id};
    amur_err err;
    PGresult *r = run(s, ST_FIND, 1, vals, &err, "reading");
    int found = STORE_NOT_FOUND;
    if (!r)
        return STORE_FIND_FAILED;
    if (PQntuples(r) == 1) {
        found = (int)strtol(PQgetvalue(r, 0, 0), NULL, 10);
        if (kind && kindsz)
            snprintf(kind, kindsz, "%s", PQgetvalue(r, 0, 1));
    }
    PQclear(r);
    return found;
}

static int pg_count(store *base, const concept *c, long *n, amur_err *err)
{
    pg_store *s = PG(base);
    PGresult *r;
    if (c == &schema_flows)
        return store_pg_flow_count(base, n, err);
    r = run(s, ST_COUNT + c->id, 0, NULL, err, "counting");
    *n = 0;
    if (!r)
        return AMUR_ESYS;
    if (PQntuples(r) == 1)
        *n = strtol(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return AMUR_OK;
}

/* Appends to the load log; AT NULL means now. */
static int add_load(pg_store *s, const char *at, const char *what, long added, long changed,
                    amur_err *err)
{
    char a[24], c[24];
    const char *vals[4] = {at, what, a, c};
    PGresult *r;
    snprintf(a, sizeof a, "%ld", added);
    snprintf(c, sizeof c, "%ld", changed);
    if (!(r = run(s, ST_LOG, 4, vals, err, "logging the load")))
        return AMUR_ESYS;
    PQclear(r);
    return AMUR_OK;
}

static int pg_copy_load(store *base, const store_load *l, amur_err *err)
{
    return add_load(PG(base), l->at, l->what, l->added, l->changed, err);
}

static int pg_each_load(store *base, store_load_fn fn, void *ctx, amur_err *err)
{
    pg_store *s = PG(base);
    PGresult *r = run(s, ST_EACH_LOAD, 0, NULL, err, "reading the load log");
    int stop = 0;
    if (!r)
        return AMUR_ESYS;
    for (int i = 0; i < PQntuples(r) && !stop; i++) {
        store_load l;
        l.at = PQgetvalue(r, i, 0);
        l.what = PQgetvalue(r, i, 1);
        l.added = strtol(PQgetvalue(r, i, 2), NULL, 10);
        l.changed = strtol(PQgetvalue(r, i, 3), NULL, 10);
        stop = fn(ctx, &l);
    }
    PQclear(r);
    return stop;
}

/* ---- tokens and the audit log: pg_tokens.c ---- */

PGresult *store_pg_run(pg_store *s, int st, int n, const char *const *vals, amur_err *err,
                       const char *what)
{
    return run(s, st, n, vals, err, what);
}

int store_pg_send(pg_store *s, int st, int n, const char *const *vals, amur_err *err)
{
    return pipe_send(s, st, n, vals, err);
}

/* ---- flows (the statements and their use are in pg_flows.c) ---- */

PGresult *store_pg_run_flow(store *base, int i, const char *name, const char *sql, int n,
                            const char *const *vals, amur_err *err, const char *what)
{
    pg_store *s = PG(base);
    return run_named(s, name, sql, &s->flow_prepared[i], n, vals, err, what);
}

int store_pg_send_many(store *base, int i, const char *name, const char *sql, int n,
                       const char *const *vals, store_pg_rows_fn fn, void *ctx, amur_err *err)
{
    pg_store *s = PG(base);
    return pipe_send_named(s, name, sql, &s->many_prepared[i], n, vals, fn, ctx, 1, err);
}

static int pg_many_flush(store *base, amur_err *err)
{
    return pipe_drain(PG(base), err);
}

/* ---- proposals (the statements are prop.c's) ---- */

int store_pg_prop_run(store *base, int st, const char *sql, int n, const char *const *vals,
                      store_proposal_fn row, void *ctx, long *changed, amur_err *err)
{
    static const char *const names[STORE_PROP_ST_COUNT] = {"prop_add", "prop_each",
                                                            "prop_decide", "prop_copy"};
    pg_store *s = PG(base);
    PGresult *r = run_named(s, names[st], sql, &s->prop_prepared[st], n, vals, err,
                            "proposals");
    int stop = 0;
    if (!r)
        return AMUR_ESYS;
    for (int i = 0; row && i < PQntuples(r) && !stop; i++) {
        store_proposal p = {{0}};
        for (int k = 0; k < PQnfields(r) && k < STORE_PROP_COLS; k++)
            p.f[k] = PQgetisnull(r, i, k) ? NULL : PQgetvalue(r, i, k);
        stop = row(ctx, &p);
    }
    if (changed)
        *changed = strtol(PQcmdTuples(r), NULL, 10);
    if (st == STORE_PROP_ST_COPY)
        s->copied_serials = 1;
    PQclear(r);
    return stop;
}

const store_ops store_pg_ops = {
    .name = "postgresql",
    .open = pg_open,
    .close = pg_close,
    .begin = pg_begin,
    .set_lock_wait = pg_set_lock_wait,
    .commit = pg_commit,
    .rollback = pg_rollback,
    .put = pg_put,
    .each = pg_each,
    .share_snapshot = pg_share_snapshot,
    .each_chunk = pg_each_chunk,
    .get = pg_get,
    .find = pg_find,
    .count = pg_count,
    .each_load = pg_each_load,
    .copy_load = pg_copy_load,
    .token_new = store_pg_token_new,
    .token_find = store_pg_token_find,
    .token_revoke = store_pg_token_revoke,
    .each_token = store_pg_each_token,
    .copy_token = store_pg_copy_token,
    .audit_add = store_pg_audit_add,
    .each_audit = store_pg_each_audit,
    .copy_audit = store_pg_copy_audit,
    .flow_each = store_pg_flow_each,
    .flow_del = store_pg_flow_del,
    .flow_add = store_pg_flow_add,
    .prop_run = store_pg_prop_run,
    .get_many = store_pg_get_many,
    .find_many = store_pg_find_many,
    .put_new = pg_put_new,
    .many_flush = pg_many_flush,
};
