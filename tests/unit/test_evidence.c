/*
** test_evidence.c — the evidence loader (src/analyze/evidence.h) on a
** database of claims stored in no particular order: claims come out in
** the order of subject, property, date and id (checked against a plain
** comparison sort), every id is found, each subject's run of claims is
** the one a scan finds, the clocks drop what they should, and repeated
** short values are one string.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze/evidence.h"
#include "fixture.h"
#include "core/schema.h"

#define NCLAIMS 600

static char dir[48], path[80];


static unsigned long rng = 7;

static unsigned pick(unsigned n)
{
    rng = rng * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)((rng >> 33) % n);
}

/* Stores one row of concept C from "col=value" pairs, NULL-ended. */
static void put(store *s, int c, ...)
{
    const concept *con = &schema_concepts[c];
    char *f[64] = {0};
    amur_err err = {0, ""};
    int result;
    va_list ap;
    const char *col;
    va_start(ap, c);
    while ((col = va_arg(ap, const char *)) != NULL) {
        const char *v = va_arg(ap, const char *);
        int k = schema_col(con, col);
        assert_true(k >= 0);
        f[k] = (char *)v;
    }
    va_end(ap);
    if (store_put(s, con, f, &result, &err) != AMUR_OK)
        fail_msg("store_put %s: %s", con->name, err.msg);
}

static int setup(void **state)
{
    static const char *const subjects[] = {"prj-b", "prj-a", "prj-10", "prj-2", "ins-1",
                                           "prj-a-2", "prj-1"};
    static const char *const props[] = {"stage", "planned_opening", "actual_opening", "count",
                                        "legal_status"};
    static const char *const dates[] = {"2010", "2010-05", "2010-05-01", "2011", "2009-12-31",
                                        "2015", "2021-10"};
    amur_err err = {0, ""};
    store *s;
    (void)state;
    if (fixture_new_db_path("evidence", dir, path))
        return -1;
    if (store_open(path, STORE_WRITE, &s, &err) != AMUR_OK || store_begin(s, &err))
        return -1;
    put(s, C_SOURCE, "id", "src-reg", "title", "Regional", "tier", "regional", NULL);
    put(s, C_SOURCE, "id", "src-fed", "title", "Federal", "tier", "federal", NULL);
    put(s, C_INSTRUMENT, "id", "ins-1", "kind", "programme", "level", "federal", "name_en", "P",
        "date", "2009",
        NULL);
    for (size_t i = 0; i < sizeof subjects / sizeof subjects[0]; i++)
        if (strncmp(subjects[i], "prj", 3) == 0)
            put(s, C_PROJECT, "id", subjects[i], "kind", "bridge", "name_en", subjects[i],
                NULL);
    for (int i = 0; i < NCLAIMS; i++) {
        char id[32], val[16];
        /* ids in no order of their own, some sharing a prefix */
        snprintf(id, sizeof id, "c-%u-%d", pick(50), i);
        snprintf(val, sizeof val, "%u", 2000 + pick(20));
        put(s, C_CLAIM, "id", id, "subject", subjects[pick(7)], "property", props[pick(5)],
            "value", val, "date", dates[pick(7)], "source", pick(2) ? "src-reg" : "src-fed",
            "quote", "a quote repeated", NULL);
    }
    if (store_commit(s, &err))
        return -1;
    store_close(s);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fixture_remove_db(path);
    rmdir(dir);
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

static evidence *load(const char *as_of, const char *known_by)
{
    amur_err err = {0, ""};
    store *s;
    evidence *e;
    ev_view v;
    assert_null(ev_view_parse(&v, as_of, known_by));
    assert_int_equal(store_open(path, STORE_READ, &s, &err), AMUR_OK);
    assert_int_equal(evidence_load(s, &v, &e, &err), AMUR_OK);
    store_close(s);
    return e;
}

static void sorted_and_found(void **state)
{
    evidence *e = load(NULL, NULL);
    ev_claim *copy;
    (void)state;
    assert_int_equal(e->n_claims, NCLAIMS);
    copy = malloc(NCLAIMS * sizeof *copy);
    assert_non_null(copy);
    memcpy(copy, e->claims, NCLAIMS * sizeof *copy);
    qsort(copy, NCLAIMS, sizeof *copy, cmp_claims);
    for (size_t i = 0; i < NCLAIMS; i++) {
        size_t first, n, k;
        assert_string_equal(copy[i].id, e->claims[i].id);
        assert_int_equal(ev_find(e, C_CLAIM, e->claims[i].id), (long)i);
        /* the subject's run, as a scan finds it */
        n = ev_claims_of(e, e->claims[i].subject, &first);
        for (k = 0; k < NCLAIMS; k++)
            if (strcmp(e->claims[k].subject, e->claims[i].subject) == 0)
                break;
        assert_int_equal(first, k);
        assert_true(i >= first && i < first + n);
        assert_true(first + n == NCLAIMS ||
                    strcmp(e->claims[first + n].subject, e->claims[i].subject) != 0);
        /* tiers from the sources; the same short values are one string */
        assert_int_equal(e->claims[i].tier,
                         schema_vocab_index(schema_tiers, strcmp(e->claims[i].source, "src-reg")
                                                              ? "federal"
                                                              : "regional"));
        assert_ptr_equal(e->claims[i].quote, e->claims[0].quote);
        if (ev_find(e, C_PROJECT, e->claims[i].subject) >= 0)
            assert_ptr_equal(e->claims[i].subject,
                             e->projects[ev_find(e, C_PROJECT, e->claims[i].subject)].id);
    }
    for (size_t p = 0; p < e->n_projects; p++) {
        size_t f1, f2, n1 = ev_project_claims(e, p, &f1);
        size_t n2 = ev_claims_of(e, e->projects[p].id, &f2);
        assert_int_equal(n1, n2);
        assert_true(n1 > 0);
        assert_int_equal(f1, f2);
    }
    assert_int_equal(ev_find(e, C_CLAIM, "no-such-claim"), -1);
    assert_int_equal(ev_claims_of(e, "no-such-subject", &(size_t){0}), 0);
    assert_int_equal(ev_find(e, C_SOURCE, "src-fed"), 1);
    assert_int_equal(ev_find(e, C_INSTRUMENT, "ins-1"), 0);
    free(copy);
    evidence_free(e);
}

/* Known by 2010: claims dated 2011 and later go, and 2010 itself stays. */
static void clocks(void **state)
{
    evidence *all = load(NULL, NULL), *e = load(NULL, "2010");
    size_t kept = 0;
    (void)state;
    for (size_t i = 0; i < all->n_claims; i++)
        kept += pdate_last_day(all->claims[i].date) <= pdate_last_day(e->view.known_by);
    assert_true(kept > 0 && kept < NCLAIMS);
    assert_int_equal(e->n_claims, kept);
    for (size_t i = 1; i < e->n_claims; i++)
        assert_true(cmp_claims(&e->claims[i - 1], &e->claims[i]) < 0);
    evidence_free(all);
    evidence_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sorted_and_found),
        cmocka_unit_test(clocks),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
