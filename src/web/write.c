/*
** write.c — the handler of POST /api/claims (routes.h): the body's claims
** checked exactly as `amur check` checks claims.csv (bundle_check over an
** in-memory bundle, the store answering for ids outside it), then stored
** in one transaction with an audit row for each new claim. The server has
** already checked the token and its role.
*/
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ingest/bundle_load.h"
#include "../present/table.h"
#include "../store/store.h"
#include "call.h"
#include "routes.h"
#include "writer.h"

#define ITEM_NAME "body"

static json_t *fail_with(api_call *c, int status, json_t *problems, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static json_t *fail_with(api_call *c, int status, json_t *problems, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->error, sizeof c->error, fmt, ap);
    va_end(ap);
    c->status = status;
    c->problems = problems;
    return NULL;
}

/* The database failed under the write (locked past the wait, down, full):
** the client gets 503 (the server adds Retry-After) and is told nothing
** was stored; the details, which name the database's file or address, go
** to the server's log only. */
static json_t *fail_store(api_call *c, const amur_err *err)
{
    table_printf(stderr, "amur: serve: POST /api/claims: %s\n", err->msg);
    return fail_with(c, 503, NULL,
                     "the database is busy or not available now; nothing was stored: try "
                     "again later");
}

static int blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t')
            return 0;
    return 1;
}

/* Item I (1-based) of the body as a row of claims, appended to B; what is
** wrong with its shape goes to D. AMUR_OK or AMUR_ESYS. */
static int add_item(bundle *b, const json_t *item, long i, diag *d)
{
    const concept *c = &schema_concepts[C_CLAIM];
    const char *key;
    json_t *v;
    char **f;

    if (!json_is_object(item))
        return diag_add(d, ITEM_NAME, i, NULL, "not a claim object");
    if (!(f = calloc(c->ncols, sizeof *f)))
        return AMUR_ESYS;
    json_object_foreach((json_t *)item, key, v) {
        int col = schema_col(c, key);
        const char *s = NULL;
        char num[32];
        if (col < 0) {
            diag_add(d, ITEM_NAME, i, key, "unknown field");
            continue;
        }
        if (json_is_string(v))
            s = json_string_value(v);
        else if (json_is_integer(v))
            snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v)), s = num;
        else if (!json_is_null(v)) {
            diag_add(d, ITEM_NAME, i, key, "must be a string or null");
            continue;
        }
        if (s && !blank(s) && !(f[col] = strdup(s))) {
            for (size_t k = 0; k < c->ncols; k++)
                free(f[k]);
            free(f);
            return AMUR_ESYS;
        }
    }
    return bundle_add(b, C_CLAIM, f, i);
}

static int same_claim(char *const *a, char *const *b)
{
    for (size_t i = 0; i < schema_concepts[C_CLAIM].ncols; i++)
        if (!a[i] != !b[i] || (a[i] && strcmp(a[i], b[i]) != 0))
            return 0;
    return 1;
}

/* Claims of B whose id is stored with other content, into D. */
static int find_conflicts(store *db, const bundle *b, diag *d, amur_err *err)
{
    const btable *t = &b->t[C_CLAIM];
    for (size_t i = 0; i < t->n; i++) {
        char **stored = NULL;
        int found;
        if (!t->rows[i].f[0])
            continue;
        found = store_get(db, t->c, t->rows[i].f[0], &stored, err);
        if (found < 0)
            return -found;
        if (found && !same_claim(t->rows[i].f, stored))
            diag_add(d, ITEM_NAME, t->rows[i].line, "id",
                     "claim '%s' differs from the stored claim of that id; claims are never "
                     "edited: add a new claim instead",
                     t->rows[i].f[0]);
        store_row_free(t->c, stored);
    }
    return AMUR_OK;
}

/* Stores the claims of B with their audit rows, inside the caller's
** transaction; their ids go to IDS. */
static int store_claims(api_call *c, const bundle *b, json_t *ids, long *added, long *same,
                        amur_err *err)
{
    const btable *t = &b->t[C_CLAIM];
    for (size_t i = 0; i < t->n; i++) {
        int result;
        if (store_put(c->db, t->c, t->rows[i].f, &result, err))
            return err->code;
        if (result == STORE_ADDED) {
            (*added)++;
            if (store_audit_add(c->db, c->token_id, c->token_role, "add claim",
                                t->rows[i].f[0], err))
                return err->code;
        } else {
            (*same)++;
        }
        json_array_append_new(ids, json_string(t->rows[i].f[0]));
    }
    return AMUR_OK;
}

/* OWN_TX: the claims get a transaction of their own; else they are
** checked and stored in the caller's (writer.h). */
static json_t *post_claims(api_call *c, int own_tx)
{
    json_error_t jerr;
    json_t *body, *items, *ids = NULL, *out = NULL;
    bundle *b = NULL;
    diag d = {0};
    amur_err err = {0, ""};
    bundle_db look = bundle_db_of(c->db);
    long added = 0, same = 0;
    size_t n;

    if (!c->db)
        return fail_with(c, 500, NULL, "no database to write to");
    body = json_loadb(c->body ? c->body : "", c->body_len, JSON_REJECT_DUPLICATES, &jerr);
    if (!body)
        return fail_with(c, 400, NULL, "malformed JSON: %s (line %d, column %d)", jerr.text,
                         jerr.line, jerr.column);
    if (json_is_object(body)) {
        items = json_array();
        if (items)
            json_array_append(items, body);
    } else if (json_is_array(body)) {
        items = json_incref(body);
    } else {
        json_decref(body);
        return fail_with(c, 400, NULL, "the body must be a claim object or an array of them");
    }
    json_decref(body);
    if (!items || !(b = bundle_new(ITEM_NAME))) {
        json_decref(items);
        return fail_with(c, 500, NULL, "out of memory");
    }
    n = json_array_size(items);
    if (n == 0) {
        out = fail_with(c, 400, NULL, "no claims in the body");
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        if (add_item(b, json_array_get(items, i), (long)i + 1, &d)) {
            out = fail_with(c, 500, NULL, "out of memory");
            goto done;
        }
    /* checked and stored under one transaction, so that no other writer
    ** slips a claim of the same id in between */
    if (own_tx && store_begin(c->db, &err)) {
        out = fail_store(c, &err);
        goto done;
    }
    if (d.total == 0) {
        if (find_conflicts(c->db, b, &d, &err)) {
            out = fail_store(c, &err);
            goto rollback;
        }
        if (d.total) {
            out = fail_with(c, 409, call_problems(&d), "%zu claim%s already stored differently",
                            d.total, d.total == 1 ? " is" : "s are");
            goto rollback;
        }
    }
    if (bundle_check(b, &look, &d)) {
        out = fail_with(c, 500, NULL, "out of memory");
        goto rollback;
    }
    if (d.total) {
        diag_sort(&d, NULL, 0);
        out = fail_with(c, 400, call_problems(&d), "%zu problem%s; nothing was stored", d.total,
                        d.total == 1 ? "" : "s");
        goto rollback;
    }
    if (!(ids = json_array()) || store_claims(c, b, ids, &added, &same, &err) ||
        (own_tx && store_commit(c->db, &err))) {
        out = err.msg[0] ? fail_store(c, &err) : fail_with(c, 500, NULL, "out of memory");
        json_decref(ids);
        goto rollback;
    }
    c->ok_status = 201;
    c->stored = 1;
    if ((c->touched = json_array()))
        for (size_t i = 0; i < n; i++)
            json_array_append(c->touched, json_object_get(json_array_get(items, i), "subject"));
    out = json_pack("{s:o,s:I,s:I}", "ids", ids, "added", (json_int_t)added, "unchanged",
                    (json_int_t)same);
    goto done;
rollback:
    if (own_tx)
        store_rollback(c->db);
done:
    diag_clear(&d);
    bundle_free(b);
    json_decref(items);
    return out;
}

json_t *h_post_claims(api_call *c)
{
    return post_claims(c, 1);
}

json_t *write_claims_in_tx(api_call *c)
{
    return post_claims(c, 0);
}
