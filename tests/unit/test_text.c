/*
** test_text.c — UTF-8 validity, display width and edit distance
** (src/core/text.h).
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <locale.h>
#include <string.h>

#include "core/schema.h"
#include "core/text.h"

/* text_utf8_invalid over a string literal, NULs included. */
#define INVALID_AT(lit) text_utf8_invalid(lit, sizeof(lit) - 1)

/* ---- UTF-8 validity ---- */

static void valid_ascii(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("id,title ~\x7F"), -1);
    assert_int_equal(INVALID_AT(""), -1);
}

static void valid_cyrillic(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("Россия"), -1);
    assert_int_equal(INVALID_AT("\xD0\xA0"), -1); /* Р */
}

static void valid_chinese(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("中国"), -1);
    assert_int_equal(INVALID_AT("\xE4\xB8\xAD"), -1); /* 中 */
}

static void valid_four_byte_emoji(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("\xF0\x9F\x98\x80"), -1); /* U+1F600 */
    assert_int_equal(INVALID_AT("a\xF4\x8F\xBF\xBF"), -1); /* U+10FFFF, the last */
}

static void valid_boundaries(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("\xC2\x80"), -1);         /* U+0080, smallest 2-byte */
    assert_int_equal(INVALID_AT("\xE0\xA0\x80"), -1);     /* U+0800, smallest 3-byte */
    assert_int_equal(INVALID_AT("\xED\x9F\xBF"), -1);     /* U+D7FF, below surrogates */
    assert_int_equal(INVALID_AT("\xEE\x80\x80"), -1);     /* U+E000, above them */
    assert_int_equal(INVALID_AT("\xF0\x90\x80\x80"), -1); /* U+10000, smallest 4-byte */
}

static void invalid_lone_continuation(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("ab\x80"), 2);
    assert_int_equal(INVALID_AT("\xBF"), 0);
}

static void invalid_overlong(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("x\xC0\x80"), 1);
    assert_int_equal(INVALID_AT("\xC1\xBF"), 0);
    assert_int_equal(INVALID_AT("xy\xE0\x80\x80"), 2);
    assert_int_equal(INVALID_AT("\xE0\x9F\xBF"), 0); /* U+07FF in three bytes */
    assert_int_equal(INVALID_AT("\xF0\x8F\xBF\xBF"), 0); /* U+FFFF in four bytes */
}

static void invalid_surrogate(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("\xED\xA0\x80"), 0); /* U+D800 */
    assert_int_equal(INVALID_AT("ok\xED\xBF\xBF"), 2); /* U+DFFF */
}

static void invalid_above_max(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("\xF4\x90\x80\x80"), 0); /* U+110000 */
    assert_int_equal(INVALID_AT("a\xF5\x80\x80\x80"), 1);
}

static void invalid_truncated_at_end(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("abc\xE4\xB8"), 3);
    assert_int_equal(INVALID_AT("\xD0"), 0);
    assert_int_equal(INVALID_AT("\xF0\x9F\x98"), 0);
    /* a length that cuts a valid string short */
    assert_int_equal(text_utf8_invalid("\xE4\xB8\xAD", 2), 0);
}

static void invalid_truncated_before_ascii(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("\xE4\xB8" "a"), 0);
    assert_int_equal(INVALID_AT("Р\xD0 "), 2);
}

static void invalid_ff(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("abcd\xFF"), 4);
    assert_int_equal(INVALID_AT("\xFE"), 0);
}

static void nul_byte_is_invalid(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("ab\0cd"), 2);
    assert_int_equal(INVALID_AT("\0"), 0);
}

static void first_of_several_problems(void **state)
{
    (void)state;
    assert_int_equal(INVALID_AT("Россия\xFF\xC0\x80"), 12);
}

/* ---- width ---- */

static int utf8_locale(void **state)
{
    (void)state;
    return setlocale(LC_CTYPE, "C.UTF-8") ? 0 : -1;
}

static void width_ascii(void **state)
{
    (void)state;
    assert_int_equal(text_width("abc"), 3);
    assert_int_equal(text_width(""), 0);
}

static void width_cyrillic(void **state)
{
    (void)state;
    assert_int_equal(text_width("Россия"), 6);
}

static void width_chinese_is_double(void **state)
{
    (void)state;
    assert_int_equal(text_width("中国"), 4);
    assert_int_equal(text_width("黑河 ok"), 7);
}

static void width_combining_mark_is_zero(void **state)
{
    (void)state;
    assert_int_equal(text_width("e\xCC\x81"), 1); /* e + U+0301 */
}

static void fit_ascii(void **state)
{
    (void)state;
    assert_int_equal(text_fit("abcdef", 4), 4);
    assert_int_equal(text_fit("abc", 10), 3);
    assert_int_equal(text_fit("abc", 0), 0);
}

static void fit_cyrillic_counts_bytes(void **state)
{
    (void)state;
    /* three letters of two bytes each */
    assert_int_equal(text_fit("Россия", 3), 6);
}

static void fit_does_not_split_a_wide_character(void **state)
{
    (void)state;
    assert_int_equal(text_fit("中国", 3), 3); /* 中 fits, 国 would need columns 3-4 */
    assert_int_equal(text_fit("中国", 1), 0);
    assert_int_equal(text_fit("中国", 4), 6);
    assert_int_equal(text_fit("a中", 2), 1);
}

/* ---- distance ---- */

static void distance_kitten_sitting(void **state)
{
    (void)state;
    assert_int_equal(text_distance("kitten", "sitting"), 3);
    assert_int_equal(text_distance("sitting", "kitten"), 3);
}

static void distance_equal_is_zero(void **state)
{
    (void)state;
    assert_int_equal(text_distance("refers_to", "refers_to"), 0);
    assert_int_equal(text_distance("", ""), 0);
}

static void distance_to_empty_is_length(void **state)
{
    (void)state;
    assert_int_equal(text_distance("", "abc"), 3);
    assert_int_equal(text_distance("abcd", ""), 4);
}

static void distance_single_edits(void **state)
{
    (void)state;
    assert_int_equal(text_distance("refers_too", "refers_to"), 1); /* deletion */
    assert_int_equal(text_distance("projets", "projects"), 1);     /* insertion */
    assert_int_equal(text_distance("plases", "places"), 1);        /* substitution */
    assert_int_equal(text_distance("ab", "ba"), 2);                /* no transposition */
}

static void distance_long_strings_far_apart(void **state)
{
    (void)state;
    char long65[66];
    memset(long65, 'a', 65);
    long65[65] = 0;
    assert_true(text_distance(long65, long65) > 64);
    assert_true(text_distance("a", long65) > 64);
    long65[64] = 0; /* 64 bytes is still compared */
    assert_int_equal(text_distance(long65, long65), 0);
    assert_int_equal(text_distance(long65, "a"), 63);
}

/* ---- closeness, for suggestions ---- */

static void closeness(void **state)
{
    (void)state;
    assert_int_equal(text_closeness("brige", "bridge", 0), 1);      /* one insertion */
    assert_int_equal(text_closeness("plan", "planned_opening", 0), 1); /* a prefix */
    assert_int_equal(text_closeness("planned_opening", "plan", 0), -1);
    assert_int_equal(text_closeness("planned_opening", "plan", 1), 1); /* either way */
    assert_int_equal(text_closeness("nothing-like-it", "ru-a", 1), -1);
    assert_int_equal(text_closeness("halte", "halted", 0), 1);
}

static void natural_order(void **state)
{
    (void)state;
    assert_true(text_natural_cmp("syn-p-99", "syn-p-100") < 0);
    assert_true(text_natural_cmp("syn-p-100", "syn-p-99") > 0);
    assert_true(text_natural_cmp("syn-p-9", "syn-p-10") < 0);
    assert_true(text_natural_cmp("a2b10", "a2b9") > 0);
    assert_true(text_natural_cmp("abc", "abd") < 0);
    assert_true(text_natural_cmp("ab", "abc") < 0);
    assert_int_equal(text_natural_cmp("x-10", "x-10"), 0);
    /* the same number written with a leading zero: apart, but next to it */
    assert_true(text_natural_cmp("x-010", "x-10") != 0);
    assert_true(text_natural_cmp("x-010", "x-9") > 0);
    /* the one order of lists: stages on the ladder, then off it, then others */
    assert_true(schema_sort_cmp("stage", "listed", "agreed") < 0);
    assert_true(schema_sort_cmp("stage", "operational", "under-construction") > 0);
    assert_true(schema_sort_cmp("stage", "cancelled", "operational") > 0);
    assert_true(schema_sort_cmp("stage", "untracked", "cancelled") > 0);
    assert_true(schema_sort_cmp("a.stage", "listed", "agreed") < 0);
    /* another field: text, so alphabetical */
    assert_true(schema_sort_cmp("kind", "listed", "agreed") > 0);
    assert_true(schema_sort_cmp("backstage", "listed", "agreed") > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(closeness),
        cmocka_unit_test(valid_ascii),
        cmocka_unit_test(valid_cyrillic),
        cmocka_unit_test(valid_chinese),
        cmocka_unit_test(valid_four_byte_emoji),
        cmocka_unit_test(valid_boundaries),
        cmocka_unit_test(invalid_lone_continuation),
        cmocka_unit_test(invalid_overlong),
        cmocka_unit_test(invalid_surrogate),
        cmocka_unit_test(invalid_above_max),
        cmocka_unit_test(invalid_truncated_at_end),
        cmocka_unit_test(invalid_truncated_before_ascii),
        cmocka_unit_test(invalid_ff),
        cmocka_unit_test(nul_byte_is_invalid),
        cmocka_unit_test(first_of_several_problems),
        cmocka_unit_test(width_ascii),
        cmocka_unit_test(width_cyrillic),
        cmocka_unit_test(width_chinese_is_double),
        cmocka_unit_test(width_combining_mark_is_zero),
        cmocka_unit_test(fit_ascii),
        cmocka_unit_test(fit_cyrillic_counts_bytes),
        cmocka_unit_test(fit_does_not_split_a_wide_character),
        cmocka_unit_test(distance_kitten_sitting),
        cmocka_unit_test(distance_equal_is_zero),
        cmocka_unit_test(distance_to_empty_is_length),
        cmocka_unit_test(distance_single_edits),
        cmocka_unit_test(distance_long_strings_far_apart),
        cmocka_unit_test(natural_order),
    };
    return cmocka_run_group_tests(tests, utf8_locale, NULL);
}
