/*
** iati_pipe.c — the reader in a thread of its own: iati_read_piped() runs
** iati_read() (libxml2 and the mapping) in a second thread while the
** calling thread hands its activities and problems to the handler, so
** that parsing one activity overlaps storing the one before
** (docs/iati.md, "Speed").
**
** Between the two threads is a queue bounded in bytes (PIPE_BYTES): the
** reader copies each activity out of its arena into one block and waits
** while the queue is full, so memory stays flat however large the file.
** An activity whose copy would not fit in the queue is lent instead: the
** reader waits until the handler is done with it (as without a thread),
** so a huge activity is never held twice.
**
** The handler sees exactly the calls, in exactly the order, it would see
** from iati_read(): problems travel through the queue with the activities.
** When the handler stops the read (returns an error code), the reader is
** told and stops at its next activity; what it had queued after that
** activity is dropped unseen, and the counters go back to where the
** handler stopped, as if the read had ended there.
*/
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "iati_int.h"

/* What the queue holds at most: enough for a few hundred activities of
** usual size, so that neither thread waits on the other's hiccups. */
#define PIPE_BYTES (1u * 1024 * 1024)

enum { M_ACTIVITY, M_PROBLEM };

/* The counters as they were when an activity was handed over. */
typedef struct counts {
    long activities, imported, skipped, refused, problems, unknown;
    unsigned long long bytes;
} counts;

typedef struct msg {
    struct msg *next;
    int kind;
    size_t size;         /* bytes it takes in the queue (0 when lent) */
    const iati_activity *a; /* M_ACTIVITY: in this block, or the reader's own when lent */
    counts at;           /* M_ACTIVITY: the counters then */
    long line, col;      /* M_PROBLEM */
    const char *act, *text;
    int lent, done, rc;  /* a lent activity: handled, with the handler's answer */
} msg;

typedef struct pipe_ {
    pthread_mutex_t mu;
    pthread_cond_t put, take, back; /* room made; message or end; lent one handled */
    msg *head, *tail;
    size_t bytes;
    int stop; /* the handler stopped the read: its code */
    int ended;
    /* the reader's side */
    const char *path, *today;
    iati_stats *st;
    amur_err err; /* the reader's own: ERR is the handler's */
    int rc;
} pipe_;

/* ---- copying an activity out of the reader's arena ---- */

#define TEXT_AT_TEXT(field) offsetof(store_flow, field),
#define TEXT_AT_SEQ(field)
#define TEXT_AT_LINE(field)
#define TEXT_AT(field, kind) TEXT_AT_##kind(field)
static const size_t flow_text[] = {STORE_FLOW_FIELDS(TEXT_AT)};
#define NFLOW_TEXT (sizeof flow_text / sizeof flow_text[0])

static const char **flow_field(store_flow *f, size_t i)
{
    return (const char **)((char *)f + flow_text[i]);
}

static size_t text_size(const char *s)
{
    return s ? strlen(s) + 1 : 0;
}

/* The bytes of one block holding A whole. */
static size_t activity_size(const iati_activity *a)
{
    size_t n = sizeof(msg) + sizeof(iati_activity) + a->n * sizeof(iati_row) +
               a->nflows * sizeof(store_flow);
    n += text_size(a->iati_id) + text_size(a->id) + text_size(a->source) +
         text_size(a->reported);
    for (size_t i = 0; i < a->n; i++) {
        n += a->rows[i].c->ncols * sizeof(char *);
        for (size_t k = 0; k < a->rows[i].c->ncols; k++)
            n += text_size(a->rows[i].f[k]);
    }
    for (size_t i = 0; i < a->nflows; i++)
        for (size_t k = 0; k < NFLOW_TEXT; k++)
            n += text_size(*flow_field((store_flow *)&a->flows[i], k));
    return n;
}

/* S copied to *AT (which moves on), or NULL for NULL. */
static char *put_text(char **at, const char *s)
{
    char *d = *at;
    size_t n;
    if (!s)
        return NULL;
    n = strlen(s) + 1;
    memcpy(d, s, n);
    *at += n;
    return d;
}

/* A message holding a copy of A in one block of SIZE bytes, or NULL. The
** block is laid out as: message, activity, rows, flows, field pointers
** (all pointer-aligned), then the text. */
static msg *activity_copy(const iati_activity *a, size_t size)
{
    msg *m = malloc(size);
    iati_activity *c;
    iati_row *rows;
    store_flow *flows;
    char **ptrs, *text;
    size_t nptrs = 0;
    if (!m)
        return NULL;
    memset(m, 0, sizeof *m);
    m->kind = M_ACTIVITY;
    m->size = size;
    c = (iati_activity *)(m + 1);
    rows = (iati_row *)(c + 1);
    flows = (store_flow *)(rows + a->n);
    ptrs = (char **)(flows + a->nflows);
    for (size_t i = 0; i < a->n; i++)
        nptrs += a->rows[i].c->ncols;
    text = (char *)(ptrs + nptrs);
    *c = *a;
    c->iati_id = put_text(&text, a->iati_id);
    c->id = put_text(&text, a->id);
    c->source = put_text(&text, a->source);
    c->reported = put_text(&text, a->reported);
    for (size_t i = 0; i < a->n; i++) {
        rows[i].c = a->rows[i].c;
        rows[i].f = ptrs;
        for (size_t k = 0; k < a->rows[i].c->ncols; k++)
            *ptrs++ = put_text(&text, a->rows[i].f[k]);
    }
    for (size_t i = 0; i < a->nflows; i++) {
        flows[i] = a->flows[i];
        for (size_t k = 0; k < NFLOW_TEXT; k++)
            *flow_field(&flows[i], k) = put_text(&text, *flow_field(&flows[i], k));
    }
    c->rows = rows;
    c->flows = a->nflows ? flows : NULL;
    m->a = c;
    return m;
}

/* ---- the reader's side ---- */

/* Appends M, waiting while the queue has no room for it (a message larger
** than the queue waits for an empty one). 0, or the handler's code when
** it has stopped the read (M is then freed unless lent). */
static int enqueue(pipe_ *q, msg *m)
{
    int stop;
    pthread_mutex_lock(&q->mu);
    while (!q->stop && q->head && q->bytes + m->size > PIPE_BYTES)
        pthread_cond_wait(&q->put, &q->mu);
    stop = q->stop;
    if (!stop) {
        if (q->tail)
            q->tail->next = m;
        else
            q->head = m;
        q->tail = m;
        q->bytes += m->size;
        pthread_cond_signal(&q->take);
        while (m->lent && !m->done && !q->stop)
            pthread_cond_wait(&q->back, &q->mu);
        if (m->lent && !m->done)
            stop = q->stop;
    }
    pthread_mutex_unlock(&q->mu);
    if (stop && !m->lent)
        free(m);
    return stop;
}

static void snapshot(const pipe_ *q, const iati_activity *a, counts *c)
{
    c->activities = q->st->activities;
    c->imported = q->st->imported;
    c->skipped = q->st->skipped;
    c->refused = q->st->refused;
    c->problems = q->st->problems;
    c->unknown = q->st->unknown;
    c->bytes = a->bytes;
}

static int reader_activity(void *ctx, const iati_activity *a)
{
    pipe_ *q = ctx;
    size_t size = activity_size(a);
    msg lend, *m;
    int rc;
    if (size <= PIPE_BYTES && (m = activity_copy(a, size))) {
        snapshot(q, a, &m->at);
        return enqueue(q, m);
    }
    /* too large for the queue (or no memory for a copy): lent, and
    ** handled before the reader goes on */
    memset(&lend, 0, sizeof lend);
    lend.kind = M_ACTIVITY;
    lend.a = a;
    lend.lent = 1;
    snapshot(q, a, &lend.at);
    rc = enqueue(q, &lend);
    /* one left out is counted on the handler's side, as for the others */
    return rc ? rc : lend.rc > 0 ? lend.rc : 0;
}

static void reader_problem(void *ctx, long line, long col, const char *activity,
                           const char *text)
{
    pipe_ *q = ctx;
    size_t na = text_size(activity), nt = strlen(text) + 1;
    msg *m = malloc(sizeof *m + na + nt);
    char *at;
    if (!m)
        return; /* the problem is still counted */
    memset(m, 0, sizeof *m);
    m->kind = M_PROBLEM;
    m->size = sizeof *m + na + nt;
    m->line = line;
    m->col = col;
    at = (char *)(m + 1);
    m->act = put_text(&at, activity);
    m->text = put_text(&at, text);
    enqueue(q, m);
}

static void *reader(void *arg)
{
    pipe_ *q = arg;
    iati_handler h = {q, reader_activity, reader_problem};
    int rc = iati_read(q->path, q->today, &h, q->st, &q->err);
    pthread_mutex_lock(&q->mu);
    q->rc = rc;
    q->ended = 1;
    pthread_cond_signal(&q->take);
    pthread_mutex_unlock(&q->mu);
    return NULL;
}

/* ---- the handler's side ---- */

/* The next message, or NULL when the reader has ended and all are taken. */
static msg *dequeue(pipe_ *q)
{
    msg *m;
    pthread_mutex_lock(&q->mu);
    while (!q->head && !q->ended)
        pthread_cond_wait(&q->take, &q->mu);
    if ((m = q->head)) {
        q->head = m->next;
        if (!q->head)
            q->tail = NULL;
        q->bytes -= m->size;
        pthread_cond_signal(&q->put);
    }
    pthread_mutex_unlock(&q->mu);
    return m;
}

static void answer(pipe_ *q, msg *m, int rc)
{
    if (!m->lent) {
        free(m);
        return;
    }
    pthread_mutex_lock(&q->mu);
    m->done = 1;
    m->rc = rc;
    pthread_cond_signal(&q->back);
    pthread_mutex_unlock(&q->mu);
}

/* Tells the reader to stop and drops what it queued, until it ends. */
static void drain(pipe_ *q, int code)
{
    msg *m;
    pthread_mutex_lock(&q->mu);
    q->stop = code;
    pthread_cond_broadcast(&q->put);
    pthread_cond_broadcast(&q->back);
    pthread_mutex_unlock(&q->mu);
    while ((m = dequeue(q)))
        answer(q, m, code);
}

int iati_read_piped(const char *path, const char *today, const iati_handler *h,
                    iati_stats *st, amur_err *err)
{
    pipe_ q;
    pthread_t th;
    msg *m;
    counts at;
    long left_out = 0;
    int stop = 0;

    memset(&q, 0, sizeof q);
    q.path = path;
    q.today = today;
    q.st = st;
    pthread_mutex_init(&q.mu, NULL);
    pthread_cond_init(&q.put, NULL);
    pthread_cond_init(&q.take, NULL);
    pthread_cond_init(&q.back, NULL);
    xmlInitParser(); /* once, before a second thread uses libxml2 */
    if (pthread_create(&th, NULL, reader, &q) != 0) {
        pthread_mutex_destroy(&q.mu);
        pthread_cond_destroy(&q.put);
        pthread_cond_destroy(&q.take);
        pthread_cond_destroy(&q.back);
        return iati_read(path, today, h, st, err); /* in this thread, then */
    }
    while (!stop && (m = dequeue(&q))) {
        int rc = 0;
        if (m->kind == M_PROBLEM) {
            if (h->problem)
                h->problem(h->ctx, m->line, m->col, m->act, m->text);
        } else if (h->activity && (rc = h->activity(h->ctx, m->a)) > 0) {
            stop = rc;
            at = m->at;
        } else if (rc < 0) {
            left_out++;
        }
        answer(&q, m, rc);
    }
    if (stop)
        drain(&q, stop);
    pthread_join(th, NULL);
    pthread_mutex_destroy(&q.mu);
    pthread_cond_destroy(&q.put);
    pthread_cond_destroy(&q.take);
    pthread_cond_destroy(&q.back);
    if (stop) {
        /* as if the read had ended at that activity (its handler set ERR) */
        st->activities = at.activities;
        st->imported = at.imported;
        st->skipped = at.skipped;
        st->refused = at.refused;
        st->problems = at.problems;
        st->unknown = at.unknown;
        st->bytes = at.bytes;
    }
    /* the reader counted every activity as taken */
    st->imported -= left_out;
    st->skipped += left_out;
    if (stop)
        return stop;
    if (q.rc != AMUR_OK)
        *err = q.err;
    return q.rc;
}
