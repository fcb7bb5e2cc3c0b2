/*
** writer.c — see writer.h.
**
** One thread and one connection: the advisory lock (PostgreSQL) or the
** database's write lock (SQLite) lets one writer at a time into a
** transaction anyway, so more connections would only wait for it; what
** a group saves is the commit (a flush of the log) and the round trips
** of a transaction per request, and what the kept connection saves is a
** connection per request.
*/
#include "writer.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../present/table.h"
#include "../store/store.h"

struct writer {
    char *db;
    long lock_wait_ms;
    writer_stored_fn stored;
    void *ctx;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    writer_job *head, *tail; /* the queue, oldest first */
    int stop;
    store *s; /* open while it works; closed after a failure */
    const char *unopened; /* what failed when it could not be opened, or NULL */
};

/* What one group asks the store about, at most: the strings of its
** bodies (the ids its claims name, and the rest, which cost a little) for
** the memo (store.h); and the tokens it checks, each once. */
#define WRITER_MEMO_MAX 50000
#define WRITER_TOKENS 16

typedef struct token_seen {
    char hash[2 * SHA256_BYTES + 1];
    int found, revoked;
    long id;
    char role[32];
} token_seen;

typedef struct group_memo {
    token_seen tok[WRITER_TOKENS];
    size_t ntok;
} group_memo;

/* The subjects a write touched (TOUCHED, or NULL: it does not say) and the
** projects they are parts of, whose answers hold their claims too
** (evidence_load_about()), into SET; -1 when their parents could not be
** read from DB. */
int writer_touched_set(store *db, json_t *touched, json_t *set)
{
    const concept *k = &schema_concepts[C_PROJECT];
    int col = schema_col(k, "parent");
    size_t i;
    json_t *v;
    json_array_foreach(touched, i, v) {
        const char *id = json_string_value(v);
        char **f = NULL, *up = NULL;
        amur_err err = {0, ""};
        /* a part that is its own ancestor was refused at load: the walk ends */
        for (int depth = 0; id && depth < 64 && !json_object_get(set, id); depth++) {
            int got;
            json_object_set_new(set, id, json_true());
            if ((got = store_get(db, k, id, &f, &err)) < 0)
                return -1;
            free(up);
            up = got && f[col] ? strdup(f[col]) : NULL;
            if (got)
                store_row_free(k, f);
            id = up;
        }
        free(up);
    }
    return 0;
}

static const char busy_msg[] =
    "the database is busy or not available now; nothing was stored: try again later";

/* 503: the database is busy or down, or could not be opened (W->unopened
** says for what: the words a request answered without the writer got). */
static void answer_busy(writer *w, writer_job *j, const amur_err *err)
{
    if (err && err->msg[0])
        table_printf(stderr, "amur: serve: POST /api/claims: %s\n", err->msg);
    j->out = NULL;
    j->status = 503;
    if (w && w->unopened)
        snprintf(j->error, sizeof j->error,
                 "%s: the database is not available now; try again later", w->unopened);
    else
        snprintf(j->error, sizeof j->error, "%s", busy_msg);
}

/* The writer's store, opened (again) when it is not; NULL when it cannot
** be (logged here). It is opened for reading first: nothing is created or
** migrated for requests that have not shown a valid token, in a database
** that is not an amur database of this version (or is gone). */
static store *writer_store(writer *w, amur_err *err)
{
    store *check = NULL;
    w->unopened = NULL;
    if (w->s)
        return w->s;
    if (store_open(w->db, STORE_READ, &check, err)) {
        w->unopened = "checking the token";
    } else {
        store_close(check);
        if (store_open(w->db, STORE_WRITE, &w->s, err) ||
            store_set_lock_wait(w->s, w->lock_wait_ms, err)) {
            w->unopened = "opening the database for writing";
            store_close(w->s);
            w->s = NULL;
        }
    }
    if (w->unopened) {
        table_printf(stderr, "amur: serve: %s: %s\n", w->unopened, err->msg);
        err->msg[0] = 0;
    }
    return w->s;
}

static void writer_drop_store(writer *w)
{
    store_close(w->s);
    w->s = NULL;
}

/* Checks J's token against the store (inside the transaction, so that a
** token revoked before the group began is refused); 1 when it may write,
** 0 with J answered (401, 403), -1 when the store failed. */
static int token_ok(writer *w, writer_job *j, group_memo *gm, long *id, char *role,
                    size_t rolesz, amur_err *err)
{
    int revoked = 0, found = -1;
    for (size_t i = 0; gm && i < gm->ntok && found < 0; i++)
        if (strcmp(gm->tok[i].hash, j->hash) == 0) {
            found = gm->tok[i].found;
            revoked = gm->tok[i].revoked;
            *id = gm->tok[i].id;
            snprintf(role, rolesz, "%s", gm->tok[i].role);
        }
    if (found < 0 && (found = store_token_find(w->s, j->hash, id, role, rolesz, &revoked, err)) >= 0 &&
        gm && gm->ntok < WRITER_TOKENS) {
        token_seen *t = &gm->tok[gm->ntok++];
        memcpy(t->hash, j->hash, sizeof t->hash);
        t->found = found;
        t->revoked = revoked;
        t->id = *id;
        snprintf(t->role, sizeof t->role, "%s", role);
    }
    if (found < 0)
        return -1;
    if (!found || revoked) {
        j->status = 401;
        snprintf(j->error, sizeof j->error, "%s", found ? "the token was revoked" : "unknown token");
        return 0;
    }
    if (!api_role_allows(role, j->role)) {
        j->status = 403;
        snprintf(j->error, sizeof j->error, "this token's role may not use this route");
        return 0;
    }
    return 1;
}

/* Runs J's write on the writer's store, in the open transaction (OWN_TX
** 0) or in one of its own; its touched subjects are appended to TOUCHED
** (or TOUCHED is set to NULL when it does not say). 0, or -1 when the
** store failed (J answered 503 when OWN_TX). */
static int run_job(writer *w, writer_job *j, group_memo *gm, json_t **touched, amur_err *err)
{
    char role[32];
    long id = 0;
    api_call c;
    int own_tx = gm == NULL;
    int ok = token_ok(w, j, gm, &id, role, sizeof role, err);
    if (ok < 0)
        table_printf(stderr, "amur: serve: POST /api/claims: %s\n", err->msg);
    if (ok <= 0)
        return ok;
    memset(&c, 0, sizeof c);
    c.db = w->s;
    c.body = j->body;
    c.body_len = j->body_len;
    c.token_id = id;
    c.token_role = role;
    j->out = own_tx ? h_post_claims(&c) : write_claims_in_tx(&c);
    j->ok_status = c.ok_status;
    j->status = c.status;
    j->problems = c.problems;
    snprintf(j->error, sizeof j->error, "%s", c.error);
    j->stored = c.stored;
    if (c.stored && *touched) {
        if (c.touched)
            json_array_extend(*touched, c.touched);
        else {
            json_decref(*touched);
            *touched = NULL;
        }
    }
    json_decref(c.touched);
    if (!j->out && j->status >= 500) {
        json_decref(j->problems);
        j->problems = NULL;
        return -1;
    }
    return 0;
}

static void clear_answer(writer_job *j)
{
    json_decref(j->out);
    json_decref(j->problems);
    j->out = j->problems = NULL;
    j->status = j->ok_status = j->stored = 0;
    j->error[0] = 0;
}

/* The strings of J's body (a claim object or an array of them) into IDS
** (*N of them, at most WRITER_MEMO_MAX); its parse is appended to KEEP,
** which holds the strings. */
static void body_strings(const writer_job *j, json_t *keep, const char **ids, size_t *n)
{
    json_t *body = json_loadb(j->body ? j->body : "", j->body_len, 0, NULL), *item, *v;
    const char *key;
    size_t i;
    if (!body)
        return;
    json_array_append_new(keep, body);
    if (json_is_object(body)) {
        json_object_foreach(body, key, v) if (json_is_string(v) && *n < WRITER_MEMO_MAX)
            ids[(*n)++] = json_string_value(v);
        return;
    }
    json_array_foreach(body, i, item) {
        json_object_foreach(item, key, v) if (json_is_string(v) && *n < WRITER_MEMO_MAX)
            ids[(*n)++] = json_string_value(v);
    }
}

/* Reads at once what the group's lookups will ask (store.h, the memo). */
static int group_memo_begin(writer *w, writer_job *g, amur_err *err)
{
    const char **ids = malloc(WRITER_MEMO_MAX * sizeof *ids);
    json_t *keep = json_array();
    size_t n = 0;
    int rc = AMUR_OK;
    if (ids && keep) {
        for (writer_job *j = g; j; j = j->next)
            body_strings(j, keep, ids, &n);
        rc = store_memo_begin(w->s, ids, n, err);
    }
    free(ids);
    json_decref(keep);
    return rc;
}

/* The group G as one transaction: 0 when it is committed (every job
** answered); when nothing of it is stored, -1 when it failed before any
** request was looked at (the database is down or locked: each would fail
** alone too), -2 when it failed later (a request, or the commit). */
static int run_group(writer *w, writer_job *g, json_t **touched, amur_err *err)
{
    group_memo gm;
    writer_job *j;
    gm.ntok = 0;
    if (!writer_store(w, err) || store_begin(w->s, err))
        return -1;
    if (group_memo_begin(w, g, err)) {
        store_rollback(w->s);
        return -1;
    }
    for (j = g; j; j = j->next)
        if (run_job(w, j, &gm, touched, err))
            break;
    if (!j && store_commit(w->s, err) == AMUR_OK)
        return 0;
    if (!j)
        table_printf(stderr, "amur: serve: POST /api/claims: %s\n", err->msg);
    store_rollback(w->s);
    return -2;
}

/* G failed as a group: each request alone, in a transaction of its own. */
static void run_alone(writer *w, writer_job *g, json_t **touched)
{
    for (writer_job *j = g; j; j = j->next) {
        amur_err err = {0, ""};
        clear_answer(j);
        if (!writer_store(w, &err)) {
            answer_busy(w, j, &err);
            continue;
        }
        if (run_job(w, j, NULL, touched, &err) < 0) {
            if (j->status == 0)
                answer_busy(w, j, NULL); /* the token could not be read (logged) */
            /* a connection that failed may be broken: a new one next time */
            writer_drop_store(w);
        }
    }
}

static void *writer_main(void *arg)
{
    writer *w = arg;
    for (;;) {
        writer_job *g, *j, *next;
        json_t *touched;
        amur_err err = {0, ""};
        size_t n = 0;
        int rc, kept;
        pthread_mutex_lock(&w->lock);
        while (!w->head && !w->stop)
            pthread_cond_wait(&w->wake, &w->lock);
        if (!w->head) {
            pthread_mutex_unlock(&w->lock);
            break;
        }
        /* everything waiting, up to a group's size */
        g = w->head;
        for (j = g; j->next && ++n < WRITER_MAX_GROUP; j = j->next)
            ;
        w->head = j->next;
        if (!w->head)
            w->tail = NULL;
        j->next = NULL;
        pthread_mutex_unlock(&w->lock);

        touched = json_array();
        kept = w->s != NULL;
        if ((rc = run_group(w, g, &touched, &err)) == -1 && kept) {
            /* the kept connection may have been closed by the server
            ** while it was idle: once more, on a new one */
            writer_drop_store(w);
            err.msg[0] = 0;
            rc = run_group(w, g, &touched, &err);
        }
        if (rc == -1) {
            for (j = g; j; j = j->next)
                answer_busy(w, j, j == g ? &err : NULL); /* logged once */
            writer_drop_store(w);
        } else if (rc) {
            /* a request or the commit failed (a request's own failure is
            ** logged where it happened): each request alone */
            writer_drop_store(w);
            json_decref(touched);
            touched = json_array();
            run_alone(w, g, &touched);
        }
        /* what was stored is forgotten before anyone is told it was */
        for (j = g; j && !j->stored; j = j->next)
            ;
        if (j)
            w->stored(w->ctx, w->s, touched);
        if (w->s)
            store_memo_end(w->s);
        json_decref(touched);
        for (j = g; j; j = next) {
            next = j->next;
            j->next = NULL;
            j->done(j);
        }
    }
    writer_drop_store(w);
    return NULL;
}

writer *writer_new(const char *db, long lock_wait_ms, writer_stored_fn stored, void *ctx)
{
    writer *w = calloc(1, sizeof *w);
    if (!w || !(w->db = strdup(db))) {
        free(w);
        return NULL;
    }
    w->lock_wait_ms = lock_wait_ms;
    w->stored = stored;
    w->ctx = ctx;
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->wake, NULL);
    if (pthread_create(&w->thread, NULL, writer_main, w) != 0) {
        pthread_cond_destroy(&w->wake);
        pthread_mutex_destroy(&w->lock);
        free(w->db);
        free(w);
        return NULL;
    }
    return w;
}

void writer_submit(writer *w, writer_job *j)
{
    j->next = NULL;
    j->out = j->problems = NULL;
    j->status = j->ok_status = j->stored = 0;
    j->error[0] = 0;
    pthread_mutex_lock(&w->lock);
    if (w->stop) {
        pthread_mutex_unlock(&w->lock);
        answer_busy(NULL, j, NULL);
        j->done(j);
        return;
    }
    if (w->tail)
        w->tail->next = j;
    else
        w->head = j;
    w->tail = j;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
}

void writer_free(writer *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->stop = 1;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
    /* the thread stores what is queued, then ends */
    pthread_join(w->thread, NULL);
    pthread_cond_destroy(&w->wake);
    pthread_mutex_destroy(&w->lock);
    free(w->db);
    free(w);
}
