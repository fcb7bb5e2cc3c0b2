/*
** test_store.c — the SQLite store (src/store/store.h) over a database in a
** fresh temporary folder, removed with its -wal and -shm files after each
** test.
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
#define CLAIM (&schema_concepts[C_CLAIM])

static int setup(void **state)
{
    return fixture_setup(state, "store");
}

static int teardown(void **state)
{
    return fixture_teardown(state);
}

/* Fills F (all NULL first) from "col=value;col=value"; the values are
** copied into BUF, which must outlive F. */
static char *const *row(const concept *c, char **f, char *buf, size_t bufsz,
                        const char *spec)
{
    char *s;
    memset(f, 0, c->ncols * sizeof *f);
    assert_true(strlen(spec) < bufsz);
    strcpy(buf, spec);
    for (s = strtok(buf, ";"); s; s = strtok(NULL, ";")) {
        char *eq = strchr(s, '=');
        int k;
        assert_non_null(eq);
        *eq = 0;
        k = schema_col(c, s);
        if (k < 0)
            fail_msg("no column %s", s);
        f[k] = eq + 1;
    }
    return f;
}

/* Stores one row; returns store_put's status and the result in *RESULT. */
static int put(store *s, const concept *c, const char *spec, int *result)
{
    char *f[64], buf[512];
    amur_err err = {0, ""};
    *result = -1;
    return store_put(s, c, row(c, f, buf, sizeof buf, spec), result, &err);
}

static int put_result(store *s, const concept *c, const char *spec)
{
    int result;
    assert_int_equal(put(s, c, spec, &result), AMUR_OK);
    return result;
}

static long count(store *s, const concept *c)
{
    long n = -1;
    amur_err err = {0, ""};
    assert_int_equal(store_count(s, c, &n, &err), AMUR_OK);
    return n;
}

/* The value of column COL of stored row ID, into OUT ("(null)" for NULL,
** "(missing)" when there is no such row). */
static const char *stored(store *s, const concept *c, const char *id, const char *col,
                          char *out, size_t n)
{
    char **f;
    amur_err err = {0, ""};
    int got = store_get(s, c, id, &f, &err);
    assert_true(got >= 0);
    if (!got) {
        assert_null(f);
        snprintf(out, n, "(missing)");
        return out;
    }
    snprintf(out, n, "%s", f[schema_col(c, col)] ? f[schema_col(c, col)] : "(null)");
    store_row_free(c, f);
    return out;
}

#define STUDY "id=study;title=A study;tier=academic"
#define RU "id=ru;kind=country;name_en=Russia"

static void open_creates_and_migrates(void **state)
{
    fixture *fx = *state;
    assert_int_equal(access(fx->path, F_OK), 0);
    for (int c = 0; c < C_COUNT; c++)
        assert_int_equal(count(fx->s, &schema_concepts[c]), 0);
    assert_string_equal(store_path(fx->s), fx->path);
}

static void put_new_rows_are_added(void **state)
{
    fixture *fx = *state;
    assert_int_equal(put_result(fx->s, SRC, STUDY), STORE_ADDED);
    assert_int_equal(put_result(fx->s, PLACE, RU ";source=study"), STORE_ADDED);
    assert_int_equal(count(fx->s, SRC), 1);
    assert_int_equal(count(fx->s, PLACE), 1);
}

static void put_same_again_is_same(void **state)
{
    fixture *fx = *state;
    put_result(fx->s, SRC, STUDY);
    put_result(fx->s, PLACE, RU);
    assert_int_equal(put_result(fx->s, SRC, STUDY), STORE_SAME);
    assert_int_equal(put_result(fx->s, PLACE, RU), STORE_SAME);
    assert_int_equal(count(fx->s, SRC), 1);
}

static void put_changed_title_is_changed(void **state)
{
    fixture *fx = *state;
    char v[64];
    put_result(fx->s, SRC, STUDY);
    assert_int_equal(put_result(fx->s, SRC, "id=study;title=A new title;tier=academic"),
                     STORE_CHANGED);
    assert_string_equal(stored(fx->s, SRC, "study", "title", v, sizeof v), "A new title");
    assert_int_equal(count(fx->s, SRC), 1);
}

static void put_empty_to_value_and_back_is_changed(void **state)
{
    fixture *fx = *state;
    char v[64];
    put_result(fx->s, SRC, STUDY);
    assert_string_equal(stored(fx->s, SRC, "study", "note", v, sizeof v), "(null)");
    assert_int_equal(put_result(fx->s, SRC, STUDY ";note=checked"), STORE_CHANGED);
    assert_string_equal(stored(fx->s, SRC, "study", "note", v, sizeof v), "checked");
    assert_int_equal(put_result(fx->s, SRC, STUDY), STORE_CHANGED);
    assert_string_equal(stored(fx->s, SRC, "study", "note", v, sizeof v), "(null)");
}

#define C1 "id=c1;subject=bridge;property=planned_opening;date=2019-11;source=study;value="

static void claims_are_append_only(void **state)
{
    fixture *fx = *state;
    char v[64];
    put_result(fx->s, SRC, STUDY);
    assert_int_equal(put_result(fx->s, CLAIM, C1 "2020"), STORE_ADDED);
    assert_int_equal(put_result(fx->s, CLAIM, C1 "2021"), STORE_SAME);
    assert_string_equal(stored(fx->s, CLAIM, "c1", "value", v, sizeof v), "2020");
    assert_int_equal(put_result(fx->s, CLAIM, C1 "2020"), STORE_SAME);
    assert_int_equal(count(fx->s, CLAIM), 1);
}

static void get_missing_row(void **state)
{
    fixture *fx = *state;
    char v[64];
    assert_string_equal(stored(fx->s, SRC, "nothing", "title", v, sizeof v), "(missing)");
}

/* A token not found leaves its outputs defined: the server's writer
** copies the role of a miss into its memo (once a fuzz crash: it read
** past an unterminated stack buffer). */
static void token_find_miss_clears(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    char role[8];
    long id = 7;
    int revoked = 7;
    memset(role, 'x', sizeof role);
    assert_int_equal(store_token_find(fx->s, "no such hash", &id, role, sizeof role, &revoked,
                                      &err),
                     0);
    assert_string_equal(role, "");
    assert_int_equal(id, 0);
    assert_int_equal(revoked, 0);
}

/* Collects the ids a walk visits, "a,b,". */
static int collect(void *ctx, char *const *fields)
{
    strcat(ctx, fields[0]);
    strcat(ctx, ",");
    return 0;
}

static int stop_at_first(void *ctx, char *const *fields)
{
    (void)fields;
    ++*(int *)ctx;
    return 5;
}

static void four_places(store *s)
{
    put_result(s, PLACE, RU);
    put_result(s, PLACE, "id=cn;kind=country;name_en=China");
    put_result(s, PLACE, "id=ru-amu;kind=region;name_en=Amur;country=ru");
    put_result(s, PLACE, "id=blag;kind=city;name_en=Blagoveshchensk;country=ru;parent=ru-amu");
}

static const char *walk(store *s, const store_filter *f, size_t nf, char *out)
{
    amur_err err = {0, ""};
    out[0] = 0;
    assert_int_equal(store_each(s, PLACE, f, nf, collect, out, &err), 0);
    return out;
}

static void each_without_filter_in_stored_order(void **state)
{
    fixture *fx = *state;
    char ids[256];
    four_places(fx->s);
    /* a later change keeps a row's place */
    put_result(fx->s, PLACE, "id=ru;kind=country;name_en=Russian Federation");
    assert_string_equal(walk(fx->s, NULL, 0, ids), "ru,cn,ru-amu,blag,");
}

static void each_with_filters(void **state)
{
    fixture *fx = *state;
    char ids[256];
    four_places(fx->s);
    store_filter kind = {"kind", "country"};
    assert_string_equal(walk(fx->s, &kind, 1, ids), "ru,cn,");
    store_filter in_ru = {"country", "ru"};
    assert_string_equal(walk(fx->s, &in_ru, 1, ids), "ru-amu,blag,");
    store_filter both[2] = {{"country", "ru"}, {"kind", "city"}};
    assert_string_equal(walk(fx->s, both, 2, ids), "blag,");
    store_filter none = {"kind", "island"};
    assert_string_equal(walk(fx->s, &none, 1, ids), "");
}

static void each_stops_when_asked(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    int calls = 0;
    four_places(fx->s);
    assert_int_equal(store_each(fx->s, PLACE, NULL, 0, stop_at_first, &calls, &err), 5);
    assert_int_equal(calls, 1);
}

static void each_unknown_column_refused(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    char ids[256] = "";
    store_filter bad = {"kind; DROP TABLE places", "x"};
    assert_int_equal(store_each(fx->s, PLACE, &bad, 1, collect, ids, &err), AMUR_EUSAGE);
    assert_string_equal(ids, "");
}

static void find_returns_concept_and_kind(void **state)
{
    fixture *fx = *state;
    char kind[32];
    put_result(fx->s, SRC, STUDY);
    four_places(fx->s);
    put_result(fx->s, CLAIM, C1 "2020");
    strcpy(kind, "junk");
    assert_int_equal(store_find(fx->s, "ru", kind, sizeof kind), C_PLACE);
    assert_string_equal(kind, "country");
    assert_int_equal(store_find(fx->s, "blag", kind, sizeof kind), C_PLACE);
    assert_string_equal(kind, "city");
    assert_int_equal(store_find(fx->s, "study", kind, sizeof kind), C_SOURCE);
    assert_string_equal(kind, "");
    assert_int_equal(store_find(fx->s, "c1", NULL, 0), C_CLAIM);
}

static void find_missing_is_minus_one(void **state)
{
    fixture *fx = *state;
    char kind[32] = "";
    four_places(fx->s);
    assert_int_equal(store_find(fx->s, "nowhere", kind, sizeof kind), -1);
    assert_int_equal(store_find(fx->s, "", kind, sizeof kind), -1);
}

static void foreign_key_violation_fails(void **state)
{
    fixture *fx = *state;
    int result;
    amur_err err = {0, ""};
    char *f[64], buf[256];
    row(PLACE, f, buf, sizeof buf, "id=blag;kind=city;name_en=B;parent=nowhere");
    assert_int_not_equal(store_put(fx->s, PLACE, f, &result, &err), AMUR_OK);
    assert_true(err.msg[0] != 0);
    assert_int_equal(count(fx->s, PLACE), 0);
    assert_int_not_equal(put(fx->s, PLACE, "id=x;kind=city;name_en=X;source=nosuch", &result),
                         AMUR_OK);
}

static void rollback_discards(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    assert_int_equal(store_begin(fx->s, &err), AMUR_OK);
    put_result(fx->s, SRC, STUDY);
    put_result(fx->s, PLACE, RU);
    assert_int_equal(count(fx->s, SRC), 1); /* visible inside the transaction */
    store_rollback(fx->s);
    assert_int_equal(count(fx->s, SRC), 0);
    assert_int_equal(count(fx->s, PLACE), 0);
}

static void commit_keeps(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    assert_int_equal(store_begin(fx->s, &err), AMUR_OK);
    put_result(fx->s, SRC, STUDY);
    assert_int_equal(store_commit(fx->s, &err), AMUR_OK);
    store_rollback(fx->s); /* nothing to roll back any more */
    assert_int_equal(count(fx->s, SRC), 1);
}

/* A walk's readers read one snapshot, taken when they are opened: a
** commit after it is seen by neither, as it would not be by one handle. */
static void readers_share_one_snapshot(void **state)
{
    fixture *fx = *state;
    store *r, *rd[2], *late;
    amur_err err = {0, ""};
    put_result(fx->s, SRC, STUDY);
    assert_int_equal(store_open(fx->path, STORE_READ, &r, &err), AMUR_OK);
    assert_int_equal(store_open_readers(r, 2, rd, &err), AMUR_OK);
    put_result(fx->s, SRC, "id=later;title=Later;tier=academic");
    assert_int_equal(count(rd[0], SRC), 1);
    assert_int_equal(count(rd[1], SRC), 1);
    assert_int_equal(store_open(fx->path, STORE_READ, &late, &err), AMUR_OK);
    assert_int_equal(count(late, SRC), 2);
    store_close(late);
    store_close(rd[0]);
    store_close(rd[1]);
    store_close(r);
}

static void read_only_missing_fails(void **state)
{
    fixture *fx = *state;
    char path[96];
    store *s = (store *)1;
    amur_err err = {0, ""};
    snprintf(path, sizeof path, "%s/none.db", fx->dir);
    assert_int_equal(store_open(path, STORE_READ, &s, &err), AMUR_EDATA);
    assert_null(s);
    assert_non_null(strstr(err.msg, path));
    assert_int_equal(access(path, F_OK), -1); /* and not created */
}

static void reopen_keeps_data(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    char v[64];
    put_result(fx->s, SRC, STUDY);
    put_result(fx->s, PLACE, RU);
    store_close(fx->s);
    fx->s = NULL;
    assert_int_equal(store_open(fx->path, STORE_WRITE, &fx->s, &err), AMUR_OK);
    assert_int_equal(count(fx->s, SRC), 1);
    assert_int_equal(count(fx->s, PLACE), 1);
    assert_string_equal(stored(fx->s, SRC, "study", "title", v, sizeof v), "A study");
    assert_int_equal(put_result(fx->s, SRC, STUDY), STORE_SAME);
}

static void read_only_reads_but_refuses_writes(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    store *ro = NULL;
    int result;
    put_result(fx->s, SRC, STUDY);
    store_close(fx->s);
    fx->s = NULL;
    assert_int_equal(store_open(fx->path, STORE_READ, &ro, &err), AMUR_OK);
    assert_int_equal(count(ro, SRC), 1);
    assert_int_not_equal(put(ro, SRC, "id=other;title=T;tier=academic", &result), AMUR_OK);
    assert_int_equal(count(ro, SRC), 1);
    store_close(ro);
    assert_int_equal(store_open(fx->path, STORE_WRITE, &fx->s, &err), AMUR_OK);
}

/* ---- flows as rows ---- */

/* A flow's row has schema_flows' columns, in store_flow's order, and reads
** back as the same flow. */
static void flow_row_round_trip(void **state)
{
    (void)state;
    store_flow f = {"prj", "src", "2021-01-01", 7, "transaction", "disbursement", "2020-05-01",
                    NULL, "-12.5", "USD", "2020-05-01", "Giver", NULL, "G-1", NULL,
                    "a \"quoted\" word", "a.xml", 0};
    store_flow g;
    const char *cells[STORE_FLOW_COLS];
    char seq[24], line[24];
    assert_int_equal(STORE_FLOW_COLS, schema_flows.ncols);
    store_flow_row(&f, cells, seq, line);
    assert_string_equal(cells[schema_col(&schema_flows, "seq")], "7");
    assert_null(cells[schema_col(&schema_flows, "line")]); /* 0: unknown */
    assert_string_equal(cells[schema_col(&schema_flows, "value")], "-12.5");
    assert_string_equal(cells[schema_col(&schema_flows, "provider_ref")], "G-1");
    assert_string_equal(cells[schema_col(&schema_flows, "description")], "a \"quoted\" word");
    store_flow_of_row((char *const *)cells, &g);
    assert_int_equal(g.seq, 7);
    assert_int_equal(g.line, 0);
    assert_string_equal(g.activity, "prj");
    assert_string_equal(g.reported, "2021-01-01");
    assert_null(g.end);
    assert_null(g.receiver);
    assert_string_equal(g.file, "a.xml");
}

static int count_flow(void *ctx, const store_flow *f)
{
    (void)f;
    ++*(long *)ctx;
    return 0;
}

/* Rows in any order are stored a snapshot at a time: a snapshot given
** again is the same, and one with fewer flows replaces the stored one. */
static void flows_put_rows_by_snapshot(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    char *r[5][STORE_FLOW_COLS] = {{0}};
    char *const *rows[5];
    static const char *const spec[5][5] = {
        {"b", "s", "2021-01-01", "2", "20"}, {"a", "s", "2021-01-01", "1", "10"},
        {"b", "s", "2021-01-01", "1", "10"}, {"b", "s", "2020-01-01", "1", "5"},
        {"a", "t", "2021-01-01", "1", "1"}};
    store_tally t = {0, 0, 0, 0};
    long n = 0;
    put_result(fx->s, SRC, STUDY);
    for (int i = 0; i < 5; i++) {
        r[i][0] = (char *)spec[i][0];
        r[i][1] = (char *)spec[i][1];
        r[i][2] = (char *)spec[i][2];
        r[i][3] = (char *)spec[i][3];
        r[i][4] = "transaction";
        r[i][8] = (char *)spec[i][4];
        rows[i] = r[i];
    }
    assert_int_equal(store_flows_put_rows(fx->s, rows, 5, &t, &err), AMUR_OK);
    assert_int_equal(t.rows, 5);
    assert_int_equal(t.added, 5);
    assert_int_equal(count(fx->s, &schema_flows), 5);
    /* the same again: the same */
    memset(&t, 0, sizeof t);
    assert_int_equal(store_flows_put_rows(fx->s, rows, 5, &t, &err), AMUR_OK);
    assert_int_equal(t.same, 5);
    assert_int_equal(t.added + t.changed, 0);
    /* b's 2021 snapshot with one flow in place of two: changed, one left */
    memset(&t, 0, sizeof t);
    assert_int_equal(store_flows_put_rows(fx->s, rows + 2, 1, &t, &err), AMUR_OK);
    assert_int_equal(t.changed, 1);
    assert_int_equal(store_each_flow_all(fx->s, "b", count_flow, &n, &err), AMUR_OK);
    assert_int_equal(n, 2); /* 2020's and 2021's one */
    n = 0;
    assert_int_equal(store_each_flow_all(fx->s, NULL, count_flow, &n, &err), AMUR_OK);
    assert_int_equal(n, 4);
    assert_int_equal(count(fx->s, &schema_flows), 4);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(open_creates_and_migrates),
        T(put_new_rows_are_added),
        T(put_same_again_is_same),
        T(put_changed_title_is_changed),
        T(put_empty_to_value_and_back_is_changed),
        T(claims_are_append_only),
        T(get_missing_row),
        T(token_find_miss_clears),
        T(each_without_filter_in_stored_order),
        T(each_with_filters),
        T(each_stops_when_asked),
        T(each_unknown_column_refused),
        T(find_returns_concept_and_kind),
        T(find_missing_is_minus_one),
        T(foreign_key_violation_fails),
        T(rollback_discards),
        T(commit_keeps),
        T(readers_share_one_snapshot),
        T(read_only_missing_fails),
        T(reopen_keeps_data),
        T(read_only_reads_but_refuses_writes),
        cmocka_unit_test(flow_row_round_trip),
        T(flows_put_rows_by_snapshot),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
