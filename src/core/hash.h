/*
** hash.h — the one string hash of the program: 64-bit FNV-1a. It keys
** hash tables (core/strmap, the bundle checker's ids, the server's cache)
** and makes the short hashes in generated ids (ingest/iati: an IATI
** identifier too long for an id, an organisation's name key), so it must
** never change: those ids are stored. Not for security (core/sha256 is).
** evidence.c keeps a faster one of its own for its loader's hot loop.
*/
#ifndef AMUR_HASH_H
#define AMUR_HASH_H

#include <stddef.h>
#include <stdint.h>

/* Where a hash starts: pass it as H for a new one. */
#define HASH_BASIS 14695981039346656037ULL

/* H with the N bytes at P mixed in. */
uint64_t hash_bytes(const void *p, size_t n, uint64_t h);
/* H with the string S (without its NUL) mixed in. */
uint64_t hash_text(const char *s, uint64_t h);

#endif
