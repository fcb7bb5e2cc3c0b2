/*
** test_param.c — parameters declared once (src/core/param.h), and the
** declarations of every analysis (present/views.h): defaults that parse,
** fields that fit, one parser for the command line and the API.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "analyze/contradictions.h"
#include "analyze/inflation.h"
#include "analyze/regions.h"
#include "core/param.h"
#include "present/views.h"

/* Query values from a NULL-ended list of name, value pairs. */
static const char *get(void *ctx, const char *name)
{
    const char *const *kv = ctx;
    for (size_t i = 0; kv[i]; i += 2)
        if (strcmp(kv[i], name) == 0)
            return kv[i + 1];
    return NULL;
}

static void defaults_come_from_the_declaration(void **state)
{
    contra_opts o;
    reg_options r;
    (void)state;
    memset(&o, 0xff, sizeof o);
    param_defaults(contra_params, &o);
    assert_int_equal(o.window, 90);
    assert_null(o.subject);
    assert_int_equal(o.official_ahead, 0);
    param_defaults(regions_params, &r);
    assert_string_equal(r.by, "import_share");
    assert_true(r.dependent == 80 && r.independent == 50);
    assert_int_equal(r.from, 0);
}

/* Every analysis's declared defaults parse as values of their own type,
** and its options fit the room the command line and the API give them. */
static void every_declaration_is_well_formed(void **state)
{
    (void)state;
    for (size_t i = 0; i < analyses_count; i++) {
        const analysis *an = analyses[i];
        unsigned char opts[AN_OPTS_MAX];
        const char *none[] = {NULL};
        amur_err err = {0, ""};
        size_t n = 0;
        assert_true(an->opts_size <= AN_OPTS_MAX);
        assert_non_null(an->items);
        assert_non_null(an->view);
        assert_int_equal(strncmp(an->path, "/api/", 5), 0);
        for (const param *p = an->params; p->name; p++, n++) {
            assert_true(p->off < an->opts_size);
            assert_non_null(p->help);
            if (p->not_below)
                assert_non_null(param_find(an->params, p->not_below));
        }
        assert_true(n < PARAM_MAX);
        assert_int_equal(param_parse(an->params, PARAM_CLI, get, none, opts, &err), AMUR_OK);
        assert_int_equal(param_parse(an->params, PARAM_API, get, none, opts, &err), AMUR_OK);
    }
}

static void one_message_for_both(void **state)
{
    const char *cli[] = {"window", "1e3", NULL};
    contra_opts o;
    amur_err a = {0, ""}, b = {0, ""};
    (void)state;
    assert_int_equal(param_parse(contra_params, PARAM_CLI, get, cli, &o, &a), AMUR_EUSAGE);
    assert_int_equal(param_parse(contra_params, PARAM_API, get, cli, &o, &b), AMUR_EUSAGE);
    assert_string_equal(a.msg, "--window: '1e3' is not a whole number from 0 to 3660000");
    assert_string_equal(b.msg, "window: '1e3' is not a whole number from 0 to 3660000");
}

static void flags_and_spellings(void **state)
{
    const char *q[] = {"official-ahead", "true", NULL};
    const char *bad[] = {"official-ahead", "maybe", NULL};
    contra_opts o;
    amur_err err = {0, ""};
    char buf[64];
    (void)state;
    assert_int_equal(param_parse(contra_params, PARAM_API, get, q, &o, &err), AMUR_OK);
    assert_int_equal(o.official_ahead, 1);
    assert_int_equal(param_parse(contra_params, PARAM_API, get, bad, &o, &err), AMUR_EUSAGE);
    assert_string_equal(err.msg, "official_ahead: 'maybe' is not a boolean (true, false, 1 or 0)");
    assert_string_equal(param_spelling(&contra_params[2], PARAM_API, buf, sizeof buf),
                        "official_ahead");
    assert_string_equal(param_spelling(&contra_params[2], PARAM_CLI, buf, sizeof buf),
                        "--official-ahead");
}

static void ranges_and_choices(void **state)
{
    const char *backwards[] = {"from", "2020", "to", "2010", NULL};
    const char *open[] = {"to", "2010", NULL};
    const char *bad_by[] = {"by", "gdp", NULL};
    const char *low[] = {"independent", "90", NULL};
    infl_opts io;
    reg_options ro;
    amur_err err = {0, ""};
    (void)state;
    assert_int_equal(param_parse(infl_params, PARAM_CLI, get, backwards, &io, &err), AMUR_EUSAGE);
    assert_string_equal(err.msg, "--to (2010) must not be below --from (2020)");
    /* an open end orders nothing */
    assert_int_equal(param_parse(infl_params, PARAM_CLI, get, open, &io, &err), AMUR_OK);
    assert_int_equal(io.to, 2010);
    assert_int_equal(param_parse(regions_params, PARAM_API, get, bad_by, &ro, &err), AMUR_EUSAGE);
    assert_string_equal(err.msg,
                        "by: 'gdp' is not one of export_share, import_share, fdi_stock_share");
    /* against the other's default */
    assert_int_equal(param_parse(regions_params, PARAM_API, get, low, &ro, &err), AMUR_EUSAGE);
    assert_string_equal(err.msg, "dependent (80) must not be below independent (90)");
}

static void help_says_the_default(void **state)
{
    char buf[256];
    (void)state;
    assert_string_equal(param_describe(&contra_params[0], buf, sizeof buf),
                        "how far apart in time two claims may describe, in days (default 90)");
    assert_string_equal(param_json_type(&contra_params[0]), "integer");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_come_from_the_declaration),
        cmocka_unit_test(every_declaration_is_well_formed),
        cmocka_unit_test(one_message_for_both),
        cmocka_unit_test(flags_and_spellings),
        cmocka_unit_test(ranges_and_choices),
        cmocka_unit_test(help_says_the_default),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
