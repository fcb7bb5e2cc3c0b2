/*
** err.h — errors as values.
**
** A function that can fail returns a status code (AMUR_OK on success) and,
** on failure, writes a message with its context into an amur_err the
** caller passed in. Messages are reported once, at the top (main.c).
** The codes double as the program's exit statuses.
**
** diag collects the many problems of one input (amur check reports every
** problem, not just the first) with the file, line and column they concern.
*/
#ifndef AMUR_ERR_H
#define AMUR_ERR_H

#include <stddef.h>

enum {
    AMUR_OK = 0,
    AMUR_EDATA = 1,  /* bad input data, a check failed, nothing found */
    AMUR_EUSAGE = 2, /* bad command line */
    AMUR_ESYS = 3    /* I/O, database, out of memory */
};

typedef struct amur_err {
    int code;
    char msg[1024];
} amur_err;

/* Sets ERR (if not NULL) from a printf-style message and returns CODE. */
int err_set(amur_err *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Prefixes ERR's message with a printf-style context ("loading x: ..."). */
void err_prefix(amur_err *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#define DIAG_KEEP 10000 /* problems kept in memory; the rest are only counted */

typedef struct diag_item {
    char *file;
    long line;
    char *column;
    char *msg;
} diag_item;

typedef struct diag {
    diag_item *items;
    size_t n, cap;
    size_t total; /* all problems, kept or not */
} diag;

/* Records a problem. FILE and COLUMN may be NULL; LINE 0 means none.
** Returns AMUR_OK, or AMUR_ESYS when out of memory. */
int diag_add(diag *d, const char *file, long line, const char *column,
             const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Sorts problems by file (files named in ORDER first, in that order; the
** rest as they first appear), then line, keeping the order within a line. */
void diag_sort(diag *d, const char *const *order, size_t norder);
/* Frees what diag_add allocated; D itself is the caller's. */
void diag_clear(diag *d);

#endif
