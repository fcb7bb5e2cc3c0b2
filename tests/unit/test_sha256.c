/*
** test_sha256.c — SHA-256 (src/core/sha256.h) against the FIPS 180-2 test
** vectors ("abc", the two-block message, a million 'a') and the empty string: the
** digest is nettle's, the hex spelling ours.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/sha256.h"

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
    static char m[1000000];
    char h[65];
    (void)state;
    memset(m, 'a', sizeof m);
    sha256_hex(m, sizeof m, h);
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
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fips_abc),
        cmocka_unit_test(fips_two_blocks),
        cmocka_unit_test(fips_million_a),
        cmocka_unit_test(empty_message),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
