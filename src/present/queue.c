/*
** queue.c — proposals as JSON; see queue.h.
*/
#include "queue.h"

#include <stdlib.h>
#include <string.h>

/* A column that holds JSON (written by ingest/review.c), as JSON; null
** when empty or not JSON. */
static json_t *as_json(const char *s)
{
    json_t *v = s ? json_loads(s, JSON_DECODE_ANY, NULL) : NULL;
    return v ? v : json_null();
}

static json_t *as_text(const char *s)
{
    return s ? json_string(s) : json_null();
}

json_t *queue_json(const store_proposal *p)
{
    static const int text_cols[] = {SP_STATUS,   SP_CREATED, SP_DECIDED,  SP_ADDED_BY,
                                    SP_REVIEWER, SP_REASON,  SP_CLAIM,    SP_SUBJECT,
                                    SP_PROPERTY, SP_VALUE,   SP_UNIT,     SP_SCOPE,
                                    SP_STATED,   SP_DATE,    SP_REFERS_TO, SP_SOURCE,
                                    SP_QUOTE,    SP_QUOTE_LANG, SP_CONTEXT};
    json_t *o = json_object(), *cand;
    if (!o)
        return NULL;
    json_object_set_new(o, "id", json_integer(strtol(p->f[SP_ID] ? p->f[SP_ID] : "0", NULL, 10)));
    for (size_t i = 0; i < sizeof text_cols / sizeof text_cols[0]; i++) {
        int c = text_cols[i];
        json_object_set_new(o, c == SP_CLAIM ? "claim" : store_proposal_cols[c],
                            as_text(p->f[c]));
    }
    cand = as_json(p->f[SP_CANDIDATE]);
    json_object_set(o, "subject_name", json_is_object(cand) && json_object_get(cand, "subject_name")
                                           ? json_object_get(cand, "subject_name")
                                           : json_null());
    json_decref(cand);
    json_object_set_new(o, "confidence",
                        p->f[SP_CONFIDENCE] ? json_real(strtod(p->f[SP_CONFIDENCE], NULL))
                                            : json_null());
    json_object_set_new(o, "reasons", as_json(p->f[SP_REASONS]));
    json_object_set_new(o, "matched", as_json(p->f[SP_MATCHED]));
    json_object_set_new(o, "new_source", as_json(p->f[SP_NEW_SOURCE]));
    json_object_set_new(o, "sentence",
                        p->f[SP_SENTENCE] ? json_integer(strtol(p->f[SP_SENTENCE], NULL, 10))
                                          : json_null());
    return o;
}
