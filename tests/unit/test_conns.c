/*
** test_conns.c — which connections the server keeps (src/web/conns.h):
** the share per address (IPv6 by /64), who gives way when the server is
** full, and the request deadline. Connections here are not sockets (fd
** -1, so shutting one down does nothing); conns_was_cut() says which
** were shut down.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "web/conns.h"

#define MAXC 64

/* A client address: IPv4 or IPv6 text. */
static const struct sockaddr *addr(const char *text)
{
    static struct sockaddr_storage ss[8];
    static int next;
    struct sockaddr_storage *s = &ss[next++ % 8];
    memset(s, 0, sizeof *s);
    if (inet_pton(AF_INET, text, &((struct sockaddr_in *)s)->sin_addr) == 1) {
        s->ss_family = AF_INET;
    } else {
        assert_int_equal(inet_pton(AF_INET6, text, &((struct sockaddr_in6 *)s)->sin6_addr), 1);
        s->ss_family = AF_INET6;
    }
    return (const struct sockaddr *)s;
}

/* A request asked and answered on C: it is now an idle keep-alive one. */
static void serve_one(conns *cs, conns_item *c)
{
    conns_request(cs, c);
    conns_received(cs, c);
    conns_answered(cs, c);
}

/* Opens N connections from each of NADDR addresses 10.0.0.1, ...: idle
** ones when SERVED, else ones that have sent nothing. */
static void fill(conns *cs, conns_item **out, int naddr, int n, int served)
{
    for (int a = 0; a < naddr; a++)
        for (int i = 0; i < n; i++) {
            char text[32];
            snprintf(text, sizeof text, "10.0.0.%d", a + 1);
            out[a * n + i] = conns_open(cs, -1, addr(text));
            assert_non_null(out[a * n + i]);
            assert_false(conns_was_cut(cs, out[a * n + i]));
            if (served)
                serve_one(cs, out[a * n + i]);
        }
}

static int cut_count(conns *cs, conns_item **c, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++)
        k += conns_was_cut(cs, c[i]);
    return k;
}

static void share_per_address(void **state)
{
    (void)state;
    conns *cs = conns_new(MAXC, 4, 10000);
    conns_item *c[4], *fifth, *other, *again;
    fill(cs, c, 1, 4, 0);
    fifth = conns_open(cs, -1, addr("10.0.0.1"));
    assert_true(conns_was_cut(cs, fifth)); /* at once: the address holds its share */
    other = conns_open(cs, -1, addr("10.0.0.2"));
    assert_false(conns_was_cut(cs, other));
    assert_int_equal(conns_live(cs), 5);
    conns_close(cs, fifth);
    conns_close(cs, c[0]);
    again = conns_open(cs, -1, addr("10.0.0.1")); /* one went: there is room again */
    assert_false(conns_was_cut(cs, again));
    conns_free(cs);
}

static void ipv6_counted_by_64(void **state)
{
    (void)state;
    conns *cs = conns_new(MAXC, 2, 10000);
    conns_item *a = conns_open(cs, -1, addr("2001:db8:0:7::1"));
    conns_item *b = conns_open(cs, -1, addr("2001:db8:0:7:ffff:ffff:ffff:2"));
    conns_item *same64 = conns_open(cs, -1, addr("2001:db8:0:7:1234::3"));
    conns_item *next64 = conns_open(cs, -1, addr("2001:db8:0:8::1"));
    conns_item *v4a = conns_open(cs, -1, addr("192.0.2.1"));
    conns_item *v4b = conns_open(cs, -1, addr("::ffff:192.0.2.1"));
    conns_item *v4c = conns_open(cs, -1, addr("192.0.2.1"));
    assert_false(conns_was_cut(cs, a));
    assert_false(conns_was_cut(cs, b));
    assert_true(conns_was_cut(cs, same64)); /* a third from the /64 */
    assert_false(conns_was_cut(cs, next64));
    assert_false(conns_was_cut(cs, v4a));
    assert_false(conns_was_cut(cs, v4b));
    assert_true(conns_was_cut(cs, v4c)); /* mapped or not, the same address */
    conns_free(cs);
}

/* Sixteen addresses hold their whole share each, idle, filling the
** server: a new client from another address gets in, and one idle
** connection of theirs gives way; so do 2, 4 and 16 greedy ones. */
static void idle_give_way(void **state)
{
    (void)state;
    for (int naddr = 2; naddr <= 16; naddr *= 2) {
        conns *cs = conns_new(MAXC, MAXC / naddr, 10000);
        conns_item *c[MAXC], *fresh;
        fill(cs, c, naddr, MAXC / naddr, 1);
        assert_int_equal(conns_live(cs), MAXC);
        fresh = conns_open(cs, -1, addr("10.1.0.1"));
        assert_false(conns_was_cut(cs, fresh));
        assert_int_equal(cut_count(cs, c, MAXC), 1);
        assert_int_equal(conns_live(cs), MAXC);
        conns_free(cs);
    }
}

/* The same with connections that never send anything: they give way to
** an address that holds fewer, not to one that holds as many. */
static void waiting_give_way(void **state)
{
    (void)state;
    conns *cs = conns_new(MAXC, MAXC / 16, 10000);
    conns_item *c[MAXC], *fresh, *again;
    fill(cs, c, 16, MAXC / 16, 0);
    fresh = conns_open(cs, -1, addr("10.1.0.1"));
    assert_false(conns_was_cut(cs, fresh));
    assert_int_equal(cut_count(cs, c, MAXC), 1);
    /* the greedy address that lost one asks again: it would hold as many
    ** as the others, so it is refused; a second new client is not */
    for (int i = 0; i < MAXC; i++)
        if (conns_was_cut(cs, c[i])) {
            char text[32];
            snprintf(text, sizeof text, "10.0.0.%d", i / (MAXC / 16) + 1);
            again = conns_open(cs, -1, addr(text));
            assert_true(conns_was_cut(cs, again));
            break;
        }
    fresh = conns_open(cs, -1, addr("10.1.0.2"));
    assert_false(conns_was_cut(cs, fresh));
    assert_int_equal(cut_count(cs, c, MAXC), 2);
    assert_int_equal(conns_live(cs), MAXC);
    conns_free(cs);
}

/* Idle ones go first, however few their address holds; the oldest of the
** greediest address among them. */
static void idle_before_waiting(void **state)
{
    (void)state;
    conns *cs = conns_new(4, 4, 10000);
    conns_item *w1 = conns_open(cs, -1, addr("10.0.0.1"));
    conns_item *w2 = conns_open(cs, -1, addr("10.0.0.1"));
    conns_item *w3 = conns_open(cs, -1, addr("10.0.0.1"));
    conns_item *idle = conns_open(cs, -1, addr("10.0.0.2"));
    conns_item *fresh;
    serve_one(cs, idle);
    fresh = conns_open(cs, -1, addr("10.0.0.3"));
    assert_false(conns_was_cut(cs, fresh));
    assert_true(conns_was_cut(cs, idle));
    assert_false(conns_was_cut(cs, w1) || conns_was_cut(cs, w2) || conns_was_cut(cs, w3));
    conns_free(cs);
}

/* When every connection is at work (its request in, being answered), or
** when the new one comes from the greediest address, the new one goes. */
static void busy_or_greedy_new_one_goes(void **state)
{
    (void)state;
    conns *cs = conns_new(MAXC, MAXC / 16, 10000);
    conns_item *c[MAXC], *fresh;
    fill(cs, c, 16, MAXC / 16, 0);
    for (int i = 0; i < MAXC; i++) {
        conns_request(cs, c[i]);
        conns_received(cs, c[i]);
    }
    fresh = conns_open(cs, -1, addr("10.1.0.1"));
    assert_true(conns_was_cut(cs, fresh));
    assert_int_equal(cut_count(cs, c, MAXC), 0);
    conns_free(cs);

    /* one address holds everything (behind a proxy, with the share raised
    ** to the limit): one waiting for its request does not give way to its
    ** own address, an idle one does */
    cs = conns_new(MAXC, MAXC, 10000);
    fill(cs, c, 1, MAXC, 0);
    fresh = conns_open(cs, -1, addr("10.0.0.1"));
    assert_true(conns_was_cut(cs, fresh));
    serve_one(cs, c[5]);
    fresh = conns_open(cs, -1, addr("10.0.0.1"));
    assert_false(conns_was_cut(cs, fresh));
    assert_true(conns_was_cut(cs, c[5]));
    conns_free(cs);
}

static void sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

static void deadline(void **state)
{
    (void)state;
    conns *cs = conns_new(MAXC, 4, 100);
    conns_item *late, *handled, *fresh;
    assert_int_equal(conns_watch(cs), 0);
    late = conns_open(cs, -1, addr("10.0.0.1"));
    handled = conns_open(cs, -1, addr("10.0.0.1"));
    conns_request(cs, handled);
    conns_received(cs, handled); /* being answered: no deadline */
    sleep_ms(400);
    assert_true(conns_was_cut(cs, late));
    assert_false(conns_was_cut(cs, handled));
    conns_answered(cs, handled); /* idle now: the next request's clock starts */
    fresh = conns_open(cs, -1, addr("10.0.0.1"));
    assert_false(conns_was_cut(cs, fresh));
    sleep_ms(400);
    assert_true(conns_was_cut(cs, handled));
    assert_true(conns_was_cut(cs, fresh));
    assert_int_equal(conns_live(cs), 0);
    conns_free(cs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(share_per_address),
        cmocka_unit_test(ipv6_counted_by_64),
        cmocka_unit_test(idle_give_way),
        cmocka_unit_test(waiting_give_way),
        cmocka_unit_test(idle_before_waiting),
        cmocka_unit_test(busy_or_greedy_new_one_goes),
        cmocka_unit_test(deadline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
