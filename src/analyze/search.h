/*
** search.h — full-text search over the evidence set, in English, Russian
** and Chinese: the names of projects, instruments, places and actors (en,
** ru, zh), sources' titles, and claims' quotes, notes and free-text values.
**
** Text and query are folded the same way with ICU, one code point at a
** time: full case folding (Cyrillic included), compatibility decomposition
** (NFKD) with combining marks dropped (so ё matches е and "Hēihé" "heihe"),
** and every dash as '-'. A query is one or more terms separated by spaces;
** a field matches when it holds every term as a substring of its folded
** text. Substrings, not words: a short Russian stem ("мост") finds
** "мостом" and "Мост", and a two-character Chinese word (人民, 黑河) is found
** wherever those characters stand together, with no word segmentation to
** get wrong.
**
** Each item (a project, a claim, ...) is one hit at most, through its best
** field. Hits are ranked: an exact name (the whole folded name equals the
** query) before a name holding the terms, before any other text; then by
** kind (projects first, claims last), by where the first term stands, by
** the field's length, and by id.
**
** Ownership: search_index_new() returns an index that search_index_free()
** frees; it borrows the evidence set, which must outlive it. search_run()
** returns an array of hits (free() it) whose strings are borrowed from the
** evidence set. An index is never changed after it is built, so threads
** may search it at once.
*/
#ifndef AMUR_SEARCH_H
#define AMUR_SEARCH_H

#include <stddef.h>

#include "evidence.h"

/* What a hit is, in ranking order. */
enum { SK_PROJECT, SK_INSTRUMENT, SK_PLACE, SK_ACTOR, SK_SOURCE, SK_CLAIM, SK_COUNT };
extern const char *const search_kinds[SK_COUNT]; /* "project", ... */
/* SK_* of NAME ("project" or "projects"), or -1. */
int search_kind_parse(const char *name);

/* How a hit matched, best first. */
enum { SEARCH_EXACT, SEARCH_NAME, SEARCH_TEXT };
extern const char *const search_ranks[3]; /* "exact", "name", "text" */

#define SEARCH_MAX_QUERY 256 /* bytes */
#define SEARCH_MAX_TERMS 8

typedef struct search_hit {
    int kind;          /* SK_* */
    size_t index;      /* in the evidence set's array of that kind */
    const char *id;
    const char *field; /* "name_en", "name_ru", "name_zh", "title", "quote", "note", "value" */
    const char *text;  /* the field's text */
    int rank;          /* SEARCH_* */
    size_t fpos, flen; /* where the first term matched in the folded TEXT */
} search_hit;

typedef struct search_index search_index;

/* Folds every searchable field of E. Returns AMUR_OK, or AMUR_ESYS with
** ERR set (*OUT is then NULL). */
int search_index_new(const evidence *e, search_index **out, amur_err *err);
void search_index_free(search_index *ix);

/* Every hit for QUERY, of kind KIND only when KIND >= 0, ranked. Sets
** *OUT (NULL when none) and *N. A query that is empty after folding, has
** more than SEARCH_MAX_TERMS terms or more than SEARCH_MAX_QUERY bytes, or
** is not UTF-8, is AMUR_EUSAGE; out of memory is AMUR_ESYS. */
int search_run(const search_index *ix, const char *query, int kind, search_hit **out,
               size_t *n, amur_err *err);

/* Where hit H's first term stands in its TEXT: *AT and *LEN in bytes,
** on code point boundaries. Folds the text again, so call it only for the
** hits shown. */
void search_locate(const search_hit *h, size_t *at, size_t *len);

/* The folded form of S (as the index holds it) into OUT, at most SIZE
** bytes with its NUL; returns its length, or -1 when it does not fit. */
long search_fold(const char *s, char *out, size_t size);

/* The parameters of `amur search` and GET /api/search. */
typedef struct search_opts {
    const char *q;    /* the query */
    const char *kind; /* only hits of this kind (search_kind_parse()), or NULL */
    long limit;       /* the command line shows at most this many hits */
} search_opts;
extern const param search_params[];

#endif
