/*
** test_pdate.c — partial dates and periods (src/core/pdate.h).
**
** Day numbers used below, worked out by hand (days since 1970-01-01):
**   2021-01-01: 51 years of 365 days plus 13 leap days (1972..2020) = 18628
**   2000-01-01: 30 * 365 + 7 leap days (1972..1996)                 = 10957
**   1900-01-01: -(70 * 365 + 17 leap days (1904..1968))             = -25567
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/pdate.h"

static pdate P(int y, int m, int d)
{
    pdate p = {y, m, d};
    return p;
}

static void assert_date(pdate p, int y, int m, int d)
{
    assert_int_equal(p.y, y);
    assert_int_equal(p.m, m);
    assert_int_equal(p.d, d);
}

/* ---- parsing ---- */

static void parse_year(void **state)
{
    (void)state;
    pdate p = {1, 1, 1};
    assert_null(pdate_parse("2021", &p));
    assert_date(p, 2021, 0, 0);
}

static void parse_year_month(void **state)
{
    (void)state;
    pdate p;
    assert_null(pdate_parse("2021-10", &p));
    assert_date(p, 2021, 10, 0);
}

static void parse_full_date(void **state)
{
    (void)state;
    pdate p;
    assert_null(pdate_parse("2021-10-14", &p));
    assert_date(p, 2021, 10, 14);
}

static void parse_range_edges(void **state)
{
    (void)state;
    pdate p;
    assert_null(pdate_parse("1000", &p));
    assert_date(p, 1000, 0, 0);
    assert_null(pdate_parse("9999-12-31", &p));
    assert_date(p, 9999, 12, 31);
    assert_null(pdate_parse("2021-01-31", &p));
    assert_null(pdate_parse("2021-04-30", &p));
}

static void parse_leap_day(void **state)
{
    (void)state;
    pdate p;
    assert_null(pdate_parse("2020-02-29", &p));
    assert_date(p, 2020, 2, 29);
    assert_null(pdate_parse("2000-02-29", &p)); /* divisible by 400 */
    assert_non_null(pdate_parse("2021-02-29", &p));
    assert_non_null(pdate_parse("1900-02-29", &p)); /* divisible by 100, not 400 */
}

static void parse_rejects(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "2021-13", "2021-00", "2021-02-30", "2021-04-31", "2021-01-00", "0999", "21",
        "2021-1-5", "2021-01-5", "2021x", "2021-10-14 ", " 2021", "2021-", "2021-10-",
        "", "2021-13-40", "0000-00-00", "20211", "+2021", "2021/10", "abcd"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        pdate p = {7, 7, 7};
        const char *msg = pdate_parse(bad[i], &p);
        if (!msg)
            fail_msg("'%s' was accepted", bad[i]);
        assert_true(msg[0] != 0);
        assert_date(p, 7, 7, 7); /* left alone on failure */
    }
}

static void parse_messages(void **state)
{
    (void)state;
    pdate p;
    assert_non_null(strstr(pdate_parse("2021-13", &p), "month"));
    assert_non_null(strstr(pdate_parse("0999", &p), "year"));
    assert_non_null(strstr(pdate_parse("2021-02-30", &p), "day"));
}

/* ---- periods ---- */

static void period_single_date(void **state)
{
    (void)state;
    period q;
    assert_null(period_parse("2021-10", &q));
    assert_date(q.from, 2021, 10, 0);
    assert_date(q.to, 2021, 10, 0);
}

static void period_two_dates(void **state)
{
    (void)state;
    period q;
    assert_null(period_parse("2014/2019", &q));
    assert_date(q.from, 2014, 0, 0);
    assert_date(q.to, 2019, 0, 0);
    assert_null(period_parse("2009-09/2018", &q));
    assert_date(q.from, 2009, 9, 0);
    assert_date(q.to, 2018, 0, 0);
}

static void period_overlapping_ends_allowed(void **state)
{
    (void)state;
    period q;
    /* 2021 is not before 2021-10, nor the other way round */
    assert_null(period_parse("2021/2021-10", &q));
    assert_null(period_parse("2021-10/2021", &q));
    assert_null(period_parse("2021/2021", &q));
}

static void period_reversed_rejected(void **state)
{
    (void)state;
    period q;
    const char *msg = period_parse("2019/2014", &q);
    assert_non_null(msg);
    assert_non_null(strstr(msg, "before"));
    assert_non_null(period_parse("2021-10-15/2021-10-14", &q));
}

static void period_malformed_rejected(void **state)
{
    (void)state;
    period q;
    static const char *const bad[] = {"2014/", "/2019", "2014/2019/2020", "2014/2021-13",
                                      "2021-13/2022", "", "/"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (!period_parse(bad[i], &q))
            fail_msg("'%s' was accepted", bad[i]);
}

/* ---- days ---- */

static void first_last_day_of_1970(void **state)
{
    (void)state;
    assert_int_equal(pdate_first_day(P(1970, 0, 0)), 0);
    assert_int_equal(pdate_last_day(P(1970, 0, 0)), 364);
}

static void first_last_day_of_leap_year(void **state)
{
    (void)state;
    /* 2020 has 366 days and ends the day before 2021-01-01 (18628) */
    assert_int_equal(pdate_first_day(P(2020, 0, 0)), 18262);
    assert_int_equal(pdate_last_day(P(2020, 0, 0)), 18627);
}

static void last_day_of_february(void **state)
{
    (void)state;
    /* 2021-02-28 = 18628 + 31 + 27 */
    assert_int_equal(pdate_last_day(P(2021, 2, 0)), 18686);
    assert_date(pdate_from_days(pdate_last_day(P(2021, 2, 0))), 2021, 2, 28);
    assert_date(pdate_from_days(pdate_last_day(P(2020, 2, 0))), 2020, 2, 29);
    assert_int_equal(pdate_first_day(P(2021, 2, 0)), 18659);
}

static void first_last_day_of_a_day(void **state)
{
    (void)state;
    /* 2021-10-14 = 18628 + 273 (Jan..Sep) + 13 */
    assert_int_equal(pdate_first_day(P(2021, 10, 14)), 18914);
    assert_int_equal(pdate_last_day(P(2021, 10, 14)), 18914);
}

static void days_anchors(void **state)
{
    (void)state;
    assert_int_equal(pdate_days(1970, 1, 1), 0);
    assert_int_equal(pdate_days(1969, 12, 31), -1);
    assert_int_equal(pdate_days(2000, 1, 1), 10957);
    assert_int_equal(pdate_days(2000, 2, 29), 11016);
    assert_int_equal(pdate_days(2000, 3, 1), 11017);
    assert_int_equal(pdate_days(1900, 1, 1), -25567);
    assert_int_equal(pdate_days(1900, 2, 28), -25509);
    assert_int_equal(pdate_days(1900, 3, 1), -25508); /* 1900 is no leap year */
    assert_date(pdate_from_days(-25508), 1900, 3, 1);
    assert_date(pdate_from_days(11016), 2000, 2, 29);
    assert_date(pdate_from_days(0), 1970, 1, 1);
    assert_date(pdate_from_days(-1), 1969, 12, 31);
}

/* Every calendar day of 1000..9999, with month lengths worked out here:
** consecutive days have consecutive numbers and convert back. */
static void days_round_trip(void **state)
{
    (void)state;
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    long prev = pdate_days(999, 12, 31);
    for (int y = 1000; y <= 9999; y++) {
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        for (int m = 1; m <= 12; m++) {
            int n = mdays[m - 1] + (m == 2 && leap);
            for (int d = 1; d <= n; d++) {
                long days = pdate_days(y, m, d);
                pdate back = pdate_from_days(days);
                if (days != prev + 1 || back.y != y || back.m != m || back.d != d)
                    fail_msg("%04d-%02d-%02d: day %ld after %ld, back %d-%d-%d", y, m, d,
                             days, prev, back.y, back.m, back.d);
                prev = days;
            }
        }
    }
    /* 9000 * 365 days plus 2182 leap days (2250 fourth years - 90 centuries + 22) */
    assert_int_equal(pdate_days(10000, 1, 1) - pdate_days(1000, 1, 1), 3287182);
}

/* ---- relations and order ---- */

static void relation_year_and_month_overlap(void **state)
{
    (void)state;
    assert_int_equal(pdate_relation(P(2021, 0, 0), P(2021, 10, 0)), 0);
    assert_int_equal(pdate_relation(P(2021, 10, 0), P(2021, 0, 0)), 0);
}

static void relation_before_and_after(void **state)
{
    (void)state;
    assert_int_equal(pdate_relation(P(2020, 0, 0), P(2021, 10, 0)), -1);
    assert_int_equal(pdate_relation(P(2021, 10, 0), P(2020, 0, 0)), 1);
    assert_int_equal(pdate_relation(P(2021, 9, 30), P(2021, 10, 0)), -1);
    assert_int_equal(pdate_relation(P(2021, 11, 1), P(2021, 10, 0)), 1);
}

static void relation_day_inside_year(void **state)
{
    (void)state;
    assert_int_equal(pdate_relation(P(2021, 10, 14), P(2021, 0, 0)), 0);
    assert_int_equal(pdate_relation(P(2021, 0, 0), P(2021, 10, 14)), 0);
    assert_int_equal(pdate_relation(P(2021, 12, 31), P(2021, 0, 0)), 0);
    assert_int_equal(pdate_relation(P(2022, 1, 1), P(2021, 0, 0)), 1);
}

static int sign(int v)
{
    return (v > 0) - (v < 0);
}

static void cmp_order(void **state)
{
    (void)state;
    const pdate order[] = {P(2020, 12, 31), P(2021, 0, 0), P(2021, 1, 0), P(2021, 1, 1),
                           P(2021, 1, 2), P(2021, 2, 0), P(2022, 0, 0)};
    size_t n = sizeof order / sizeof order[0];
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            if (sign(pdate_cmp(order[i], order[j])) != (i > j) - (i < j))
                fail_msg("pdate_cmp of items %zu and %zu", i, j);
}

/* ---- formatting ---- */

static void format_each_precision(void **state)
{
    (void)state;
    char buf[PDATE_BUF];
    assert_string_equal(pdate_format(P(2021, 0, 0), buf), "2021");
    assert_string_equal(pdate_format(P(2021, 3, 0), buf), "2021-03");
    assert_string_equal(pdate_format(P(2021, 3, 7), buf), "2021-03-07");
    assert_string_equal(pdate_format(P(1000, 1, 1), buf), "1000-01-01");
    assert_string_equal(pdate_format(P(0, 0, 0), buf), "");
}

static void format_parse_round_trip(void **state)
{
    (void)state;
    static const char *const texts[] = {"2021", "2009-09", "2020-02-29", "9999-12-31"};
    char buf[PDATE_BUF];
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        pdate p;
        assert_null(pdate_parse(texts[i], &p));
        assert_string_equal(pdate_format(p, buf), texts[i]);
    }
}

static void today_is_a_full_valid_date(void **state)
{
    (void)state;
    char buf[PDATE_BUF];
    pdate t = pdate_today(), back;
    assert_true(t.y >= 2024 && t.y <= 9999);
    assert_null(pdate_parse(pdate_format(t, buf), &back)); /* a real calendar day */
    assert_int_equal(strlen(buf), 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parse_year),
        cmocka_unit_test(parse_year_month),
        cmocka_unit_test(parse_full_date),
        cmocka_unit_test(parse_range_edges),
        cmocka_unit_test(parse_leap_day),
        cmocka_unit_test(parse_rejects),
        cmocka_unit_test(parse_messages),
        cmocka_unit_test(period_single_date),
        cmocka_unit_test(period_two_dates),
        cmocka_unit_test(period_overlapping_ends_allowed),
        cmocka_unit_test(period_reversed_rejected),
        cmocka_unit_test(period_malformed_rejected),
        cmocka_unit_test(first_last_day_of_1970),
        cmocka_unit_test(first_last_day_of_leap_year),
        cmocka_unit_test(last_day_of_february),
        cmocka_unit_test(first_last_day_of_a_day),
        cmocka_unit_test(days_anchors),
        cmocka_unit_test(days_round_trip),
        cmocka_unit_test(relation_year_and_month_overlap),
        cmocka_unit_test(relation_before_and_after),
        cmocka_unit_test(relation_day_inside_year),
        cmocka_unit_test(cmp_order),
        cmocka_unit_test(format_each_precision),
        cmocka_unit_test(format_parse_round_trip),
        cmocka_unit_test(today_is_a_full_valid_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
