/*
** status.c — resolving a project's stage; see status.h and
** docs/analyses.md, "Status", whose steps are numbered as here, "Parts",
** "Stages against dates" and "Delivery".
*/
#include <stddef.h>
#include "status.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "../core/sort.h"

enum { EV_START, EV_COMPLETION, EV_OPENING, N_EVENTS };
enum { ST_UNDER_CONSTRUCTION = 3, ST_COMPLETED = 4, ST_OPERATIONAL = 5 };

int status_ladder(int stage)
{
    return stage >= 0 && stage < STAGE_LADDER ? stage : -1;
}

int status_stage_delivered(int stage)
{
    return stage == ST_COMPLETED || stage == ST_OPERATIONAL;
}

int status_delivered(const status_result *r)
{
    return status_stage_delivered(r->stage);
}

/* The event an actual_X property dates (start, completion, opening), or -1. */
static int event_of(const char *property)
{
    static const char *const names[N_EVENTS] = {"actual_start", "actual_completion",
                                                "actual_opening"};
    for (int k = 0; k < N_EVENTS; k++)
        if (strcmp(property, names[k]) == 0)
            return k;
    return -1;
}

/* The stage an event shows the project had reached once it happened. */
static const int event_stage[N_EVENTS] = {ST_UNDER_CONSTRUCTION, ST_COMPLETED, ST_OPERATIONAL};

const char *status_part_of(const char *scope, char *buf, size_t n)
{
    char key[8], side[256];
    int item;
    while ((item = schema_scope_next(&scope, key, sizeof key, side, sizeof side))) {
        size_t len = strlen(side);
        if (item == 1 && strcmp(key, "side") == 0 && len && len + 5 < n) {
            memcpy(buf, "side=", 5);
            memcpy(buf + 5, side, len + 1);
            return buf;
        }
    }
    return NULL;
}

static const char *part_of(const ev_claim *c, char *buf, size_t n)
{
    return status_part_of(c->scope, buf, n);
}

/* Whether C's scope has a key other than side and season: an actual_*
** claim so qualified dates one aspect (a passenger resumption), not the
** event; a season only says which year a seasonal crossing opened. */
static int qualified(const ev_claim *c)
{
    const char *scope = c->scope;
    char key[8], value[2]; /* the value is not looked at */
    int item;
    while ((item = schema_scope_next(&scope, key, sizeof key, value, sizeof value)))
        if (item != 1 || (strcmp(key, "side") != 0 && strcmp(key, "season") != 0))
            return 1;
    return 0;
}

/* Whether claim C speaks about PART (NULL: the whole project). A claim
** about the whole speaks about every part. */
static int same_scope(const ev_claim *c, const char *part)
{
    char buf[STATUS_PART_LEN];
    const char *mine = part_of(c, buf, sizeof buf);
    return !mine || (part && strcmp(mine, part) == 0);
}

/* Calls FN on each claim of project P that passes --known-by, in view at
** the as-of date or describing a later time (e->later). */
typedef void claim_fn(const ev_claim *c, void *ctx);
static void each_known(const evidence *e, size_t p, claim_fn *fn, void *ctx)
{
    size_t f, n = ev_project_claims(e, p, &f), lf, ln;
    for (size_t i = f; i < f + n; i++)
        fn(&e->claims[i], ctx);
    ln = ev_later_of(e, e->projects[p].id, &lf);
    for (size_t i = lf; i < lf + ln; i++)
        fn(&e->later[i], ctx);
}

/* ---- stages against dates ---- */

/* The earliest first and last days of each event dated by the actual_*
** claims that apply to a claim of scope SCOPE: unscoped ones, and for a
** scoped claim those of its own scope. LONG_MAX when none. */
typedef struct events {
    const char *scope;
    long min_first[N_EVENTS], max_first[N_EVENTS], min_last[N_EVENTS], max_last[N_EVENTS];
    const ev_claim *c_min_first[N_EVENTS], *c_max_first[N_EVENTS], *c_min_last[N_EVENTS],
        *c_max_last[N_EVENTS];
    /* the window the claims agree on, or when they disagree, the widest */
    long first[N_EVENTS], last[N_EVENTS];
    const ev_claim *by_first[N_EVENTS], *by_last[N_EVENTS];
} events;

static void add_event(const ev_claim *c, void *ctx)
{
    events *ev = ctx;
    int k = event_of(c->property);
    long f, l;
    pdate d;
    if (k < 0 || !c->value || pdate_parse(c->value, &d) || qualified(c))
        return;
    if (!same_scope(c, ev->scope))
        return;
    f = pdate_first_day(d);
    l = pdate_last_day(d);
    if (f < ev->min_first[k])
        ev->min_first[k] = f, ev->c_min_first[k] = c;
    if (!ev->c_max_first[k] || f > ev->max_first[k])
        ev->max_first[k] = f, ev->c_max_first[k] = c;
    if (l < ev->min_last[k])
        ev->min_last[k] = l, ev->c_min_last[k] = c;
    if (!ev->c_max_last[k] || l > ev->max_last[k])
        ev->max_last[k] = l, ev->c_max_last[k] = c;
}

static void find_events(const evidence *e, size_t p, const char *scope, events *ev)
{
    memset(ev, 0, sizeof *ev);
    ev->scope = scope;
    for (int k = 0; k < N_EVENTS; k++)
        ev->min_first[k] = ev->min_last[k] = LONG_MAX;
    each_known(e, p, add_event, ev);
    /* "in 2019" and "in November 2019" agree: the event was in November;
    ** dates that do not overlap disagree, and then only the widest window
    ** is certain */
    for (int k = 0; k < N_EVENTS; k++) {
        int agree = ev->max_first[k] <= ev->min_last[k];
        ev->first[k] = agree ? ev->max_first[k] : ev->min_first[k];
        ev->by_first[k] = agree ? ev->c_max_first[k] : ev->c_min_first[k];
        ev->last[k] = agree ? ev->min_last[k] : ev->max_last[k];
        ev->by_last[k] = agree ? ev->c_min_last[k] : ev->c_max_last[k];
        if (!ev->c_min_first[k])
            ev->first[k] = ev->last[k] = LONG_MAX;
    }
}

/* The claim among EV's that rules out STAGE at day WHEN, or NULL. */
static const ev_claim *rule_out(const events *ev, int stage, long when)
{
    if (stage < 0 || stage >= STAGE_LADDER)
        return NULL; /* suspended and cancelled can happen at any time */
    for (int k = 0; k < N_EVENTS; k++) {
        if (ev->first[k] == LONG_MAX)
            continue;
        /* not yet there, though the event that brings a later stage had
        ** certainly happened */
        if (event_stage[k] > stage && ev->last[k] <= when)
            return ev->by_last[k];
        /* building, built or open before the event that makes it so */
        if (event_stage[k] <= stage && ev->first[k] > when)
            return ev->by_first[k];
    }
    return NULL;
}

/* The event among EV's, certainly past by AS_OF, that brought a stage
** later than STAGE: a claim of STAGE made before it tells the past, not
** the state at the as-of date. NULL when there is none. */
static const ev_claim *supersede(const events *ev, int stage, long as_of)
{
    if (stage < 0 || stage >= STAGE_LADDER)
        return NULL;
    for (int k = 0; k < N_EVENTS; k++)
        if (ev->first[k] != LONG_MAX && event_stage[k] > stage && ev->last[k] <= as_of)
            return ev->by_last[k];
    return NULL;
}

const ev_claim *status_set_aside_by(const evidence *e, size_t p, const ev_claim *c,
                                    int *superseded)
{
    events ev;
    char buf[STATUS_PART_LEN];
    const ev_claim *by;
    int s;
    *superseded = 0;
    if (strcmp(c->property, "stage") != 0)
        return NULL;
    /* a whole claim against whole events, a part's against its own and the whole's */
    find_events(e, p, part_of(c, buf, sizeof buf), &ev);
    s = schema_stage_rank(c->value);
    if ((by = rule_out(&ev, s, ev_when(e, c))))
        return by;
    by = supersede(&ev, s, pdate_last_day(e->view.as_of));
    *superseded = by != NULL;
    return by;
}

/* ---- resolving one part ---- */

/* The stage evidence of one part: stage claims not ruled out, and the
** stages that dated events imply. */
typedef struct obs {
    int stage;
    long when;
    int tier;
} obs;

#define MAX_OBS 4096 /* a project's observations past this are not weighed */

typedef struct part_ctx {
    const evidence *e;
    const char *scope;
    const events *ev;
    obs *o;
    size_t n;
    size_t ruled_out;
} part_ctx;

static void add_obs(part_ctx *x, int stage, long when, int tier)
{
    if (x->n < MAX_OBS)
        x->o[x->n++] = (obs){stage, when, tier};
}

static void gather(const ev_claim *c, void *ctx)
{
    part_ctx *x = ctx;
    long as_of = pdate_last_day(x->e->view.as_of);
    int k;
    pdate d;
    if (!same_scope(c, x->scope))
        return;
    if (strcmp(c->property, "stage") == 0) {
        /* stage claims about a later time say nothing of the state at A */
        int s = schema_stage_rank(c->value);
        long when;
        if (s < 0 || pdate_first_day(c->refers.from) > as_of)
            return;
        when = ev_when(x->e, c);
        if (x->ev && rule_out(x->ev, s, when)) {
            x->ruled_out++;
            return;
        }
        if (x->ev && supersede(x->ev, s, as_of))
            return;
        add_obs(x, s, when, c->tier);
    } else if ((k = event_of(c->property)) >= 0 && !qualified(c) && c->value &&
               !pdate_parse(c->value, &d) && pdate_last_day(d) <= as_of) {
        /* an event certainly past by A shows the stage it brings */
        add_obs(x, event_stage[k], pdate_last_day(d), c->tier);
    }
}

/* Steps 2 to 5 over the observations O[0..N). */
static void resolve_obs(const obs *o, size_t n, status_part *r)
{
    enum { NSTAGES = 8 };
    double score[NSTAGES] = {0}, total = 0;
    long latest = 0;
    int best = -1;

    r->stage = -1;
    r->confidence = 0;
    r->contested = r->overridden = 0;
    /* step 2: weights by tier and age */
    for (size_t i = 0; i < n; i++)
        if (i == 0 || o[i].when > latest)
            latest = o[i].when;
    /* step 3: scores */
    for (size_t i = 0; i < n; i++)
        score[o[i].stage] +=
            ev_tier_weight(o[i].tier) * pow(0.5, (double)(latest - o[i].when) / 365.0);
    for (int s = 0; s < NSTAGES; s++) {
        total += score[s];
        if (score[s] > 0 &&
            (best < 0 || score[s] > score[best] ||
             (score[s] == score[best] && status_ladder(s) < status_ladder(best))))
            best = s;
    }
    if (best < 0)
        return;

    /* step 4: the ground rule */
    {
        long newest_support = 0;
        int all_official = 1;
        const obs *ground = NULL;
        for (size_t i = 0; i < n; i++)
            if (o[i].stage == best) {
                if (!ev_tier_official(o[i].tier))
                    all_official = 0;
                if (o[i].when > newest_support)
                    newest_support = o[i].when;
            }
        for (size_t i = 0; all_official && i < n; i++)
            if (ev_tier_ground(o[i].tier) && o[i].stage != best &&
                o[i].when >= newest_support && (!ground || o[i].when >= ground->when))
                ground = &o[i];
        if (ground) {
            best = ground->stage;
            r->overridden = 1;
        }
    }

    /* step 5: confidence */
    r->stage = best;
    r->confidence = total > 0 ? score[best] / total : 0;
    for (int s = 0; s < NSTAGES; s++)
        if (s != best && total > 0 && score[s] >= 0.25 * total)
            r->contested = 1;
}

static void resolve_part(const evidence *e, size_t p, status_part *part, size_t *ruled_out)
{
    static _Thread_local obs buf[MAX_OBS];
    events ev;
    const char *scope = part->scope[0] ? part->scope : NULL;
    part_ctx x = {e, scope, &ev, buf, 0, 0};
    find_events(e, p, scope, &ev);
    /* a whole claim is checked against whole events only (find_events
    ** with the part's scope also takes the part's own): see status_ruled_out_by */
    {
        size_t f, n = ev_project_claims(e, p, &f);
        events whole;
        find_events(e, p, NULL, &whole);
        for (size_t i = f; i < f + n; i++) {
            const ev_claim *c = &e->claims[i];
            if (!same_scope(c, scope))
                continue;
            char buf[STATUS_PART_LEN];
            x.ev = part_of(c, buf, sizeof buf) ? &ev : &whole;
            gather(c, &x);
        }
        x.ev = NULL; /* events are never ruled out */
        {
            size_t lf, ln = ev_later_of(e, e->projects[p].id, &lf);
            for (size_t i = lf; i < lf + ln; i++)
                if (strcmp(e->later[i].property, "stage") != 0)
                    gather(&e->later[i], &x);
        }
    }
    resolve_obs(buf, x.n, part);
    *ruled_out += x.ruled_out;
}

/* ---- parts ---- */

typedef struct scopes {
    char v[STATUS_MAX_PARTS][STATUS_PART_LEN];
    size_t n;
} scopes;

static void add_scope(const ev_claim *c, void *ctx)
{
    scopes *s = ctx;
    char buf[STATUS_PART_LEN];
    const char *part;
    if (schema_property_kind(c->property) != PROP_STAGE && event_of(c->property) < 0)
        return;
    if (!(part = part_of(c, buf, sizeof buf)))
        return;
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i], part) == 0)
            return;
    if (s->n < STATUS_MAX_PARTS)
        memcpy(s->v[s->n++], part, strlen(part) + 1);
}

static int cmp_part(const void *a, const void *b)
{
    return strcmp(a, b);
}

static void stage_claims(const evidence *e, size_t p, size_t *first, size_t *n)
{
    size_t f, count = ev_project_claims(e, p, &f), i;
    for (i = f; i < f + count && strcmp(e->claims[i].property, "stage") < 0; i++)
        ;
    *first = i;
    for (*n = 0; i < f + count && strcmp(e->claims[i].property, "stage") == 0; i++)
        (*n)++;
}

void status_resolve(const evidence *e, size_t p, status_result *out)
{
    scopes sc;
    status_part whole = {"", -1, 0, 0, 0};

    memset(out, 0, sizeof *out);
    out->project = p;
    out->stage = -1;
    stage_claims(e, p, &out->first, &out->n);
    sc.n = 0;
    each_known(e, p, add_scope, &sc);
    if (sc.n == 0) {
        resolve_part(e, p, &whole, &out->ruled_out);
        out->stage = whole.stage;
        out->confidence = whole.confidence;
        out->contested = whole.contested;
        out->overridden = whole.overridden;
        return;
    }
    /* the whole is as far as its least advanced part; a part with no
    ** evidence yet is least advanced of all */
    sort_array(sc.v, sc.n, sizeof *sc.v, cmp_part);
    out->n_parts = sc.n;
    for (size_t i = 0; i < sc.n; i++) {
        status_part *part = &out->parts[i];
        memcpy(part->scope, sc.v[i], sizeof part->scope);
        resolve_part(e, p, part, &out->ruled_out);
        if (i == 0 || part->confidence < out->confidence)
            out->confidence = part->confidence;
        out->contested |= part->contested;
        out->overridden |= part->overridden;
    }
    for (size_t i = 0; i < sc.n; i++) {
        const status_part *part = &out->parts[i];
        if (part->stage < 0) {
            out->stage = -1;
            out->confidence = 0;
            return;
        }
        if (i == 0 || status_ladder(part->stage) < status_ladder(out->stage) ||
            (status_ladder(part->stage) == status_ladder(out->stage) &&
             part->stage > out->stage))
            out->stage = part->stage;
    }
}

/* ---- the delivery date ---- */

typedef struct earliest {
    const char *scope;
    long as_of;
    pdate d;
} earliest;

static void add_delivery(const ev_claim *c, void *ctx)
{
    earliest *x = ctx;
    int k = event_of(c->property);
    pdate d;
    if ((k != EV_COMPLETION && k != EV_OPENING) || qualified(c) || !same_scope(c, x->scope) ||
        !c->value ||
        pdate_parse(c->value, &d) || pdate_last_day(d) > x->as_of)
        return;
    if (!x->d.y || pdate_cmp(d, x->d) < 0)
        x->d = d;
}

int status_delivery_date(const evidence *e, const status_result *r, pdate *date)
{
    size_t n = r->n_parts ? r->n_parts : 1;
    memset(date, 0, sizeof *date);
    if (!status_delivered(r))
        return 0;
    for (size_t i = 0; i < n; i++) {
        earliest x = {r->n_parts ? r->parts[i].scope : NULL,
                      pdate_last_day(e->view.as_of), {0, 0, 0}};
        each_known(e, r->project, add_delivery, &x);
        if (!x.d.y)
            return 0;
        if (!date->y || pdate_cmp(x.d, *date) > 0)
            *date = x.d;
    }
    return 1;
}

const param status_params[] = {
    {.name = "project", .type = PARAM_ID, .meta = "PROJECT", .refs = REF(C_PROJECT),
     .where = PARAM_BOTH | PARAM_ARG, .off = offsetof(status_opts, project),
     .help = "only this project, with the claims behind its stage"},
    {0}};
