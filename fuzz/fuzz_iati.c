/*
** fuzz_iati.c — libFuzzer target for the IATI reader (src/ingest/iati.c,
** libxml2's xmlTextReader underneath).
**
** iati_read() reads files only, so the input is written to input.xml in a
** private temp folder and read from there, with handlers that take every
** activity and ignore every problem. Next to the input lie two canary
** files, canary.xml and canary.dtd, whose text is a marker that appears in
** no input: an external entity, an external DTD or an XInclude pointing at
** them ("canary.xml" resolves against the input's folder; the seeds of
** fuzz/run.sh include such files) would bring the marker into a record, a
** problem message or the error, and the target aborts when it sees it
** (unless the input itself holds the marker: libFuzzer learns it from the
** comparisons and puts it into inputs within seconds).
** Checked too: an activity's rows are made of its concept's columns; a
** failed read says why; the statistics add up.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../src/ingest/iati.h"

#define CANARY "AMUR-CANARY-5e1f0c9d"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char iati_dir[4096];
static char iati_input[4200], canary_xml[4200], canary_dtd[4200];

static void iati_cleanup(void)
{
    unlink(iati_input);
    unlink(canary_xml);
    unlink(canary_dtd);
    rmdir(iati_dir);
}

static void iati_write_file(const char *path, const void *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        perror(path);
        abort();
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    static const char xml[] = "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\">"
                              "<iati-activity><iati-identifier>" CANARY
                              "</iati-identifier><title><narrative>" CANARY
                              "</narrative></title></iati-activity></iati-activities>\n";
    static const char dtd[] = "<!ENTITY canary \"" CANARY "\">\n"
                              "<!ATTLIST iati-activities version CDATA \"" CANARY "\">\n";
    (void)argc;
    (void)argv;
    snprintf(iati_dir, sizeof iati_dir, "%s/amur-fuzz-iati.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(iati_dir)) {
        perror("mkdtemp");
        exit(1);
    }
    snprintf(iati_input, sizeof iati_input, "%s/input.xml", iati_dir);
    snprintf(canary_xml, sizeof canary_xml, "%s/canary.xml", iati_dir);
    snprintf(canary_dtd, sizeof canary_dtd, "%s/canary.dtd", iati_dir);
    iati_write_file(canary_xml, xml, sizeof xml - 1);
    iati_write_file(canary_dtd, dtd, sizeof dtd - 1);
    atexit(iati_cleanup);
    return 0;
}

static int input_has_canary;

static int holds_canary(const uint8_t *data, size_t size)
{
    size_t n = sizeof CANARY - 1;
    for (size_t i = 0; i + n <= size; i++)
        if (data[i] == CANARY[0] && memcmp(data + i, CANARY, n) == 0)
            return 1;
    return 0;
}

static void no_canary(const char *s)
{
    if (s && !input_has_canary && strstr(s, CANARY)) {
        fprintf(stderr, "fuzz_iati: the canary file's text was read: %.200s\n", s);
        abort();
    }
}

static int on_activity(void *ctx, const iati_activity *a)
{
    (void)ctx;
    if (!a->id || !a->iati_id || (a->n && !a->rows) || a->n > IATI_ROWS_MAX)
        abort();
    no_canary(a->id);
    no_canary(a->iati_id);
    for (size_t i = 0; i < a->n; i++) {
        const iati_row *r = &a->rows[i];
        if (!r->c || !r->f)
            abort();
        for (size_t j = 0; j < r->c->ncols; j++) {
            if (r->f[j] && strlen(r->f[j]) > IATI_ACTIVITY_MAX)
                abort();
            no_canary(r->f[j]);
        }
    }
    return 0;
}

static void on_problem(void *ctx, long line, long col, const char *activity, const char *msg)
{
    (void)ctx;
    if (line < 0 || col < 0 || !msg)
        abort();
    no_canary(activity);
    no_canary(msg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    iati_handler h = {NULL, on_activity, on_problem};
    iati_stats st;
    amur_err err = {0, ""};
    int rc;

    iati_write_file(iati_input, data, size);
    input_has_canary = holds_canary(data, size);
    rc = iati_read(iati_input, "2026-01-01", &h, &st, &err);
    if (rc != AMUR_OK && err.msg[0] == 0)
        abort(); /* a failed read must say why */
    no_canary(err.msg);
    no_canary(st.version);
    if (st.imported + st.skipped > st.activities || st.imported < 0 || st.skipped < 0)
        abort();
    return 0;
}
