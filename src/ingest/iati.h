/*
** iati.h — IATI activity XML in and out: the interface of the IATI module
** (src/ingest/iati*.c); docs/iati.md is the mapping both ways.
**
** The module's files: iati.c reads the XML, iati_map.c maps an activity
** to records, iati_import.c stores them (one transaction per file) while
** iati_pipe.c runs the reader in a thread of its own,
** iati_write.c writes records back out as IATI 2.03, iati_tables.c holds
** what both directions agree on, iati_codes.c the codelists, iati_notes.c
** contacts, document links and results both ways (as note lines), iati_pos.c
** where each element starts (the column of a problem).
**
** iati_read() walks the file with libxml2's xmlTextReader and keeps only
** the state of the activity it is in, so memory stays flat whatever the
** file's size. For each activity it hands the handler one batch of rows
** (schema columns, NULL when empty) in the order references need them:
** source, places, actors, project, stakes, claims. It never touches the
** store; src/cli/cmd_iati.c does, one transaction per file.
**
** Problems come in two kinds. A problem with an activity (an unknown code,
** a date that does not parse, a claim that breaks a dataset rule) is
** reported through the handler with the activity's identifier and the
** line; what it concerns is left out and the rest imports. A problem with
** the file (malformed XML, an entity reference) stops the read:
** iati_read() returns AMUR_EDATA with "FILE:LINE:COLUMN: message" in ERR,
** and the caller stores nothing from that file.
**
** The parser never loads a DTD or an external entity, never uses the
** network, does not substitute entities and keeps libxml2's limits on
** entity expansion and node sizes (no XML_PARSE_HUGE).
**
** The helpers below (ids, stages, codes) are shared with the writer, so
** that the two directions agree.
**
** Ownership: iati_writer_open() returns a writer that iati_writer_close()
** (which ends the document) or iati_writer_free() (on an error) frees.
** Rows handed to a handler or a writer stay the caller's.
*/
#ifndef AMUR_IATI_H
#define AMUR_IATI_H

#include <stddef.h>
#include <stdio.h>

#include "../core/err.h"
#include "../core/schema.h"
#include "../store/store.h"

/* Limits (docs/iati.md): an activity over one of them is refused whole and
** named; none of it is stored. They hold the largest real activities (tens
** of thousands of transactions) while memory stays under 64 MiB. */
#define IATI_TEXT_MAX (64 * 1024)          /* a narrative or value; longer is cut */
#define IATI_ACTIVITY_MAX (40L * 1024 * 1024) /* memory kept for one activity */
#define IATI_ROWS_MAX 100000               /* records made from one activity */
#define IATI_FLOWS_MAX 80000 /* transactions, budgets, planned disbursements of one */
#define IATI_SEEN_MAX (1L << 20) /* identifiers checked for duplicates per file */
#define IATI_UNKNOWN_KEEP 64               /* unknown element names counted by name */
#define IATI_PROBLEMS_MAX 1000             /* problems reported per file; the rest counted */

typedef struct iati_row {
    const concept *c;
    char **f; /* c->ncols strings, NULL when empty */
} iati_row;

typedef struct iati_activity {
    const char *iati_id; /* the identifier as published (or its fallback) */
    const char *id;      /* the project's Amur id */
    long line, col;      /* where the activity starts (col 0: not known) */
    const iati_row *rows;
    size_t n;
    const store_flow *flows; /* transactions, budgets, planned disbursements */
    size_t nflows;
    const char *source;      /* who reported them (the source's id) */
    const char *reported;    /* and when: the claim date */
    unsigned long long bytes; /* bytes of the file read so far */
} iati_activity;

typedef struct iati_handler {
    void *ctx;
    /* One activity's records, valid only during the call. Returns 0 when
    ** they were taken, -1 when the activity was left out (the handler
    ** said why), or an error code (> 0) that stops the read and that
    ** iati_read() returns. */
    int (*activity)(void *ctx, const iati_activity *a);
    /* A problem at LINE and COL (in characters, from 1): LINE 0 when there
    ** is none, COL 0 when it is not known; ACTIVITY NULL when it concerns
    ** the file. */
    void (*problem)(void *ctx, long line, long col, const char *activity, const char *msg);
} iati_handler;

typedef struct iati_unknown {
    char name[64];
    long n;
} iati_unknown;

typedef struct iati_stats {
    long activities; /* iati-activity elements read */
    long imported;   /* handed to the handler */
    long skipped;    /* left out for a problem */
    long refused;    /* of them, over a limit (IATI_*_MAX) */
    long problems;   /* problems reported or counted */
    long unknown;    /* unknown elements skipped */
    iati_unknown names[IATI_UNKNOWN_KEEP];
    size_t nnames;
    long unknown_other; /* unknown elements beyond the names kept */
    char version[16];   /* the file's version attribute */
    char claim_date[16]; /* the fallback claim date used, "" if none was needed */
    unsigned long long bytes;
} iati_stats;

/* Reads the IATI activity file PATH; TODAY (a YYYY-MM-DD date) dates the
** claims when neither the activity nor the file says when it was updated.
** STATS is zeroed and filled. */
int iati_read(const char *path, const char *today, const iati_handler *h, iati_stats *stats,
              amur_err *err);

/* ---- importing: a file into the store, one transaction ---- */

struct store;

typedef struct iati_import_opts {
    const char *today; /* YYYY-MM-DD: dates claims when the file says nothing */
    /* An activity whose identifier is a curated project's id (a project
    ** whose source is not an IATI source) is refused; with LINK it is
    ** attached to that project instead: its stakes, claims and flows are
    ** stored, the project's own row is left as it is. */
    int link;
    void *ctx;         /* for the callbacks, which may be NULL */
    /* A problem with an activity or the file at LINE and COL: LINE 0 when
    ** there is none, COL 0 when it is not known, ACTIVITY NULL when it
    ** concerns the file. */
    void (*problem)(void *ctx, const char *path, long line, long col, const char *activity,
                    const char *msg);
    /* After each activity stored: the bytes read so far and the count. */
    void (*progress)(void *ctx, unsigned long long bytes, long activities);
} iati_import_opts;

typedef struct iati_import_result {
    iati_stats st;
    store_tally counts[C_COUNT]; /* rows per concept */
    store_tally flows;           /* flows: rows read, and those of snapshots stored anew */
    long added, changed;        /* rows, all concepts and flows */
    long activities;            /* activities stored */
    long linked;                /* of them, attached to curated projects */
} iati_import_result;

/* Imports the IATI file PATH into DB in a transaction of its own, logged
** as a load: all of what it stores, or (on an error, which ERR describes)
** nothing of it. An activity left out for a problem is not an error: it
** is reported and counted in RES->st.skipped. */
int iati_import_file(struct store *db, const char *path, const iati_import_opts *o,
                     iati_import_result *res, amur_err *err);

/* ---- writing: records to IATI 2.03 (iati_write.c) ----
** The caller gathers one project's records (its row, source, places,
** stakes with their actors, claims) and hands them over; the writer knows
** nothing of the store. Writing goes through libxml2's xmlTextWriter,
** which does all the escaping. */

typedef struct iati_wstake {
    char *const *stake; /* a stakes row */
    char *const *actor; /* its actor's row */
} iati_wstake;

typedef struct iati_wactivity {
    char *const *project; /* a projects row */
    char *const *source;  /* the project's source row, or NULL */
    char *const *place;   /* the project's place row, or NULL */
    char *const *side;    /* the project's side (a country place row), or NULL */
    const iati_wstake *stakes;
    size_t nstakes;
    char *const *const *claims; /* claim rows about the project, in stored order */
    size_t nclaims;
    const store_flow *flows; /* its flows, the latest snapshot of each source */
    size_t nflows;
    char *const *const *locations; /* place rows of its locations (iati_location_ids) */
    size_t nlocations;
} iati_wactivity;

/* The note of a place made from a location without a name: its name_en is
** its ref (or "location"), which the export does not write as a name. */
#define IATI_UNNAMED "IATI location without a name"

/* Calls FN with each place id that the project note NOTE lists as one of
** the activity's locations ("location: ID" lines, in the file's order);
** stops at and returns FN's first non-zero value. */
int iati_location_ids(const char *note, int (*fn)(void *ctx, const char *id), void *ctx);

typedef struct iati_writer iati_writer;

/* Starts an iati-activities document on OUT. TODAY (YYYY-MM-DD) stands in
** when a project has no dated claim at all. */
int iati_writer_open(FILE *out, const char *today, iati_writer **w, amur_err *err);
/* What A lacks that an IATI activity must have (a stage for the status, a
** start or completion date, an organisation with an IATI role), as a
** message, or NULL when it can be written. The writer never makes these
** up: a project without them is left out by the caller. */
const char *iati_write_missing(const iati_wactivity *a);
/* Writes A, which must have what iati_write_missing() asks for. */
int iati_write_activity(iati_writer *w, const iati_wactivity *a, amur_err *err);
/* Ends the document, flushes and frees W. */
int iati_writer_close(iati_writer *w, amur_err *err);
void iati_writer_free(iati_writer *w);

/* ---- shared by both directions ---- */

#define IATI_ID_MAX 128

/* The Amur id for the IATI identifier RAW (docs/iati.md): bytes outside
** A-Z a-z 0-9 . : / - become _HH (upper-case hex), '_' becomes _5F when
** two upper-case hex digits follow it and stays '_' otherwise; ids longer
** than 128 characters keep their first 111 and end in '-' and 16 hex
** digits of a hash of the whole. OUT holds IATI_ID_MAX + 1 bytes.
** PREFIX (may be "") is put before RAW's encoding. */
void iati_id_encode(const char *prefix, const char *raw, char out[IATI_ID_MAX + 1]);
/* The inverse: decodes _HH; writes at most OUTSZ - 1 bytes. */
void iati_id_decode(const char *id, char *out, size_t outsz);

/* 1 when ID is the id of a source an IATI import made (iati:, iati-name:,
** iati-file:): records with such a source are an import's and a later
** import may update them; any other record is curated and is never
** overwritten by one. */
int iati_is_source_id(const char *id);

/* Amur stage for an IATI ActivityStatus code ("1".."6"), or NULL. */
const char *iati_stage_of_status(const char *code);
/* IATI ActivityStatus code for an Amur stage, or NULL. */
const char *iati_status_of_stage(const char *stage);
/* Stake role for an OrganisationRole code ("1".."4"), or NULL. */
const char *iati_role_of_code(const char *code);
const char *iati_code_of_role(const char *role);
/* Words used in claim scopes for transaction and budget types. */
const char *iati_transaction_word(const char *code);
const char *iati_transaction_code(const char *word);
const char *iati_budget_word(const char *code);
const char *iati_budget_code(const char *word);
/* Amur actor kind for an OrganisationType code. */
const char *iati_actor_kind(const char *org_type);

#endif
