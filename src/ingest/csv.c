/*
** csv.c — the RFC 4180 reader; see csv.h.
**
** A byte-at-a-time state machine over a 64 KiB read buffer. The fields of
** the current row are packed NUL-separated into one growable array, and
** their starts are fixed up into pointers once the row is complete (the
** array may move while it grows).
*/
#include "csv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/dbuf.h"

#define CHUNK 65536

struct csv {
    FILE *f;
    const char *mem;
    size_t memlen, mempos;
    char *name;
    unsigned char in[CHUNK];
    size_t inlen, inpos;
    int started, done, failed;
    long line;
    dbuf row; /* the row's fields, packed, each with its NUL */
    size_t starts[CSV_MAX_COLS];
    size_t lens[CSV_MAX_COLS];
    const char *cols[CSV_MAX_COLS];
    size_t ncols;
};

static csv *reader_new(const char *name, amur_err *err)
{
    csv *c = calloc(1, sizeof *c);
    if (c)
        c->name = strdup(name);
    if (!c || !c->name) {
        free(c);
        err_set(err, AMUR_ESYS, "%s: out of memory", name);
        return NULL;
    }
    c->line = 1;
    dbuf_init(&c->row, (size_t)CSV_MAX_COLS * (CSV_MAX_FIELD + 1));
    return c;
}

csv *csv_open(const char *path, amur_err *err)
{
    csv *c = reader_new(path, err);
    if (!c)
        return NULL;
    c->f = fopen(path, "rb");
    if (!c->f) {
        err_set(err, errno == ENOENT ? AMUR_EDATA : AMUR_ESYS, "%s: %s", path,
                strerror(errno));
        csv_close(c);
        return NULL;
    }
    return c;
}

csv *csv_open_mem(const char *name, const char *data, size_t len, amur_err *err)
{
    csv *c = reader_new(name, err);
    if (c) {
        c->mem = data;
        c->memlen = len;
    }
    return c;
}

void csv_close(csv *c)
{
    if (!c)
        return;
    if (c->f)
        fclose(c->f);
    free(c->name);
    dbuf_free(&c->row);
    free(c);
}

const char *csv_name(const csv *c)
{
    return c->name;
}

long csv_line(const csv *c)
{
    return c->line;
}

/* Next input byte, or -1 at the end; -2 on a read error. */
static int next_byte(csv *c)
{
    if (c->inpos == c->inlen) {
        if (c->f) {
            c->inlen = fread(c->in, 1, CHUNK, c->f);
            c->inpos = 0; /* at the end too, or the next call reads stale bytes */
            if (c->inlen == 0)
                return ferror(c->f) ? -2 : -1;
        } else {
            size_t n = c->memlen - c->mempos;
            if (n == 0)
                return -1;
            if (n > CHUNK)
                n = CHUNK;
            memcpy(c->in, c->mem + c->mempos, n);
            c->mempos += n;
            c->inlen = n;
        }
        c->inpos = 0;
    }
    return c->in[c->inpos++];
}

static void unread_byte(csv *c)
{
    c->inpos--; /* only ever right after next_byte returned a byte */
}

static int put(csv *c, char ch, amur_err *err)
{
    /* a field may be CSV_MAX_FIELD bytes; its NUL terminator does not count */
    if (ch && c->row.n - c->starts[c->ncols] >= CSV_MAX_FIELD)
        return err_set(err, AMUR_EDATA, "field %zu is longer than %u bytes", c->ncols + 1, CSV_MAX_FIELD);
    /* the row's max holds every field at its longest: only memory can fail */
    if (dbuf_addc(&c->row, ch))
        return err_set(err, AMUR_ESYS, "%s: out of memory", c->name);
    return AMUR_OK;
}

static int end_field(csv *c, amur_err *err)
{
    if (put(c, 0, err))
        return err->code;
    c->lens[c->ncols] = c->row.n - 1 - c->starts[c->ncols];
    c->ncols++;
    if (c->ncols == CSV_MAX_COLS)
        return err_set(err, AMUR_EDATA, "more than %d columns in a row", CSV_MAX_COLS - 1);
    c->starts[c->ncols] = c->row.n;
    return AMUR_OK;
}

/* Consumes the LF of a CRLF pair after CH == '\r'. */
static void eat_crlf(csv *c, int ch)
{
    if (ch == '\r') {
        int n = next_byte(c);
        if (n >= 0 && n != '\n')
            unread_byte(c);
    }
}

/* Marks the reader unusable after an error; returns csv_next's -1. */
static int fail(csv *c)
{
    c->failed = 1;
    return -1;
}

int csv_next(csv *c, csv_row *row, amur_err *err)
{
    int ch;
    if (c->failed)
        return -1;
    for (;;) {
        long row_line, quote_line = 0;
        int quoted = 0, any = 0;
        if (c->done)
            return 0;
        dbuf_reset(&c->row);
        c->ncols = 0;
        c->starts[0] = 0;
        row_line = c->line;

        if (!c->started) {
            c->started = 1;
            /* skip a UTF-8 byte-order mark; the first read holds the
            ** file's start, and other text may begin with EF too */
            if (next_byte(c) >= 0) {
                /* UTF-16 (and UTF-32) would read as garbage column names */
                if (c->inlen >= 2 && ((c->in[0] == 0xFF && c->in[1] == 0xFE) ||
                                      (c->in[0] == 0xFE && c->in[1] == 0xFF))) {
                    err_set(err, AMUR_EDATA,
                            "UTF-16 text (byte-order mark %02X %02X): save the file as UTF-8",
                            c->in[0], c->in[1]);
                    return fail(c);
                }
                c->inpos = c->inlen >= 3 && memcmp(c->in, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
            }
        }

        for (;;) {
            ch = next_byte(c);
            if (ch == -2) {
                err_set(err, AMUR_ESYS, "read error");
                return fail(c);
            }
            if (quoted) {
                if (ch == -1) {
                    err_set(err, AMUR_EDATA,
                            "quoted field opened on line %ld is never closed", quote_line);
                    return fail(c);
                }
                if (ch == '"') {
                    int n = next_byte(c);
                    if (n == '"') {
                        if (put(c, '"', err))
                            return fail(c);
                        continue;
                    }
                    quoted = 0;
                    if (n >= 0)
                        unread_byte(c);
                    if (n >= 0 && n != ',' && n != '\n' && n != '\r') {
                        err_set(err, AMUR_EDATA,
                                "field %zu: unexpected character after a closing quote", c->ncols + 1);
                        return fail(c);
                    }
                    continue;
                }
                if (ch == '\n' || (ch == '\r'))
                    c->line++;
                if (ch == '\r') {
                    eat_crlf(c, ch);
                    ch = '\n'; /* a line break inside a field is stored as LF */
                }
                if (put(c, (char)ch, err))
                    return fail(c);
                continue;
            }
            if (ch == -1 || ch == '\n' || ch == '\r') {
                if (ch == -1)
                    c->done = 1;
                else
                    c->line++;
                eat_crlf(c, ch);
                if (end_field(c, err))
                    return fail(c);
                if (ch == -1 && !any && c->ncols == 1)
                    return 0; /* nothing after the last line break */
                break;
            }
            any = 1;
            if (ch == ',') {
                if (end_field(c, err))
                    return fail(c);
                continue;
            }
            if (ch == '"') {
                if (c->row.n != c->starts[c->ncols]) {
                    err_set(err, AMUR_EDATA,
                            "field %zu: a quote inside an unquoted field "
                            "(quote the whole field and double the quote)", c->ncols + 1);
                    return fail(c);
                }
                quoted = 1;
                quote_line = c->line;
                continue;
            }
            if (put(c, (char)ch, err))
                return fail(c);
        }
        if (c->ncols == 1 && c->lens[0] == 0 && !any)
            continue; /* blank line */
        for (size_t i = 0; i < c->ncols; i++)
            c->cols[i] = c->row.s + c->starts[i];
        row->ncols = c->ncols;
        row->cols = c->cols;
        row->lens = c->lens;
        row->line = row_line;
        return 1;
    }
}
