/*
** known.c — values checked against what exists, with a suggestion when a
** close one does (known.h).
*/
#include "known.h"

#include <stdio.h>
#include <string.h>

#include "../core/schema.h"
#include "../core/text.h"

/* The best suggestion so far: the id to propose and its distance. */
typedef struct suggestion {
    const char *id;
    size_t dist;
} suggestion;

/* Considers CANDIDATE (an id, or a name standing for ID) for WORD, by
** text_closeness() (either may begin the other). */
static void consider(suggestion *s, const char *word, const char *candidate, const char *id)
{
    int d;
    if (!candidate || !*candidate || (d = text_closeness(word, candidate, 1)) < 0)
        return;
    if (!s->id || (size_t)d < s->dist) {
        s->id = id;
        s->dist = (size_t)d;
    }
}

#define NAMED_ROWS(arr, count, T)                                                            \
    for (size_t i = 0; i < (count); i++) {                                                   \
        const T *x = &(arr)[i];                                                              \
        consider(&sg, id, x->id, x->id);                                                     \
        consider(&sg, id, x->name.en, x->id);                                                \
        consider(&sg, id, x->name.ru, x->id);                                                \
        consider(&sg, id, x->name.zh, x->id);                                                \
    }

int known_id(const evidence *e, unsigned kinds, const char *what, const char *id, char *msg,
                size_t n)
{
    suggestion sg = {NULL, 0};
    for (int k = 0; k < C_COUNT; k++)
        if ((kinds & REF(k)) && ev_find(e, k, id) >= 0)
            return 1;
    if (kinds & REF(C_PROJECT))
        NAMED_ROWS(e->projects, e->n_projects, ev_project)
    if (kinds & REF(C_INSTRUMENT))
        NAMED_ROWS(e->instruments, e->n_instruments, ev_instrument)
    if (kinds & REF(C_PLACE))
        NAMED_ROWS(e->places, e->n_places, ev_place)
    if (kinds & REF(C_ACTOR))
        NAMED_ROWS(e->actors, e->n_actors, ev_actor)
    if (kinds & REF(C_SOURCE))
        for (size_t i = 0; i < e->n_sources; i++)
            consider(&sg, id, e->sources[i].id, e->sources[i].id);
    if (sg.id)
        snprintf(msg, n, "no %s '%s'; did you mean '%s'?", what, id, sg.id);
    else
        snprintf(msg, n, "no %s '%s'", what, id);
    return 0;
}

int known_property(const evidence *e, const char *property, char *msg, size_t n)
{
    suggestion sg = {NULL, 0};
    /* claims are sorted by subject, then property: consecutive repeats are cheap to skip */
    for (size_t i = 0; i < e->n_claims; i++) {
        const char *p = e->claims[i].property;
        if (strcmp(p, property) == 0)
            return 1;
        if (i == 0 || p != e->claims[i - 1].property)
            consider(&sg, property, p, p);
    }
    if (sg.id)
        snprintf(msg, n, "no claim has the property '%s'; did you mean '%s'?", property, sg.id);
    else
        snprintf(msg, n, "no claim has the property '%s'", property);
    return 0;
}

int known_params(const evidence *e, const param *ps, unsigned where, const void *opts,
                 amur_err *err)
{
    char msg[512];
    for (size_t i = 0; ps && ps[i].name; i++) {
        const param *p = &ps[i];
        const char *v;
        if (!(p->where & where) || (p->type != PARAM_ID && p->type != PARAM_PROPERTY))
            continue;
        if (!(v = *(const char *const *)((const char *)opts + p->off)))
            continue;
        if (p->type == PARAM_ID ? !known_id(e, p->refs, p->name, v, msg, sizeof msg)
                                : !known_property(e, v, msg, sizeof msg))
            return err_set(err, AMUR_EDATA, "%s", msg);
    }
    return AMUR_OK;
}
