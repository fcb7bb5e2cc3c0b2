/*
** strmap.h — a hash map from strings to integers (open addressing, core/hash.h).
**
** Keys are borrowed, not copied: each must outlive the map. strmap_new()
** returns a map that strmap_free() frees.
*/
#ifndef AMUR_STRMAP_H
#define AMUR_STRMAP_H

#include <stddef.h>

typedef struct strmap strmap;

strmap *strmap_new(void);
void strmap_free(strmap *m);
/* Adds KEY → VALUE unless KEY is present. Returns 1 when added, 0 when
** KEY was there already (its value goes to *OLD if OLD is not NULL), -1
** when out of memory. */
int strmap_add(strmap *m, const char *key, long value, long *old);
/* Value of KEY in *VALUE; returns 1 when found, else 0. */
int strmap_get(const strmap *m, const char *key, long *value);
size_t strmap_count(const strmap *m);

#endif
