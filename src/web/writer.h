/*
** writer.h — the server's writer of claims (POST /api/claims), which
** commits concurrent writes as a group (issue 19): requests are queued,
** and one thread, on a connection it keeps open, takes every request
** waiting, checks each one's token and claims and stores them in one
** transaction, commits once, and only then answers each of them. A
** request whose claims are refused (400, 409) or whose token is (401,
** 403) stores nothing and leaves the others alone; when the database
** fails under the group (the transaction or its commit), each request of
** the group is tried again alone, so that one request never makes
** another fail. Every 201 is sent after the commit that stored it.
**
** So a write costs one transaction's round trips per group, not per
** request, and no connection is opened per request (on PostgreSQL a new
** connection costs a process and an authentication on the server).
**
** Threads: writer_submit() may be called from any thread; a job's DONE
** runs on the writer's thread, after its answer is set.
** Ownership: writer_new() returns a writer writer_free() frees (it answers
** what is queued with 503 and waits for the group under way). A job is
** the caller's; the writer only fills its answer.
*/
#ifndef AMUR_WRITER_H
#define AMUR_WRITER_H

#include <jansson.h>
#include <stddef.h>

#include "../core/sha256.h"
#include "routes.h"

#define WRITER_MAX_GROUP 256 /* requests stored in one transaction, at most */

typedef struct writer_job {
    /* what the caller gives */
    char hash[2 * SHA256_BYTES + 1]; /* the bearer token's SHA-256 in hex */
    const char *role;                /* the least role that may write (route.role) */
    const char *body;                /* the request body, BODY_LEN bytes */
    size_t body_len;
    void (*done)(struct writer_job *j); /* called once the answer is set */
    void *ctx;                          /* the caller's */
    /* the answer: OUT (a new reference) with OK_STATUS, or NULL with
    ** STATUS, ERROR and PROBLEMS (may be NULL) */
    json_t *out;
    int ok_status, status;
    char error[512];
    json_t *problems;
    int stored;              /* its claims are committed (routes.h, api_call.stored) */
    struct writer_job *next; /* the writer's */
} writer_job;

/* What the writer tells its server after a group is stored, before any of
** its requests is answered: DB is the writer's store (still open, for
** reading what the subjects are parts of), TOUCHED the subjects the group
** wrote about (NULL: it does not say). */
typedef void (*writer_stored_fn)(void *ctx, struct store *db, json_t *touched);

typedef struct writer writer;

/* A writer on database DB (opened when the first request comes), whose
** writes wait at most LOCK_WAIT_MS for another writer's lock; NULL when
** out of memory or when no thread can be started. */
writer *writer_new(const char *db, long lock_wait_ms, writer_stored_fn stored, void *ctx);
void writer_free(writer *w);
/* Queues J; its DONE is called once it is answered. */
void writer_submit(writer *w, writer_job *j);

/* The subjects a write touched (TOUCHED, or NULL: it does not say) and the
** projects they are parts of, whose answers hold their claims too
** (evidence_load_about()), into SET (as keys); -1 when their parents
** could not be read from DB. */
int writer_touched_set(struct store *db, json_t *touched, json_t *set);

/* POST /api/claims inside the caller's transaction (write.c): the same as
** h_post_claims() except that it neither begins, commits nor rolls back;
** a NULL answer with a status of 500 or more means the transaction
** must be rolled back. */
json_t *write_claims_in_tx(api_call *c);

#endif
