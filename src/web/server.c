/*
** server.c — see server.h.
**
** A request goes: size limits (Content-Length, then the body as it comes)
** → method and path → for /api/, the route, its parameters checked
** against the route's list, the handler run on the current snapshot, the
** JSON dumped; otherwise the embedded asset of that exact path → ETag and
** If-None-Match → gzip when accepted → headers. MHD decodes %-escapes
** with our own function, which refuses %00 and malformed escapes by
** leaving a control byte that fails the request, so a NUL can never cut
** a path short.
*/
#include "server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <jansson.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "../core/sha256.h"
#include "../core/text.h"
#include "../present/table.h"
#include "../present/views.h"
#include "../store/store.h"
#include "assets.h"
#include "../core/dbuf.h"
#include "../core/hash.h"
#include "conns.h"
#include "http.h"
#include "feed.h"
#include "routes.h"
#include "snapshot.h"
#include "subjects.h"
#include "writer.h"

/* Seconds a client told 503 (the database unavailable or busy) should
** wait before it tries again. */
#define WEB_RETRY_AFTER "5"

#define CSP                                                                                 \
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "       \
    "frame-ancestors 'none'; form-action 'self'"
#define BAD_BYTE HTTP_BAD_BYTE
#define JSON_TYPE "application/json; charset=utf-8"

/* ---- signals: the handler only writes a byte to a pipe ---- */

static int stop_pipe[2] = {-1, -1};

static void on_signal(int sig)
{
    int saved = errno;
    char b = (char)sig;
    if (write(stop_pipe[1], &b, 1) < 0) {
        /* nothing to do: the pipe is full, so a stop is already pending */
    }
    errno = saved;
}

/* ---- responses ---- */

/* A cached response: for one URL, snapshot and day (the default as_of is
** today), the finished libmicrohttpd responses, plain and gzipped, headers
** and all. libmicrohttpd counts the references to a response, so one is
** queued on any number of connections at once, without a copy, and lives
** until the last of them has sent it, even after its slot is replaced.
** Entries are never changed once made; a slot's entry is replaced whole. */
typedef struct centry {
    char *key;
    long generation;
    char today[16];
    uint64_t hash;
    struct MHD_Response *plain, *gz; /* gz NULL when the body is too small to compress */
} centry;

struct web_server {
    snap_store *store;
    const char *db; /* the database, opened for writing by routes that write */
    long lock_wait_ms; /* how long a write waits for another writer's lock */
    struct MHD_Daemon *d;
    unsigned port;
    pthread_mutex_t cache_lock;
    centry cache[WEB_CACHE_SLOTS];
    conns *conns; /* the share per address, room when full, the deadline */
    subj_cache *subjects; /* answers about one subject (subjects.h) */
    atomic_long computed; /* answers about one subject computed, for Amur-Computed */
    writer *writer;       /* POST /api/claims, committed in groups (writer.h) */
};
typedef struct web_server server;

static void centry_free(centry *e)
{
    free(e->key);
    if (e->plain)
        MHD_destroy_response(e->plain);
    if (e->gz)
        MHD_destroy_response(e->gz);
    memset(e, 0, sizeof *e);
}

typedef struct request {
    int started;      /* the handler has been called for it */
    unsigned nparams; /* query parameters (counted from the raw URI) */
    size_t body;  /* bytes of body seen */
    size_t limit; /* bytes of body accepted */
    int refused;  /* a response was queued early */
    dbuf data;    /* the body, kept for a POST; at most LIMIT bytes */
    /* a write handed to the writer: the connection is suspended until
    ** the writer has answered it (writer.h) */
    int queued;
    struct MHD_Connection *conn;
    writer_job job;
} request;

static void common_headers(struct MHD_Response *r)
{
    MHD_add_response_header(r, "Content-Security-Policy", CSP);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
}

static void etag_of(char etag[40], uint64_t hash, int gz)
{
    snprintf(etag, 40, "\"%016llx%s\"", (unsigned long long)hash, gz ? "-gz" : "");
}

/* A 200 response of BODY (N bytes, kept as MODE says; gzipped when GZ)
** with every header, or NULL. With MHD_RESPMEM_MUST_FREE the body is the
** response's even when it cannot be made. */
static struct MHD_Response *response_new(void *body, size_t n, enum MHD_ResponseMemoryMode mode,
                                         int gz, uint64_t hash, const char *type,
                                         const char *cache)
{
    char etag[40];
    struct MHD_Response *r = MHD_create_response_from_buffer(n, body, mode);
    if (!r) {
        if (mode == MHD_RESPMEM_MUST_FREE)
            free(body);
        return NULL;
    }
    etag_of(etag, hash, gz);
    MHD_add_response_header(r, "Content-Type", type);
    if (gz)
        MHD_add_response_header(r, "Content-Encoding", "gzip");
    MHD_add_response_header(r, "ETag", etag);
    MHD_add_response_header(r, "Cache-Control", cache);
    MHD_add_response_header(r, "Vary", "Accept-Encoding");
    common_headers(r);
    return r;
}

/* Queues R (made by response_new from a body of HASH) with 200, or a 304
** when If-None-Match holds its ETag. */
static enum MHD_Result respond(struct MHD_Connection *conn, struct MHD_Response *r, int gz,
                               uint64_t hash, const char *cache)
{
    char etag[40];
    struct MHD_Response *nm;
    enum MHD_Result ret;
    etag_of(etag, hash, gz);
    if (!http_etag_matches(conn, etag))
        return MHD_queue_response(conn, MHD_HTTP_OK, r);
    if (!(nm = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT)))
        return MHD_NO;
    MHD_add_response_header(nm, "ETag", etag);
    MHD_add_response_header(nm, "Cache-Control", cache);
    MHD_add_response_header(nm, "Vary", "Accept-Encoding");
    common_headers(nm);
    ret = MHD_queue_response(conn, MHD_HTTP_NOT_MODIFIED, nm);
    MHD_destroy_response(nm);
    return ret;
}

/* BODY (N bytes, the caller's) with 200 or 304, gzipped on the fly when
** the client takes it; for answers that are not cached. */
static enum MHD_Result send_body(struct MHD_Connection *conn, const char *body, size_t n,
                                 const char *type, const char *cache, const char *stale)
{
    uint64_t hash = hash_bytes(body, n, HASH_BASIS);
    struct MHD_Response *r;
    enum MHD_Result ret;
    size_t zn;
    char *z = NULL;
    int gz = n >= WEB_GZIP_MIN && http_accepts_gzip(conn) && (z = http_gzip(body, n, &zn));
    r = gz ? response_new(z, zn, MHD_RESPMEM_MUST_FREE, 1, hash, type, cache)
           : response_new((void *)body, n, MHD_RESPMEM_MUST_COPY, 0, hash, type, cache);
    if (!r)
        return MHD_NO;
    if (stale)
        MHD_add_response_header(r, "Amur-Stale", stale);
    ret = respond(conn, r, gz, hash, cache);
    MHD_destroy_response(r);
    return ret;
}

/* {"error": MSG} with STATUS; ALLOW names the methods for a 405. */
static enum MHD_Result send_error(struct MHD_Connection *conn, unsigned status,
                                  const char *allow, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static enum MHD_Result send_error(struct MHD_Connection *conn, unsigned status,
                                  const char *allow, const char *fmt, ...)
{
    char msg[768];
    json_t *o;
    char *body;
    struct MHD_Response *r;
    enum MHD_Result ret;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* a message quotes the request: keep only valid UTF-8 in it */
    if (text_utf8_invalid(msg, strlen(msg)) >= 0)
        msg[text_utf8_invalid(msg, strlen(msg))] = 0;
    o = json_pack("{s:s}", "error", msg);
    body = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    if (!body)
        return MHD_NO;
    r = MHD_create_response_from_buffer(strlen(body), body, MHD_RESPMEM_MUST_FREE);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type", "application/json; charset=utf-8");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    if (allow)
        MHD_add_response_header(r, "Allow", allow);
    if (status == MHD_HTTP_SERVICE_UNAVAILABLE)
        MHD_add_response_header(r, "Retry-After", WEB_RETRY_AFTER);
    common_headers(r);
    ret = MHD_queue_response(conn, status, r);
    MHD_destroy_response(r);
    return ret;
}

/* A failure of the server's side (the database down, locked or
** unreadable): the details go to the log (stderr) for the operator, never
** into the answer, which would tell any client the database's path or
** address and the driver's words; the client is told to come back. */
static enum MHD_Result send_unavailable(struct MHD_Connection *conn, const char *what,
                                        const amur_err *err)
{
    table_printf(stderr, "amur: serve: %s: %s\n", what, err->msg);
    return send_error(conn, MHD_HTTP_SERVICE_UNAVAILABLE, NULL,
                      "%s: the database is not available now; try again later", what);
}

/* A JSON BODY (taken over) with STATUS, never cached. */
static enum MHD_Result send_json(struct MHD_Connection *conn, unsigned status, char *body)
{
    struct MHD_Response *r;
    enum MHD_Result ret;
    if (!body)
        return MHD_NO;
    r = MHD_create_response_from_buffer(strlen(body), body, MHD_RESPMEM_MUST_FREE);
    if (!r) {
        free(body);
        return MHD_NO;
    }
    MHD_add_response_header(r, "Content-Type", JSON_TYPE);
    MHD_add_response_header(r, "Cache-Control", "no-store");
    if (status == MHD_HTTP_UNAUTHORIZED)
        MHD_add_response_header(r, "WWW-Authenticate", "Bearer");
    if (status == MHD_HTTP_SERVICE_UNAVAILABLE)
        MHD_add_response_header(r, "Retry-After", WEB_RETRY_AFTER);
    common_headers(r);
    ret = MHD_queue_response(conn, status, r);
    MHD_destroy_response(r);
    return ret;
}

/* {"error": MSG, "problems": PROBLEMS (taken over; may be NULL)}. */
static enum MHD_Result send_problems(struct MHD_Connection *conn, unsigned status,
                                     const char *msg, json_t *problems)
{
    json_t *o = json_pack("{s:s}", "error", msg);
    char *body;
    if (o && problems)
        json_object_set(o, "problems", problems);
    json_decref(problems);
    body = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    return send_json(conn, status, body);
}

/* ---- the API ---- */

typedef struct arg_check {
    const route *r;
    char bad[640];
    char key[WEB_CACHE_KEY]; /* path, then each parameter and value after a BAD_BYTE */
    size_t klen;
    const char *seen[ROUTE_MAX_PARAMS];
    size_t nseen;
} arg_check;

static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
    arg_check *a = cls;
    (void)kind;
    if (a->bad[0])
        return MHD_NO;
    if (strchr(key, BAD_BYTE) || (value && strchr(value, BAD_BYTE)) ||
        text_utf8_invalid(key, strlen(key)) >= 0 ||
        (value && text_utf8_invalid(value, strlen(value)) >= 0)) {
        snprintf(a->bad, sizeof a->bad, "a parameter holds a bad escape or invalid UTF-8");
        return MHD_NO;
    }
    if (!api_knows_param(a->r, key)) {
        char help[512];
        api_param_help(a->r, key, help, sizeof help);
        snprintf(a->bad, sizeof a->bad, "unknown parameter '%.64s' for %s%s", key, a->r->path,
                 help);
        return MHD_NO;
    }
    for (size_t i = 0; i < a->nseen; i++)
        if (strcmp(a->seen[i], key) == 0) {
            snprintf(a->bad, sizeof a->bad, "parameter '%.64s' given twice", key);
            return MHD_NO;
        }
    if (a->nseen < ROUTE_MAX_PARAMS)
        a->seen[a->nseen++] = key;
    if (a->klen) {
        /* BAD_BYTE cannot be in a key or value (check above), so it
        ** separates them unambiguously: "a=b&c" in a value is not two */
        int k = snprintf(a->key + a->klen, sizeof a->key - a->klen, "%c%s%c%s", BAD_BYTE, key,
                         BAD_BYTE, value ? value : "");
        a->klen = k >= 0 && (size_t)k < sizeof a->key - a->klen ? a->klen + (size_t)k : 0;
    }
    return MHD_YES;
}

static const char *get_param(void *ctx, const char *name)
{
    const char *v = MHD_lookup_connection_value(ctx, MHD_GET_ARGUMENT_KIND, name);
    /* "?flag" with no '=' is present and empty */
    if (!v && MHD_lookup_connection_value_n(ctx, MHD_GET_ARGUMENT_KIND, name, strlen(name),
                                            NULL, NULL) == MHD_YES)
        return "";
    return v;
}

/* Today's date (UTC), as the default as_of sees it. */
static void today(char *buf, size_t n)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%d", &tm);
}

static uint64_t slot_of(const char *key)
{
    return hash_text(key, HASH_BASIS) % WEB_CACHE_SLOTS;
}

/* Queues E's response, gzipped when the client takes it. */
static enum MHD_Result centry_serve(struct MHD_Connection *conn, const centry *e)
{
    int gz = e->gz && http_accepts_gzip(conn);
    return respond(conn, gz ? e->gz : e->plain, gz, e->hash, "no-cache");
}

/* Serves KEY from the cache when it holds it for GENERATION and DAY. */
static int cache_serve(server *s, struct MHD_Connection *conn, const char *key,
                       long generation, const char *day, enum MHD_Result *ret)
{
    centry *e = &s->cache[slot_of(key)];
    int hit;
    pthread_mutex_lock(&s->cache_lock);
    hit = e->key && e->generation == generation && strcmp(e->today, day) == 0 &&
          strcmp(e->key, key) == 0;
    if (hit)
        *ret = centry_serve(conn, e);
    pthread_mutex_unlock(&s->cache_lock);
    return hit;
}

/* Answers with BODY (N bytes, of TYPE; taken over when MODE is
** MHD_RESPMEM_MUST_FREE, else static) and keeps the answer in the cache
** as the response to KEY, so that the body is gzipped once. */
static enum MHD_Result cache_keep(server *s, struct MHD_Connection *conn, const char *key,
                                  long generation, const char *day, char *body, size_t n,
                                  enum MHD_ResponseMemoryMode mode, const char *type)
{
    centry e, *slot = &s->cache[slot_of(key)];
    enum MHD_Result ret;
    size_t zn;
    char *z;
    memset(&e, 0, sizeof e);
    e.generation = generation;
    snprintf(e.today, sizeof e.today, "%s", day);
    e.hash = hash_bytes(body, n, HASH_BASIS);
    if (n >= WEB_GZIP_MIN && (z = http_gzip(body, n, &zn)))
        e.gz = response_new(z, zn, MHD_RESPMEM_MUST_FREE, 1, e.hash, type, "no-cache");
    if (!(e.plain = response_new(body, n, mode, 0, e.hash, type, "no-cache"))) {
        centry_free(&e);
        return MHD_NO;
    }
    ret = centry_serve(conn, &e);
    if (!(e.key = strdup(key))) {
        centry_free(&e);
        return ret;
    }
    pthread_mutex_lock(&s->cache_lock);
    centry_free(slot);
    *slot = e;
    pthread_mutex_unlock(&s->cache_lock);
    return ret;
}

/* The methods some route serves PATH with, for a 405's Allow header. */
static const char *allowed(const char *path)
{
    int get = 0, post = 0;
    for (size_t i = 0; i < api_nroutes; i++) {
        const char *id;
        const route *r = api_match(api_routes[i].method, path, &id, &(int){0});
        if (r && strcmp(r->method, "GET") == 0)
            get = 1;
        if (r && strcmp(r->method, "POST") == 0)
            post = 1;
    }
    return get && post ? "GET, HEAD, POST" : post ? "POST" : "GET, HEAD";
}

/* The bearer token of the request: 1 with TOKEN filled, 0 when there is
** none (or it is too long to be one of ours). */
static int bearer(struct MHD_Connection *conn, char *token, size_t n)
{
    const char *h = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Authorization");
    size_t len;
    if (!h || strncasecmp(h, "Bearer ", 7) != 0)
        return 0;
    h += 7;
    while (*h == ' ')
        h++;
    len = strlen(h);
    while (len && h[len - 1] == ' ')
        len--;
    if (!len || len >= n)
        return 0;
    memcpy(token, h, len);
    token[len] = 0;
    return 1;
}

/* After a write that stored something on DB (NULL: it cannot be read),
** before it is answered: the whole snapshot is marked stale first, so that
** an answer about one subject computed from here on reads the store; then
** the answers about what it touched go (every one when it does not say). */
static void write_stored(void *ctx, store *db, json_t *touched)
{
    server *s = ctx;
    json_t *set, *v;
    const char *id;
    int all;
    if (touched && json_array_size(touched) == 0) {
        /* a proposal, a rejection: no answer changed */
        snap_store_own(s->store);
        return;
    }
    set = json_object();
    all = !db || !touched || !set || writer_touched_set(db, touched, set);
    snap_store_changed(s->store);
    if (all)
        snap_store_touched_all(s->store);
    else
        json_object_foreach(set, id, v) subj_cache_drop(s->subjects, id);
    json_decref(set);
}

/* After a write on DB (which it closes), answered OK or not: what C
** stored is forgotten; a write refused before it stored anything changes
** nothing, and rebuilds nothing. */
static void forget_touched(server *s, store *db, const api_call *c)
{
    if (c->stored)
        write_stored(s, db, c->touched);
    store_close(db);
}

/* The writer has answered the request: its connection goes on. */
static void write_done(writer_job *j)
{
    request *rq = j->ctx;
    MHD_resume_connection(rq->conn);
}

/* The answer of a handler that needs a token: O (released) with
** OK_STATUS, or the error. */
static enum MHD_Result send_answer(struct MHD_Connection *conn, json_t *o, int ok_status,
                                   int status, const char *error, json_t *problems)
{
    enum MHD_Result ret;
    if (!o)
        return send_problems(conn, status ? (unsigned)status : 500, error[0] ? error : "failed",
                             problems);
    json_decref(problems);
    ret = send_json(conn, ok_status ? (unsigned)ok_status : MHD_HTTP_OK,
                    json_dumps(o, JSON_COMPACT));
    json_decref(o);
    return ret;
}

/* A route that needs a token: the token, its role (api_role_allows, the
** one place roles are compared), the store (opened for writing by a POST,
** for reading otherwise), the handler; after a POST the snapshot is
** reloaded. */
static enum MHD_Result serve_token(server *s, struct MHD_Connection *conn, const route *r,
                                   const char *id, request *rq)
{
    char token[WEB_MAX_TOKEN], hash[2 * SHA256_BYTES + 1], role[32];
    amur_err err = {0, ""};
    store *db = NULL;
    api_call c;
    long token_id = 0;
    int revoked = 0, found, writes = strcmp(r->method, "POST") == 0;
    json_t *o;

    if (!bearer(conn, token, sizeof token))
        return send_problems(conn, MHD_HTTP_UNAUTHORIZED,
                             "this route needs a token: Authorization: Bearer TOKEN", NULL);
    sha256_hex(token, strlen(token), hash);
    if (r->fn == h_post_claims && s->writer) {
        /* the writer checks the token and stores the claims with others,
        ** and resumes the connection once they are committed */
        memcpy(rq->job.hash, hash, sizeof hash);
        rq->job.role = r->role;
        rq->job.body = rq->data.s;
        rq->job.body_len = rq->body;
        rq->job.done = write_done;
        rq->job.ctx = rq;
        rq->conn = conn;
        rq->queued = 1;
        MHD_suspend_connection(conn);
        writer_submit(s->writer, &rq->job);
        return MHD_YES;
    }
    /* the token is checked on a reading handle: nothing is opened for
    ** writing (or created, or migrated) for a request without a valid one */
    if (store_open(s->db, STORE_READ, &db, &err))
        return send_unavailable(conn, "checking the token", &err);
    found = store_token_find(db, hash, &token_id, role, sizeof role, &revoked, &err);
    if (found < 0) {
        store_close(db);
        return send_unavailable(conn, "checking the token", &err);
    }
    if (!found || revoked) {
        store_close(db);
        return send_problems(conn, MHD_HTTP_UNAUTHORIZED,
                             found ? "the token was revoked" : "unknown token", NULL);
    }
    if (!api_role_allows(role, r->role)) {
        store_close(db);
        return send_problems(conn, MHD_HTTP_FORBIDDEN,
                             "this token's role may not use this route", NULL);
    }
    if (writes) {
        store_close(db);
        if (store_open(s->db, STORE_WRITE, &db, &err) ||
            store_set_lock_wait(db, s->lock_wait_ms, &err)) {
            store_close(db);
            return send_unavailable(conn, "opening the database for writing", &err);
        }
    }
    memset(&c, 0, sizeof c);
    c.id = id;
    c.param = get_param;
    c.param_ctx = conn;
    c.db = db;
    c.body = rq->data.s;
    c.body_len = rq->body;
    c.token_id = token_id;
    c.token_role = role;
    o = r->fn(&c);
    if (writes)
        forget_touched(s, db, &c);
    else
        store_close(db);
    json_decref(c.touched);
    return send_answer(conn, o, c.ok_status, c.status, c.error, c.problems);
}

/* A list as a file (format=csv; routes.h): the call's body with its type
** and name, gzipped when the client takes it; frees the body. */
static enum MHD_Result send_download(struct MHD_Connection *conn, api_call *c)
{
    uint64_t hash = hash_bytes(c->raw, c->raw_len, HASH_BASIS);
    char disp[192], *z = NULL;
    size_t zn;
    int gz = c->raw_len >= WEB_GZIP_MIN && http_accepts_gzip(conn) && (z = http_gzip(c->raw, c->raw_len, &zn));
    struct MHD_Response *r =
        gz ? response_new(z, zn, MHD_RESPMEM_MUST_FREE, 1, hash, c->raw_type, "no-cache")
           : response_new(c->raw, c->raw_len, MHD_RESPMEM_MUST_COPY, 0, hash, c->raw_type, "no-cache");
    enum MHD_Result ret = MHD_NO;
    snprintf(disp, sizeof disp, "attachment; filename=\"%s\"", c->raw_file);
    if (r) {
        MHD_add_response_header(r, "Content-Disposition", disp);
        ret = respond(conn, r, gz, hash, "no-cache");
        MHD_destroy_response(r);
    }
    free(c->raw);
    return ret;
}

/* The subject of a request about one subject (subjects.h), or NULL, with
** the kinds of record it may name in *KINDS: the project of
** /api/project/{id}; the scope of an analysis (views.h) when it is given
** and no property narrows the analysis (as the command line's scope_of()). */
static const char *subject_of(const route *r, const char *id, struct MHD_Connection *conn,
                              unsigned *kinds)
{
    const param *p;
    const char *v;
    char spelt[64];
    if (strcmp(r->path, "/api/project/{id}") == 0) {
        *kinds = REF(C_PROJECT);
        return id;
    }
    if (!r->an || !r->an->scope || !(p = param_find(r->an->params, r->an->scope)) ||
        p->type != PARAM_ID)
        return NULL;
    for (const param *q = r->an->params; q->name; q++)
        if (q->type == PARAM_PROPERTY &&
            get_param(conn, param_spelling(q, PARAM_API, spelt, sizeof spelt)))
            return NULL;
    *kinds = p->refs;
    v = get_param(conn, param_spelling(p, PARAM_API, spelt, sizeof spelt));
    return v && *v ? v : NULL;
}

typedef struct subj_hit {
    struct MHD_Connection *conn;
    enum MHD_Result ret;
} subj_hit;

static void subj_serve(void *ctx, void *val)
{
    subj_hit *h = ctx;
    h->ret = centry_serve(h->conn, val);
}

static void subj_free(void *val)
{
    centry_free(val);
    free(val);
}

/* Answers with BODY (N bytes, taken over) about SUBJECT, numbered as the
** answers about one subject are computed, and keeps it under KEY unless a
** write dropped answers since the answer began (DROPS, subj_cache_drops():
** checked under the cache's lock, so a write between the check and the
** keeping cannot leave a stale answer kept). */
static enum MHD_Result subj_keep(server *s, struct MHD_Connection *conn, const char *key,
                                 long epoch, long drops, const char *subject, char *body,
                                 size_t n)
{
    char seq[24];
    centry *e = calloc(1, sizeof *e);
    enum MHD_Result ret;
    size_t zn;
    char *z;
    if (!e) {
        free(body);
        return MHD_NO;
    }
    snprintf(seq, sizeof seq, "%ld", atomic_fetch_add(&s->computed, 1) + 1);
    e->hash = hash_bytes(body, n, HASH_BASIS);
    if (n >= WEB_GZIP_MIN && (z = http_gzip(body, n, &zn)))
        e->gz = response_new(z, zn, MHD_RESPMEM_MUST_FREE, 1, e->hash, JSON_TYPE, "no-cache");
    if (!(e->plain = response_new(body, n, MHD_RESPMEM_MUST_FREE, 0, e->hash, JSON_TYPE,
                                  "no-cache"))) {
        subj_free(e);
        return MHD_NO;
    }
    MHD_add_response_header(e->plain, "Amur-Computed", seq);
    if (e->gz)
        MHD_add_response_header(e->gz, "Amur-Computed", seq);
    ret = centry_serve(conn, e);
    if (n > WEB_CACHE_MAX_BODY)
        subj_free(e);
    else
        subj_cache_put(s->subjects, key, epoch, drops, &subject, 1, e);
    return ret;
}

/* Whether SUBJECT is a row of P of one of KINDS (REF() bits). */
static int subject_in(const snapshot *p, const char *subject, unsigned kinds)
{
    for (int k = 0; k < C_COUNT; k++)
        if ((kinds & REF(k)) && snap_find(snap_rows_of(p, k), subject) >= 0)
            return 1;
    return 0;
}

/* The snapshot a request is answered from, and *STATE (snap_acquire()):
** for a request about one subject (*ABOUT set to it), the whole one when
** it is current and the request names no clock, else one of the subject
** alone, read now; the whole one otherwise. 1 with *RET when the request
** is answered here already (from the cache of answers about one subject,
** or with a 503). */
static int snapshot_for(server *s, struct MHD_Connection *conn, const route *r, api_call *c,
                        const char *key, const char **about, int *state, enum MHD_Result *ret)
{
    unsigned kinds = 0;
    const char *subject = key ? subject_of(r, c->id, conn, &kinds) : NULL;
    amur_err err = {0, ""};
    subj_hit h = {conn, MHD_NO};
    int rc;
    *about = NULL;
    if (subject) {
        if (subj_cache_use(s->subjects, key, snap_store_epoch(s->store), subj_serve, &h)) {
            *ret = h.ret;
            return 1;
        }
        /* the whole snapshot's default view answers at once when it is
        ** current: the same answer (docs/api.md), without reading the store */
        if (!get_param(conn, "as_of") && !get_param(conn, "known_by") &&
            (c->snap = snap_acquire(s->store, state, &err))) {
            if (*state == SNAP_READY && subject_in(c->snap, subject, kinds)) {
                *about = subject;
                return 0;
            }
            snap_release(c->snap);
            c->snap = NULL;
        }
        *state = SNAP_READY;
        rc = snap_about(s->store, subject, kinds, &c->snap, &err);
        if (rc == AMUR_OK) {
            *about = subject;
            return 0;
        }
        if (rc != SNAP_NOT_SUBJECT) {
            *ret = send_unavailable(conn, "reading the database", &err);
            return 1;
        }
    }
    if ((c->snap = snap_acquire(s->store, state, &err)))
        return 0;
    if (*state == SNAP_COMPUTING) {
        json_t *o = json_pack("{s:s,s:b}", "error",
                              "the findings over the whole database are being computed; "
                              "try again shortly",
                              "computing", 1);
        *ret = send_json(conn, MHD_HTTP_SERVICE_UNAVAILABLE,
                         o ? json_dumps(o, JSON_COMPACT) : NULL);
        json_decref(o);
    } else {
        *ret = send_unavailable(conn, "reading the database", &err);
    }
    return 1;
}

static enum MHD_Result serve_api(server *s, struct MHD_Connection *conn, const char *method,
                                 const char *path, request *rq)
{
    const char *id, *about;
    int other, state = SNAP_READY;
    const route *r = api_match(method, path, &id, &other);
    arg_check a;
    api_call c;
    enum MHD_Result ret;
    char day[16];
    long generation = 0, epoch, drops;
    json_t *o;
    char *body;
    size_t n;

    if (!r && other)
        return send_error(conn, MHD_HTTP_METHOD_NOT_ALLOWED, allowed(path),
                          "%s is not allowed on %s", method, path);
    if (!r)
        return send_error(conn, MHD_HTTP_NOT_FOUND, NULL, "no such route: %s", path);
    memset(&a, 0, sizeof a);
    a.r = r;
    {
        int k = snprintf(a.key, sizeof a.key, "%s", path);
        a.klen = k >= 0 && (size_t)k < sizeof a.key ? (size_t)k : 0;
    }
    MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, check_arg, &a);
    if (a.bad[0])
        return send_error(conn, MHD_HTTP_BAD_REQUEST, NULL, "%s", a.bad);
    if (r->role)
        return serve_token(s, conn, r, id, rq);
    memset(&c, 0, sizeof c);
    c.id = id;
    c.param = get_param;
    c.param_ctx = conn;
    c.accept = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT);
    if (api_may_download(r, c.accept))
        a.klen = 0; /* CSV by Accept: not the cached JSON of the same key */
    today(day, sizeof day);
    /* the day is part of an answer about one subject's key (the default as_of) */
    if (a.klen && (size_t)snprintf(a.key + a.klen, sizeof a.key - a.klen, "%c%s", BAD_BYTE,
                                   day) >= sizeof a.key - a.klen)
        a.klen = 0;
    epoch = snap_store_epoch(s->store);
    drops = subj_cache_drops(s->subjects);
    if (snapshot_for(s, conn, r, &c, a.klen ? a.key : NULL, &about, &state, &ret))
        return ret;
    if (!about) {
        generation = snap_generation(c.snap);
        if (a.klen && state == SNAP_READY && cache_serve(s, conn, a.key, generation, day, &ret)) {
            snap_release(c.snap);
            return ret;
        }
    }
    o = r->fn(&c);
    if (o && c.raw) {
        snap_release(c.snap);
        json_decref(o);
        return send_download(conn, &c);
    }
    if (!o) {
        snap_release(c.snap);
        return send_error(conn, c.status ? (unsigned)c.status : 500, NULL, "%s",
                          c.error[0] ? c.error : "failed");
    }
    /* a document (a feed) comes as a JSON string, sent as it is */
    if (feed_type(r) && json_is_string(o))
        body = strdup(json_string_value(o));
    else
        body = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(15));
    json_decref(o);
    if (!body) {
        snap_release(c.snap);
        return send_error(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, NULL, "out of memory");
    }
    n = strlen(body);
    if (about) {
        ret = subj_keep(s, conn, a.key, epoch, drops, about, body, n);
        snap_release(c.snap);
        return ret;
    }
    snap_release(c.snap);
    if (a.klen && state == SNAP_READY && n <= WEB_CACHE_MAX_BODY)
        return cache_keep(s, conn, a.key, generation, day, body, n, MHD_RESPMEM_MUST_FREE,
                          feed_type(r) ? feed_type(r) : JSON_TYPE);
    ret = send_body(conn, body, n, feed_type(r) ? feed_type(r) : JSON_TYPE, "no-cache",
                    state == SNAP_STALE ? "true" : NULL);
    free(body);
    return ret;
}

/* The embedded files, through the same cache as the API (their paths do
** not begin with /api/, so no key is both), as generation -1: they never
** change while the program runs. */
static enum MHD_Result serve_asset(server *s, struct MHD_Connection *conn, const char *path)
{
    enum MHD_Result ret;
    if (strcmp(path, "/") == 0)
        path = "/index.html";
    for (size_t i = 0; i < web_nassets; i++)
        if (strcmp(web_assets[i].path, path) == 0) {
            if (cache_serve(s, conn, path, -1, "", &ret))
                return ret;
            return cache_keep(s, conn, path, -1, "", (char *)web_assets[i].data,
                              web_assets[i].len, MHD_RESPMEM_PERSISTENT, web_assets[i].type);
        }
    return send_error(conn, MHD_HTTP_NOT_FOUND, NULL, "not found");
}

/* Whether a request may carry a body to keep: a POST to a route that
** needs a token. */
static int post_api(const char *method, const char *url)
{
    const char *id;
    int other;
    const route *r = api_match(method, url, &id, &other);
    return r && r->role && strcmp(r->method, "POST") == 0;
}

/* ---- connections ---- */

static conns_item *conn_of(struct MHD_Connection *conn)
{
    const union MHD_ConnectionInfo *i =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return i ? i->socket_context : NULL;
}

/* libmicrohttpd's news of a connection, for conns.h, which keeps the
** share per address, makes room when full and keeps the deadline. */
static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
                          enum MHD_ConnectionNotificationCode code)
{
    server *s = cls;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *fd =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
        const union MHD_ConnectionInfo *a =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        if (fd)
            *socket_context = conns_open(s->conns, fd->connect_fd, a ? a->client_addr : NULL);
    } else {
        conns_close(s->conns, *socket_context);
        *socket_context = NULL;
    }
}

/* ---- requests ---- */

/* Called with the raw URI before libmicrohttpd splits its query: the
** request's own state is made here, and a query of more parameters than
** WEB_MAX_PARAMS is emptied, so that the split (which would otherwise run
** the connection's memory pool dry and drop the request without an
** answer) reads nothing and the handler answers 414. The URI lies in
** libmicrohttpd's writable read buffer, where it cuts the query off itself. */
static void *on_uri(void *cls, const char *uri, struct MHD_Connection *conn)
{
    request *rq = calloc(1, sizeof *rq);
    const char *q = strchr(uri, '?');
    server *s = cls;
    conns_request(s->conns, conn_of(conn));
    if (!rq || !q)
        return rq;
    /* the parts between '&'s that are not empty, as libmicrohttpd splits */
    for (const char *p = q + 1; *p && rq->nparams <= WEB_MAX_PARAMS; p++)
        if (*p != '&' && (p[-1] == '&' || p[-1] == '?'))
            rq->nparams++;
    if (rq->nparams > WEB_MAX_PARAMS)
        ((char *)q)[1] = 0;
    return rq;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    server *s = cls;
    request *rq = *con_cls;
    int get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
    (void)version;

    if (!rq || !rq->started) {
        const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
        if (!rq && !(rq = calloc(1, sizeof *rq)))
            return MHD_NO;
        *con_cls = rq;
        rq->started = 1;
        /* only a route that writes has a body worth keeping */
        rq->limit = post_api(method, url) ? WEB_MAX_WRITE_BODY : WEB_MAX_BODY;
        dbuf_init(&rq->data, rq->limit);
        if (cl && strtoull(cl, NULL, 10) > rq->limit) {
            rq->refused = 1;
            conns_received(s->conns, conn_of(conn));
            return send_error(conn, MHD_HTTP_CONTENT_TOO_LARGE, NULL,
                              "the request body is larger than %zu bytes", rq->limit);
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (rq->refused)
            return MHD_YES;
        if (n > rq->limit - rq->body) {
            rq->refused = 1;
            conns_received(s->conns, conn_of(conn));
            return send_error(conn, MHD_HTTP_CONTENT_TOO_LARGE, NULL,
                              "the request body is larger than %zu bytes", rq->limit);
        }
        /* within the limit (checked above), only memory can fail */
        if (post_api(method, url) && dbuf_add(&rq->data, upload_data, n))
            return MHD_NO;
        rq->body += n;
        return MHD_YES;
    }
    if (rq->refused)
        return MHD_YES;
    if (rq->queued) { /* resumed: the writer has answered */
        rq->queued = 0;
        return send_answer(conn, rq->job.out, rq->job.ok_status, rq->job.status, rq->job.error,
                           rq->job.problems);
    }
    /* the request is in: from here on only the idle timeout applies */
    conns_received(s->conns, conn_of(conn));
    if (rq->nparams > WEB_MAX_PARAMS)
        return send_error(conn, MHD_HTTP_URI_TOO_LONG, NULL,
                          "the query has more than %d parameters", WEB_MAX_PARAMS);
    if (strchr(url, BAD_BYTE) || text_utf8_invalid(url, strlen(url)) >= 0 ||
        url[0] != '/')
        return send_error(conn, MHD_HTTP_BAD_REQUEST, NULL,
                          "the path holds a bad escape or invalid UTF-8");
    /* the API, and the documents of the route table beside it (feeds) */
    if (strncmp(url, "/api/", 5) == 0 || api_match("GET", url, &(const char *){NULL}, &(int){0}))
        return serve_api(s, conn, method, url, rq);
    if (!get)
        return send_error(conn, MHD_HTTP_METHOD_NOT_ALLOWED, "GET, HEAD",
                          "%s is not allowed here", method);
    return serve_asset(s, conn, url);
}

/* The request is answered: its state goes, and the next request on the
** connection (keep-alive) starts its clock. */
static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    server *s = cls;
    (void)toe;
    conns_answered(s->conns, conn_of(conn));
    if (*con_cls)
        dbuf_free(&((request *)*con_cls)->data);
    free(*con_cls);
    *con_cls = NULL;
}

/* ---- running ---- */

int web_server_start(const web_opts *o, web_server **out, amur_err *err)
{
    struct sockaddr_storage addr;
    const union MHD_DaemonInfo *info;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_ALLOW_SUSPEND_RESUME;
    int listen = o->port >= 0;
    server *s;
    long threads = o->threads;
    int rc;

    memset(&addr, 0, sizeof addr);
    if (!listen) {
        flags |= MHD_USE_NO_LISTEN_SOCKET;
    } else if (inet_pton(AF_INET, o->bind, &((struct sockaddr_in *)&addr)->sin_addr) == 1) {
        ((struct sockaddr_in *)&addr)->sin_family = AF_INET;
        ((struct sockaddr_in *)&addr)->sin_port = htons((uint16_t)o->port);
    } else if (inet_pton(AF_INET6, o->bind, &((struct sockaddr_in6 *)&addr)->sin6_addr) == 1) {
        ((struct sockaddr_in6 *)&addr)->sin6_family = AF_INET6;
        ((struct sockaddr_in6 *)&addr)->sin6_port = htons((uint16_t)o->port);
        flags |= MHD_USE_IPv6;
    } else {
        return err_set(err, AMUR_EUSAGE, "serve: --bind: '%s' is not an IPv4 or IPv6 address",
                       o->bind);
    }
    if (threads <= 0)
        threads = sysconf(_SC_NPROCESSORS_ONLN);
    if (threads <= 0 || !listen) /* without a listening socket there is no pool */
        threads = 1;
    if (threads > 64)
        threads = 64;
    if (!(s = calloc(1, sizeof *s)))
        return err_set(err, AMUR_ESYS, "serve: out of memory");
    s->db = o->db;
    s->lock_wait_ms = o->lock_wait_ms > 0 ? o->lock_wait_ms : WEB_LOCK_WAIT_MS;
    s->conns = conns_new(WEB_MAX_CONNECTIONS,
                         o->max_per_address > 0 ? o->max_per_address : WEB_MAX_PER_ADDRESS,
                         o->request_timeout_ms > 0 ? o->request_timeout_ms
                                                   : 1000LL * WEB_REQUEST_TIMEOUT_S);
    if (!s->conns) {
        free(s);
        return err_set(err, AMUR_ESYS, "serve: out of memory");
    }
    if ((rc = snap_store_new(o->db, &s->store, err))) {
        conns_free(s->conns);
        free(s);
        return rc;
    }
    pthread_mutex_init(&s->cache_lock, NULL);
    if (!(s->subjects = subj_cache_new(o->subject_cache > 0 ? (size_t)o->subject_cache
                                                            : SUBJ_CACHE_DEFAULT,
                                       subj_free))) {
        web_server_stop(s);
        return err_set(err, AMUR_ESYS, "serve: out of memory");
    }
    if (!(s->writer = writer_new(o->db, s->lock_wait_ms, write_stored, s))) {
        web_server_stop(s);
        return err_set(err, AMUR_ESYS, "serve: cannot start the writer");
    }
    s->d = MHD_start_daemon(
        flags, (uint16_t)(listen ? o->port : 0), NULL, NULL, on_request, s,
        MHD_OPTION_SOCK_ADDR, listen ? (struct sockaddr *)&addr : NULL,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)WEB_TIMEOUT_S, MHD_OPTION_CONNECTION_LIMIT,
        /* more than the limit, so that conns.h sees a connection past it
        ** and makes room; conns.h also keeps the share per address */
        (unsigned)(WEB_MAX_CONNECTIONS + WEB_MAX_CONNECTIONS / 16),
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)WEB_MAX_HEADERS,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, s, MHD_OPTION_NOTIFY_CONNECTION, on_connection, s,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_UNESCAPE_CALLBACK, http_unescape,
        NULL, MHD_OPTION_END);
    if (!s->d) {
        web_server_stop(s);
        return err_set(err, AMUR_ESYS, "serve: cannot listen on %s port %d (in use?)", o->bind,
                       o->port);
    }
    if (conns_watch(s->conns) != 0) {
        web_server_stop(s);
        return err_set(err, AMUR_ESYS, "serve: cannot start a thread");
    }
    info = listen ? MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT) : NULL;
    s->port = info ? info->port : listen ? (unsigned)o->port : 0;
    *out = s;
    return AMUR_OK;
}

unsigned web_server_port(const web_server *w)
{
    return w->port;
}

int web_server_adopt(web_server *w, int fd, amur_err *err)
{
    /* libmicrohttpd wants the peer's address: a socket pair has none */
    struct sockaddr_in peer;
    memset(&peer, 0, sizeof peer);
    peer.sin_family = AF_INET;
    peer.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (MHD_add_connection(w->d, fd, (struct sockaddr *)&peer, sizeof peer) != MHD_YES)
        return err_set(err, AMUR_ESYS, "serve: cannot take the connection");
    return AMUR_OK;
}

void web_server_stop(web_server *s)
{
    if (!s)
        return;
    /* the writes queued are stored and their connections resumed first */
    writer_free(s->writer);
    if (s->d)
        MHD_stop_daemon(s->d); /* closes every connection: conns_close() for each */
    conns_free(s->conns);
    snap_store_free(s->store);
    subj_cache_free(s->subjects);
    for (size_t i = 0; i < WEB_CACHE_SLOTS; i++)
        centry_free(&s->cache[i]);
    pthread_mutex_destroy(&s->cache_lock);
    free(s);
}

int web_serve(const web_opts *o, amur_err *err)
{
    struct sigaction sa, old_int, old_term;
    web_server *s;
    int rc;

    if (pipe(stop_pipe) != 0)
        return err_set(err, AMUR_ESYS, "serve: pipe: %s", strerror(errno));
    if ((rc = web_server_start(o, &s, err))) {
        close(stop_pipe[0]);
        close(stop_pipe[1]);
        stop_pipe[0] = stop_pipe[1] = -1;
        return rc;
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    signal(SIGPIPE, SIG_IGN);
    {
        /* never the password of a postgresql:// URI */
        char *shown = store_shown(o->db);
        table_printf(o->out, "amur: serving %s at http://%s%s%s:%u/ (Ctrl-C to stop)\n",
                shown ? shown : "the database", strchr(o->bind, ':') ? "[" : "", o->bind,
                strchr(o->bind, ':') ? "]" : "", web_server_port(s));
        free(shown);
    }
    fflush(o->out);

    for (;;) {
        struct pollfd p = {stop_pipe[0], POLLIN, 0};
        char b;
        if (poll(&p, 1, -1) < 0 && errno == EINTR)
            continue;
        if (read(stop_pipe[0], &b, 1) == 1)
            break;
    }
    web_server_stop(s);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    close(stop_pipe[0]);
    close(stop_pipe[1]);
    stop_pipe[0] = stop_pipe[1] = -1;
    fprintf(o->out, "amur: stopped\n");
    return AMUR_OK;
}
