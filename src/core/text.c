/*
** text.c — UTF-8 helpers; see text.h.
*/
#include "text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

long text_utf8_invalid(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        size_t n;
        unsigned cp, min;
        if (c == 0)
            return (long)i;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1; cp = c & 0x1F; min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2; cp = c & 0x0F; min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3; cp = c & 0x07; min = 0x10000;
        } else {
            return (long)i;
        }
        if (i + n >= len)
            return (long)i;
        for (size_t k = 1; k <= n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return (long)i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return (long)i;
        i += n + 1;
    }
    return -1;
}

/* Decodes one code point of valid UTF-8 at S; sets *LEN to its bytes. */
static unsigned decode(const unsigned char *s, size_t *len)
{
    if (s[0] < 0x80) {
        *len = 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *len = 2;
        return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    }
    if (s[0] < 0xF0) {
        *len = 3;
        return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    }
    *len = 4;
    return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
           (s[3] & 0x3Fu);
}

/* wcwidth() needs a UTF-8 LC_CTYPE (main.c sets C.UTF-8); control
** characters, for which it says -1, are shown as one column. */
static size_t cp_width(unsigned cp)
{
    int w = wcwidth((wchar_t)cp);
    return w < 0 ? 1 : (size_t)w;
}

size_t text_width(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t w = 0, n;
    while (*s) {
        w += cp_width(decode(s, &n));
        s += n;
    }
    return w;
}

size_t text_fit(const char *str, size_t width)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t w = 0, n, bytes = 0;
    while (s[bytes]) {
        size_t cw = cp_width(decode(s + bytes, &n));
        if (w + cw > width)
            break;
        w += cw;
        bytes += n;
    }
    return bytes;
}

int text_distance(const char *a, const char *b)
{
    int row[65];
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return 1000;
    for (size_t j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

const char *text_number(const char *s, double min, double max, int whole, double *out)
{
    static _Thread_local char msg[128];
    char *end;
    double v;
    errno = 0;
    v = strtod(s, &end);
    /* "1e3" and "10.0" are numbers, but not as a whole number is written */
    if (whole && s[strspn(s, "-0123456789")] != 0)
        end = (char *)s;
    if (errno || end == s || *end || !(v >= min && v <= max) || (whole && v != (long)v)) {
        snprintf(msg, sizeof msg, "not a %snumber from %.15g to %.15g", whole ? "whole " : "",
                 min, max);
        return msg;
    }
    *out = v;
    return NULL;
}

int text_closeness(const char *word, const char *candidate, int both_ways)
{
    size_t lw = strlen(word), limit = lw / 4 > 2 ? lw / 4 : 2;
    int d;
    if (strncmp(candidate, word, lw) == 0 ||
        (both_ways && strncmp(word, candidate, strlen(candidate)) == 0))
        return 1;
    d = text_distance(word, candidate);
    return (size_t)d <= limit ? d : -1;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

int text_natural_cmp(const char *a, const char *b)
{
    const char *p = a, *q = b;
    while (*p && *q) {
        if (is_digit(*p) && is_digit(*q)) {
            const char *ep, *eq;
            while (*p == '0' && is_digit(p[1]))
                p++;
            while (*q == '0' && is_digit(q[1]))
                q++;
            for (ep = p; is_digit(*ep); ep++)
                ;
            for (eq = q; is_digit(*eq); eq++)
                ;
            if (ep - p != eq - q)
                return ep - p < eq - q ? -1 : 1; /* the shorter number is the smaller */
            for (; p < ep; p++, q++)
                if (*p != *q)
                    return (unsigned char)*p < (unsigned char)*q ? -1 : 1;
            continue;
        }
        if (*p != *q)
            return (unsigned char)*p < (unsigned char)*q ? -1 : 1;
        p++;
        q++;
    }
    if (*p || *q)
        return *p ? 1 : -1;
    return strcmp(a, b);
}
