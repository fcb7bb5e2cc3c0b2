/*
** proposals.c — the review queue's routes (routes.h): POST /api/proposals
** stores candidates (`amur extract --json`) as proposals, GET lists them,
** POST /api/proposals/{id}/accept and /reject decide one, all through
** ingest/review.h, so the web and `amur proposals` decide alike. The
** server has already checked the token and its role; the decision's
** audit entry names the token, the reviewer and the claim.
*/
#include <jansson.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ingest/review.h"
#include "../present/queue.h"
#include "../present/table.h"
#include "call.h"
#include "routes.h"

typedef struct list_opts_q {
    const char *status;
} list_opts_q;

const param proposal_params[] = {
    {.name = "status", .type = PARAM_CHOICE, .meta = "S", .choices = review_statuses,
     .where = PARAM_API, .off = offsetof(list_opts_q, status),
     .help = "only proposals that are pending, accepted or rejected"},
    {0}};

/* A refusal or failure of ingest/review.h as an answer: the database
** failing is 503 (its details, which name the database, go to the log
** only), an unknown proposal 404, one decided already 409, bad input 400
** with the problems. */
static json_t *refuse(api_call *c, int rc, int why, const amur_err *err, const diag *d)
{
    if (rc == AMUR_ESYS) {
        table_printf(stderr, "amur: serve: proposals: %s\n", err->msg);
        return call_fail(c, 503,
                         "the database is busy or not available now; nothing was stored: try "
                         "again later");
    }
    call_fail(c, why == REVIEW_UNKNOWN ? 404 : why == REVIEW_DECIDED ? 409 : 400, "%s",
              err->msg);
    if (d && d->n)
        c->problems = call_problems(d);
    return NULL;
}

/* Who decides: the body's "reviewer" (kept whole: review.c checks it),
** else the token, named in BUF. */
static void who_of(api_call *c, json_t *body, review_who *who, char *buf, size_t n)
{
    const char *name = json_string_value(json_object_get(body, "reviewer"));
    snprintf(buf, n, "token %ld", c->token_id);
    who->reviewer = name && *name ? name : buf;
    who->token_id = c->token_id;
    who->role = c->token_role;
}

json_t *h_post_proposals(api_call *c)
{
    char added_by[64];
    long *ids = NULL;
    size_t nids = 0;
    diag d = {0};
    amur_err err = {0, ""};
    json_t *out = NULL, *a;
    int rc;
    if (!c->db)
        return call_fail(c, 500, "no database to write to");
    snprintf(added_by, sizeof added_by, "token %ld (%s)", c->token_id, c->token_role);
    rc = review_add_json(c->db, c->body ? c->body : "", c->body_len, "body", added_by, &ids,
                         &nids, &d, &err);
    if (rc) {
        refuse(c, rc, REVIEW_INVALID, &err, &d);
    } else if ((a = json_array())) {
        for (size_t i = 0; i < nids; i++)
            json_array_append_new(a, json_integer(ids[i]));
        c->ok_status = 201;
        c->stored = 1;
        c->touched = json_array(); /* proposals are not claims: no answer changes */
        out = json_pack("{s:o,s:I}", "ids", a, "added", (json_int_t)nids);
    } else {
        call_fail(c, 500, "out of memory");
    }
    diag_clear(&d);
    free(ids);
    return out;
}

static int page_one(void *ctx, const store_proposal *p)
{
    call_page *pg = ctx;
    if (call_page_take(pg))
        call_page_add(pg, queue_json(p));
    return 0;
}

json_t *h_proposals(api_call *c)
{
    list_opts_q o = {0};
    call_page pg;
    amur_err err = {0, ""};
    if (!c->db)
        return call_fail(c, 500, "no database to read proposals from");
    if (call_params(c, proposal_params, &o) || call_page_init(c, &pg, NULL, NULL))
        return NULL;
    if (store_each_proposal(c->db, 0, o.status, page_one, &pg, &err)) {
        json_decref(pg.items);
        return refuse(c, AMUR_ESYS, 0, &err, NULL);
    }
    return call_page_done(c, &pg);
}

/* The proposal's number in the path's {id}, which ends with SUFFIX. */
static int path_id(api_call *c, const char *suffix, long *id)
{
    char *end;
    *id = c->id ? strtol(c->id, &end, 10) : 0;
    if (!c->id || end == c->id || *id <= 0 || strcmp(end, suffix) != 0) {
        call_fail(c, 404, "no such proposal: '%.*s' is not a proposal number",
                  c->id ? (int)(strlen(c->id) - strlen(suffix)) : 0, c->id ? c->id : "");
        return -1;
    }
    return 0;
}

/* The body of a decision: an object, maybe empty. */
static json_t *decision_body(api_call *c)
{
    json_error_t jerr;
    json_t *body;
    if (!c->body || c->body_len == 0)
        return json_object();
    body = json_loadb(c->body, c->body_len, JSON_REJECT_DUPLICATES, &jerr);
    if (!body) {
        call_fail(c, 400, "malformed JSON: %s (line %d, column %d)", jerr.text, jerr.line,
                  jerr.column);
        return NULL;
    }
    if (!json_is_object(body)) {
        json_decref(body);
        call_fail(c, 400, "the body must be an object: {\"reviewer\", ...}");
        return NULL;
    }
    return body;
}

/* What an accepted claim touched, for the server's cache (routes.h,
** touched): its subject, or NULL (the server then forgets every answer)
** when it cannot be read back. */
static json_t *claim_subject(store *db, const char *claim)
{
    const concept *k = &schema_concepts[C_CLAIM];
    int col = schema_col(k, "subject");
    char **f = NULL;
    amur_err err = {0, ""};
    json_t *out = NULL;
    if (store_get(db, k, claim, &f, &err) == 1) {
        if (f[col] && (out = json_array()))
            json_array_append_new(out, json_string(f[col]));
        store_row_free(k, f);
    }
    return out;
}

json_t *h_accept_proposal(api_call *c)
{
    review_edit e[REVIEW_MAX_EDITS];
    review_who who;
    char name[64], claim[REVIEW_CLAIM_ID_MAX];
    json_t *body, *set, *v, *out = NULL;
    const char *key;
    diag d = {0};
    amur_err err = {0, ""};
    size_t ne = 0;
    long id;
    int why = 0, rc;
    if (!c->db || path_id(c, "/accept", &id) || !(body = decision_body(c)))
        return c->db ? NULL : call_fail(c, 500, "no database to write to");
    set = json_object_get(body, "set");
    if (set && !json_is_object(set)) {
        json_decref(body);
        return call_fail(c, 400, "set: must be an object of fields and their new values");
    }
    json_object_foreach(set, key, v) {
        if (ne == REVIEW_MAX_EDITS || !(json_is_string(v) || json_is_null(v))) {
            json_decref(body);
            return call_fail(c, 400, "set: %s", ne == REVIEW_MAX_EDITS
                                                    ? "at most 16 fields"
                                                    : "each value must be a string or null");
        }
        e[ne++] = (review_edit){key, json_string_value(v)};
    }
    who_of(c, body, &who, name, sizeof name);
    rc = review_accept(c->db, id, e, ne, &who, claim, sizeof claim, &why, &d, &err);
    if (rc) {
        refuse(c, rc, why, &err, &d);
    } else {
        out = json_pack("{s:I,s:s,s:s,s:s}", "id", (json_int_t)id, "status", "accepted",
                        "claim", claim, "reviewer", who.reviewer);
        c->ok_status = 201;
        c->stored = 1;
        c->touched = claim_subject(c->db, claim);
    }
    diag_clear(&d);
    json_decref(body);
    return out;
}

json_t *h_reject_proposal(api_call *c)
{
    review_who who;
    char name[64];
    json_t *body, *out = NULL;
    amur_err err = {0, ""};
    long id;
    int why = 0, rc;
    if (!c->db || path_id(c, "/reject", &id) || !(body = decision_body(c)))
        return c->db ? NULL : call_fail(c, 500, "no database to write to");
    who_of(c, body, &who, name, sizeof name);
    rc = review_reject(c->db, id, json_string_value(json_object_get(body, "reason")), &who,
                       &why, &err);
    if (rc) {
        refuse(c, rc, why, &err, NULL);
    } else {
        out = json_pack("{s:I,s:s,s:s}", "id", (json_int_t)id, "status", "rejected",
                        "reviewer", who.reviewer);
        c->stored = 1;
        c->touched = json_array(); /* a rejection stores no claim */
    }
    json_decref(body);
    return out;
}
