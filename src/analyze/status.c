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

/* The range of stage claims of subject ID in e->claims. */
static void stage_claims(const evidence *e, const char *id, size_t *first, size_t *n)
{
    size_t f, count = ev_claims_of(e, id, &f), i;
    for (i = f; i < f + count && strcmp(e->claims[i].property, "stage") < 0; i++)
        ;
    *first = i;
    for (*n = 0; i < f + count && strcmp(e->claims[i].property, "stage") == 0; i++)
        (*n)++;
}

void status_resolve(const evidence *e, size_t p, status_result *out)
{
    enum { NSTAGES = 8 };
    double score[NSTAGES] = {0}, total = 0;
    long latest = 0;
    int best = -1, all_official = 1;

    memset(out, 0, sizeof *out);
    out->project = p;
    out->stage = -1;
    stage_claims(e, e->projects[p].id, &out->first, &out->n);
    if (out->n == 0)
        return; /* step 1 */

    /* step 2: weights by tier and age */
    for (size_t i = out->first; i < out->first + out->n; i++) {
        long w = ev_when(e, &e->claims[i]);
        if (i == out->first || w > latest)
            latest = w;
    }
    /* step 3: scores */
    for (size_t i = out->first; i < out->first + out->n; i++) {
        const ev_claim *c = &e->claims[i];
        int s = schema_stage_rank(c->value);
        double age = (double)(latest - ev_when(e, c));
        if (s < 0)
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
        for (size_t i = out->first; i < out->first + out->n; i++) {
            const ev_claim *c = &e->claims[i];
            if (schema_stage_rank(c->value) == best) {
                if (!ev_tier_official(c->tier))
                    all_official = 0;
                if (ev_when(e, c) > newest_support)
                    newest_support = ev_when(e, c);
            }
        }
        if (all_official) {
            for (size_t i = out->first; i < out->first + out->n; i++) {
                const ev_claim *c = &e->claims[i];
                if (ev_tier_ground(c->tier) && schema_stage_rank(c->value) != best &&
                    schema_stage_rank(c->value) >= 0 && ev_when(e, c) >= newest_support &&
                    (!ground || ev_when(e, c) >= ev_when(e, ground)))
                    ground = c;
            }
        }
        if (ground) {
            best = schema_stage_rank(ground->value);
            out->overridden = 1;
        }
    }

    /* step 5: confidence */
    out->stage = best;
    out->confidence = total > 0 ? score[best] / total : 0;
    for (int s = 0; s < NSTAGES; s++)
        if (s != best && total > 0 && score[s] >= 0.25 * total)
            out->contested = 1;
}
