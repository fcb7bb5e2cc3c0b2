/*
** text.h — UTF-8 validity and display width, and the edit distance used
** to suggest a command or option when one is misspelt.
*/
#ifndef AMUR_TEXT_H
#define AMUR_TEXT_H

#include <stddef.h>

/* Returns the byte offset of the first invalid UTF-8 sequence in S[0..LEN),
** or -1 when it is all valid. Overlong forms, surrogates and code points
** above U+10FFFF are invalid, and so is a NUL byte. */
long text_utf8_invalid(const char *s, size_t len);

/* Columns S takes on a terminal: East Asian wide characters count two,
** combining marks none. S must be valid UTF-8. */
size_t text_width(const char *s);

/* Length in bytes of the longest prefix of S that fits in WIDTH columns. */
size_t text_fit(const char *s, size_t width);

/* Levenshtein distance between A and B (each up to 64 bytes; longer
** strings compare as far apart). */
int text_distance(const char *a, const char *b);

/* How close CANDIDATE is to WORD, for a "did you mean": 1 when CANDIDATE
** begins with WORD (or, with BOTH_WAYS, WORD with CANDIDATE), else their
** edit distance; -1 when that is more than a quarter of WORD's length
** (and more than 2). The one rule every suggestion of a value uses. */
int text_closeness(const char *word, const char *candidate, int both_ways);

/* A and B in natural order: runs of digits compare as the numbers they
** are (syn-p-99 before syn-p-100), everything else byte by byte; equal
** runs with different leading zeros fall back to strcmp(), so only equal
** strings compare equal. <0, 0 or >0, as strcmp(). */
int text_natural_cmp(const char *a, const char *b);

/* Reads S as a number from MIN to MAX into *OUT: a whole number (digits,
** with a leading '-' when MIN allows) when WHOLE, else a decimal. Returns
** NULL, or the reason it is not one ("not a whole number from 0 to
** 3660000"), in a static string; the command line and the API give it alike. */
const char *text_number(const char *s, double min, double max, int whole, double *out);

#endif
