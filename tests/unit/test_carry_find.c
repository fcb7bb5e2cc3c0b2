/*
** test_carry_find.c — carry-over detection (src/analyze/carryover.h)
** against the exact comparison of every pair of names: carry_find indexes
** only each name's rarest n-grams (prefix filtering), which must never
** lose a pair that scores the threshold. Names are drawn from a few
** syllables, so that many pairs share n-grams and many score near the
** threshold.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/carryover.h"
#include "core/schema.h"

#define NPROJ 700
#define NPLACE 4
#define NINST 3

static const char *const syl_en[] = {"ba", "ko", "ri", "mu", "te", "la", "zo", "ni"};
static const char *const syl_ru[] = {"ба", "ко", "ри", "му", "те", "ла", "зо", "ни"};
static const char *const syl_zh[] = {"巴", "科", "里", "穆", "特", "拉", "佐", "尼"};
static const char *const kind_en[] = {" port", " bridge", " zone"};
static const char *const kind_ru[] = {"Порт ", "Мост ", "Зона "};
static const char *const kind_zh[] = {"港", "桥", "区"};

typedef struct fixture {
    evidence e;
    ev_project prj[NPROJ];
    ev_listing lst[NPROJ];
    ev_instrument ins[NINST];
    ev_place pl[NPLACE];
    char names[NPROJ][3][64];
    char ids[NPROJ][2][16];
    char pids[NPLACE][16], iids[NINST][16];
} fixture;

static unsigned long rng = 12345;

static unsigned pick(unsigned n)
{
    rng = rng * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)((rng >> 33) % n);
}

static void build(fixture *x)
{
    memset(x, 0, sizeof *x);
    for (int i = 0; i < NPLACE; i++) {
        snprintf(x->pids[i], sizeof x->pids[i], "pl-%d", i);
        x->pl[i].id = x->pids[i];
    }
    for (int i = 0; i < NINST; i++) {
        snprintf(x->iids[i], sizeof x->iids[i], "in-%d", i);
        x->ins[i].id = x->iids[i];
        assert_null(pdate_parse(i == 0 ? "2001" : i == 1 ? "2005" : "2010", &x->ins[i].date));
    }
    for (int p = 0; p < NPROJ; p++) {
        unsigned k = pick(3), n = 2 + pick(3), s[4];
        char *en = x->names[p][0], *ru = x->names[p][1], *zh = x->names[p][2];
        for (unsigned j = 0; j < n; j++)
            s[j] = pick(8);
        strcpy(ru, kind_ru[k]);
        for (unsigned j = 0; j < n; j++) {
            strcat(en, syl_en[s[j]]);
            strcat(ru, syl_ru[s[j]]);
            strcat(zh, syl_zh[s[j]]);
        }
        strcat(en, kind_en[k]);
        strcat(zh, kind_zh[k]);
        snprintf(x->ids[p][0], 16, "p-%d", p);
        snprintf(x->ids[p][1], 16, "l-%d", p);
        x->prj[p].id = x->ids[p][0];
        x->prj[p].name.en = en;
        /* some names missing in a language; some projects with no place */
        x->prj[p].name.ru = pick(5) ? ru : NULL;
        x->prj[p].name.zh = pick(4) ? zh : NULL;
        x->prj[p].place = pick(6) ? x->pids[pick(NPLACE)] : NULL;
        x->lst[p].id = x->ids[p][1];
        x->lst[p].project = x->prj[p].id;
        x->lst[p].inst = pick(NINST);
        x->lst[p].instrument = x->iids[x->lst[p].inst];
    }
    x->e.places = x->pl;
    x->e.n_places = NPLACE;
    x->e.instruments = x->ins;
    x->e.n_instruments = NINST;
    x->e.projects = x->prj;
    x->e.n_projects = NPROJ;
    x->e.listings = x->lst;
    x->e.n_listings = NPROJ;
    assert_int_equal(evidence_index(&x->e), AMUR_OK);
}

static void unbuild(fixture *x)
{
    evidence_unindex(&x->e);
}

/* Every pair found is exact, and every exact pair is found. */
static void check(const fixture *x, double t)
{
    carry_pair *pairs;
    size_t n, exact = 0;
    amur_err err = {0, ""};
    char *seen = calloc((size_t)NPROJ * NPROJ, 1);
    assert_non_null(seen);
    assert_int_equal(carry_find(&x->e, t, &pairs, &n, &err), AMUR_OK);
    for (size_t i = 0; i < n; i++) {
        size_t a = pairs[i].a, b = pairs[i].b; /* listing i is project i's */
        assert_false(pairs[i].declared);
        assert_true(x->lst[a].inst < x->lst[b].inst); /* a is the earlier */
        assert_true(pairs[i].score >= t);
        assert_float_equal(pairs[i].score,
                           carry_similarity(&x->prj[a].name, &x->prj[b].name), 1e-12);
        assert_false(seen[a * NPROJ + b]);
        seen[a * NPROJ + b] = seen[b * NPROJ + a] = 1;
    }
    for (size_t p = 0; p < NPROJ; p++)
        for (size_t q = p + 1; q < NPROJ; q++) {
            const char *pa = x->prj[p].place, *pb = x->prj[q].place;
            if (x->lst[p].inst == x->lst[q].inst || (pa && pb && strcmp(pa, pb) != 0))
                continue;
            if (carry_similarity(&x->prj[p].name, &x->prj[q].name) < t)
                continue;
            exact++;
            if (!seen[p * NPROJ + q])
                fail_msg("t=%g: %s and %s (%.4f) missed", t, x->prj[p].name.en,
                         x->prj[q].name.en,
                         carry_similarity(&x->prj[p].name, &x->prj[q].name));
        }
    assert_int_equal(exact, n);
    free(pairs);
    free(seen);
}

static void all_pairs(void **state)
{
    static fixture x;
    static const double ts[] = {0.3, 1.0 / 3, 0.35, 0.5, 0.6, 2.0 / 3, 0.7, 0.9, 1.0};
    (void)state;
    build(&x);
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        check(&x, ts[i]);
    unbuild(&x);
}

/* A threshold no name can reach, and an empty set. */
static void edges(void **state)
{
    static fixture x;
    carry_pair *pairs;
    size_t n;
    amur_err err = {0, ""};
    (void)state;
    build(&x);
    assert_int_equal(carry_find(&x.e, 1.5, &pairs, &n, &err), AMUR_OK);
    assert_int_equal(n, 0);
    free(pairs);
    x.e.n_projects = x.e.n_listings = 0;
    assert_int_equal(carry_find(&x.e, 0.5, &pairs, &n, &err), AMUR_OK);
    assert_int_equal(n, 0);
    free(pairs);
    unbuild(&x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(all_pairs),
        cmocka_unit_test(edges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
