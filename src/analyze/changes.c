/*
** changes.c — the record as known at two dates, and what differs; see
** changes.h and docs/analyses.md, "Changes".
*/
#include "changes.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"
#include "contradictions.h"
#include "search.h"
#include "slippage.h"
#include "status.h"
#include "../core/sort.h"

const char *const chg_kind_names[CHG_KINDS + 1] = {
    "claims",  "stage",         "delivered", "overdue", "postponement",
    "advance", "contradiction", "resolved",  NULL};

const param chg_params[] = {
    {.name = "since", .type = PARAM_DATE, .meta = "DATE", .where = PARAM_BOTH,
     .off = offsetof(chg_opts, since),
     .help = "compare with what was known on this date (default: --days before --until)"},
    {.name = "until", .type = PARAM_DATE, .meta = "DATE", .where = PARAM_BOTH,
     .off = offsetof(chg_opts, until),
     .help = "what was known on this date (default: the day the newest claim was made)"},
    {.name = "days", .type = PARAM_INT, .meta = "N", .def = "90", .min = 1, .max = 3660000,
     .where = PARAM_BOTH, .off = offsetof(chg_opts, days),
     .help = "without --since, the window's length in days"},
    {.name = "project", .type = PARAM_ID, .meta = "ID", .refs = REF(C_PROJECT),
     .where = PARAM_BOTH, .off = offsetof(chg_opts, project), .help = "only changes about this project"},
    {.name = "instrument", .type = PARAM_ID, .meta = "ID", .refs = REF(C_INSTRUMENT),
     .where = PARAM_BOTH, .off = offsetof(chg_opts, instrument),
     .help = "only changes about this instrument and the projects it lists"},
    {.name = "region", .type = PARAM_ID, .meta = "ID", .refs = REF(C_PLACE),
     .where = PARAM_BOTH, .off = offsetof(chg_opts, region),
     .help = "only changes about projects located at this place or within it, and its places"},
    {.name = "q", .type = PARAM_TEXT, .meta = "WORDS", .where = PARAM_BOTH,
     .off = offsetof(chg_opts, q),
     .help = "only changes about what a search for these words finds"},
    {.name = "kind", .type = PARAM_CHOICE, .meta = "KIND", .choices = chg_kind_names,
     .where = PARAM_BOTH, .off = offsetof(chg_opts, kind), .help = "only changes of this kind"},
    {0}};

/* ---- the record as known at a date ---- */

/* Whether a thing dated D exists in the record as known at X (evidence.c's
** rule for listings, with both clocks at X). */
static int dated_by(pdate d, long x)
{
    return !d.y || pdate_last_day(d) <= x;
}

/* The day claim C enters the record as known at a date: the first X at
** which it passes both clocks. */
static long entered(const ev_claim *c)
{
    long d = pdate_last_day(c->date), t = pdate_first_day(c->refers.from);
    return d > t ? d : t;
}


static void side_free(evidence *s)
{
    if (!s)
        return;
    free(s->listings);
    free(s->claims);
    free(s->later);
    evidence_unindex(s);
    free(s);
}

/* The record of E as known at AT (both clocks at AT), made from E, which
** holds everything it needs when AT is within E's clocks: the rows E keeps
** whole are shared, the claims and listings filtered as evidence_load()
** would. NULL when out of memory. */
static evidence *side_new(const evidence *e, pdate at)
{
    evidence *s = calloc(1, sizeof *s);
    long x = pdate_last_day(at);
    size_t nc = 0, nl = 0, ng = 0;
    if (!s)
        return NULL;
    *s = *e;
    memset(s->index, 0, sizeof s->index);
    s->subjects = NULL;
    s->lazy = NULL;
    arena_init(&s->pool, 0, 0); /* the strings are E's */
    s->view.as_of = s->view.known_by = at;
    s->listings = malloc((e->n_listings ? e->n_listings : 1) * sizeof *s->listings);
    s->claims = malloc((e->n_claims ? e->n_claims : 1) * sizeof *s->claims);
    s->later = malloc((e->n_claims + e->n_later ? e->n_claims + e->n_later : 1) *
                      sizeof *s->later);
    if (!s->listings || !s->claims || !s->later) {
        s->n_listings = s->n_claims = s->n_later = 0;
        side_free(s);
        return NULL;
    }
    for (size_t i = 0; i < e->n_listings; i++)
        if (dated_by(e->instruments[e->listings[i].inst].date, x))
            s->listings[nl++] = e->listings[i];
    /* the claims stay in their order: by subject, property, date, id */
    for (size_t i = 0; i < e->n_claims; i++) {
        const ev_claim *c = &e->claims[i];
        prop_kind k;
        if (pdate_last_day(c->date) > x)
            continue;
        if (pdate_first_day(c->refers.from) <= x)
            s->claims[nc++] = *c;
        else if ((k = schema_property_kind(c->property)) == PROP_STAGE || k == PROP_ACTUAL)
            s->later[ng++] = *c;
    }
    for (size_t i = 0; i < e->n_later; i++)
        if (pdate_last_day(e->later[i].date) <= x)
            s->later[ng++] = e->later[i];
    sort_array(s->later, ng, sizeof *s->later, ev_cmp_later);
    s->n_listings = nl;
    s->n_claims = nc;
    s->n_later = ng;
    if (evidence_index(s)) {
        side_free(s);
        return NULL;
    }
    return s;
}

/* ---- the list being built ---- */

typedef struct builder {
    const evidence *e;
    chg_list *l;
    size_t cap, ccap;
    long since, until; /* last days */
    int oom;
} builder;

/* A new change of kind K about SUBJECT, its id made from FMT; NULL when
** out of memory. Its causes are added next with add_cause(). */
static chg_change *add(builder *b, chg_kind k, const char *subject, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static chg_change *add(builder *b, chg_kind k, const char *subject, const char *fmt, ...)
{
    chg_list *l = b->l;
    chg_change *c;
    va_list ap;
    if (b->oom)
        return NULL;
    if (l->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        chg_change *a = realloc(l->items, cap * sizeof *a);
        if (!a) {
            b->oom = 1;
            return NULL;
        }
        l->items = a;
        b->cap = cap;
    }
    c = &l->items[l->n++];
    memset(c, 0, sizeof *c);
    c->kind = k;
    c->subject = subject;
    c->project = ev_find(b->e, C_PROJECT, subject);
    c->stage_from = c->stage_to = -1;
    c->first = l->n_causes;
    va_start(ap, fmt);
    vsnprintf(c->id, sizeof c->id, fmt, ap);
    va_end(ap);
    return c;
}

static void add_cause(builder *b, chg_change *c, const ev_claim *cl)
{
    chg_list *l = b->l;
    if (!c || !cl || b->oom)
        return;
    for (size_t i = c->first; i < l->n_causes; i++)
        if (l->causes[i] == cl)
            return;
    if (l->n_causes == b->ccap) {
        size_t cap = b->ccap ? b->ccap * 2 : 64;
        const ev_claim **a = realloc(l->causes, cap * sizeof *a);
        if (!a) {
            b->oom = 1;
            return;
        }
        l->causes = a;
        b->ccap = cap;
    }
    l->causes[l->n_causes++] = cl;
    c->n++;
}

/* Whether claim C entered in the window. */
static int in_window(const builder *b, const ev_claim *c)
{
    long d = entered(c);
    return d > b->since && d <= b->until;
}

/* ---- claims ---- */

static int cmp_claim_ptr(const void *pa, const void *pb)
{
    return ev_cmp_later(*(const ev_claim *const *)pa, *(const ev_claim *const *)pb);
}

/* One change per subject and date of the claims made in the window. */
static void new_claims(builder *b)
{
    const evidence *a = b->l->after;
    const ev_claim **v = malloc((a->n_claims ? a->n_claims : 1) * sizeof *v);
    size_t n = 0;
    char date[PDATE_BUF];
    if (!v) {
        b->oom = 1;
        return;
    }
    for (size_t i = 0; i < a->n_claims; i++)
        if (pdate_last_day(a->claims[i].date) > b->since)
            v[n++] = &a->claims[i];
    sort_array(v, n, sizeof *v, cmp_claim_ptr);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        chg_change *c = add(b, CHG_CLAIMS, v[i]->subject, "claims/%s/%s", v[i]->subject,
                            pdate_format(v[i]->date, date));
        if (c)
            c->day = pdate_last_day(v[i]->date);
        for (; j < n && !strcmp(v[j]->subject, v[i]->subject) &&
               !pdate_cmp(v[j]->date, v[i]->date);
             j++)
            add_cause(b, c, v[j]);
        i = j;
    }
    free(v);
}

/* ---- stages and delivery ---- */

/* The causes of project P's move to stage TO in the record after: its
** stage and actual_* claims that entered in the window, else (time moved
** it) its stage claims that report TO. Returns the latest cause's
** entered day, or the end of the window when there is none. */
static long stage_causes(builder *b, chg_change *c, size_t p, int to)
{
    const evidence *a = b->l->after;
    size_t first, n = ev_project_claims(a, p, &first);
    long day = 0;
    for (size_t i = first; i < first + n; i++) {
        const ev_claim *cl = &a->claims[i];
        prop_kind k = schema_property_kind(cl->property);
        if ((k == PROP_STAGE || k == PROP_ACTUAL) && in_window(b, cl)) {
            add_cause(b, c, cl);
            if (entered(cl) > day)
                day = entered(cl);
        }
    }
    for (size_t i = first; !day && to >= 0 && i < first + n; i++) {
        const ev_claim *cl = &a->claims[i];
        if (schema_property_kind(cl->property) == PROP_STAGE &&
            strcmp(cl->value, schema_stages[to]) == 0)
            add_cause(b, c, cl);
    }
    return day ? day : b->until;
}

/* The id of C's cause that entered last (by id among equals), or "time". */
static const char *latest_cause(const builder *b, const chg_change *c)
{
    const ev_claim *best = NULL;
    for (size_t i = c->first; i < c->first + c->n; i++) {
        const ev_claim *cl = b->l->causes[i];
        if (!best || entered(cl) > entered(best) ||
            (entered(cl) == entered(best) && strcmp(cl->id, best->id) > 0))
            best = cl;
    }
    return best ? best->id : "time";
}

static void stages(builder *b)
{
    const evidence *e = b->e;
    for (size_t p = 0; p < e->n_projects && !b->oom; p++) {
        status_result r0, r1;
        int delivered;
        chg_change *c;
        status_resolve(b->l->before, p, &r0);
        status_resolve(b->l->after, p, &r1);
        if (r0.stage == r1.stage)
            continue;
        delivered = status_delivered(&r1) && !status_delivered(&r0);
        /* the id names the latest cause, known once the causes are */
        if (!(c = add(b, delivered ? CHG_DELIVERED : CHG_STAGE, e->projects[p].id, "-")))
            return;
        c->stage_from = r0.stage;
        c->stage_to = r1.stage;
        c->day = stage_causes(b, c, p, r1.stage);
        if (delivered)
            snprintf(c->id, sizeof c->id, "delivered/%s", e->projects[p].id);
        else
            snprintf(c->id, sizeof c->id, "stage/%s/%s/%s", e->projects[p].id,
                     r1.stage >= 0 ? schema_stages[r1.stage] : "unknown",
                     latest_cause(b, c));
    }
}

/* ---- promises ---- */

/* The history of L with H's property and scope, or NULL. */
static const slip_history *same_history(const slip_list *l, const slip_history *h)
{
    for (size_t i = 0; i < l->n; i++) {
        const slip_history *g = &l->items[i];
        if (!strcmp(g->property, h->property) &&
            (g->scope && h->scope ? !strcmp(g->scope, h->scope) : g->scope == h->scope))
            return g;
    }
    return NULL;
}

static long promise_entered(const evidence *e, const slip_promise *s)
{
    if (s->claim)
        return entered(s->claim);
    return s->listing->inst < e->n_instruments && e->instruments[s->listing->inst].date.y
               ? pdate_last_day(e->instruments[s->listing->inst].date)
               : 0;
}

static const char *promise_id(const slip_promise *s)
{
    return s->claim ? s->claim->id : s->listing->id;
}

/* The postponements and advances of H that entered in the window. */
static void moves(builder *b, size_t p, const slip_history *h)
{
    size_t cur = 0;
    for (size_t k = 1; k < h->n && !b->oom; k++) {
        const slip_promise *s = &h->promises[k];
        long day = promise_entered(b->e, s);
        chg_change *c;
        if (s->kind != SLIP_POSTPONEMENT && s->kind != SLIP_ADVANCE)
            continue;
        if (day > b->since && day <= b->until &&
            (c = add(b, s->kind == SLIP_POSTPONEMENT ? CHG_POSTPONEMENT : CHG_ADVANCE,
                     b->e->projects[p].id, "%s/%s",
                     s->kind == SLIP_POSTPONEMENT ? "postponement" : "advance",
                     promise_id(s)))) {
            c->day = day;
            c->property = h->property;
            c->scope = h->scope;
            c->from = h->promises[cur].date;
            c->to = s->date;
            c->moved_days = pdate_last_day(c->to) - pdate_last_day(c->from);
            c->listing = s->claim ? NULL : s->listing->id;
            add_cause(b, c, s->claim);
        }
        cur = k;
    }
}

static void overdue(builder *b, size_t p, const slip_history *h, const slip_list *before)
{
    const slip_history *g = same_history(before, h);
    const slip_promise *s = &h->promises[h->current];
    long day = pdate_last_day(s->date) + 1, in = promise_entered(b->e, s);
    chg_change *c;
    if (!h->overdue || (g && g->overdue))
        return;
    c = add(b, CHG_OVERDUE, b->e->projects[p].id, "overdue/%s/%s%s%s/%s",
            b->e->projects[p].id, h->property, h->scope ? "/" : "", h->scope ? h->scope : "",
            promise_id(s));
    if (!c)
        return;
    c->day = in > day ? in : day;
    add_cause(b, c, s->claim);
    /* overdue before the window, but not then: the project was halted, or
    ** delivered by evidence now outweighed; the stage claims that changed
    ** that are causes too */
    if (c->day <= b->since)
        c->day = stage_causes(b, c, p, -1);
    c->property = h->property;
    c->scope = h->scope;
    c->to = s->date;
    c->listing = s->claim ? NULL : s->listing->id;
}

static void promises(builder *b)
{
    slip_index *i0 = NULL, *i1 = NULL;
    if (slip_index_new(b->l->before, &i0) || slip_index_new(b->l->after, &i1)) {
        b->oom = 1;
        goto done;
    }
    for (size_t p = 0; p < b->e->n_projects && !b->oom; p++) {
        slip_list l0, l1;
        if (slip_project(b->l->before, i0, p, &l0)) {
            b->oom = 1;
            break;
        }
        if (slip_project(b->l->after, i1, p, &l1)) {
            slip_list_free(&l0);
            b->oom = 1;
            break;
        }
        for (size_t k = 0; k < l1.n; k++) {
            overdue(b, p, &l1.items[k], &l0);
            moves(b, p, &l1.items[k]);
        }
        slip_list_free(&l0);
        slip_list_free(&l1);
    }
done:
    slip_index_free(i0);
    slip_index_free(i1);
}

/* ---- contradictions ---- */

static int cmp_pair(const void *pa, const void *pb)
{
    const contra_pair *a = pa, *b = pb;
    int c = strcmp(a->a->id, b->a->id);
    return c ? c : strcmp(a->b->id, b->b->id);
}

/* The pair of V (N, sorted by cmp_pair) with P's claims, or NULL. */
static const contra_pair *find_pair(const contra_pair *v, size_t n, const contra_pair *p)
{
    return n ? bsearch(p, v, n, sizeof *v, cmp_pair) : NULL;
}

/* The claim of E's project (subject of C) that rules stage claim C out,
** or NULL. */
static const ev_claim *ruled_out(const evidence *e, const ev_claim *c)
{
    long p = ev_find(e, C_PROJECT, c->subject);
    int superseded;
    const ev_claim *by;
    if (p < 0 || strcmp(c->property, "stage") != 0)
        return NULL;
    by = status_set_aside_by(e, (size_t)p, c, &superseded);
    return superseded ? NULL : by;
}

static chg_change *pair_change(builder *b, chg_kind k, const contra_pair *p)
{
    chg_change *c = add(b, k, p->a->subject, "%s/%s~%s",
                        k == CHG_RESOLVED ? "resolved" : "contradiction", p->a->id, p->b->id);
    if (c) {
        c->property = p->a->property;
        c->scope = p->a->scope;
        c->a = p->a;
        c->b = p->b;
        c->severity = p->severity;
        c->official_ahead = p->official_ahead;
    }
    return c;
}

/* The pair of the record after with the ids of P, if it holds it. */
static void resolved(builder *b, const contra_pair *p, const contra_pair *v1, size_t n1)
{
    const contra_pair *q = find_pair(v1, n1, p);
    const ev_claim *by = NULL;
    chg_change *c;
    if (q) {
        if (ruled_out(b->l->before, p->a) || ruled_out(b->l->before, p->b))
            return;
        if (!(by = ruled_out(b->l->after, q->a)))
            by = ruled_out(b->l->after, q->b);
        if (!by)
            return;
    }
    if ((c = pair_change(b, CHG_RESOLVED, q ? q : p))) {
        c->day = by ? entered(by) : b->until;
        if (c->day <= b->since || c->day > b->until)
            c->day = b->until; /* ruled out by a claim older than the window, as time passed */
        add_cause(b, c, by);
    }
}

static void contradictions(builder *b, amur_err *err)
{
    contra_opts o;
    contra_pair *v0 = NULL, *v1 = NULL;
    size_t n0 = 0, n1 = 0;
    param_defaults(contra_params, &o);
    if (contra_find(b->l->before, &o, &v0, &n0, err) ||
        contra_find(b->l->after, &o, &v1, &n1, err)) {
        b->oom = 1;
        goto done;
    }
    sort_array(v0, n0, sizeof *v0, cmp_pair);
    sort_array(v1, n1, sizeof *v1, cmp_pair);
    for (size_t i = 0; i < n1 && !b->oom; i++) {
        const contra_pair *p = &v1[i];
        chg_change *c;
        if (find_pair(v0, n0, p) || !(c = pair_change(b, CHG_CONTRADICTION, p)))
            continue;
        c->day = entered(p->a) > entered(p->b) ? entered(p->a) : entered(p->b);
        if (in_window(b, p->a))
            add_cause(b, c, p->a);
        if (in_window(b, p->b))
            add_cause(b, c, p->b);
    }
    for (size_t i = 0; i < n0 && !b->oom; i++)
        resolved(b, &v0[i], v1, n1);
done:
    free(v0);
    free(v1);
}

/* ---- what is asked for ---- */

typedef struct filter {
    const chg_opts *o;
    const evidence *e;
    unsigned char *listed; /* by project: listed in --instrument */
    strmap *found;         /* subjects of what --q finds */
    long kind;
} filter;

/* Whether place ID is REGION or lies within it. */
static int within(const evidence *e, const char *id, const char *region)
{
    for (int depth = 0; id && depth < 64; depth++) {
        long k;
        if (!strcmp(id, region))
            return 1;
        if ((k = ev_find(e, C_PLACE, id)) < 0)
            return 0;
        id = e->places[k].parent;
    }
    return 0;
}

static int wanted(const filter *f, const chg_change *c)
{
    const chg_opts *o = f->o;
    long dummy;
    if (f->kind >= 0 && (long)c->kind != f->kind)
        return 0;
    if (o->project && strcmp(c->subject, o->project) != 0)
        return 0;
    if (o->instrument && strcmp(c->subject, o->instrument) != 0 &&
        !(c->project >= 0 && f->listed[c->project]))
        return 0;
    if (o->region && !(c->project >= 0
                           ? within(f->e, f->e->projects[c->project].place, o->region)
                           : within(f->e, c->subject, o->region)))
        return 0;
    if (f->found && !strmap_get(f->found, c->subject, &dummy))
        return 0;
    return 1;
}

/* The subjects of what a search for Q finds in E, into F->found. */
static int search_subjects(filter *f, const char *q, amur_err *err)
{
    const evidence *e = f->e;
    search_index *ix;
    search_hit *h = NULL;
    size_t n = 0;
    int rc;
    if ((rc = search_index_new(e, &ix, err)))
        return rc;
    rc = search_run(ix, q, -1, &h, &n, err);
    if (rc == AMUR_OK && !(f->found = strmap_new()))
        rc = err_set(err, AMUR_ESYS, "out of memory");
    for (size_t i = 0; rc == AMUR_OK && i < n; i++) {
        const char *s = h[i].kind == SK_CLAIM ? e->claims[h[i].index].subject
                        : h[i].kind == SK_SOURCE ? NULL
                                                 : h[i].id;
        if (s && strmap_add(f->found, s, 1, NULL) < 0)
            rc = err_set(err, AMUR_ESYS, "out of memory");
    }
    free(h);
    search_index_free(ix);
    return rc;
}

static int filter_init(filter *f, const evidence *e, const chg_opts *o, amur_err *err)
{
    memset(f, 0, sizeof *f);
    f->o = o;
    f->e = e;
    f->kind = -1;
    for (long k = 0; o->kind && k < CHG_KINDS; k++)
        if (!strcmp(o->kind, chg_kind_names[k]))
            f->kind = k;
    if (o->instrument) {
        if (!(f->listed = calloc(e->n_projects + 1, 1)))
            return err_set(err, AMUR_ESYS, "out of memory");
        for (size_t i = 0; i < e->n_listings; i++) {
            long p = ev_listing_project(e, i);
            if (p >= 0 && !strcmp(e->listings[i].instrument, o->instrument))
                f->listed[p] = 1;
        }
    }
    return o->q ? search_subjects(f, o->q, err) : AMUR_OK;
}

static void filter_free(filter *f)
{
    free(f->listed);
    strmap_free(f->found);
}

/* ---- the window ---- */

long chg_newest_day(const evidence *e)
{
    long d = 0;
    for (size_t i = 0; i < e->n_claims; i++)
        if (pdate_last_day(e->claims[i].date) > d)
            d = pdate_last_day(e->claims[i].date);
    for (size_t i = 0; i < e->n_later; i++)
        if (pdate_last_day(e->later[i].date) > d)
            d = pdate_last_day(e->later[i].date);
    return d;
}

/* The dates O compares, defaults resolved and checked against E's clocks. */
static int window(const evidence *e, const chg_opts *o, chg_list *l, amur_err *err)
{
    long cap = pdate_last_day(e->view.as_of), newest;
    char a[PDATE_BUF], b[PDATE_BUF];
    if (e->view.known_by.y && pdate_last_day(e->view.known_by) < cap)
        cap = pdate_last_day(e->view.known_by);
    if (o->until) {
        pdate_parse(o->until, &l->until);
    } else {
        newest = chg_newest_day(e);
        l->until = pdate_from_days(newest && newest < cap ? newest : cap);
    }
    if (o->since)
        pdate_parse(o->since, &l->since);
    else
        l->since = pdate_from_days(pdate_last_day(l->until) - o->days);
    if (pdate_last_day(l->until) > cap)
        return err_set(err, AMUR_EUSAGE, "until (%s) must not be after the %s date (%s)",
                       pdate_format(l->until, a),
                       e->view.known_by.y && pdate_last_day(e->view.known_by) == cap
                           ? "known-by"
                           : "as-of",
                       pdate_format(pdate_from_days(cap), b));
    if (pdate_last_day(l->since) > pdate_last_day(l->until))
        return err_set(err, AMUR_EUSAGE, "until (%s) must not be before since (%s)",
                       pdate_format(l->until, a), pdate_format(l->since, b));
    return AMUR_OK;
}

/* ---- the whole ---- */

static int cmp_change(const void *pa, const void *pb)
{
    const chg_change *a = pa, *b = pb;
    if (a->day != b->day)
        return a->day < b->day ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    return strcmp(a->id, b->id);
}

/* Keeps the changes F wants, their causes following them. */
static void keep_wanted(chg_list *l, const filter *f)
{
    size_t n = 0, nc = 0;
    for (size_t i = 0; i < l->n; i++) {
        chg_change c = l->items[i];
        if (!wanted(f, &c))
            continue;
        /* causes are kept in place: items and causes only ever move down */
        memmove(&l->causes[nc], &l->causes[c.first], c.n * sizeof *l->causes);
        c.first = nc;
        nc += c.n;
        l->items[n++] = c;
    }
    l->n = n;
    l->n_causes = nc;
}

int chg_compute(const evidence *e, const chg_opts *o, chg_list *out, amur_err *err)
{
    builder b;
    filter f;
    int rc;
    memset(out, 0, sizeof *out);
    if ((rc = window(e, o, out, err)))
        return rc;
    if ((rc = filter_init(&f, e, o, err))) {
        filter_free(&f);
        return rc;
    }
    memset(&b, 0, sizeof b);
    b.e = e;
    b.l = out;
    b.since = pdate_last_day(out->since);
    b.until = pdate_last_day(out->until);
    if (!(out->before = side_new(e, out->since)) || !(out->after = side_new(e, out->until))) {
        filter_free(&f);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    new_claims(&b);
    stages(&b);
    promises(&b);
    contradictions(&b, err);
    if (!b.oom) {
        /* items are sorted after the filter, so causes need not follow them */
        keep_wanted(out, &f);
        sort_array(out->items, out->n, sizeof *out->items, cmp_change);
    }
    filter_free(&f);
    if (b.oom)
        return err->code ? err->code : err_set(err, AMUR_ESYS, "out of memory");
    return AMUR_OK;
}

void chg_list_free(chg_list *l)
{
    free(l->items);
    free(l->causes);
    side_free(l->before);
    side_free(l->after);
    memset(l, 0, sizeof *l);
}

const ev_claim *const *chg_causes(const chg_list *l, const chg_change *c, size_t *n)
{
    *n = c->n;
    return l->causes + c->first;
}
