/*
** test_carryover.c — name normalisation and n-gram similarity
** (src/analyze/carryover.h). Scores worked out by hand, listing n-grams.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "analyze/carryover.h"

/* Normalises S and encodes it back to UTF-8 for comparison. */
static const char *norm(const char *s, char *buf, size_t cap)
{
    uint32_t cp[CARRY_MAX_CHARS];
    size_t n = carry_normalise(s, cp, CARRY_MAX_CHARS), k = 0;
    for (size_t i = 0; i < n && k + 5 < cap; i++) {
        uint32_t c = cp[i];
        if (c < 0x80) {
            buf[k++] = (char)c;
        } else if (c < 0x800) {
            buf[k++] = (char)(0xC0 | (c >> 6));
            buf[k++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            buf[k++] = (char)(0xE0 | (c >> 12));
            buf[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[k++] = (char)(0x80 | (c & 0x3F));
        } else {
            buf[k++] = (char)(0xF0 | (c >> 18));
            buf[k++] = (char)(0x80 | ((c >> 12) & 0x3F));
            buf[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    buf[k] = 0;
    return buf;
}

static void normalise_latin(void **state)
{
    char b[256];
    (void)state;
    assert_string_equal(norm("Blagoveshchensk–Heihe Road Bridge, No. 2!", b, sizeof b),
                        "blagoveshchenskheiheroadbridgeno2");
    assert_string_equal(norm("  ", b, sizeof b), "");
    assert_string_equal(norm("Ÿ-Über Café", b, sizeof b), "Ÿübercafé"); /* Ÿ is not Latin-1 */
    assert_string_equal(norm("ＡＢＣ１２", b, sizeof b), "abc12"); /* full-width forms */
}

static void normalise_cyrillic(void **state)
{
    char b[256];
    (void)state;
    assert_string_equal(norm("ЗЕРНОВОЙ Терминал", b, sizeof b), "зерновойтерминал");
    /* ё and Ё are written е; Ѓ (U+0403) lowers to ѓ (U+0453) */
    assert_string_equal(norm("Ёлка, ёж; Ѓ", b, sizeof b), "елкаежѓ");
    assert_string_equal(norm("«Мост» — 2021", b, sizeof b), "мост2021");
}

static void normalise_chinese(void **state)
{
    char b[256];
    (void)state;
    assert_string_equal(norm("黑河·物流中心（一期）。", b, sizeof b), "黑河物流中心一期");
}

static void normalise_limit(void **state)
{
    uint32_t cp[4];
    (void)state;
    assert_int_equal(carry_normalise("abcdefgh", cp, 4), 4);
    assert_int_equal(cp[3], 'd');
    assert_int_equal(carry_normalise(NULL, cp, 4), 0);
}

static void jaccard_trigrams(void **state)
{
    (void)state;
    /* "zarubinoport": zar aru rub ubi bin ino nop opo por ort (10);
    ** "greatzarubinoport" adds gre rea eat atz tza (15): 10/15 */
    assert_float_equal(carry_jaccard("Zarubino port", "Great Zarubino port", 3), 10.0 / 15,
                       1e-12);
    /* 14 and 14 trigrams, 12 shared: 12/16 */
    assert_float_equal(carry_jaccard("Зерновой терминал", "ТЕРМИНАЛ ЗЕРНОВОЙ", 3), 0.75, 1e-12);
    /* repeated trigrams count once: "aaaa" -> {aaa}, "aaa" -> {aaa} */
    assert_float_equal(carry_jaccard("aaaa", "aaa", 3), 1.0, 1e-12);
    assert_float_equal(carry_jaccard("abc", "xyz", 3), 0.0, 1e-12);
}

static void jaccard_short_and_empty(void **state)
{
    (void)state;
    /* shorter than n: the whole name is one n-gram */
    assert_float_equal(carry_jaccard("ab", "AB", 3), 1.0, 1e-12);
    assert_float_equal(carry_jaccard("ab", "abc", 3), 0.0, 1e-12);
    assert_float_equal(carry_jaccard("", "abc", 3), 0.0, 1e-12);
    assert_float_equal(carry_jaccard("--", "..", 3), 0.0, 1e-12);
    assert_float_equal(carry_jaccard(NULL, "abc", 3), 0.0, 1e-12);
}

static void jaccard_bigrams(void **state)
{
    (void)state;
    /* 黑河 河物 物流 流园 (4) vs 黑河 河物 物流 流中 中心 (5): 3/6 */
    assert_float_equal(carry_jaccard("黑河物流园", "黑河·物流中心", 2), 0.5, 1e-12);
    /* one character: a single gram */
    assert_float_equal(carry_jaccard("桥", "桥", 2), 1.0, 1e-12);
}

static void similarity_best_language(void **state)
{
    ev_names a = {"Grain terminal", "Зерновой терминал", NULL};
    ev_names b = {"Zabaikalsk transshipment complex", "ТЕРМИНАЛ ЗЕРНОВОЙ", NULL};
    ev_names c = {"Heihe logistics hub", NULL, "黑河物流园"};
    ev_names d = {"Trade and logistics centre", "Зерновой терминал", "黑河·物流中心"};
    (void)state;
    assert_float_equal(carry_similarity(&a, &b), 0.75, 1e-12);
    /* English 7/29; Chinese 3/6; Russian missing on one side */
    assert_float_equal(carry_similarity(&c, &d), 0.5, 1e-12);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(normalise_latin),    cmocka_unit_test(normalise_cyrillic),
        cmocka_unit_test(normalise_chinese),  cmocka_unit_test(normalise_limit),
        cmocka_unit_test(jaccard_trigrams),   cmocka_unit_test(jaccard_short_and_empty),
        cmocka_unit_test(jaccard_bigrams),    cmocka_unit_test(similarity_best_language),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
