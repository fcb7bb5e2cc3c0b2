/*
** extract_int.h — what the two halves of the extractor share:
** extract_lex.c (words, phrase tables, matching, date phrases, language)
** and extract.c (names, sentences, candidate claims). Not an interface:
** only these two files include it.
*/
#ifndef AMUR_EXTRACT_INT_H
#define AMUR_EXTRACT_INT_H

#include <stddef.h>

#include "extract.h"

/* Kinds of table entries, in the order kind_names (extract_lex.c) spells them. */
enum {
    K_MONTH, K_DAY, K_QUARTER, K_HALF, K_SEASON, K_END, K_ENDYEAR, K_RELYEAR, K_REL,
    K_RELMONTH, K_YEARWORD, K_PREP, K_FILLER, K_EVENT, K_PLAN, K_PAST, K_POSTPONE, K_MODE,
    K_COST, K_CAPACITY, K_CURRENCY, K_MULT, K_UNIT, K_PER, K_ABBREV, K_GENERIC, K_ENDING,
    K_VARIANT, K_NKINDS,
    K_YEAR, K_NUM /* marks that numbers make, not tables */
};

enum { TK_WORD, TK_NUM, TK_HAN, TK_ANY /* '#' in a pattern */ };
enum { GAP_NONE, GAP_SPACE, GAP_SOFT /* , and dashes */, GAP_HARD };
enum { SC_OTHER, SC_LATIN, SC_CYRILLIC, SC_HAN };

#define EXT_MAX_TOKEN 128 /* bytes of one word; a longer run is cut */

typedef struct ext_tok {
    size_t start, end; /* bytes in the text */
    size_t f;          /* the folded form: an offset in the list's arena */
    size_t flen;
    long num;          /* TK_NUM: its value (at most 9 digits), else -1 */
    unsigned char cls, gap, stem, script, ndig;
} ext_tok;

typedef struct ext_toks {
    ext_tok *v;
    size_t n, cap;
    char *a; /* folded forms, each NUL-ended */
    size_t alen, acap;
} ext_toks;

#define TOKF(t, i) ((t)->a + (t)->v[i].f)

typedef struct ext_entry {
    unsigned char kind;
    size_t first, n; /* its pattern: words [first, first + n) of the table's pat */
    long num;        /* numeric value; NUM_FROM_TEXT: the number the '#' matched */
    char *v[3];      /* its text values, or NULL */
    int line;
} ext_entry;
#define NUM_FROM_TEXT (-999999L)

typedef struct ext_table {
    ext_entry *e;
    size_t n, cap;
    ext_toks pat;
    size_t *bucket[257]; /* entries by the first byte of their first word; 256: '#' */
    size_t nbucket[257];
} ext_table;

typedef struct ext_variant {
    char *from, *to;
} ext_variant;

struct ext_phrases {
    ext_table t[EXT_NLANG];
    ext_variant *var;
    size_t nvar;
};

typedef struct ext_mark {
    unsigned char kind;
    size_t tok, ntok;
    const ext_entry *e; /* NULL for K_YEAR and K_NUM */
    long num;
} ext_mark;

/* Cuts S[0..N) into words (docs/analyses.md, "Words"), folding each and
** applying PH's variants (when PH is not NULL). PATTERN: '#' is a number
** and '*' after a word makes it a stem. Returns 0, or -1 when out of memory. */
int ext_tokenize(const ext_phrases *ph, const char *s, size_t n, int pattern, ext_toks *out);
void ext_toks_free(ext_toks *t);

/* The marks of TOKS in language LANG: the longest entry at each word, and
** numbers. *OUT is malloc'd (free it); returns 0, or -1 when out of memory. */
int ext_marks(const ext_phrases *ph, ext_lang lang, const ext_toks *toks, ext_mark **out,
              size_t *n);

/* The date phrases among MARKS (as ext_dates()). */
size_t ext_dates_of(const ext_toks *toks, const ext_mark *marks, size_t nmarks, ext_lang lang,
                    pdate article, ext_date *out, size_t max);

/* Whether the folded word W is an entry of kind KIND in any table, as a
** whole word (abbreviations, generic words). */
int ext_is_word(const ext_phrases *ph, int kind, const char *w);
/* Whether the folded word W is generic in any table, as a whole word or a stem. */
int ext_is_generic(const ext_phrases *ph, const char *w);
/* The length of the longest Russian ending of W (folded) that leaves at least
** MINKEEP bytes, or 0. */
size_t ext_ending(const ext_phrases *ph, const char *w, size_t minkeep);
/* The folded word of entry E of language LANG's table: its words joined
** with SEP (a space; nothing for Chinese), into BUF. */
const char *ext_entry_text(const ext_phrases *ph, ext_lang lang, const ext_entry *e,
                           const char *sep, char *buf, size_t size);

#endif
