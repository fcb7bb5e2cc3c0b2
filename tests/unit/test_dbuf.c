/*
** test_dbuf.c — the growable buffer with a ceiling (src/core/dbuf.h) and
** the one sort (src/core/sort.h): both are small, and both guard against
** input that could otherwise grow memory without end or reach undefined
** behaviour.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/dbuf.h"
#include "core/sort.h"

static void starts_empty_and_terminated(void **state)
{
    (void)state;
    dbuf b = DBUF_INIT(16);
    assert_null(b.s);
    assert_int_equal(dbuf_add(&b, "", 0), DBUF_OK);
    assert_non_null(b.s);
    assert_int_equal(b.n, 0);
    assert_string_equal(b.s, "");
    dbuf_free(&b);
    assert_null(b.s);
    assert_int_equal(b.max, 16);
}

static void adds_and_grows(void **state)
{
    (void)state;
    dbuf b;
    dbuf_init(&b, 100000);
    for (int i = 0; i < 10000; i++)
        assert_int_equal(dbuf_addc(&b, (char)('a' + i % 26)), DBUF_OK);
    assert_int_equal(b.n, 10000);
    assert_int_equal(strlen(b.s), 10000);
    assert_int_equal(b.s[26], 'a');
    assert_int_equal(b.s[9999], 'a' + 9999 % 26);
    assert_true(b.cap > b.n);
    dbuf_reset(&b);
    assert_int_equal(b.n, 0);
    assert_string_equal(b.s, "");
    assert_int_equal(dbuf_add(&b, "xyz", 3), DBUF_OK);
    assert_string_equal(b.s, "xyz");
    dbuf_free(&b);
}

/* The ceiling holds exactly: MAX bytes fit, one more does not, and a
** refused add leaves the buffer as it was. */
static void ceiling_is_exact(void **state)
{
    (void)state;
    dbuf b = DBUF_INIT(5);
    assert_int_equal(dbuf_add(&b, "abc", 3), DBUF_OK);
    assert_int_equal(dbuf_add(&b, "def", 3), DBUF_FULL);
    assert_string_equal(b.s, "abc");
    assert_int_equal(dbuf_add(&b, "de", 2), DBUF_OK);
    assert_string_equal(b.s, "abcde");
    assert_int_equal(dbuf_addc(&b, 'f'), DBUF_FULL);
    assert_int_equal(b.n, 5);
    assert_true(b.cap <= 6); /* never allocates past what it may hold */
    assert_int_equal(dbuf_add(&b, "", 0), DBUF_OK);
    dbuf_free(&b);
}

/* A huge request is refused by arithmetic, not by trying to allocate it. */
static void huge_add_is_full(void **state)
{
    (void)state;
    dbuf b = DBUF_INIT(1024);
    assert_int_equal(dbuf_addc(&b, 'x'), DBUF_OK);
    assert_int_equal(dbuf_reserve(&b, SIZE_MAX), DBUF_FULL);
    assert_int_equal(dbuf_reserve(&b, SIZE_MAX - 1), DBUF_FULL);
    assert_int_equal(dbuf_reserve(&b, 1023), DBUF_OK);
    assert_int_equal(dbuf_reserve(&b, 1024), DBUF_FULL);
    dbuf_free(&b);
}

static void reserve_then_grow(void **state)
{
    (void)state;
    dbuf b = DBUF_INIT(64);
    assert_int_equal(dbuf_add(&b, "ab", 2), DBUF_OK);
    assert_int_equal(dbuf_reserve(&b, 10), DBUF_OK);
    memcpy(b.s + b.n, "0123456789", 10);
    dbuf_grow(&b, 10);
    assert_string_equal(b.s, "ab0123456789");
    dbuf_free(&b);
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void sort_takes_nothing(void **state)
{
    (void)state;
    int v[] = {3, 1, 2};
    sort_array(NULL, 0, sizeof(int), cmp_int); /* UB for qsort(); fine here */
    sort_array(v, 1, sizeof *v, cmp_int);
    assert_int_equal(v[0], 3);
    sort_array(v, 3, sizeof *v, cmp_int);
    assert_int_equal(v[0], 1);
    assert_int_equal(v[1], 2);
    assert_int_equal(v[2], 3);
}

/* dbuf_read(): a stream whole, up to the ceiling and one byte past it. */
static FILE *stream_of(size_t n)
{
    FILE *f = tmpfile();
    for (size_t i = 0; f && i < n; i++)
        fputc('a' + (int)(i % 26), f);
    if (f)
        rewind(f);
    return f;
}

static void read_whole_stream(void **state)
{
    static const struct {
        size_t len, max;
        int rc;
    } cases[] = {{0, 10, DBUF_OK},          {10, 10, DBUF_OK},        {11, 10, DBUF_FULL},
                 {200000, 200000, DBUF_OK}, {200001, 200000, DBUF_FULL}};
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dbuf b = DBUF_INIT(cases[i].max);
        FILE *f = stream_of(cases[i].len);
        assert_non_null(f);
        assert_int_equal(dbuf_read(&b, f), cases[i].rc);
        assert_int_equal(b.n, cases[i].len < cases[i].max ? cases[i].len : cases[i].max);
        if (b.n) {
            assert_int_equal(b.s[b.n], 0);
            assert_int_equal(b.s[b.n - 1], 'a' + (int)((b.n - 1) % 26));
        }
        fclose(f);
        dbuf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(starts_empty_and_terminated),
        cmocka_unit_test(adds_and_grows),
        cmocka_unit_test(ceiling_is_exact),
        cmocka_unit_test(huge_add_is_full),
        cmocka_unit_test(reserve_then_grow),
        cmocka_unit_test(sort_takes_nothing),
        cmocka_unit_test(read_whole_stream),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
