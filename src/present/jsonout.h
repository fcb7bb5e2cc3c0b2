/*
** jsonout.h — JSON for people's programs: arrays written one object per
** line, and the JSON form of the analyses' shared pieces (a claim, a
** name triple, a date).
**
** Every command's --json output is an array of objects: jo_begin(), then
** jo_add() for each object (which takes over the reference), then jo_end().
** All JSON escaping is jansson's.
*/
#ifndef AMUR_JSONOUT_H
#define AMUR_JSONOUT_H

#include <jansson.h>
#include <stdio.h>

#include "../analyze/evidence.h"

typedef struct jo {
    FILE *out;
    long n;
} jo;

void jo_begin(jo *j, FILE *out);
/* Writes OBJ (NULL is skipped) and releases it. Returns 0, or -1. */
int jo_add(jo *j, json_t *obj);
/* Closes the array; returns 0, or -1 on a write error. */
int jo_end(jo *j);

/* A claim as the analyses show it: id, subject, property, value, unit,
** scope, date, refers_to, source, tier, locator, quote. New reference. */
json_t *jo_claim(const ev_claim *c);
/* {"en","ru","zh"}, null where unknown. New reference. */
json_t *jo_names(const ev_names *n);
/* A date as a string, or null when there is none. New reference. */
json_t *jo_date(pdate d);
/* A period as "FROM" or "FROM/TO". New reference. */
json_t *jo_period(period p);
/* A string or null. New reference. */
json_t *jo_str(const char *s);
/* A real rounded to the 6 significant digits the analyses' --json prints
** (JO_FLAGS), so that any dump precision from 6 up prints the same digits:
** the API dumps records at full precision and analyses alike. New
** reference. */
json_t *jo_real(double v);

/* How the analyses' JSON objects are dumped. */
#define JO_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(6))

#endif
