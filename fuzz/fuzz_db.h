/*
** fuzz_db.h — the database the server targets (fuzz_http, fuzz_json)
** run against: a private copy of the one fuzz/run.sh makes (the
** environment's AMUR_FUZZ_DB: tests/bundles/small loaded), with an
** editor token whose text is FUZZ_TOKEN, so that the seeds (and what the
** fuzzer grows from them) can write. Header-only: each target is one
** program.
*/
#ifndef AMUR_FUZZ_DB_H
#define AMUR_FUZZ_DB_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../src/core/sha256.h"
#include "../src/store/store.h"

#define FUZZ_TOKEN "fuzz-editor-token"

static char fuzz_db_path[4096];
static long fuzz_token_id; /* the token's number */

static void fuzz_db_cleanup(void)
{
    char side[4200];
    unlink(fuzz_db_path);
    snprintf(side, sizeof side, "%s-wal", fuzz_db_path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", fuzz_db_path);
    unlink(side);
}

/* Copies AMUR_FUZZ_DB to a private file and adds the token; the path of
** the copy, or NULL after a message on stderr. */
static const char *fuzz_db_make(void)
{
    const char *from = getenv("AMUR_FUZZ_DB"), *tmp = getenv("TMPDIR");
    char buf[65536], hash[2 * SHA256_BYTES + 1];
    FILE *in, *out;
    size_t n;
    int fd;
    store *s;
    amur_err err = {0, ""};

    if (!from || !*from) {
        fprintf(stderr, "fuzz: AMUR_FUZZ_DB must name a database (fuzz/run.sh makes one)\n");
        return NULL;
    }
    snprintf(fuzz_db_path, sizeof fuzz_db_path, "%s/amur-fuzz-db.XXXXXX",
             tmp && *tmp ? tmp : "/tmp");
    if ((fd = mkstemp(fuzz_db_path)) < 0 || !(out = fdopen(fd, "wb"))) {
        perror("fuzz: mkstemp");
        return NULL;
    }
    if (!(in = fopen(from, "rb"))) {
        perror(from);
        fclose(out);
        return NULL;
    }
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, out);
    fclose(in);
    if (fclose(out) != 0) {
        perror(fuzz_db_path);
        return NULL;
    }
    atexit(fuzz_db_cleanup);
    sha256_hex(FUZZ_TOKEN, strlen(FUZZ_TOKEN), hash);
    if (store_open(fuzz_db_path, STORE_WRITE, &s, &err) ||
        store_token_new(s, "editor", hash, "fuzzer", &fuzz_token_id, &err)) {
        fprintf(stderr, "fuzz: %s\n", err.msg);
        return NULL;
    }
    store_close(s);
    return fuzz_db_path;
}

#endif
