/*
** csvw.h — writing RFC 4180 CSV: a field is quoted only when it holds a
** comma, a quote, a line break or leading/trailing space, and lines end in
** LF, so that files diff well in git.
**
** Two rules, one per purpose. Exact (csvw_row): every field is written as
** it is, so loading the file gives back the same values. For a
** spreadsheet (CSVW_SPREADSHEET): a field that begins with = + - @, a tab
** or a carriage return would be taken as a formula (=HYPERLINK(...),
** =cmd|...), so it gets a leading ' (which spreadsheets hide), unless it
** is a plain number such as -12.5; such a file is for reading, not for
** loading back.
*/
#ifndef AMUR_CSVW_H
#define AMUR_CSVW_H

#include <stddef.h>
#include <stdio.h>

/* Writes N fields (NULL as empty) and a line break. Returns 0, or -1 on a
** write error. */
int csvw_row(FILE *out, char *const *fields, size_t n);

enum { CSVW_EXACT = 0, CSVW_SPREADSHEET = 1 };
/* With either rule: lines end in CRLF, as RFC 4180 and spreadsheet
** programs have them (the API's CSV downloads), not LF. */
enum { CSVW_CRLF = 2 };
/* csvw_row() with a rule: CSVW_EXACT or CSVW_SPREADSHEET, maybe | CSVW_CRLF. */
int csvw_row_as(FILE *out, char *const *fields, size_t n, int rule);

/* Whether a spreadsheet would read S as a formula (what CSVW_SPREADSHEET
** defuses). */
int csvw_formula_like(const char *s);

#endif
