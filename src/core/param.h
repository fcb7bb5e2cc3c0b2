/*
** param.h — the parameters of a command or an analysis, declared once.
**
** An analysis declares its parameters as a table of param (name, type,
** default, bounds, help, and where the value goes in its options struct)
** in its own header (analyze/X.h). From that one table the command line
** takes its options (--min-influence), the API its query parameters
** (min_influence), `amur help`, the man page and docs/api.md their text,
** docs/openapi.json its schema, and the report its defaults. One parser,
** param_parse(), turns option or query values into the options struct, so
** a bad value gets the same message from the command line and the API.
**
** Values that name things (an id, a property) are checked against what
** exists by the analysis layer (ev_check_params() in analyze/evidence.h),
** which has the data; here only their form is checked.
*/
#ifndef AMUR_PARAM_H
#define AMUR_PARAM_H

#include <stddef.h>

#include "err.h"

typedef enum param_type {
    PARAM_FLAG,     /* int: 1 when given (API: true, false, 1, 0) */
    PARAM_INT,      /* long, a whole number from min to max */
    PARAM_NUMBER,   /* double, from min to max */
    PARAM_TEXT,     /* const char *, as given */
    PARAM_CHOICE,   /* const char *, one of choices */
    PARAM_ID,       /* const char *, the id of a row of a concept in refs */
    PARAM_PROPERTY, /* const char *, a property some claim has */
    PARAM_DATE,     /* const char *, a date, maybe partial (2015, 2015-06) */
    PARAM_NTYPES
} param_type;

/* Where a parameter is taken. */
enum {
    PARAM_CLI = 1,      /* an option of the command */
    PARAM_API = 2,      /* a query parameter of the route */
    PARAM_ARG = 4,      /* on the command line, a positional argument, not an option */
    PARAM_REQUIRED = 8, /* must be given */
    PARAM_BOTH = PARAM_CLI | PARAM_API
};

/* The biggest number of parameters one table may hold (with its end). */
#define PARAM_MAX 16

typedef struct param {
    const char *name;   /* "min-influence": --min-influence, ?min_influence= */
    param_type type;
    const char *meta;   /* the value's name in help ("N"); NULL for a flag */
    const char *def;    /* the default as a user would write it; NULL: none */
    double min, max;    /* PARAM_INT and PARAM_NUMBER */
    const char *const *choices; /* PARAM_CHOICE: NULL-ended */
    unsigned refs;      /* PARAM_ID: REF() bits of core/schema.h */
    const char *not_below; /* the name of a parameter this one must not be less than */
    unsigned where;     /* PARAM_CLI, PARAM_API, ... */
    size_t off;         /* offsetof() its field in the options struct */
    const char *help;   /* a phrase: "only this project" */
} param;

/* The value of the parameter NAME, or NULL when it is not given; the
** command line and the API each pass their own. */
typedef const char *(*param_get)(void *ctx, const char *name);

/* Sets every field of OPTS that PS declares to its default (0 or NULL
** when it has none). */
void param_defaults(const param *ps, void *opts);

/* Reads the parameters of PS taken at WHERE (PARAM_CLI or PARAM_API) from
** GET into OPTS, defaults first. On a bad value returns AMUR_EUSAGE with
** ERR saying "NAME: 'VALUE' is not ..." where NAME is the option as the
** caller spells it (--min-influence or min_influence). */
int param_parse(const param *ps, unsigned where, param_get get, void *ctx, void *opts,
                amur_err *err);

/* The spelling of P's name at WHERE into BUF: "--min-influence" for the
** command line (or "PROJECT" for an argument), "min_influence" for the API. */
const char *param_spelling(const param *p, unsigned where, char *buf, size_t n);

/* The JSON schema type of P for the API's documents: "string",
** "integer", "number", "boolean". */
const char *param_json_type(const param *p);

/* P's help with its default and its choices ("... (default 90)"), into BUF. */
const char *param_describe(const param *p, char *buf, size_t n);

/* The entry NAME of PS, or NULL. */
const param *param_find(const param *ps, const char *name);

#endif
