/*
** table.c — see table.h.
*/
#include "table.h"

#include <stdarg.h>
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

/* Cells come from data, and a terminal obeys what it is sent: ESC, CSI and
** the other control characters of a name would move the cursor, clear the
** screen or set the window title. So every C0 control character, DEL and
** every C1 control character (U+0080..U+009F) is shown as an escape
** (\x1b, \x7f, \u009b), never sent raw; line breaks and tabs, which
** would only break the alignment, become spaces. */
static size_t clean_len(const unsigned char *s)
{
    size_t n = 0;
    for (; *s; s++) {
        if (*s == '\n' || *s == '\r' || *s == '\t')
            n++;
        else if (*s < 0x20 || *s == 0x7f)
            n += 4;
        else if (*s == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f)
            n += 6, s++;
        else
            n++;
    }
    return n;
}

static char *dup_cell(const char *str)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *s = (const unsigned char *)(str ? str : "");
    char *d = malloc(clean_len(s) + 1), *w = d;
    if (!d)
        return NULL;
    for (; *s; s++) {
        if (*s == '\n' || *s == '\r' || *s == '\t') {
            *w++ = ' ';
        } else if (*s < 0x20 || *s == 0x7f) {
            *w++ = '\\';
            *w++ = 'x';
            *w++ = hex[*s >> 4];
            *w++ = hex[*s & 15];
        } else if (*s == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f) {
            memcpy(w, "\\u00", 4);
            w += 4;
            *w++ = hex[s[1] >> 4];
            *w++ = hex[s[1] & 15];
            s++;
        } else {
            *w++ = (char)*s;
        }
    }
    *w = 0;
    return d;
}

void table_put_text(FILE *out, const char *text)
{
    /* the cell rule, a line at a time: line breaks stay line breaks */
    const char *s = text ? text : "";
    while (*s) {
        size_t n = strcspn(s, "\n");
        char *line = malloc(n + 1), *clean;
        if (!line)
            return;
        memcpy(line, s, n);
        line[n] = 0;
        clean = dup_cell(line);
        if (clean)
            fputs(clean, out);
        free(clean);
        free(line);
        s += n;
        if (*s == '\n')
            fputc(*s++, out);
    }
}

/* Longer text from table_printf() is cut here: a message that quotes a
** value of a megabyte says enough in the first four. */
#define PRINTF_MAX (4 * 1024 * 1024)

void table_printf(FILE *out, const char *fmt, ...)
{
    char small[1024], *text = small;
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= sizeof small) {
        size_t size = (size_t)n < PRINTF_MAX ? (size_t)n + 1 : PRINTF_MAX;
        if ((text = malloc(size))) {
            va_start(ap, fmt);
            vsnprintf(text, size, fmt, ap);
            va_end(ap);
        } else {
            text = small; /* out of memory: what fits */
        }
    }
    table_put_text(out, text);
    if (text != small)
        free(text);
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

/* N spaces, written a run at a time (a wide table is mostly padding, and
** fputc() takes the stream's lock for each). */
static void pad(FILE *out, size_t n)
{
    static const char spaces[] = "                                                                ";
    while (n > 0) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        fwrite(spaces, 1, k, out);
        n -= k;
    }
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
    if (!last && w < width + GAP)
        pad(out, width + GAP - w);
}

/* Prints NROWS rows and a header (row 0) of NCOLS cells each, every cell
** already clean (dup_cell's rule). */
static void print_grid(size_t ncols, size_t nrows, const char *const *cells, FILE *out,
                       size_t limit)
{
    size_t *w = calloc(ncols ? ncols : 1, sizeof *w);
    size_t total = 0;
    if (!w)
        return;
    for (size_t r = 0; r <= nrows; r++)
        for (size_t c = 0; c < ncols; c++) {
            size_t cw = text_width(cells[r * ncols + c]);
            if (cw > w[c])
                w[c] = cw;
        }
    for (size_t c = 0; c < ncols; c++)
        total += w[c] + (c ? GAP : 0);
    /* cut the widest column one step at a time until the table fits */
    while (limit && total > limit) {
        size_t widest = 0;
        for (size_t c = 1; c < ncols; c++)
            if (w[c] > w[widest])
                widest = c;
        if (w[widest] <= MIN_COL)
            break;
        w[widest]--;
        total--;
    }
    for (size_t r = 0; r <= nrows; r++) {
        const char *const *row = &cells[r * ncols];
        size_t last = ncols;
        /* no padding after the last non-empty cell: no trailing blanks */
        while (last > 1 && !row[last - 1][0])
            last--;
        for (size_t c = 0; c < last; c++)
            print_cell(out, row[c], w[c], c + 1 == last);
        fputc('\n', out);
        if (r == 0) {
            for (size_t c = 0; c < ncols; c++) {
                for (size_t i = 0; i < w[c]; i++)
                    fputs("─", out);
                if (c + 1 < ncols)
                    fputs("  ", out);
            }
            fputc('\n', out);
        }
    }
    free(w);
}

void table_print(const table *t, FILE *out, size_t limit)
{
    print_grid(t->ncols, t->n, (const char *const *)t->cells, out, limit);
}

/* Whether S prints as it is under dup_cell's rule: most cells do, and then
** need no copy. */
static int is_clean(const unsigned char *s)
{
    for (; *s; s++)
        if (*s < 0x20 || *s == 0x7f || (*s == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f))
            return 0;
    return 1;
}

void table_print_grid(size_t ncols, size_t nrows, const char *const *cells, FILE *out,
                      size_t limit)
{
    size_t n = (nrows + 1) * ncols;
    const char **view = calloc(n ? n : 1, sizeof *view);
    char **copies = malloc((n ? n : 1) * sizeof *copies);
    size_t ncopies = 0;
    if (!view || !copies)
        goto done;
    for (size_t i = 0; i < n; i++) {
        const char *c = cells[i] ? cells[i] : "";
        if (!is_clean((const unsigned char *)c)) {
            if (!(copies[ncopies] = dup_cell(c)))
                goto done;
            c = copies[ncopies++];
        }
        view[i] = c;
    }
    print_grid(ncols, nrows, view, out, limit);
done:
    while (ncopies)
        free(copies[--ncopies]);
    free(copies);
    free(view);
}
