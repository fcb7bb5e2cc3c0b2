/*
** safefile.h — writing files and folders that are whole or absent, and
** never written through a link someone planted.
**
** A file is written to a new name in its target's folder, created with
** O_CREAT|O_EXCL|O_NOFOLLOW (so an existing file or a link of that name is
** never opened: the name is tried again), and renamed over the target only
** once every byte is written. A reader sees the old file or the new one,
** and a full disk or a kill leaves the old one and no partial new one.
**
** A folder (a bundle) is written the same way: into a new folder beside
** the target, then renamed into place when the target does not exist (or
** is empty). When the target already holds files, each file is renamed
** into it in turn: every file is whole, but a failure between two renames
** (which need no space and rarely fail) could leave some files new and
** some old.
**
** Ownership: safefile_open() fills a safefile that safefile_commit() or
** safefile_abort() releases (exactly one of them); likewise safedir_open()
** and safedir_commit() or safedir_abort().
*/
#ifndef AMUR_SAFEFILE_H
#define AMUR_SAFEFILE_H

#include <stdio.h>

#include "err.h"

typedef struct safefile {
    FILE *f;    /* write here */
    char *path; /* the target */
    char *tmp;  /* the temporary name, beside it */
} safefile;

/* Opens a new temporary file beside PATH for writing. */
int safefile_open(safefile *sf, const char *path, amur_err *err);
/* Flushes and closes the file and renames it to its target: the target is
** replaced only when everything was written. On failure the temporary
** file is removed and ERR says why. */
int safefile_commit(safefile *sf, amur_err *err);
/* Closes and removes the temporary file; the target is left as it was. */
void safefile_abort(safefile *sf);

typedef struct safedir {
    char *path; /* the target folder */
    char *tmp;  /* the new folder beside it, where the files go */
} safedir;

/* Makes a new empty folder beside PATH (mode 0777 less the umask). */
int safedir_open(safedir *sd, const char *path, amur_err *err);
/* The path of NAME inside the new folder, in BUF (BUFSZ bytes). */
const char *safedir_file(const safedir *sd, const char *name, char *buf, size_t bufsz);
/* Puts the new folder's files in place (see above) and removes it. */
int safedir_commit(safedir *sd, amur_err *err);
/* Removes the new folder and what is in it; the target is untouched. */
void safedir_abort(safedir *sd);

#endif
