/*
** queue.h — the review queue's proposals (store.h) as people and programs
** see them: one JSON object each, the same from `amur proposals list
** --json` and GET /api/proposals.
**
** Ownership: queue_json() returns a new reference the caller releases.
*/
#ifndef AMUR_QUEUE_H
#define AMUR_QUEUE_H

#include <jansson.h>

#include "../store/store.h"

/* P as {id, status, created, decided, added_by, reviewer, reason, claim,
** subject, subject_name, property, value, unit, scope, stated, date,
** refers_to, source, new_source, quote, quote_lang, confidence, reasons,
** matched, sentence, context}: the columns that hold JSON (reasons,
** matched, new_source) as JSON again, numbers as numbers; NULL when out
** of memory. */
json_t *queue_json(const store_proposal *p);

#endif
