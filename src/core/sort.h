/*
** sort.h — the one way the program sorts an array. qsort() of a NULL
** array is undefined even when it holds nothing (C17 7.22.5), and an empty
** result is often a NULL pointer here (a list with no rows, a side with no
** contradictions); fuzzing found two such calls. sort_array() takes any
** count, none included, so no caller needs a guard of its own.
** scripts/checksrc.sh forbids qsort() anywhere else.
*/
#ifndef AMUR_SORT_H
#define AMUR_SORT_H

#include <stddef.h>

/* Sorts the N elements of SIZE bytes at BASE by CMP, as qsort() does; BASE
** may be NULL when N is 0. Not stable: CMP must break ties itself. */
void sort_array(void *base, size_t n, size_t size,
                int (*cmp)(const void *, const void *));

#endif
