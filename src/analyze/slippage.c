/*
** slippage.c — promise histories; see slippage.h and docs/analyses.md,
** "Slippage".
*/
#include "slippage.h"

#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "status.h"
#include "../core/sort.h"

/* The property a listing's planned_end promises. */
static const char completion[] = "planned_completion";

struct slip_index {
    size_t *start; /* listings of project p: order[start[p] .. start[p+1]) */
    size_t *order; /* listing indices grouped by project */
};

const char *slip_kind_name(slip_kind k)
{
    static const char *const names[] = {"first", "reaffirmation", "postponement", "advance"};
    return k <= SLIP_ADVANCE ? names[k] : "";
}

int slip_index_new(const evidence *e, slip_index **out)
{
    slip_index *ix = calloc(1, sizeof *ix);
    size_t *cursor = NULL;

    *out = NULL;
    if (ix) {
        ix->start = calloc(e->n_projects + 1, sizeof *ix->start);
        ix->order = malloc((e->n_listings ? e->n_listings : 1) * sizeof *ix->order);
        cursor = malloc((e->n_projects ? e->n_projects : 1) * sizeof *cursor);
    }
    if (!ix || !ix->start || !ix->order || !cursor) {
        free(cursor);
        slip_index_free(ix);
        return AMUR_ESYS;
    }
    /* a counting sort of the listings by project: linear, and stable */
    for (size_t i = 0; i < e->n_listings; i++) {
        long p = ev_listing_project(e, i);
        if (p >= 0)
            ix->start[p + 1]++;
    }
    for (size_t p = 0; p < e->n_projects; p++) {
        ix->start[p + 1] += ix->start[p];
        cursor[p] = ix->start[p];
    }
    for (size_t i = 0; i < e->n_listings; i++) {
        long p = ev_listing_project(e, i);
        if (p >= 0)
            ix->order[cursor[p]++] = i;
    }
    free(cursor);
    *out = ix;
    return AMUR_OK;
}

void slip_index_free(slip_index *ix)
{
    if (!ix)
        return;
    free(ix->start);
    free(ix->order);
    free(ix);
}

void slip_list_free(slip_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i].promises);
    free(l->items);
    l->items = NULL;
    l->n = 0;
}

/* The listings of project P with a planned_end, as indices in e->listings
** (a new array the caller frees; *N their number). */
static int listed_ends(const evidence *e, const slip_index *ix, size_t p, size_t **out,
                       size_t *n)
{
    size_t cap = ix ? ix->start[p + 1] - ix->start[p] : e->n_listings;
    size_t *v = malloc((cap ? cap : 1) * sizeof *v);
    *out = v;
    *n = 0;
    if (!v)
        return AMUR_ESYS;
    for (size_t k = 0; k < cap; k++) {
        size_t i = ix ? ix->order[ix->start[p] + k] : k;
        const ev_listing *g = &e->listings[i];
        if (!ix && strcmp(g->project, e->projects[p].id) != 0)
            continue;
        if (g->planned_end.y)
            v[(*n)++] = i;
    }
    return AMUR_OK;
}

static const char *promise_id(const slip_promise *s)
{
    return s->claim ? s->claim->id : s->listing->id;
}

/* "In the order they held": the last day of T, then the date D, then id
** (docs/analyses.md, "Slippage"). An undated listing's promise holds
** before every dated one. */
static int cmp_promise(const void *pa, const void *pb)
{
    const slip_promise *a = pa, *b = pb;
    int c = (a->held > b->held) - (a->held < b->held);
    if (c)
        return c;
    c = pdate_cmp(a->made, b->made);
    return c ? c : strcmp(promise_id(a), promise_id(b));
}

/* Whether claim C's scope is SCOPE (both may be NULL). */
static int scope_is(const ev_claim *c, const char *scope)
{
    return c->scope && scope ? strcmp(c->scope, scope) == 0 : !c->scope && !scope;
}

/* The actual_X claim that dates planned_X PROPERTY's event, among the
** project's claims [F, F+N) (sorted by property, then date, then id): of
** the part SCOPE if it has one, else of the whole (which dates every part).
** When the claims' dates overlap they agree, and the most precise wins
** ("2016" and "2016-12-24": 24 December); when they do not, the newest. */
static const ev_claim *find_actual(const evidence *e, size_t f, size_t n, const char *property,
                                   const char *scope)
{
    const char *event = property + strlen("planned_");
    for (int pass = 0; pass < 2; pass++) {
        const ev_claim *newest = NULL, *precise = NULL;
        long max_first = 0, min_last = 0;
        pdate d;
        for (size_t i = f; i < f + n; i++) {
            const ev_claim *c = &e->claims[i];
            const char *p = c->property;
            if (strncmp(p, "actual_", 7) != 0 || strcmp(p + 7, event) != 0 ||
                !(pass == 0 ? scope_is(c, scope) : !c->scope) || !c->value ||
                pdate_parse(c->value, &d))
                continue;
            if (!newest || pdate_first_day(d) > max_first)
                max_first = pdate_first_day(d), precise = c;
            if (!newest || pdate_last_day(d) < min_last)
                min_last = pdate_last_day(d);
            newest = c; /* the last one is the newest */
        }
        if (newest)
            return max_first <= min_last ? precise : newest;
        if (!scope)
            break; /* the whole has no other claims to fall back on */
    }
    return NULL;
}

/* The ladder stage at which EVENT has certainly happened: works began by
** under-construction, were completed by completed, opened by operational.
** Other events are dated by their actual_X claims alone. */
static int event_stage(const char *event)
{
    if (strcmp(event, "start") == 0)
        return 3;
    if (strcmp(event, "completion") == 0)
        return 4;
    if (strcmp(event, "opening") == 0)
        return 5;
    return STAGE_LADDER;
}

/* Delivery and lateness of H (docs/analyses.md, "Slippage"), given the
** project's resolved status ST. FIRST_LAST and FINAL_LAST are the last days
** of the first and final promises. */
static void judge(const evidence *e, const status_result *st, long first_last, long final_last,
                  slip_history *h)
{
    const char *event = h->property + strlen("planned_");
    long as_of_last = pdate_last_day(e->view.as_of);
    int stage = st->stage;
    char buf[STATUS_PART_LEN];
    const char *part = status_part_of(h->scope, buf, sizeof buf);
    /* a part's promise is kept when that part is delivered */
    for (size_t i = 0; part && i < st->n_parts; i++)
        if (strcmp(st->parts[i].scope, part) == 0)
            stage = st->parts[i].stage;
    h->halted = stage >= 0 && status_ladder(stage) < 0;
    if (h->actual_date.y) {
        h->delivered = h->has_days_late = 1;
        h->days_late = pdate_first_day(h->actual_date) - first_last;
    } else if (status_ladder(stage) >= event_stage(event)) {
        h->delivered = 1; /* but when, the record does not say */
    } else {
        h->has_days_late = 1;
        h->days_late = as_of_last > first_last ? as_of_last - first_last : 0;
    }
    h->overdue = !h->delivered && !h->halted && final_last < pdate_first_day(e->view.as_of);
}

/* Whether promise I of H, last day D, is a source recalling a promise
** already in the history: a claim about a time before it was made (T ends
** before D begins) naming a date an earlier promise named. Recalling a
** promise does not make it again, so it moves nothing. */
static int recalls(const slip_history *h, size_t i, long d)
{
    const ev_claim *c = h->promises[i].claim;
    if (!c || pdate_last_day(c->refers.to) >= pdate_first_day(c->date))
        return 0;
    for (size_t j = 0; j < i; j++)
        if (pdate_last_day(h->promises[j].date) == d)
            return 1;
    return 0;
}

static int build_history(const evidence *e, size_t p, const char *property, const char *scope,
                         size_t cf, size_t cn, const size_t *lst, size_t nl, size_t f,
                         size_t n, const status_result *st, slip_history *h)
{
    size_t k = 0;
    long first_last, cur_last;

    memset(h, 0, sizeof *h);
    h->project = p;
    h->property = property;
    h->scope = scope;
    /* a listing promises the whole project's completion */
    if (strcmp(property, completion) != 0 || scope)
        nl = 0;
    if (!(h->promises = calloc(cn + nl ? cn + nl : 1, sizeof *h->promises)))
        return AMUR_ESYS;
    for (size_t i = cf; i < cf + cn; i++) {
        slip_promise *s = &h->promises[k];
        if (!scope_is(&e->claims[i], scope))
            continue;
        if (pdate_parse(e->claims[i].value, &s->date))
            continue; /* cannot happen in a checked database */
        s->made = e->claims[i].date;
        s->held = pdate_last_day(e->claims[i].refers.to);
        s->claim = &e->claims[i];
        k++;
    }
    for (size_t j = 0; j < nl; j++) {
        const ev_listing *g = &e->listings[lst[j]];
        slip_promise *s = &h->promises[k++];
        s->made = e->instruments[g->inst].date;
        s->held = s->made.y ? pdate_last_day(s->made) : LONG_MIN;
        s->date = g->planned_end;
        s->listing = g;
    }
    h->n = k;
    if (k == 0)
        return AMUR_OK;
    sort_array(h->promises, k, sizeof *h->promises, cmp_promise);

    /* compared by last day: a promise "by 2020" holds until 2020-12-31 */
    h->promises[0].kind = SLIP_FIRST;
    first_last = cur_last = pdate_last_day(h->promises[0].date);
    for (size_t i = 1; i < k; i++) {
        long d = pdate_last_day(h->promises[i].date);
        if (d == cur_last || recalls(h, i, d)) {
            h->promises[i].kind = SLIP_REAFFIRMATION;
            h->reaffirmations++;
            continue; /* the current promise stays the one first made */
        }
        h->promises[i].kind = d > cur_last ? SLIP_POSTPONEMENT : SLIP_ADVANCE;
        if (d > cur_last)
            h->postponements++;
        else
            h->advances++;
        h->current = i;
        cur_last = d;
    }
    h->delay_days = cur_last - first_last;
    if ((h->actual = find_actual(e, f, n, property, scope)) &&
        pdate_parse(h->actual->value, &h->actual_date))
        h->actual_date.y = 0;
    judge(e, st, first_last, cur_last, h);
    return AMUR_OK;
}

static int cmp_scope(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    if (!x || !y)
        return !x ? (y ? -1 : 0) : 1;
    return strcmp(x, y);
}

/* The histories of planned property PROP, whose claims are [I, J): one for
** the whole (its unscoped claims, and for completion the listings) and one
** for each part, the whole first, then the parts by scope. */
static int histories_of(const evidence *e, size_t p, const char *prop, size_t i, size_t j,
                        const size_t *lst, size_t nl, size_t f, size_t n,
                        const status_result *st, slip_list *out)
{
    const char **scopes = malloc((j - i + 1) * sizeof *scopes);
    size_t ns = 0;
    int rc = AMUR_OK;
    if (!scopes)
        return AMUR_ESYS;
    scopes[ns++] = NULL; /* the whole, which may have only listings */
    for (size_t k = i; k < j; k++) {
        const char *sc = e->claims[k].scope;
        size_t m = 0;
        while (m < ns && !(sc && scopes[m] && strcmp(scopes[m], sc) == 0) && !(!sc && !scopes[m]))
            m++;
        if (m == ns)
            scopes[ns++] = sc;
    }
    sort_array(scopes, ns, sizeof *scopes, cmp_scope);
    for (size_t k = 0; k < ns && rc == AMUR_OK; k++) {
        slip_history *h = &out->items[out->n++];
        rc = build_history(e, p, prop, scopes[k], i, j - i, lst, nl, f, n, st, h);
        if (rc == AMUR_OK && h->n == 0)
            free(out->items[--out->n].promises);
    }
    free(scopes);
    return rc;
}

int slip_project(const evidence *e, const slip_index *ix, size_t p, slip_list *out)
{
    size_t f, n = ev_project_claims(e, p, &f), runs = 0, *lst = NULL, nl = 0;
    int rc, done_completion;
    status_result st;

    out->items = NULL;
    out->n = 0;
    status_resolve(e, p, &st);
    if ((rc = listed_ends(e, ix, p, &lst, &nl)))
        return rc;
    /* at most one history per claim, one for the listings, and one made
    ** and dropped again for a property with no unscoped claim */
    runs = n + 1;
    if (!(out->items = calloc(runs + 1, sizeof *out->items))) {
        free(lst);
        return AMUR_ESYS;
    }
    /* completion from listings alone goes where its name sorts */
    done_completion = nl == 0;
    for (size_t i = f; i < f + n && rc == AMUR_OK;) {
        const char *prop = e->claims[i].property;
        size_t j = i;
        while (j < f + n && strcmp(e->claims[j].property, prop) == 0)
            j++;
        if (schema_property_kind(prop) == PROP_PLANNED) {
            int c = strcmp(prop, completion);
            if (!done_completion && c > 0) {
                rc = build_history(e, p, completion, NULL, 0, 0, lst, nl, f, n, &st,
                                   &out->items[out->n++]);
                done_completion = 1;
            }
            if (c == 0)
                done_completion = 1;
            rc = rc ? rc : histories_of(e, p, prop, i, j, lst, nl, f, n, &st, out);
        }
        i = j;
    }
    if (rc == AMUR_OK && !done_completion)
        rc = build_history(e, p, completion, NULL, 0, 0, lst, nl, f, n, &st,
                           &out->items[out->n++]);
    free(lst);
    if (rc)
        slip_list_free(out);
    return rc;
}

int slip_project_delay(const evidence *e, const slip_index *ix, size_t p, long *days, int *year)
{
    slip_list l;
    int found = 0;
    if (slip_project(e, ix, p, &l))
        return -1;
    for (size_t i = 0; i < l.n; i++) {
        const slip_history *h = &l.items[i];
        if ((strcmp(h->property, completion) != 0 &&
             strcmp(h->property, "planned_opening") != 0) || !h->has_days_late)
            continue;
        if (!found || h->days_late > *days) {
            *days = h->days_late;
            if (year)
                *year = h->promises[0].date.y;
        }
        found = 1;
    }
    slip_list_free(&l);
    return found;
}

static int cmp_long(const void *pa, const void *pb)
{
    long a = *(const long *)pa, b = *(const long *)pb;
    return (a > b) - (a < b);
}

double slip_median(long *v, size_t n)
{
    sort_array(v, n, sizeof *v, cmp_long);
    if (n % 2)
        return (double)v[n / 2];
    return ((double)v[n / 2 - 1] + (double)v[n / 2]) / 2.0;
}

/* ---- selection ---- */

const param slip_params[] = {
    {.name = "project", .type = PARAM_ID, .meta = "PROJECT", .refs = REF(C_PROJECT),
     .where = PARAM_BOTH | PARAM_ARG, .off = offsetof(slip_opts, project),
     .help = "only this project, promise by promise"},
    {.name = "instrument", .type = PARAM_ID, .meta = "ID", .refs = REF(C_INSTRUMENT),
     .where = PARAM_BOTH, .off = offsetof(slip_opts, instrument),
     .help = "only the projects this instrument lists"},
    {.name = "property", .type = PARAM_PROPERTY, .meta = "P", .where = PARAM_BOTH,
     .off = offsetof(slip_opts, property),
     .help = "only this planned-date property (planned_opening, ...)"},
    {.name = "overdue", .type = PARAM_FLAG, .where = PARAM_BOTH,
     .off = offsetof(slip_opts, overdue),
     .help = "only promises that are overdue at the as-of date"},
    {0}};

int slip_wanted(const slip_opts *o, const slip_history *h)
{
    if (o->property && strcmp(o->property, h->property) != 0)
        return 0;
    return !o->overdue || h->overdue;
}

int slip_each(const evidence *e, const slip_opts *o,
              int (*each)(void *ctx, size_t p, const slip_list *l), void *ctx)
{
    slip_index *ix = NULL;
    unsigned char *listed = NULL;
    size_t from = 0, to = e->n_projects;
    int rc = AMUR_OK;
    if (o->project) {
        long p = ev_find(e, C_PROJECT, o->project);
        if (p < 0)
            return AMUR_OK;
        from = (size_t)p;
        to = from + 1;
    } else if (slip_index_new(e, &ix)) {
        return AMUR_ESYS;
    }
    if (o->instrument) {
        long in = ev_find(e, C_INSTRUMENT, o->instrument);
        if (!(listed = calloc(e->n_projects + 1, 1))) {
            slip_index_free(ix);
            return AMUR_ESYS;
        }
        for (size_t i = 0; in >= 0 && i < e->n_listings; i++) {
            long p = ev_listing_project(e, i);
            if (p >= 0 && e->listings[i].inst == (size_t)in)
                listed[p] = 1;
        }
    }
    for (size_t p = from; rc == AMUR_OK && p < to; p++) {
        slip_list l;
        if (listed && !listed[p])
            continue;
        if ((rc = slip_project(e, ix, p, &l)))
            break;
        rc = each(ctx, p, &l);
        slip_list_free(&l);
    }
    free(listed);
    slip_index_free(ix);
    return rc;
}
