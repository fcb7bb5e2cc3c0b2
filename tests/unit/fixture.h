/*
** fixture.h — what the unit tests that need a database share: a fresh
** SQLite database in a new temporary folder, removed with its -wal, -shm
** and -journal files afterwards. Header-only (static functions), included
** by each test that uses it; cmocka's setup and teardown take the pair.
*/
#ifndef AMUR_TEST_FIXTURE_H
#define AMUR_TEST_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"

typedef struct fixture {
    char dir[48];
    char path[80];
    store *s; /* open for writing */
} fixture;

/* Removes the database PATH and the files SQLite keeps beside it. */
static inline void fixture_remove_db(const char *path)
{
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    char p[128];
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s%s", path, suffix[i]);
        remove(p);
    }
}

/* A new folder /tmp/amur-TAG-XXXXXX holding test.db: its name in DIR and
** PATH (DIR at least 48 bytes, PATH 80). 0, or -1. */
static inline int fixture_new_db_path(const char *tag, char *dir, char *path)
{
    snprintf(dir, 48, "/tmp/amur-%.20s-XXXXXX", tag);
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, 80, "%s/test.db", dir);
    return 0;
}

/* cmocka setup: a fixture with the database open for writing. */
static inline int fixture_setup(void **state, const char *tag)
{
    fixture *fx = calloc(1, sizeof *fx);
    amur_err err = {0, ""};
    if (!fx || fixture_new_db_path(tag, fx->dir, fx->path)) {
        free(fx);
        return -1;
    }
    if (store_open(fx->path, STORE_WRITE, &fx->s, &err) != AMUR_OK) {
        fprintf(stderr, "store_open: %s\n", err.msg);
        free(fx);
        return -1;
    }
    *state = fx;
    return 0;
}

/* cmocka teardown: closes and removes what fixture_setup() made. */
static inline int fixture_teardown(void **state)
{
    fixture *fx = *state;
    store_close(fx->s);
    fixture_remove_db(fx->path);
    rmdir(fx->dir);
    free(fx);
    return 0;
}

#endif
