/*
** test_schema.c — the concepts, their columns, the value checks and the
** reader of a claim's scope (src/core/schema.h), and that docs/dataset.md
** documents the same columns.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/schema.h"

/* ---- claim properties and values ---- */

static void property_kinds(void **state)
{
    (void)state;
    assert_int_equal(schema_property_kind("stage"), PROP_STAGE);
    assert_int_equal(schema_property_kind("planned_opening"), PROP_PLANNED);
    assert_int_equal(schema_property_kind("planned_completion"), PROP_PLANNED);
    assert_int_equal(schema_property_kind("actual_start"), PROP_ACTUAL);
    assert_int_equal(schema_property_kind("cost"), PROP_NUMBER);
    assert_int_equal(schema_property_kind("count"), PROP_NUMBER);
    assert_int_equal(schema_property_kind("share"), PROP_NUMBER);
    assert_int_equal(schema_property_kind("legal_status"), PROP_LEGAL);
    assert_int_equal(schema_property_kind("text"), PROP_TEXT);
}

static void property_unknown(void **state)
{
    (void)state;
    static const char *const bad[] = {"colour", "planned_", "actual_", "Stage", "STAGE",
                                      "", "planned_Opening", "planned-opening", "stage ",
                                      "costs", "_stage", "planned"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (schema_property_kind(bad[i]) != PROP_UNKNOWN)
            fail_msg("'%s' is not a property", bad[i]);
}

static void check_value_by_property(void **state)
{
    (void)state;
    assert_null(schema_check_value("stage", "under-construction"));
    assert_non_null(schema_check_value("stage", "built"));
    assert_null(schema_check_value("planned_opening", "2021-10"));
    assert_non_null(schema_check_value("planned_opening", "2021-13"));
    assert_non_null(schema_check_value("planned_opening", "soon"));
    assert_null(schema_check_value("actual_start", "2021"));
    assert_non_null(schema_check_value("actual_start", "2021-02-29"));
    assert_null(schema_check_value("cost", "-12.5"));
    assert_non_null(schema_check_value("cost", "12 bn"));
    assert_null(schema_check_value("legal_status", "in-force"));
    assert_non_null(schema_check_value("legal_status", "in force"));
    assert_null(schema_check_value("text", "anything at all, 2021-13"));
}

static void check_id_forms(void **state)
{
    (void)state;
    char id[131];
    assert_null(schema_check_id("bridge"));
    assert_null(schema_check_id("ru-amu"));
    assert_null(schema_check_id("a.b_c:d/e-F9"));
    assert_non_null(schema_check_id("a b"));
    assert_non_null(schema_check_id("a,b"));
    assert_non_null(schema_check_id("a;b"));
    assert_non_null(schema_check_id("мост"));
    memset(id, 'x', 128);
    id[128] = 0;
    assert_null(schema_check_id(id));
    id[128] = 'x';
    id[129] = 0;
    assert_non_null(schema_check_id(id));
}

static void is_number_forms(void **state)
{
    (void)state;
    static const char *const good[] = {"3", "-3", "+3", "3.5", ".5", "5.", "-0.25", "007"};
    static const char *const bad[] = {"", "-", "+", ".", "1e5", "1,5", "1.2.3", " 1",
                                      "1 ", "--1", "12%", "0x10"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        if (!schema_is_number(good[i]))
            fail_msg("'%s' is a number", good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (schema_is_number(bad[i]))
            fail_msg("'%s' is not a number", bad[i]);
}

static void stage_rank_order(void **state)
{
    (void)state;
    static const char *const ladder[] = {"listed", "agreed", "financed",
                                         "under-construction", "completed", "operational",
                                         "suspended", "cancelled"};
    for (int i = 0; i < 8; i++)
        assert_int_equal(schema_stage_rank(ladder[i]), i);
    assert_int_equal(STAGE_LADDER, 6);
    assert_int_equal(schema_stage_rank("built"), -1);
    assert_int_equal(schema_stage_rank("Listed"), -1);
    assert_int_equal(schema_stage_rank(""), -1);
}

/* ---- concepts and cells ---- */

static void find_concepts_and_columns(void **state)
{
    (void)state;
    assert_ptr_equal(schema_find("projects"), &schema_concepts[C_PROJECT]);
    assert_ptr_equal(schema_find("claims"), &schema_concepts[C_CLAIM]);
    assert_null(schema_find("project"));
    assert_int_equal(schema_col(&schema_concepts[C_PLACE], "id"), 0);
    assert_int_equal(schema_col(&schema_concepts[C_PLACE], "lat"), 7);
    assert_int_equal(schema_col(&schema_concepts[C_PLACE], "Lat"), -1);
    for (int c = 0; c < C_COUNT; c++) {
        assert_int_equal(schema_concepts[c].id, c);
        assert_string_equal(schema_concepts[c].cols[0].name, "id");
    }
    assert_true(schema_concepts[C_CLAIM].append_only);
    assert_false(schema_concepts[C_PROJECT].append_only);
}

static void check_cell_forms(void **state)
{
    (void)state;
    const concept *stakes = &schema_concepts[C_STAKE], *places = &schema_concepts[C_PLACE];
    const concept *claims = &schema_concepts[C_CLAIM];
    const column *influence = &stakes->cols[schema_col(stakes, "influence")];
    const column *lat = &places->cols[schema_col(places, "lat")];
    const column *lon = &places->cols[schema_col(places, "lon")];
    const column *scope = &claims->cols[schema_col(claims, "scope")];
    assert_null(schema_check_cell(influence, "5"));
    assert_non_null(schema_check_cell(influence, "6"));
    assert_non_null(schema_check_cell(influence, "0"));
    assert_non_null(schema_check_cell(influence, "4.5"));
    assert_null(schema_check_cell(lat, "-90"));
    assert_non_null(schema_check_cell(lat, "90.5"));
    assert_null(schema_check_cell(lon, "127.5"));
    assert_non_null(schema_check_cell(lon, "180.1"));
    assert_null(schema_check_cell(scope, "side=ru;stage=under-construction"));
    assert_non_null(schema_check_cell(scope, "side="));
    assert_non_null(schema_check_cell(scope, "Side=ru"));
    assert_non_null(schema_check_cell(scope, "ru"));
}

/* schema_scope_next(): each item in turn, a value holding '=', a bare
** item and an empty one told apart, cuts to the buffers, NULL and "" empty. */
static void scope_items(void **state)
{
    (void)state;
    const char *cur = "side=ru;stage=under-construction;note=a=b;bare;;k=";
    char k[8], v[16], small[3];
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 1);
    assert_string_equal(k, "side");
    assert_string_equal(v, "ru");
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 1);
    assert_string_equal(k, "stage");
    assert_string_equal(v, "under-construct"); /* cut to 15 bytes */
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 1);
    assert_string_equal(k, "note");
    assert_string_equal(v, "a=b");
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 2);
    assert_string_equal(k, "bare");
    assert_string_equal(v, "");
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 2);
    assert_string_equal(k, "");
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 1);
    assert_string_equal(k, "k");
    assert_string_equal(v, "");
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 0);
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 0);

    cur = "longkeyname=1;x=2;"; /* a trailing ';' ends the walk */
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, small, sizeof small), 1);
    assert_string_equal(k, "longkey");
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, small, sizeof small), 1);
    assert_string_equal(k, "x");
    assert_string_equal(small, "2");
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, small, sizeof small), 0);

    cur = NULL;
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 0);
    cur = "";
    assert_int_equal(schema_scope_next(&cur, k, sizeof k, v, sizeof v), 0);
}

/* ---- docs/dataset.md says the same ---- */

static char *read_doc(void)
{
    static const char *const paths[] = {"docs/dataset.md", "../docs/dataset.md"};
    for (size_t i = 0; i < 2; i++) {
        FILE *f = fopen(paths[i], "rb");
        char *text;
        long n;
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        n = ftell(f);
        rewind(f);
        text = malloc((size_t)n + 1);
        assert_non_null(text);
        assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
        text[n] = 0;
        fclose(f);
        return text;
    }
    fail_msg("docs/dataset.md not found (run from the repository root)");
    return NULL;
}

/* The section of DOC under "## FILE ...", up to the next "## " heading,
** as [*START, *END); 0 when there is no such heading. */
static int section(const char *doc, const char *file, const char **start, const char **end)
{
    size_t n = strlen(file);
    for (const char *line = doc; line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        if (strncmp(line, "## ", 3) == 0 && strncmp(line + 3, file, n) == 0 &&
            (line[3 + n] == ' ' || line[3 + n] == '\n' || line[3 + n] == 0)) {
            const char *next = strstr(line + 3, "\n## ");
            *start = line;
            *end = next ? next + 1 : line + strlen(line);
            return 1;
        }
    }
    return 0;
}

/* Cell K (from 0) of the table row at LINE, trimmed, into OUT. */
static void cell(const char *line, int k, char *out, size_t n)
{
    const char *s = line, *e;
    for (int i = 0; i <= k; i++) {
        s = strchr(s, '|');
        assert_non_null(s);
        s++;
    }
    e = strchr(s, '|');
    assert_non_null(e);
    while (s < e && *s == ' ')
        s++;
    while (e > s && e[-1] == ' ')
        e--;
    assert_true((size_t)(e - s) < n);
    memcpy(out, s, (size_t)(e - s));
    out[e - s] = 0;
}

/* Calls FN for every column name of the first table in [START, END) with
** the row's "required" cell. */
static void each_documented(const char *start, const char *end,
                            void (*fn)(void *ctx, const char *name, const char *required),
                            void *ctx)
{
    const char *line = start;
    int in_table = 0;
    for (; line && line < end; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        char names[256], required[64];
        if (line[0] != '|') {
            if (in_table)
                return; /* only the first table names columns */
            continue;
        }
        in_table = 1;
        cell(line, 0, names, sizeof names);
        cell(line, 1, required, sizeof required);
        if (strcmp(names, "column") == 0 || names[0] == '-')
            continue; /* header and separator */
        for (char *s = names, *sep; s; s = sep ? sep + 2 : NULL) {
            sep = strstr(s, ", ");
            if (sep)
                *sep = 0;
            fn(ctx, s, required);
        }
    }
}

typedef struct doc_check {
    const concept *c;
    int seen[64];
} doc_check;

static void note_column(void *ctx, const char *name, const char *required)
{
    doc_check *dc = ctx;
    int k = schema_col(dc->c, name);
    int doc_required = strcmp(required, "yes") == 0 || strcmp(required, name) == 0;
    if (k < 0)
        fail_msg("docs/dataset.md documents %s column '%s' that the schema lacks",
                 dc->c->file, name);
    dc->seen[k] = 1;
    if (doc_required != dc->c->cols[k].required)
        fail_msg("%s column '%s': required %s in the schema, '%s' in docs/dataset.md",
                 dc->c->file, name, dc->c->cols[k].required ? "yes" : "no", required);
}

/* The tables documented: the concepts, then the IATI flows (C_COUNT). */
static const concept *documented(int c)
{
    return c < C_COUNT ? &schema_concepts[c] : &schema_flows;
}

static void doc_has_a_section_per_concept(void **state)
{
    (void)state;
    char *doc = read_doc();
    const char *start, *end;
    for (int c = 0; c <= C_COUNT; c++)
        if (!section(doc, documented(c)->file, &start, &end))
            fail_msg("docs/dataset.md has no heading '## %s'", documented(c)->file);
    free(doc);
}

static void doc_tables_match_schema_columns(void **state)
{
    (void)state;
    char *doc = read_doc();
    for (int c = 0; c <= C_COUNT; c++) {
        doc_check dc = {documented(c), {0}};
        const char *start, *end;
        assert_true(section(doc, dc.c->file, &start, &end));
        each_documented(start, end, note_column, &dc);
        for (size_t k = 0; k < dc.c->ncols; k++)
            if (!dc.seen[k])
                fail_msg("docs/dataset.md does not document %s column '%s'", dc.c->file,
                         dc.c->cols[k].name);
    }
    free(doc);
}

/* The checker itself: a section that lacks a column is caught. */
static void doc_check_notices_a_missing_column(void **state)
{
    (void)state;
    static const char doc[] =
        "## sources.csv — x\n\n| column | required | meaning |\n|---|---|---|\n"
        "| id | yes | |\n| title, authors | title | |\n\n## places.csv\n| tier | yes | |\n";
    doc_check dc = {&schema_concepts[C_SOURCE], {0}};
    const char *start, *end;
    assert_true(section(doc, "sources.csv", &start, &end));
    assert_false(section(doc, "source", &start, &end));
    assert_true(section(doc, "sources.csv", &start, &end));
    each_documented(start, end, note_column, &dc);
    assert_int_equal(dc.seen[0], 1);                                  /* id */
    assert_int_equal(dc.seen[schema_col(dc.c, "authors")], 1);
    assert_int_equal(dc.seen[schema_col(dc.c, "tier")], 0); /* in the next section */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(property_kinds),
        cmocka_unit_test(property_unknown),
        cmocka_unit_test(check_value_by_property),
        cmocka_unit_test(check_id_forms),
        cmocka_unit_test(is_number_forms),
        cmocka_unit_test(stage_rank_order),
        cmocka_unit_test(find_concepts_and_columns),
        cmocka_unit_test(check_cell_forms),
        cmocka_unit_test(scope_items),
        cmocka_unit_test(doc_has_a_section_per_concept),
        cmocka_unit_test(doc_tables_match_schema_columns),
        cmocka_unit_test(doc_check_notices_a_missing_column),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
