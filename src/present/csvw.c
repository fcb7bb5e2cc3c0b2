/*
** csvw.c — see csvw.h.
*/
#include "csvw.h"

#include <string.h>

static int needs_quotes(const char *s)
{
    size_t n = strlen(s);
    if (n && (s[0] == ' ' || s[n - 1] == ' '))
        return 1;
    return strpbrk(s, ",\"\r\n") != NULL;
}

/* A plain decimal number, which a spreadsheet reads as a number, never as
** a formula: an optional sign, digits, and at most one point among them. */
static int plain_number(const char *s)
{
    int digits = 0, point = 0;
    if (*s == '-' || *s == '+')
        s++;
    for (; *s; s++) {
        if (*s >= '0' && *s <= '9')
            digits++;
        else if (*s == '.' && !point)
            point = 1;
        else
            return 0;
    }
    return digits > 0;
}

int csvw_formula_like(const char *s)
{
    return s && *s && strchr("=+-@\t\r", *s) && !plain_number(s);
}

int csvw_row(FILE *out, char *const *fields, size_t n)
{
    return csvw_row_as(out, fields, n, CSVW_EXACT);
}

int csvw_row_as(FILE *out, char *const *fields, size_t n, int rule)
{
    for (size_t i = 0; i < n; i++) {
        const char *s = fields[i] ? fields[i] : "";
        int defuse = (rule & CSVW_SPREADSHEET) && csvw_formula_like(s);
        if (i)
            fputc(',', out);
        if (!needs_quotes(s) && !(defuse && *s == '\r')) {
            if (defuse)
                fputc('\'', out);
            fputs(s, out);
            continue;
        }
        fputc('"', out);
        if (defuse)
            fputc('\'', out);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', out);
            fputc(*s, out);
        }
        fputc('"', out);
    }
    if (rule & CSVW_CRLF)
        fputc('\r', out);
    fputc('\n', out);
    return ferror(out) ? -1 : 0;
}
