/*
** test_iati_pipe.c — the IATI reader in a thread of its own
** (src/ingest/iati_pipe.c) must look to its handler exactly like the
** reader without one: the same activities with the same rows and flows,
** the same problems, in the same order, the same counts and the same
** result, also when the handler leaves activities out, when it stops the
** read part-way (a store error), when an activity is too large for the
** queue (lent rather than copied) and when the XML breaks off.
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

#include "ingest/iati_int.h"

#define NACT 3000      /* with a few KiB each, more than the queue holds */
#define BIG_AT 1500    /* the activity with BIG_FLOWS transactions */
#define BIG_FLOWS 30000 /* its copy is larger than the queue */

typedef struct rec {
    FILE *log;
    char *text;
    size_t len;
    long n;       /* activities seen */
    long stop_at; /* stop the read at this activity (from 1), 0: never */
    amur_err *err;
} rec;

static void log_text(FILE *f, const char *s)
{
    fprintf(f, "%s|", s ? s : "(null)");
}

static int on_activity(void *ctx, const iati_activity *a)
{
    rec *r = ctx;
    r->n++;
    fprintf(r->log, "A %s %s %ld %ld %zu %zu %llu:", a->iati_id, a->id, a->line, a->col, a->n,
            a->nflows, a->bytes);
    log_text(r->log, a->source);
    log_text(r->log, a->reported);
    for (size_t i = 0; i < a->n; i++) {
        fprintf(r->log, "\n  %s:", a->rows[i].c->one);
        for (size_t k = 0; k < a->rows[i].c->ncols; k++)
            log_text(r->log, a->rows[i].f[k]);
    }
    for (size_t i = 0; i < a->nflows; i++) {
        const store_flow *f = &a->flows[i];
        fprintf(r->log, "\n  flow %ld %ld:", f->seq, f->line);
        log_text(r->log, f->activity);
        log_text(r->log, f->kind);
        log_text(r->log, f->type);
        log_text(r->log, f->date);
        log_text(r->log, f->end);
        log_text(r->log, f->value);
        log_text(r->log, f->currency);
        log_text(r->log, f->value_date);
        log_text(r->log, f->provider);
        log_text(r->log, f->description);
        log_text(r->log, f->file);
    }
    fputc('\n', r->log);
    if (r->stop_at && r->n == r->stop_at)
        return err_set(r->err, AMUR_ESYS, "stopped at activity %ld", r->n);
    return r->n % 7 == 0 ? -1 : 0; /* left out, the handler says */
}

static void on_problem(void *ctx, long line, long col, const char *act, const char *msg)
{
    rec *r = ctx;
    fprintf(r->log, "P %ld %ld %s %s\n", line, col, act ? act : "(file)", msg);
}

/* A file of NACT activities, every fifth with an unknown status code (a
** problem), the BIG_AT-th with BIG_FLOWS transactions; cut short (not
** closed) when TRUNCATED. */
static void write_file(const char *path, int truncated)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("<iati-activities version=\"2.03\">\n", f);
    for (int i = 1; i <= NACT; i++) {
        fprintf(f, "<iati-activity last-updated-datetime=\"2023-01-0%dT00:00:00Z\" "
                   "default-currency=\"USD\"><iati-identifier>XM-T-%d</iati-identifier>"
                   "<reporting-org ref=\"XM-R%d\" type=\"10\"><narrative>Ministry %d"
                   "</narrative></reporting-org><title><narrative>Project %d</narrative>"
                   "</title><participating-org ref=\"XM-O%d\" role=\"1\"><narrative>Org"
                   "</narrative></participating-org><activity-status code=\"%d\"/>"
                   "<activity-date type=\"1\" iso-date=\"2020-01-01\"/>"
                   "<recipient-country code=\"MN\" percentage=\"100\"/>\n",
                i % 9 + 1, i, i % 13, i % 13, i, i % 17, i % 5 ? 2 : 99);
        for (int t = 0; t < (i == BIG_AT ? BIG_FLOWS : 3); t++)
            fprintf(f, "<transaction><transaction-type code=\"3\"/><transaction-date "
                       "iso-date=\"2020-01-%02d\"/><value value-date=\"2020-01-01\">%d</value>"
                       "</transaction>\n", t % 28 + 1, t + i);
        fputs("</iati-activity>\n", f);
        if (truncated && i == NACT / 2) {
            fputs("<iati-activity><iati-identifier>XM-CUT</iati-identifier><title>", f);
            break;
        }
    }
    if (!truncated)
        fputs("</iati-activities>\n", f);
    fclose(f);
}

typedef struct run {
    int rc;
    amur_err err;
    iati_stats st;
    char *log;
} run;

static void read_once(const char *path, int piped, long stop_at, run *out)
{
    rec r;
    size_t len = 0;
    iati_handler h;
    memset(&r, 0, sizeof r);
    memset(out, 0, sizeof *out);
    r.log = open_memstream(&out->log, &len);
    assert_non_null(r.log);
    r.stop_at = stop_at;
    r.err = &out->err;
    h.ctx = &r;
    h.activity = on_activity;
    h.problem = on_problem;
    if (piped)
        out->rc = iati_read_piped(path, "2024-01-01", &h, &out->st, &out->err);
    else
        out->rc = iati_read(path, "2024-01-01", &h, &out->st, &out->err);
    fclose(r.log);
}

static void same(const char *path, long stop_at)
{
    run a, b;
    read_once(path, 0, stop_at, &a);
    read_once(path, 1, stop_at, &b);
    assert_int_equal(a.rc, b.rc);
    assert_string_equal(a.err.msg, b.err.msg);
    assert_true(strlen(a.log) > 0);
    assert_true(a.st.problems > 0); /* the problems travel too */
    assert_string_equal(a.log, b.log);
    assert_int_equal(a.st.activities, b.st.activities);
    assert_int_equal(a.st.imported, b.st.imported);
    assert_int_equal(a.st.skipped, b.st.skipped);
    assert_int_equal(a.st.refused, b.st.refused);
    assert_int_equal(a.st.problems, b.st.problems);
    assert_int_equal(a.st.unknown, b.st.unknown);
    assert_true(a.st.bytes == b.st.bytes);
    free(a.log);
    free(b.log);
}

static char path[64];

static int setup(void **state)
{
    int fd;
    (void)state;
    snprintf(path, sizeof path, "/tmp/amur-pipe-XXXXXX");
    fd = mkstemp(path);
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    remove(path);
    return 0;
}

static void whole_file(void **state)
{
    (void)state;
    write_file(path, 0);
    same(path, 0);
}

static void stopped_early(void **state)
{
    (void)state;
    write_file(path, 0);
    same(path, 5);
}

static void stopped_late(void **state)
{
    (void)state;
    write_file(path, 0);
    same(path, NACT - 10);
}

static void stopped_at_lent(void **state)
{
    (void)state;
    write_file(path, 0);
    same(path, BIG_AT);
}

static void broken_xml(void **state)
{
    run b;
    (void)state;
    write_file(path, 1);
    same(path, 0);
    read_once(path, 1, 0, &b);
    assert_int_equal(b.rc, AMUR_EDATA);
    assert_non_null(strstr(b.err.msg, path));
    free(b.log);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(whole_file, setup, teardown),
        cmocka_unit_test_setup_teardown(stopped_early, setup, teardown),
        cmocka_unit_test_setup_teardown(stopped_late, setup, teardown),
        cmocka_unit_test_setup_teardown(stopped_at_lent, setup, teardown),
        cmocka_unit_test_setup_teardown(broken_xml, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
