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

int csvw_row(FILE *out, char *const *fields, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *s = fields[i] ? fields[i] : "";
        if (i)
            fputc(',', out);
        if (!needs_quotes(s)) {
            fputs(s, out);
            continue;
        }
        fputc('"', out);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', out);
            fputc(*s, out);
        }
        fputc('"', out);
    }
    fputc('\n', out);
    return ferror(out) ? -1 : 0;
}
