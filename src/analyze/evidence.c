/*
** evidence.c — loading the evidence set; see evidence.h and the two clocks
** in docs/analyses.md.
**
** Strings are copied into a pool of large blocks rather than one malloc
** each: a set of ten million claims would otherwise spend more on
** allocator overhead than on text.
*/
#include "evidence.h"

#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"

#define POOL_BLOCK (1u << 20)

typedef struct ev_pool {
    struct ev_pool *next;
    size_t used, cap;
    char data[];
} ev_pool;

static const char *pool_dup(evidence *e, const char *s)
{
    size_t n;
    char *p;
    if (!s || !*s)
        return NULL;
    n = strlen(s) + 1;
    if (!e->pool || e->pool->cap - e->pool->used < n) {
        size_t cap = n > POOL_BLOCK ? n : POOL_BLOCK;
        ev_pool *b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->next = e->pool;
        b->used = 0;
        b->cap = cap;
        e->pool = b;
    }
    p = e->pool->data + e->pool->used;
    memcpy(p, s, n);
    e->pool->used += n;
    return p;
}

/* Grows an array of SIZE-byte elements to hold one more; NULL when out of memory. */
static void *push(void **arr, size_t *n, size_t *cap, size_t size)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        void *a = realloc(*arr, c * size);
        if (!a)
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

typedef struct loader {
    evidence *e;
    const concept *c;
    size_t cap;
    int oom;
} loader;

/* Column value by name, copied into the pool. */
#define COL(name) pool_dup(l->e, f[schema_col(l->c, name)])
#define RAW(name) (f[schema_col(l->c, name)])

static void names(loader *l, char *const *f, ev_names *n)
{
    n->en = COL("name_en");
    n->ru = COL("name_ru");
    n->zh = COL("name_zh");
}

#define PUSH(arr) push((void **)&l->e->arr, &l->e->n_##arr, &l->cap, sizeof *l->e->arr)

static int load_source(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_source *s = PUSH(sources);
    if (!s)
        return l->oom = 1;
    s->id = COL("id");
    s->title = COL("title");
    s->publisher = COL("publisher");
    s->url = COL("url");
    s->tier = schema_vocab_index(schema_tiers, RAW("tier"));
    s->date = date_of(RAW("date"));
    return 0;
}

static int load_place(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_place *p = PUSH(places);
    if (!p)
        return l->oom = 1;
    p->id = COL("id");
    p->kind = COL("kind");
    p->country = COL("country");
    p->parent = COL("parent");
    names(l, f, &p->name);
    return 0;
}

static int load_actor(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_actor *a = PUSH(actors);
    if (!a)
        return l->oom = 1;
    a->id = COL("id");
    a->kind = COL("kind");
    a->country = COL("country");
    names(l, f, &a->name);
    return 0;
}

static int load_instrument(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_instrument *i = PUSH(instruments);
    if (!i)
        return l->oom = 1;
    i->id = COL("id");
    i->kind = COL("kind");
    i->level = COL("level");
    names(l, f, &i->name);
    i->date = date_of(RAW("date"));
    i->valid_from = date_of(RAW("valid_from"));
    i->valid_to = date_of(RAW("valid_to"));
    return 0;
}

static int load_project(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_project *p = PUSH(projects);
    if (!p)
        return l->oom = 1;
    p->id = COL("id");
    p->kind = COL("kind");
    p->place = COL("place");
    p->side = COL("side");
    p->parent = COL("parent");
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
    long inst;
    ev_listing *g;
    if (!strmap_get(l->e->index[C_INSTRUMENT], RAW("instrument"), &inst))
        return 0; /* cannot happen in a checked database */
    if (!dated_in_view(&l->e->view, l->e->instruments[inst].date))
        return 0;
    if (!(g = PUSH(listings)))
        return l->oom = 1;
    g->id = COL("id");
    g->instrument = COL("instrument");
    g->project = COL("project");
    g->side = COL("side");
    g->item = COL("item");
    g->carried_from = COL("carried_from");
    g->planned_start = date_of(RAW("planned_start"));
    g->planned_end = date_of(RAW("planned_end"));
    g->inst = (size_t)inst;
    return 0;
}

static int load_stake(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_stake *s = PUSH(stakes);
    if (!s)
        return l->oom = 1;
    s->id = COL("id");
    s->project = COL("project");
    s->actor = COL("actor");
    s->role = COL("role");
    s->quote = COL("quote");
    s->influence = RAW("influence") ? (int)strtol(RAW("influence"), NULL, 10) : 0;
    s->from = date_of(RAW("from"));
    s->to = date_of(RAW("to"));
    return 0;
}

static int load_claim(void *ctx, char *const *f)
{
    loader *l = ctx;
    const ev_view *v = &l->e->view;
    pdate d = date_of(RAW("date"));
    period t;
    long src;
    ev_claim *c;

    if (!RAW("refers_to") || period_parse(RAW("refers_to"), &t))
        t.from = t.to = d;
    /* the two clocks, docs/analyses.md */
    if (v->known_by.y && pdate_last_day(d) > pdate_last_day(v->known_by))
        return 0;
    if (pdate_first_day(t.from) > pdate_last_day(v->as_of))
        return 0;
    if (!(c = PUSH(claims)))
        return l->oom = 1;
    c->id = COL("id");
    c->subject = COL("subject");
    c->property = COL("property");
    c->value = COL("value");
    c->unit = COL("unit");
    c->scope = COL("scope");
    c->source = COL("source");
    c->locator = COL("locator");
    c->quote = COL("quote");
    c->note = COL("note");
    c->date = d;
    c->refers = t;
    c->tier = strmap_get(l->e->index[C_SOURCE], c->source, &src) ? l->e->sources[src].tier
                                                                  : -1;
    return 0;
}

static int load_indicator(void *ctx, char *const *f)
{
    loader *l = ctx;
    ev_indicator *i = PUSH(indicators);
    if (!i)
        return l->oom = 1;
    i->id = COL("id");
    i->region = COL("region");
    i->series = COL("series");
    i->partner = COL("partner");
    i->unit = COL("unit");
    i->source = COL("source");
    if (period_parse(RAW("period"), &i->period))
        memset(&i->period, 0, sizeof i->period);
    i->value = strtod(RAW("value"), NULL);
    i->value_max = RAW("value_max") ? strtod(RAW("value_max"), NULL) : i->value;
    return 0;
}

static int cmp_claims(const void *pa, const void *pb)
{
    const ev_claim *a = pa, *b = pb;
    int c = strcmp(a->subject, b->subject);
    if (c)
        return c;
    if ((c = strcmp(a->property, b->property)))
        return c;
    if ((c = pdate_cmp(a->date, b->date)))
        return c;
    return strcmp(a->id, b->id);
}

/* Index of the ids of one array, whose elements start with `const char *id`. */
static int index_ids(evidence *e, int c, const void *arr, size_t n, size_t size)
{
    if (!(e->index[c] = strmap_new()))
        return -1;
    for (size_t i = 0; i < n; i++) {
        const char *id = *(const char *const *)((const char *)arr + i * size);
        if (id && strmap_add(e->index[c], id, (long)i, NULL) < 0)
            return -1;
    }
    return 0;
}

int evidence_load(store *s, const ev_view *view, evidence **out, amur_err *err)
{
    static int (*const fns[C_COUNT])(void *, char *const *) = {
        load_source, load_place,  load_actor, load_instrument, load_project,
        load_listing, load_stake, load_claim, load_indicator};
    evidence *e = calloc(1, sizeof *e);
    int rc = AMUR_OK;

    *out = NULL;
    if (!e)
        return err_set(err, AMUR_ESYS, "out of memory");
    e->view = *view;
    for (int c = 0; c < C_COUNT && rc == AMUR_OK; c++) {
        loader l = {e, &schema_concepts[c], 0, 0};
        rc = store_each(s, l.c, NULL, 0, fns[c], &l, err);
        if (l.oom)
            rc = err_set(err, AMUR_ESYS, "out of memory loading %s", l.c->name);
        if (rc)
            break;
        /* index as we go: listings and claims look up what came before */
        switch (c) {
        case C_SOURCE:
            rc = index_ids(e, c, e->sources, e->n_sources, sizeof *e->sources);
            break;
        case C_PLACE:
            rc = index_ids(e, c, e->places, e->n_places, sizeof *e->places);
            break;
        case C_ACTOR:
            rc = index_ids(e, c, e->actors, e->n_actors, sizeof *e->actors);
            break;
        case C_INSTRUMENT:
            rc = index_ids(e, c, e->instruments, e->n_instruments, sizeof *e->instruments);
            break;
        case C_PROJECT:
            rc = index_ids(e, c, e->projects, e->n_projects, sizeof *e->projects);
            break;
        case C_LISTING:
            rc = index_ids(e, c, e->listings, e->n_listings, sizeof *e->listings);
            break;
        case C_STAKE:
            rc = index_ids(e, c, e->stakes, e->n_stakes, sizeof *e->stakes);
            break;
        case C_CLAIM:
            if (e->n_claims) /* qsort's array may not be NULL, even when empty */
                qsort(e->claims, e->n_claims, sizeof *e->claims, cmp_claims);
            rc = index_ids(e, c, e->claims, e->n_claims, sizeof *e->claims);
            break;
        case C_INDICATOR:
            rc = index_ids(e, c, e->indicators, e->n_indicators, sizeof *e->indicators);
            break;
        }
        if (rc)
            rc = err_set(err, AMUR_ESYS, "out of memory indexing");
    }
    if (rc) {
        evidence_free(e);
        return rc;
    }
    *out = e;
    return AMUR_OK;
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
    free(e->indicators);
    for (int c = 0; c < C_COUNT; c++)
        strmap_free(e->index[c]);
    while (e->pool) {
        ev_pool *next = e->pool->next;
        free(e->pool);
        e->pool = next;
    }
    free(e);
}

long ev_find(const evidence *e, int c, const char *id)
{
    long i;
    if (c < 0 || c >= C_COUNT || !e->index[c] || !id)
        return -1;
    return strmap_get(e->index[c], id, &i) ? i : -1;
}

size_t ev_claims_of(const evidence *e, const char *subject, size_t *first)
{
    size_t lo = 0, hi = e->n_claims, end;
    /* claims are sorted by subject: binary search for the first */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(e->claims[mid].subject, subject) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = lo;
    for (end = lo; end < e->n_claims && strcmp(e->claims[end].subject, subject) == 0; end++)
        ;
    return end - lo;
}

long ev_when(const evidence *e, const ev_claim *c)
{
    long t = pdate_last_day(c->refers.to), a = pdate_last_day(e->view.as_of);
    return t < a ? t : a;
}

/* The table of docs/analyses.md, by tier name. */
static const struct tier_rule {
    const char *tier;
    double weight;
    int official, ground;
} tier_rules[] = {
    {"regional", 1.0, 0, 1},       {"municipal", 1.0, 0, 1},     {"local-media", 0.9, 0, 1},
    {"statistics", 0.9, 0, 0},     {"federal", 0.8, 1, 0},       {"national-media", 0.7, 1, 0},
    {"foreign-official", 0.7, 0, 0}, {"academic", 0.6, 0, 0},    {"foreign-media", 0.5, 0, 0},
};

static const struct tier_rule *tier_rule(int tier)
{
    if (tier < 0 || tier >= 9)
        return NULL;
    for (size_t i = 0; i < sizeof tier_rules / sizeof tier_rules[0]; i++)
        if (strcmp(tier_rules[i].tier, schema_tiers[tier]) == 0)
            return &tier_rules[i];
    return NULL;
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
