/*
** article.h — reading one news article for `amur extract`: a file or
** standard input, plain text or HTML, into plain UTF-8 text.
**
** Reading is bounded: at most ARTICLE_MAX_BYTES are read, and a longer
** input is refused rather than cut, so a 50 MB file costs no more than
** 2 MiB of reading. HTML (an input whose first character other than white
** space is '<') goes through libxml2's HTML parser with the network off;
** script, style, noscript and template elements are dropped and block
** elements end lines. Binary input (a NUL byte) and invalid UTF-8 are
** refused with the byte offset.
**
** Ownership: article_read() fills an article that article_free() frees.
*/
#ifndef AMUR_ARTICLE_H
#define AMUR_ARTICLE_H

#include <stddef.h>

#include "../core/err.h"

#define ARTICLE_MAX_BYTES (2u * 1024 * 1024) /* 2 MiB */

typedef struct article {
    char *text;  /* plain UTF-8 text, NUL-ended */
    size_t len;  /* its length in bytes */
    char *title; /* HTML <title>, white space collapsed; NULL when none */
    int html;    /* it was read as HTML */
} article;

/* Reads PATH ("-": standard input) into A. Returns AMUR_OK, AMUR_EDATA
** for input that is not a readable article (ERR names PATH and says why),
** or AMUR_ESYS. */
int article_read(const char *path, article *a, amur_err *err);
void article_free(article *a);

#endif
