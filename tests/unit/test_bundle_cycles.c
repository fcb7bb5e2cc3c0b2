/*
** test_bundle_cycles.c — parent cycles that a bundle closes through rows
** already stored (src/ingest/bundle.c, check_stored_cycles): a fake
** database of places, each with its parent, answers bundle_db.link. Only
** the problems that name a cycle are looked at (the rows here leave out
** columns that other checks want).
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/bundle.h"

/* The stored places: ID and PARENT pairs, PARENT NULL for none. */
typedef struct fake {
    const char *const (*rows)[2];
    size_t n;
    long links; /* how many times link() was asked */
} fake;

static const char *stored_parent(fake *f, const char *id, int *found)
{
    for (size_t i = 0; i < f->n; i++)
        if (strcmp(f->rows[i][0], id) == 0) {
            *found = 1;
            return f->rows[i][1];
        }
    *found = 0;
    return NULL;
}

static int fake_find(void *ctx, const char *id, char *kind, size_t kindsz)
{
    int found;
    stored_parent(ctx, id, &found);
    snprintf(kind, kindsz, "city");
    return found ? C_PLACE : -1;
}

static int fake_claim(void *ctx, const char *id, char ***fields)
{
    (void)ctx;
    (void)id;
    (void)fields;
    return 0;
}

static int fake_link(void *ctx, int c, const char *id, const char *col, char *next,
                     size_t nextsz)
{
    fake *f = ctx;
    int found;
    const char *parent = stored_parent(f, id, &found);
    f->links++;
    assert_int_equal(c, C_PLACE);
    assert_string_equal(col, "parent");
    if (!parent)
        return 0;
    snprintf(next, nextsz, "%s", parent);
    return 1;
}

/* A bundle of places: ID and PARENT pairs, on lines 2, 3, ... */
static bundle *places(const char *const (*rows)[2], size_t n)
{
    const concept *pc = &schema_concepts[C_PLACE];
    bundle *b = bundle_new("places.csv");
    assert_non_null(b);
    for (size_t i = 0; i < n; i++) {
        char **f = calloc(pc->ncols, sizeof *f);
        assert_non_null(f);
        f[0] = strdup(rows[i][0]);
        f[schema_col(pc, "kind")] = strdup("city");
        f[schema_col(pc, "name_en")] = strdup(rows[i][0]);
        if (rows[i][1])
            f[schema_col(pc, "parent")] = strdup(rows[i][1]);
        assert_int_equal(bundle_add(b, C_PLACE, f, (long)i + 2), AMUR_OK);
    }
    return b;
}

/* Checks B against F; the messages about cycles, joined by '\n', and
** their lines, into OUT. */
static void cycles(bundle *b, fake *f, char *out, size_t n)
{
    bundle_db db = {f, fake_find, fake_claim, fake_link};
    diag d = {0};
    size_t len = 0;
    out[0] = 0;
    assert_int_equal(bundle_check(b, &db, &d), AMUR_OK);
    for (size_t i = 0; i < d.n; i++)
        if (strstr(d.items[i].msg, "cycle")) {
            int m = snprintf(out + len, n - len, "%ld: %s\n", d.items[i].line, d.items[i].msg);
            assert_true(m > 0 && (size_t)m < n - len);
            len += (size_t)m;
        }
    diag_clear(&d);
    bundle_free(b);
}

#define N(a) (sizeof(a) / sizeof(a)[0])

static void closed_through_stored_rows(void **state)
{
    static const char *const stored[][2] = {{"a", "b"}, {"b", "c"}, {"c", NULL}};
    static const char *const rows[][2] = {{"x", "a"}, {"c", "a"}};
    fake f = {stored, N(stored), 0};
    char got[1024];
    (void)state;
    cycles(places(rows, N(rows)), &f, got, sizeof got);
    assert_string_equal(got, "3: parent cycle through the database: "
                             "c -> a (stored) -> b (stored) -> c\n");
}

/* In and out of the bundle twice: one cycle, reported once. */
static void through_both_twice(void **state)
{
    static const char *const stored[][2] = {{"s1", "q"}, {"s2", "p"}, {"q", NULL}, {"p", NULL}};
    static const char *const rows[][2] = {{"p", "s1"}, {"q", "s2"}};
    fake f = {stored, N(stored), 0};
    char got[1024];
    (void)state;
    cycles(places(rows, N(rows)), &f, got, sizeof got);
    assert_string_equal(got, "2: parent cycle through the database: "
                             "p -> s1 (stored) -> q -> s2 (stored) -> p\n");
}

/* A cycle among stored rows only was not made by this bundle: a chain
** that runs into it ends there, unreported. */
static void stored_cycle_not_ours(void **state)
{
    static const char *const stored[][2] = {{"x", "y"}, {"y", "x"}};
    static const char *const rows[][2] = {{"z", "x"}, {"w", "y"}};
    fake f = {stored, N(stored), 0};
    char got[1024];
    (void)state;
    cycles(places(rows, N(rows)), &f, got, sizeof got);
    assert_string_equal(got, "");
    assert_true(f.links <= 3); /* the second chain stops at rows already walked */
}

/* The bundle's row is the row: a stored parent it changes is not followed. */
static void bundle_row_wins(void **state)
{
    static const char *const stored[][2] = {{"a", "b"}, {"b", NULL}};
    static const char *const rows[][2] = {{"a", NULL}, {"b", "a"}};
    fake f = {stored, N(stored), 0};
    char got[1024];
    (void)state;
    cycles(places(rows, N(rows)), &f, got, sizeof got);
    assert_string_equal(got, "");
    assert_int_equal(f.links, 0);
}

/* A long stored chain: followed to its end (no cycle), each stored row
** asked once however many bundle rows lead into it. */
static void long_chain(void **state)
{
    enum { DEEP = 3000 };
    static char names[DEEP][16];
    static const char *stored[DEEP][2];
    static const char *const rows[][2] = {{"top", "n0"}, {"top2", "n10"}, {"top3", "n2999"}};
    fake f;
    char got[1024];
    (void)state;
    for (int i = 0; i < DEEP; i++) {
        snprintf(names[i], sizeof names[i], "n%d", i);
        stored[i][0] = names[i];
        stored[i][1] = i + 1 < DEEP ? names[i + 1] : NULL;
    }
    f.rows = (const char *const(*)[2])stored;
    f.n = DEEP;
    f.links = 0;
    cycles(places(rows, N(rows)), &f, got, sizeof got);
    assert_string_equal(got, "");
    assert_int_equal(f.links, DEEP);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(closed_through_stored_rows),
        cmocka_unit_test(through_both_twice),
        cmocka_unit_test(stored_cycle_not_ours),
        cmocka_unit_test(bundle_row_wins),
        cmocka_unit_test(long_chain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
