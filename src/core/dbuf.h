/*
** dbuf.h — a growable byte buffer with a ceiling: the one way the program
** holds text whose size comes from its input (a CSV row, a request body, a
** COPY line, an article). Every such buffer must have a limit (a hostile
** file or client must not grow it without end), and the limit, the growth
** and the NUL at the end were written four times before, each a little
** differently; here they are written once.
**
** A dbuf starts zeroed but for its max (DBUF_INIT or dbuf_init); its bytes
** are always NUL-terminated once it holds any. It owns its memory:
** dbuf_free() gives it back.
*/
#ifndef AMUR_DBUF_H
#define AMUR_DBUF_H

#include <stddef.h>
#include <stdio.h>

typedef struct dbuf {
    char *s;    /* the bytes and a NUL after them; NULL until the first add */
    size_t n;   /* bytes held, the NUL not counted */
    size_t cap; /* bytes allocated */
    size_t max; /* most bytes it may hold, the NUL not counted */
} dbuf;

/* What an add can answer besides DBUF_OK: nothing of the add is kept.
** DBUF_IOERR only from dbuf_read(), with errno set. */
enum { DBUF_OK = 0, DBUF_FULL = 1, DBUF_NOMEM = 2, DBUF_IOERR = 3 };

#define DBUF_INIT(max) {NULL, 0, 0, (max)}

/* Starts B empty, holding at most MAX bytes (below SIZE_MAX / 2). */
void dbuf_init(dbuf *b, size_t max);
/* Makes room for N more bytes (and the NUL): DBUF_OK, DBUF_FULL when that
** would pass the maximum, or DBUF_NOMEM. Writing past b->s + b->n then
** needs dbuf_grow() to count the bytes. */
int dbuf_reserve(dbuf *b, size_t n);
/* Counts N bytes written after b->s + b->n (room made by dbuf_reserve). */
void dbuf_grow(dbuf *b, size_t n);
/* Appends the N bytes at P (DBUF_OK, DBUF_FULL or DBUF_NOMEM). */
int dbuf_add(dbuf *b, const void *p, size_t n);
/* Appends the byte C. Inline, as a parser calls it for every byte: the
** common case is a store and a compare. */
static inline int dbuf_addc(dbuf *b, char c)
{
    if (b->n + 1 < b->cap) { /* then b->n < b->max too: cap <= max + 1 */
        b->s[b->n++] = c;
        b->s[b->n] = 0;
        return DBUF_OK;
    }
    return dbuf_add(b, &c, 1);
}
/* Appends the rest of F: DBUF_OK at its end, DBUF_FULL when it holds more
** than B's maximum allows (B then holds as much as it may), DBUF_NOMEM, or
** DBUF_IOERR when reading failed (errno says why). */
int dbuf_read(dbuf *b, FILE *f);
/* Empties B, keeping its memory for the next use. */
void dbuf_reset(dbuf *b);
/* Gives back B's memory; B is then empty, with the same maximum. */
void dbuf_free(dbuf *b);

#endif
