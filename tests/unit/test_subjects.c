/*
** test_subjects.c — the server's cache of answers about one subject
** (src/web/subjects.h): the least recently used entry goes when it is
** full, an entry of another epoch is never served, and dropping a subject
** drops exactly the entries tagged with it.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web/subjects.h"

static int freed;

static void free_val(void *v)
{
    freed++;
    free(v);
}

static void *val(int n)
{
    int *p = malloc(sizeof *p);
    *p = n;
    return p;
}

static void got(void *ctx, void *v)
{
    *(int *)ctx = *(int *)v;
}

/* The value kept under KEY for EPOCH, or -1. */
static int get(subj_cache *c, const char *key, long epoch)
{
    int n = -1;
    return subj_cache_use(c, key, epoch, got, &n) ? n : -1;
}

static void put(subj_cache *c, const char *key, long epoch, const char *tag, int n)
{
    assert_int_equal(subj_cache_put(c, key, epoch, -1, &tag, 1, val(n)), 0);
}

static void least_recently_used_goes(void **state)
{
    subj_cache *c = subj_cache_new(2, free_val);
    (void)state;
    freed = 0;
    put(c, "/a", 1, "a", 1);
    put(c, "/b", 1, "b", 2);
    assert_int_equal(get(c, "/a", 1), 1); /* /a used: /b is now the oldest */
    put(c, "/c", 1, "c", 3);
    assert_int_equal(get(c, "/b", 1), -1);
    assert_int_equal(get(c, "/a", 1), 1);
    assert_int_equal(get(c, "/c", 1), 3);
    assert_int_equal(subj_cache_count(c), 2);
    assert_int_equal(freed, 1);
    put(c, "/c", 1, "c", 4); /* the same key replaced: no room taken */
    assert_int_equal(get(c, "/c", 1), 4);
    assert_int_equal(get(c, "/a", 1), 1);
    assert_int_equal(freed, 2);
    subj_cache_free(c);
    assert_int_equal(freed, 4);
}

static void other_epoch_never_served(void **state)
{
    subj_cache *c = subj_cache_new(4, free_val);
    (void)state;
    put(c, "/a", 1, "a", 1);
    assert_int_equal(get(c, "/a", 2), -1);
    assert_int_equal(get(c, "/a", 1), 1);
    subj_cache_free(c);
}

static void drop_by_subject(void **state)
{
    subj_cache *c = subj_cache_new(8, free_val);
    const char *both[] = {"a", "b"};
    char key[16];
    (void)state;
    put(c, "/a", 1, "a", 1);
    put(c, "/a?x", 1, "a", 2);
    put(c, "/b", 1, "b", 3);
    assert_int_equal(subj_cache_put(c, "/ab", 1, -1, both, 2, val(4)), 0);
    assert_int_equal(subj_cache_drop(c, "a"), 3);
    assert_int_equal(get(c, "/a", 1), -1);
    assert_int_equal(get(c, "/a?x", 1), -1);
    assert_int_equal(get(c, "/ab", 1), -1);
    assert_int_equal(get(c, "/b", 1), 3);
    assert_int_equal(subj_cache_drop(c, "nobody"), 0);
    /* the freed slots are used again */
    for (int i = 0; i < 20; i++) {
        snprintf(key, sizeof key, "/k%d", i);
        put(c, key, 1, "k", i);
    }
    assert_int_equal(subj_cache_count(c), 8);
    assert_int_equal(get(c, "/k19", 1), 19);
    assert_int_equal(get(c, "/k11", 1), -1);
    assert_int_equal(subj_cache_drop(c, "k"), 8);
    assert_int_equal(subj_cache_count(c), 0);
    subj_cache_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(least_recently_used_goes),
        cmocka_unit_test(other_epoch_never_served),
        cmocka_unit_test(drop_by_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
