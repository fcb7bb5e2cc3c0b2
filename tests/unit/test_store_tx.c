/*
** test_store_tx.c — the SQLite store inside a transaction, where it keeps
** track of which tables were empty when the transaction began and which
** ids it has written since, to answer without a query (src/store/sqlite.c).
** Whatever the store skips, the answers must be those of the database:
** these tests put, get and find the same rows in transactions that begin
** on empty and on non-empty tables, below and above the number of ids the
** store keeps exactly before it switches to its filter.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"

#define SRC (&schema_concepts[C_SOURCE])
#define PLACE (&schema_concepts[C_PLACE])
#define PROJECT (&schema_concepts[C_PROJECT])
#define CLAIM (&schema_concepts[C_CLAIM])

/* More rows than the store keeps exactly (WRITTEN_FEW in sqlite.c). */
#define MANY 3000

static int setup(void **state)
{
    return fixture_setup(state, "storetx");
}

static int teardown(void **state)
{
    return fixture_teardown(state);
}

static void begin(store *s)
{
    amur_err err = {0, ""};
    assert_int_equal(store_begin(s, &err), AMUR_OK);
}

static void commit(store *s)
{
    amur_err err = {0, ""};
    assert_int_equal(store_commit(s, &err), AMUR_OK);
}

/* Stores source ID with TITLE; returns the result. */
static int put_source(store *s, const char *id, const char *title)
{
    char *f[64] = {0};
    amur_err err = {0, ""};
    int result = -1;
    f[0] = (char *)id;
    f[schema_col(SRC, "title")] = (char *)title;
    f[schema_col(SRC, "tier")] = "academic";
    assert_int_equal(store_put(s, SRC, f, &result, &err), AMUR_OK);
    return result;
}

static int put_place(store *s, const char *id, const char *kind)
{
    char *f[64] = {0};
    amur_err err = {0, ""};
    int result = -1;
    f[0] = (char *)id;
    f[schema_col(PLACE, "kind")] = (char *)kind;
    f[schema_col(PLACE, "name_en")] = (char *)id;
    assert_int_equal(store_put(s, PLACE, f, &result, &err), AMUR_OK);
    return result;
}

/* 1 when source ID is stored with TITLE, 0 when it is missing. */
static int has_source(store *s, const char *id, const char *title)
{
    char **f = NULL;
    amur_err err = {0, ""};
    int got = store_get(s, SRC, id, &f, &err);
    assert_true(got >= 0);
    if (got) {
        assert_string_equal(f[schema_col(SRC, "title")], title);
        store_row_free(SRC, f);
    } else {
        assert_null(f);
    }
    return got;
}

static void source_id(char *buf, size_t n, int i)
{
    snprintf(buf, n, "src-%d", i);
}

/* Many new rows in a fresh database, then each of them again, the same
** and changed: added, same, changed, as without any shortcut. */
static void fresh_database_many_rows(void **state)
{
    fixture *fx = *state;
    char id[32];
    begin(fx->s);
    for (int i = 0; i < MANY; i++) {
        source_id(id, sizeof id, i);
        assert_int_equal(store_find(fx->s, id, NULL, 0), -1);
        assert_int_equal(has_source(fx->s, id, "t"), 0);
        assert_int_equal(put_source(fx->s, id, "t"), STORE_ADDED);
    }
    for (int i = 0; i < MANY; i++) {
        source_id(id, sizeof id, i);
        assert_int_equal(store_find(fx->s, id, NULL, 0), C_SOURCE);
        assert_int_equal(has_source(fx->s, id, "t"), 1);
        assert_int_equal(put_source(fx->s, id, i % 2 ? "t" : "changed"),
                         i % 2 ? STORE_SAME : STORE_CHANGED);
    }
    /* an id not written is still missing in every table */
    assert_int_equal(store_find(fx->s, "src-none", NULL, 0), -1);
    assert_int_equal(has_source(fx->s, "src-none", "t"), 0);
    commit(fx->s);
    begin(fx->s);
    for (int i = 0; i < MANY; i += 97) {
        source_id(id, sizeof id, i);
        assert_int_equal(put_source(fx->s, id, i % 2 ? "t" : "changed"), STORE_SAME);
    }
    commit(fx->s);
}

/* An id written as one concept is found as that concept, with its kind,
** whether the transaction began on an empty table or not. */
static void find_sees_rows_written_in_the_transaction(void **state)
{
    fixture *fx = *state;
    char kind[64];
    begin(fx->s);
    assert_int_equal(put_place(fx->s, "ru", "country"), STORE_ADDED);
    assert_int_equal(store_find(fx->s, "ru", kind, sizeof kind), C_PLACE);
    assert_string_equal(kind, "country");
    assert_int_equal(put_source(fx->s, "study", "A study"), STORE_ADDED);
    assert_int_equal(store_find(fx->s, "study", kind, sizeof kind), C_SOURCE);
    assert_string_equal(kind, "");
    commit(fx->s);
    /* places and sources now hold rows, the other tables do not */
    begin(fx->s);
    assert_int_equal(store_find(fx->s, "ru", kind, sizeof kind), C_PLACE);
    assert_string_equal(kind, "country");
    assert_int_equal(store_find(fx->s, "study", kind, sizeof kind), C_SOURCE);
    assert_int_equal(store_find(fx->s, "cn", kind, sizeof kind), -1);
    assert_int_equal(put_place(fx->s, "ru", "region"), STORE_CHANGED);
    assert_int_equal(store_find(fx->s, "ru", kind, sizeof kind), C_PLACE);
    assert_string_equal(kind, "region");
    assert_int_equal(put_source(fx->s, "study", "A study"), STORE_SAME);
    commit(fx->s);
}

/* What a rolled-back transaction wrote is forgotten with it: the next one
** begins on empty tables again and adds the same ids anew. */
static void rollback_forgets_what_was_written(void **state)
{
    fixture *fx = *state;
    char id[32];
    begin(fx->s);
    for (int i = 0; i < MANY; i++) {
        source_id(id, sizeof id, i);
        assert_int_equal(put_source(fx->s, id, "t"), STORE_ADDED);
    }
    store_rollback(fx->s);
    begin(fx->s);
    for (int i = 0; i < MANY; i += 7) {
        source_id(id, sizeof id, i);
        assert_int_equal(store_find(fx->s, id, NULL, 0), -1);
        assert_int_equal(put_source(fx->s, id, "t"), STORE_ADDED);
        assert_int_equal(put_source(fx->s, id, "t"), STORE_SAME);
    }
    commit(fx->s);
}

/* Rows stored before the transaction, in tables that are not empty, are
** found by the queries the store cannot skip. */
static void rows_stored_before_are_found(void **state)
{
    fixture *fx = *state;
    char id[32];
    begin(fx->s);
    for (int i = 0; i < MANY; i += 2) {
        source_id(id, sizeof id, i);
        put_source(fx->s, id, "before");
    }
    commit(fx->s);
    begin(fx->s);
    for (int i = 0; i < MANY; i++) {
        source_id(id, sizeof id, i);
        assert_int_equal(store_find(fx->s, id, NULL, 0), i % 2 ? -1 : C_SOURCE);
        assert_int_equal(has_source(fx->s, id, "before"), i % 2 == 0);
        assert_int_equal(put_source(fx->s, id, "before"), i % 2 ? STORE_ADDED : STORE_SAME);
    }
    commit(fx->s);
}

static int put_claim(store *s, const char *id, const char *value)
{
    char *f[64] = {0};
    amur_err err = {0, ""};
    int result = -1;
    f[0] = (char *)id;
    f[schema_col(CLAIM, "subject")] = "ru";
    f[schema_col(CLAIM, "property")] = "stage";
    f[schema_col(CLAIM, "value")] = (char *)value;
    f[schema_col(CLAIM, "date")] = "2020";
    f[schema_col(CLAIM, "source")] = "study";
    assert_int_equal(store_put(s, CLAIM, f, &result, &err), AMUR_OK);
    return result;
}

static const char *claim_value(store *s, const char *id)
{
    static char v[64];
    char **f = NULL;
    amur_err err = {0, ""};
    assert_int_equal(store_get(s, CLAIM, id, &f, &err), 1);
    snprintf(v, sizeof v, "%s", f[schema_col(CLAIM, "value")]);
    store_row_free(CLAIM, f);
    return v;
}

/* A stored claim is kept as it is, in the transaction that wrote it and
** in later ones, inside a transaction and outside. */
static void claims_stay_as_stored(void **state)
{
    fixture *fx = *state;
    begin(fx->s);
    assert_int_equal(put_source(fx->s, "study", "A study"), STORE_ADDED);
    assert_int_equal(put_claim(fx->s, "c1", "listed"), STORE_ADDED);
    assert_int_equal(put_claim(fx->s, "c1", "listed"), STORE_SAME);
    assert_int_equal(put_claim(fx->s, "c1", "completed"), STORE_SAME);
    assert_string_equal(claim_value(fx->s, "c1"), "listed");
    commit(fx->s);
    begin(fx->s);
    assert_int_equal(put_claim(fx->s, "c1", "completed"), STORE_SAME);
    assert_int_equal(put_claim(fx->s, "c2", "completed"), STORE_ADDED);
    commit(fx->s);
    assert_int_equal(put_claim(fx->s, "c1", "cancelled"), STORE_SAME);
    assert_int_equal(put_claim(fx->s, "c3", "cancelled"), STORE_ADDED);
    assert_string_equal(claim_value(fx->s, "c1"), "listed");
    assert_string_equal(claim_value(fx->s, "c2"), "completed");
}

/* Outside a transaction every answer comes from the database. */
static void outside_a_transaction(void **state)
{
    fixture *fx = *state;
    assert_int_equal(put_source(fx->s, "study", "A study"), STORE_ADDED);
    assert_int_equal(put_source(fx->s, "study", "A study"), STORE_SAME);
    assert_int_equal(store_find(fx->s, "study", NULL, 0), C_SOURCE);
    assert_int_equal(has_source(fx->s, "study", "A study"), 1);
    begin(fx->s);
    assert_int_equal(put_source(fx->s, "study", "Another"), STORE_CHANGED);
    commit(fx->s);
    assert_int_equal(has_source(fx->s, "study", "Another"), 1);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(fresh_database_many_rows),
        T(find_sees_rows_written_in_the_transaction),
        T(rollback_forgets_what_was_written),
        T(rows_stored_before_are_found),
        T(claims_stay_as_stored),
        T(outside_a_transaction),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
