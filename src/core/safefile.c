/*
** safefile.c — see safefile.h.
**
** Temporary names are ".NAME.PID-NUMBER.tmp" beside the target. The number
** is not secret: O_EXCL makes a planted file or link of that name fail the
** open (and mkdir fail on a planted folder), and another name is tried.
*/
#include "safefile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define TRIES 100

/* A fresh temporary name beside PATH (the folder part kept, the last part
** hidden and suffixed); NULL when out of memory. */
static char *temp_name(const char *path, unsigned attempt)
{
    size_t len = strlen(path), n;
    const char *base, *slash;
    struct timespec ts;
    char *out;
    while (len > 1 && path[len - 1] == '/')
        len--; /* "out/" names the folder out */
    slash = NULL;
    for (size_t i = 0; i < len; i++)
        if (path[i] == '/')
            slash = path + i;
    base = slash ? slash + 1 : path;
    clock_gettime(CLOCK_REALTIME, &ts);
    n = len + 64;
    if (!(out = malloc(n)))
        return NULL;
    snprintf(out, n, "%.*s.%.*s.%ld-%lx.tmp", (int)(base - path), path,
             (int)(len - (size_t)(base - path)), base, (long)getpid(),
             (unsigned long)ts.tv_nsec ^ ((unsigned long)attempt * 2654435761u));
    return out;
}

int safefile_open(safefile *sf, const char *path, amur_err *err)
{
    memset(sf, 0, sizeof *sf);
    for (unsigned attempt = 0; attempt < TRIES; attempt++) {
        int fd;
        free(sf->tmp);
        if (!(sf->tmp = temp_name(path, attempt)))
            return err_set(err, AMUR_ESYS, "out of memory");
        fd = open(sf->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            err_set(err, AMUR_ESYS, "%s: %s", path, strerror(errno));
            break;
        }
        if (!(sf->f = fdopen(fd, "w"))) {
            close(fd);
            unlink(sf->tmp);
            err_set(err, AMUR_ESYS, "out of memory");
            break;
        }
        if (!(sf->path = strdup(path))) {
            safefile_abort(sf);
            return err_set(err, AMUR_ESYS, "out of memory");
        }
        return AMUR_OK;
    }
    if (!err || !err->code)
        err_set(err, AMUR_ESYS, "%s: no free temporary name beside it", path);
    free(sf->tmp);
    sf->tmp = NULL;
    return AMUR_ESYS;
}

static void release(safefile *sf)
{
    free(sf->tmp);
    free(sf->path);
    memset(sf, 0, sizeof *sf);
}

int safefile_commit(safefile *sf, amur_err *err)
{
    int bad = ferror(sf->f) || fflush(sf->f) != 0;
    int e = errno;
    if (fclose(sf->f) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    sf->f = NULL;
    if (!bad && rename(sf->tmp, sf->path) != 0) {
        err_set(err, AMUR_ESYS, "%s: %s", sf->path, strerror(errno));
        unlink(sf->tmp);
        release(sf);
        return AMUR_ESYS;
    }
    if (bad) {
        err_set(err, AMUR_ESYS, "%s: write error: %s (nothing was replaced)", sf->path,
                e ? strerror(e) : "?");
        unlink(sf->tmp);
        release(sf);
        return AMUR_ESYS;
    }
    release(sf);
    return AMUR_OK;
}

void safefile_abort(safefile *sf)
{
    if (sf->f)
        fclose(sf->f);
    if (sf->tmp)
        unlink(sf->tmp);
    release(sf);
}

/* ---- folders ---- */

int safedir_open(safedir *sd, const char *path, amur_err *err)
{
    memset(sd, 0, sizeof *sd);
    for (unsigned attempt = 0; attempt < TRIES; attempt++) {
        if (!(sd->tmp = temp_name(path, attempt)))
            return err_set(err, AMUR_ESYS, "out of memory");
        if (mkdir(sd->tmp, 0777) == 0) {
            if (!(sd->path = strdup(path))) {
                safedir_abort(sd);
                return err_set(err, AMUR_ESYS, "out of memory");
            }
            return AMUR_OK;
        }
        if (errno != EEXIST) {
            int e = errno;
            free(sd->tmp);
            sd->tmp = NULL;
            return err_set(err, AMUR_ESYS, "%s: %s", path, strerror(e));
        }
        free(sd->tmp);
        sd->tmp = NULL;
    }
    return err_set(err, AMUR_ESYS, "%s: no free temporary name beside it", path);
}

const char *safedir_file(const safedir *sd, const char *name, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, "%s/%s", sd->tmp, name);
    return buf;
}

/* Calls FN on each entry of the new folder but . and ..; stops at the
** first that fails. */
static int each_entry(safedir *sd, int (*fn)(safedir *sd, const char *name, amur_err *err),
                      amur_err *err)
{
    DIR *d = opendir(sd->tmp);
    struct dirent *e;
    int rc = AMUR_OK;
    if (!d)
        return err_set(err, AMUR_ESYS, "%s: %s", sd->tmp, strerror(errno));
    while (rc == AMUR_OK && (e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            rc = fn(sd, e->d_name, err);
    closedir(d);
    return rc;
}

static int move_in(safedir *sd, const char *name, amur_err *err)
{
    char from[4096], to[4096];
    snprintf(from, sizeof from, "%s/%s", sd->tmp, name);
    snprintf(to, sizeof to, "%s/%s", sd->path, name);
    if (rename(from, to) != 0)
        return err_set(err, AMUR_ESYS, "%s: %s", to, strerror(errno));
    return AMUR_OK;
}

static int remove_one(safedir *sd, const char *name, amur_err *err)
{
    char p[4096];
    (void)err;
    unlink(safedir_file(sd, name, p, sizeof p));
    return AMUR_OK;
}

int safedir_commit(safedir *sd, amur_err *err)
{
    int rc = AMUR_OK;
    /* a folder that does not exist yet (or is empty) is replaced whole */
    if (rename(sd->tmp, sd->path) != 0) {
        int e = errno;
        struct stat st;
        /* EBUSY, EINVAL: the target is "." or a mount point */
        int exists = e == EEXIST || e == ENOTEMPTY || e == EISDIR || e == ENOTDIR ||
                     e == EBUSY || e == EINVAL;
        /* a folder that holds files, or a link to one: the files go in */
        if (!exists || stat(sd->path, &st) != 0 || !S_ISDIR(st.st_mode)) {
            rc = err_set(err, AMUR_ESYS, "%s: %s", sd->path,
                         exists ? "not a folder" : strerror(e));
            safedir_abort(sd);
            return rc;
        }
        rc = each_entry(sd, move_in, err);
        each_entry(sd, remove_one, NULL);
        rmdir(sd->tmp);
    }
    free(sd->tmp);
    free(sd->path);
    memset(sd, 0, sizeof *sd);
    return rc;
}

void safedir_abort(safedir *sd)
{
    if (sd->tmp) {
        each_entry(sd, remove_one, NULL);
        rmdir(sd->tmp);
    }
    free(sd->tmp);
    free(sd->path);
    memset(sd, 0, sizeof *sd);
}
