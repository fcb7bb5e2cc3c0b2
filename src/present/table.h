/*
** table.h — aligned text tables that fit the terminal.
**
** Widths are counted in terminal columns, not bytes, so Cyrillic and
** Chinese names line up. When the table is wider than the limit, the
** widest columns are cut and end in "…".
**
** Cells are data, shown on a terminal: control characters (ESC, CSI, ...)
** are printed as escapes such as \x1b, never raw, so a name cannot drive
** the terminal; line breaks and tabs in a cell print as spaces.
**
** Ownership: table_new() returns a table that table_free() frees; cells
** are copied.
*/
#ifndef AMUR_TABLE_H
#define AMUR_TABLE_H

#include <stddef.h>
#include <stdio.h>

typedef struct table table;

table *table_new(size_t ncols, const char *const *headers);
/* Adds a row of NCOLS cells (NULL prints as empty). Returns 0, or -1 when
** out of memory. */
int table_add(table *t, const char *const *cells);
/* Prints header, rule and rows; WIDTH 0 means no limit. */
void table_print(const table *t, FILE *out, size_t width);
/* Prints the NROWS rows and header (row 0) of NCOLS cells each at CELLS,
** which it borrows, as table_print() would print them added to a table:
** for a grid held elsewhere (a document's), with no copy of its clean
** cells. Out of memory, it prints nothing. */
void table_print_grid(size_t ncols, size_t nrows, const char *const *cells, FILE *out,
                      size_t width);
size_t table_rows(const table *t);
void table_free(table *t);

/* Writes TEXT (NULL as empty) for a terminal by the same rule as cells,
** keeping its line breaks: for the text around tables (headings,
** paragraphs, lists) that comes from data. */
void table_put_text(FILE *out, const char *text);

/* printf for a terminal: the text FMT makes is written by the same rule
** (control characters as \x1b, \u009b, ...; line breaks kept, a tab or CR
** a space), so the names, ids and quotes a message or a status line
** carries cannot drive the terminal. The one way such lines are printed. */
void table_printf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The width to fit output to: the terminal's when OUT is one ($COLUMNS,
** else the window size), else 0 (no limit). */
size_t table_fit_width(FILE *out);

#endif
