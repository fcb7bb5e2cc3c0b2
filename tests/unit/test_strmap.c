/*
** test_strmap.c — the string-to-integer hash map (src/core/strmap.h).
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/strmap.h"

static void new_map_is_empty(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    long v = 42;
    assert_non_null(m);
    assert_int_equal(strmap_count(m), 0);
    assert_int_equal(strmap_get(m, "anything", &v), 0);
    assert_int_equal(strmap_get(m, "", &v), 0);
    assert_int_equal(v, 42); /* untouched when not found */
    strmap_free(m);
}

static void add_then_get(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    long v = 0;
    assert_int_equal(strmap_add(m, "bridge", 7, NULL), 1);
    assert_int_equal(strmap_add(m, "ru", -3, NULL), 1);
    assert_int_equal(strmap_get(m, "bridge", &v), 1);
    assert_int_equal(v, 7);
    assert_int_equal(strmap_get(m, "ru", &v), 1);
    assert_int_equal(v, -3);
    assert_int_equal(strmap_get(m, "cn", &v), 0);
    assert_int_equal(strmap_count(m), 2);
    strmap_free(m);
}

static void keys_compare_by_content(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    char key[] = "place";
    char probe[] = "place";
    long v = 0;
    assert_int_equal(strmap_add(m, key, 5, NULL), 1);
    assert_int_equal(strmap_get(m, probe, &v), 1); /* another pointer, same text */
    assert_int_equal(v, 5);
    assert_int_equal(strmap_get(m, "plac", &v), 0);
    assert_int_equal(strmap_get(m, "places", &v), 0);
    assert_int_equal(strmap_get(m, "Place", &v), 0);
    strmap_free(m);
}

static void empty_key(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    long v = 0;
    assert_int_equal(strmap_add(m, "", 9, NULL), 1);
    assert_int_equal(strmap_get(m, "", &v), 1);
    assert_int_equal(v, 9);
    assert_int_equal(strmap_add(m, "", 10, NULL), 0);
    strmap_free(m);
}

static void duplicate_keeps_first_value(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    long old = 0, v = 0;
    assert_int_equal(strmap_add(m, "c1", 100, NULL), 1);
    assert_int_equal(strmap_add(m, "c1", 200, &old), 0);
    assert_int_equal(old, 100);
    assert_int_equal(strmap_get(m, "c1", &v), 1);
    assert_int_equal(v, 100);
    assert_int_equal(strmap_count(m), 1);
    strmap_free(m);
}

static void duplicate_without_old(void **state)
{
    (void)state;
    strmap *m = strmap_new();
    assert_int_equal(strmap_add(m, "x", 1, NULL), 1);
    assert_int_equal(strmap_add(m, "x", 2, NULL), 0);
    assert_int_equal(strmap_count(m), 1);
    strmap_free(m);
}

#define MANY 50000
#define KEYSZ 16 /* room for "k" and any int */

/* Keys "k0".."k49999" in one block of memory that outlives the map. */
static char *many_keys(void)
{
    char *keys = malloc((size_t)MANY * KEYSZ);
    assert_non_null(keys);
    for (int i = 0; i < MANY; i++)
        snprintf(keys + (size_t)i * KEYSZ, KEYSZ, "k%d", i);
    return keys;
}

static void growth_keeps_every_key(void **state)
{
    (void)state;
    char *keys = many_keys();
    strmap *m = strmap_new();
    for (int i = 0; i < MANY; i++) {
        assert_int_equal(strmap_add(m, keys + (size_t)i * KEYSZ, (long)i * 3, NULL), 1);
        assert_int_equal(strmap_count(m), (size_t)i + 1);
    }
    for (int i = 0; i < MANY; i++) {
        long v = -1;
        if (strmap_get(m, keys + (size_t)i * KEYSZ, &v) != 1 || v != (long)i * 3)
            fail_msg("key %s: got %ld", keys + (size_t)i * KEYSZ, v);
    }
    strmap_free(m);
    free(keys);
}

static void growth_then_duplicates(void **state)
{
    (void)state;
    char *keys = many_keys();
    char again[KEYSZ];
    strmap *m = strmap_new();
    for (int i = 0; i < MANY; i++)
        assert_int_equal(strmap_add(m, keys + (size_t)i * KEYSZ, i, NULL), 1);
    for (int i = 0; i < MANY; i += 997) {
        long old = -1;
        snprintf(again, sizeof again, "k%d", i);
        assert_int_equal(strmap_add(m, again, -1, &old), 0);
        assert_int_equal(old, i);
    }
    assert_int_equal(strmap_count(m), MANY);
    long v;
    assert_int_equal(strmap_get(m, "k50000", &v), 0);
    assert_int_equal(strmap_get(m, "k-1", &v), 0);
    strmap_free(m);
    free(keys);
}

static void free_null_is_harmless(void **state)
{
    (void)state;
    strmap_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(new_map_is_empty),
        cmocka_unit_test(add_then_get),
        cmocka_unit_test(keys_compare_by_content),
        cmocka_unit_test(empty_key),
        cmocka_unit_test(duplicate_keeps_first_value),
        cmocka_unit_test(duplicate_without_old),
        cmocka_unit_test(growth_keeps_every_key),
        cmocka_unit_test(growth_then_duplicates),
        cmocka_unit_test(free_null_is_harmless),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
