/*
** test_fuzz_regress.c — replays, through the fuzz targets of fuzz/, every
** input that once made one of them fail (every file of tests/bad/fuzz/TARGET/), and the
** hand-written seeds (fuzz/dates.txt, fuzz/cells.txt; for fuzz_iati every
** file of tests/iati/ and probes aimed at its canary files), so that a crash
** found by fuzzing stays fixed in the normal and the sanitizer builds of
** `make test` without clang or libFuzzer. A fuzz target fails by
** crashing or calling abort(), which fails the test.
**
** To add a regression: copy the crashing input from build-fuzz/crashes/
** to tests/bad/fuzz/TARGET/ under a name that says what it was.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Each target's entry points, renamed so that all four link together. */
#define LLVMFuzzerTestOneInput fuzz_csv_one
#include "../../fuzz/fuzz_csv.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_pdate_one
#include "../../fuzz/fuzz_pdate.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_bundle_one
#define LLVMFuzzerInitialize fuzz_bundle_init
#include "../../fuzz/fuzz_bundle.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput fuzz_schema_one
#define LLVMFuzzerInitialize fuzz_schema_init
#include "../../fuzz/fuzz_schema.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput fuzz_iati_one
#define LLVMFuzzerInitialize fuzz_iati_init
#include "../../fuzz/fuzz_iati.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize

typedef int (*target_fn)(const uint8_t *, size_t);

/* Reads all of PATH into a malloc'd buffer; sets *LEN. */
static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    uint8_t *buf = NULL;
    size_t cap = 0, n = 0, got;
    assert_non_null(f);
    do {
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    *len = n;
    return buf;
}

/* Runs every file of DIR through FN; returns how many (0 when no DIR). */
static int replay_dir(const char *dir, target_fn fn)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    if (!d)
        return 0;
    while ((e = readdir(d))) {
        char path[4096];
        size_t len;
        uint8_t *data;
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        data = slurp(path, &len);
        fn(data, len);
        free(data);
        n++;
    }
    closedir(d);
    return n;
}

/* Runs every line of PATH through FN. */
static void replay_lines(const char *path, target_fn fn)
{
    size_t len;
    uint8_t *data = slurp(path, &len);
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || data[i] == '\n') {
            fn(data + start, i - start);
            start = i + 1;
        }
    }
    free(data);
}

static void csv_regressions(void **state)
{
    (void)state;
    replay_dir("tests/bad/fuzz/csv", fuzz_csv_one);
    fuzz_csv_one((const uint8_t *)"", 0);
}

static void pdate_regressions(void **state)
{
    (void)state;
    replay_dir("tests/bad/fuzz/pdate", fuzz_pdate_one);
    replay_lines("fuzz/dates.txt", fuzz_pdate_one);
}

static void bundle_regressions(void **state)
{
    (void)state;
    assert_true(replay_dir("tests/bad/fuzz/bundle", fuzz_bundle_one) > 0);
}

static void schema_regressions(void **state)
{
    (void)state;
    replay_dir("tests/bad/fuzz/schema", fuzz_schema_one);
    replay_lines("fuzz/cells.txt", fuzz_schema_one);
    replay_lines("fuzz/dates.txt", fuzz_schema_one);
}

/* External entities, an external DTD and an XInclude aimed at fuzz_iati's
** canary files (next to its input): the target aborts if one is read. */
static const char *const iati_probes[] = {
    "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [ <!ENTITY c SYSTEM \"canary.xml\"> ]>\n"
    "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&c;</iati-identifier>"
    "<title><narrative>&c;</narrative></title></iati-activity></iati-activities>\n",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities SYSTEM \"canary.dtd\">\n"
    "<iati-activities><iati-activity><iati-identifier>X-1</iati-identifier>"
    "<title><narrative>&canary;</narrative></title></iati-activity></iati-activities>\n",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [ <!ENTITY % d SYSTEM \"canary.dtd\"> %d; ]>\n"
    "<iati-activities><iati-activity><iati-identifier>X-1</iati-identifier>"
    "<title><narrative>&canary;</narrative></title></iati-activity></iati-activities>\n",
    "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\"><iati-activity>"
    "<iati-identifier>X-1</iati-identifier><title><narrative><xi:include "
    "xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"canary.xml\" parse=\"text\"/>"
    "</narrative></title></iati-activity></iati-activities>\n",
};

static void iati_regressions(void **state)
{
    (void)state;
    replay_dir("tests/bad/fuzz/iati", fuzz_iati_one);
    assert_true(replay_dir("tests/iati", fuzz_iati_one) > 0);
    for (size_t i = 0; i < sizeof iati_probes / sizeof *iati_probes; i++)
        fuzz_iati_one((const uint8_t *)iati_probes[i], strlen(iati_probes[i]));
    fuzz_iati_one((const uint8_t *)"", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_regressions),
        cmocka_unit_test(pdate_regressions),
        cmocka_unit_test(bundle_regressions),
        cmocka_unit_test(schema_regressions),
        cmocka_unit_test(iati_regressions),
    };
    fuzz_bundle_init(NULL, NULL);
    fuzz_schema_init(NULL, NULL);
    fuzz_iati_init(NULL, NULL);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
