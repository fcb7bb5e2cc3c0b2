/*
** err.c — error values and collected diagnostics; see err.h.
*/
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int err_set(amur_err *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}

void err_prefix(amur_err *err, const char *fmt, ...)
{
    char head[512], old[sizeof err->msg];
    va_list ap;
    if (!err)
        return;
    va_start(ap, fmt);
    vsnprintf(head, sizeof head, fmt, ap);
    va_end(ap);
    memcpy(old, err->msg, sizeof old);
    /* the message is cut at the buffer's end, which is fine for people */
    size_t n = strlen(head);
    if (n > sizeof err->msg - 3)
        n = sizeof err->msg - 3;
    memcpy(err->msg, head, n);
    memcpy(err->msg + n, ": ", 2);
    n += 2;
    size_t rest = strlen(old);
    if (rest > sizeof err->msg - 1 - n)
        rest = sizeof err->msg - 1 - n;
    memcpy(err->msg + n, old, rest);
    err->msg[n + rest] = 0;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

int diag_add(diag *d, const char *file, long line, const char *column,
             const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    diag_item *it;

    d->total++;
    if (d->n >= DIAG_KEEP)
        return AMUR_OK;
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        diag_item *items = realloc(d->items, cap * sizeof *items);
        if (!items)
            return AMUR_ESYS;
        d->items = items;
        d->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    it = &d->items[d->n];
    it->file = dup_or_null(file);
    it->line = line;
    it->column = dup_or_null(column);
    it->msg = strdup(msg);
    if (!it->msg || (file && !it->file) || (column && !it->column)) {
        free(it->file);
        free(it->column);
        free(it->msg);
        return AMUR_ESYS;
    }
    d->n++;
    return AMUR_OK;
}

/* Files keep the order in which they first had a problem (the order they
** were read), lines ascend within a file, and problems on one line keep
** their order: an insertion sort is stable, and the list is nearly sorted
** already. */
static size_t file_rank(const diag *d, const char *file, const char *const *order,
                        size_t norder)
{
    for (size_t i = 0; file && i < norder; i++)
        if (order[i] && strcmp(order[i], file) == 0)
            return i;
    for (size_t i = 0; i < d->n; i++) {
        const char *f = d->items[i].file;
        if ((!f && !file) || (f && file && strcmp(f, file) == 0))
            return norder + i;
    }
    return norder + d->n;
}

void diag_sort(diag *d, const char *const *order, size_t norder)
{
    size_t *rank = malloc((d->n + 1) * sizeof *rank);
    if (!rank)
        return; /* unsorted but complete */
    for (size_t i = 0; i < d->n; i++)
        rank[i] = file_rank(d, d->items[i].file, order, norder);
    for (size_t i = 1; i < d->n; i++) {
        diag_item key = d->items[i];
        size_t krank = rank[i], j = i;
        while (j > 0 && (rank[j - 1] > krank ||
                         (rank[j - 1] == krank && d->items[j - 1].line > key.line))) {
            d->items[j] = d->items[j - 1];
            rank[j] = rank[j - 1];
            j--;
        }
        d->items[j] = key;
        rank[j] = krank;
    }
    free(rank);
}

void diag_clear(diag *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].file);
        free(d->items[i].column);
        free(d->items[i].msg);
    }
    free(d->items);
    d->items = NULL;
    d->n = d->cap = d->total = 0;
}
