/*
** test_tr.c — the report's words in Russian and Chinese (src/present/tr.h):
** the table is whole (every key in both languages, with the placeholders
** its entry declares), templates are filled in any order, and a code is
** named in the language asked for.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "present/tr.h"

static void table_is_whole(void **state)
{
    (void)state;
    char problems[4096];
    size_t n = tr_check(problems, sizeof problems);
    if (n)
        fprintf(stderr, "%s", problems);
    assert_int_equal(n, 0);
}

static void fill_in_any_order(void **state)
{
    (void)state;
    char buf[64];
    const char *args[2] = {"a", "bb"};
    assert_string_equal(tr_fill(buf, sizeof buf, "{1}-{0}-{1}", 2, args), "bb-a-bb");
    /* a missing argument is empty; text that is no placeholder stays */
    assert_string_equal(tr_fill(buf, sizeof buf, "{0}{5}{x}", 2, args), "a{x}");
    /* cut at the buffer */
    assert_string_equal(tr_fill(buf, 4, "{1}{1}", 2, args), "bbb");
}

static void languages_and_codes(void **state)
{
    (void)state;
    assert_int_equal(tr_lang("ru"), TR_RU);
    assert_int_equal(tr_lang("zh"), TR_ZH);
    assert_int_equal(tr_lang("fr"), TR_EN);
    assert_int_equal(tr_lang(NULL), TR_EN);
    assert_string_equal(tr_code(TR_RU, "stage", "operational"), "действует");
    assert_string_equal(tr_code(TR_ZH, "tier", "local-media"), "地方媒体");
    assert_string_equal(tr_code(TR_EN, "stage", "operational"), "operational");
    /* a code with no word stays as it is */
    assert_string_equal(tr_code(TR_RU, "side", "kz"), "kz");
    assert_string_equal(tr_text(TR_ZH, "sec.headlines", "Headline findings"), "主要发现");
    assert_string_equal(tr_text(TR_EN, "sec.headlines", "Headline findings"), "Headline findings");
    /* the report's table headings, units and the parts of a scope are codelists too */
    assert_string_equal(tr_code(TR_RU, "col", "days late"), "дней опоздания");
    assert_string_equal(tr_code(TR_ZH, "unit", "projects"), "个项目");
    assert_string_equal(tr_code(TR_EN, "col", "days late"), "days late");
    assert_string_equal(tr_code(TR_ZH, "scopev", "Harbin fair 2013 presentations"),
                        "Harbin fair 2013 presentations");
}

/* tr_word(): the words the report shows for codes, in every language */
static void words_for_codes(void **state)
{
    char b[TR_WORD_BUF];
    (void)state;
    assert_string_equal(tr_word(TR_EN, "prop", "planned_opening", b, sizeof b), "planned opening");
    assert_string_equal(tr_word(TR_EN, "tier", "local-media", b, sizeof b), "local media");
    assert_string_equal(tr_word(TR_EN, "side", "ru", b, sizeof b), "Russian side");
    assert_string_equal(tr_word(TR_EN, "scopev", "cn-investment", b, sizeof b),
                        "Chinese investment");
    assert_string_equal(tr_word(TR_RU, "prop", "planned_opening", b, sizeof b),
                        "плановое открытие");
    /* in English any code reads as words; elsewhere one the table lacks is kept */
    assert_string_equal(tr_word(TR_EN, "prop", "actual_track_linked", b, sizeof b),
                        "actual track linked");
    assert_string_equal(tr_word(TR_ZH, "scopev", "primorye-1", b, sizeof b), "primorye-1");
    /* names and phrases are kept as they are */
    assert_string_equal(tr_word(TR_EN, "scopev", "Harbin-Suifenhe", b, sizeof b),
                        "Harbin-Suifenhe");
    assert_string_equal(tr_word(TR_EN, "scopev", "Хэйхэ-1", b, sizeof b), "Хэйхэ-1");
    /* cut to the buffer */
    assert_string_equal(tr_word(TR_EN, "prop", "planned_opening", b, 8), "planned");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(table_is_whole),
        cmocka_unit_test(fill_in_any_order),
        cmocka_unit_test(languages_and_codes),
        cmocka_unit_test(words_for_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
