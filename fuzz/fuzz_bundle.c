/*
** fuzz_bundle.c — libFuzzer target for the bundle reader and checker
** (src/ingest/bundle.c, over the CSV reader and the schema).
**
** The input is split on the byte 0x1E (ASCII record separator) into up to
** nine parts, which become the bundle's files in reading order:
** sources.csv, places.csv, actors.csv, instruments.csv, projects.csv,
** listings.csv, stakes.csv, claims.csv, indicators.csv. An empty part
** leaves that file out; a part that is the single byte 0x1F puts a
** directory where the file is expected. The files go to a private temp
** folder, then bundle_read() and bundle_check() run on it, once on their
** own and once against a fake database that claims to hold every id that
** starts with "db" (so the checker's database paths are exercised too).
** Seeds: fuzz/run.sh joins the files of each tests/bundles/ bundle.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../src/ingest/bundle.h"

#define SEP 0x1E
#define DIRMARK 0x1F

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[4096];
static char paths[C_COUNT][4200];

static void cleanup(void)
{
    for (int c = 0; c < C_COUNT; c++) {
        if (unlink(paths[c]) != 0)
            rmdir(paths[c]);
    }
    rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    (void)argc;
    (void)argv;
    snprintf(dir, sizeof dir, "%s/amur-fuzz-bundle.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        exit(1);
    }
    for (int c = 0; c < C_COUNT; c++)
        snprintf(paths[c], sizeof paths[c], "%s/%s", dir, schema_concepts[c].file);
    atexit(cleanup);
    return 0;
}

/* A database that holds every id starting with "db": its concept and kind
** follow from the id, and a stored claim has fields made from the id. */
static int fake_find(void *ctx, const char *id, char *kind, size_t kindsz)
{
    (void)ctx;
    if (strncmp(id, "db", 2) != 0)
        return -1;
    snprintf(kind, kindsz, "%s", strchr(id, 'c') ? "country" : "region");
    return (int)(strlen(id) % C_COUNT);
}

static int fake_claim(void *ctx, const char *id, char ***fields)
{
    const concept *c = &schema_concepts[C_CLAIM];
    char **f;
    (void)ctx;
    if (strncmp(id, "db", 2) != 0)
        return 0;
    if (!(f = calloc(c->ncols, sizeof *f)))
        return -1;
    for (size_t i = 0; i < c->ncols; i++) {
        if (i % 2 == 0 || i == 0)
            f[i] = strdup(i == 0 ? id : "x");
    }
    *fields = f;
    return 1;
}

static void check(const bundle_db *db)
{
    diag d = {0};
    amur_err err = {0, ""};
    bundle *b = NULL;
    if (bundle_read(dir, &b, &d, &err) == AMUR_OK) {
        if (!b)
            abort();
        (void)bundle_rows(b);
        if (bundle_check(b, db, &d) != AMUR_OK)
            abort(); /* only out of memory */
        bundle_free(b);
    } else if (b || !err.msg[0]) {
        abort(); /* a failed read returns no bundle and says why */
    }
    for (size_t i = 0; i < d.n; i++)
        if (!d.items[i].msg || !d.items[i].file)
            abort(); /* every problem names its file */
    diag_clear(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *p = data, *end = data + size;
    bundle_db db = {NULL, fake_find, fake_claim, NULL};

    for (int c = 0; c < C_COUNT; c++) {
        if (unlink(paths[c]) != 0)
            rmdir(paths[c]);
    }
    for (int c = 0; c < C_COUNT && p <= end; c++) {
        const uint8_t *sep = memchr(p, SEP, (size_t)(end - p));
        size_t n = sep ? (size_t)(sep - p) : (size_t)(end - p);
        if (n == 1 && p[0] == DIRMARK) {
            mkdir(paths[c], 0700);
        } else if (n > 0) {
            FILE *f = fopen(paths[c], "wb");
            if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0) {
                perror(paths[c]);
                abort();
            }
        }
        if (!sep)
            break;
        p = sep + 1;
    }
    check(NULL);
    check(&db);
    return 0;
}
