/*
** test_bundle.c — reading and checking a bundle (src/ingest/bundle.h).
**
** Each test writes a small bundle into a fresh temporary folder, reads and
** checks it, and compares the problems found with exactly the expected
** ones: file, line, column and a part of the message.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/bundle.h"

typedef struct fixture {
    char dir[32];
    diag d;
    bundle *b;
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (!fx)
        return -1;
    strcpy(fx->dir, "/tmp/amur-bundle-XXXXXX");
    if (!mkdtemp(fx->dir))
        return -1;
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    char p[96];
    for (int c = 0; c < C_COUNT; c++) {
        snprintf(p, sizeof p, "%s/%s", fx->dir, schema_concepts[c].file);
        if (remove(p) != 0)
            rmdir(p);
    }
    rmdir(fx->dir);
    bundle_free(fx->b);
    diag_clear(&fx->d);
    free(fx);
    return 0;
}

static void put(fixture *fx, const char *file, const char *text)
{
    char p[96];
    FILE *f;
    snprintf(p, sizeof p, "%s/%s", fx->dir, file);
    f = fopen(p, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A valid bundle to start from. */
static void base(fixture *fx)
{
    put(fx, "sources.csv", "id,title,tier\nstudy,A study,academic\n");
    put(fx, "places.csv", "id,kind,name_en,country\nru,country,Russia,\nru-amu,region,Amur,ru\n");
    put(fx, "projects.csv", "id,kind,name_en,place\nbridge,bridge,Bridge,ru-amu\n");
    put(fx, "claims.csv", "id,subject,property,value,date,source\n"
                          "c1,bridge,planned_opening,2021,2019-11,study\n");
}

/* Reads and checks the bundle; returns bundle_read's status. */
static int run(fixture *fx, const bundle_db *db)
{
    amur_err err = {0, ""};
    int rc = bundle_read(fx->dir, &fx->b, &fx->d, &err);
    if (rc == AMUR_OK)
        assert_int_equal(bundle_check(fx->b, db, &fx->d), AMUR_OK);
    return rc;
}

typedef struct want {
    const char *file; /* NULL: none */
    long line;
    const char *column; /* NULL: none */
    const char *msg;    /* a part of the message */
} want;

static int matches(const fixture *fx, const diag_item *it, const want *w)
{
    char path[96];
    if (w->file)
        snprintf(path, sizeof path, "%s/%s", fx->dir, w->file);
    return (w->file ? it->file && strcmp(it->file, path) == 0 : !it->file) &&
           it->line == w->line &&
           (w->column ? it->column && strcmp(it->column, w->column) == 0 : !it->column) &&
           strstr(it->msg, w->msg) != NULL;
}

/* The problems found are exactly WANT, in any order. */
static void expect(const fixture *fx, const want *w, size_t n)
{
    int used[64] = {0};
    int ok = fx->d.n == n && fx->d.total == n;
    for (size_t i = 0; ok && i < n; i++) {
        size_t j = 0;
        while (j < fx->d.n && (used[j] || !matches(fx, &fx->d.items[j], &w[i])))
            j++;
        if (j == fx->d.n)
            ok = 0;
        else
            used[j] = 1;
    }
    if (!ok) {
        for (size_t i = 0; i < fx->d.n; i++) {
            const diag_item *it = &fx->d.items[i];
            print_error("got %s:%ld: %s: %s\n", it->file ? it->file : "-", it->line,
                        it->column ? it->column : "-", it->msg);
        }
        for (size_t i = 0; i < n; i++)
            print_error("want %s:%ld: %s: ...%s...\n", w[i].file ? w[i].file : "-",
                        w[i].line, w[i].column ? w[i].column : "-", w[i].msg);
        fail_msg("the problems differ");
    }
}

#define EXPECT(...)                                                  \
    do {                                                             \
        const want w_[] = {__VA_ARGS__};                             \
        expect(fx, w_, sizeof w_ / sizeof w_[0]);                    \
    } while (0)
#define EXPECT_NONE() expect(fx, NULL, 0)

/* ---- a database behind the bundle, faked ---- */

typedef struct fake {
    int asked_cn; /* find() was asked about "cn" */
    const char *stored_value; /* value of stored claim c1; NULL: none stored */
} fake;

static int fake_find(void *ctx, const char *id, char *kind, size_t kindsz)
{
    fake *f = ctx;
    if (strcmp(id, "cn") == 0) {
        f->asked_cn = 1;
        snprintf(kind, kindsz, "country");
        return C_PLACE;
    }
    if (strcmp(id, "cn-hlj") == 0) {
        snprintf(kind, kindsz, "region");
        return C_PLACE;
    }
    return -1;
}

/* Claim c1 as in base(), but with the value F->stored_value. */
static int fake_claim(void *ctx, const char *id, char ***fields)
{
    fake *f = ctx;
    const concept *c = &schema_concepts[C_CLAIM];
    static const char *const cols[][2] = {{"id", "c1"}, {"subject", "bridge"},
                                          {"property", "planned_opening"},
                                          {"date", "2019-11"}, {"source", "study"}};
    char **row;
    if (strcmp(id, "c1") != 0 || !f->stored_value)
        return 0;
    row = calloc(c->ncols, sizeof *row);
    assert_non_null(row);
    for (size_t i = 0; i < 5; i++)
        row[schema_col(c, cols[i][0])] = strdup(cols[i][1]);
    row[schema_col(c, "value")] = strdup(f->stored_value);
    *fields = row;
    return 1;
}

/* ---- tests ---- */

static void valid_bundle_has_no_problems(void **state)
{
    fixture *fx = *state;
    base(fx);
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT_NONE();
    assert_int_equal(bundle_rows(fx->b), 5);
    assert_string_equal(fx->b->t[C_PLACE].rows[1].f[0], "ru-amu");
    assert_int_equal(fx->b->t[C_PLACE].rows[1].line, 3);
    assert_null(fx->b->t[C_PLACE].rows[0].f[schema_col(&schema_concepts[C_PLACE], "country")]);
}

static void duplicate_id_across_files(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "places.csv", "id,kind,name_en\nru,country,Russia\nru-amu,region,Amur\n"
                          "study,other,Study\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"places.csv", 4, "id", "duplicate id 'study'"});
    assert_non_null(strstr(fx->d.items[0].msg, "sources.csv:2"));
}

static void reference_to_missing_row(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "projects.csv", "id,kind,name_en,place\nbridge,bridge,Bridge,nowhere\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"projects.csv", 2, "place", "'nowhere': no such place"});
}

static void reference_resolved_through_database(void **state)
{
    fixture *fx = *state;
    fake f = {0, NULL};
    bundle_db db = {&f, fake_find, fake_claim, NULL};
    base(fx);
    put(fx, "projects.csv", "id,kind,name_en,place,side\nbridge,bridge,Bridge,ru-amu,cn\n");
    assert_int_equal(run(fx, &db), AMUR_OK);
    EXPECT_NONE();
    assert_true(f.asked_cn); /* cn is not in the bundle */
}

static void reference_unresolved_without_database(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "projects.csv", "id,kind,name_en,place,side\nbridge,bridge,Bridge,ru-amu,cn\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"projects.csv", 2, "side", "'cn': no such place"});
}

static void reference_of_wrong_kind_through_database(void **state)
{
    fixture *fx = *state;
    fake f = {0, NULL};
    bundle_db db = {&f, fake_find, fake_claim, NULL};
    base(fx);
    put(fx, "projects.csv", "id,kind,name_en,side\nbridge,bridge,Bridge,cn-hlj\n");
    assert_int_equal(run(fx, &db), AMUR_OK);
    EXPECT({"projects.csv", 2, "side", "of kind region, not a country"});
}

static void changed_claim_reported(void **state)
{
    fixture *fx = *state;
    fake f = {0, "2020"};
    bundle_db db = {&f, fake_find, fake_claim, NULL};
    base(fx);
    assert_int_equal(run(fx, &db), AMUR_OK);
    EXPECT({"claims.csv", 2, "id", "claim 'c1' differs from the stored claim"});
}

static void unchanged_stored_claim_is_fine(void **state)
{
    fixture *fx = *state;
    fake f = {0, "2021"};
    bundle_db db = {&f, fake_find, fake_claim, NULL};
    base(fx);
    assert_int_equal(run(fx, &db), AMUR_OK);
    EXPECT_NONE();
}

static void end_before_start(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "instruments.csv", "id,kind,level,name_en,valid_from,valid_to\n"
                               "prog,programme,federal,Programme,2009,2018\n"
                               "plan,plan,regional,Plan,2019-05,2019-04\n");
    put(fx, "listings.csv", "id,instrument,project,planned_start,planned_end\n"
                            "l1,prog,bridge,2020,2019\n"
                            "l2,prog,bridge,2020,2020-06\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"instruments.csv", 3, "valid_to", "'2019-04' is before valid_from '2019-05'"},
           {"listings.csv", 2, "planned_end", "'2019' is before planned_start '2020'"});
}

static void actual_date_later_than_claim(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "claims.csv", "id,subject,property,value,date,source\n"
                          "c1,bridge,actual_opening,2021-11,2021-10,study\n"
                          "c2,bridge,actual_opening,2021,2021-10,study\n"
                          "c3,bridge,actual_opening,2021-10-14,2021-10,study\n"
                          "c4,bridge,actual_opening,2021-09,2021-10,study\n"
                          "c5,bridge,planned_opening,2025,2021-10,study\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"claims.csv", 2, "value", "actual_opening '2021-11' is later than the date"});
}

static void unknown_column_with_suggestion(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "claims.csv", "id,subject,property,value,date,refers_too,source\n"
                          "c1,bridge,planned_opening,2021,2019-11,2020,study\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"claims.csv", 1, "refers_too", "unknown column (did you mean 'refers_to'?)"});
}

static void unknown_column_without_suggestion(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "sources.csv", "id,title,tier,colour_of_the_sky\nstudy,A study,academic,blue\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"sources.csv", 1, "colour_of_the_sky", "unknown column"},
           /* the file's rows are dropped, so the claim's source is missing */
           {"claims.csv", 2, "source", "'study': no such source"});
    assert_null(strstr(fx->d.items[0].msg, "did you mean"));
}

static void missing_required_column(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "projects.csv", "id,name_en\nbridge,Bridge\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"projects.csv", 1, "kind", "missing required column"},
           {"claims.csv", 2, "subject", "'bridge': no such"});
}

/* Rows after a field that spans lines report their own first line. */
static void line_numbers_after_multiline_field(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "sources.csv", "id,title,tier\nstudy,\"A\nlong\ntitle\",academic\n"
                           "s2,Other,bogus\n");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT({"sources.csv", 5, "tier", "'bogus' is not one of"});
}

/* The last field quoted and no final line break, read from a file. */
static void quoted_last_field_without_final_newline(void **state)
{
    fixture *fx = *state;
    base(fx);
    put(fx, "sources.csv", "id,title,tier\nstudy,\"A study\",\"academic\"");
    assert_int_equal(run(fx, NULL), AMUR_OK);
    EXPECT_NONE();
    char **f = fx->b->t[C_SOURCE].rows[0].f;
    assert_non_null(f[schema_col(&schema_concepts[C_SOURCE], "tier")]);
    assert_string_equal(f[schema_col(&schema_concepts[C_SOURCE], "tier")], "academic");
    assert_string_equal(f[schema_col(&schema_concepts[C_SOURCE], "title")], "A study");
}

static void missing_directory(void **state)
{
    fixture *fx = *state;
    char p[96];
    amur_err err = {0, ""};
    snprintf(p, sizeof p, "%s/none", fx->dir);
    assert_int_equal(bundle_read(p, &fx->b, &fx->d, &err), AMUR_EDATA);
    assert_null(fx->b);
    assert_non_null(strstr(err.msg, "no such directory"));
}

/* A path that is a file, not a folder, says so whatever errno held
** before the call (here the ENOENT of an earlier failed open). */
static void file_instead_of_directory(void **state)
{
    fixture *fx = *state;
    char p[96];
    amur_err err = {0, ""};
    base(fx);
    snprintf(p, sizeof p, "%s/sources.csv", fx->dir);
    errno = ENOENT;
    assert_int_equal(bundle_read(p, &fx->b, &fx->d, &err), AMUR_EDATA);
    assert_null(fx->b);
    assert_non_null(strstr(err.msg, "not a directory"));
}

static void empty_directory(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    assert_int_equal(bundle_read(fx->dir, &fx->b, &fx->d, &err), AMUR_EDATA);
    assert_null(fx->b);
    assert_non_null(strstr(err.msg, "no bundle files"));
}

/* A bundle file that is not a regular file (here a folder, which could as
** well be a pipe that blocks forever) is a problem of the bundle, reported
** with its path; the rest of the bundle is still read. */
static void unreadable_file(void **state)
{
    fixture *fx = *state;
    char p[96];
    amur_err err = {0, ""};
    snprintf(p, sizeof p, "%s/sources.csv", fx->dir);
    assert_int_equal(mkdir(p, 0700), 0);
    assert_int_equal(bundle_read(fx->dir, &fx->b, &fx->d, &err), AMUR_OK);
    assert_int_equal(fx->d.n, 1);
    assert_non_null(strstr(fx->d.items[0].file, "sources.csv"));
    assert_string_equal(fx->d.items[0].msg, "not a regular file");
    assert_int_equal(rmdir(p), 0);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(valid_bundle_has_no_problems),
        T(duplicate_id_across_files),
        T(reference_to_missing_row),
        T(reference_resolved_through_database),
        T(reference_unresolved_without_database),
        T(reference_of_wrong_kind_through_database),
        T(changed_claim_reported),
        T(unchanged_stored_claim_is_fine),
        T(end_before_start),
        T(actual_date_later_than_claim),
        T(unknown_column_with_suggestion),
        T(unknown_column_without_suggestion),
        T(missing_required_column),
        T(line_numbers_after_multiline_field),
        T(quoted_last_field_without_final_newline),
        T(missing_directory),
        T(file_instead_of_directory),
        T(empty_directory),
        T(unreadable_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
