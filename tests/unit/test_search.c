/*
** test_search.c — full-text search (src/analyze/search.h): folding in
** English, Russian and Chinese, and ranking and locating hits on a small
** evidence set built by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "analyze/search.h"

static void check_fold(const char *in, const char *want)
{
    char out[256];
    assert_true(search_fold(in, out, sizeof out) >= 0);
    assert_string_equal(out, want);
}

static void folding(void **state)
{
    (void)state;
    check_fold("МОСТ Благовещенск", "мост благовещенск");
    check_fold("Ёлка", "елка");          /* ё as е */
    check_fold("Hēihé", "heihe");        /* accents dropped */
    check_fold("Straße", "strasse");     /* full case folding */
    check_fold("ＡＢＣ１", "abc1");       /* full-width forms */
    check_fold("a – b—c", "a - b-c");    /* every dash as '-' */
    check_fold("  a \t\n b  ", "a b");   /* whitespace collapsed and trimmed */
    check_fold("黑河—布拉戈维申斯克", "黑河-布拉戈维申斯克");
    {
        char small[4];
        assert_int_equal(search_fold("abcdef", small, sizeof small), -1);
    }
}

static void ranking(void **state)
{
    ev_project prj[3];
    ev_claim cl[1];
    evidence e;
    search_index *ix;
    search_hit *h;
    size_t n, at, len;
    amur_err err;
    (void)state;

    memset(&e, 0, sizeof e);
    memset(prj, 0, sizeof prj);
    memset(cl, 0, sizeof cl);
    prj[0].id = "port";
    prj[0].name.en = "Heihe river port";
    prj[0].name.zh = "黑河港";
    prj[1].id = "heihe";
    prj[1].name.en = "Heihe";
    prj[1].name.ru = "Хэйхэ";
    prj[2].id = "bridge";
    prj[2].name.ru = "Мост Благовещенск — Хэйхэ";
    cl[0].id = "c1";
    cl[0].subject = "bridge";
    cl[0].property = "stage";
    cl[0].quote = "движение по МОСТОМУ переходу; 人民群众";
    e.projects = prj;
    e.n_projects = 3;
    e.claims = cl;
    e.n_claims = 1;
    assert_int_equal(search_index_new(&e, &ix, &err), AMUR_OK);

    /* the exact name first, then names holding it */
    assert_int_equal(search_run(ix, "HEIHE", -1, &h, &n, &err), AMUR_OK);
    assert_int_equal(n, 2);
    assert_string_equal(h[0].id, "heihe");
    assert_int_equal(h[0].rank, SEARCH_EXACT);
    assert_string_equal(h[1].id, "port");
    assert_int_equal(h[1].rank, SEARCH_NAME);
    free(h);

    /* a stem inside a longer word, names before quotes; located in the original */
    assert_int_equal(search_run(ix, "мост", -1, &h, &n, &err), AMUR_OK);
    assert_int_equal(n, 2);
    assert_string_equal(h[0].id, "bridge");
    assert_string_equal(h[0].field, "name_ru");
    assert_string_equal(h[1].id, "c1");
    assert_int_equal(h[1].rank, SEARCH_TEXT);
    search_locate(&h[1], &at, &len);
    assert_int_equal(len, strlen("МОСТ"));
    assert_memory_equal(h[1].text + at, "МОСТ", len);
    free(h);

    /* two Chinese characters inside longer text; kinds */
    assert_int_equal(search_run(ix, "人民", -1, &h, &n, &err), AMUR_OK);
    assert_int_equal(n, 1);
    assert_string_equal(h[0].field, "quote");
    free(h);
    assert_int_equal(search_run(ix, "黑河", SK_CLAIM, &h, &n, &err), AMUR_OK);
    assert_int_equal(n, 0);
    assert_null(h);

    /* every word must occur in the same field */
    assert_int_equal(search_run(ix, "heihe port", -1, &h, &n, &err), AMUR_OK);
    assert_int_equal(n, 1);
    free(h);

    assert_int_equal(search_run(ix, " ", -1, &h, &n, &err), AMUR_EUSAGE);
    assert_int_equal(search_run(ix, "\xff", -1, &h, &n, &err), AMUR_EUSAGE);
    search_index_free(ix);
}

static void kinds(void **state)
{
    (void)state;
    assert_int_equal(search_kind_parse("project"), SK_PROJECT);
    assert_int_equal(search_kind_parse("claims"), SK_CLAIM);
    assert_int_equal(search_kind_parse("planet"), -1);
    assert_int_equal(search_kind_parse("projectss"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(folding),
        cmocka_unit_test(ranking),
        cmocka_unit_test(kinds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
