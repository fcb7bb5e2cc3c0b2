/*
** jsonout.c — see jsonout.h.
*/
#include "jsonout.h"

#include <stdlib.h>

#include "../core/schema.h"

void jo_begin(jo *j, FILE *out)
{
    j->out = out;
    j->n = 0;
    fputs("[", out);
}

int jo_add(jo *j, json_t *obj)
{
    int rc;
    if (!obj)
        return 0;
    fputs(j->n++ ? ",\n" : "\n", j->out);
    rc = json_dumpf(obj, j->out, JO_FLAGS);
    json_decref(obj);
    return rc;
}

int jo_end(jo *j)
{
    fputs(j->n ? "\n]\n" : "]\n", j->out);
    return ferror(j->out) ? -1 : 0;
}

json_t *jo_str(const char *s)
{
    return s ? json_string(s) : json_null();
}

json_t *jo_real(double v)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.6g", v);
    return json_real(strtod(buf, NULL));
}

json_t *jo_date(pdate d)
{
    char buf[PDATE_BUF];
    return d.y ? json_string(pdate_format(d, buf)) : json_null();
}

json_t *jo_period(period p)
{
    char a[PDATE_BUF], b[PDATE_BUF], both[2 * PDATE_BUF + 1];
    if (!p.from.y)
        return json_null();
    if (pdate_cmp(p.from, p.to) == 0)
        return json_string(pdate_format(p.from, a));
    snprintf(both, sizeof both, "%s/%s", pdate_format(p.from, a), pdate_format(p.to, b));
    return json_string(both);
}

json_t *jo_names(const ev_names *n)
{
    return json_pack("{s:o,s:o,s:o}", "en", jo_str(n->en), "ru", jo_str(n->ru), "zh",
                     jo_str(n->zh));
}

json_t *jo_claim(const ev_claim *c)
{
    return json_pack("{s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o}", "id",
                     jo_str(c->id),
                     "subject", jo_str(c->subject), "property", jo_str(c->property), "value",
                     jo_str(c->value), "unit", jo_str(c->unit), "scope", jo_str(c->scope),
                     "date", jo_date(c->date), "refers_to", jo_period(c->refers), "source",
                     jo_str(c->source), "tier",
                     c->tier >= 0 ? json_string(schema_tiers[c->tier]) : json_null(),
                     "locator", jo_str(c->locator), "quote", jo_str(c->quote), "quote_lang",
                     jo_str(c->quote_lang), "via", jo_str(c->via), "note", jo_str(c->note));
}
