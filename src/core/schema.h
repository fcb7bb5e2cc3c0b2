/*
** schema.h — what Amur records: the concepts of the brief (sources,
** places, actors, instruments, projects, listings, stakes, claims,
** indicators), their columns, types and vocabularies, declared once.
**
** The bundle reader and checker, the store, the exporter and the listing
** commands all work from this table, so a column added here is read,
** checked, stored (after a migration), exported and listed everywhere.
** docs/dataset.md documents the same columns for people; a unit test
** keeps the two in step.
*/
#ifndef AMUR_SCHEMA_H
#define AMUR_SCHEMA_H

#include <stddef.h>

typedef enum col_type {
    COL_ID,       /* the row's id */
    COL_TEXT,     /* free text */
    COL_ENUM,     /* one word of a vocabulary */
    COL_DATE,     /* partial date */
    COL_PERIOD,   /* partial date or DATE/DATE */
    COL_NUMBER,   /* decimal number */
    COL_INT,      /* integer within [min, max] */
    COL_LAT,      /* latitude in decimal degrees */
    COL_LON,      /* longitude in decimal degrees */
    COL_REF,      /* id of a row of one of the concepts in refs */
    COL_REFLIST,  /* ';'-separated ids, as COL_REF */
    COL_PROPERTY, /* a claim property (see schema_property_kind) */
    COL_CODE,     /* a lower-case code word (an indicator series) */
    COL_VALUE,    /* a claim value: its form depends on the property */
    COL_SCOPE,    /* key=value pairs joined by ';' */
    COL_LANG      /* a language tag: en, ru, zh, zh-Hant, ... */
} col_type;

/* Concepts, in the order files are read so that references point back. */
typedef enum concept_id {
    C_SOURCE, C_PLACE, C_ACTOR, C_INSTRUMENT, C_PROJECT,
    C_LISTING, C_STAKE, C_CLAIM, C_INDICATOR,
    C_COUNT
} concept_id;

#define REF(c) (1u << (c))
#define REF_SUBJECT (REF(C_PROJECT) | REF(C_INSTRUMENT) | REF(C_PLACE) | REF(C_ACTOR))

typedef struct column {
    const char *name;
    col_type type;
    int required;
    const char *const *vocab; /* COL_ENUM: NULL-terminated words */
    unsigned refs;            /* COL_REF, COL_REFLIST: REF() bits */
    const char *ref_kind;     /* and the referenced row's kind must be this */
    int min, max;             /* COL_INT */
} column;

typedef struct concept {
    concept_id id;
    const char *name;  /* "projects": the command, table and file stem */
    const char *file;  /* "projects.csv" */
    const char *one;   /* "project", for messages */
    const column *cols;
    size_t ncols;
    const char *list[9]; /* columns the listing command shows, NULL-ended */
    int named;           /* has name_en, name_ru, name_zh */
    int append_only;     /* rows are never changed once stored */
} concept;

extern const concept schema_concepts[C_COUNT];

/* The financial flows of IATI activities (store.h, store_flow) as a file
** of a bundle, flows.csv, so that export and load carry them: a table
** read and checked like a concept's, but not one of the concepts, since a
** flow has no id of its own. It is known by its activity, its source, the
** snapshot's date (reported) and its place in that snapshot (seq). Its id
** is C_COUNT. */
extern const concept schema_flows;

/* The concept with NAME ("projects"), or NULL. */
const concept *schema_find(const char *name);
/* Index of column NAME in C, or -1. */
int schema_col(const concept *c, const char *name);

/* Claim property kinds, from the property's name. */
typedef enum prop_kind {
    PROP_UNKNOWN, PROP_STAGE, PROP_PLANNED, PROP_ACTUAL, PROP_NUMBER,
    PROP_LEGAL, PROP_TEXT, PROP_DEPENDENCE
} prop_kind;
prop_kind schema_property_kind(const char *property);

/* Project stages in ladder order, then the two off it; schema_stages
** names them (a static assert in schema.c ties the two). */
typedef enum stage {
    STAGE_LISTED, STAGE_AGREED, STAGE_FINANCED, STAGE_UNDER_CONSTRUCTION, STAGE_COMPLETED,
    STAGE_OPERATIONAL, STAGE_SUSPENDED, STAGE_CANCELLED, STAGE_COUNT
} stage;
extern const char *const schema_stages[STAGE_COUNT + 1];
#define STAGE_LADDER (STAGE_OPERATIONAL + 1) /* listed .. operational */
/* Index of STAGE in schema_stages, or -1. */
int schema_stage_rank(const char *stage);

/* The one order of text values in a sorted list (the command line's
** --sort, the API's sort=, so the dashboard's lists): the values of a field
** named FIELD "stage" (or ending in ".stage") in ladder order, then the
** stages off it, then any other value; every other text in natural order
** (text_natural_cmp()). <0, 0 or >0, as strcmp(). */
int schema_sort_cmp(const char *field, const char *a, const char *b);

/* A region's dependence on its neighbour as a source classes it (the
** property `dependence`): "dependent", "intermediate", "independent". */
extern const char *const schema_dependence[];

/* Source tiers (docs/dataset.md); schema_tiers names them. */
typedef enum tier {
    TIER_FEDERAL, TIER_REGIONAL, TIER_MUNICIPAL, TIER_FOREIGN_OFFICIAL, TIER_STATISTICS,
    TIER_NATIONAL_MEDIA, TIER_LOCAL_MEDIA, TIER_FOREIGN_MEDIA, TIER_ACADEMIC, TIER_COUNT
} tier;
extern const char *const schema_tiers[TIER_COUNT + 1];

/* Checks one cell's form (not its references): NULL when VALUE fits COL,
** else a message valid for the program's life. VALUE is non-empty. */
const char *schema_check_cell(const column *col, const char *value);
/* Checks a claim VALUE against its PROPERTY; message as above. */
const char *schema_check_value(const char *property, const char *value);
/* Checks an id's form; message as above. */
const char *schema_check_id(const char *id);
/* The one reader of a claim's scope (COL_SCOPE, "side=ru;stage=listed"):
** call with *CURSOR at the scope (NULL is empty); each call takes the next
** item, fills KEY and VALUE with its two halves (cut to KSIZE and VSIZE
** bytes, both at least 1) and moves *CURSOR past it. Returns 1 for an item
** "key=value", 2 for one with no '=' (KEY holds it, VALUE is ""; a checked
** scope has none, and the views skip them), 0 at the end. A checked key is
** under 64 bytes. */
int schema_scope_next(const char **cursor, char *key, size_t ksize, char *value, size_t vsize);
/* 1 when S is a decimal number as the bundle writes them. */
int schema_is_number(const char *s);
/* Index of WORD in the NULL-terminated VOCAB, or -1. */
int schema_vocab_index(const char *const *vocab, const char *word);

#endif
