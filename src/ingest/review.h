/*
** review.h — the review queue: candidate claims (`amur extract --json`)
** stored as proposals, and a person's decision on each. Accepting one
** writes its claim through the same checks as a load (bundle_check
** against the database, claims append-only), in one transaction with the
** decision and a record of who decided: the audit log for a token's
** holder (the web API), the load log for the command line. Nothing
** extracted becomes a claim any other way. docs/api.md and README.md
** ("Reviewing proposed claims") describe the flow.
**
** Ownership: review_add_json() returns in *IDS an array the caller frees.
*/
#ifndef AMUR_REVIEW_H
#define AMUR_REVIEW_H

#include <stddef.h>

#include "../core/err.h"
#include "../store/store.h"

/* At most this many candidates in one body or file, and this many bytes in
** one of their texts. */
#define REVIEW_MAX_ITEMS 1000
#define REVIEW_MAX_TEXT 4000
#define REVIEW_MAX_EDITS 16
/* The longest reviewer's name, in bytes; and the room a claim's id needs
** (the schema's 128 characters and a NUL). */
#define REVIEW_MAX_NAME 200
#define REVIEW_CLAIM_ID_MAX 129

/* Stores the candidates of TEXT (N bytes of JSON: one object of `amur
** extract --json`, or an array of them; NAME names it in messages) as
** pending proposals, ADDED_BY saying who sent them, in one transaction.
** What is wrong with them goes to D (file NAME, line the item's number
** from 1, column the field) and makes it AMUR_EDATA with nothing stored.
** *IDS (malloc'd) and *NIDS get the new proposals' numbers. */
int review_add_json(store *db, const char *text, size_t n, const char *name,
                  const char *added_by, long **ids, size_t *nids, diag *d, amur_err *err);

/* Who decides: a name, and the token it came with (0 for the command line). */
typedef struct review_who {
    const char *reviewer;
    long token_id;
    const char *role;
} review_who;

/* One edit before accepting: a claim's field (subject, property, value,
** unit, scope, date, refers_to, source, locator, quote, quote_lang, note,
** via, id) or a new source's (source_title, source_publisher, source_url,
** source_date, source_language, source_tier, source_authors); an empty
** VALUE empties the field. */
typedef struct review_edit {
    const char *field, *value;
} review_edit;

/* Why a decision was refused, beside the error's message. */
enum { REVIEW_UNKNOWN = 1, REVIEW_DECIDED, REVIEW_INVALID };

/* Accepts pending proposal ID with the NE edits E: its claim (and its new
** source, when the source is not stored) checked as a load checks them and
** stored; the proposal marked accepted by WHO, with the claim's id in
** CLAIM_ID (CLAIMSZ bytes, REVIEW_CLAIM_ID_MAX or more). On refusal returns
** AMUR_EDATA with *WHY set: REVIEW_UNKNOWN (ERR says which proposals there
** are), REVIEW_DECIDED, or REVIEW_INVALID with the problems in D (or, for
** a reviewer's name that is empty, longer than REVIEW_MAX_NAME or not
** UTF-8 text, in ERR); nothing is stored then. */
int review_accept(store *db, long id, const review_edit *e, size_t ne, const review_who *who,
                char *claim_id, size_t claimsz, int *why, diag *d, amur_err *err);

/* Rejects pending proposal ID for REASON (required, UTF-8 text); refusals
** as review_accept() (REVIEW_INVALID for an empty or bad reason). */
int review_reject(store *db, long id, const char *reason, const review_who *who, int *why,
                amur_err *err);

/* The statuses a proposal has, for a filter: NULL-ended. */
extern const char *const review_statuses[];

#endif
