/*
** quotes_test.c — every quote in the bundled dataset is verbatim from the study.
**
** Build and run from the repository root:
**   cc -std=c17 -Wall -Wextra -Werror -D_XOPEN_SOURCE=700 -Isrc -o build/tests/quotes_test tests/dataset/quotes_test.c src/ingest/csv.c src/core/err.c && build/tests/quotes_test ../shared/seed/000_0ec6b7562c41ef23.txt [data]
**
** Reads data/claims.csv, data/indicators.csv and data/stakes.csv with the
** project's CSV reader and checks that each non-empty `quote` occurs in the
** study (argv[1]) once all runs of whitespace in both are reduced to one
** space. Also checks that at least MIN_FIGURES distinct numbers of the `value`
** columns of claims and indicators appear as numbers inside their own quotes
** ("174,000" counts as 174000). Prints each failure as
** `data/FILE:LINE: quote: not found in study`, then `N passed, N failed`;
** exits 1 on any failure, 2 when it cannot run.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/csv.h"

#define MIN_FIGURES 30
#define MAX_WORDS 25
#define MAX_HAN 60
#define MAX_FIGURES 4096
#define FIG_LEN 32

static int passed, failed;

/* Whether column K of ROW names the study (src-study) or one of its
** footnotes (src-fn...), whose words in the bundle are the study's. */
static int from_study(const csv_row *row, int k)
{
    if (k < 0 || (size_t)k >= row->ncols)
        return 0;
    return strcmp(row->cols[k], "src-study") == 0 || strncmp(row->cols[k], "src-fn", 6) == 0;
}

/* Words in Q; Han characters are counted apart into *HAN, since Chinese
** has no spaces (the limit for them is MAX_HAN characters). */
static int words(const char *q, int *han)
{
    int n = 0, in = 0;
    *han = 0;
    for (const unsigned char *p = (const unsigned char *)q; *p;) {
        if (*p >= 0xe4 && *p <= 0xe9) { /* U+4000..U+9FFF: CJK ideographs, 3 bytes */
            (*han)++;
            in = 0;
            p += 3;
            continue;
        }
        if (*p == ' ') {
            in = 0;
        } else if (!in && (*p < 0x80 || *p >= 0xc0)) {
            in = 1;
            n++;
        }
        p++;
    }
    return n;
}
static char figures[MAX_FIGURES][FIG_LEN];
static int nfigures;

/* Copies S into a new string with every run of whitespace turned into one
** space and none at either end. Returns NULL when out of memory. */
static char *squeeze(const char *s, size_t len)
{
    char *out = malloc(len + 1), *o = out;
    if (!out)
        return NULL;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isspace(c)) {
            space = 1;
            continue;
        }
        if (space && o > out)
            *o++ = ' ';
        space = 0;
        *o++ = (char)c;
    }
    *o = '\0';
    return out;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Is V a plain number: optional sign, digits, optional decimal part? */
static int is_number(const char *v)
{
    if (*v == '-' || *v == '+')
        v++;
    if (!isdigit((unsigned char)*v))
        return 0;
    while (isdigit((unsigned char)*v))
        v++;
    if (*v == '.') {
        v++;
        if (!isdigit((unsigned char)*v))
            return 0;
        while (isdigit((unsigned char)*v))
            v++;
    }
    return *v == '\0';
}

/* Does the number VALUE (sign ignored) appear as a whole number in QUOTE?
** Thousands separators inside the quote's numbers are dropped. */
static int figure_in(const char *value, const char *quote)
{
    if (*value == '-' || *value == '+')
        value++;
    for (const char *p = quote; *p;) {
        if (!isdigit((unsigned char)*p) || (p > quote && isdigit((unsigned char)p[-1]))) {
            p++;
            continue;
        }
        char num[FIG_LEN];
        size_t n = 0;
        while (*p && n + 1 < sizeof num) {
            if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1])))
                num[n++] = *p++;
            else if (*p == ',' && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
                     isdigit((unsigned char)p[3]) && !isdigit((unsigned char)p[4]))
                p++;
            else
                break;
        }
        num[n] = '\0';
        if (strcmp(num, value) == 0)
            return 1;
    }
    return 0;
}

static void add_figure(const char *value)
{
    if (*value == '-' || *value == '+')
        value++;
    for (int i = 0; i < nfigures; i++)
        if (strcmp(figures[i], value) == 0)
            return;
    if (nfigures < MAX_FIGURES && strlen(value) < FIG_LEN)
        strcpy(figures[nfigures++], value);
}

/* Checks the quotes of DIR/NAME against STUDY (squeezed). Returns 0, or -1
** when the file cannot be read at all. */
static int check_file(const char *dir, const char *name, const char *study)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    amur_err err = {0};
    csv *c = csv_open(path, &err);
    if (!c) {
        fprintf(stderr, "%s: %s\n", path, err.msg);
        return -1;
    }
    csv_row row;
    int quote_col = -1, value_col = -1, source_col = -1, via_col = -1, lang_col = -1, rc,
        header = 1, han;
    while ((rc = csv_next(c, &row, &err)) == 1) {
        if (header) {
            for (size_t i = 0; i < row.ncols; i++) {
                if (strcmp(row.cols[i], "quote") == 0)
                    quote_col = (int)i;
                else if (strcmp(row.cols[i], "value") == 0)
                    value_col = (int)i;
                else if (strcmp(row.cols[i], "source") == 0)
                    source_col = (int)i;
                else if (strcmp(row.cols[i], "via") == 0)
                    via_col = (int)i;
                else if (strcmp(row.cols[i], "quote_lang") == 0)
                    lang_col = (int)i;
            }
            header = 0;
            if (quote_col < 0)
                break;
            continue;
        }
        if ((size_t)quote_col >= row.ncols || row.lens[quote_col] == 0)
            continue;
        char *q = squeeze(row.cols[quote_col], row.lens[quote_col]);
        if (!q) {
            csv_close(c);
            return -1;
        }
        if (*q == '\0') {
            free(q);
            continue;
        }
        /* a quote from another source than the study (neither its source nor
        ** its via): key words in their own language, at most MAX_WORDS */
        if (source_col >= 0 && !from_study(&row, source_col) && !from_study(&row, via_col)) {
            if (lang_col >= 0 && ((size_t)lang_col >= row.ncols || row.lens[lang_col] == 0)) {
                failed++;
                printf("%s:%ld: quote_lang: empty for a quote from a source other than the study\n",
                       path, row.line);
            } else if (words(q, &han) > MAX_WORDS || han > MAX_HAN) {
                failed++;
                printf("%s:%ld: quote: more than %d words or %d Chinese characters\n", path,
                       row.line, MAX_WORDS, MAX_HAN);
            } else {
                passed++;
            }
        } else if (strstr(study, q)) {
            passed++;
            if (value_col >= 0 && (size_t)value_col < row.ncols && is_number(row.cols[value_col]) &&
                figure_in(row.cols[value_col], q))
                add_figure(row.cols[value_col]);
        } else {
            failed++;
            printf("%s:%ld: quote: not found in study\n", path, row.line);
        }
        free(q);
    }
    if (rc < 0) {
        fprintf(stderr, "%s: %s\n", path, err.msg);
        failed++;
    }
    csv_close(c);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s STUDY.txt [DATA_DIR]\n", argv[0]);
        return 2;
    }
    const char *dir = argc == 3 ? argv[2] : "data";
    size_t len;
    char *raw = slurp(argv[1], &len);
    if (!raw) {
        fprintf(stderr, "%s: cannot read the study\n", argv[1]);
        return 2;
    }
    char *study = squeeze(raw, len);
    free(raw);
    if (!study)
        return 2;
    static const char *const files[] = {"claims.csv", "indicators.csv", "stakes.csv"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++)
        if (check_file(dir, files[i], study) < 0) {
            free(study);
            return 2;
        }
    free(study);
    if (nfigures >= MIN_FIGURES) {
        passed++;
    } else {
        failed++;
        printf("%s: value: only %d distinct figures appear in their quotes (need %d)\n", dir, nfigures,
               MIN_FIGURES);
    }
    printf("%d distinct figures found in quotes\n", nfigures);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
