/*
** sqlite.c — the store over one SQLite file, the default backend; see
** store.h (the interface) and backend.h (how store.c calls it).
**
** The schema is a list of migrations; PRAGMA user_version says how many
** have run, and store_open() runs the rest in one transaction. Statements
** for each concept are built once at open time from the column names of
** core/schema.h (compile-time constants, never input) and every value is
** a bound parameter.
*/
#include "backend.h"

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

/* Migration 1: every concept of the brief. Columns are TEXT as written in
** the bundle, so an export gives back the very bytes that were loaded;
** analyses parse them. Identifiers are quoted: "from" and "to" are
** keywords. */
static const char *const migrations[] = {
    "CREATE TABLE sources(id TEXT PRIMARY KEY, title TEXT NOT NULL, authors TEXT,"
    " publisher TEXT, url TEXT, date TEXT, language TEXT, tier TEXT NOT NULL, ref TEXT,"
    " note TEXT);"
    "CREATE TABLE places(id TEXT PRIMARY KEY, kind TEXT NOT NULL, name_en TEXT NOT NULL,"
    " name_ru TEXT, name_zh TEXT, country TEXT REFERENCES places(id),"
    " parent TEXT REFERENCES places(id), lat TEXT, lon TEXT,"
    " source TEXT REFERENCES sources(id), note TEXT);"
    "CREATE TABLE actors(id TEXT PRIMARY KEY, kind TEXT NOT NULL, name_en TEXT NOT NULL,"
    " name_ru TEXT, name_zh TEXT, country TEXT REFERENCES places(id),"
    " place TEXT REFERENCES places(id), parent TEXT REFERENCES actors(id),"
    " source TEXT REFERENCES sources(id), note TEXT);"
    "CREATE TABLE instruments(id TEXT PRIMARY KEY, kind TEXT NOT NULL, level TEXT NOT NULL,"
    " name_en TEXT NOT NULL, name_ru TEXT, name_zh TEXT, date TEXT, valid_from TEXT,"
    " valid_to TEXT, parties TEXT, parent TEXT REFERENCES instruments(id),"
    " source TEXT REFERENCES sources(id), locator TEXT, note TEXT);"
    "CREATE TABLE projects(id TEXT PRIMARY KEY, kind TEXT NOT NULL, name_en TEXT NOT NULL,"
    " name_ru TEXT, name_zh TEXT, place TEXT REFERENCES places(id),"
    " side TEXT REFERENCES places(id), parent TEXT REFERENCES projects(id),"
    " source TEXT REFERENCES sources(id), locator TEXT, note TEXT);"
    "CREATE TABLE listings(id TEXT PRIMARY KEY,"
    " instrument TEXT NOT NULL REFERENCES instruments(id),"
    " project TEXT NOT NULL REFERENCES projects(id), side TEXT REFERENCES places(id),"
    " item TEXT, planned_start TEXT, planned_end TEXT,"
    " carried_from TEXT REFERENCES listings(id), source TEXT REFERENCES sources(id),"
    " locator TEXT, note TEXT);"
    "CREATE TABLE stakes(id TEXT PRIMARY KEY, project TEXT NOT NULL REFERENCES projects(id),"
    " actor TEXT NOT NULL REFERENCES actors(id), role TEXT NOT NULL, influence TEXT,"
    " \"from\" TEXT, \"to\" TEXT, source TEXT REFERENCES sources(id), locator TEXT,"
    " quote TEXT, note TEXT);"
    "CREATE TABLE claims(id TEXT PRIMARY KEY, subject TEXT NOT NULL,"
    " property TEXT NOT NULL, value TEXT NOT NULL, unit TEXT, scope TEXT,"
    " date TEXT NOT NULL, refers_to TEXT, source TEXT NOT NULL REFERENCES sources(id),"
    " locator TEXT, quote TEXT, note TEXT);"
    "CREATE TABLE indicators(id TEXT PRIMARY KEY,"
    " region TEXT NOT NULL REFERENCES places(id), series TEXT NOT NULL,"
    " partner TEXT REFERENCES places(id), period TEXT NOT NULL, value TEXT NOT NULL,"
    " value_max TEXT, unit TEXT NOT NULL, source TEXT NOT NULL REFERENCES sources(id),"
    " locator TEXT, quote TEXT, note TEXT);"
    "CREATE INDEX claims_subject ON claims(subject, property);"
    "CREATE INDEX listings_instrument ON listings(instrument);"
    "CREATE INDEX listings_project ON listings(project);"
    "CREATE INDEX stakes_project ON stakes(project);"
    "CREATE INDEX indicators_region ON indicators(region, series);"
    "CREATE TRIGGER claims_no_update BEFORE UPDATE ON claims"
    " BEGIN SELECT RAISE(ABORT, 'claims are append-only'); END;"
    "CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims"
    " BEGIN SELECT RAISE(ABORT, 'claims are append-only'); END;"
    "CREATE TABLE loads(n INTEGER PRIMARY KEY, at TEXT NOT NULL, what TEXT NOT NULL,"
    " added INTEGER NOT NULL, changed INTEGER NOT NULL);",
    /* Migration 2: write tokens (only a hash of each) and the audit log of
    ** what was written with them, append-only like claims. */
    "CREATE TABLE tokens(id INTEGER PRIMARY KEY, role TEXT NOT NULL,"
    " hash TEXT NOT NULL UNIQUE, note TEXT, created TEXT NOT NULL, revoked TEXT);"
    "CREATE TABLE audit(n INTEGER PRIMARY KEY, at TEXT NOT NULL,"
    " token_id INTEGER NOT NULL REFERENCES tokens(id), role TEXT NOT NULL,"
    " what TEXT NOT NULL, claim_id TEXT);"
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;"
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;",
    /* Migration 3: provenance. When a source was read, and a claim's quote
    ** language and the secondary source its words came through. */
    "ALTER TABLE sources ADD COLUMN accessed TEXT;"
    "ALTER TABLE claims ADD COLUMN quote_lang TEXT;"
    "ALTER TABLE claims ADD COLUMN via TEXT REFERENCES sources(id);",
    /* Migration 4: financial flows (store.h), kept apart from claims:
    ** known by their place in a source's snapshot, not by their content. */
    "CREATE TABLE flows(activity TEXT NOT NULL, source TEXT NOT NULL,"
    " reported TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, type TEXT,"
    " date TEXT, \"end\" TEXT, value TEXT NOT NULL, currency TEXT, value_date TEXT,"
    " provider TEXT, receiver TEXT, provider_ref TEXT, receiver_ref TEXT, description TEXT,"
    " file TEXT, line INTEGER,"
    " PRIMARY KEY(activity, source, reported, seq));",
    /* Migration 5: proposals (store.h, prop.c), candidate claims awaiting review. */
    STORE_PROP_TABLE("INTEGER PRIMARY KEY")
    /* a project's parts, read for one project's answer (evidence_load_about) */
    "CREATE INDEX projects_parent ON projects(parent);",
};

/* The statements of flows, prepared at open time. */
enum { FL_EACH, FL_ALL, FL_DEL, FL_ADD, FL_COUNT };
#define FLOW_COLS                                                                          \
    "SELECT activity, source, reported, seq, kind, type, date, \"end\", value, currency,"   \
    " value_date, provider, receiver, provider_ref, receiver_ref, description, file, line"  \
    " FROM flows"
static const char *const flow_sql[FL_COUNT] = {
    FLOW_COLS " WHERE activity=? ORDER BY source, reported, seq",
    FLOW_COLS " ORDER BY activity, source, reported, seq",
    "DELETE FROM flows WHERE activity=? AND source=? AND reported=?",
    "INSERT INTO flows(activity, source, reported, seq, kind, type, date, \"end\", value,"
    " currency, value_date, provider, receiver, provider_ref, receiver_ref, description, file,"
    " line)"
    " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
};

/* The statements of tokens and the audit log, prepared at open time. */
enum { TK_NEW, TK_FIND, TK_REVOKE, TK_EACH, AU_ADD, AU_EACH, TK_COPY, AU_COPY, TK_COUNT };
static const char *const token_sql[TK_COUNT] = {
    "INSERT INTO tokens(role, hash, note, created)"
    " VALUES(?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
    "SELECT id, role, revoked IS NOT NULL FROM tokens WHERE hash=?",
    "UPDATE tokens SET revoked=strftime('%Y-%m-%dT%H:%M:%SZ','now')"
    " WHERE id=? AND revoked IS NULL",
    "SELECT id, role, note, created, revoked, hash FROM tokens ORDER BY id",
    "INSERT INTO audit(at, token_id, role, what, claim_id)"
    " VALUES(strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, ?, ?, ?)",
    "SELECT n, at, token_id, role, what, claim_id FROM audit ORDER BY n",
    "INSERT INTO tokens(id, role, hash, note, created, revoked) VALUES(?, ?, ?, ?, ?, ?)",
    "INSERT INTO audit(n, at, token_id, role, what, claim_id) VALUES(?, ?, ?, ?, ?, ?)",
};

#define NMIGRATIONS (sizeof migrations / sizeof migrations[0])

/* Ids written in the current transaction, by a 64-bit hash of each: the
** first WRITTEN_FEW in a small set of the hashes, and past that in a Bloom
** filter of fixed size (one 64-bit word per id, WRITTEN_PROBES bits in it)
** that the set's hashes move into. Either can say "never written" for
** certain and "perhaps written" wrongly, so only "never" is trusted. The
** filter's size is fixed so that memory stays flat however many rows a
** transaction writes: 8 MiB keeps false "perhaps" answers near 1% up to
** about seven million ids, and past that they only cost a query each. The
** small set spares a transaction of a few rows (a claim sent to the web
** API) the filter's 8 MiB. */
#define WRITTEN_FEW 1024
#define WRITTEN_WORDS ((size_t)1 << 20)
#define WRITTEN_PROBES 4

/* Pages SQLite may cache, in KiB (its default is 2,000 KiB). A write
** transaction inserts into indexes in the order of their keys' hashes
** (claim ids of an IATI import are hashes); once an index outgrows the
** cache, nearly every insert reads a page back and spills another, and
** the time per row grows with the table. 16 MiB holds the indexes of
** about a million rows; it is taken only as pages are used, and it is a
** limit, so memory stays flat. */
#define WRITE_CACHE_KIB 16384
#define STR(x) #x
#define XSTR(x) STR(x)

typedef struct sq_store {
    store base;  /* first: a sq_store is a store */
    sqlite3 *db;
    const char *path; /* base.path */
    sqlite3_stmt *put[C_COUNT];  /* insert or update */
    sqlite3_stmt *ins[C_COUNT];  /* insert only, for an id certainly not stored */
    sqlite3_stmt *get[C_COUNT];  /* one row by id */
    sqlite3_stmt *find;          /* which concept an id belongs to */
    sqlite3_stmt *empty;         /* which concept tables hold no row */
    sqlite3_stmt *tok[TK_COUNT]; /* tokens and audit */
    sqlite3_stmt *fl[FL_COUNT];  /* flows */
    int in_tx;
    /* While a transaction runs: the tables that were empty when it began
    ** (BEGIN IMMEDIATE: no other writer can fill them meanwhile) and the
    ** ids it has written since. An id it has not written cannot be in a
    ** table that was empty, so lookups there need no query and a put
    ** there is an insert: a bulk load into a fresh database runs without
    ** a single existence query. */
    int was_empty[C_COUNT];
    int nonempty; /* tables that were not */
    int track;    /* the ids written are known: some table was empty, and
                  ** memory was found for every id written */
    uint64_t few[2 * WRITTEN_FEW]; /* hashes (0: none), open addressing */
    size_t nfew;
    uint64_t *written; /* the filter, once FEW is full; else NULL */
} sq_store;

#define SQ(s) ((sq_store *)(s))

static int db_error(sq_store *s, amur_err *err, const char *what)
{
    return err_set(err, AMUR_ESYS, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

static int exec(sq_store *s, const char *sql, amur_err *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        err_set(err, AMUR_ESYS, "%s: %s", s->path, msg ? msg : "error");
        sqlite3_free(msg);
        return AMUR_ESYS;
    }
    return AMUR_OK;
}

static int schema_version(sq_store *s, int *version, amur_err *err)
{
    sqlite3_stmt *st;
    *version = 0;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "reading the schema version");
    if (sqlite3_step(st) != SQLITE_ROW) {
        /* unreadable is not the same as not amur's (a read-only WAL file) */
        db_error(s, err, "reading the schema version");
        sqlite3_finalize(st);
        return AMUR_ESYS;
    }
    *version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return AMUR_OK;
}

/* A read-only store cannot migrate: it must be current already. */
static int check_version(sq_store *s, amur_err *err)
{
    int version;
    if (schema_version(s, &version, err))
        return err->code;
    if (version == 0)
        return err_set(err, AMUR_EDATA, "%s: not an amur database", s->path);
    if (version != (int)NMIGRATIONS)
        return err_set(err, AMUR_EDATA,
                       "%s: schema version %d, this amur needs %d: run amur load "
                       "(it migrates the database) first",
                       s->path, version, (int)NMIGRATIONS);
    return AMUR_OK;
}

static int migrate(sq_store *s, amur_err *err)
{
    int version;
    char sql[64];

    if (schema_version(s, &version, err))
        return err->code;
    if (version > (int)NMIGRATIONS)
        return err_set(err, AMUR_ESYS,
                       "%s: schema version %d is newer than this amur knows (%d): "
                       "use a newer amur",
                       s->path, version, (int)NMIGRATIONS);
    if (version == (int)NMIGRATIONS)
        return AMUR_OK;
    if (exec(s, "BEGIN IMMEDIATE", err))
        return err->code;
    for (size_t i = (size_t)version; i < NMIGRATIONS; i++) {
        if (exec(s, migrations[i], err)) {
            exec(s, "ROLLBACK", NULL);
            err_prefix(err, "migrating to schema version %zu", i + 1);
            return err->code;
        }
    }
    snprintf(sql, sizeof sql, "PRAGMA user_version=%d", (int)NMIGRATIONS);
    if (exec(s, sql, err) || exec(s, "COMMIT", err)) {
        exec(s, "ROLLBACK", NULL);
        return err->code;
    }
    return AMUR_OK;
}

/* INSERT INTO table(columns) VALUES(?, ...): a new row, no more. */
static void build_insert(const concept *c, char *sql, size_t n)
{
    sql[0] = 0;
    store_sql_cat(sql, n, "INSERT INTO ");
    store_sql_cat(sql, n, c->name);
    store_sql_cat(sql, n, "(");
    for (size_t i = 0; i < c->ncols; i++)
        store_sql_col(sql, n, i ? "," : "", c->cols[i].name);
    store_sql_cat(sql, n, ") VALUES(");
    for (size_t i = 0; i < c->ncols; i++)
        store_sql_cat(sql, n, i ? ",?" : "?");
    store_sql_cat(sql, n, ")");
}

/* INSERT ... ON CONFLICT(id) DO UPDATE ... WHERE something differs, so that
** sqlite3_changes() tells an unchanged row from a changed one. */
static void build_put(const concept *c, char *sql, size_t n)
{
    build_insert(c, sql, n);
    sql[strlen(sql) - 1] = 0; /* the closing parenthesis, put back below */
    if (c->append_only) {
        store_sql_cat(sql, n, ") ON CONFLICT(id) DO NOTHING");
        return;
    }
    store_sql_cat(sql, n, ") ON CONFLICT(id) DO UPDATE SET ");
    for (size_t i = 1; i < c->ncols; i++) {
        store_sql_col(sql, n, i > 1 ? "," : "", c->cols[i].name);
        store_sql_col(sql, n, "=excluded.", c->cols[i].name);
    }
    store_sql_cat(sql, n, " WHERE ");
    for (size_t i = 1; i < c->ncols; i++) {
        store_sql_col(sql, n, i > 1 ? " OR " : "", c->cols[i].name);
        store_sql_col(sql, n, " IS NOT excluded.", c->cols[i].name);
    }
}

static void build_select(const concept *c, char *sql, size_t n, const char *where)
{
    sql[0] = 0;
    store_sql_cat(sql, n, "SELECT ");
    for (size_t i = 0; i < c->ncols; i++)
        store_sql_col(sql, n, i ? "," : "", c->cols[i].name);
    store_sql_cat(sql, n, " FROM ");
    store_sql_cat(sql, n, c->name);
    store_sql_cat(sql, n, where);
}

/* The numbers are concept_id values (C_SOURCE is 0, C_PLACE 1, ...). */
static const char find_sql[] =
    "SELECT 1, kind FROM places WHERE id=?1 UNION ALL "
    "SELECT 2, kind FROM actors WHERE id=?1 UNION ALL "
    "SELECT 3, kind FROM instruments WHERE id=?1 UNION ALL "
    "SELECT 4, kind FROM projects WHERE id=?1 UNION ALL "
    "SELECT 0, NULL FROM sources WHERE id=?1 UNION ALL "
    "SELECT 5, NULL FROM listings WHERE id=?1 UNION ALL "
    "SELECT 6, NULL FROM stakes WHERE id=?1 UNION ALL "
    "SELECT 7, NULL FROM claims WHERE id=?1 UNION ALL "
    "SELECT 8, NULL FROM indicators WHERE id=?1 LIMIT 1";

/* The order in which find_sql looks at the tables: the first that holds
** an id answers. */
static const concept_id find_order[C_COUNT] = {C_PLACE,   C_ACTOR,   C_INSTRUMENT,
                                               C_PROJECT, C_SOURCE,  C_LISTING,
                                               C_STAKE,   C_CLAIM,   C_INDICATOR};

/* One row: for each concept table in concept_id order, 1 when it holds a
** row, else NULL. */
static void build_empty(char *sql, size_t n)
{
    sql[0] = 0;
    store_sql_cat(sql, n, "SELECT ");
    for (int c = 0; c < C_COUNT; c++) {
        store_sql_cat(sql, n, c ? ",(SELECT 1 FROM " : "(SELECT 1 FROM ");
        store_sql_cat(sql, n, schema_concepts[c].name);
        store_sql_cat(sql, n, " LIMIT 1)");
    }
}

/* ---- ids written in this transaction ---- */

static uint64_t id_hash(const char *id)
{
    uint64_t h = 14695981039346656037ULL;
    for (; *id; id++)
        h = (h ^ (unsigned char)*id) * 1099511628211ULL;
    /* FNV-1a's high bits mix poorly for short keys: finish as splitmix64 */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

/* The word of the filter for H and the bits of that word. */
static uint64_t *written_word(sq_store *s, uint64_t h, uint64_t *bits)
{
    *bits = 0;
    for (int i = 0; i < WRITTEN_PROBES; i++)
        *bits |= (uint64_t)1 << ((h >> (6 * i)) & 63);
    return &s->written[(h >> 32) & (WRITTEN_WORDS - 1)];
}

/* The slot of hash H in the small set: where it is, or the empty one
** where it would go (the set is never more than half full). */
static uint64_t *few_slot(sq_store *s, uint64_t h)
{
    size_t mask = 2 * WRITTEN_FEW - 1, i = (size_t)h & mask;
    while (s->few[i] && s->few[i] != h)
        i = (i + 1) & mask;
    return &s->few[i];
}

/* A zeroed filter holding the small set's hashes, or NULL. Every id lands
** on a random word of it, so on huge pages where the system has them: on
** small ones nearly every lookup would miss the TLB as well as the cache. */
static uint64_t *written_new(sq_store *s)
{
    size_t size = WRITTEN_WORDS * sizeof(uint64_t);
    uint64_t bits, *w = aligned_alloc((size_t)1 << 21, size);
    if (!w)
        return NULL;
#ifdef MADV_HUGEPAGE
    madvise(w, size, MADV_HUGEPAGE); /* only a hint: no matter if refused */
#endif
    memset(w, 0, size);
    s->written = w;
    for (size_t i = 0; i < 2 * WRITTEN_FEW; i++)
        if (s->few[i])
            *written_word(s, s->few[i], &bits) |= bits;
    return w;
}

/* 1 when ID has certainly not been written in this transaction, so that
** it can be in no table that was empty when the transaction began. With
** ADD, it is noted as written (whatever the answer). */
static int never_written(sq_store *s, const char *id, int add)
{
    uint64_t h, bits, *w, old;
    if (!s->in_tx || !s->track || !id)
        return 0;
    if (!s->nfew && !add)
        return 1; /* a bulk load's checks, before its first row is stored */
    h = id_hash(id) | 1; /* never 0, which marks an empty slot */
    if (!s->written) {
        uint64_t *slot = few_slot(s, h);
        if (*slot)
            return 0;
        if (!add)
            return 1;
        if (s->nfew < WRITTEN_FEW) {
            *slot = h;
            s->nfew++;
            return 1;
        }
        if (!written_new(s)) {
            s->track = 0; /* from now on every lookup asks the database */
            return 0;
        }
    }
    w = written_word(s, h, &bits);
    old = *w;
    if (add)
        *w = old | bits;
    return (old & bits) != bits;
}

static void tx_forget(sq_store *s)
{
    s->in_tx = 0;
    s->track = 0;
    free(s->written);
    s->written = NULL;
    if (s->nfew)
        memset(s->few, 0, sizeof s->few);
    s->nfew = 0;
}

/* Notes which tables are empty now, at the start of a transaction. */
static int tx_survey(sq_store *s, amur_err *err)
{
    int rc = sqlite3_step(s->empty);
    s->nonempty = 0;
    for (int c = 0; c < C_COUNT; c++) {
        s->was_empty[c] = rc == SQLITE_ROW && sqlite3_column_type(s->empty, c) == SQLITE_NULL;
        s->nonempty += !s->was_empty[c];
    }
    sqlite3_reset(s->empty);
    if (rc != SQLITE_ROW)
        return db_error(s, err, "starting a transaction");
    /* without an empty table, knowing the ids written spares no query */
    s->track = s->nonempty < C_COUNT;
    return AMUR_OK;
}

static void sq_close(store *base)
{
    sq_store *s = SQ(base);
    if (!s)
        return;
    for (int c = 0; c < C_COUNT; c++) {
        sqlite3_finalize(s->put[c]);
        sqlite3_finalize(s->ins[c]);
        sqlite3_finalize(s->get[c]);
    }
    sqlite3_finalize(s->find);
    sqlite3_finalize(s->empty);
    free(s->written);
    for (int i = 0; i < TK_COUNT; i++)
        sqlite3_finalize(s->tok[i]);
    for (int i = 0; i < FL_COUNT; i++)
        sqlite3_finalize(s->fl[i]);
    sqlite3_close(s->db);
    free(s->base.path);
    free(s);
}

static int prepare(sq_store *s, const char *sql, sqlite3_stmt **st, amur_err *err)
{
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) != SQLITE_OK)
        return db_error(s, err, "preparing statements");
    return AMUR_OK;
}

/* PATH as an SQLite URI that opens it immutable: "file:" and the path with
** %, ? and # (and bytes that are not printable ASCII) %-escaped. */
static char *immutable_uri(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(path);
    char *u = malloc(5 + 3 * n + sizeof "?immutable=1"), *w = u;
    if (!u)
        return NULL;
    memcpy(w, "file:", 5);
    w += 5;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if (*p == '%' || *p == '?' || *p == '#' || *p <= ' ' || *p >= 0x7f) {
            *w++ = '%';
            *w++ = hex[*p >> 4];
            *w++ = hex[*p & 15];
        } else {
            *w++ = (char)*p;
        }
    }
    memcpy(w, "?immutable=1", sizeof "?immutable=1");
    return u;
}

/* A database file amur may read but not write, in a folder it cannot
** write either (another user's, a read-only disk): SQLite cannot make the
** shared-memory file a WAL database needs, and every read fails. Such a
** file is opened again as immutable, which needs no such file; it is read
** as it is, with no locks (whoever can write it should not at the same
** time). */
static int reopen_immutable(sq_store *s, const char *path, amur_err *err)
{
    char *uri;
    sqlite3_stmt *st;
    int rc;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc == SQLITE_ROW)
            return AMUR_OK;
    }
    rc = sqlite3_extended_errcode(s->db) & 0xff;
    if (rc != SQLITE_CANTOPEN && rc != SQLITE_READONLY)
        return AMUR_OK; /* a different problem: reported by what follows */
    if (!(uri = immutable_uri(path)))
        return err_set(err, AMUR_ESYS, "out of memory");
    sqlite3_close(s->db);
    s->db = NULL;
    rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                         NULL);
    free(uri);
    if (rc != SQLITE_OK)
        return err_set(err, AMUR_ESYS, "%s: cannot open the database: %s", path,
                       s->db ? sqlite3_errmsg(s->db) : "out of memory");
    return AMUR_OK;
}

static int sq_open(const char *path, int mode, store **out, amur_err *err)
{
    sq_store *s;
    char sql[4096];
    struct stat st;
    int rc = AMUR_OK;

    *out = NULL;
    if (mode == STORE_READ && stat(path, &st) != 0)
        return err_set(err, AMUR_EDATA, "%s: no database here (amur load DIR creates one)",
                       path);
    s = calloc(1, sizeof *s);
    if (!s || !(s->base.path = strdup(path))) {
        free(s);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    s->path = s->base.path;
    /* a handle is only ever used by one thread at a time (the server opens
    ** one per request or snapshot), so SQLite's own mutexes, which cost ~5%
    ** of reading ten million claims, are left out */
    if (sqlite3_open_v2(path, &s->db,
                        (mode == STORE_READ ? SQLITE_OPEN_READONLY
                                            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                            SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        err_set(err, AMUR_ESYS, "%s: cannot open the database: %s", path,
                s->db ? sqlite3_errmsg(s->db) : "out of memory");
        sq_close(&s->base);
        return AMUR_ESYS;
    }
    if (mode == STORE_READ && reopen_immutable(s, path, err)) {
        sq_close(&s->base);
        return err->code;
    }
    if (mode == STORE_WRITE && sqlite3_db_readonly(s->db, "main") == 1) {
        sq_close(&s->base);
        return err_set(err, AMUR_EDATA,
                       "%s: the database is read-only here (its file cannot be written): "
                       "it can be read, not changed",
                       path);
    }
    sqlite3_busy_timeout(s->db, 5000);
    if (exec(s, mode == STORE_READ ? "PRAGMA foreign_keys=ON"
                                   : "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;"
                                     " PRAGMA synchronous=NORMAL",
             err) ||
        (mode == STORE_WRITE && exec(s, "PRAGMA cache_size=-" XSTR(WRITE_CACHE_KIB), err)) ||
        (mode == STORE_READ ? check_version(s, err) : migrate(s, err)) ||
        /* a read-only handle reads one snapshot for its life (WAL keeps it
        ** without blocking writers), never half of a load committed meanwhile */
        (mode == STORE_READ && exec(s, "BEGIN", err))) {
        sq_close(&s->base);
        return err->code;
    }
    for (int c = 0; c < C_COUNT && rc == AMUR_OK; c++) {
        const concept *cc = &schema_concepts[c];
        build_put(cc, sql, sizeof sql);
        rc = prepare(s, sql, &s->put[c], err);
        build_insert(cc, sql, sizeof sql);
        if (rc == AMUR_OK)
            rc = prepare(s, sql, &s->ins[c], err);
        build_select(cc, sql, sizeof sql, " WHERE id=?");
        if (rc == AMUR_OK)
            rc = prepare(s, sql, &s->get[c], err);
    }
    if (rc == AMUR_OK)
        rc = prepare(s, find_sql, &s->find, err);
    if (rc == AMUR_OK) {
        build_empty(sql, sizeof sql);
        rc = prepare(s, sql, &s->empty, err);
    }
    for (int i = 0; i < TK_COUNT && rc == AMUR_OK; i++)
        rc = prepare(s, token_sql[i], &s->tok[i], err);
    for (int i = 0; i < FL_COUNT && rc == AMUR_OK; i++)
        rc = prepare(s, flow_sql[i], &s->fl[i], err);
    if (rc) {
        sq_close(&s->base);
        return rc;
    }
    *out = &s->base;
    return AMUR_OK;
}

static int sq_set_lock_wait(store *base, long ms, amur_err *err)
{
    (void)err;
    sqlite3_busy_timeout(SQ(base)->db, ms > 0x7fffffffL ? 0x7fffffff : (int)ms);
    return AMUR_OK;
}

static int sq_begin(store *base, amur_err *err)
{
    sq_store *s = SQ(base);
    /* References are checked at commit, so a row may refer to one that
    ** comes later in the same bundle (an actor to its parent further down
    ** the file): the checker has already made sure every one exists. */
    if (exec(s, "BEGIN IMMEDIATE; PRAGMA defer_foreign_keys=ON", err))
        return err->code;
    s->in_tx = 1;
    if (tx_survey(s, err)) {
        exec(s, "ROLLBACK", NULL);
        tx_forget(s);
        return err->code;
    }
    return AMUR_OK;
}

static int sq_commit(store *base, amur_err *err)
{
    sq_store *s = SQ(base);
    if (exec(s, "COMMIT", err))
        return err->code;
    tx_forget(s);
    return AMUR_OK;
}

static void sq_rollback(store *base)
{
    sq_store *s = SQ(base);
    if (s->in_tx)
        exec(s, "ROLLBACK", NULL);
    tx_forget(s);
}

static void bind_fields(sqlite3_stmt *st, const concept *c, char *const *f)
{
    for (size_t i = 0; i < c->ncols; i++) {
        if (f[i])
            sqlite3_bind_text(st, (int)i + 1, f[i], -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(st, (int)i + 1);
    }
}

static int sq_put(store *base, const concept *c, char *const *fields, int *result,
                  amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->put[c->id];
    int rc, existed, known = 1;
    long before = (long)sqlite3_total_changes(s->db);
    int fresh = never_written(s, fields[0], 1); /* and from now on it is written */

    /* whether the row existed decides between "added" and "changed"; in
    ** a table empty at the start of the transaction, an id not written
    ** since cannot be there */
    if (s->was_empty[c->id] && fresh) {
        existed = 0;
    } else {
        sqlite3_bind_text(s->get[c->id], 1, fields[0], -1, SQLITE_STATIC);
        rc = sqlite3_step(s->get[c->id]);
        existed = rc == SQLITE_ROW;
        known = rc == SQLITE_ROW || rc == SQLITE_DONE;
        sqlite3_reset(s->get[c->id]);
    }
    /* a stored row of an append-only concept is kept as it is: the upsert
    ** would do nothing */
    if (known && existed && c->append_only) {
        *result = STORE_SAME;
        return AMUR_OK;
    }
    /* a new row inside a transaction (whose lock keeps other writers out
    ** until it ends) takes a plain INSERT: unlike the upsert, which may
    ** update, it needs no statement journal, in which SQLite would copy
    ** every page the row touches in case the statement had to be undone */
    if (known && !existed && s->in_tx)
        st = s->ins[c->id];

    bind_fields(st, c, fields);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        return err_set(err, AMUR_ESYS, "%s: storing %s '%s': %s", s->path, c->one, fields[0],
                       sqlite3_errmsg(s->db));
    if ((long)sqlite3_total_changes(s->db) == before)
        *result = STORE_SAME;
    else
        *result = existed ? STORE_CHANGED : STORE_ADDED;
    return AMUR_OK;
}

static char **row_copy(sqlite3_stmt *st, const concept *c)
{
    char **f = calloc(c->ncols, sizeof *f);
    if (!f)
        return NULL;
    for (size_t i = 0; i < c->ncols; i++) {
        const unsigned char *v = sqlite3_column_text(st, (int)i);
        if (v && !(f[i] = strdup((const char *)v))) {
            store_row_free(c, f);
            return NULL;
        }
    }
    return f;
}

static int sq_get(store *base, const concept *c, const char *id, char ***fields,
                  amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->get[c->id];
    int rc;
    *fields = NULL;
    if (s->was_empty[c->id] && never_written(s, id, 0))
        return 0;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && !(*fields = row_copy(st, c)))
        rc = SQLITE_NOMEM;
    sqlite3_reset(st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    return -db_error(s, err, "reading");
}

/* store.c has checked the filters' columns against the schema. */
static int sq_each(store *base, const concept *c, const store_filter *f, size_t nf,
                   store_row_fn fn, void *ctx, amur_err *err)
{
    sq_store *s = SQ(base);
    char sql[4096], where[512];
    sqlite3_stmt *st;
    char *row[64];
    int rc, stop = 0;

    where[0] = 0;
    for (size_t i = 0; i < nf; i++) {
        /* only names from the schema reach the SQL text */
        int k = schema_col(c, f[i].col);
        store_sql_cat(where, sizeof where, i ? " AND " : " WHERE ");
        store_sql_col(where, sizeof where, "", c->cols[k].name);
        store_sql_cat(where, sizeof where, "=?");
    }
    store_sql_cat(where, sizeof where, " ORDER BY rowid");
    build_select(c, sql, sizeof sql, where);
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "reading");
    for (size_t i = 0; i < nf; i++)
        sqlite3_bind_text(st, (int)i + 1, f[i].value, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (size_t i = 0; i < c->ncols; i++)
            row[i] = (char *)sqlite3_column_text(st, (int)i);
        if ((stop = fn(ctx, row)) != 0)
            break;
    }
    if (!stop && rc != SQLITE_DONE) {
        db_error(s, err, "reading");
        sqlite3_finalize(st);
        return AMUR_ESYS;
    }
    sqlite3_finalize(st);
    return stop;
}

/* sq_find() for an id this transaction has not written: only the tables
** that held rows when it began are asked, one at a time, in find_sql's
** order. */
static int find_in_nonempty(sq_store *s, const char *id, char *kind, size_t kindsz)
{
    for (int i = 0; i < C_COUNT; i++) {
        concept_id c = find_order[i];
        sqlite3_stmt *st = s->get[c];
        int k = schema_col(&schema_concepts[c], "kind"), found;
        if (s->was_empty[c])
            continue;
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
        found = sqlite3_step(st);
        if (found != SQLITE_ROW && found != SQLITE_DONE) {
            sqlite3_reset(st);
            return STORE_FIND_FAILED;
        }
        found = found == SQLITE_ROW;
        if (found && kind && kindsz) {
            const unsigned char *v = k >= 0 ? sqlite3_column_text(st, k) : NULL;
            snprintf(kind, kindsz, "%s", v ? (const char *)v : "");
        }
        sqlite3_reset(st);
        if (found)
            return (int)c;
    }
    return STORE_NOT_FOUND;
}

static int sq_find(store *base, const char *id, char *kind, size_t kindsz)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->find;
    int found = STORE_NOT_FOUND, step;
    if (never_written(s, id, 0)) {
        if (s->nonempty == 0)
            return -1;
        /* one query per table beats the union only when it skips some */
        if (s->nonempty <= C_COUNT / 2)
            return find_in_nonempty(s, id, kind, kindsz);
    }
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const unsigned char *k = sqlite3_column_text(st, 1);
        found = sqlite3_column_int(st, 0);
        if (kind && kindsz)
            snprintf(kind, kindsz, "%s", k ? (const char *)k : "");
    } else if (step != SQLITE_DONE) {
        found = STORE_FIND_FAILED;
    }
    sqlite3_reset(st);
    return found;
}

static int sq_count(store *base, const concept *c, long *n, amur_err *err)
{
    sq_store *s = SQ(base);
    char sql[128] = "SELECT count(*) FROM ";
    sqlite3_stmt *st;
    store_sql_cat(sql, sizeof sql, c->name); /* a name from the schema, never input */
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "counting");
    *n = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return AMUR_OK;
}

/* Appends to the load log; AT NULL means now. */
static int add_load(sq_store *s, const char *at, const char *what, long added, long changed,
                    amur_err *err)
{
    sqlite3_stmt *st;
    int rc;
    if (sqlite3_prepare_v2(s->db,
                           "INSERT INTO loads(at, what, added, changed)"
                           " VALUES(coalesce(?, strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
                           " ?, ?, ?)",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(s, err, "logging the load");
    if (at)
        sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, what, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, added);
    sqlite3_bind_int64(st, 4, changed);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? AMUR_OK : db_error(s, err, "logging the load");
}

static int sq_copy_load(store *base, const store_load *l, amur_err *err)
{
    return add_load(SQ(base), l->at, l->what, l->added, l->changed, err);
}

static int sq_each_load(store *base, store_load_fn fn, void *ctx, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st;
    int rc, stop = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT at, what, added, changed FROM loads ORDER BY n", -1,
                           &st, NULL) != SQLITE_OK)
        return db_error(s, err, "reading the load log");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_load l;
        l.at = (const char *)sqlite3_column_text(st, 0);
        l.what = (const char *)sqlite3_column_text(st, 1);
        l.added = (long)sqlite3_column_int64(st, 2);
        l.changed = (long)sqlite3_column_int64(st, 3);
        if ((stop = fn(ctx, &l)) != 0)
            break;
    }
    if (!stop && rc != SQLITE_DONE)
        stop = db_error(s, err, "reading the load log");
    sqlite3_finalize(st);
    return stop;
}

/* ---- tokens and the audit log ---- */

static void bind_opt(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* Steps ST once to its end (a change), then resets it. */
static int step_done(sq_store *s, sqlite3_stmt *st, amur_err *err, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? AMUR_OK : db_error(s, err, what);
}

static int sq_token_new(store *base, const char *role, const char *hash, const char *note,
                        long *id, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->tok[TK_NEW];
    bind_opt(st, 1, role);
    bind_opt(st, 2, hash);
    bind_opt(st, 3, note);
    if (step_done(s, st, err, "storing the token"))
        return err->code;
    *id = (long)sqlite3_last_insert_rowid(s->db);
    return AMUR_OK;
}

static int sq_token_find(store *base, const char *hash, long *id, char *role, size_t rolesz,
                         int *revoked, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->tok[TK_FIND];
    int rc;
    bind_opt(st, 1, hash);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const unsigned char *r = sqlite3_column_text(st, 1);
        *id = (long)sqlite3_column_int64(st, 0);
        snprintf(role, rolesz, "%s", r ? (const char *)r : "");
        *revoked = sqlite3_column_int(st, 2);
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    return -db_error(s, err, "reading tokens");
}

static int sq_token_revoke(store *base, long id, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->tok[TK_REVOKE];
    sqlite3_bind_int64(st, 1, id);
    if (step_done(s, st, err, "revoking the token"))
        return -err->code;
    return sqlite3_changes(s->db) > 0;
}

static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static int sq_each_token(store *base, int with_hash, store_token_fn fn, void *ctx,
                         amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->tok[TK_EACH];
    int rc, stop = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_token t;
        t.id = (long)sqlite3_column_int64(st, 0);
        t.role = col_text(st, 1);
        t.note = col_text(st, 2);
        t.created = col_text(st, 3);
        t.revoked = col_text(st, 4);
        t.hash = with_hash ? col_text(st, 5) : NULL;
        if ((stop = fn(ctx, &t)) != 0)
            break;
    }
    if (!stop && rc != SQLITE_DONE)
        stop = db_error(s, err, "reading tokens");
    sqlite3_reset(st);
    return stop;
}

static int sq_audit_add(store *base, long token_id, const char *role, const char *what,
                        const char *claim_id, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->tok[AU_ADD];
    sqlite3_bind_int64(st, 1, token_id);
    bind_opt(st, 2, role);
    bind_opt(st, 3, what);
    bind_opt(st, 4, claim_id);
    return step_done(s, st, err, "writing the audit log");
}

static int sq_each_audit(store *base, store_audit_fn fn, void *ctx, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->tok[AU_EACH];
    int rc, stop = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_audit a;
        a.n = (long)sqlite3_column_int64(st, 0);
        a.at = col_text(st, 1);
        a.token_id = (long)sqlite3_column_int64(st, 2);
        a.role = col_text(st, 3);
        a.what = col_text(st, 4);
        a.claim_id = col_text(st, 5);
        if ((stop = fn(ctx, &a)) != 0)
            break;
    }
    if (!stop && rc != SQLITE_DONE)
        stop = db_error(s, err, "reading the audit log");
    sqlite3_reset(st);
    return stop;
}

static int sq_copy_token(store *base, const store_token *t, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->tok[TK_COPY];
    sqlite3_bind_int64(st, 1, t->id);
    bind_opt(st, 2, t->role);
    bind_opt(st, 3, t->hash);
    bind_opt(st, 4, t->note);
    bind_opt(st, 5, t->created);
    bind_opt(st, 6, t->revoked);
    return step_done(s, st, err, "copying a token");
}

static int sq_copy_audit(store *base, const store_audit *a, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->tok[AU_COPY];
    sqlite3_bind_int64(st, 1, a->n);
    bind_opt(st, 2, a->at);
    sqlite3_bind_int64(st, 3, a->token_id);
    bind_opt(st, 4, a->role);
    bind_opt(st, 5, a->what);
    bind_opt(st, 6, a->claim_id);
    return step_done(s, st, err, "copying the audit log");
}

/* ---- flows ---- */

static int sq_flow_each(store *base, const char *activity, store_flow_fn fn, void *ctx,
                        amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->fl[activity ? FL_EACH : FL_ALL];
    int rc, stop = 0;
    if (activity)
        bind_opt(st, 1, activity);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        store_flow f;
        f.activity = col_text(st, 0);
        f.source = col_text(st, 1);
        f.reported = col_text(st, 2);
        f.seq = (long)sqlite3_column_int64(st, 3);
        f.kind = col_text(st, 4);
        f.type = col_text(st, 5);
        f.date = col_text(st, 6);
        f.end = col_text(st, 7);
        f.value = col_text(st, 8);
        f.currency = col_text(st, 9);
        f.value_date = col_text(st, 10);
        f.provider = col_text(st, 11);
        f.receiver = col_text(st, 12);
        f.provider_ref = col_text(st, 13);
        f.receiver_ref = col_text(st, 14);
        f.description = col_text(st, 15);
        f.file = col_text(st, 16);
        f.line = (long)sqlite3_column_int64(st, 17);
        if ((stop = fn(ctx, &f)) != 0)
            break;
    }
    if (!stop && rc != SQLITE_DONE)
        stop = db_error(s, err, "reading flows");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return stop;
}

static int sq_flow_del(store *base, const char *activity, const char *source,
                       const char *reported, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->fl[FL_DEL];
    bind_opt(st, 1, activity);
    bind_opt(st, 2, source);
    bind_opt(st, 3, reported);
    return step_done(s, st, err, "replacing flows");
}

static int sq_flow_add(store *base, const store_flow *f, amur_err *err)
{
    sq_store *s = SQ(base);
    sqlite3_stmt *st = s->fl[FL_ADD];
    const char *const t[] = {f->activity, f->source,   f->reported,   NULL,
                             f->kind,     f->type,     f->date,       f->end,
                             f->value,    f->currency, f->value_date, f->provider,
                             f->receiver, f->provider_ref, f->receiver_ref, f->description,
                             f->file};
    for (int i = 0; i < 17; i++)
        if (i != 3)
            bind_opt(st, i + 1, t[i]);
    sqlite3_bind_int64(st, 4, f->seq);
    sqlite3_bind_int64(st, 18, f->line);
    return step_done(s, st, err, "storing a flow");
}

const store_ops store_sqlite_ops = {
    .name = "sqlite",
    .open = sq_open,
    .close = sq_close,
    .begin = sq_begin,
    .set_lock_wait = sq_set_lock_wait,
    .commit = sq_commit,
    .rollback = sq_rollback,
    .put = sq_put,
    .each = sq_each,
    .share_snapshot = store_sq_share_snapshot,
    .each_chunk = store_sq_each_chunk,
    .get = sq_get,
    .find = sq_find,
    .count = sq_count,
    .each_load = sq_each_load,
    .copy_load = sq_copy_load,
    .token_new = sq_token_new,
    .token_find = sq_token_find,
    .token_revoke = sq_token_revoke,
    .each_token = sq_each_token,
    .copy_token = sq_copy_token,
    .audit_add = sq_audit_add,
    .each_audit = sq_each_audit,
    .copy_audit = sq_copy_audit,
    .flow_each = sq_flow_each,
    .flow_del = sq_flow_del,
    .flow_add = sq_flow_add,
    .prop_run = store_sq_prop_run,
};

sqlite3 *store_sq_db(store *base) { return SQ(base)->db; }
