/*
** test_extract.c — amur extract's words and phrases (src/analyze/extract.h):
** the compiled-in phrase tables load, date phrases in Russian, Chinese and
** English resolve against the article's date as docs/analyses.md says
** ("When"), spelling variants fold together, and the language is told by
** script.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/extract.h"
#include "analyze/extract_int.h"

static ext_phrases *ph;

static int setup(void **state)
{
    amur_err err;
    (void)state;
    if (ext_phrases_load(&ph, &err)) {
        fprintf(stderr, "%s\n", err.msg);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    ext_phrases_free(ph);
    return 0;
}

typedef struct dcase {
    ext_lang lang;
    const char *text;
    const char *article;  /* the article's date */
    const char *value;    /* NULL: no date phrase */
    const char *stated;
    int relative;
} dcase;

static void check_cases(const dcase *cs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const dcase *c = &cs[i];
        ext_date d[EXT_MAX_DATES];
        size_t nd;
        amur_err err;
        pdate a;
        char v[PDATE_BUF];
        assert_null(pdate_parse(c->article, &a));
        assert_int_equal(ext_dates(ph, c->lang, c->text, a, d, EXT_MAX_DATES, &nd, &err), AMUR_OK);
        if (!c->value) {
            if (nd)
                fail_msg("'%s': no date expected, got %s", c->text, pdate_format(d[0].value, v));
            continue;
        }
        if (nd != 1)
            fail_msg("'%s': %zu date phrases, 1 expected", c->text, nd);
        if (strcmp(pdate_format(d[0].value, v), c->value) != 0)
            fail_msg("'%s' (article %s): %s, expected %s", c->text, c->article, v, c->value);
        if (strcmp(d[0].stated, c->stated) != 0)
            fail_msg("'%s': stated '%s', expected '%s'", c->text, d[0].stated, c->stated);
        if (d[0].relative != c->relative)
            fail_msg("'%s': relative %d, expected %d", c->text, d[0].relative, c->relative);
    }
}

#define N(a) (sizeof a / sizeof a[0])

static void tables_load(void **state)
{
    (void)state;
    assert_int_equal(ext_nphrase_files, 3);
    for (size_t i = 0; i < ext_nphrase_files; i++)
        assert_true(ext_phrase_files[i].len > 1000);
    /* every language has date phrases and events */
    for (int l = 0; l < EXT_NLANG; l++) {
        int kinds[K_NKINDS] = {0};
        for (size_t i = 0; i < ph->t[l].n; i++)
            kinds[ph->t[l].e[i].kind]++;
        assert_true(kinds[K_MONTH] >= 12);
        assert_true(kinds[K_QUARTER] >= 4);
        assert_true(kinds[K_RELYEAR] >= 3);
        assert_true(kinds[K_EVENT] >= 5);
        assert_true(kinds[K_PLAN] >= 3);
        assert_true(kinds[K_CURRENCY] >= 3);
    }
}

static void dates_ru(void **state)
{
    static const dcase cs[] = {
        {EXT_RU, "Мост достроят до конца 2025 года.", "2025-03-14", "2025", "end of 2025", 0},
        {EXT_RU, "Открыть движение планируется в первом квартале.", "2025-03-14", "2025",
         "2025-Q1", 1},
        {EXT_RU, "в первом квартале 2026 года", "2025-03-14", "2026", "2026-Q1", 0},
        {EXT_RU, "в I квартале 2024-го", "2023-05", "2024", "2024-Q1", 0},
        {EXT_RU, "к концу первого квартала 2026 года", "2025-03-14", "2026-03",
         "end of 2026-Q1", 0},
        {EXT_RU, "во втором полугодии 2025 года", "2025-03-14", "2025", "2025-H2", 0},
        {EXT_RU, "в марте 2026 года", "2025-03-14", "2026-03", "", 0},
        {EXT_RU, "Движение открыли 10 июня 2022 года.", "2022-06-10", "2022-06-10", "", 0},
        {EXT_RU, "в 2027 году", "2025-03-14", "2027", "", 0},
        {EXT_RU, "весной 2020-го", "2019-03", "2020", "2020 spring", 0},
        {EXT_RU, "в следующем году", "2025-03-14", "2026", "", 1},
        {EXT_RU, "следующей весной", "2025-03-14", "2026", "2026 spring", 1},
        {EXT_RU, "до конца года", "2025-03-14", "2025", "end of 2025", 1},
        {EXT_RU, "в следующем месяце", "2025-12-20", "2026-01", "", 1},
        {EXT_RU, "ёлка", "2025-03-14", NULL, NULL, 0},
        {EXT_RU, "за сутки прошло 2000 автомобилей", "2025-03-14", NULL, NULL, 0},
        {EXT_RU, "в следующем месяце", "2025", NULL, NULL, 0}, /* the article has no month */
    };
    (void)state;
    check_cases(cs, N(cs));
}

static void dates_zh(void **state)
{
    static const dcase cs[] = {
        {EXT_ZH, "大桥将于2025年底前建成", "2025-03-14", "2025", "end of 2025", 0},
        {EXT_ZH, "预计明年通车", "2025-03-14", "2026", "", 1},
        {EXT_ZH, "具体通车日期大概是在明年3月", "2019-05-31", "2020-03", "", 1},
        {EXT_ZH, "2022年6月10日正式通车", "2023-10-10", "2022-06-10", "", 0},
        {EXT_ZH, "2016年12月启动", "2018-10-14", "2016-12", "", 0},
        {EXT_ZH, "计划2025年第一季度完工", "2025-03-14", "2025", "2025-Q1", 0},
        {EXT_ZH, "2020年春季交付使用", "2019-12-01", "2020", "2020 spring", 0},
        {EXT_ZH, "明年春天开通", "2025-03-14", "2026", "2026 spring", 1},
        {EXT_ZH, "下个月开通", "2025-03-14", "2025-04", "", 1},
        {EXT_ZH, "今年年底", "2025-03-14", "2025", "end of 2025", 1},
        {EXT_ZH, "年底前交工", "2019-05-31", "2019", "end of 2019", 1},
        {EXT_ZH, "2025年下半年", "2025-03-14", "2025", "2025-H2", 0},
        {EXT_ZH, "5月31日实现合龙", "2019-05-31", "2019-05-31", "", 1},
        {EXT_ZH, "每天的吞吐量为630辆卡车", "2019-12-01", NULL, NULL, 0},
    };
    (void)state;
    check_cases(cs, N(cs));
}

static void dates_en(void **state)
{
    static const dcase cs[] = {
        {EXT_EN, "to be completed by the end of 2025", "2025-03-14", "2025", "end of 2025", 0},
        {EXT_EN, "expected to open next spring", "2025-03-14", "2026", "2026 spring", 1},
        {EXT_EN, "in the first quarter of 2026", "2025-03-14", "2026", "2026-Q1", 0},
        {EXT_EN, "in Q1 2026", "2025-03-14", "2026", "2026-Q1", 0},
        {EXT_EN, "in the second half of 2025", "2025-03-14", "2025", "2025-H2", 0},
        {EXT_EN, "opened on June 10, 2022", "2022-06-10", "2022-06-10", "", 0},
        {EXT_EN, "opened on 10 June 2022", "2022-06-10", "2022-06-10", "", 0},
        {EXT_EN, "in March 2026", "2025-03-14", "2026-03", "", 0},
        {EXT_EN, "next year", "2025-03-14", "2026", "", 1},
        {EXT_EN, "by the end of the year", "2025-03-14", "2025", "end of 2025", 1},
        {EXT_EN, "in spring 2020", "2019-03", "2020", "2020 spring", 0},
        {EXT_EN, "opened in 2019", "2021", "2019", "", 0},
        {EXT_EN, "the bridge may open soon", "2025-03-14", NULL, NULL, 0},
        {EXT_EN, "2000 trucks crossed", "2025-03-14", NULL, NULL, 0},
        {EXT_EN, "prices fall", "2025-03-14", NULL, NULL, 0},
        {EXT_EN, "on 31 June 2025", "2025-03-14", "2025-06", "", 0}, /* no such day */
    };
    (void)state;
    check_cases(cs, N(cs));
}

/* Two date phrases in one sentence stay apart. */
static void two_dates(void **state)
{
    const char *s = "По плану мост достроят в конце 2019 года, а в эксплуатацию введут весной "
                    "2020-го.";
    ext_date d[EXT_MAX_DATES];
    size_t n;
    amur_err err;
    pdate a = {2019, 3, 0};
    char v[PDATE_BUF];
    (void)state;
    assert_int_equal(ext_dates(ph, EXT_RU, s, a, d, EXT_MAX_DATES, &n, &err), AMUR_OK);
    assert_int_equal(n, 2);
    assert_string_equal(pdate_format(d[0].value, v), "2019");
    assert_string_equal(d[0].stated, "end of 2019");
    assert_string_equal(pdate_format(d[1].value, v), "2020");
    assert_string_equal(d[1].stated, "2020 spring");
    assert_int_equal(strncmp(s + d[1].at, "весной 2020-го", d[1].len), 0);
}

static void fill(void **state)
{
    ext_date d;
    char v[PDATE_BUF];
    (void)state;
    memset(&d, 0, sizeof d);
    d.y = 2025;
    d.q = 4;
    d.end = 1;
    ext_date_fill(&d);
    assert_string_equal(pdate_format(d.value, v), "2025-12");
    assert_string_equal(d.stated, "end of 2025-Q4");
    d.end = 0;
    d.q = 0;
    d.h = 1;
    ext_date_fill(&d);
    assert_string_equal(pdate_format(d.value, v), "2025");
    assert_string_equal(d.stated, "2025-H1");
}

/* Blagoveshchensk, Blagoveschensk and BLAGOVESHCHENSK are one word; so are
** Хэйхэ and Хейхе. */
static void variants(void **state)
{
    const char *forms[] = {"Blagoveshchensk", "Blagoveschensk", "BLAGOVESHCHENSK"};
    ext_toks x, y;
    (void)state;
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(ext_tokenize(ph, forms[i], strlen(forms[i]), 0, &x), 0);
        assert_int_equal(x.n, 1);
        assert_string_equal(TOKF(&x, 0), "blagoveschensk");
        ext_toks_free(&x);
    }
    assert_int_equal(ext_tokenize(ph, "Хэйхэ", strlen("Хэйхэ"), 0, &x), 0);
    assert_int_equal(ext_tokenize(ph, "ХЕЙХЕ", strlen("ХЕЙХЕ"), 0, &y), 0);
    assert_string_equal(TOKF(&x, 0), TOKF(&y, 0));
    ext_toks_free(&x);
    ext_toks_free(&y);
    /* Chinese: one word per character; digits apart */
    assert_int_equal(ext_tokenize(ph, "2025年底前", strlen("2025年底前"), 0, &x), 0);
    assert_int_equal(x.n, 4);
    assert_int_equal(x.v[0].cls, TK_NUM);
    assert_int_equal(x.v[0].num, 2025);
    ext_toks_free(&x);
}

static void language(void **state)
{
    struct {
        const char *text;
        int lang; /* -1: refused */
    } cs[] = {
        {"Мост через Амур откроют весной 2020 года (Blagoveshchensk).", EXT_RU},
        {"具体通车日期预计在明年3月。Heihe", EXT_ZH},
        {"The bridge opened on June 10, 2022.", EXT_EN},
        {"جسر بلاغوفيشتشينسك سيفتتح في عام 2025", -1},
        {"ブラゴヴェシチェンスクと黒河を結ぶ橋は2022年に開通した。", -1},
        {"2022 — 10 — 06", -1},
    };
    (void)state;
    for (size_t i = 0; i < N(cs); i++) {
        ext_lang l;
        amur_err err;
        int rc = ext_detect(cs[i].text, strlen(cs[i].text), &l, &err);
        if (cs[i].lang < 0) {
            assert_int_equal(rc, AMUR_EDATA);
        } else {
            assert_int_equal(rc, AMUR_OK);
            assert_int_equal(l, cs[i].lang);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tables_load), cmocka_unit_test(dates_ru),
        cmocka_unit_test(dates_zh),    cmocka_unit_test(dates_en),
        cmocka_unit_test(two_dates),   cmocka_unit_test(fill),
        cmocka_unit_test(variants),    cmocka_unit_test(language),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
