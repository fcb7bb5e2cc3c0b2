/*
** iati_int.h — what the files of the IATI module share among themselves:
** the reader's state (iati.c), the mapping of one activity to records
** (iati_map*.c) and the tables both directions use (iati_tables.c). Only
** those files include it; everyone else uses iati.h.
**
** Memory: everything of one activity lives in the parser's arena, which
** is emptied when the next activity starts; nothing here is freed alone.
*/
#ifndef AMUR_IATI_INT_H
#define AMUR_IATI_INT_H

#include <libxml/xmlreader.h>
#include <stdio.h>
#include <libxml/xmlwriter.h>
#include <stdint.h>

#include "../core/arena.h"
#include "../core/dbuf.h"
#include "../core/hash.h"
#include "../core/pdate.h"
#include "../core/strmap.h"
#include "iati.h"
#include "iati_codes.h"

/* Locations of one activity listed in the project's note for the export;
** more are stored as places but not listed. */
#define IATI_LOCATIONS_MAX 256

/* ---- tables (iati_tables.c) ---- */

typedef struct pair {
    const char *a, *b;
} pair;

/* B for A in T (A for B when REV), or NULL. */
const char *iati_lookup(const pair *t, const char *key, int rev);

extern const pair iati_legacy_status[], iati_legacy_date[], iati_legacy_role[],
    iati_legacy_org_type[], iati_legacy_transaction[], iati_legacy_budget[],
    iati_date_property[];

/* The source tier for a reporting-org's OrganisationType code (or NULL). */
const char *iati_source_tier(const char *type);


/* ---- text being read ---- */

typedef struct tbuf {
    dbuf b; /* at most IATI_TEXT_MAX bytes */
    int on, depth, cut;
    long line, col; /* where the element holding it starts */
} tbuf;

/* ---- where elements start (iati_pos.c) ---- */

typedef struct iati_pos {
    FILE *f;
    unsigned char *buf;
    size_t n, at;
    long line, col;          /* the line of the byte last read; col: the column */
    size_t colfrom;          /* of the byte before buf[colfrom] (col_now() counts on) */
    unsigned long long off;  /* bytes read */
    int bytes;               /* columns count bytes (a one-byte encoding) */
    int ok;                  /* 0: lost (or never started); positions unknown */
    long el_line, el_col, el_end; /* the element found: its '<', the line of its '>' */
    unsigned long long el_off;
} iati_pos;

/* Opens PATH for a second reading; 0, or -1 when it cannot be followed. */
int iati_pos_open(iati_pos *s, const char *path);
/* Moves to the next start tag: el_line, el_col (from 1), el_off (from 0).
** 0, or -1 (and ok is 0 from then on). */
int iati_pos_next(iati_pos *s);
/* Moves to the next TEXT (whose first byte does not recur in it, such as
** "&name;"): its place in el_line, el_col; 0, or -1 when not found. */
int iati_pos_find(iati_pos *s, const char *text);
void iati_pos_close(iati_pos *s);

/* ---- what an activity is read into ---- */

enum {
    K_NONE, K_ID, K_OTHER_ID, K_REPORTING, K_TITLE, K_DESC, K_STATUS, K_DATE, K_ORG,
    K_COUNTRY, K_REGION, K_LOCATION, K_BUDGET, K_PLANNED, K_TRANSACTION, K_SECTOR, K_RELATED,
    K_POLICY, K_CONTACT, K_DOCLINK, K_RESULT, K_IGNORED
};

/* An element inside a contact-info, document-link or result, as read: the
** reader keeps these elements whole (every descendant, its attributes and
** text), and iati_notes.c picks what it maps. */
typedef struct gnode {
    int depth;          /* below the element of the item, which is 0 */
    const char *name, *lang, *text;
    const char **attrs; /* name, value, name, value, ..., NULL */
    long line, col;
    struct gnode *next; /* in document order */
} gnode;

typedef struct narr {
    const char *lang, *text;
    struct narr *next;
} narr;

typedef struct item {
    int kind;
    long line, col;
    const char *a[3];
    const char *text; /* the element's own text (1.0x style) */
    narr *nar, **tail;
    /* budget and transaction parts; location parts */
    const char *start, *end, *value, *currency, *value_date, *ttype, *tdate;
    const char *pos, *lat, *lon;
    /* a transaction's or planned disbursement's organisations and words */
    const char *provider, *provider_ref, *receiver, *receiver_ref, *desc;
    gnode *tree, **ttail; /* contact-info, document-link, result: the whole element */
    struct item *next;
} item;

typedef struct list {
    item *head, **tail;
} list;

/* A note being built: the project's, an actor's. */
typedef struct nbuf {
    char *s;
    size_t len, cap;
} nbuf;

/* A project's note holds at most this much (the bundle's CSV takes fields
** of up to 1 MiB); a line that does not fit is left out and counted. */
#define IATI_NOTE_MAX (256 * 1024)

#define COLMEMO 64

typedef struct colmemo {
    const concept *c;
    const char *name;
    int col;
} colmemo;

typedef struct parser {
    const char *path, *today;
    xmlTextReaderPtr r;
    const iati_handler *h;
    iati_stats *st;
    amur_err *err;
    char gen_date[PDATE_BUF];
    char base[256];
    int fatal;
    /* the first parser error, for file:line:column */
    char xerr[512];
    long xline, xcol;
    int xfile;
    /* the activity */
    arena A;
    int in_act, act_depth, act_bad;
    long act_line, act_col;
    iati_pos pos;       /* where the element the reader is on starts */
    long el_line, el_col; /* it, or line_now() and 0 when pos is lost */
    const char *updated, *currency;
    list l[K_IGNORED];
    item *cur;
    int cur_depth, skip_depth;
    int loc_name_depth; /* depth of location/name while in it, else -1 */
    item loc_name;      /* narratives of location/name */
    tbuf own, leaf;     /* the holder's own text; a narrative, value or pos */
    const char *leaf_lang;
    int leaf_kind;      /* 1 narrative, 2 value, 3 pos, 4 text of a part (below) */
    int sub_kind, sub_depth; /* provider-org 1, receiver-org 2, description 3 of a
                             ** transaction or planned disbursement; -1: none */
    long nflows;        /* budgets, planned disbursements and transactions read */
    const char *over;   /* the limit the activity went over, or NULL */
    gnode *gcur;        /* the element of a kept-whole item being read */
    long note_lost;     /* note lines of the activity that did not fit */
    long no_id;         /* activities without an iati-identifier */
    /* the identifiers met in the file, for duplicates: a 64-bit hash and
    ** the place of each, in the order met (16 bytes an activity), and an
    ** open-addressing table of their numbers from 1 (4 bytes a slot, at
    ** most three quarters full); up to IATI_SEEN_MAX of them (then no more
    ** are checked, and it says so). The entries grow in place (realloc),
    ** and only the small table is ever copied: at a million activities
    ** this holds about 24 MiB, at 640,000 about 14 MiB. */
    struct seen {
        uint64_t h;
        uint32_t line, col; /* saturated: past 4e9 lines a place is vague */
    } *seen;
    uint32_t *seen_at;
    size_t nseen, capseen, slots;
    int seen_full;
    /* rows being built */
    iati_row *rows;
    size_t nrows, caprows;
    store_flow *flows;
    size_t nflow, capflows;
    strmap *ids;
    char idbuf[IATI_ID_MAX + 1];
    colmemo cols[COLMEMO];
} parser;

/* ---- shared by the reader and the mapping (iati.c) ---- */

/* Marks the activity as over the limit WHAT: it is refused whole. */
void iati_over(parser *p, const char *what);
/* A problem at LINE and COL (0: unknown) of the file. */
void iati_problem(parser *p, long line, long col, const char *act, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void iati_add_narr(parser *p, item *it, const char *lang, const char *text);
/* The date in S (YYYY-MM-DD, a datetime, YYYY-MM or YYYY) as text in OUT,
** or NULL when there is none. */
const char *iati_date_of(const char *s, char out[PDATE_BUF]);

/* ---- the reader in a thread of its own (iati_pipe.c) ---- */

/* iati_read() in a second thread, its handler's calls made in this one,
** the same calls in the same order: parsing overlaps what the handler
** does. Same contract and result as iati_read(). */
int iati_read_piped(const char *path, const char *today, const iati_handler *h,
                    iati_stats *st, amur_err *err);

/* ---- the mapping (iati_map.c) ---- */

/* Turns the activity just read into rows and hands them to the handler. */
void iati_finish_activity(parser *p);
/* Appends the line "LABEL[@LANG]: TEXT" to the note B; 0, or -1 when it
** does not fit (IATI_NOTE_MAX; counted in p->note_lost) or memory ran out. */
int iati_note_line(parser *p, nbuf *b, const char *label, const char *lang, const char *text);

/* ---- contact-info, document-link, result as note lines (iati_notes.c) ---- */

/* Appends the note lines of the activity's contacts, document links and
** results (docs/iati.md) to NOTE; ACT names the activity in problems. */
void iati_map_notes(parser *p, nbuf *note, const char *act);
/* 1 when LABEL is one of those elements' note labels. */
int iati_notes_label(const char *label);
/* Writes the note lines of NOTE labelled LABEL (contact-info,
** document-link, result) as IATI 2.03 elements, those that have what the
** schema requires; -1 on a write error. */
int iati_write_notes(xmlTextWriterPtr x, const char *note, const char *label);

#endif
