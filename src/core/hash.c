/*
** hash.c — 64-bit FNV-1a; see hash.h.
*/
#include "hash.h"

#define FNV_PRIME 1099511628211ULL

uint64_t hash_bytes(const void *p, size_t n, uint64_t h)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ c[i]) * FNV_PRIME;
    return h;
}

uint64_t hash_text(const char *s, uint64_t h)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        h = (h ^ *c) * FNV_PRIME;
    return h;
}
