/*
** dbuf.c — see dbuf.h. Growth doubles from 256 bytes, so a buffer reaches
** any size in O(log n) reallocations and never holds more than twice what
** it was asked for.
*/
#include "dbuf.h"

#include <stdlib.h>
#include <string.h>

void dbuf_init(dbuf *b, size_t max)
{
    b->s = NULL;
    b->n = b->cap = 0;
    b->max = max;
}

int dbuf_reserve(dbuf *b, size_t n)
{
    size_t cap;
    char *p;
    if (n > b->max || b->n > b->max - n)
        return DBUF_FULL;
    if (b->n + n < b->cap) /* the NUL needs its byte too */
        return DBUF_OK;
    cap = b->cap ? b->cap : 256;
    while (cap <= b->n + n) /* the max keeps b->n + n far below SIZE_MAX */
        cap = cap > b->max / 2 ? b->max + 1 : cap * 2;
    if (cap > b->max + 1) /* never allocate past what it may hold */
        cap = b->max + 1;
    if (!(p = realloc(b->s, cap)))
        return DBUF_NOMEM;
    b->s = p;
    b->cap = cap;
    return DBUF_OK;
}

void dbuf_grow(dbuf *b, size_t n)
{
    b->n += n;
    b->s[b->n] = 0;
}

int dbuf_add(dbuf *b, const void *p, size_t n)
{
    int rc = dbuf_reserve(b, n);
    if (rc)
        return rc;
    if (n)
        memcpy(b->s + b->n, p, n);
    dbuf_grow(b, n);
    return DBUF_OK;
}

int dbuf_read(dbuf *b, FILE *f)
{
    for (;;) {
        size_t room = b->max - b->n, want = room < 65536 ? room : 65536, got;
        int rc;
        if (!want) /* full: one more byte says whether there was more */
            return getc(f) == EOF ? (ferror(f) ? DBUF_IOERR : DBUF_OK) : DBUF_FULL;
        if ((rc = dbuf_reserve(b, want)))
            return rc;
        got = fread(b->s + b->n, 1, want, f);
        dbuf_grow(b, got);
        if (got < want)
            return ferror(f) ? DBUF_IOERR : DBUF_OK;
    }
}

void dbuf_reset(dbuf *b)
{
    b->n = 0;
    if (b->s)
        b->s[0] = 0;
}

void dbuf_free(dbuf *b)
{
    free(b->s);
    b->s = NULL;
    b->n = b->cap = 0;
}
