/*
** doc.h — a small document model (headings, paragraphs, lists, tables and
** bar charts) and its renderings as terminal text, Markdown, one
** self-contained HTML page with inline SVG charts, and JSON.
**
** The report builds a doc; the renderers decide how it looks. All HTML
** escaping in Amur happens here (doc_html_escape), all JSON escaping in
** jansson.
**
** Ownership: doc_new() returns a document that doc_free() frees; every
** string given to it is copied.
*/
#ifndef AMUR_DOC_H
#define AMUR_DOC_H

#include <stddef.h>
#include <stdio.h>

typedef struct doc doc;

/* TITLE NULL makes a bare view: as text, no title and no blank line
** after a table, so a command's view prints as a terminal table would. */
doc *doc_new(const char *title);
void doc_free(doc *d);

/* A heading of LEVEL 1 or 2, with an anchor id (letters, digits, '-'). */
void doc_heading(doc *d, int level, const char *anchor, const char *text);
/* A paragraph; printf-style. */
void doc_para(doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A line of a view, as a terminal shows it: no blank line after it (an
** empty one is a blank line); a paragraph in HTML. */
void doc_line(doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A list item (consecutive items form one list); LINK is an anchor or NULL. */
void doc_item(doc *d, const char *link, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A table of NCOLS columns; then rows of NCOLS cells (NULL for empty). */
void doc_table(doc *d, size_t ncols, const char *const *heads);
void doc_row(doc *d, const char *const *cells);
/* The same, with the words SHOWN for each head or cell in a page's
** language (SHOWN NULL, or a NULL in it: the head or cell itself). Text,
** Markdown and HTML show them; JSON keeps the heads as its keys and the
** cells as its values, the same in every language, and adds the words as
** "shown": an array of the heads, then of each row's cells, in column order. */
void doc_table_shown(doc *d, size_t ncols, const char *const *heads, const char *const *shown);
void doc_row_shown(doc *d, const char *const *cells, const char *const *shown);
/* A horizontal bar chart: N bars with a label and a value range [lo, hi]
** (lo == hi for a single value), in UNIT, on a scale from 0 to MAX. */
void doc_bars(doc *d, const char *title, size_t n, const char *const *labels,
              const double *lo, const double *hi, const char *unit, double max);
/* The same, with labels and unit SHOWN in a page's language (NULL: as
** they are), as doc_row_shown(): JSON keeps LABELS and UNIT, and adds each
** bar's "shown" label and the "shown_unit". */
void doc_bars_shown(doc *d, const char *title, size_t n, const char *const *labels,
                    const char *const *shown, const double *lo, const double *hi,
                    const char *unit, const char *shown_unit, double max);

/* The document's language (tr.h: TR_EN, the default, TR_RU, TR_ZH): the
** HTML page's lang and the words the renderings add ("evidence"). */
void doc_set_lang(doc *d, int lang);

/* Moves every block of SRC, and its strings, to the end of DST; SRC is
** left empty. */
void doc_append(doc *dst, doc *src);

/* For a view computed a part at a time (present/walk.h): whether D holds
** a table; and moving the rows of SRC, one table and nothing else, to the
** end of DST's last block, a table of as many columns (the heads of SRC
** stay in it). 0, or -1 when they are not such tables (nothing moved). */
int doc_has_table(const doc *d);
int doc_join_rows(doc *dst, doc *src);

enum { DOC_TEXT, DOC_MD, DOC_HTML, DOC_JSON };
/* Parses "text", "md", "html", "json"; returns -1 for anything else. */
int doc_format(const char *name);
/* Writes D to OUT in FORMAT; returns 0, or -1 on a write error or when an
** earlier allocation failed (the document is then incomplete). */
int doc_render(const doc *d, int format, FILE *out);

/* The document as JSON, as the web API serves it: {"title", "blocks"},
** the blocks as `--format json` writes them. New reference, or NULL when
** an earlier allocation failed. */
struct json_t *doc_json(const doc *d);

/* Writes S with &, <, >, " and ' escaped for HTML text and attributes. */
void doc_html_escape(FILE *out, const char *s);

#endif
