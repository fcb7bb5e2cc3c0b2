/*
** csvw.h — writing RFC 4180 CSV: a field is quoted only when it holds a
** comma, a quote, a line break or leading/trailing space, and lines end in
** LF, so that files diff well in git.
*/
#ifndef AMUR_CSVW_H
#define AMUR_CSVW_H

#include <stddef.h>
#include <stdio.h>

/* Writes N fields (NULL as empty) and a line break. Returns 0, or -1 on a
** write error. */
int csvw_row(FILE *out, char *const *fields, size_t n);

#endif
