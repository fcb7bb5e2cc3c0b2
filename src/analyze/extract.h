/*
** extract.h — candidate claims from a news article (`amur extract`):
** which stored project an article speaks of, what it says happened or is
** promised (a stage, a planned or actual date, a cost or a capacity), and
** the sentence it rests on, with a confidence and its reasons.
**
** The definition is docs/analyses.md, "Candidate claims from an article".
** Extraction is deterministic and offline: the article, the evidence set's
** names and the phrase tables of src/analyze/phrases/ (one per language,
** compiled in by scripts/embed_phrases.sh) decide everything. Nothing is
** stored: the caller shows the candidates, and a person decides.
**
** Ownership: ext_phrases_load() returns tables that ext_phrases_free()
** frees; ext_run() returns a result that ext_result_free() frees, whose
** subject ids and names are borrowed from the evidence set.
*/
#ifndef AMUR_EXTRACT_H
#define AMUR_EXTRACT_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/param.h"
#include "../core/pdate.h"
#include "evidence.h"

typedef enum ext_lang { EXT_EN, EXT_RU, EXT_ZH, EXT_NLANG } ext_lang;
extern const char *const ext_lang_tags[EXT_NLANG]; /* "en", "ru", "zh" */

/* The phrase tables as compiled in (build/gen/phrases.c). */
typedef struct ext_phrase_file {
    const char *lang, *file; /* "ru", "ru.tsv" */
    const char *text;
    size_t len;
} ext_phrase_file;
extern const ext_phrase_file ext_phrase_files[];
extern const size_t ext_nphrase_files;

typedef struct ext_phrases ext_phrases;

/* Reads the compiled-in tables. A malformed line is AMUR_ESYS naming the
** file and line (a build defect: tests/unit/test_extract.c loads them). */
int ext_phrases_load(ext_phrases **out, amur_err *err);
void ext_phrases_free(ext_phrases *ph);

/* The language of TEXT by script: Cyrillic ru, Han zh, Latin en. No
** letters, or more letters of other scripts than half the winner's, is
** AMUR_EDATA with ERR saying so. */
int ext_detect(const char *text, size_t n, ext_lang *out, amur_err *err);

/* A date phrase of a sentence, resolved. */
typedef struct ext_date {
    pdate value;       /* what a claim holds: never finer than the text */
    char stated[32];   /* as the text says it, when that is not VALUE ("2025-Q1") */
    int relative;      /* resolved against the article's date */
    int implicit;      /* no year in the text: the article's */
    size_t at, len;    /* where it stands in the sentence, bytes */
    size_t tok, ntok;  /* and in words */
    /* its parts, for ext_date_fill() */
    int y, m, d, q, h, season, end;
} ext_date;

#define EXT_MAX_DATES 16 /* date phrases read from one sentence */

/* The date phrases of SENTENCE (language LANG) resolved against the
** article's date ARTICLE, in order, into OUT (at most MAX); sets *N.
** Returns AMUR_OK, or AMUR_ESYS when out of memory. */
int ext_dates(const ext_phrases *ph, ext_lang lang, const char *sentence, pdate article,
              ext_date *out, size_t max, size_t *n, amur_err *err);
/* Sets D's value and stated text from its parts (y, m, d, q, h, season, end). */
void ext_date_fill(ext_date *d);

#define EXT_MAX_REASONS 8

/* One candidate claim. */
typedef struct ext_claim {
    const char *subject;     /* a project id */
    const ev_names *name;    /* its names */
    char property[48];       /* stage, planned_opening, actual_start, cost, count */
    char value[32];
    char stated[32];         /* how the text put the date, when finer than value; "" */
    char unit[24];           /* cost: RUB...; count: trucks/day; "" */
    char scope[32];          /* mode=cargo; "" */
    char *quote;             /* verbatim, at most 25 words */
    char *matched;           /* the article's words that named the project, " "-joined */
    char *also;              /* places and actors named in its sentence, ids " "-joined */
    double confidence;
    char reasons[EXT_MAX_REASONS][128];
    int nreasons;
    size_t sentence;         /* 1-based */
    const char *context;     /* the whole sentence, borrowed from the text, not NUL-ended */
    size_t context_len;      /* its bytes (at most 2000: a longer sentence was cut) */
} ext_claim;

typedef struct ext_result {
    ext_lang lang;
    size_t sentences;
    ext_claim *claims;
    size_t n;
    const char *main_project; /* the project the article speaks of most; NULL: none named */
    char *named;              /* when no project: places and actors named, ids " "-joined */
} ext_result;

/* Reads TEXT (N bytes of UTF-8, language LANG) dated ARTICLE against the
** names of E. Returns AMUR_OK with *OUT set, even when no project is named
** (main_project NULL); AMUR_ESYS when out of memory. */
int ext_run(const evidence *e, const ext_phrases *ph, const char *text, size_t n,
            ext_lang lang, pdate article, ext_result **out, amur_err *err);
void ext_result_free(ext_result *r);

/* The parameters of `amur extract`. */
typedef struct ext_opts {
    const char *article;   /* a file, or "-" */
    const char *source;    /* a stored source's id */
    const char *url, *publisher, *date, *title, *tier; /* a new source */
    const char *bundle;    /* write a bundle fragment here */
} ext_opts;
extern const param ext_params[];

#endif
