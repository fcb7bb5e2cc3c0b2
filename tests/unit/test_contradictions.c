/*
** test_contradictions.c — the pairwise rules of docs/analyses.md,
** "Contradictions" (src/analyze/contradictions.h): gaps between periods,
** which values differ, severities and the official_ahead flag.
** Tier indices are those of schema_tiers: federal 0, regional 1,
** national-media 5, local-media 6, academic 8.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "analyze/contradictions.h"

enum { FEDERAL = 0, REGIONAL = 1, NATIONAL_MEDIA = 5, LOCAL_MEDIA = 6, ACADEMIC = 8 };

static period P(const char *s)
{
    period p;
    assert_null(period_parse(s, &p));
    return p;
}

static ev_claim C(const char *property, const char *value, const char *unit, int tier)
{
    ev_claim c;
    memset(&c, 0, sizeof c);
    c.id = "c";
    c.subject = "x";
    c.property = property;
    c.value = value;
    c.unit = unit;
    c.tier = tier;
    return c;
}

static void gaps(void **state)
{
    (void)state;
    /* 2021-01-01 .. 2021-03-31: Jan 31 + Feb 28 + 30 = 89 */
    assert_int_equal(contra_gap(P("2021-01-01"), P("2021-03-31")), 89);
    assert_int_equal(contra_gap(P("2021-04-02"), P("2021-01-01")), 91);
    /* partial dates overlap */
    assert_int_equal(contra_gap(P("2021"), P("2021-10")), 0);
    assert_int_equal(contra_gap(P("2013/2016"), P("2016/2019")), 0);
    /* 2019-09 ends on the 30th; 2019-12 begins on the 1st: 31 + 30 + 1 */
    assert_int_equal(contra_gap(P("2019-09"), P("2019-12")), 62);
    assert_int_equal(contra_gap(P("2020-12-31"), P("2021-01-01")), 1);
}

static void stages(void **state)
{
    int sev, ahead;
    ev_claim fed_op = C("stage", "operational", NULL, FEDERAL);
    ev_claim loc_done = C("stage", "completed", NULL, LOCAL_MEDIA);
    ev_claim nat_uc = C("stage", "under-construction", NULL, NATIONAL_MEDIA);
    ev_claim reg_done = C("stage", "completed", NULL, REGIONAL);
    ev_claim reg_listed = C("stage", "listed", NULL, REGIONAL);
    ev_claim fed_susp = C("stage", "suspended", NULL, FEDERAL);
    ev_claim acad_op = C("stage", "operational", NULL, ACADEMIC);
    (void)state;
    assert_true(contra_compare(&fed_op, &loc_done, &sev, &ahead));
    assert_int_equal(sev, 1);
    assert_true(ahead);
    assert_true(contra_compare(&loc_done, &fed_op, &sev, &ahead)); /* either order */
    assert_true(ahead);
    /* the official one behind the ground one */
    assert_true(contra_compare(&nat_uc, &reg_done, &sev, &ahead));
    assert_int_equal(sev, 1);
    assert_false(ahead);
    /* listed (0) to operational (5) */
    assert_true(contra_compare(&fed_op, &reg_listed, &sev, &ahead));
    assert_int_equal(sev, 5);
    assert_true(ahead);
    /* off the ladder: one step from anything, never ahead */
    assert_true(contra_compare(&fed_susp, &reg_listed, &sev, &ahead));
    assert_int_equal(sev, 1);
    assert_false(ahead);
    /* academic is neither official nor ground */
    assert_true(contra_compare(&acad_op, &reg_done, &sev, &ahead));
    assert_false(ahead);
    /* agreement */
    assert_false(contra_compare(&loc_done, &reg_done, &sev, &ahead));
}

static void dates(void **state)
{
    int sev, ahead;
    ev_claim y2021 = C("planned_opening", "2021", NULL, FEDERAL);
    ev_claim m2021 = C("planned_opening", "2021-01", NULL, REGIONAL);
    ev_claim m2021b = C("planned_opening", "2021-01", NULL, LOCAL_MEDIA);
    ev_claim d2021 = C("planned_opening", "2021-12-31", NULL, LOCAL_MEDIA);
    ev_claim m2023 = C("planned_opening", "2023-06", NULL, NATIONAL_MEDIA);
    (void)state;
    assert_false(contra_compare(&m2021, &m2021b, &sev, &ahead));
    /* 2021-12-31 vs 2021-01-31: 334 days, rounded up to 1 year */
    assert_true(contra_compare(&y2021, &m2021, &sev, &ahead));
    assert_int_equal(sev, 1);
    assert_false(ahead);
    /* same last day, different precision: they differ, severity 1 */
    assert_true(contra_compare(&y2021, &d2021, &sev, &ahead));
    assert_int_equal(sev, 1);
    /* 2021-12-31 -> 2023-06-30 = 546 days: 2; 2021-01-31 -> 880 days: 3 */
    assert_true(contra_compare(&y2021, &m2023, &sev, &ahead));
    assert_int_equal(sev, 2);
    assert_true(contra_compare(&m2021, &m2023, &sev, &ahead));
    assert_int_equal(sev, 3);
}

static void numbers_and_text(void **state)
{
    int sev, ahead;
    ev_claim a = C("cost", "100", "USD", FEDERAL);
    ev_claim b = C("cost", "100.0", "USD", REGIONAL);
    ev_claim c = C("cost", "120", "USD", REGIONAL);
    ev_claim d = C("cost", "120", "RUB", REGIONAL);
    ev_claim t1 = C("text", "big", NULL, FEDERAL);
    ev_claim t2 = C("text", "small", NULL, REGIONAL);
    ev_claim l1 = C("legal_status", "adopted", NULL, FEDERAL);
    ev_claim l2 = C("legal_status", "abandoned", NULL, REGIONAL);
    (void)state;
    assert_false(contra_compare(&a, &b, &sev, &ahead));
    assert_true(contra_compare(&a, &c, &sev, &ahead));
    assert_int_equal(sev, 1);
    assert_false(contra_compare(&a, &d, &sev, &ahead)); /* another unit */
    assert_false(contra_compare(&t1, &t2, &sev, &ahead));
    assert_true(contra_compare(&l1, &l2, &sev, &ahead));
    assert_int_equal(sev, 1);
    /* another scope */
    c.scope = "side=ru";
    assert_false(contra_compare(&a, &c, &sev, &ahead));
}


/* What a walk keeps of a chunk (contra_mark(), evidence_keep()): exactly
** the claims in pairs, copied with the project they are about, and the
** pairs found over them are the chunk's. */
static ev_claim D(const char *id, const char *subject, const char *property, const char *value,
                  const char *when, int tier)
{
    ev_claim c = C(property, value, NULL, tier);
    c.id = id;
    c.subject = subject;
    c.source = tier == FEDERAL ? "gov" : "paper";
    assert_int_equal(pdate_parse(when, &c.date), 0);
    c.refers = P(when);
    return c;
}

static void kept(void **state)
{
    /* sorted by subject, property, date, id, as a loaded set's */
    ev_claim claims[] = {
        D("a1", "bridge", "note", "one thing", "2021-01", LOCAL_MEDIA),
        D("a2", "bridge", "note", "another", "2021-01", FEDERAL),
        D("a3", "bridge", "stage", "operational", "2021-01", FEDERAL),
        D("a4", "bridge", "stage", "completed", "2021-02", LOCAL_MEDIA),
        D("a5", "bridge", "stage", "completed", "2025-01", LOCAL_MEDIA),
        D("b1", "road", "stage", "agreed", "2020-01", FEDERAL),
        D("b2", "road", "stage", "agreed", "2020-02", LOCAL_MEDIA),
        D("c1", "zone", "legal_status", "in force", "2019-01", FEDERAL),
        D("c2", "zone", "legal_status", "repealed", "2019-02", LOCAL_MEDIA),
    };
    ev_project projects[] = {{.id = "bridge", .name = {.en = "Bridge"}},
                             {.id = "road", .name = {.en = "Road"}}};
    static const unsigned char want[] = {0, 0, 1, 1, 0, 0, 0, 1, 1};
    evidence e = {.claims = claims, .n_claims = 9, .projects = projects, .n_projects = 2};
    evidence *k = calloc(1, sizeof *k);
    unsigned char mark[9] = {0}, first[9];
    contra_opts o = {.window = 90};
    contra_pair *p0, *p1;
    size_t n0, n1;
    amur_err err = {0, ""};
    (void)state;
    assert_non_null(k);
    arena_init(&k->pool, 4096, 0);
    assert_int_equal(evidence_index(&e), AMUR_OK);
    assert_int_equal(contra_mark(&e, &o, mark, &err), AMUR_OK);
    assert_memory_equal(mark, want, sizeof want);
    /* two calls, as two chunks give them: each subject's claims in one;
    ** the later subject first, since what is kept is sorted at the end */
    memcpy(first, mark, sizeof first);
    memset(first + 7, 0, 2);
    memset(mark, 0, 7);
    assert_int_equal(evidence_keep(k, &e, mark, &err), AMUR_OK);
    assert_int_equal(evidence_keep(k, &e, first, &err), AMUR_OK);
    assert_int_equal(evidence_keep_end(k, &err), AMUR_OK);
    assert_int_equal(k->n_claims, 4);
    assert_int_equal(k->n_projects, 1); /* zone is no project: its name is the base's */
    assert_string_equal(k->projects[0].name.en, "Bridge");
    assert_ptr_not_equal(k->claims[0].id, claims[2].id);
    assert_string_equal(k->claims[0].id, "a3");
    assert_string_equal(k->claims[3].id, "c2");
    assert_int_equal(contra_find(&e, &o, &p0, &n0, &err), AMUR_OK);
    assert_int_equal(contra_find(k, &o, &p1, &n1, &err), AMUR_OK);
    assert_int_equal(n0, 2);
    assert_int_equal(n1, n0);
    for (size_t i = 0; i < n0; i++) {
        assert_string_equal(p1[i].a->id, p0[i].a->id);
        assert_string_equal(p1[i].b->id, p0[i].b->id);
        assert_int_equal(p1[i].severity, p0[i].severity);
        assert_int_equal(p1[i].official_ahead, p0[i].official_ahead);
    }
    free(p0);
    free(p1);
    evidence_unindex(&e);
    evidence_free(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gaps),
        cmocka_unit_test(stages),
        cmocka_unit_test(dates),
        cmocka_unit_test(numbers_and_text),
        cmocka_unit_test(kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
