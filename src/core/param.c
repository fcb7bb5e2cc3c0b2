/*
** param.c — parameters declared once: defaults, the one parser, and the
** words help and the API documents use (param.h).
*/
#include "param.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdate.h"
#include "text.h"

const param *param_find(const param *ps, const char *name)
{
    for (size_t i = 0; ps && ps[i].name; i++)
        if (strcmp(ps[i].name, name) == 0)
            return &ps[i];
    return NULL;
}

const char *param_spelling(const param *p, unsigned where, char *buf, size_t n)
{
    size_t i = 0;
    if (where & PARAM_API) {
        for (; p->name[i] && i + 1 < n; i++)
            buf[i] = p->name[i] == '-' ? '_' : p->name[i];
        buf[i] = 0;
    } else if (p->where & PARAM_ARG) {
        snprintf(buf, n, "%s", p->meta ? p->meta : p->name);
    } else {
        snprintf(buf, n, "--%s", p->name);
    }
    return buf;
}

const char *param_json_type(const param *p)
{
    switch (p->type) {
    case PARAM_FLAG:
        return "boolean";
    case PARAM_INT:
        return "integer";
    case PARAM_NUMBER:
        return "number";
    default:
        return "string";
    }
}

const char *param_describe(const param *p, char *buf, size_t n)
{
    size_t len = (size_t)snprintf(buf, n, "%s", p->help);
    if (p->type == PARAM_CHOICE && p->choices && len < n) {
        len += (size_t)snprintf(buf + len, n - len, ": ");
        for (size_t i = 0; p->choices[i] && len < n; i++)
            len += (size_t)snprintf(buf + len, n - len, "%s%s", i ? ", " : "", p->choices[i]);
    }
    if (p->def && len < n)
        snprintf(buf + len, n - len, " (default %s)", p->def);
    return buf;
}

static void *field(void *opts, const param *p)
{
    return (char *)opts + p->off;
}

/* Stores S (not NULL) as P's value; NULL, or what is wrong with it. */
static const char *store_value(const param *p, const char *s, void *opts)
{
    static char why[160];
    double d;
    const char *msg;
    switch (p->type) {
    case PARAM_FLAG:
        if (!strcmp(s, "1") || !strcmp(s, "true") || !strcmp(s, "yes") || !*s)
            *(int *)field(opts, p) = 1;
        else if (!strcmp(s, "0") || !strcmp(s, "false") || !strcmp(s, "no"))
            *(int *)field(opts, p) = 0;
        else
            return "not a boolean (true, false, 1 or 0)";
        return NULL;
    case PARAM_INT:
    case PARAM_NUMBER:
        if ((msg = text_number(s, p->min, p->max, p->type == PARAM_INT, &d)))
            return msg;
        if (p->type == PARAM_INT)
            *(long *)field(opts, p) = (long)d;
        else
            *(double *)field(opts, p) = d;
        return NULL;
    case PARAM_CHOICE: {
        size_t len = 0;
        for (size_t i = 0; p->choices && p->choices[i]; i++)
            if (strcmp(s, p->choices[i]) == 0) {
                *(const char **)field(opts, p) = p->choices[i];
                return NULL;
            }
        len = (size_t)snprintf(why, sizeof why, "not one of ");
        for (size_t i = 0; p->choices && p->choices[i] && len < sizeof why; i++)
            len += (size_t)snprintf(why + len, sizeof why - len, "%s%s", i ? ", " : "",
                                    p->choices[i]);
        return why;
    }
    case PARAM_DATE: {
        pdate d;
        if ((msg = pdate_parse(s, &d)))
            return msg;
        *(const char **)field(opts, p) = s;
        return NULL;
    }
    default:
        if (!*s)
            return "empty";
        *(const char **)field(opts, p) = s;
        return NULL;
    }
}

void param_defaults(const param *ps, void *opts)
{
    for (size_t i = 0; ps && ps[i].name; i++) {
        const param *p = &ps[i];
        switch (p->type) {
        case PARAM_FLAG:
            *(int *)field(opts, p) = 0;
            break;
        case PARAM_INT:
            *(long *)field(opts, p) = 0;
            break;
        case PARAM_NUMBER:
            *(double *)field(opts, p) = 0;
            break;
        default:
            *(const char **)field(opts, p) = NULL;
        }
        /* declared defaults are well formed (a unit test reads them all) */
        if (p->def)
            store_value(p, p->def, opts);
    }
}

/* Whether P's value in OPTS is less than Q's (both numbers), with both
** values written into A and B. */
static int below(const param *p, const param *q, void *opts, char *a, char *b, size_t n)
{
    if (p->type == PARAM_INT && q->type == PARAM_INT) {
        snprintf(a, n, "%ld", *(long *)field(opts, p));
        snprintf(b, n, "%ld", *(long *)field(opts, q));
        return *(long *)field(opts, p) < *(long *)field(opts, q);
    }
    if (p->type == PARAM_NUMBER && q->type == PARAM_NUMBER) {
        snprintf(a, n, "%g", *(double *)field(opts, p));
        snprintf(b, n, "%g", *(double *)field(opts, q));
        return *(double *)field(opts, p) < *(double *)field(opts, q);
    }
    return 0;
}

int param_parse(const param *ps, unsigned where, param_get get, void *ctx, void *opts,
                amur_err *err)
{
    char name[64], other[64], a[32], b[32];
    param_defaults(ps, opts);
    for (size_t i = 0; ps && ps[i].name; i++) {
        const param *p = &ps[i];
        const char *s, *msg;
        if (!(p->where & where))
            continue;
        param_spelling(p, where, name, sizeof name);
        if (!(s = get(ctx, p->name))) {
            if (p->where & PARAM_REQUIRED)
                return err_set(err, AMUR_EUSAGE, "%s is missing", name);
            continue;
        }
        /* "is not a whole number ...", but a date's "month out of range" */
        if ((msg = store_value(p, s, opts)))
            return err_set(err, AMUR_EUSAGE, "%s: '%s'%s %s", name, s,
                           strncmp(msg, "not ", 4) && strcmp(msg, "empty") ? ":" : " is", msg);
    }
    /* pairs, once every value (given or default) is in */
    for (size_t i = 0; ps && ps[i].name; i++) {
        const param *p = &ps[i], *q = p->not_below ? param_find(ps, p->not_below) : NULL;
        if (!q || !(p->where & where) || !(q->where & where))
            continue;
        if (!get(ctx, p->name) && !get(ctx, q->name))
            continue;
        /* an unset bound (0 for "the earliest with data") orders nothing */
        if (((p->type == PARAM_INT && !*(long *)field(opts, p)) ||
             (q->type == PARAM_INT && !*(long *)field(opts, q))) && !p->def)
            continue;
        if (below(p, q, opts, a, b, sizeof a))
            return err_set(err, AMUR_EUSAGE, "%s (%s) must not be below %s (%s)",
                           param_spelling(p, where, name, sizeof name), a,
                           param_spelling(q, where, other, sizeof other), b);
    }
    return AMUR_OK;
}
