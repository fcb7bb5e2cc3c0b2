/*
** iati_pos.c — where each element of an IATI file starts, as line and
** column, for the problems the import reports. libxml2 keeps a node's line
** but not its column, and its parser reads ahead of the reader, so its
** column says where the parser is, not where the element is. In a file
** written on one line (many publishers' are) a line alone names nothing.
** So the file is read a second time, as plain bytes, in step with the
** reader: each element the reader meets is the next start tag in the
** bytes (comments, CDATA, processing instructions and the DOCTYPE aside).
** The reader checks each position against libxml2's line and stops using
** them if the two ever disagree (a file this plain reading cannot follow,
** such as UTF-16): problems then carry the line alone, as before.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iati_int.h"

#define POS_BUF 65536

/* The characters of the buffer's bytes [FROM, TO): bytes that do not
** continue a UTF-8 character, or every byte in a one-byte encoding. */
static long chars(const iati_pos *s, size_t from, size_t to)
{
    long n = 0;
    if (s->bytes)
        return (long)(to - from);
    for (size_t i = from; i < to; i++)
        n += (s->buf[i] & 0xC0) != 0x80;
    return n;
}

/* The column of the byte last read. Columns are counted only when asked
** for, from where they were last known (the start of the line, or the
** last byte asked about), so that most bytes are never counted. */
static long col_now(iati_pos *s)
{
    s->col += chars(s, s->colfrom, s->at);
    s->colfrom = s->at;
    return s->col;
}

/* 1 when the buffer has a byte to read (refilled when empty), 0 at the end. */
static int fill(iati_pos *s)
{
    if (s->at == s->n) {
        col_now(s); /* the bytes of this buffer after its last line break */
        s->colfrom = 0;
        s->n = s->f ? fread(s->buf, 1, POS_BUF, s->f) : 0;
        s->at = 0;
    }
    return s->n > 0;
}

/* Moves past the next N bytes of the buffer, counting lines (memchr: this
** reading runs over every byte of the file). */
static void advance(iati_pos *s, size_t n)
{
    const unsigned char *b = s->buf + s->at, *end = b + n, *nl;
    while ((nl = memchr(b, '\n', (size_t)(end - b)))) {
        s->line++;
        s->col = 0;
        s->colfrom = (size_t)(nl + 1 - s->buf);
        b = nl + 1;
    }
    s->at += n;
    s->off += n;
}

/* The next byte, or -1 at the end; counts lines and columns. */
static int next(iati_pos *s)
{
    int c;
    if (!fill(s))
        return -1;
    c = s->buf[s->at];
    advance(s, 1);
    return c;
}

/* Skips to the end of the text END ("-->", "?>", "]]>"); -1 at the end of
** the file. */
static int skip_to(iati_pos *s, const char *end)
{
    size_t n = strlen(end);
    char w[4] = {0}; /* the last N bytes read */
    int c;
    while ((c = next(s)) >= 0) {
        memmove(w, w + 1, n - 1);
        w[n - 1] = (char)c;
        if (memcmp(w, end, n) == 0)
            return 0;
    }
    return -1;
}

/* Skips a tag to its '>', past quoted values (which may hold '>'); inside a
** DOCTYPE also past its internal subset in brackets. */
static int skip_tag(iati_pos *s)
{
    static const unsigned char special[256] = {['"'] = 1, ['\''] = 1, ['['] = 1, [']'] = 1,
                                               ['>'] = 1};
    int c, q = 0, brackets = 0;
    for (;;) {
        /* the bytes up to the next one that matters, in one step */
        const unsigned char *b, *e, *p;
        if (!fill(s))
            return -1;
        b = s->buf + s->at;
        e = s->buf + s->n;
        if (q) {
            p = memchr(b, q, (size_t)(e - b));
        } else {
            for (p = b; p < e && !special[*p]; p++)
                ;
        }
        if (!p || p == e) {
            advance(s, (size_t)(e - b));
            continue;
        }
        advance(s, (size_t)(p - b));
        c = next(s);
        if (q) {
            if (c == q)
                q = 0;
        } else if (c == '"' || c == '\'') {
            q = c;
        } else if (c == '[') {
            brackets++;
        } else if (c == ']' && brackets) {
            brackets--;
        } else if (c == '>' && !brackets) {
            return 0;
        }
    }
}

int iati_pos_open(iati_pos *s, const char *path)
{
    char head[512];
    size_t n;
    const char *enc, *end;
    memset(s, 0, sizeof *s);
    s->line = 1;
    if (!(s->buf = malloc(POS_BUF)) || !(s->f = fopen(path, "rb"))) {
        iati_pos_close(s);
        return -1;
    }
    n = fread(head, 1, sizeof head - 1, s->f);
    head[n] = 0;
    rewind(s->f);
    /* UTF-16 (a BOM or NUL bytes) is not followed; a declared encoding other
    ** than UTF-8 is one byte a character for all that IATI files use */
    if (n >= 2 && (memchr(head, 0, n) || ((unsigned char)head[0] == 0xFF ||
                                          (unsigned char)head[0] == 0xFE))) {
        iati_pos_close(s);
        return -1;
    }
    if (strncmp(head, "<?xml", 5) == 0 && (end = strstr(head, "?>")) &&
        (enc = strstr(head, "encoding")) && enc < end) {
        enc += 8;
        while (*enc == ' ' || *enc == '=' || *enc == '"' || *enc == '\'')
            enc++;
        s->bytes = strncmp(enc, "UTF-8", 5) != 0 && strncmp(enc, "utf-8", 5) != 0 &&
                   strncmp(enc, "Utf-8", 5) != 0;
    }
    s->ok = 1;
    return 0;
}

int iati_pos_next(iati_pos *s)
{
    int c;
    if (!s->ok)
        return -1;
    for (;;) {
        const unsigned char *b, *lt;
        if (!fill(s))
            break;
        b = s->buf + s->at;
        if (!(lt = memchr(b, '<', s->n - s->at))) {
            advance(s, s->n - s->at);
            continue;
        }
        advance(s, (size_t)(lt - b) + 1);
        s->el_line = s->line;
        s->el_col = col_now(s);
        s->el_off = s->off - 1;
        if ((c = next(s)) < 0)
            break;
        if (c == '/') {
            continue; /* an end tag: no '<' can come before its '>' */
        } else if (c == '?') {
            if (skip_to(s, "?>"))
                break;
        } else if (c == '!') {
            int d = next(s);
            if (d == '-') {
                if (next(s) != '-' || skip_to(s, "-->"))
                    break;
            } else if (d == '[') {
                if (skip_to(s, "]]>"))
                    break;
            } else if (d < 0 || skip_tag(s)) {
                break;
            }
        } else {
            /* a start tag; its own line is where it ends, for the check */
            if (skip_tag(s))
                break;
            s->el_end = s->line;
            return 0;
        }
    }
    s->ok = 0;
    return -1;
}

int iati_pos_find(iati_pos *s, const char *text)
{
    size_t k = 0, n = strlen(text);
    int c;
    if (!s->ok || !n)
        return -1;
    while ((c = next(s)) >= 0) {
        /* TEXT's first byte ('&') does not come again in it */
        k = c == (unsigned char)text[k] ? k + 1 : c == (unsigned char)text[0] ? 1 : 0;
        if (k == 1) {
            s->el_line = s->line;
            s->el_col = col_now(s);
            s->el_off = s->off - 1;
        }
        if (k == n)
            return 0;
    }
    s->ok = 0;
    return -1;
}

void iati_pos_close(iati_pos *s)
{
    if (s->f)
        fclose(s->f);
    free(s->buf);
    s->f = NULL;
    s->buf = NULL;
    s->ok = 0;
}
