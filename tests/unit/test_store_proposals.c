/*
** test_store_proposals.c — the proposals of the store (store.h, prop.c,
** over SQLite): added pending with their fields as given, listed oldest
** first and by status, decided once (a second decision changes nothing),
** rolled back with their transaction, and copied whole.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"

static int setup(void **state)
{
    return fixture_setup(state, "storeprop");
}

static int teardown(void **state)
{
    return fixture_teardown(state);
}

static long add(store *s, const char *subject, const char *value, const char *quote)
{
    store_proposal p = {{0}};
    amur_err err = {0, ""};
    long id = 0;
    p.f[SP_ADDED_BY] = "unit";
    p.f[SP_SUBJECT] = subject;
    p.f[SP_PROPERTY] = "stage";
    p.f[SP_VALUE] = value;
    p.f[SP_QUOTE] = quote;
    p.f[SP_CONFIDENCE] = "0.80";
    p.f[SP_CANDIDATE] = "{}";
    assert_int_equal(store_proposal_add(s, &p, &id, &err), AMUR_OK);
    return id;
}

/* What the walk saw: "id:status:value:reviewer:claim" lines. */
typedef struct seen {
    char text[1024];
} seen;

static int see(void *ctx, const store_proposal *p)
{
    seen *w = ctx;
    size_t len = strlen(w->text);
    snprintf(w->text + len, sizeof w->text - len, "%s:%s:%s:%s:%s;", p->f[SP_ID], p->f[SP_STATUS],
             p->f[SP_VALUE] ? p->f[SP_VALUE] : "-", p->f[SP_REVIEWER] ? p->f[SP_REVIEWER] : "-",
             p->f[SP_CLAIM] ? p->f[SP_CLAIM] : "-");
    assert_non_null(p->f[SP_CREATED]);
    assert_true(!strcmp(p->f[SP_STATUS], "pending") == !p->f[SP_DECIDED]);
    return 0;
}

static const char *walk(store *s, long id, const char *status, seen *w)
{
    amur_err err = {0, ""};
    w->text[0] = 0;
    assert_int_equal(store_each_proposal(s, id, status, see, w, &err), AMUR_OK);
    return w->text;
}

static void added_pending_in_order(void **state)
{
    fixture *fx = *state;
    seen w;
    assert_int_equal(add(fx->s, "bridge", "completed", "Готово: мост «Благовещенск–Хэйхэ»"), 1);
    assert_int_equal(add(fx->s, "bridge", NULL, NULL), 2);
    assert_string_equal(walk(fx->s, 0, NULL, &w), "1:pending:completed:-:-;2:pending:-:-:-;");
    assert_string_equal(walk(fx->s, 2, NULL, &w), "2:pending:-:-:-;");
    assert_string_equal(walk(fx->s, 3, NULL, &w), "");
    assert_string_equal(walk(fx->s, 0, "accepted", &w), "");
}

static void decided_once(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    seen w;
    add(fx->s, "bridge", "completed", NULL);
    add(fx->s, "bridge", "halted", NULL);
    assert_int_equal(store_proposal_decide(fx->s, 1, "accepted", "Anna", NULL, "c1", &err), 1);
    assert_int_equal(store_proposal_decide(fx->s, 1, "rejected", "Boris", "no", NULL, &err), 0);
    assert_int_equal(store_proposal_decide(fx->s, 7, "rejected", "Boris", "no", NULL, &err), 0);
    assert_int_equal(store_proposal_decide(fx->s, 2, "rejected", "Boris", "late", NULL, &err), 1);
    assert_string_equal(walk(fx->s, 0, NULL, &w),
                        "1:accepted:completed:Anna:c1;2:rejected:halted:Boris:-;");
    assert_string_equal(walk(fx->s, 0, "rejected", &w), "2:rejected:halted:Boris:-;");
    assert_string_equal(walk(fx->s, 0, "pending", &w), "");
}

static void rolled_back(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    seen w;
    add(fx->s, "bridge", "completed", NULL);
    assert_int_equal(store_begin(fx->s, &err), AMUR_OK);
    add(fx->s, "bridge", "halted", NULL);
    assert_int_equal(store_proposal_decide(fx->s, 1, "accepted", "Anna", NULL, "c1", &err), 1);
    store_rollback(fx->s);
    assert_string_equal(walk(fx->s, 0, NULL, &w), "1:pending:completed:-:-;");
}

/* Copying every column keeps the numbers, statuses and times. */
static int copy_into(void *ctx, const store_proposal *p)
{
    amur_err err = {0, ""};
    assert_int_equal(store_copy_proposal(ctx, p, &err), AMUR_OK);
    return 0;
}

static void copied_whole(void **state)
{
    fixture *fx = *state;
    amur_err err = {0, ""};
    char dir[48], path[80];
    store *to = NULL;
    seen a, b;
    add(fx->s, "bridge", "completed", "q");
    add(fx->s, "bridge", "halted", NULL);
    assert_int_equal(store_proposal_decide(fx->s, 2, "rejected", "Boris", "late", NULL, &err), 1);
    assert_int_equal(fixture_new_db_path("storeprop2", dir, path), 0);
    assert_int_equal(store_open(path, STORE_WRITE, &to, &err), AMUR_OK);
    assert_int_equal(store_each_proposal(fx->s, 0, NULL, copy_into, to, &err), AMUR_OK);
    assert_string_equal(walk(to, 0, NULL, &b), walk(fx->s, 0, NULL, &a));
    /* the next one added after a copy takes the next number */
    assert_int_equal(add(to, "bridge", "operational", NULL), 3);
    store_close(to);
    fixture_remove_db(path);
    rmdir(dir);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(added_pending_in_order),
        T(decided_once),
        T(rolled_back),
        T(copied_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
