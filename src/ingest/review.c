/*
** review.c — the review queue; see review.h.
*/
#include "review.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/sha256.h"
#include "../core/text.h"
#include "bundle.h"
#include "bundle_load.h"

const char *const review_statuses[] = {"pending", "accepted", "rejected", NULL};

/* The fields of a candidate as `amur extract --json` writes them, with
** the column each goes to (-1: kept only in the whole candidate). */
typedef struct cand_field {
    const char *name;
    int col;
    enum { F_TEXT, F_NUMBER, F_INT, F_TEXTS, F_OBJECT } type;
    int required;
} cand_field;

static const cand_field cand_fields[] = {
    {"id", -1, F_TEXT, 0},
    {"subject", SP_SUBJECT, F_TEXT, 1},
    {"subject_name", -1, F_TEXT, 0},
    {"property", SP_PROPERTY, F_TEXT, 1},
    {"value", SP_VALUE, F_TEXT, 1},
    {"stated", SP_STATED, F_TEXT, 0},
    {"unit", SP_UNIT, F_TEXT, 0},
    {"scope", SP_SCOPE, F_TEXT, 0},
    {"date", SP_DATE, F_TEXT, 1},
    {"refers_to", SP_REFERS_TO, F_TEXT, 0},
    {"source", SP_SOURCE, F_TEXT, 1},
    {"quote", SP_QUOTE, F_TEXT, 0},
    {"quote_lang", SP_QUOTE_LANG, F_TEXT, 0},
    {"confidence", SP_CONFIDENCE, F_NUMBER, 0},
    {"reasons", SP_REASONS, F_TEXTS, 0},
    {"matched", SP_MATCHED, F_TEXTS, 0},
    {"also_named", -1, F_TEXTS, 0},
    {"sentence", SP_SENTENCE, F_INT, 0},
    {"context", SP_CONTEXT, F_TEXT, 0},
    {"new_source", SP_NEW_SOURCE, F_OBJECT, 0},
};
#define NFIELDS (sizeof cand_fields / sizeof cand_fields[0])

/* A new source's fields, as `amur extract --json` writes them under
** "new_source", and the edits that set them ("source_" + name). */
static const char *const source_fields[] = {"id",   "title",    "authors", "publisher",
                                            "url",  "date",     "language", "tier", NULL};

static const cand_field *cand_field_of(const char *name)
{
    for (size_t i = 0; i < NFIELDS; i++)
        if (strcmp(cand_fields[i].name, name) == 0)
            return &cand_fields[i];
    return NULL;
}

static int text_ok(const char *s)
{
    return strlen(s) <= REVIEW_MAX_TEXT;
}

/* What is wrong with V as field F, or NULL. */
static const char *bad_value(const cand_field *f, json_t *v)
{
    size_t i;
    json_t *x;
    const char *k;
    if (json_is_null(v))
        return f->required ? "required" : NULL;
    switch (f->type) {
    case F_TEXT:
        if (!json_is_string(v))
            return "must be a string";
        if (f->required && !*json_string_value(v))
            return "required";
        return text_ok(json_string_value(v)) ? NULL : "too long (at most 4000 bytes)";
    case F_NUMBER:
        return json_is_number(v) && json_number_value(v) >= 0 && json_number_value(v) <= 1
                   ? NULL
                   : "must be a number from 0 to 1";
    case F_INT:
        return json_is_integer(v) && json_integer_value(v) >= 0 ? NULL
                                                                : "must be a whole number";
    case F_TEXTS:
        if (!json_is_array(v) || json_array_size(v) > 64)
            return "must be an array of at most 64 strings";
        json_array_foreach(v, i, x) if (!json_is_string(x) || !text_ok(json_string_value(x)))
            return "must be an array of short strings";
        return NULL;
    case F_OBJECT:
        if (!json_is_object(v))
            return "must be an object";
        json_object_foreach(v, k, x) {
            int known = 0;
            for (int j = 0; source_fields[j]; j++)
                known |= strcmp(source_fields[j], k) == 0;
            if (!known || !(json_is_string(x) || json_is_null(x)) ||
                (json_is_string(x) && !text_ok(json_string_value(x))))
                return "must be an object of a source's fields (id, title, publisher, url, "
                       "date, language, tier) as strings";
        }
        return NULL;
    }
    return NULL;
}

/* Checks item I (from 1) of the body; its problems go to D. */
static int check_item(store *db, json_t *o, const char *name, long i, diag *d)
{
    const char *k;
    json_t *v;
    if (!json_is_object(o))
        return diag_add(d, name, i, NULL, "not a candidate object (amur extract --json)");
    json_object_foreach(o, k, v) {
        const cand_field *f = cand_field_of(k);
        const char *bad = f ? bad_value(f, v) : "unknown field";
        if (bad && diag_add(d, name, i, k, "%s", bad))
            return AMUR_ESYS;
    }
    for (size_t j = 0; j < NFIELDS; j++)
        if (cand_fields[j].required && !json_object_get(o, cand_fields[j].name) &&
            diag_add(d, name, i, cand_fields[j].name, "required"))
            return AMUR_ESYS;
    v = json_object_get(o, "subject");
    if (json_is_string(v) && *json_string_value(v)) {
        char kind[32];
        int c = store_find(db, json_string_value(v), kind, sizeof kind);
        if (c == STORE_FIND_FAILED)
            return AMUR_ESYS;
        if (c == STORE_NOT_FOUND)
            return diag_add(d, name, i, "subject", "no stored project or other subject '%s'",
                            json_string_value(v));
    }
    return AMUR_OK;
}

/* The text of V as a column: strings as they are, numbers and arrays and
** objects as JSON (malloc'd into *OWN, which the caller frees). */
static const char *col_text(json_t *v, char **own)
{
    *own = NULL;
    if (!v || json_is_null(v))
        return NULL;
    if (json_is_string(v))
        return *json_string_value(v) ? json_string_value(v) : NULL;
    if (json_is_real(v)) {
        if ((*own = malloc(16)))
            snprintf(*own, 16, "%.2f", json_real_value(v));
        return *own;
    }
    return *own = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
}

static int store_item(store *db, json_t *o, const char *added_by, long *id, amur_err *err)
{
    store_proposal p = {{0}};
    char *own[NFIELDS + 1] = {0};
    int rc;
    p.f[SP_ADDED_BY] = added_by;
    for (size_t j = 0; j < NFIELDS; j++)
        if (cand_fields[j].col >= 0)
            p.f[cand_fields[j].col] = col_text(json_object_get(o, cand_fields[j].name), &own[j]);
    p.f[SP_CANDIDATE] = own[NFIELDS] = json_dumps(o, JSON_COMPACT);
    rc = p.f[SP_CANDIDATE] ? store_proposal_add(db, &p, id, err)
                           : err_set(err, AMUR_ESYS, "out of memory");
    for (size_t j = 0; j <= NFIELDS; j++)
        free(own[j]);
    return rc;
}

int review_add_json(store *db, const char *text, size_t n, const char *name,
                  const char *added_by, long **ids, size_t *nids, diag *d, amur_err *err)
{
    json_error_t jerr;
    json_t *body = json_loadb(text, n, JSON_REJECT_DUPLICATES, &jerr), *items;
    size_t count;
    int rc = AMUR_OK;

    *ids = NULL;
    *nids = 0;
    if (!body)
        return err_set(err, AMUR_EDATA, "%s: malformed JSON: %s (line %d, column %d)", name,
                       jerr.text, jerr.line, jerr.column);
    if (json_is_object(body)) {
        items = json_array();
        json_array_append(items, body);
    } else if (json_is_array(body)) {
        items = json_incref(body);
    } else {
        json_decref(body);
        return err_set(err, AMUR_EDATA,
                       "%s: not a candidate object or an array of them (amur extract --json)",
                       name);
    }
    json_decref(body);
    count = json_array_size(items);
    if (count == 0 || count > REVIEW_MAX_ITEMS) {
        json_decref(items);
        return err_set(err, AMUR_EDATA, "%s: %s", name,
                       count ? "more than 1000 candidates" : "no candidates");
    }
    if (!(*ids = calloc(count, sizeof **ids))) {
        json_decref(items);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    if ((rc = store_begin(db, err)))
        goto done;
    for (size_t i = 0; i < count && rc == AMUR_OK; i++)
        if (check_item(db, json_array_get(items, i), name, (long)i + 1, d))
            rc = err->msg[0] ? err->code : err_set(err, AMUR_ESYS, "%s: checking", name);
    if (rc == AMUR_OK && d->total)
        rc = err_set(err, AMUR_EDATA, "%s: %zu problem%s; nothing was stored", name, d->total,
                     d->total == 1 ? "" : "s");
    for (size_t i = 0; i < count && rc == AMUR_OK; i++)
        rc = store_item(db, json_array_get(items, i), added_by, &(*ids)[i], err);
    if (rc == AMUR_OK && (rc = store_commit(db, err)) == AMUR_OK)
        *nids = count;
    if (rc)
        store_rollback(db);
done:
    if (rc) {
        free(*ids);
        *ids = NULL;
    }
    json_decref(items);
    return rc;
}

/* ---- deciding ---- */

/* A copy of one stored proposal (its strings malloc'd). */
typedef struct held {
    int found;
    char *f[STORE_PROP_COLS];
    long near; /* the pending proposal nearest the id asked, for a suggestion */
    long want;
    int fail;
} held;

static int hold(void *ctx, const store_proposal *p)
{
    held *h = ctx;
    for (int i = 0; i < STORE_PROP_COLS; i++)
        if (p->f[i] && !(h->f[i] = strdup(p->f[i])))
            h->fail = 1;
    h->found = 1;
    return 0;
}

static void held_free(held *h)
{
    for (int i = 0; i < STORE_PROP_COLS; i++)
        free(h->f[i]);
}

static int nearest(void *ctx, const store_proposal *p)
{
    held *h = ctx;
    long id = strtol(p->f[SP_ID], NULL, 10);
    if (!h->near || labs(id - h->want) < labs(h->near - h->want))
        h->near = id;
    return 0;
}

/* Reads proposal ID into H; refuses one that is not there or not pending. */
static int fetch(store *db, long id, held *h, int *why, amur_err *err)
{
    int rc;
    memset(h, 0, sizeof *h);
    if ((rc = store_each_proposal(db, id, NULL, hold, h, err)))
        return rc;
    if (h->fail)
        return err_set(err, AMUR_ESYS, "out of memory");
    if (!h->found) {
        h->want = id;
        if ((rc = store_each_proposal(db, 0, "pending", nearest, h, err)))
            return rc;
        *why = REVIEW_UNKNOWN;
        if (h->near)
            return err_set(err, AMUR_EDATA,
                           "no proposal %ld; did you mean %ld? (amur proposals list)", id,
                           h->near);
        return err_set(err, AMUR_EDATA, "no proposal %ld; no proposal is pending", id);
    }
    if (strcmp(h->f[SP_STATUS], "pending") != 0) {
        *why = REVIEW_DECIDED;
        return err_set(err, AMUR_EDATA, "proposal %ld was %s already by %s at %s%s%s", id,
                       h->f[SP_STATUS], h->f[SP_REVIEWER] ? h->f[SP_REVIEWER] : "?",
                       h->f[SP_DECIDED] ? h->f[SP_DECIDED] : "?",
                       h->f[SP_CLAIM] ? ": claim " : "", h->f[SP_CLAIM] ? h->f[SP_CLAIM] : "");
    }
    return AMUR_OK;
}

/* Sets cell COL of F to VALUE (a copy; NULL or "" empties it). */
static int set_cell(char **f, int col, const char *value)
{
    free(f[col]);
    f[col] = NULL;
    return value && *value && !(f[col] = strdup(value)) ? AMUR_ESYS : AMUR_OK;
}

/* The claim's id: the candidate's when nothing of the claim was edited
** (the id amur extract --bundle gives it), else one made from what the
** claim now says, so the same edit gives the same id. */
static int claim_id_of(const held *h, char **claim, int edited, long id)
{
    const concept *c = &schema_concepts[C_CLAIM];
    char seed[8192], hex[2 * SHA256_BYTES + 1], made[40];
    size_t len = 0;
    json_t *cand = json_loads(h->f[SP_CANDIDATE] ? h->f[SP_CANDIDATE] : "{}", 0, NULL);
    const char *given = json_string_value(json_object_get(cand, "id"));
    int rc;
    if (claim[0]) {
        json_decref(cand);
        return AMUR_OK;
    }
    if (!edited && given && *given) {
        rc = set_cell(claim, 0, given);
        json_decref(cand);
        return rc;
    }
    json_decref(cand);
    for (size_t i = 1; i < c->ncols && len < sizeof seed; i++)
        len += (size_t)snprintf(seed + len, sizeof seed - len, "%s\n", claim[i] ? claim[i] : "");
    if (len >= sizeof seed)
        len = sizeof seed - 1;
    sha256_hex(seed, len, hex);
    snprintf(made, sizeof made, "ext-%.16s", hex);
    if (!edited)
        snprintf(made, sizeof made, "prop-%ld", id);
    return set_cell(claim, 0, made);
}

/* The note a claim from proposal ID carries: where it came from, who
** accepted it. */
static int claim_note(const held *h, long id, const review_who *who, char **claim)
{
    char note[1200];
    int col = schema_col(&schema_concepts[C_CLAIM], "note");
    size_t len;
    if (claim[col])
        return AMUR_OK;
    len = (size_t)snprintf(note, sizeof note, "From proposal %ld (amur extract", id);
    if (h->f[SP_CONFIDENCE] && len < sizeof note)
        len += (size_t)snprintf(note + len, sizeof note - len, ", confidence %s",
                                h->f[SP_CONFIDENCE]);
    if (len < sizeof note)
        snprintf(note + len, sizeof note - len, "), accepted by %s", who->reviewer);
    return set_cell(claim, col, note);
}

/* The claim of proposal H with the edits applied, into CLAIM (one cell per
** column of claims), and the new source's row into SRC when the edits or
** the candidate name one; unknown fields go to D. */
static int build_rows(store *db, const held *h, long id, const review_edit *e, size_t ne,
                      const review_who *who, char **claim, char **src, int *has_src, diag *d)
{
    const concept *c = &schema_concepts[C_CLAIM], *cs = &schema_concepts[C_SOURCE];
    static const int from[] = {SP_SUBJECT, SP_PROPERTY, SP_VALUE,  SP_UNIT,  SP_SCOPE,
                               SP_DATE,    SP_REFERS_TO, SP_SOURCE, SP_QUOTE, SP_QUOTE_LANG};
    static const char *const to[] = {"subject", "property", "value",  "unit",  "scope",
                                     "date",    "refers_to", "source", "quote", "quote_lang"};
    json_t *ns = json_loads(h->f[SP_NEW_SOURCE] ? h->f[SP_NEW_SOURCE] : "{}", 0, NULL);
    int edited = 0, rc = AMUR_OK;
    char kind[32];

    for (size_t i = 0; i < sizeof from / sizeof from[0] && !rc; i++)
        rc = set_cell(claim, schema_col(c, to[i]), h->f[from[i]]);
    for (int i = 0; source_fields[i] && !rc; i++) {
        json_t *v = json_object_get(ns, source_fields[i]);
        rc = set_cell(src, schema_col(cs, source_fields[i]), json_string_value(v));
    }
    json_decref(ns);
    for (size_t i = 0; i < ne && !rc; i++) {
        int col = schema_col(c, e[i].field);
        if (e[i].value && text_utf8_invalid(e[i].value, strlen(e[i].value)) >= 0)
            rc = diag_add(d, "proposals", id, e[i].field, "not UTF-8 text");
        else if (strncmp(e[i].field, "source_", 7) == 0 && strcmp(e[i].field, "source_id") != 0 &&
            schema_col(cs, e[i].field + 7) >= 0) {
            rc = set_cell(src, schema_col(cs, e[i].field + 7), e[i].value);
            *has_src = 1;
        } else if (col >= 0) {
            rc = set_cell(claim, col, e[i].value);
            edited |= col != 0 && strcmp(e[i].field, "note") != 0;
        } else {
            rc = diag_add(d, "proposals", id, e[i].field,
                          "not a field of a claim (id, subject, property, value, unit, scope, "
                          "date, refers_to, source, locator, quote, quote_lang, note, via) or "
                          "of a new source (source_title, source_publisher, source_url, "
                          "source_date, source_language, source_tier, source_authors)");
        }
    }
    if (rc)
        return AMUR_ESYS;
    /* the new source goes in only when the claim's source is not stored */
    if (src[0] || *has_src) {
        const char *sid = claim[schema_col(c, "source")];
        int k = sid ? store_find(db, sid, kind, sizeof kind) : STORE_NOT_FOUND;
        if (k == STORE_FIND_FAILED)
            return AMUR_ESYS;
        if (*has_src && k != STORE_NOT_FOUND && diag_add(d, "proposals", id, "source",
                                                         "source '%s' is stored: the source_ "
                                                         "edits apply only to a new source",
                                                         sid))
            return AMUR_ESYS;
        *has_src = k == STORE_NOT_FOUND && sid;
        if (*has_src && set_cell(src, 0, sid))
            return AMUR_ESYS;
    }
    if (claim_id_of(h, claim, edited, id) || claim_note(h, id, who, claim))
        return AMUR_ESYS;
    return AMUR_OK;
}

/* A row's cells and the row itself. */
static void free_row(const concept *c, char **f)
{
    for (size_t i = 0; f && i < c->ncols; i++)
        free(f[i]);
    free(f);
}

/* Whether rows A and B of C say the same, column SKIP aside. */
static int same_row(const concept *c, char *const *a, char *const *b, int skip)
{
    for (size_t i = 0; i < c->ncols; i++)
        if ((int)i != skip && (!a[i] != !b[i] || (a[i] && strcmp(a[i], b[i]) != 0)))
            return 0;
    return 1;
}

/* Checks the rows as a load would (ids, references, vocabularies, dates,
** claims stored differently) and stores them; *ADDED counts new rows. */
static int check_and_store(store *db, long id, char **claim, char **src, int has_src,
                           long *added, diag *d, amur_err *err)
{
    const concept *c = &schema_concepts[C_CLAIM];
    bundle *b = bundle_new("proposals");
    bundle_db look = bundle_db_of(db);
    store_tally counts[BUNDLE_TABLES];
    char **stored = NULL;
    int found, rc = AMUR_OK;

    memset(counts, 0, sizeof counts);
    if (!b) {
        free_row(c, claim);
        free_row(&schema_concepts[C_SOURCE], src);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    if (has_src) {
        rc = bundle_add(b, C_SOURCE, src, id);
    } else {
        free_row(&schema_concepts[C_SOURCE], src);
    }
    found = claim[0] ? store_get(db, c, claim[0], &stored, err) : 0;
    if (found < 0) {
        rc = -found;
    } else if (found) {
        /* told here, once, rather than by bundle_check(): a proposal made
        ** twice (the same candidate added again) differs only in its note */
        rc = same_row(c, claim, stored, schema_col(c, "note"))
                 ? diag_add(d, "proposals", id, "id",
                            "claim '%s' is stored already, the same but for its note "
                            "(accepted from another proposal?): reject this one as a "
                            "duplicate",
                            claim[0])
                 : diag_add(d, "proposals", id, "id",
                            "claim '%s' is stored with other content; claims are never "
                            "edited: give the claim another id",
                            claim[0]);
    }
    store_row_free(c, stored);
    if (rc == AMUR_OK && !found)
        rc = bundle_add(b, C_CLAIM, claim, id);
    else
        free_row(c, claim);
    /* checked even after a bad edit, so that every problem is told at once */
    if (rc == AMUR_OK && bundle_check(b, &look, d))
        rc = err_set(err, AMUR_ESYS, "out of memory");
    if (rc == AMUR_OK && !d->total && (rc = bundle_store(db, b, NULL, counts, err)) == AMUR_OK)
        for (int k = 0; k < BUNDLE_TABLES; k++)
            *added += counts[k].added;
    if (rc && !err->msg[0])
        err_set(err, rc, "proposal %ld: out of memory", id);
    bundle_free(b);
    return rc;
}

/* Whether TEXT, named WHAT, is UTF-8 text of 1 to MAX bytes without
** control characters: AMUR_OK, else REVIEW_INVALID in *WHY and the error. */
static int text_check(const char *what, const char *text, size_t max, int *why,
                      amur_err *err)
{
    size_t n = text ? strlen(text) : 0;
    const char *bad = !n ? "is needed"
                      : n > max ? "is too long"
                      : text_utf8_invalid(text, n) >= 0 ? "is not UTF-8 text"
                                                        : NULL;
    for (size_t i = 0; !bad && i < n; i++)
        if ((unsigned char)text[i] < 0x20 && text[i] != '\n' && text[i] != '\t')
            bad = "holds a control character";
    if (!bad)
        return AMUR_OK;
    *why = REVIEW_INVALID;
    return err_set(err, AMUR_EDATA, "%s %s (at most %zu bytes of text)", what, bad, max);
}

int review_accept(store *db, long id, const review_edit *e, size_t ne, const review_who *who,
                char *claim_id, size_t claimsz, int *why, diag *d, amur_err *err)
{
    char **claim = calloc(schema_concepts[C_CLAIM].ncols, sizeof *claim);
    char **src = calloc(schema_concepts[C_SOURCE].ncols, sizeof *src);
    held h;
    long added = 0;
    int has_src = 0, rc, decided;

    *why = 0;
    claim_id[0] = 0;
    if (text_check("the reviewer's name", who->reviewer, REVIEW_MAX_NAME, why, err)) {
        free(claim);
        free(src);
        return AMUR_EDATA;
    }
    if (!claim || !src) {
        free(claim);
        free(src);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    if ((rc = store_begin(db, err))) {
        free(claim);
        free(src);
        return rc;
    }
    rc = fetch(db, id, &h, why, err);
    if (rc == AMUR_OK && build_rows(db, &h, id, e, ne, who, claim, src, &has_src, d))
        rc = err_set(err, AMUR_ESYS, "proposal %ld: out of memory, or the database failed", id);
    if (rc == AMUR_OK && claim[0])
        snprintf(claim_id, claimsz, "%s", claim[0]);
    /* check_and_store() takes the rows over, stored or not */
    if (rc == AMUR_OK) {
        rc = check_and_store(db, id, claim, src, has_src, &added, d, err);
    } else {
        free_row(&schema_concepts[C_CLAIM], claim);
        free_row(&schema_concepts[C_SOURCE], src);
    }
    if (rc == AMUR_OK && d->total) {
        *why = REVIEW_INVALID;
        rc = err_set(err, AMUR_EDATA, "proposal %ld: %zu problem%s; nothing was stored", id,
                     d->total, d->total == 1 ? "" : "s");
    }
    if (rc == AMUR_OK) {
        decided = store_proposal_decide(db, id, "accepted", who->reviewer, NULL, claim_id, err);
        if (decided < 0)
            rc = -decided;
        else if (!decided)
            *why = REVIEW_DECIDED,
            rc = err_set(err, AMUR_EDATA, "proposal %ld was decided meanwhile", id);
    }
    if (rc == AMUR_OK) {
        char what[300];
        snprintf(what, sizeof what, "accept proposal %ld (reviewer %s)", id, who->reviewer);
        rc = who->token_id > 0
                 ? store_audit_add(db, who->token_id, who->role, what, claim_id, err)
                 : store_log_load(db, what, added, 0, err);
    }
    if (rc == AMUR_OK)
        rc = store_commit(db, err);
    if (rc)
        store_rollback(db);
    held_free(&h);
    return rc;
}

int review_reject(store *db, long id, const char *reason, const review_who *who, int *why,
                amur_err *err)
{
    held h;
    int rc, decided;
    *why = 0;
    if (text_check("the reviewer's name", who->reviewer, REVIEW_MAX_NAME, why, err) ||
        text_check("reject: a reason", reason, REVIEW_MAX_TEXT, why, err))
        return AMUR_EDATA;
    if ((rc = store_begin(db, err)))
        return rc;
    rc = fetch(db, id, &h, why, err);
    if (rc == AMUR_OK) {
        decided = store_proposal_decide(db, id, "rejected", who->reviewer, reason, NULL, err);
        if (decided < 0)
            rc = -decided;
        else if (!decided)
            *why = REVIEW_DECIDED,
            rc = err_set(err, AMUR_EDATA, "proposal %ld was decided meanwhile", id);
    }
    if (rc == AMUR_OK && who->token_id > 0) {
        char what[300];
        snprintf(what, sizeof what, "reject proposal %ld (reviewer %s)", id, who->reviewer);
        rc = store_audit_add(db, who->token_id, who->role, what, NULL, err);
    }
    if (rc == AMUR_OK)
        rc = store_commit(db, err);
    if (rc)
        store_rollback(db);
    held_free(&h);
    return rc;
}
