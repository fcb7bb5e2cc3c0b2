/*
** views.h — every analysis declared once, with its view.
**
** The table `analyses` holds one line per analysis: its name, its summary
** and help, its parameters (declared in its analyze/X.h), and two
** functions written in present/view_X.c: the findings as JSON items (what
** `amur X --json` prints as an array and GET /api/X pages) and the
** findings as a document (what `amur X` prints; doc.h renders it as text,
** Markdown, HTML or JSON). The command line (cli/), the API (web/routes.c),
** `amur help`, the man page and docs/api.md and docs/openapi.json are all
** written from this table: a new analysis is one header, one computation,
** one view, and one line here (docs/architecture.md).
**
** Ownership: an item given to an an_sink is a new reference it takes; a view adds blocks to a doc its caller made and frees.
*/
#ifndef AMUR_VIEWS_H
#define AMUR_VIEWS_H

#include <jansson.h>
#include <stddef.h>

#include "../analyze/evidence.h"
#include "../core/param.h"
#include "doc.h"
#include "tr.h"

/* Where an analysis's items go. WANT says whether the next item is
** wanted (an API page skips those before its offset without building
** them); TAKE takes ITEM (a new reference; NULL when out of memory).
** SUMMARY marks the one item that sums up the rest (risks' comparison):
** the command line prints it last in its array, the API puts it beside
** the page, and it is always taken. */
typedef struct an_sink {
    int (*want)(void *ctx);
    void (*take)(void *ctx, json_t *item, int summary);
    void *ctx;
} an_sink;

/* Gives the item EXPR to OUT, building it only when it is wanted. */
#define AN_EMIT(out, expr)                                                                   \
    do {                                                                                     \
        if ((out)->want((out)->ctx))                                                         \
            (out)->take((out)->ctx, (expr), 0);                                              \
    } while (0)

/* The most analyses the table may hold (the API's handlers, the report's
** sections). */
#define AN_MAX 16

/* The biggest options struct of any analysis. */
#define AN_OPTS_MAX 128

/* ---- the report's sections ----
** The report (report.h) is its headlines, then each analysis's section in
** the order of the table: a summary of the findings with the analysis's
** documented defaults, and the headlines it found. */

/* What the sections share, worked out once: each project's delay
** (slip_project_delay()) before any section, and each project's stage,
** filled by the status section, which comes first in the table. An
** array is NULL when it could not be made; a section then works it out. */
typedef struct report_facts {
    const evidence *e;
    int *stage;
    long *delay;
    signed char *has_delay;
    int *delay_year;
    int lang; /* the report's language (tr.h): TR_EN, TR_RU, TR_ZH */
} report_facts;

#define REPORT_MAX_HEADLINES 16

/* Where one section writes: its blocks, and its headlines (each with the
** anchor it links to). */
typedef struct report_part {
    doc *body;
    char *head[REPORT_MAX_HEADLINES];
    const char *head_link[REPORT_MAX_HEADLINES];
    size_t nhead;
    int oom; /* a step failed: the report is refused */
    /* per source of the set (e->sources): 1 when the section quotes or
    ** names a claim of it; NULL until it does. The report's bibliography. */
    unsigned char *cited;
} report_part;

/* Notes that R quotes or names a claim of SOURCE (an id; NULL: none). */
void report_cite(report_part *r, const evidence *e, const char *source);

/* Adds a headline to R (dropped past REPORT_MAX_HEADLINES). */
void report_headline(report_part *r, const char *link, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Adds a headline to R: the template KEY of tr.h in LANG filled with the
** NARGS strings ARGS (for a report not in English). */
void report_headline_tr(report_part *r, const char *link, int lang, const char *key,
                        size_t nargs, const char *const *args);

typedef struct analysis {
    const char *name;    /* amur NAME */
    const char *path;    /* its API route: "/api/slippage" */
    const char *summary; /* one line */
    const char *help;    /* a paragraph, for `amur help NAME` and the man page */
    const char *returns; /* what the API's items are, for docs/api.md */
    const param *params; /* besides the two clocks (ev_clock_params) */
    size_t opts_size;    /* of its options struct, at most AN_OPTS_MAX */
    /* The findings, each as a JSON object given to EMIT, in order. */
    int (*items)(const evidence *e, const void *opts, const an_sink *out, amur_err *err);
    /* The findings as a document added to D. */
    int (*view)(const evidence *e, const void *opts, doc *d, amur_err *err);
    /* Its section of the report; NULL: it has none. */
    void (*section)(report_facts *f, report_part *r, amur_err *err);
    /* The section takes long and needs nothing the others make: the report
    ** writes it in a thread of its own while the others are written. */
    int slow;
    /* The parameter (a PARAM_ID) that, when given, makes the findings
    ** about that one subject only: they need only its records
    ** (evidence_load_about()), not the whole database. NULL: none. */
    const char *scope;
} analysis;

extern const analysis *const analyses[];
extern const size_t analyses_count;

/* The analysis called NAME, or NULL. */
const analysis *analysis_find(const char *name);

/* Runs AN on E with OPTS (parsed by param_parse() and checked by
** known_params()): its view into a new document titled TITLE (NULL: a
** bare view, as the command prints it), returned in *OUT for the caller to
** doc_free(). */
int analysis_view(const analysis *an, const evidence *e, const void *opts, const char *title,
                  doc **out, amur_err *err);

/* The English name of project, instrument, place or actor ID, else ID
** itself: the one fallback every view uses. */
const char *view_name(const evidence *e, const char *id);
/* The same for project P (an index in e->projects). */
const char *view_project_name(const evidence *e, size_t p);
/* The name of NAMES in LANG (tr.h), else its English one, else ID: the
** fallback of view_name(), for a report in another language. */
const char *view_names_pick(const ev_names *names, const char *id, int lang);
/* view_name() in LANG. */
const char *view_name_in(const evidence *e, const char *id, int lang);
/* TIER's name, or "unknown tier". */
const char *view_tier_name(int tier);
/* D as written, or "undated", into BUF. */
char *view_date(pdate d, char buf[PDATE_BUF]);
/* "s" unless N is 1: "3 projects", "1 project". */
const char *view_plural(size_t n);

/* ---- the report in other languages (tr.h) ----
** English is written where each sentence is made; in another language
** the sentence is the template KEY of tr.h filled with strings. */

/* The template KEY in LANG filled with the NARGS strings ARGS, into BUF of
** N bytes; returns BUF. */
char *view_tr(char *buf, size_t n, int lang, const char *key, size_t nargs,
              const char *const *args);
/* view_tr() into the array BUF with the arguments that follow. */
#define VIEW_TR(buf, lang, key, ...)                                                         \
    view_tr(buf, sizeof buf, lang, key,                                                      \
            sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *),               \
            (const char *const[]){__VA_ARGS__})
/* A number as a template's argument, in a buffer that lives as long as
** the block it is written in. */
const char *view_zu(char buf[32], size_t v);
const char *view_ld(char buf[32], long v);
const char *view_g(char buf[32], double v);
#define VIEW_ZU(v) view_zu((char[32]){""}, (v))
#define VIEW_LD(v) view_ld((char[32]){""}, (long)(v))
#define VIEW_G(v) view_g((char[32]){""}, (double)(v))

/* A table whose NCOLS HEADS (its JSON keys) are shown in LANG as the
** words of tr.h's "col" codelist (tr_code()). */
void view_table(doc *d, int lang, size_t ncols, const char *const *heads);
/* A row of that table: SHOWN (the cells in words of the report's
** language; NULL: the cells themselves) shown, CELLS kept as JSON's values. */
void view_row(doc *d, const char *const *cells, const char *const *shown);
/* A claim's scope ("side=ru;stage=listed") in words of LANG (tr_word())
** into BUF of N ("Russian side, listed", "российская сторона, включён";
** any other key as "key: value"); returns BUF. */
char *view_scope(char *buf, size_t n, int lang, const char *scope);
/* The VALUE of a claim of PROPERTY in LANG: a value of a codelist (a
** stage, a legal status, a dependence class) as its word (tr_word(), in
** BUF), else VALUE as it is. */
const char *view_value_in(int lang, const char *property, const char *value,
                          char buf[TR_WORD_BUF]);
/* The bytes view_when() needs. */
#define VIEW_WHEN_BUF 24
/* When D was, as an English sentence says it, into BUF: "on 2021-10-01",
** "in October 2021", "in 2021", "at an unknown date"; returns BUF. */
char *view_when(pdate d, char buf[VIEW_WHEN_BUF]);
/* D as written into BUF, or "undated" in LANG. */
const char *view_date_in(pdate d, char buf[PDATE_BUF], int lang);

/* The views, by file (present/view_X.c). */
extern const analysis an_status, an_slippage, an_contradictions, an_scorecard, an_carryover,
    an_regions, an_risks, an_inflation, an_flows;
extern const analysis an_changes;

#endif
