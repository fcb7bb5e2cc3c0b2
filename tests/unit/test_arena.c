/*
** test_arena.c — memory from large blocks (src/core/arena.h): alignment,
** requests bigger than a block, the ceiling, reset keeping one block, and
** one arena adopting another's strings.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/arena.h"

static void strings_pack_and_survive(void **state)
{
    (void)state;
    arena a = ARENA_INIT(64, 0);
    char *p[100];
    for (int i = 0; i < 100; i++) {
        char s[16];
        int n = snprintf(s, sizeof s, "row-%d", i);
        assert_non_null(p[i] = arena_strndup(&a, s, (size_t)n));
    }
    /* blocks filled and chained: every string is still where it was */
    for (int i = 0; i < 100; i++) {
        char s[16];
        snprintf(s, sizeof s, "row-%d", i);
        assert_string_equal(p[i], s);
    }
    assert_non_null(p[0] = arena_strndup(&a, "abc", 2));
    assert_string_equal(p[0], "ab");
    arena_free(&a);
    assert_null(a.head);
}

static void allocations_are_aligned(void **state)
{
    (void)state;
    arena a = ARENA_INIT(256, 0);
    for (int i = 0; i < 50; i++) {
        void *s = arena_strndup(&a, "x", 1); /* leaves the end unaligned */
        double *d = arena_alloc(&a, sizeof *d);
        void **v = arena_alloc(&a, 3 * sizeof *v);
        assert_non_null(s);
        assert_non_null(d);
        assert_non_null(v);
        assert_int_equal((uintptr_t)d % _Alignof(double), 0);
        assert_int_equal((uintptr_t)v % _Alignof(void *), 0);
        *d = 1.5;
        v[0] = v[1] = v[2] = d;
    }
    arena_free(&a);
}

static void big_request_gets_its_own_block(void **state)
{
    (void)state;
    arena a = ARENA_INIT(64, 0);
    char *big = arena_alloc(&a, 10000);
    char *small = arena_alloc(&a, 8);
    assert_non_null(big);
    assert_non_null(small);
    memset(big, 'x', 10000); /* ASan checks the whole block is ours */
    assert_int_equal(a.total, 10008);
    arena_free(&a);
}

static void ceiling_then_reset(void **state)
{
    (void)state;
    arena a = ARENA_INIT(64, 100);
    assert_non_null(arena_alloc(&a, 60));
    assert_false(arena_failed(&a));
    assert_non_null(arena_alloc(&a, 40));
    assert_null(arena_alloc(&a, 1));
    assert_true(arena_failed(&a));
    assert_null(arena_strdup(&a, NULL));
    assert_true(arena_failed(&a));
    assert_null(arena_strndup(&a, "", 0)); /* sticky: nothing more until reset */
    assert_null(arena_alloc(&a, SIZE_MAX));
    arena_reset(&a);
    assert_false(arena_failed(&a));
    assert_int_equal(a.total, 0);
    assert_non_null(a.head); /* one block kept for the next item */
    assert_non_null(arena_alloc(&a, 100));
    arena_free(&a);
}

/* What SRC handed out lives on in DST, which goes on from its own block;
** freeing DST frees it all (AddressSanitizer's build finds a leak or a
** double free), and SRC is empty and usable. */
static void adopt_moves_everything(void **state)
{
    (void)state;
    arena dst = ARENA_INIT(64, 0), src = ARENA_INIT(64, 0), none = ARENA_INIT(64, 0);
    char *d[20], *s[20], *after;
    for (int i = 0; i < 20; i++) {
        char t[16];
        snprintf(t, sizeof t, "d-%d", i);
        d[i] = arena_strdup(&dst, t);
        snprintf(t, sizeof t, "s-%d", i);
        s[i] = arena_strdup(&src, t);
    }
    size_t total = dst.total + src.total;
    arena_adopt(&dst, &src);
    assert_null(src.head);
    assert_int_equal(src.total, 0);
    assert_int_equal(dst.total, total);
    after = arena_strdup(&dst, "after");
    for (int i = 0; i < 20; i++) {
        char t[16];
        snprintf(t, sizeof t, "d-%d", i);
        assert_string_equal(d[i], t);
        snprintf(t, sizeof t, "s-%d", i);
        assert_string_equal(s[i], t);
    }
    assert_string_equal(after, "after");
    assert_non_null(arena_strdup(&src, "again"));
    arena_free(&src);
    /* into an empty arena, and from one */
    arena_adopt(&none, &dst);
    arena_adopt(&none, &dst);
    assert_string_equal(s[19], "s-19");
    arena_free(&none);
    assert_null(none.head);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(strings_pack_and_survive),
        cmocka_unit_test(allocations_are_aligned),
        cmocka_unit_test(big_request_gets_its_own_block),
        cmocka_unit_test(ceiling_then_reset),
        cmocka_unit_test(adopt_moves_everything),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
