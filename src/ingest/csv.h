/*
** csv.h — an RFC 4180 reader that streams rows from a file.
**
** Quoted fields may hold commas, quotes ("") and line breaks; a UTF-8
** byte-order mark at the start is skipped; CRLF and LF both end a row.
** Every field and every row has a limit, so hostile input fails with a
** message instead of exhausting memory. Each row remembers the line it
** started on, for messages of the form file:line: column: message.
**
** Ownership: csv_open() returns a reader that csv_close() frees. The
** fields of a row belong to the reader and stay valid until the next
** csv_next() call.
*/
#ifndef AMUR_CSV_H
#define AMUR_CSV_H

#include <stddef.h>
#include <stdio.h>
#include "../core/err.h"

#define CSV_MAX_FIELD (1u << 20)  /* bytes in one field */
#define CSV_MAX_COLS 64           /* fields in one row */

typedef struct csv csv;

typedef struct csv_row {
    size_t ncols;
    const char *const *cols; /* NUL-terminated fields */
    const size_t *lens;      /* their lengths (a field may contain NUL: see bad_nul) */
    long line;               /* line the row starts on, from 1 */
} csv_row;

/* Opens PATH for reading. On failure returns NULL and fills ERR. */
csv *csv_open(const char *path, amur_err *err);
/* Reads from memory (for tests and fuzzing); DATA must outlive the reader. */
csv *csv_open_mem(const char *name, const char *data, size_t len, amur_err *err);
void csv_close(csv *c);

/* Reads the next row into ROW. Returns 1 for a row, 0 at the end, -1 on
** an error (unterminated quote, limits, bad bytes after a quote, I/O),
** with ERR filled and the reader unusable. Error messages do not name the
** file or line: csv_name() and csv_line() give them. */
int csv_next(csv *c, csv_row *row, amur_err *err);

/* Name given at open, for messages. */
const char *csv_name(const csv *c);
/* The line the reader is on (where an error was found). */
long csv_line(const csv *c);

#endif
