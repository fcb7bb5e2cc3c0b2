/*
** test_csv.c — the RFC 4180 reader (src/ingest/csv.h).
**
** Most tests render everything a reader returns as one string, one row a
** line: "LINE:field|field|..." with a line break inside a field shown as
** \n, and compare it with the expected rendering written by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/csv.h"

/* Renders the rows of DATA[0..LEN) into OUT; returns csv_next's last
** result (0 at the end, -1 on an error, with ERR filled). */
static int render(const char *data, size_t len, char *out, size_t outsz, amur_err *err)
{
    csv_row row;
    int got;
    size_t n = 0;
    csv *c = csv_open_mem("mem.csv", data, len, err);
    assert_non_null(c);
    out[0] = 0;
    while ((got = csv_next(c, &row, err)) == 1) {
        n += (size_t)snprintf(out + n, outsz - n, "%ld:", row.line);
        for (size_t i = 0; i < row.ncols; i++) {
            assert_int_equal(strlen(row.cols[i]), row.lens[i]);
            if (i)
                out[n++] = '|';
            for (const char *s = row.cols[i]; *s; s++) {
                if (*s == '\n') {
                    out[n++] = '\\';
                    out[n++] = 'n';
                } else if (*s == '\r') {
                    out[n++] = '\\';
                    out[n++] = 'r';
                } else {
                    out[n++] = *s;
                }
            }
        }
        out[n++] = '\n';
        out[n] = 0;
        assert_true(n < outsz - 64);
    }
    csv_close(c);
    return got;
}

#define EXPECT_ROWS(data, want)                                                     \
    do {                                                                            \
        char out_[4096];                                                            \
        amur_err err_ = {0, ""};                                                    \
        assert_int_equal(render(data, sizeof(data) - 1, out_, sizeof out_, &err_), 0); \
        assert_string_equal(out_, want);                                            \
    } while (0)

/* Reads DATA expecting an error; returns the message in ERR and the
** reader's line in *LINE. */
static int fails(const char *data, size_t len, amur_err *err, long *line)
{
    csv_row row;
    int got;
    csv *c = csv_open_mem("mem.csv", data, len, err);
    assert_non_null(c);
    while ((got = csv_next(c, &row, err)) == 1)
        ;
    *line = csv_line(c);
    if (got == -1) /* the reader stays failed */
        assert_int_equal(csv_next(c, &row, err), -1);
    csv_close(c);
    return got;
}

static void simple_rows(void **state)
{
    (void)state;
    EXPECT_ROWS("id,name\na,Alpha\nb,Beta\n", "1:id|name\n2:a|Alpha\n3:b|Beta\n");
}

static void empty_fields(void **state)
{
    (void)state;
    EXPECT_ROWS("a,,c\n,,\n,x\n", "1:a||c\n2:||\n3:|x\n");
}

static void empty_input_has_no_rows(void **state)
{
    (void)state;
    EXPECT_ROWS("", "");
    EXPECT_ROWS("\n\n", "");
}

static void no_final_newline(void **state)
{
    (void)state;
    EXPECT_ROWS("a,b\nc,d", "1:a|b\n2:c|d\n");
    EXPECT_ROWS("a,b\nc,", "1:a|b\n2:c|\n");
}

static void blank_lines_skipped(void **state)
{
    (void)state;
    EXPECT_ROWS("a\n\n\nb\r\n\r\nc\n\n", "1:a\n4:b\n6:c\n");
}

static void spaces_are_kept(void **state)
{
    (void)state;
    EXPECT_ROWS(" a , b\n  \n", "1: a | b\n2:  \n");
}

static void quoted_comma(void **state)
{
    (void)state;
    EXPECT_ROWS("\"a,b\",c\n", "1:a,b|c\n");
}

static void quoted_doubled_quotes(void **state)
{
    (void)state;
    EXPECT_ROWS("\"say \"\"hi\"\"\",\"\"\"\",\"\"\n", "1:say \"hi\"|\"|\n");
}

static void quoted_lf_and_next_row_line(void **state)
{
    (void)state;
    EXPECT_ROWS("id,text\n1,\"two\nlines\"\n2,x\n", "1:id|text\n2:1|two\\nlines\n4:2|x\n");
}

static void quoted_crlf_stored_as_lf(void **state)
{
    (void)state;
    EXPECT_ROWS("1,\"a\r\nb\r\nc\"\r\n2,y\r\n", "1:1|a\\nb\\nc\n4:2|y\n");
    EXPECT_ROWS("\"a\rb\"\n3\n", "1:a\\nb\n3:3\n");
}

static void bom_skipped(void **state)
{
    (void)state;
    EXPECT_ROWS("\xEF\xBB\xBFid,title\ns,T\n", "1:id|title\n2:s|T\n");
    EXPECT_ROWS("\xEF\xBB\xBF", "");
}

/* Only a BOM is skipped: a first character that happens to begin with the
** same byte (U+FF49, fullwidth i: EF BD 89) is data. */
static void first_char_like_bom_is_kept(void **state)
{
    (void)state;
    EXPECT_ROWS("\xEF\xBD\x89" "d,x\n", "1:\xEF\xBD\x89" "d|x\n");
}

static void line_endings(void **state)
{
    (void)state;
    EXPECT_ROWS("a\r\nb\r\n", "1:a\n2:b\n");
    EXPECT_ROWS("a\nb\n", "1:a\n2:b\n");
    EXPECT_ROWS("a\rb\r", "1:a\n2:b\n");
    EXPECT_ROWS("a\rb\r\nc\nd\n\re", "1:a\n2:b\n3:c\n4:d\n6:e\n");
}

static void unterminated_quote(void **state)
{
    (void)state;
    static const char data[] = "id,v\n1,\"open\nstill open\n";
    amur_err err = {0, ""};
    long line;
    assert_int_equal(fails(data, sizeof data - 1, &err, &line), -1);
    assert_int_equal(err.code, AMUR_EDATA);
    assert_non_null(strstr(err.msg, "line 2"));
}

/* The message names the line the quote opened on, not the row's first. */
static void unterminated_quote_after_multiline_field(void **state)
{
    (void)state;
    static const char data[] = "\"a\nb\",\"never closed\n";
    amur_err err = {0, ""};
    long line;
    assert_int_equal(fails(data, sizeof data - 1, &err, &line), -1);
    assert_non_null(strstr(err.msg, "opened on line 2"));
}

static void character_after_closing_quote(void **state)
{
    (void)state;
    static const char data[] = "a,b\n\"x\"y,z\n";
    amur_err err = {0, ""};
    long line;
    assert_int_equal(fails(data, sizeof data - 1, &err, &line), -1);
    assert_int_equal(err.code, AMUR_EDATA);
    assert_non_null(strstr(err.msg, "field 1"));
    assert_int_equal(line, 2);
}

static void quote_inside_unquoted_field(void **state)
{
    (void)state;
    static const char data[] = "a,b\nc,d\"e\n";
    amur_err err = {0, ""};
    long line;
    assert_int_equal(fails(data, sizeof data - 1, &err, &line), -1);
    assert_int_equal(err.code, AMUR_EDATA);
    assert_non_null(strstr(err.msg, "field 2"));
    assert_int_equal(line, 2);
}

static void field_at_limit_is_read(void **state)
{
    (void)state;
    size_t n = CSV_MAX_FIELD;
    char *data = malloc(n + 3);
    amur_err err = {0, ""};
    csv_row row;
    assert_non_null(data);
    memset(data, 'x', n);
    memcpy(data + n, ",y", 2);
    csv *c = csv_open_mem("big.csv", data, n + 2, &err);
    assert_int_equal(csv_next(c, &row, &err), 1);
    assert_int_equal(row.ncols, 2);
    assert_int_equal(row.lens[0], CSV_MAX_FIELD);
    assert_string_equal(row.cols[1], "y");
    assert_int_equal(csv_next(c, &row, &err), 0);
    csv_close(c);
    free(data);
}

static void field_over_limit_fails(void **state)
{
    (void)state;
    size_t n = CSV_MAX_FIELD + 1;
    char *data = malloc(n + 3);
    amur_err err = {0, ""};
    long line;
    assert_non_null(data);
    memcpy(data, "a\n\"", 3); /* quoted, so the limit holds inside quotes too */
    memset(data + 3, 'x', n);
    assert_int_equal(fails(data, n + 3, &err, &line), -1);
    assert_int_equal(err.code, AMUR_EDATA);
    assert_non_null(strstr(err.msg, "longer than"));
    free(data);
}

/* A row of N one-letter fields. */
static char *row_of(size_t n, size_t *len)
{
    char *s = malloc(2 * n + 1);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++) {
        s[2 * i] = 'a';
        s[2 * i + 1] = i + 1 < n ? ',' : '\n';
    }
    *len = 2 * n;
    return s;
}

static void most_columns_allowed(void **state)
{
    (void)state;
    size_t len;
    char *data = row_of(CSV_MAX_COLS - 1, &len);
    amur_err err = {0, ""};
    csv_row row;
    csv *c = csv_open_mem("wide.csv", data, len, &err);
    assert_int_equal(csv_next(c, &row, &err), 1);
    assert_int_equal(row.ncols, CSV_MAX_COLS - 1);
    csv_close(c);
    free(data);
}

static void too_many_columns_fail(void **state)
{
    (void)state;
    size_t len;
    char *data = row_of(CSV_MAX_COLS, &len);
    amur_err err = {0, ""};
    long line;
    assert_int_equal(fails(data, len, &err, &line), -1);
    assert_int_equal(err.code, AMUR_EDATA);
    assert_non_null(strstr(err.msg, "columns"));
    free(data);
    data = row_of(1000, &len);
    assert_int_equal(fails(data, len, &err, &line), -1);
    free(data);
}

static void nul_byte_kept_with_length(void **state)
{
    (void)state;
    static const char data[] = "a\0b,\"c\0\"\n";
    amur_err err = {0, ""};
    csv_row row;
    csv *c = csv_open_mem("nul.csv", data, sizeof data - 1, &err);
    assert_int_equal(csv_next(c, &row, &err), 1);
    assert_int_equal(row.ncols, 2);
    assert_int_equal(row.lens[0], 3);
    assert_memory_equal(row.cols[0], "a\0b", 4);
    assert_int_equal(row.lens[1], 2);
    assert_memory_equal(row.cols[1], "c\0", 3);
    assert_int_equal(csv_next(c, &row, &err), 0);
    csv_close(c);
}

static void name_is_kept(void **state)
{
    (void)state;
    amur_err err = {0, ""};
    csv *c = csv_open_mem("places.csv", "", 0, &err);
    assert_string_equal(csv_name(c), "places.csv");
    assert_int_equal(csv_line(c), 1);
    csv_close(c);
}

static void open_missing_file(void **state)
{
    (void)state;
    amur_err err = {0, ""};
    assert_null(csv_open("/nonexistent/amur/none.csv", &err));
    assert_int_equal(err.code, AMUR_EDATA);
    assert_non_null(strstr(err.msg, "/nonexistent/amur/none.csv"));
}

/* Writes TEXT to a fresh temporary file whose name goes to PATH. */
static void temp_file(char path[32], const char *text)
{
    int fd;
    FILE *f;
    strcpy(path, "/tmp/amur-csv-XXXXXX");
    fd = mkstemp(path);
    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void open_real_file(void **state)
{
    (void)state;
    char path[32];
    amur_err err = {0, ""};
    csv_row row;
    temp_file(path, "\xEF\xBB\xBFid,v\r\n1,\"x,y\"\r\n");
    csv *c = csv_open(path, &err);
    remove(path); /* the open file stays readable */
    assert_non_null(c);
    assert_int_equal(csv_next(c, &row, &err), 1);
    assert_string_equal(row.cols[0], "id");
    assert_int_equal(csv_next(c, &row, &err), 1);
    assert_int_equal(row.line, 2);
    assert_string_equal(row.cols[1], "x,y");
    assert_int_equal(csv_next(c, &row, &err), 0);
    csv_close(c);
}

/* From a file (not memory), the end of input right after a closing quote
** must end the row, not read on past the data. */
static void file_ending_in_closing_quote(void **state)
{
    (void)state;
    char path[32];
    amur_err err = {0, ""};
    csv_row row;
    temp_file(path, "id,v\n1,\"x\"");
    csv *c = csv_open(path, &err);
    remove(path); /* the open file stays readable */
    assert_non_null(c);
    assert_int_equal(csv_next(c, &row, &err), 1);
    assert_int_equal(csv_next(c, &row, &err), 1);
    assert_int_equal(row.ncols, 2);
    assert_int_equal(row.lens[1], 1);
    assert_string_equal(row.cols[1], "x");
    assert_int_equal(csv_next(c, &row, &err), 0);
    csv_close(c);
}

/* A file of one or two bytes that begins like a BOM is data too. */
static void short_file_starting_with_ef(void **state)
{
    (void)state;
    char path[32];
    amur_err err = {0, ""};
    csv_row row;
    temp_file(path, "\xEF\xBD");
    csv *c = csv_open(path, &err);
    remove(path); /* the open file stays readable */
    assert_non_null(c);
    assert_int_equal(csv_next(c, &row, &err), 1);
    assert_int_equal(row.lens[0], 2);
    assert_memory_equal(row.cols[0], "\xEF\xBD", 2);
    assert_int_equal(csv_next(c, &row, &err), 0);
    csv_close(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(simple_rows),
        cmocka_unit_test(empty_fields),
        cmocka_unit_test(empty_input_has_no_rows),
        cmocka_unit_test(no_final_newline),
        cmocka_unit_test(blank_lines_skipped),
        cmocka_unit_test(spaces_are_kept),
        cmocka_unit_test(quoted_comma),
        cmocka_unit_test(quoted_doubled_quotes),
        cmocka_unit_test(quoted_lf_and_next_row_line),
        cmocka_unit_test(quoted_crlf_stored_as_lf),
        cmocka_unit_test(bom_skipped),
        cmocka_unit_test(first_char_like_bom_is_kept),
        cmocka_unit_test(line_endings),
        cmocka_unit_test(unterminated_quote),
        cmocka_unit_test(unterminated_quote_after_multiline_field),
        cmocka_unit_test(character_after_closing_quote),
        cmocka_unit_test(quote_inside_unquoted_field),
        cmocka_unit_test(field_at_limit_is_read),
        cmocka_unit_test(field_over_limit_fails),
        cmocka_unit_test(most_columns_allowed),
        cmocka_unit_test(too_many_columns_fail),
        cmocka_unit_test(nul_byte_kept_with_length),
        cmocka_unit_test(name_is_kept),
        cmocka_unit_test(open_missing_file),
        cmocka_unit_test(open_real_file),
        cmocka_unit_test(file_ending_in_closing_quote),
        cmocka_unit_test(short_file_starting_with_ef),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
