/*
** sha256.c — SHA-256 in hex, through nettle (sha256.h).
*/
#include "sha256.h"

#include <nettle/sha2.h>

void sha256_hex(const void *data, size_t n, char out[2 * SHA256_BYTES + 1])
{
    static const char hex[] = "0123456789abcdef";
    struct sha256_ctx c;
    unsigned char d[SHA256_DIGEST_SIZE];
    sha256_init(&c);
    sha256_update(&c, n, data);
    sha256_digest(&c, sizeof d, d);
    for (size_t i = 0; i < sizeof d; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[2 * SHA256_BYTES] = 0;
}
