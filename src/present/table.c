/*
** table.c — see table.h.
*/
#include "table.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "../core/text.h"

#define GAP 2     /* spaces between columns */
#define MIN_COL 6 /* a column is never cut below this */

struct table {
    size_t ncols, n, cap;
    char **cells; /* n+1 rows of ncols: row 0 is the header */
};

static char *dup_cell(const char *s)
{
    char *d;
    size_t n;
    if (!s)
        s = "";
    n = strlen(s);
    if (!(d = malloc(n + 1)))
        return NULL;
    /* line breaks and tabs inside a cell would break the alignment */
    for (size_t i = 0; i <= n; i++)
        d[i] = (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') ? ' ' : s[i];
    return d;
}

table *table_new(size_t ncols, const char *const *headers)
{
    table *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->ncols = ncols;
    if (table_add(t, headers) < 0) {
        free(t);
        return NULL;
    }
    t->n = 0; /* the header is row 0 and does not count */
    return t;
}

int table_add(table *t, const char *const *cells)
{
    size_t row = t->cells ? t->n + 1 : 0;
    if (row + 1 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 32;
        char **c = realloc(t->cells, cap * t->ncols * sizeof *c);
        if (!c)
            return -1;
        t->cells = c;
        t->cap = cap;
    }
    for (size_t i = 0; i < t->ncols; i++) {
        if (!(t->cells[row * t->ncols + i] = dup_cell(cells[i]))) {
            while (i--)
                free(t->cells[row * t->ncols + i]);
            return -1;
        }
    }
    if (row > 0)
        t->n++;
    return 0;
}

size_t table_rows(const table *t)
{
    return t->n;
}

void table_free(table *t)
{
    if (!t)
        return;
    if (t->cells)
        for (size_t i = 0; i < (t->n + 1) * t->ncols; i++)
            free(t->cells[i]);
    free(t->cells);
    free(t);
}

size_t table_fit_width(FILE *out)
{
    struct winsize ws;
    const char *env;
    if (!isatty(fileno(out)))
        return 0;
    if ((env = getenv("COLUMNS")) && strtol(env, NULL, 10) > 0)
        return (size_t)strtol(env, NULL, 10);
    if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

static void print_cell(FILE *out, const char *s, size_t width, int last)
{
    size_t w = text_width(s);
    if (w > width) {
        size_t bytes = text_fit(s, width - 1);
        fwrite(s, 1, bytes, out);
        fputs("…", out);
        w = text_width(s) - text_width(s + bytes) + 1;
    } else {
        fputs(s, out);
    }
    if (!last)
        for (; w < width + GAP; w++)
            fputc(' ', out);
}

void table_print(const table *t, FILE *out, size_t limit)
{
    size_t *w = calloc(t->ncols ? t->ncols : 1, sizeof *w);
    size_t total = 0;
    if (!w)
        return;
    for (size_t r = 0; r <= t->n; r++)
        for (size_t c = 0; c < t->ncols; c++) {
            size_t cw = text_width(t->cells[r * t->ncols + c]);
            if (cw > w[c])
                w[c] = cw;
        }
    for (size_t c = 0; c < t->ncols; c++)
        total += w[c] + (c ? GAP : 0);
    /* cut the widest column one step at a time until the table fits */
    while (limit && total > limit) {
        size_t widest = 0;
        for (size_t c = 1; c < t->ncols; c++)
            if (w[c] > w[widest])
                widest = c;
        if (w[widest] <= MIN_COL)
            break;
        w[widest]--;
        total--;
    }
    for (size_t r = 0; r <= t->n; r++) {
        const char *const *row = (const char *const *)&t->cells[r * t->ncols];
        size_t last = t->ncols;
        /* no padding after the last non-empty cell: no trailing blanks */
        while (last > 1 && !row[last - 1][0])
            last--;
        for (size_t c = 0; c < last; c++)
            print_cell(out, row[c], w[c], c + 1 == last);
        fputc('\n', out);
        if (r == 0) {
            for (size_t c = 0; c < t->ncols; c++) {
                for (size_t i = 0; i < w[c]; i++)
                    fputs("─", out);
                if (c + 1 < t->ncols)
                    fputs("  ", out);
            }
            fputc('\n', out);
        }
    }
    free(w);
}
