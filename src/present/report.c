/*
** report.c — see report.h. Each section runs one analysis with its
** documented defaults (docs/analyses.md) and says what it found; the
** headlines are the most telling sentence of each.
*/
#include "report.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "findings.h"
#include "../analyze/carryover.h"
#include "../analyze/contradictions.h"
#include "../analyze/inflation.h"
#include "../analyze/regions.h"
#include "../analyze/risks.h"
#include "../analyze/scorecard.h"
#include "../analyze/slippage.h"
#include "../analyze/status.h"
#include "../core/schema.h"

/* Headlines are gathered while the sections are written, then put first. */
#define MAX_HEADLINES 16

/* Carry-over detection is the longest analysis and needs nothing the other
** sections make, so it runs in a thread of its own while they are written. */
typedef struct carry_job {
    const evidence *e;
    carry_pair *pairs;
    size_t n;
    amur_err err;
    int rc;
    int started; /* the thread is running: join it before reading */
    pthread_t th;
} carry_job;

typedef struct report {
    const evidence *e;
    doc *body;
    char *head[MAX_HEADLINES];
    const char *head_link[MAX_HEADLINES];
    size_t nhead;
    int oom;
    /* Each project's stage and delay, worked out once for the sections
    ** that need them (status, scorecards, risks); NULL when out of memory,
    ** and each section then works them out itself. */
    int *stage;
    long *delay;
    signed char *has_delay;
    int *delay_year;
    carry_job carry;
} report;

static void headline(report *r, const char *link, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void headline(report *r, const char *link, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    if (r->nhead == MAX_HEADLINES)
        return;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (!(r->head[r->nhead] = strdup(buf))) {
        r->oom = 1;
        return;
    }
    r->head_link[r->nhead++] = link;
}

/* The plural ending for N things. */
static const char *S(size_t n)
{
    return n == 1 ? "" : "s";
}

static const char *project_name(const evidence *e, size_t p)
{
    return e->projects[p].name.en ? e->projects[p].name.en : e->projects[p].id;
}

/* The English name of any subject, else its id. */
static const char *subject_name(const evidence *e, const char *id)
{
    long i;
    if ((i = ev_find(e, C_PROJECT, id)) >= 0)
        return project_name(e, (size_t)i);
    if ((i = ev_find(e, C_INSTRUMENT, id)) >= 0 && e->instruments[i].name.en)
        return e->instruments[i].name.en;
    if ((i = ev_find(e, C_PLACE, id)) >= 0 && e->places[i].name.en)
        return e->places[i].name.en;
    if ((i = ev_find(e, C_ACTOR, id)) >= 0 && e->actors[i].name.en)
        return e->actors[i].name.en;
    return id;
}

static const char *source_name(const evidence *e, const char *id)
{
    long i = ev_find(e, C_SOURCE, id);
    if (i < 0)
        return id;
    return e->sources[i].publisher ? e->sources[i].publisher : e->sources[i].title;
}

static const char *tier_name(int tier)
{
    return tier >= 0 ? schema_tiers[tier] : "unknown tier";
}

static char *fmt_date(pdate d, char buf[PDATE_BUF])
{
    if (!d.y) {
        snprintf(buf, PDATE_BUF, "undated");
        return buf;
    }
    return pdate_format(d, buf);
}

/* ---- status ---- */

static void section_status(report *r)
{
    const evidence *e = r->e;
    static const char *const heads[] = {"project", "stage", "confidence", "claims", "flags"};
    size_t counts[9] = {0}, unknown = 0, contested = 0, delivered = 0;
    doc_heading(r->body, 1, "status", "Where each project stands");
    doc_table(r->body, 5, heads);
    for (size_t p = 0; p < e->n_projects; p++) {
        status_result s;
        char conf[16], n[16];
        const char *cells[5];
        status_resolve(e, p, &s);
        if (r->stage)
            r->stage[p] = s.stage;
        if (s.stage < 0)
            unknown++;
        else
            counts[s.stage]++;
        contested += s.contested;
        delivered += status_delivered(&s);
        snprintf(conf, sizeof conf, "%.2f", s.confidence);
        snprintf(n, sizeof n, "%zu", s.n);
        cells[0] = project_name(e, p);
        cells[1] = s.stage >= 0 ? schema_stages[s.stage] : "no evidence";
        cells[2] = s.stage >= 0 ? conf : "";
        cells[3] = n;
        cells[4] = s.overridden ? "ground rule" : s.contested ? "contested" : "";
        doc_row(r->body, cells);
    }
    doc_para(r->body,
             "%zu projects: %zu delivered (completed or operational in every part), %zu under "
             "construction, %zu with no stage evidence (for the whole or for a part); %zu "
             "contested between sources.",
             e->n_projects, delivered, counts[3], unknown, contested);
}

/* ---- programmes ---- */

static void section_scorecards(report *r)
{
    const evidence *e = r->e;
    scorecard *sc;
    size_t n;
    doc_heading(r->body, 1, "programmes", "Programmes: what was listed, what became of it");
    sc_facts facts = {r->stage, r->delay, r->has_delay};
    if (scorecard_all_facts(e, -1, r->stage && r->delay ? &facts : NULL, &sc, &n)) {
        r->oom = 1;
        return;
    }
    if (n == 0)
        doc_para(r->body, "No instrument lists projects.");
    for (size_t i = 0; i < n; i++) {
        const scorecard *s = &sc[i];
        const ev_instrument *in = &e->instruments[s->inst];
        const char *labels[SC_STAGES];
        double v[SC_STAGES];
        size_t nb = 0;
        doc_heading(r->body, 2, in->id, in->name.en ? in->name.en : in->id);
        doc_para(r->body,
                 "%zu project%s listed one by one, %zu of them with stage evidence; "
                 "implementation %zu of %zu, delivery %zu of %zu.",
                 s->listed, S(s->listed), s->tracked, s->implementation.k, s->implementation.n,
                 s->delivery.k, s->delivery.n);
        for (int st = 0; st < SC_STAGES; st++) {
            if (!s->by_stage[st])
                continue;
            labels[nb] = st == SC_UNTRACKED ? "untracked" : schema_stages[st];
            v[nb++] = (double)s->by_stage[st];
        }
        if (nb)
            doc_bars(r->body, "Listed projects by stage", nb, labels, v, v, " projects",
                     (double)s->listed);
        for (size_t k = 0; k < s->n_reported; k++) {
            const sc_reported *rep = &s->reported[k];
            const ev_claim *c = rep->claim;
            char d[PDATE_BUF];
            if (rep->item_level >= 0)
                doc_item(r->body, NULL,
                         "Reported by %s (%s, %s): %g %s%s%s; tracked one by one: %ld.",
                         source_name(e, c->source), tier_name(c->tier), fmt_date(c->date, d),
                         rep->value, c->unit ? c->unit : "", c->scope ? " — " : "",
                         c->scope ? c->scope : "", rep->item_level);
            else
                doc_item(r->body, NULL, "Reported by %s (%s, %s): %g %s%s%s.",
                         source_name(e, c->source), tier_name(c->tier), fmt_date(c->date, d),
                         rep->value, c->unit ? c->unit : "", c->scope ? " — " : "",
                         c->scope ? c->scope : "");
            if (k == 0 && s->total.claim && s->total.value > 0)
                headline(r, in->id,
                         "%s: %g projects reported; Amur tracks %zu of them one by one "
                         "(coverage %.0f%%).",
                         in->name.en ? in->name.en : in->id, s->total.value, s->listed,
                         100.0 * (double)s->listed / s->total.value);
        }
        for (size_t k = 0; k < s->n_reported; k++) {
            const sc_reported *rep = &s->reported[k];
            const char *cur = rep->claim->scope;
            char key[64], val[128];
            int has_stage = 0;
            while (cur && sc_scope_next(&cur, key, sizeof key, val, sizeof val) > 0)
                has_stage |= strcmp(key, "stage") == 0;
            if (has_stage) {
                char d[PDATE_BUF];
                headline(r, in->id, "%s: the reported aggregate says %g (%s) as of %s, per %s.",
                         in->name.en ? in->name.en : in->id, rep->value, rep->claim->scope,
                         fmt_date(rep->claim->refers.to, d), source_name(e, rep->claim->source));
                break;
            }
        }
    }
    scorecard_free(sc, n);
}

/* ---- contradictions ---- */

/* A claim as the report cites it: source, tier, date, value, the quote and
** whose words they are (fj_provenance), and the claim's note. */
static void claim_line(report *r, const char *label, const ev_claim *c)
{
    char d[PDATE_BUF], prov[512];
    fj_provenance(r->e, c, prov, sizeof prov);
    doc_item(r->body, NULL, "%s %s (%s, %s): %s%s%s%s%s%s%s%s%s [%s]", label,
             source_name(r->e, c->source), tier_name(c->tier), fmt_date(c->date, d), c->value,
             c->quote ? " — “" : "", c->quote ? c->quote : "", c->quote ? "”" : "",
             prov[0] ? " (" : "", prov, prov[0] ? ")" : "", c->note ? ". Note: " : "",
             c->note ? c->note : "", c->id);
}

static void section_contradictions(report *r, amur_err *err)
{
    const evidence *e = r->e;
    contra_opts o;
    contra_pair *pairs;
    size_t n, ahead = 0;
    param_defaults(contra_params, &o);
    doc_heading(r->body, 1, "contradictions", "Contradictions between sources");
    if (contra_find(e, &o, &pairs, &n, err)) {
        r->oom = 1;
        return;
    }
    for (size_t i = 0; i < n; i++)
        ahead += pairs[i].official_ahead;
    doc_para(r->body,
             "%zu pairs of claims disagree about the same thing within %ld days; in %zu an "
             "official source reports a later stage than regional or local ones.",
             n, o.window, ahead);
    for (size_t i = 0; i < n; i++) {
        const contra_pair *p = &pairs[i];
        doc_para(r->body, "%s — %s: severity %d%s%s", subject_name(e, p->a->subject),
                 p->a->property, p->severity, p->official_ahead ? ", official ahead" : "",
                 p->same_source ? ", one source contradicting itself" : "");
        claim_line(r, "A:", p->a);
        claim_line(r, "B:", p->b);
    }
    for (size_t i = 0; i < n; i++) {
        const contra_pair *p = &pairs[i];
        char da[PDATE_BUF], db[PDATE_BUF];
        if (!p->official_ahead)
            continue;
        /* the headline leads to the project, where both claims stand side by side */
        headline(r, ev_find(e, C_PROJECT, p->a->subject) >= 0 ? p->a->subject : "contradictions",
                 "%s: %s (%s) said “%s” on %s, while %s (%s) said “%s” on %s; %zu "
                 "contradiction%s in all where an official source is ahead of ground ones.",
                 subject_name(e, p->a->subject), source_name(e, p->a->source),
                 tier_name(p->a->tier), p->a->value, fmt_date(p->a->date, da),
                 source_name(e, p->b->source), tier_name(p->b->tier), p->b->value,
                 fmt_date(p->b->date, db), ahead, S(ahead));
        break;
    }
    free(pairs);
}

/* ---- slippage ---- */

static void section_slippage(report *r)
{
    const evidence *e = r->e;
    static const char *const heads[] = {"project", "property", "first promise", "final promise",
                                        "postponements", "days late", "overdue"};
    slip_index *ix;
    size_t postponed = 0, overdue = 0;
    long worst = 0;
    char worst_text[512] = "";
    const char *worst_project = "slippage";
    doc_heading(r->body, 1, "slippage", "Promised dates and how they slipped");
    if (slip_index_new(e, &ix)) {
        r->oom = 1;
        return;
    }
    doc_table(r->body, 7, heads);
    for (size_t p = 0; p < e->n_projects; p++) {
        slip_list l;
        if (slip_project(e, ix, p, &l)) {
            r->oom = 1;
            break;
        }
        for (size_t k = 0; k < l.n; k++) {
            const slip_history *h = &l.items[k];
            char a[PDATE_BUF], b[PDATE_BUF], np[16], dl[24], prop[256];
            const char *cells[7];
            snprintf(np, sizeof np, "%d", h->postponements);
            if (h->has_days_late)
                snprintf(dl, sizeof dl, "%ld", h->days_late);
            else
                snprintf(dl, sizeof dl, "no date");
            if (h->scope)
                snprintf(prop, sizeof prop, "%s (%s)", h->property, h->scope);
            else
                snprintf(prop, sizeof prop, "%s", h->property);
            cells[0] = project_name(e, p);
            cells[1] = prop;
            cells[2] = fmt_date(h->promises[0].date, a);
            cells[3] = fmt_date(h->promises[h->current].date, b);
            cells[4] = np;
            cells[5] = dl;
            cells[6] = h->overdue ? "overdue" : "";
            doc_row(r->body, cells);
            postponed += h->postponements > 0;
            overdue += h->overdue;
            if (h->has_days_late && h->days_late > worst) {
                char act[PDATE_BUF];
                worst = h->days_late;
                worst_project = e->projects[p].id;
                if (h->delivered)
                    snprintf(worst_text, sizeof worst_text,
                             "%s: %s first promised for %s, delivered %s: %ld days late "
                             "(%d postponement%s).",
                             project_name(e, p), prop, a,
                             fmt_date(h->actual_date, act), h->days_late, h->postponements,
                             h->postponements == 1 ? "" : "s");
                else
                    snprintf(worst_text, sizeof worst_text,
                             "%s: %s first promised for %s, latest promise %s, not delivered: "
                             "%ld days late (%d postponement%s%s).",
                             project_name(e, p), prop, a, b, h->days_late,
                             h->postponements, h->postponements == 1 ? "" : "s",
                             h->overdue ? ", overdue" : "");
            }
        }
        slip_list_free(&l);
    }
    slip_index_free(ix);
    doc_para(r->body, "%zu promised dates were postponed at least once; %zu are overdue.",
             postponed, overdue);
    if (worst_text[0])
        headline(r, worst_project, "%s", worst_text);
}

/* ---- carry-over ---- */

static void *carry_run(void *arg)
{
    carry_job *j = arg;
    carry_opts o;
    param_defaults(carry_params, &o);
    j->rc = carry_find(j->e, o.threshold, &j->pairs, &j->n, &j->err);
    return NULL;
}

static void section_carryover(report *r, amur_err *err)
{
    const evidence *e = r->e;
    static const char *const heads[] = {"project", "from", "to", "score", "how"};
    carry_pair *pairs;
    size_t n, declared = 0, implementing = 0;
    doc_heading(r->body, 1, "carryover", "Projects carried into later instruments");
    if (r->carry.started) {
        pthread_join(r->carry.th, NULL);
        r->carry.started = 0;
    } else {
        carry_run(&r->carry);
    }
    pairs = r->carry.pairs;
    n = r->carry.n;
    r->carry.pairs = NULL;
    if (r->carry.rc) {
        *err = r->carry.err;
        r->oom = 1;
        return;
    }
    doc_table(r->body, 5, heads);
    for (size_t i = 0; i < n; i++) {
        const ev_listing *a = &e->listings[pairs[i].a], *b = &e->listings[pairs[i].b];
        long pa = ev_listing_project(e, pairs[i].a);
        char score[16];
        const char *cells[5];
        snprintf(score, sizeof score, "%.2f", pairs[i].score);
        cells[0] = pa >= 0 ? project_name(e, (size_t)pa) : a->project;
        cells[1] = subject_name(e, a->instrument);
        cells[2] = subject_name(e, b->instrument);
        cells[3] = score;
        cells[4] = pairs[i].implementing ? "implementing instrument"
                   : pairs[i].declared     ? "declared"
                                           : "detected by name";
        doc_row(r->body, cells);
    }
    carry_count(pairs, n, &declared, &implementing);
    doc_para(r->body,
             "%zu carry-overs: %zu declared, %zu detected by matching names; %zu listed again "
             "in a later planning document, %zu in an instrument implementing the earlier one.",
             n, declared, n - declared, n - implementing, implementing);
    if (n - implementing)
        headline(r, "carryover", "%zu project%s listed again in a later programme or plan.",
                 n - implementing, n - implementing == 1 ? " was" : "s were");
    else if (n)
        headline(r, "carryover",
                 "No project was listed again in a later programme or plan; %zu listing%s in "
                 "instruments implementing an earlier one.",
                 implementing, implementing == 1 ? " is" : "s are");
    free(pairs);
}

/* ---- regions ---- */

static void section_regions(report *r, amur_err *err)
{
    const evidence *e = r->e;
    reg_options o;
    reg_region *reg;
    size_t n, falling = 0, rising = 0, with_trend = 0;
    char fell[512] = "", rose[512] = "";
    int from = 0, to = 0;
    const char *partner = NULL;

    param_defaults(regions_params, &o);
    doc_heading(r->body, 1, "regions", "Regions: dependence on the neighbour");
    if (regions_compute(e, &o, &reg, &n, err)) {
        r->oom = 1;
        return;
    }
    {
        static const char *const heads[] = {"region", "sources say", "computed", "on",
                                            "FDI share trend"};
        doc_table(r->body, 5, heads);
    }
    for (size_t i = 0; i < n; i++) {
        const ev_place *p = &e->places[reg[i].place];
        const reg_trend *t = &reg[i].trend[REG_FDI];
        char on[96] = "", tr[96] = "", said[160] = "";
        const char *cells[5];
        if (reg[i].type != TYPE_NONE) {
            if (reg[i].type_value.lo == reg[i].type_value.hi)
                snprintf(on, sizeof on, "%s %d: %g%%", o.by, reg[i].type_year,
                         reg[i].type_value.lo);
            else
                snprintf(on, sizeof on, "%s %d: %g–%g%%", o.by, reg[i].type_year,
                         reg[i].type_value.lo, reg[i].type_value.hi);
        }
        if (t->has)
            snprintf(tr, sizeof tr, "%g%% → %g%% (%d–%d), %s", t->from_value, t->to_value,
                     t->from, t->to, regions_direction(t));
        if (reg[i].classed)
            snprintf(said, sizeof said, "%s (%s)%s", regions_types[reg[i].classed_type],
                     source_name(e, reg[i].classed->source),
                     reg[i].disagrees ? "; the computed class disagrees" : "");
        cells[0] = p->name.en ? p->name.en : p->id;
        cells[1] = said;
        cells[2] = regions_types[reg[i].type];
        cells[3] = on;
        cells[4] = tr;
        doc_row(r->body, cells);
        /* the headline is about regions proper, not countries */
        if (!t->has || !p->kind || strcmp(p->kind, "region") != 0)
            continue;
        with_trend++;
        partner = reg[i].partner;
        from = t->from;
        to = t->to;
        if (t->change < 0) {
            falling++;
            snprintf(fell + strlen(fell), sizeof fell - strlen(fell), "%s%s", *fell ? ", " : "",
                     p->name.en ? p->name.en : p->id);
        } else if (t->change > 0) {
            rising++;
            snprintf(rose + strlen(rose), sizeof rose - strlen(rose), "%s%s %g%% → %g%%",
                     *rose ? ", " : "", p->name.en ? p->name.en : p->id, t->from_value,
                     t->to_value);
        }
    }
    /* charts: each region's FDI share in the first and last year */
    for (size_t i = 0; i < n; i++) {
        const reg_trend *t = &reg[i].trend[REG_FDI];
        const ev_place *p = &e->places[reg[i].place];
        char title[256];
        const char *labels[2];
        char la[16], lb[16];
        double v[2];
        if (!t->has)
            continue;
        snprintf(title, sizeof title, "%s: partner's share of accumulated inbound FDI",
                 p->name.en ? p->name.en : p->id);
        snprintf(la, sizeof la, "%d", t->from);
        snprintf(lb, sizeof lb, "%d", t->to);
        labels[0] = la;
        labels[1] = lb;
        v[0] = t->from_value;
        v[1] = t->to_value;
        doc_bars(r->body, title, 2, labels, v, v, "%", 100);
    }
    if (with_trend) {
        long pi = partner ? ev_find(e, C_PLACE, partner) : -1;
        const char *pname = pi >= 0 && e->places[pi].name.en ? e->places[pi].name.en
                                                              : "the partner";
        headline(r, "regions",
                 "%s's share of accumulated inbound FDI fell in %zu of %zu regions between %d "
                 "and %d (%s)%s%s%s.",
                 pname, falling, with_trend, from, to, fell, rising ? "; it rose in " : "",
                 rose, "");
    }
    regions_free(reg, n);
}

/* ---- risks ---- */

static void section_risks(report *r)
{
    const evidence *e = r->e;
    risk_result rr;
    risks_opts o;
    param_defaults(risks_params, &o);
    doc_heading(r->body, 1, "risks", "Veto risk: projects with influential opponents");
    /* opponents active at any time: the report looks back over the record */
    if (risks_find_delays(e, (int)o.min_influence, 1, r->delay, r->has_delay, r->delay_year,
                          &rr)) {
        r->oom = 1;
        return;
    }
    for (size_t i = 0; i < rr.n; i++) {
        const risk_project *rp = &rr.items[i];
        doc_para(r->body, "%s%s", project_name(e, rp->project),
                 rp->has_delay ? "" : " (no promised dates to measure days late)");
        for (size_t k = 0; k < rp->n_stakes; k++) {
            const ev_stake *s = &e->stakes[rp->stakes[k]];
            long a = ev_find(e, C_ACTOR, s->actor);
            char f[PDATE_BUF], t[PDATE_BUF];
            doc_item(r->body, NULL, "%s, influence %d, %s–%s%s%s%s",
                     a >= 0 && e->actors[a].name.en ? e->actors[a].name.en : s->actor,
                     s->influence, s->from.y ? pdate_format(s->from, f) : "?",
                     s->to.y ? pdate_format(s->to, t) : "", s->quote ? ": “" : "",
                     s->quote ? s->quote : "", s->quote ? "”" : "");
        }
    }
    {
        char line[512];
        int finding = risks_comparison(&rr, line, sizeof line);
        doc_para(r->body, "%s", line);
        if (finding)
            headline(r, "risks", "%s", line);
        else if (rr.n)
            headline(r, "risks",
                     "%zu project%s had opponents of influence %ld or more at some time.", rr.n,
                     rr.n == 1 ? "" : "s", o.min_influence);
    }
    risks_free(&rr);
}

/* ---- inflation ---- */

static void section_inflation(report *r, amur_err *err)
{
    const evidence *e = r->e;
    inflation x;
    static const char *const heads[] = {"year", "new frameworks", "delivered",
                                        "cumulative frameworks", "cumulative delivered"};
    doc_heading(r->body, 1, "inflation", "Framework inflation");
    if (inflation_compute(e, &x, err)) {
        inflation_free(&x);
        r->oom = 1;
        return;
    }
    doc_table(r->body, 5, heads);
    for (size_t i = 0; i < x.n_years; i++) {
        const infl_year *y = &x.years[i];
        char c[5][24];
        const char *cells[5];
        if (!y->frameworks && !y->delivered)
            continue;
        snprintf(c[0], 24, "%d", y->year);
        snprintf(c[1], 24, "%zu", y->frameworks);
        snprintf(c[2], 24, "%zu", y->delivered);
        snprintf(c[3], 24, "%zu", y->cum_frameworks);
        snprintf(c[4], 24, "%zu", y->cum_delivered);
        for (int k = 0; k < 5; k++)
            cells[k] = c[k];
        doc_row(r->body, cells);
    }
    if (x.n_years) {
        char line[512];
        inflation_headline(e, &x, &x.years[x.n_years - 1], line, sizeof line);
        headline(r, "inflation", "%s.", line);
    }
    inflation_free(&x);
}

/* Each project's delay (slip_project_delay()), into r->delay and
** r->has_delay; left NULL when out of memory. */
static void project_delays(report *r)
{
    const evidence *e = r->e;
    size_t np = e->n_projects ? e->n_projects : 1;
    slip_index *ix = NULL;
    if (!(r->delay = malloc(np * sizeof *r->delay)) ||
        !(r->has_delay = malloc(np * sizeof *r->has_delay)) ||
        !(r->delay_year = malloc(np * sizeof *r->delay_year)) || slip_index_new(e, &ix))
        goto fail;
    for (size_t p = 0; p < e->n_projects; p++) {
        int got;
        r->delay[p] = 0;
        r->delay_year[p] = 0;
        if ((got = slip_project_delay(e, ix, p, &r->delay[p], &r->delay_year[p])) < 0)
            goto fail;
        r->has_delay[p] = (signed char)got;
    }
    slip_index_free(ix);
    return;
fail:
    slip_index_free(ix);
    free(r->delay);
    free(r->has_delay);
    free(r->delay_year);
    r->delay = NULL;
    r->has_delay = NULL;
    r->delay_year = NULL;
}

int report_build(const evidence *e, doc **out, amur_err *err)
{
    report r;
    char title[128], a[PDATE_BUF], k[PDATE_BUF];
    doc *d;

    memset(&r, 0, sizeof r);
    r.e = e;
    *out = NULL;
    if (e->view.known_by.y)
        snprintf(title, sizeof title, "Amur report — as of %s, known by %s",
                 pdate_format(e->view.as_of, a), pdate_format(e->view.known_by, k));
    else
        snprintf(title, sizeof title, "Amur report — as of %s", pdate_format(e->view.as_of, a));
    /* sections go into their own doc, headlines are gathered on the way */
    if (!(d = doc_new(title)) || !(r.body = doc_new(title))) {
        doc_free(d);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    r.carry.e = e;
    r.carry.started = pthread_create(&r.carry.th, NULL, carry_run, &r.carry) == 0;
    r.stage = malloc((e->n_projects ? e->n_projects : 1) * sizeof *r.stage);
    section_status(&r);
    project_delays(&r);
    section_scorecards(&r);
    section_contradictions(&r, err);
    section_slippage(&r);
    section_carryover(&r, err);
    section_regions(&r, err);
    section_risks(&r);
    section_inflation(&r, err);
    free(r.stage);
    free(r.delay);
    free(r.has_delay);
    free(r.delay_year);

    doc_heading(d, 1, "headlines", "Headline findings");
    doc_para(d, "%zu project%s, %zu instrument%s, %zu claim%s from %zu source%s, %zu indicator%s.",
             e->n_projects, S(e->n_projects), e->n_instruments, S(e->n_instruments), e->n_claims,
             S(e->n_claims), e->n_sources, S(e->n_sources), e->n_indicators, S(e->n_indicators));
    for (size_t i = 0; i < r.nhead; i++) {
        doc_item(d, r.head_link[i], "%s", r.head[i]);
        free(r.head[i]);
    }
    doc_append(d, r.body);
    doc_free(r.body);
    if (r.oom) {
        doc_free(d);
        return err->code ? err->code : err_set(err, AMUR_ESYS, "out of memory");
    }
    *out = d;
    return AMUR_OK;
}
