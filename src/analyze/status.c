/*
** status.c — resolving a project's stage; see status.h and
** docs/analyses.md, "Status", whose steps are numbered as here.
*/
#include "status.h"

#include <math.h>
#include <string.h>

#include "../core/schema.h"

int status_ladder(int stage)
{
    return stage >= 0 && stage < STAGE_LADDER ? stage : -1;
}

/* The range of stage claims of project P in e->claims. */
static void stage_claims(const evidence *e, size_t p, size_t *first, size_t *n)
{
    size_t f, count = ev_project_claims(e, p, &f), i;
    for (i = f; i < f + count && strcmp(e->claims[i].property, "stage") < 0; i++)
        ;
    *first = i;
    for (*n = 0; i < f + count && strcmp(e->claims[i].property, "stage") == 0; i++)
        (*n)++;
}

/* Whether claim C speaks about the part SCOPE (NULL: the whole project).
** A claim without a scope speaks about the whole, so about every part. */
static int same_scope(const ev_claim *c, const char *scope)
{
    return !c->scope || (scope && strcmp(c->scope, scope) == 0);
}

/* Steps 2 to 5 over the claims of R's range whose scope is SCOPE. */
static void resolve_scope(const evidence *e, status_result *r, const char *scope)
{
    enum { NSTAGES = 8 };
    double score[NSTAGES] = {0}, total = 0;
    long latest = 0;
    int best = -1, all_official = 1, any = 0;
    const size_t end = r->first + r->n;

    r->stage = -1;
    r->confidence = 0;
    r->contested = r->overridden = 0;
    /* step 2: weights by tier and age */
    for (size_t i = r->first; i < end; i++) {
        long w = ev_when(e, &e->claims[i]);
        if (!same_scope(&e->claims[i], scope))
            continue;
        if (!any++ || w > latest)
            latest = w;
    }
    /* step 3: scores */
    for (size_t i = r->first; i < end; i++) {
        const ev_claim *c = &e->claims[i];
        int s = schema_stage_rank(c->value);
        double age = (double)(latest - ev_when(e, c));
        if (s < 0 || !same_scope(c, scope))
            continue;
        score[s] += ev_tier_weight(c->tier) * pow(0.5, age / 365.0);
    }
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
        const ev_claim *ground = NULL;
        for (size_t i = r->first; i < end; i++) {
            const ev_claim *c = &e->claims[i];
            if (same_scope(c, scope) && schema_stage_rank(c->value) == best) {
                if (!ev_tier_official(c->tier))
                    all_official = 0;
                if (ev_when(e, c) > newest_support)
                    newest_support = ev_when(e, c);
            }
        }
        for (size_t i = r->first; all_official && i < end; i++) {
            const ev_claim *c = &e->claims[i];
            if (same_scope(c, scope) && ev_tier_ground(c->tier) &&
                schema_stage_rank(c->value) != best && schema_stage_rank(c->value) >= 0 &&
                ev_when(e, c) >= newest_support &&
                (!ground || ev_when(e, c) >= ev_when(e, ground)))
                ground = c;
        }
        if (ground) {
            best = schema_stage_rank(ground->value);
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

void status_resolve(const evidence *e, size_t p, status_result *out)
{
    int scoped = 0;

    memset(out, 0, sizeof *out);
    out->project = p;
    out->stage = -1;
    stage_claims(e, p, &out->first, &out->n);
    if (out->n == 0)
        return; /* step 1 */
    for (size_t i = out->first; i < out->first + out->n; i++)
        scoped |= e->claims[i].scope != NULL;
    if (!scoped) {
        resolve_scope(e, out, NULL);
        return;
    }
    /* Only parts are reported on (side=ru, side=cn): the project is as far
    ** as its least advanced part. */
    {
        status_result part = *out, least = *out;
        int have = 0;
        least.stage = -1;
        for (size_t i = out->first; i < out->first + out->n; i++) {
            const char *scope = e->claims[i].scope;
            int seen = !scope; /* the whole is resolved with each part */
            for (size_t k = out->first; k < i && !seen; k++)
                seen = e->claims[k].scope && strcmp(e->claims[k].scope, scope) == 0;
            if (seen)
                continue; /* this scope was resolved already */
            resolve_scope(e, &part, scope);
            if (part.stage < 0)
                continue;
            if (!have || status_ladder(part.stage) < status_ladder(least.stage)) {
                double conf = have && least.confidence < part.confidence ? least.confidence
                                                                         : part.confidence;
                int contested = least.contested || part.contested;
                int overridden = least.overridden || part.overridden;
                least = part;
                least.confidence = conf;
                least.contested = contested;
                least.overridden = overridden;
            } else {
                if (part.confidence < least.confidence)
                    least.confidence = part.confidence;
                least.contested |= part.contested;
                least.overridden |= part.overridden;
            }
            have = 1;
        }
        if (have)
            *out = least;
    }
}
