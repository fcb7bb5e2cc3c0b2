/*
** pdate.c — partial dates; see pdate.h.
*/
#include "pdate.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Reads exactly N digits at *S into *OUT, advancing *S. */
static int digits(const char **s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        char c = (*s)[i];
        if (c < '0' || c > '9')
            return 0;
        v = v * 10 + (c - '0');
    }
    *s += n;
    *out = v;
    return 1;
}

const char *pdate_parse(const char *s, pdate *out)
{
    pdate p = {0, 0, 0};
    int has_month = 0, has_day = 0;
    if (!digits(&s, 4, &p.y))
        return "expected a date as YYYY, YYYY-MM or YYYY-MM-DD";
    if (*s == '-') {
        s++;
        has_month = 1;
        if (!digits(&s, 2, &p.m))
            return "expected a date as YYYY, YYYY-MM or YYYY-MM-DD";
        if (*s == '-') {
            s++;
            has_day = 1;
            if (!digits(&s, 2, &p.d))
                return "expected a date as YYYY, YYYY-MM or YYYY-MM-DD";
        }
    }
    if (*s)
        return "expected a date as YYYY, YYYY-MM or YYYY-MM-DD";
    if (p.y < 1000)
        return "year out of range (1000-9999)";
    if (has_month && (p.m < 1 || p.m > 12))
        return "month out of range (01-12)";
    if (has_day && (p.d < 1 || p.d > month_days(p.y, p.m)))
        return "day out of range for its month";
    *out = p;
    return NULL;
}

const char *period_parse(const char *s, period *out)
{
    const char *slash = strchr(s, '/');
    const char *msg;
    char head[64];
    size_t n;

    if (!slash) {
        if ((msg = pdate_parse(s, &out->from)))
            return msg;
        out->to = out->from;
        return NULL;
    }
    n = (size_t)(slash - s);
    if (n >= sizeof head)
        return "expected a period as DATE or DATE/DATE";
    memcpy(head, s, n);
    head[n] = 0;
    if ((msg = pdate_parse(head, &out->from)) || (msg = pdate_parse(slash + 1, &out->to)))
        return msg;
    if (pdate_relation(out->to, out->from) < 0)
        return "period ends before it begins";
    return NULL;
}

/* Days from civil, after the well-known era-based method (H. Hinnant). */
long pdate_days(int y, int m, int d)
{
    long yy = y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

pdate pdate_from_days(long z)
{
    pdate p;
    long era, doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    p.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    p.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    p.y = (int)(yoe + era * 400 + (p.m <= 2));
    return p;
}

long pdate_first_day(pdate p)
{
    return pdate_days(p.y, p.m ? p.m : 1, p.d ? p.d : 1);
}

long pdate_last_day(pdate p)
{
    int m = p.m ? p.m : 12;
    return pdate_days(p.y, m, p.d ? p.d : month_days(p.y, m));
}

int pdate_relation(pdate a, pdate b)
{
    if (pdate_last_day(a) < pdate_first_day(b))
        return -1;
    if (pdate_first_day(a) > pdate_last_day(b))
        return 1;
    return 0;
}

static int precision(pdate p)
{
    return p.d ? 3 : p.m ? 2 : 1;
}

int pdate_cmp(pdate a, pdate b)
{
    long fa, fb;
    if (!a.y || !b.y)
        return (a.y != 0) - (b.y != 0);
    fa = pdate_first_day(a);
    fb = pdate_first_day(b);
    if (fa != fb)
        return fa < fb ? -1 : 1;
    return precision(a) - precision(b);
}

char *pdate_format(pdate p, char buf[PDATE_BUF])
{
    if (!p.y)
        buf[0] = 0;
    else if (!p.m)
        snprintf(buf, PDATE_BUF, "%04d", p.y);
    else if (!p.d)
        snprintf(buf, PDATE_BUF, "%04d-%02d", p.y, p.m);
    else
        snprintf(buf, PDATE_BUF, "%04d-%02d-%02d", p.y, p.m, p.d);
    return buf;
}

pdate pdate_today(void)
{
    time_t t = time(NULL);
    return pdate_from_days((long)(t / 86400));
}

char *period_format(period p, char *buf)
{
    char b[PDATE_BUF];
    pdate_format(p.from, buf);
    if (pdate_cmp(p.from, p.to) != 0) {
        size_t n = strlen(buf);
        pdate_format(p.to, b);
        buf[n] = '/';
        memcpy(buf + n + 1, b, strlen(b) + 1);
    }
    return buf;
}
