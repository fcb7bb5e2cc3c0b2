/*
** evidence.h — everything the analyses read, loaded once from the store
** into typed arrays, with the two clocks of docs/analyses.md applied.
**
** An analysis never touches the store: it gets an evidence set. Claims
** are filtered by --known-by and --as-of when loaded (ev_claim_counts()
** says whether one passes); listings whose instrument is dated after
** either clock are left out. Everything else is kept whole.
**
** Ownership: evidence_load() returns a set that evidence_free() frees;
** every string in it belongs to the set. Strings may be shared: two fields
** holding the same short value may hold the same pointer.
*/
#ifndef AMUR_EVIDENCE_H
#define AMUR_EVIDENCE_H

#include <pthread.h>
#include <stddef.h>

#include "../core/arena.h"
#include "../core/err.h"
#include "../core/param.h"
#include "../core/pdate.h"
#include "../core/strmap.h"
#include "../store/store.h"

typedef struct ev_view {
    pdate as_of;    /* required: today by default */
    pdate known_by; /* y == 0: no limit */
} ev_view;

typedef struct ev_names {
    const char *en, *ru, *zh;
} ev_names;

typedef struct ev_source {
    const char *id, *title, *publisher, *url, *language;
    int tier; /* index in schema_tiers */
    pdate date;
} ev_source;

typedef struct ev_place {
    const char *id, *kind, *country, *parent;
    ev_names name;
} ev_place;

typedef struct ev_actor {
    const char *id, *kind, *country;
    ev_names name;
} ev_actor;

typedef struct ev_instrument {
    const char *id, *kind, *level, *parent;
    ev_names name;
    pdate date, valid_from, valid_to;
} ev_instrument;

typedef struct ev_project {
    const char *id, *kind, *place, *side, *parent;
    ev_names name;
} ev_project;

typedef struct ev_listing {
    const char *id, *instrument, *project, *side, *item, *carried_from;
    pdate planned_start, planned_end;
    size_t inst; /* index of the instrument */
} ev_listing;

typedef struct ev_stake {
    const char *id, *project, *actor, *role, *quote;
    int influence; /* 0 when not given */
    pdate from, to;
} ev_stake;

typedef struct ev_claim {
    const char *id, *subject, *property, *value, *unit, *scope, *source, *locator, *quote;
    const char *note; /* the bundle's note: searched, not analysed */
    const char *quote_lang, *via; /* the quote's language; the source its words came through */
    pdate date;
    period refers; /* refers_to, or the date when empty */
    int tier;      /* of its source */
} ev_claim;

typedef struct ev_indicator {
    const char *id, *region, *series, *partner, *unit, *source;
    period period;
    double value, value_max; /* value_max == value when no range */
} ev_indicator;

/* A flow of money an IATI activity reports (store.h, store_flow): of each
** source's latest snapshot of the activity made by --known-by; a
** transaction dated after --as-of is left out (budgets and planned
** disbursements are plans, kept whatever their period). */
typedef struct ev_flow {
    const char *activity, *source, *kind, *type, *currency;
    long project; /* index in e->projects, -1 when the activity is no project */
    pdate reported, date;
    double value;
} ev_flow;

#define EV_ARRAY(type, name) \
    type *name;              \
    size_t n_##name

typedef struct evidence {
    ev_view view;
    EV_ARRAY(ev_source, sources);
    EV_ARRAY(ev_place, places);
    EV_ARRAY(ev_actor, actors);
    EV_ARRAY(ev_instrument, instruments);
    EV_ARRAY(ev_project, projects);
    EV_ARRAY(ev_listing, listings);
    EV_ARRAY(ev_stake, stakes);
    EV_ARRAY(ev_claim, claims);       /* sorted by subject, property, date, id */
    EV_ARRAY(ev_indicator, indicators);
    EV_ARRAY(ev_flow, flows);         /* by activity, source, snapshot, place */
    /* Stage and actual_* claims made by --known-by that describe a time
    ** after --as-of: not evidence of the state at A, but they say which
    ** parts a project has and date what happened later (docs/analyses.md,
    ** "Parts" and "Stages against dates"). Sorted by subject, then date. */
    EV_ARRAY(ev_claim, later);
    struct ev_ids *index[9];       /* id → array index, per concept_id */
    struct ev_subjects *subjects;  /* subject → its run of claims */
    struct ev_lazy *lazy;          /* what is built on first use */
    arena pool;                    /* the strings of every record */
} evidence;

int evidence_load(store *s, const ev_view *view, evidence **out, amur_err *err);

/* The same for what an analysis of one SUBJECT needs, read through the
** store's indexes rather than the whole database (issue 19): a project,
** its parts (and theirs), and their listings, stakes, claims and flows; a
** subject that is no project, its own claims; the sources, places and
** actors these name, and those they name in turn (a place's parent and
** country: ev_named.c), not the whole tables, which for a million projects
** are tens of thousands of rows; and every instrument (few, and any may be
** named by an option: slippage --instrument). An analysis
** of that subject alone (amur status ID, amur slippage ID, amur
** contradictions --subject ID) gives the same answer from it as from the
** whole set (tests/cli/evidence_about.t). */
int evidence_load_about(store *s, const ev_view *view, const char *subject, evidence **out,
                        amur_err *err);
void evidence_free(evidence *e);

/* The whole-database analyses walk the projects a chunk at a time, in the
** order they were first stored (issue 19; docs/architecture.md, "The walk
** over the projects"): this loads the set of the projects at positions
** after AFTER (0: the first chunk), at most LIMIT of them, with their
** listings, stakes and claims, and every source, place, actor and
** instrument; *LAST gets the position of its last project, to give as
** AFTER for the next chunk (*LAST == AFTER: no project was left). No
** indicators, flows, or claims about what is not a project: a per-project
** analysis (status, slippage) of each project gives the same answer from
** its chunk as from the whole set (tests/cli/walk.t), and only those are
** walked. With LIMIT 0, only the tables every chunk holds whole: given as
** BASE (else NULL), a set whose rows of those tables the chunk's set shares
** rather than reads again; BASE must then outlive it. */
int evidence_load_chunk(store *s, const ev_view *view, const evidence *base, long after,
                        long limit, long *last, evidence **out, amur_err *err);

/* The same for readers of one walk in threads of their own, each on a
** connection of its own (present/walk.c reads chunks ahead so): each call
** takes the next chunk, of at most LIMIT projects, after where T stands,
** and its number in *SEQ (0, 1, ... in the order of the projects, whatever
** the order the calls end in). T is held while the chunk's projects are
** read, not its claims. A chunk with no project numbered past 0 is the end
** of the walk; T then gives every later call no project. A call that fails
** still takes a number, and ends the walk. Start T zeroed, its lock
** initialised. */
typedef struct ev_turn {
    pthread_mutex_t lock;
    long after, seq;
    int over;
} ev_turn;
int evidence_load_turn(store *s, const ev_view *view, const evidence *base, ev_turn *t,
                       long limit, long *seq, evidence **out, amur_err *err);

/* The rest of such a walk: the claims about what is no project (a place,
** an actor, an instrument), which no chunk holds, in a set like a
** chunk's, with no project, sharing BASE's tables as a chunk does. */
int evidence_load_others(store *s, const ev_view *view, const evidence *base, evidence **out,
                         amur_err *err);

/* A set gathered over a walk (ev_keep.c): an analysis whose findings are
** pairs of claims (contradictions) keeps of each chunk only the claims in
** them, so that its memory grows with its findings, not the database.
** Start from an empty chunk (evidence_load_chunk() with LIMIT 0 and
** BASE); evidence_keep() copies into K the claims of E that MARK (one flag
** for each of e->claims) marks, with the projects they are about, every
** string copied (E may be freed after); all the claims of a subject come
** from one E. evidence_keep_end() then sorts and indexes K, which is then
** a set like any other. Both return AMUR_OK, or AMUR_ESYS with ERR set. */
int evidence_keep(evidence *k, const evidence *e, const unsigned char *mark, amur_err *err);
int evidence_keep_end(evidence *k, amur_err *err);

/* Builds the id tables and the subject index of a set whose arrays were
** filled by hand (tests), with the claims already sorted; evidence_load()
** does this itself. Without it, ev_find() finds nothing and ev_claims_of()
** searches. The tables are freed by evidence_free(), or by
** evidence_unindex() for a set that is not evidence_load()'s. Returns
** AMUR_OK, or AMUR_ESYS when out of memory. */
int evidence_index(evidence *e);
void evidence_unindex(evidence *e);

/* Index of the row ID of concept C (C_PROJECT, ...), or -1. */
long ev_find(const evidence *e, int c, const char *id);

/* The claims about SUBJECT: sets *FIRST and returns how many (they are
** consecutive in e->claims, by property, then date). */
size_t ev_claims_of(const evidence *e, const char *subject, size_t *first);

/* The same for project P (an index in e->projects), and the project of
** listing or stake I (an index in e->listings, e->stakes; -1 when none),
** from tables made once by evidence_load() or evidence_index() rather than
** by looking ids up: the analyses ask these of every project, listing and
** stake, and for a million projects the lookups (each a few cache misses)
** cost seconds. */
size_t ev_project_claims(const evidence *e, size_t p, size_t *first);
long ev_listing_project(const evidence *e, size_t i);
long ev_stake_project(const evidence *e, size_t i);

/* The publisher of SOURCE (an id): its publisher, else the id itself
** (docs/analyses.md, "Publishers"). */
const char *ev_publisher(const evidence *e, const char *source);

/* The publishers of the sources of project P's claims in the set (the view),
** each once, in byte order, at most MAX of them (the first in that order)
** into OUT; returns how many. Strings are the set's. */
size_t ev_project_publishers(const evidence *e, size_t p, const char **out, size_t max);

/* The two clocks every analysis takes (docs/analyses.md, "Two clocks"),
** declared once for the command line, the API and their documents. */
typedef struct ev_clocks {
    const char *as_of, *known_by; /* as given; NULL: today, and all claims */
} ev_clocks;
extern const param ev_clock_params[];

/* The order of e->later (by subject, then date, then id), for qsort() of
** ev_claim elements. */
int ev_cmp_later(const void *a, const void *b);

/* The later claims (e->later) about SUBJECT: sets *FIRST and returns how
** many. */
size_t ev_later_of(const evidence *e, const char *subject, size_t *first);

/* when(c) of docs/analyses.md: last day of refers_to, capped at the as-of
** date's last day; in days since 1970-01-01. */
long ev_when(const evidence *e, const ev_claim *c);

/* Tier weights and classes, as docs/analyses.md tabulates them. */
double ev_tier_weight(int tier);
int ev_tier_official(int tier);
int ev_tier_ground(int tier);

/* Parses --as-of / --known-by values (NULL: the defaults) into V; returns
** NULL or a message. */
const char *ev_view_parse(ev_view *v, const char *as_of, const char *known_by);

#endif
