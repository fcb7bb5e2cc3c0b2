/*
** fuzz_pdate.c — libFuzzer target for partial dates and periods
** (src/core/pdate.c).
**
** The input (cut at its first NUL) is parsed as a date and as a period.
** Invariants: a parsed date is in range and formats back to exactly the
** input; its first day is not after its last; day numbers round-trip
** through pdate_from_days; a period's end is not before its start; the
** relation and the sort order are antisymmetric.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/core/pdate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_date(pdate p)
{
    pdate q;
    long first = pdate_first_day(p), last = pdate_last_day(p);
    if (p.y < 1000 || p.y > 9999 || p.m < 0 || p.m > 12 || p.d < 0 || p.d > 31 ||
        (p.d && !p.m))
        abort();
    if (first > last)
        abort();
    q = pdate_from_days(first);
    if (pdate_days(q.y, q.m, q.d) != first || q.y != p.y)
        abort();
    q = pdate_from_days(last);
    if (pdate_days(q.y, q.m, q.d) != last || q.y != p.y)
        abort();
    if (pdate_relation(p, p) != 0 || pdate_cmp(p, p) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    char buf[PDATE_BUF];
    pdate p;
    period per;

    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = 0;

    if (!pdate_parse(s, &p)) {
        check_date(p);
        if (strcmp(pdate_format(p, buf), s) != 0)
            abort(); /* a parsed date formats back to the input */
    }
    if (!period_parse(s, &per)) {
        check_date(per.from);
        check_date(per.to);
        if (pdate_relation(per.to, per.from) < 0)
            abort();
        if (pdate_relation(per.from, per.to) != -pdate_relation(per.to, per.from))
            abort();
        {
            int ab = pdate_cmp(per.from, per.to), ba = pdate_cmp(per.to, per.from);
            if ((ab > 0) != (ba < 0) || (ab == 0) != (ba == 0))
                abort();
        }
        if (!strchr(s, '/') &&
            (per.from.y != per.to.y || per.from.m != per.to.m || per.from.d != per.to.d))
            abort(); /* a single date is a period of itself */
    }
    free(s);
    return 0;
}
