/*
** test_sha256.c — SHA-256 (src/core/sha256.h) against the FIPS 180-2 test
** vectors ("abc", the two-block message, a million 'a'), the empty string,
** and feeding the same bytes in pieces.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/sha256.h"

static void hex_of(const sha256_ctx *done_ctx, char *out)
{
    sha256_ctx c = *done_ctx;
    unsigned char d[SHA256_BYTES];
    sha256_final(&c, d);
    for (int i = 0; i < SHA256_BYTES; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void fips_abc(void **state)
{
    char h[65];
    (void)state;
    sha256_hex("abc", 3, h);
    assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void fips_two_blocks(void **state)
{
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    char h[65];
    (void)state;
    sha256_hex(m, strlen(m), h);
    assert_string_equal(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void fips_million_a(void **state)
{
    char chunk[1000], h[65];
    sha256_ctx c;
    (void)state;
    memset(chunk, 'a', sizeof chunk);
    sha256_init(&c);
    for (int i = 0; i < 1000; i++)
        sha256_update(&c, chunk, sizeof chunk);
    hex_of(&c, h);
    assert_string_equal(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void empty_message(void **state)
{
    char h[65];
    (void)state;
    sha256_hex("", 0, h);
    assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

/* 55, 56 and 64 bytes sit at the edges of the padding. */
static void pieces_equal_whole(void **state)
{
    char m[200], whole[65], parts[65];
    (void)state;
    for (size_t i = 0; i < sizeof m; i++)
        m[i] = (char)('a' + i % 26);
    for (size_t n = 0; n <= sizeof m; n++) {
        sha256_ctx c;
        sha256_hex(m, n, whole);
        sha256_init(&c);
        for (size_t i = 0; i < n; i += 7)
            sha256_update(&c, m + i, n - i < 7 ? n - i : 7);
        hex_of(&c, parts);
        assert_string_equal(whole, parts);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fips_abc),
        cmocka_unit_test(fips_two_blocks),
        cmocka_unit_test(fips_million_a),
        cmocka_unit_test(empty_message),
        cmocka_unit_test(pieces_equal_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
