/*
** evidence.c — loading the evidence set; see evidence.h and the two clocks
** in docs/analyses.md.
**
** Sized for ten million claims (a million projects), where every cost per
** field or per row is paid ten million times:
** - strings are copied into an arena (core/arena.h) rather than one malloc
**   each, and the short values that repeat (the ids that rows refer to,
**   properties, units, scopes, stage words, dates, short quotes) are
**   interned: kept once however many rows hold them, so a claim's subject
**   is the very pointer of its project's id;
** - each concept's columns are found by name once, not once per row;
** - claims are sorted by ranking their distinct subjects and properties
**   (a sort of a few hundred thousand strings, not ten million rows), a
**   counting sort by subject rank, and a short sort within each subject;
** - ids and subjects are found through open-addressing tables sized once,
**   8 bytes a slot, instead of a map that grows by rehashing.
*/
#include "evidence.h"
#include "ev_int.h"

#include <stddef.h>
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "../core/text.h"
#include "../core/sort.h"

#define POOL_BLOCK (1u << 20)
/* Values up to this many bytes are interned (in the fields that repeat);
** longer text rarely repeats, and hashing it would cost more than copying. */
#define INTERN_MAX 64

/* ---- interning ---- */

typedef struct interner {
    uint64_t *slot;   /* hash << 32 | (1 + id); 0 when empty */
    size_t cap;
    const char **str; /* by id */
    size_t n, ncap;
} interner;

static void interner_free(interner *t)
{
    free(t->slot);
    free(t->str);
}

static int interner_grow(interner *t)
{
    size_t cap = t->cap ? t->cap * 2 : 4096;
    uint64_t *slot = calloc(cap, sizeof *slot);
    if (!slot)
        return -1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slot[i]) {
            size_t h = (size_t)(t->slot[i] >> 32) & (cap - 1);
            while (slot[h])
                h = (h + 1) & (cap - 1);
            slot[h] = t->slot[i];
        }
    free(t->slot);
    t->slot = slot;
    t->cap = cap;
    return 0;
}

/* The one copy of the N bytes at S (whose ev_hash() is H), made on first
** sight; its id in *ID. NULL when out of memory. */
static const char *intern(evidence *e, interner *t, const char *s, size_t n, uint32_t h,
                          uint32_t *id)
{
    size_t i;
    char *copy;
    /* at most half full: most lookups find what is already there, and
    ** short probes matter more here than 8 bytes a slot */
    if ((t->n + 1) * 2 >= t->cap && interner_grow(t) < 0)
        return NULL;
    for (i = h & (t->cap - 1); t->slot[i]; i = (i + 1) & (t->cap - 1))
        if ((uint32_t)(t->slot[i] >> 32) == h) {
            uint32_t k = (uint32_t)t->slot[i] - 1;
            if (strncmp(t->str[k], s, n) == 0 && t->str[k][n] == 0) {
                *id = k;
                return t->str[k];
            }
        }
    if (t->n == t->ncap) {
        size_t c = t->ncap ? t->ncap * 2 : 4096;
        const char **v = realloc(t->str, c * sizeof *v);
        if (!v)
            return NULL;
        t->str = v;
        t->ncap = c;
    }
    if (t->n >= EV_MAX_ROWS || !(copy = arena_strndup(&e->pool, s, n)))
        return NULL;
    t->str[t->n] = copy;
    t->slot[i] = (uint64_t)h << 32 | (uint64_t)(t->n + 1);
    *id = (uint32_t)t->n++;
    return copy;
}

/* ---- loading ---- */

/* Grows an array of SIZE-byte elements to hold one more; NULL when out of memory. */
static void *push(void **arr, size_t *n, size_t *cap, size_t size)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        void *a;
        if (*n >= EV_MAX_ROWS || !(a = realloc(*arr, c * size)))
            return NULL;
        *arr = a;
        *cap = c;
    }
    return (char *)*arr + (*n)++ * size;
}

static pdate date_of(const char *s)
{
    pdate d = {0, 0, 0};
    if (s && pdate_parse(s, &d))
        d.y = 0;
    return d;
}

/* The columns each concept reads, in the order of its loader's enum. */
enum { SRC_ID, SRC_TITLE, SRC_PUBLISHER, SRC_URL, SRC_TIER, SRC_DATE, SRC_LANGUAGE };
enum { N_EN, N_RU, N_ZH };
enum { PL_ID = 3, PL_KIND, PL_COUNTRY, PL_PARENT };
enum { AC_ID = 3, AC_KIND, AC_COUNTRY };
enum { IN_ID = 3, IN_KIND, IN_LEVEL, IN_DATE, IN_FROM, IN_TO, IN_PARENT };
enum { PR_ID = 3, PR_KIND, PR_PLACE, PR_SIDE, PR_PARENT };
enum { LI_ID, LI_INSTRUMENT, LI_PROJECT, LI_SIDE, LI_ITEM, LI_CARRIED, LI_START, LI_END };
enum { ST_ID, ST_PROJECT, ST_ACTOR, ST_ROLE, ST_QUOTE, ST_INFLUENCE, ST_FROM, ST_TO };
enum { CL_ID, CL_SUBJECT, CL_PROPERTY, CL_VALUE, CL_UNIT, CL_SCOPE, CL_SOURCE, CL_LOCATOR,
       CL_QUOTE, CL_NOTE, CL_DATE, CL_REFERS, CL_QUOTE_LANG, CL_VIA };
enum { IX_ID, IX_REGION, IX_SERIES, IX_PARTNER, IX_UNIT, IX_SOURCE, IX_PERIOD, IX_VALUE,
       IX_VALUE_MAX };

#define MAX_COLS 16
#define RECENT 1024 /* a power of two */
static const char *const concept_cols[C_COUNT][MAX_COLS] = {
    [C_SOURCE] = {"id", "title", "publisher", "url", "tier", "date", "language"},
    [C_PLACE] = {"name_en", "name_ru", "name_zh", "id", "kind", "country", "parent"},
    [C_ACTOR] = {"name_en", "name_ru", "name_zh", "id", "kind", "country"},
    [C_INSTRUMENT] = {"name_en", "name_ru", "name_zh", "id", "kind", "level", "date",
                      "valid_from", "valid_to", "parent"},
    [C_PROJECT] = {"name_en", "name_ru", "name_zh", "id", "kind", "place", "side", "parent"},
    [C_LISTING] = {"id", "instrument", "project", "side", "item", "carried_from",
                   "planned_start", "planned_end"},
    [C_STAKE] = {"id", "project", "actor", "role", "quote", "influence", "from", "to"},
    [C_CLAIM] = {"id", "subject", "property", "value", "unit", "scope", "source", "locator",
                 "quote", "note", "date", "refers_to", "quote_lang", "via"},
    [C_INDICATOR] = {"id", "region", "series", "partner", "unit", "source", "period", "value",
                     "value_max"},
};

typedef struct loader {
    evidence *e;
    int col[MAX_COLS]; /* the index of each column of concept_cols[] */
    size_t cap, later_cap;
    int oom;
    interner in;
    uint32_t *sid, *pid; /* each claim's subject and property, as interned ids */
    size_t idcap;
    const char *last_source; /* the source of the claim before, and its tier */
    int last_tier;
    const char *last[MAX_COLS]; /* each column's value in the row before, interned */
    uint32_t last_id[MAX_COLS];
    /* Each column's recent values, by the low bits of their hash: the
    ** values that recur (properties, sources, places, stage words) are
    ** found here, in 16 KB a column that stay in the processor's cache,
    ** rather than in the interning table, which for a million projects is
    ** tens of megabytes of which every lookup would touch a line. On the
    ** heap: MAX_COLS * RECENT entries. */
    struct recent {
        const char *s; /* NULL: empty */
        uint32_t h, id;
    } (*recent)[RECENT];
} loader;

/* Field K of the row F. */
#define RAW(k) (f[l->col[k]])

/* A copy of S that the set owns, or NULL when S is empty. */
static const char *text(loader *l, const char *s)
{
    const char *p;
    if (!s || !*s)
        return NULL;
    if (!(p = arena_strndup(&l->e->pool, s, strlen(s))))
        l->oom = 1;
    return p;
}

/* The interned copy of the N bytes at S, for column K; its id in *ID. */
static const char *keep(loader *l, const char *s, size_t n, int k, uint32_t *id)
{
    uint32_t h = ev_hash(s, n);
    struct recent *r = &l->recent[k][h & (RECENT - 1)];
    const char *p;
    if (r->s && r->h == h && strcmp(r->s, s) == 0) {
        *id = r->id;
        return r->s;
    }
    if (!(p = intern(l->e, &l->in, s, n, h, id))) {
        l->oom = 1;
        return NULL;
    }
    *r = (struct recent){p, h, *id};
    return p;
}

/* Like text(), but interned when short: for the fields whose values
** repeat. Column K's value in the row before is tried first, since rows
** come in runs (a subject's claims, a source's). */
static const char *word_k(loader *l, const char *s, int k)
{
    size_t n;
    uint32_t id;
    if (!s || !*s)
        return NULL;
    if (l->last[k] && strcmp(l->last[k], s) == 0)
        return l->last[k];
    if ((n = strlen(s)) > INTERN_MAX)
        return text(l, s);
    return l->last[k] = keep(l, s, n, k, &id);
}

/* Interned whatever its length, with its id in *ID (0 when empty). */
static const char *word_id(loader *l, const char *s, int k, uint32_t *id)
{
    *id = 0;
    if (!s || !*s)
        return NULL;
    if (l->last[k] && strcmp(l->last[k], s) == 0) {
        *id = l->last_id[k];
        return l->last[k];
    }
    l->last[k] = keep(l, s, strlen(s), k, id);
    l->last_id[k] = *id;
    return l->last[k];
}

#define word(l, k) word_k(l, RAW(k), k)

static void names(loader *l, char *const *f, ev_names *n)
{
    n->en = text(l, RAW(N_EN));
    n->ru = text(l, RAW(N_RU));
    n->zh = text(l, RAW(N_ZH));
}

#define PUSH(arr) push((void **)&l->e->arr, &l->e->n_##arr, &l->cap, sizeof *l->e->arr)

static int load_source(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_source *s = PUSH(sources);
    if (!s)
        return l->oom = 1;
    s->id = word(l, SRC_ID);
    s->title = text(l, RAW(SRC_TITLE));
    s->publisher = word(l, SRC_PUBLISHER);
    s->language = word(l, SRC_LANGUAGE);
    s->url = text(l, RAW(SRC_URL));
    s->tier = RAW(SRC_TIER) ? schema_vocab_index(schema_tiers, RAW(SRC_TIER)) : -1;
    s->date = date_of(RAW(SRC_DATE));
    return 0;
}

static int load_place(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_place *p = PUSH(places);
    if (!p)
        return l->oom = 1;
    p->id = word(l, PL_ID);
    p->kind = word(l, PL_KIND);
    p->country = word(l, PL_COUNTRY);
    p->parent = word(l, PL_PARENT);
    names(l, f, &p->name);
    return 0;
}

static int load_actor(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_actor *a = PUSH(actors);
    if (!a)
        return l->oom = 1;
    a->id = word(l, AC_ID);
    a->kind = word(l, AC_KIND);
    a->country = word(l, AC_COUNTRY);
    names(l, f, &a->name);
    return 0;
}

static int load_instrument(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_instrument *i = PUSH(instruments);
    if (!i)
        return l->oom = 1;
    i->id = word(l, IN_ID);
    i->kind = word(l, IN_KIND);
    i->level = word(l, IN_LEVEL);
    names(l, f, &i->name);
    i->date = date_of(RAW(IN_DATE));
    i->valid_from = date_of(RAW(IN_FROM));
    i->valid_to = date_of(RAW(IN_TO));
    i->parent = word(l, IN_PARENT);
    return 0;
}

static int load_project(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_project *p = PUSH(projects);
    if (!p)
        return l->oom = 1;
    p->id = word(l, PR_ID);
    p->kind = word(l, PR_KIND);
    p->place = word(l, PR_PLACE);
    p->side = word(l, PR_SIDE);
    p->parent = word(l, PR_PARENT);
    names(l, f, &p->name);
    return 0;
}

/* Whether a thing dated D exists under the view: made by --known-by, and
** begun by --as-of. Undated things always do. */
static int dated_in_view(const ev_view *v, pdate d)
{
    if (!d.y)
        return 1;
    if (v->known_by.y && pdate_last_day(d) > pdate_last_day(v->known_by))
        return 0;
    return pdate_first_day(d) <= pdate_last_day(v->as_of);
}

static int load_listing(void *ctx, char *const *f)
{
    loader *l = ctx;
    long inst = RAW(LI_INSTRUMENT) ? ev_find(l->e, C_INSTRUMENT, RAW(LI_INSTRUMENT)) : -1;
    ev_listing *g;
    if (inst < 0)
        return 0; /* cannot happen in a checked database */
    if (!dated_in_view(&l->e->view, l->e->instruments[inst].date))
        return 0;
    if (!(g = PUSH(listings)))
        return l->oom = 1;
    g->id = text(l, RAW(LI_ID));
    g->instrument = l->e->instruments[inst].id;
    g->project = word(l, LI_PROJECT);
    g->side = word(l, LI_SIDE);
    g->item = word(l, LI_ITEM);
    g->carried_from = text(l, RAW(LI_CARRIED));
    g->planned_start = date_of(RAW(LI_START));
    g->planned_end = date_of(RAW(LI_END));
    g->inst = (size_t)inst;
    return 0;
}

static int load_stake(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_stake *s = PUSH(stakes);
    if (!s)
        return l->oom = 1;
    s->id = text(l, RAW(ST_ID));
    s->project = word(l, ST_PROJECT);
    s->actor = word(l, ST_ACTOR);
    s->role = word(l, ST_ROLE);
    s->quote = word(l, ST_QUOTE);
    s->influence = RAW(ST_INFLUENCE) ? (int)strtol(RAW(ST_INFLUENCE), NULL, 10) : 0;
    s->from = date_of(RAW(ST_FROM));
    s->to = date_of(RAW(ST_TO));
    return 0;
}

/* The tier of SOURCE, looked up only when it changes from the claim
** before: claims of one source tend to come together. */
static int source_tier(loader *l, const char *source)
{
    if (!source || source != l->last_source) {
        long src = source ? ev_find(l->e, C_SOURCE, source) : -1;
        l->last_source = source;
        l->last_tier = src >= 0 ? l->e->sources[src].tier : -1;
    }
    return l->last_tier;
}

/* Keeps a stage or actual_* claim that describes a time after --as-of in
** e->later (see evidence.h); other such claims are dropped. */
static int later_claim(loader *l, char *const *f, pdate d, const period *t)
{
    const char *prop = RAW(CL_PROPERTY);
    prop_kind k = prop ? schema_property_kind(prop) : PROP_UNKNOWN;
    uint32_t id;
    ev_claim *c;
    if (k != PROP_STAGE && k != PROP_ACTUAL)
        return 0;
    if (!(c = push((void **)&l->e->later, &l->e->n_later, &l->later_cap, sizeof *c)))
        return l->oom = 1;
    memset(c, 0, sizeof *c);
    c->id = text(l, RAW(CL_ID));
    /* through word_id(), which keeps the subject and property columns'
    ** memory of the row before in step for the claims in view */
    c->subject = word_id(l, RAW(CL_SUBJECT), CL_SUBJECT, &id);
    c->property = word_id(l, prop, CL_PROPERTY, &id);
    c->value = word(l, CL_VALUE);
    c->scope = word(l, CL_SCOPE);
    c->source = word(l, CL_SOURCE);
    c->date = d;
    c->refers = *t;
    c->tier = source_tier(l, c->source);
    return 0;
}

static int load_claim(void *ctx, char *const *f)
{
    loader *l = ctx;
    const ev_view *v = &l->e->view;
    pdate d = date_of(RAW(CL_DATE));
    period t;
    ev_claim *c;
    size_t k = l->e->n_claims;

    if (!RAW(CL_REFERS) || period_parse(RAW(CL_REFERS), &t))
        t.from = t.to = d;
    /* the two clocks, docs/analyses.md */
    if (v->known_by.y && pdate_last_day(d) > pdate_last_day(v->known_by))
        return 0;
    if (pdate_first_day(t.from) > pdate_last_day(v->as_of))
        return later_claim(l, f, d, &t);
    if (k == l->idcap) {
        size_t cap = l->idcap ? l->idcap * 2 : 1024;
        uint32_t *a = realloc(l->sid, cap * sizeof *a), *b;
        if (!a)
            return l->oom = 1;
        l->sid = a;
        if (!(b = realloc(l->pid, cap * sizeof *b)))
            return l->oom = 1;
        l->pid = b;
        l->idcap = cap;
    }
    if (!(c = PUSH(claims)))
        return l->oom = 1;
    c->id = text(l, RAW(CL_ID));
    c->subject = word_id(l, RAW(CL_SUBJECT), CL_SUBJECT, &l->sid[k]);
    c->property = word_id(l, RAW(CL_PROPERTY), CL_PROPERTY, &l->pid[k]);
    c->value = word(l, CL_VALUE);
    c->unit = word(l, CL_UNIT);
    c->scope = word(l, CL_SCOPE);
    c->source = word(l, CL_SOURCE);
    c->locator = word(l, CL_LOCATOR);
    c->quote = word(l, CL_QUOTE);
    c->note = word(l, CL_NOTE);
    c->quote_lang = word(l, CL_QUOTE_LANG);
    c->via = word(l, CL_VIA);
    c->date = d;
    c->refers = t;
    c->tier = source_tier(l, c->source);
    return 0;
}

static int load_indicator(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_indicator *i = PUSH(indicators);
    if (!i)
        return l->oom = 1;
    i->id = text(l, RAW(IX_ID));
    i->region = word(l, IX_REGION);
    i->series = word(l, IX_SERIES);
    i->partner = word(l, IX_PARTNER);
    i->unit = word(l, IX_UNIT);
    i->source = word(l, IX_SOURCE);
    if (!RAW(IX_PERIOD) || period_parse(RAW(IX_PERIOD), &i->period))
        memset(&i->period, 0, sizeof i->period);
    i->value = RAW(IX_VALUE) ? strtod(RAW(IX_VALUE), NULL) : 0;
    i->value_max = RAW(IX_VALUE_MAX) ? strtod(RAW(IX_VALUE_MAX), NULL) : i->value;
    return 0;
}

/* ---- flows ----
** The store gives them by activity, source, snapshot (reported) and place;
** of each activity and source only the latest snapshot made by --known-by
** is kept: a later one replaces the flows an earlier one stated
** (docs/iati.md, "Financial flows"). */

typedef struct flow_loader {
    loader *l;
    const char *activity, *source, *reported; /* of the snapshot being kept */
    size_t start;                             /* its first flow in e->flows */
} flow_loader;

/* Columns of the loader's caches for the flows' words (any below MAX_COLS). */
enum { FW_ACTIVITY, FW_SOURCE, FW_REPORTED, FW_KIND, FW_TYPE, FW_CURRENCY };

static int same_word(const char *a, const char *b)
{
    return a && b && (a == b || strcmp(a, b) == 0);
}

static int load_flow(void *ctx, const store_flow *f)
{
    flow_loader *x = ctx;
    loader *l = x->l;
    const ev_view *v = &l->e->view;
    const char *activity = word_k(l, f->activity, FW_ACTIVITY);
    const char *source = word_k(l, f->source, FW_SOURCE);
    pdate rep, date;
    ev_flow *ef;

    if (l->oom)
        return 1;
    if (!same_word(activity, x->activity) || !same_word(source, x->source)) {
        x->activity = activity;
        x->source = source;
        x->reported = NULL;
        x->start = l->e->n_flows;
    }
    if (pdate_parse(f->reported, &rep) ||
        (v->known_by.y && pdate_last_day(rep) > pdate_last_day(v->known_by)))
        return 0; /* not made yet by --known-by; nor are the later ones */
    if (!same_word(f->reported, x->reported)) {
        l->e->n_flows = x->start; /* a later snapshot replaces the one before */
        x->reported = word_k(l, f->reported, FW_REPORTED);
    }
    if (!f->date || pdate_parse(f->date, &date))
        memset(&date, 0, sizeof date);
    if (strcmp(f->kind, "transaction") == 0 && date.y &&
        pdate_first_day(date) > pdate_last_day(v->as_of))
        return 0;
    if (!(ef = PUSH(flows)))
        return l->oom = 1;
    ef->activity = activity;
    ef->source = source;
    ef->kind = word_k(l, f->kind, FW_KIND);
    ef->type = word_k(l, f->type, FW_TYPE);
    ef->currency = word_k(l, f->currency, FW_CURRENCY);
    ef->reported = rep;
    ef->date = date;
    ef->value = f->value ? strtod(f->value, NULL) : 0;
    ef->project = -1;
    return 0;
}

/* The flows of ACTIVITY (NULL: of every one), appended. */
static int load_flows(store *s, loader *l, const char *activity, amur_err *err)
{
    flow_loader x = {l, NULL, NULL, NULL, l->e->n_flows};
    size_t first = l->e->n_flows;
    int rc;
    if (!first) {
        l->cap = 0;
        memset(l->last, 0, sizeof l->last);
        memset(l->recent, 0, MAX_COLS * sizeof *l->recent);
    }
    rc = store_each_flow_all(s, activity, load_flow, &x, err);
    if (l->oom)
        return err_set(err, AMUR_ESYS, "out of memory loading flows");
    if (rc)
        return rc;
    for (size_t i = first; i < l->e->n_flows; i++)
        l->e->flows[i].project = ev_find(l->e, C_PROJECT, l->e->flows[i].activity);
    return AMUR_OK;
}

/* ---- sorting the claims: by subject, property, date, id ---- */

typedef struct named {
    const char *s;
    uint32_t id;
} named;

static int cmp_named(const void *pa, const void *pb)
{
    return strcmp(((const named *)pa)->s, ((const named *)pb)->s);
}

/* RANK[id] for each interned id among the N ids of IDS: its place among
** them in strcmp order. Returns how many distinct ones, or -1 when out of
** memory. */
static long rank_ids(const interner *in, const uint32_t *ids, size_t n, uint32_t *rank)
{
    unsigned char *seen = calloc(in->n ? in->n : 1, 1);
    named *v = NULL;
    size_t m = 0;
    if (!seen)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!seen[ids[i]]) {
            seen[ids[i]] = 1;
            m++;
        }
    if (!(v = malloc((m ? m : 1) * sizeof *v))) {
        free(seen);
        return -1;
    }
    m = 0;
    for (size_t i = 0; i < n; i++)
        if (seen[ids[i]]) {
            seen[ids[i]] = 0;
            v[m++] = (named){in->str[ids[i]], ids[i]};
        }
    sort_array(v, m, sizeof *v, cmp_named);
    for (size_t i = 0; i < m; i++)
        rank[v[i].id] = (uint32_t)i;
    free(v);
    free(seen);
    return (long)m;
}

/* One claim within a subject's run. */
typedef struct within {
    uint32_t prop; /* rank of the property */
    uint32_t i;    /* index in e->claims */
    pdate date;
    const char *id;
} within;

static int cmp_within(const within *a, const within *b)
{
    int c;
    if (a->prop != b->prop)
        return a->prop < b->prop ? -1 : 1;
    if ((c = pdate_cmp(a->date, b->date)))
        return c;
    return strcmp(a->id ? a->id : "", b->id ? b->id : "");
}

static int cmp_within_q(const void *a, const void *b)
{
    return cmp_within(a, b);
}

/* Moves the claims so that claim ORD[j] comes to j, following each cycle of
** the permutation with one claim in hand; ORD is used up. */
static void permute(ev_claim *c, uint32_t *ord, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        ev_claim held;
        size_t j = i;
        if (ord[i] == i)
            continue;
        held = c[i];
        for (;;) {
            size_t k = ord[j];
            ord[j] = (uint32_t)j;
            if (k == i) {
                c[j] = held;
                break;
            }
            c[j] = c[k];
            j = k;
        }
    }
}

/* Sorts e->claims (the order cmp_claims would give, which is total since
** ids are unique) in time linear in the claims but for the ranking of their
** distinct subjects and properties and the sort within each subject. */
static int sort_claims(evidence *e, loader *l)
{
    size_t n = e->n_claims, *start = NULL, maxrun = 0;
    uint32_t *srank = NULL, *prank = NULL, *ord = NULL;
    within *w = NULL;
    long ns;
    int rc = -1;

    if (n < 2)
        return 0;
    /* subject and property are required: every claim has both interned */
    if (!(srank = calloc(l->in.n + 1, sizeof *srank)) ||
        !(prank = calloc(l->in.n + 1, sizeof *prank)) || !(ord = malloc(n * sizeof *ord)))
        goto done;
    if ((ns = rank_ids(&l->in, l->sid, n, srank)) < 0 || rank_ids(&l->in, l->pid, n, prank) < 0)
        goto done;
    /* a counting sort by subject rank */
    if (!(start = calloc((size_t)ns + 1, sizeof *start)))
        goto done;
    for (size_t i = 0; i < n; i++)
        start[srank[l->sid[i]] + 1]++;
    for (long r = 0; r < ns; r++) {
        if (start[r + 1] > maxrun)
            maxrun = start[r + 1];
        start[r + 1] += start[r];
    }
    for (size_t i = 0; i < n; i++)
        ord[start[srank[l->sid[i]]]++] = (uint32_t)i;
    /* start[r] is now the end of run r: each run sorted by property, date, id */
    if (!(w = malloc(maxrun * sizeof *w)))
        goto done;
    for (long r = 0, from = 0; r < ns; r++) {
        size_t m = start[r] - (size_t)from;
        for (size_t k = 0; k < m; k++) {
            uint32_t i = ord[(size_t)from + k];
            w[k] = (within){prank[l->pid[i]], i, e->claims[i].date, e->claims[i].id};
        }
        if (m > 16) {
            sort_array(w, m, sizeof *w, cmp_within_q);
        } else { /* most subjects have a handful of claims */
            for (size_t k = 1; k < m; k++) {
                within x = w[k];
                size_t j = k;
                for (; j > 0 && cmp_within(&w[j - 1], &x) > 0; j--)
                    w[j] = w[j - 1];
                w[j] = x;
            }
        }
        for (size_t k = 0; k < m; k++)
            ord[(size_t)from + k] = w[k].i;
        from = (long)start[r];
    }
    permute(e->claims, ord, n);
    rc = 0;
done:
    free(srank);
    free(prank);
    free(ord);
    free(start);
    free(w);
    return rc;
}

int ev_cmp_later(const void *pa, const void *pb)
{
    const ev_claim *a = pa, *b = pb;
    int c = strcmp(a->subject, b->subject);
    if (c)
        return c;
    if ((c = pdate_cmp(a->date, b->date)))
        return c;
    return strcmp(a->id, b->id);
}

static int (*const load_fns[C_COUNT])(void *, char *const *) = {
    load_source, load_place,  load_actor, load_instrument, load_project,
    load_listing, load_stake, load_claim, load_indicator};

/* Readies L for the rows of concept C. */
static int begin_concept(loader *l, int c, amur_err *err)
{
    const concept *con = &schema_concepts[c];
    for (int k = 0; k < MAX_COLS; k++)
        if (concept_cols[c][k] && (l->col[k] = schema_col(con, concept_cols[c][k])) < 0)
            return err_set(err, AMUR_ESYS, "%s have no column '%s'", con->name,
                           concept_cols[c][k]);
    l->cap = 0;
    memset(l->last, 0, sizeof l->last);
    memset(l->recent, 0, MAX_COLS * sizeof *l->recent);
    return AMUR_OK;
}

/* Appends the rows of concept C that pass the NF filters F. */
static int load_rows(store *s, loader *l, int c, const store_filter *f, size_t nf,
                     amur_err *err)
{
    int rc = store_each(s, &schema_concepts[c], f, nf, load_fns[c], l, err);
    if (l->oom)
        return err_set(err, AMUR_ESYS, "out of memory loading %s", schema_concepts[c].name);
    return rc;
}

/* Indexes the rows of concept C once all are loaded: listings and claims
** look up what came before. */
static int end_concept(evidence *e, loader *l, int c, amur_err *err)
{
    if (c == C_CLAIM) {
        sort_array(e->later, e->n_later, sizeof *e->later, ev_cmp_later);
        if (sort_claims(e, l) || ev_subjects_index(e))
            return err_set(err, AMUR_ESYS, "out of memory sorting claims");
    } else if (ev_index_concept(e, c)) {
        return err_set(err, AMUR_ESYS, "out of memory indexing");
    }
    return AMUR_OK;
}

/* A new set for VIEW and its loader; AMUR_OK or out of memory. */
static int load_start(const ev_view *view, evidence **out, loader *l, amur_err *err)
{
    evidence *e = calloc(1, sizeof *e);
    *out = NULL;
    memset(l, 0, sizeof *l);
    if (!e)
        return err_set(err, AMUR_ESYS, "out of memory");
    l->e = e;
    e->view = *view;
    arena_init(&e->pool, POOL_BLOCK, 0);
    if (!(l->recent = calloc(MAX_COLS, sizeof *l->recent)) ||
        !(e->lazy = calloc(1, sizeof *e->lazy)) || pthread_mutex_init(&e->lazy->lock, NULL)) {
        free(l->recent);
        free(e->lazy);
        free(e);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    *out = e;
    return AMUR_OK;
}

/* Frees the loader; on failure (RC) the set too. */
static int load_end(loader *l, evidence **out, int rc)
{
    interner_free(&l->in);
    free(l->recent);
    free(l->sid);
    free(l->pid);
    if (rc) {
        evidence_free(*out);
        *out = NULL;
    }
    return rc;
}

int evidence_load(store *s, const ev_view *view, evidence **out, amur_err *err)
{
    loader l;
    int rc = load_start(view, out, &l, err);
    if (rc)
        return rc;
    for (int c = 0; c < C_COUNT && rc == AMUR_OK; c++)
        if ((rc = begin_concept(&l, c, err)) == AMUR_OK &&
            (rc = load_rows(s, &l, c, NULL, 0, err)) == AMUR_OK)
            rc = end_concept(*out, &l, c, err);
    if (rc == AMUR_OK)
        rc = load_flows(s, &l, NULL, err);
    return load_end(&l, out, rc);
}

/* The rows of a part of the database: those of concept C (the projects,
** listings, stakes or claims) that the set holds, appended by L. */
typedef int (*part_fn)(store *s, loader *l, int c, const void *ctx, amur_err *err);

/* Copies the rows of concept C (a table every chunk holds whole) from
** BASE into E: the structs, not the strings, which stay BASE's. */
static int copy_whole(evidence *e, const evidence *base, int c)
{
#define COPY(arr)                                                                            \
    do {                                                                                     \
        if (base->n_##arr && !(e->arr = malloc(base->n_##arr * sizeof *e->arr)))            \
            return -1;                                                                       \
        if (base->n_##arr)                                                                   \
            memcpy(e->arr, base->arr, base->n_##arr * sizeof *e->arr);                       \
        e->n_##arr = base->n_##arr;                                                          \
    } while (0)
    switch (c) {
    case C_SOURCE: COPY(sources); break;
    case C_PLACE: COPY(places); break;
    case C_ACTOR: COPY(actors); break;
    default: COPY(instruments); break;
    }
#undef COPY
    return 0;
}

/* The set of a part of the database (evidence_load_about(),
** evidence_load_chunk(), evidence_load_others()): its projects, listings,
** stakes and claims as PART reads them with CTX; every source, place,
** actor and instrument, read, or shared with BASE when given; no
** indicators (the regions' series are no project's); and with FLOWS, the
** flows of its projects. */
static int load_part(store *s, const ev_view *view, const evidence *base, part_fn part,
                     const void *ctx, int flows, const ev_named *named, evidence **out,
                     amur_err *err)
{
    loader l;
    int rc = load_start(view, out, &l, err);
    if (rc)
        return rc;
    for (int c = 0; c < C_COUNT && rc == AMUR_OK; c++) {
        if ((rc = begin_concept(&l, c, err)))
            break;
        switch (c) {
        case C_PROJECT:
        case C_LISTING:
        case C_STAKE:
        case C_CLAIM:
            rc = part(s, &l, c, ctx, err);
            break;
        case C_INDICATOR:
            break;
        default:
            /* sources, places, actors, instruments: few, and named by all;
            ** or those NAMED, when the whole tables are not few */
            if (named && named->seen[c])
                for (size_t i = 0; i < named->n[c] && rc == AMUR_OK; i++) {
                    store_filter f = {"id", named->ids[c][i]};
                    rc = load_rows(s, &l, c, &f, 1, err);
                }
            else if (!base)
                rc = load_rows(s, &l, c, NULL, 0, err);
            else if (copy_whole(*out, base, c))
                rc = err_set(err, AMUR_ESYS, "out of memory");
        }
        if (rc == AMUR_OK)
            rc = end_concept(*out, &l, c, err);
    }
    for (size_t p = 0; flows && rc == AMUR_OK && p < (*out)->n_projects; p++)
        rc = load_flows(s, &l, (*out)->projects[p].id, err);
    return load_end(&l, out, rc);
}

/* Loads the rows of concept C whose column COL is the id of one of the
** projects loaded so far (from FIRST). */
static int load_of_projects(store *s, loader *l, int c, const char *col, size_t first,
                            amur_err *err)
{
    int rc = AMUR_OK;
    for (size_t p = first; p < l->e->n_projects && rc == AMUR_OK; p++) {
        store_filter f = {col, l->e->projects[p].id};
        rc = load_rows(s, l, c, &f, 1, err);
    }
    return rc;
}

/* The part of evidence_load_about(): CTX is the subject. */
static int part_about(store *s, loader *l, int c, const void *ctx, amur_err *err)
{
    const char *subject = ctx;
    int rc;
    switch (c) {
    case C_PROJECT: {
        /* the project, then its parts, their parts, ...: a part's
        ** stage and dates are evidence of the whole (docs/analyses.md) */
        store_filter f = {"id", subject};
        size_t done = 0;
        rc = load_rows(s, l, c, &f, 1, err);
        while (rc == AMUR_OK && done < l->e->n_projects) {
            size_t from = done;
            done = l->e->n_projects;
            rc = load_of_projects(s, l, c, "parent", from, err);
            /* a part that is its own ancestor was refused at load */
        }
        return rc;
    }
    case C_CLAIM:
        rc = load_of_projects(s, l, c, "subject", 0, err);
        if (rc == AMUR_OK && !l->e->n_projects) {
            /* a subject that is no project: its own claims */
            store_filter f = {"subject", subject};
            rc = load_rows(s, l, c, &f, 1, err);
        }
        return rc;
    default: /* listings, stakes */
        return load_of_projects(s, l, c, "project", 0, err);
    }
}

int evidence_load_about(store *s, const ev_view *view, const char *subject, evidence **out,
                        amur_err *err)
{
    ev_named nm;
    int rc = ev_named_of(s, subject, &nm, err);
    if (rc)
        return rc;
    rc = load_part(s, view, NULL, part_about, subject, 1, &nm, out, err);
    ev_named_free(&nm);
    return rc;
}

/* Where a chunk of projects starts and ends: positions (*after, *last],
** at most limit of them; with TURN, *after is where TURN stands, taken
** (with the chunk's number, into *seq) while its projects are read. */
typedef struct chunk_at {
    long *after, limit, *last;
    ev_turn *turn;
    long *seq;
} chunk_at;

/* The projects of the chunk K in turn: T is held while they are read, so
** that the chunks are numbered in the order of their projects and the next
** reader starts where this one ends. */
static int turn_projects(store *s, loader *l, const chunk_at *k, amur_err *err)
{
    ev_turn *t = k->turn;
    int rc = AMUR_OK;
    pthread_mutex_lock(&t->lock);
    *k->seq = t->seq++;
    *k->after = *k->last = t->after;
    if (!t->over)
        rc = store_each_project_chunk(s, *k->after, k->limit, k->last, load_fns[C_PROJECT], l,
                                      err);
    t->after = *k->last;
    if (rc || l->oom || *k->last == *k->after)
        t->over = 1;
    pthread_mutex_unlock(&t->lock);
    return rc;
}

/* The part of evidence_load_chunk(): the rows of concept C for the chunk
** of projects CTX; for the projects, also what sets its end. */
static int part_chunk(store *s, loader *l, int c, const void *ctx, amur_err *err)
{
    const chunk_at *k = ctx;
    int rc;
    if (!k->limit)
        return AMUR_OK;
    if (c == C_PROJECT && k->turn)
        rc = turn_projects(s, l, k, err);
    else if (c == C_PROJECT)
        rc = store_each_project_chunk(s, *k->after, k->limit, k->last, load_fns[c], l, err);
    else if (*k->last == *k->after)
        rc = AMUR_OK; /* no project, so none of theirs */
    else
        rc = store_each_of_chunk(s, &schema_concepts[c], c == C_CLAIM ? "subject" : "project",
                                 *k->after, *k->last, load_fns[c], l, err);
    if (l->oom)
        return err_set(err, AMUR_ESYS, "out of memory loading %s", schema_concepts[c].name);
    return rc;
}

int evidence_load_chunk(store *s, const ev_view *view, const evidence *base, long after,
                        long limit, long *last, evidence **out, amur_err *err)
{
    chunk_at k = {&after, limit, last, NULL, NULL};
    *last = after;
    return load_part(s, view, base, part_chunk, &k, 0, NULL, out, err);
}

int evidence_load_turn(store *s, const ev_view *view, const evidence *base, ev_turn *t,
                       long limit, long *seq, evidence **out, amur_err *err)
{
    long after = 0, last = 0;
    chunk_at k = {&after, limit < 1 ? 1 : limit, &last, t, seq};
    int rc;
    *seq = -1;
    rc = load_part(s, view, base, part_chunk, &k, 0, NULL, out, err);
    if (*seq < 0) {
        /* failed before its turn: it still takes one, and ends the walk */
        pthread_mutex_lock(&t->lock);
        *seq = t->seq++;
        t->over = 1;
        pthread_mutex_unlock(&t->lock);
    }
    return rc;
}

/* The part of evidence_load_others(): no project, listing or stake. */
static int part_others(store *s, loader *l, int c, const void *ctx, amur_err *err)
{
    int rc;
    (void)ctx;
    if (c != C_CLAIM)
        return AMUR_OK;
    rc = store_each_of_others(s, &schema_concepts[c], "subject", load_fns[c], l, err);
    if (l->oom)
        return err_set(err, AMUR_ESYS, "out of memory loading %s", schema_concepts[c].name);
    return rc;
}

int evidence_load_others(store *s, const ev_view *view, const evidence *base, evidence **out,
                         amur_err *err)
{
    return load_part(s, view, base, part_others, NULL, 0, NULL, out, err);
}

void evidence_free(evidence *e)
{
    if (!e)
        return;
    free(e->sources);
    free(e->places);
    free(e->actors);
    free(e->instruments);
    free(e->projects);
    free(e->listings);
    free(e->stakes);
    free(e->claims);
    free(e->later);
    free(e->indicators);
    free(e->flows);
    evidence_unindex(e);
    if (e->lazy) {
        ev_ids_free(e->lazy->claims);
        strmap_free(e->lazy->kept);
        pthread_mutex_destroy(&e->lazy->lock);
        free(e->lazy);
    }
    arena_free(&e->pool);
    free(e);
}

long ev_when(const evidence *e, const ev_claim *c)
{
    long t = pdate_last_day(c->refers.to), a = pdate_last_day(e->view.as_of);
    return t < a ? t : a;
}

/* The table of docs/analyses.md ("Status"), by tier. */
static const struct tier_rule {
    double weight;
    int official, ground;
} tier_rules[TIER_COUNT] = {
    [TIER_REGIONAL] = {1.0, 0, 1},         [TIER_MUNICIPAL] = {1.0, 0, 1},
    [TIER_LOCAL_MEDIA] = {0.9, 0, 1},      [TIER_STATISTICS] = {0.9, 0, 0},
    [TIER_FEDERAL] = {0.8, 1, 0},          [TIER_NATIONAL_MEDIA] = {0.7, 1, 0},
    [TIER_FOREIGN_OFFICIAL] = {0.7, 0, 0}, [TIER_ACADEMIC] = {0.6, 0, 0},
    [TIER_FOREIGN_MEDIA] = {0.5, 0, 0},
};
_Static_assert(sizeof tier_rules / sizeof tier_rules[0] == TIER_COUNT, "a rule per tier");

static const struct tier_rule *tier_rule(int tier)
{
    return tier >= 0 && tier < TIER_COUNT ? &tier_rules[tier] : NULL;
}

double ev_tier_weight(int tier)
{
    const struct tier_rule *r = tier_rule(tier);
    return r ? r->weight : 0.5;
}

int ev_tier_official(int tier)
{
    const struct tier_rule *r = tier_rule(tier);
    return r && r->official;
}

int ev_tier_ground(int tier)
{
    const struct tier_rule *r = tier_rule(tier);
    return r && r->ground;
}

const char *ev_view_parse(ev_view *v, const char *as_of, const char *known_by)
{
    const char *msg;
    v->as_of = pdate_today();
    memset(&v->known_by, 0, sizeof v->known_by);
    if (as_of && (msg = pdate_parse(as_of, &v->as_of)))
        return msg;
    if (known_by && (msg = pdate_parse(known_by, &v->known_by)))
        return msg;
    return NULL;
}

const param ev_clock_params[] = {
    {.name = "as-of", .type = PARAM_DATE, .meta = "DATE", .where = PARAM_BOTH,
     .off = offsetof(ev_clocks, as_of),
     .help = "the state of things on this date, from the claims describing it (default: "
             "today)"},
    {.name = "known-by", .type = PARAM_DATE, .meta = "DATE", .where = PARAM_BOTH,
     .off = offsetof(ev_clocks, known_by),
     .help = "use only the claims made by this date (default: all)"},
    {0}};
