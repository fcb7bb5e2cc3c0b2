/*
** sha256.h — SHA-256, for storing only a hash of an API token. The digest
** comes from nettle (the GnuTLS project's crypto library, which
** libmicrohttpd already brings); this module only spells it in hex.
*/
#ifndef AMUR_SHA256_H
#define AMUR_SHA256_H

#include <stddef.h>

#define SHA256_BYTES 32

/* The digest of DATA (N bytes) as 64 lowercase hex digits and a NUL. */
void sha256_hex(const void *data, size_t n, char out[2 * SHA256_BYTES + 1]);

#endif
