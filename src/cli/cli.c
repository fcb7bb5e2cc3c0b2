/*
** cli.c — the command line: parsing against the command table, help and
** the man page written from it, and opening the store.
*/
#include "cli.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/evidence.h"
#include "../analyze/known.h"
#include "../core/text.h"
#include "../present/jsonout.h"
#include "../present/table.h"
#include "../present/views.h"
#include "../present/walk.h"

#define AMUR_VERSION_STRING "amur 0.1"

static const param global_opts[] = {
    {.name = "db", .type = PARAM_TEXT, .meta = "PATH", .where = PARAM_CLI,
     .help = "the database: a SQLite file, or postgresql://user@host:port/dbname (default: "
             "$AMUR_DB, else amur.db)"},
    {.name = "json", .type = PARAM_FLAG, .where = PARAM_CLI,
     .help = "print a JSON array of objects instead of a table"},
    {.name = "quiet", .type = PARAM_FLAG, .where = PARAM_CLI, .help = "print nothing but errors"},
    {.name = "help", .type = PARAM_FLAG, .where = PARAM_CLI, .help = "show help for the command"},
    {0}};

/* The K-th option of CMD (its own options, then the clocks), or NULL. */
static const param *opt_at(const command *cmd, int k)
{
    for (int i = 0; cmd && cmd->params && cmd->params[i].name; i++)
        if ((cmd->params[i].where & PARAM_CLI) && !(cmd->params[i].where & PARAM_ARG) && !k--)
            return &cmd->params[i];
    return cmd && cmd->clocks && k < 2 ? &ev_clock_params[k] : NULL;
}

const char *cli_opt_value(const cli *c, const char *name)
{
    const param *p;
    int arg = 0;
    for (int k = 0; (p = opt_at(c->cmd, k)); k++)
        if (strcmp(p->name, name) == 0)
            return c->optv[k];
    /* an argument: the position among the command's arguments */
    for (int i = 0; c->cmd && c->cmd->params && c->cmd->params[i].name; i++) {
        if (!(c->cmd->params[i].where & PARAM_ARG))
            continue;
        if (strcmp(c->cmd->params[i].name, name) == 0)
            return arg < c->npos ? c->pos[arg] : NULL;
        arg++;
    }
    return NULL;
}

size_t cli_opt_all(const cli *c, const char *name, const char **out, size_t max)
{
    const param *p;
    size_t n = 0;
    for (int k = 0; (p = opt_at(c->cmd, k)); k++)
        if (strcmp(p->name, name) == 0)
            for (int i = 0; i < c->ngiven; i++)
                if (c->given[i].opt == k && n++ < max)
                    out[n - 1] = c->given[i].value;
    return n;
}

static const char *cli_get(void *ctx, const char *name)
{
    return cli_opt_value(ctx, name);
}

int cli_params(cli *c, const param *ps, void *opts)
{
    int rc = param_parse(ps, PARAM_CLI, cli_get, c, opts, &c->err);
    if (rc)
        err_prefix(&c->err, "%s", c->cmd->name);
    return rc;
}

int cli_opt_number(cli *c, const char *name, double min, double max, int whole, double *out)
{
    const char *s = cli_opt_value(c, name), *msg;
    if (s && (msg = text_number(s, min, max, whole, out)))
        return err_set(&c->err, AMUR_EUSAGE, "%s: --%s: '%s' is %s", c->cmd->name, name, s, msg);
    return AMUR_OK;
}

/* One row of the table: NAME, the counts of T, and STORED. */
static void count_row(table *t, const char *name, const store_tally *n, long stored)
{
    long v[5] = {n->rows, n->added, n->changed, n->same, stored};
    char num[5][24];
    const char *cells[6] = {name, num[0], num[1], num[2], num[3], num[4]};
    for (int i = 0; i < 5; i++)
        snprintf(num[i], sizeof num[i], "%ld", v[i]);
    table_add(t, cells);
}

void cli_count_stored(store *db, long stored[BUNDLE_TABLES], amur_err *err)
{
    for (int k = 0; k < BUNDLE_TABLES; k++) {
        stored[k] = 0;
        store_count(db, bundle_concept(k), &stored[k], err);
    }
}

struct table *cli_count_table(const store_tally *counts, const store_tally *flows,
                              const long stored[BUNDLE_TABLES], const char *rows_head,
                              unsigned skip)
{
    const char *heads[] = {"table", rows_head, "added", "changed", "unchanged", "stored"};
    table *t = table_new(6, heads);
    for (int k = 0; k < C_COUNT && t; k++)
        if (!(skip & REF(k)))
            count_row(t, schema_concepts[k].name, &counts[k], stored[k]);
    if (t && flows)
        count_row(t, schema_flows.name, flows, stored[BUNDLE_FLOWS]);
    return t;
}

int cli_store(cli *c, int mode, store **out)
{
    return store_open(c->db, mode, out, &c->err);
}

static int analysis_evidence(cli *c, const analysis *an, const void *opts, evidence **out);

int cli_evidence(cli *c, evidence **out)
{
    return analysis_evidence(c, NULL, NULL, out);
}

static const command *find_command(const command *cmds, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(cmds[i].name, name) == 0)
            return &cmds[i];
    return NULL;
}

/* The closest of NAMES to WORD, if close enough to be a likely typo. */
static const char *suggest(const char *word, const char *const *names, size_t n)
{
    const char *best = NULL;
    int bestd = (int)strlen(word) / 2 + 1;
    if (bestd > 3)
        bestd = 3;
    for (size_t i = 0; i < n; i++) {
        int d = text_distance(word, names[i]);
        if (d < bestd || (d == bestd && !best && d <= 1)) {
            bestd = d;
            best = names[i];
        }
        if (strncmp(names[i], word, strlen(word)) == 0 && strlen(word) >= 3 && !best)
            best = names[i];
    }
    return best;
}

static int unknown_command(cli *c, const command *cmds, size_t n, const char *name)
{
    const char *names[128];
    const char *s;
    size_t k = 0;
    for (size_t i = 0; i < n && k < 128; i++)
        names[k++] = cmds[i].name;
    s = suggest(name, names, k);
    if (s)
        return err_set(&c->err, AMUR_EUSAGE,
                       "unknown command '%s' (did you mean '%s'?); amur help lists them", name,
                       s);
    return err_set(&c->err, AMUR_EUSAGE, "unknown command '%s'; amur help lists the commands",
                   name);
}

static int unknown_option(cli *c, const char *opt)
{
    const char *names[64];
    size_t k = 0;
    const char *s;
    for (int i = 0; global_opts[i].name; i++)
        names[k++] = global_opts[i].name;
    for (int i = 0; k < 64 && opt_at(c->cmd, i); i++)
        names[k++] = opt_at(c->cmd, i)->name;
    s = suggest(opt, names, k);
    /* the message is reported after "amur: ", so it names only a command */
    if (s)
        return err_set(&c->err, AMUR_EUSAGE, "%s%sunknown option '--%s' (did you mean '--%s'?)",
                       c->cmd ? c->cmd->name : "", c->cmd ? ": " : "", opt, s);
    return err_set(&c->err, AMUR_EUSAGE, "%s%sunknown option '--%s'; amur help %s lists them",
                   c->cmd ? c->cmd->name : "", c->cmd ? ": " : "", opt,
                   c->cmd ? c->cmd->name : "");
}

/* Splits "--name=value" and finds the option; returns its value or NULL. */
static int take_option(cli *c, int argc, char **argv, int *i, int *help)
{
    char name[64];
    const char *arg = argv[*i], *eq, *value = NULL;
    size_t n;

    if (strcmp(arg, "-h") == 0) {
        *help = 1;
        return AMUR_OK;
    }
    if (strcmp(arg, "-q") == 0) {
        c->quiet = 1;
        return AMUR_OK;
    }
    if (arg[1] != '-')
        return err_set(&c->err, AMUR_EUSAGE, "%s%sunknown option '%s'",
                       c->cmd ? c->cmd->name : "", c->cmd ? ": " : "", arg);
    arg += 2;
    eq = strchr(arg, '=');
    n = eq ? (size_t)(eq - arg) : strlen(arg);
    if (n >= sizeof name)
        return unknown_option(c, arg);
    memcpy(name, arg, n);
    name[n] = 0;
    if (eq)
        value = eq + 1;

    /* global options first */
    if (strcmp(name, "help") == 0 || strcmp(name, "json") == 0 ||
        strcmp(name, "quiet") == 0) {
        if (value)
            return err_set(&c->err, AMUR_EUSAGE, "--%s takes no value", name);
        if (name[0] == 'h')
            *help = 1;
        else if (name[0] == 'j')
            c->json = 1;
        else
            c->quiet = 1;
        return AMUR_OK;
    }
    if (strcmp(name, "db") == 0) {
        if (!value && *i + 1 < argc)
            value = argv[++*i];
        if (!value || !*value)
            return err_set(&c->err, AMUR_EUSAGE, "--db needs a PATH");
        c->db = value;
        return AMUR_OK;
    }
    for (int k = 0; opt_at(c->cmd, k); k++) {
        const param *o = opt_at(c->cmd, k);
        if (strcmp(o->name, name) != 0)
            continue;
        if (o->type == PARAM_FLAG) {
            if (value)
                return err_set(&c->err, AMUR_EUSAGE, "--%s takes no value", name);
            c->optv[k] = "1";
            return AMUR_OK;
        }
        if (!value && *i + 1 < argc)
            value = argv[++*i];
        if (!value)
            return err_set(&c->err, AMUR_EUSAGE, "%s: --%s needs a value (%s)", c->cmd->name,
                           name, o->meta);
        c->optv[k] = value;
        if (c->given)
            c->given[c->ngiven++] = (struct cli_given){k, value};
        return AMUR_OK;
    }
    return unknown_option(c, name);
}

/* The usage of CMD's arguments ("[PROJECT]") into BUF. */
static const char *usage_args(const command *cmd, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = 0;
    if (!cmd->an)
        return cmd->args;
    for (int i = 0; cmd->params && cmd->params[i].name && len < n; i++) {
        const param *p = &cmd->params[i];
        if (p->where & PARAM_ARG)
            len += (size_t)snprintf(buf + len, n - len, p->where & PARAM_REQUIRED ? "%s%s" : "%s[%s]",
                                    len ? " " : "", p->meta);
    }
    return len ? buf : NULL;
}

void cli_done(cli *c)
{
    free(c->pos);
    c->pos = NULL;
    free(c->given);
    c->given = NULL;
}

int cli_parse(cli *c, const command *cmds, size_t ncmds, int argc, char **argv, int *help)
{
    char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0, dashdash = 0;
    const char *env = getenv("AMUR_DB");

    *help = 0;
    c->db = env && *env ? env : "amur.db";
    if (!pos)
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    c->pos = pos; /* cli_done frees it, whatever happens below */
    if (!(c->given = calloc((size_t)argc + 1, sizeof *c->given)))
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!dashdash && strcmp(a, "--") == 0) {
            dashdash = 1;
            continue;
        }
        if (!dashdash && a[0] == '-' && a[1]) {
            if (take_option(c, argc, argv, &i, help))
                return c->err.code;
            continue;
        }
        if (!c->cmd) {
            if (strcmp(a, "help") == 0) {
                *help = 1;
                if (i + 1 < argc && !(c->cmd = find_command(cmds, ncmds, argv[i + 1])))
                    return unknown_command(c, cmds, ncmds, argv[i + 1]);
                return AMUR_OK;
            }
            if (!(c->cmd = find_command(cmds, ncmds, a)))
                return unknown_command(c, cmds, ncmds, a);
            continue;
        }
        pos[npos++] = argv[i];
    }
    c->npos = npos;
    if (*help)
        return AMUR_OK;
    if (!c->cmd)
        return err_set(&c->err, AMUR_EUSAGE, "no command given; amur help lists them");
    if (npos < c->cmd->min_args || npos > c->cmd->max_args) {
        char args[128];
        const char *a = usage_args(c->cmd, args, sizeof args);
        return err_set(&c->err, AMUR_EUSAGE, "usage: amur %s%s%s", c->cmd->name, a ? " " : "",
                       a ? a : "");
    }
    return AMUR_OK;
}

/* The option P as help shows it: "--window DAYS". */
static const char *opt_left(const param *p, char *buf, size_t n)
{
    snprintf(buf, n, "--%s%s%s", p->name, p->type != PARAM_FLAG ? " " : "",
             p->type != PARAM_FLAG && p->meta ? p->meta : "");
    return buf;
}

static void print_opts(const command *cmd, const param *globals, FILE *out)
{
    char left[64], help[512];
    for (int i = 0; globals && globals[i].name; i++)
        fprintf(out, "  %-20s %s\n", opt_left(&globals[i], left, sizeof left),
                param_describe(&globals[i], help, sizeof help));
    for (int k = 0; !globals && opt_at(cmd, k); k++)
        fprintf(out, "  %-20s %s\n", opt_left(opt_at(cmd, k), left, sizeof left),
                param_describe(opt_at(cmd, k), help, sizeof help));
}

/* Prints TEXT wrapped at 76 columns (it is ASCII: bytes are columns). */
static void wrap(FILE *out, const char *text)
{
    size_t col = 0;
    while (*text) {
        size_t word = strcspn(text, " ");
        if (col && col + 1 + word > 76) {
            fputc('\n', out);
            col = 0;
        } else if (col) {
            fputc(' ', out);
            col++;
        }
        fwrite(text, 1, word, out);
        col += word;
        text += word;
        while (*text == ' ')
            text++;
    }
    fputc('\n', out);
}

void cli_help(const command *cmds, size_t ncmds, const command *cmd, FILE *out)
{
    if (cmd) {
        char args[128];
        const char *a = usage_args(cmd, args, sizeof args);
        fprintf(out, "usage: amur %s%s%s [options]\n\n%s.\n\n", cmd->name, a ? " " : "",
                a ? a : "", cmd->summary);
        wrap(out, cmd->help);
        if (opt_at(cmd, 0)) {
            fputs("\noptions:\n", out);
            print_opts(cmd, NULL, out);
        }
        fputs("\nglobal options:\n", out);
        print_opts(NULL, global_opts, out);
        return;
    }
    fputs("amur — an evidence-based observatory for cross-border cooperation programmes\n\n"
          "usage: amur [--db PATH] [--json] COMMAND [ARGS]\n\ncommands:\n",
          out);
    for (size_t i = 0; i < ncmds; i++)
        fprintf(out, "  %-15s %s\n", cmds[i].name, cmds[i].summary);
    fputs("\nglobal options:\n", out);
    print_opts(NULL, global_opts, out);
    fputs("\nexit status: 0 success, 1 data error, 2 usage error, 3 system error\n"
          "amur help COMMAND tells more about one command.\n",
          out);
}

/* Escapes roff's specials in running text: backslashes and leading dots. */
static void roff(FILE *out, const char *s)
{
    if (*s == '.' || *s == '\'')
        fputs("\\&", out);
    for (; *s; s++) {
        if (*s == '\\')
            fputs("\\e", out);
        else if (*s == '-')
            fputs("\\-", out);
        else
            fputc(*s, out);
        if (*s == '\n' && (s[1] == '.' || s[1] == '\''))
            fputs("\\&", out);
    }
}

static void man_opt(const param *p, FILE *out)
{
    char help[512];
    fputs(".TP\n.B \\-\\-", out);
    roff(out, p->name);
    if (p->type != PARAM_FLAG && p->meta) {
        fputs(" ", out);
        roff(out, p->meta);
    }
    fputs("\n", out);
    roff(out, param_describe(p, help, sizeof help));
    fputs("\n", out);
}

void cli_man(const command *cmds, size_t ncmds, FILE *out)
{
    fputs(".\\\" Generated by `amur help --man` from the command table in src/main.c.\n"
          ".TH AMUR 1 \"\" \"" AMUR_VERSION_STRING "\" \"User Commands\"\n"
          ".SH NAME\namur \\- an evidence\\-based observatory for cross\\-border cooperation "
          "programmes\n"
          ".SH SYNOPSIS\n.B amur\n[\\-\\-db PATH] [\\-\\-json] COMMAND [ARGS]\n"
          ".SH DESCRIPTION\nAmur keeps a source\\-attributed record of laws, programmes, "
          "agreements, projects, border crossings and regional statistics, as dated claims "
          "from cited sources, and shows what really happened.\n"
          ".SH GLOBAL OPTIONS\n",
          out);
    for (int i = 0; global_opts[i].name; i++)
        man_opt(&global_opts[i], out);
    fputs(".SH COMMANDS\n", out);
    for (size_t i = 0; i < ncmds; i++) {
        char args[128];
        const char *a = usage_args(&cmds[i], args, sizeof args);
        fputs(".SS ", out);
        roff(out, cmds[i].name);
        if (a) {
            fputs(" ", out);
            roff(out, a);
        }
        fputs("\n", out);
        roff(out, cmds[i].summary);
        fputs(".\n", out);
        roff(out, cmds[i].help);
        fputs("\n", out);
        for (int k = 0; opt_at(&cmds[i], k); k++)
            man_opt(opt_at(&cmds[i], k), out);
    }
    fputs(".SH ENVIRONMENT\n.TP\n.B AMUR_DB\nthe database, when \\-\\-db is not given.\n"
          ".SH EXIT STATUS\n0 success, 1 data error (bad input, failed check, nothing "
          "found), 2 usage error, 3 system error (I/O, database, memory).\n"
          ".SH FILES\n.TP\n.B amur.db\nthe default database, in the working directory.\n"
          ".SH SEE ALSO\nThe bundle format: docs/dataset.md in the source tree.\n",
          out);
}

size_t cli_table(const command *a, size_t na, const command *b, size_t nb, command *out)
{
    size_t n = 0;
    for (size_t i = 0; i < na; i++)
        out[n++] = a[i];
    for (size_t i = 0; i < analyses_count; i++, n++) {
        const analysis *an = analyses[i];
        memset(&out[n], 0, sizeof out[n]);
        out[n].name = an->name;
        out[n].run = cmd_analysis;
        out[n].summary = an->summary;
        out[n].help = an->help;
        out[n].params = an->params;
        out[n].clocks = 1;
        out[n].an = an;
        for (int k = 0; an->params[k].name; k++)
            if (an->params[k].where & PARAM_ARG) {
                out[n].max_args++;
                out[n].min_args += (an->params[k].where & PARAM_REQUIRED) != 0;
            }
    }
    for (size_t i = 0; i < nb; i++)
        out[n++] = b[i];
    return n;
}

/* The --json array wants every item; a summary ends it. */
static int want_all(void *ctx)
{
    (void)ctx;
    return 1;
}

static void take_json(void *ctx, json_t *item, int summary)
{
    (void)summary;
    jo_add(ctx, item);
}

/* The one subject OPTS narrow analysis AN to, when its records alone give
** the same answer as the whole database (views.h, scope): the subject is
** stored as what the parameter names, and no other option is checked
** against every claim (a property: "no claim has the property" must look
** at all of them). NULL otherwise, and for a subject that is not stored,
** whose message and suggestion come from the whole set. */
static const char *scope_of(store *s, const analysis *an, const void *opts)
{
    const param *p = an && an->scope ? param_find(an->params, an->scope) : NULL;
    const char *id;
    int k;
    if (!p || p->type != PARAM_ID)
        return NULL;
    if (!(id = *(const char *const *)((const unsigned char *)opts + p->off)))
        return NULL;
    for (const param *q = an->params; q->name; q++)
        if (q->type == PARAM_PROPERTY && *(const char *const *)((const unsigned char *)opts + q->off))
            return NULL;
    k = store_find(s, id, NULL, 0);
    return k >= 0 && (p->refs & REF(k)) ? id : NULL;
}

/* AMUR_WHOLE=1 loads everything at once, for one subject and for the
** whole database alike (no walk): to measure what scoping and walking gain,
** and to check that they change no answer. */
static int whole_wanted(void)
{
    const char *v = getenv("AMUR_WHOLE");
    return v && strcmp(v, "1") == 0;
}

/* The evidence analysis AN (NULL: any) needs with OPTS: its subject's
** records when it is about one (scope_of()), else the whole set, under the
** clocks. */
static int analysis_evidence(cli *c, const analysis *an, const void *opts, evidence **out)
{
    ev_clocks clocks;
    ev_view v;
    store *s;
    const char *subject;
    int rc;
    *out = NULL;
    if ((rc = cli_params(c, ev_clock_params, &clocks)))
        return rc;
    ev_view_parse(&v, clocks.as_of, clocks.known_by);
    if (cli_store(c, STORE_READ, &s))
        return c->err.code;
    subject = whole_wanted() ? NULL : scope_of(s, an, opts);
    if (subject)
        rc = evidence_load_about(s, &v, subject, out, &c->err);
    else
        rc = evidence_load(s, &v, out, &c->err);
    store_close(s);
    return rc;
}

long cli_chunk(cli *c)
{
    /* AMUR_CHUNK=N walks N projects at a time: tests make it tiny to show
    ** that chunks change no answer (tests/cli/walk.t), benchmarks vary it */
    const char *v = getenv("AMUR_CHUNK");
    char *end;
    long n;
    if (!v || !*v)
        return WALK_CHUNK;
    errno = 0;
    n = strtol(v, &end, 10);
    if (errno || *end || n < 1) {
        err_set(&c->err, AMUR_EUSAGE, "AMUR_CHUNK: '%s' is not a whole number from 1", v);
        return -1;
    }
    return n;
}

/* AN over the whole database a chunk of projects at a time (present/walk.h). */
static int walk_analysis(cli *c, const analysis *an, const void *opts)
{
    ev_clocks clocks;
    ev_view v;
    store *s;
    long chunk = cli_chunk(c);
    int rc;
    if (chunk < 0)
        return c->err.code;
    if ((rc = cli_params(c, ev_clock_params, &clocks)))
        return rc;
    ev_view_parse(&v, clocks.as_of, clocks.known_by);
    if (cli_store(c, STORE_READ, &s))
        return c->err.code;
    if (c->json) {
        jo j;
        an_sink out = {want_all, take_json, &j};
        jo_begin(&j, stdout);
        rc = walk_items(s, &v, chunk, an, opts, PARAM_CLI, &out, &c->err);
        jo_end(&j);
    } else {
        doc *d;
        if ((rc = walk_view(s, &v, chunk, an, opts, PARAM_CLI, &d, &c->err)) == AMUR_OK) {
            if (doc_render(d, DOC_TEXT, stdout))
                rc = err_set(&c->err, AMUR_ESYS, "%s: write error", an->name);
            doc_free(d);
        }
    }
    store_close(s);
    return rc;
}

int cmd_analysis(cli *c)
{
    const analysis *an = c->cmd->an;
    _Alignas(max_align_t) unsigned char opts[AN_OPTS_MAX];
    evidence *e;
    int rc;

    if ((rc = cli_params(c, an->params, opts)))
        return rc;
    if (walk_applies(an, opts) && !whole_wanted())
        return walk_analysis(c, an, opts);
    if ((rc = analysis_evidence(c, an, opts, &e)))
        return rc;
    if ((rc = known_params(e, an->params, PARAM_CLI, opts, &c->err))) {
        err_prefix(&c->err, "%s", an->name);
    } else if (c->json) {
        jo j;
        an_sink out = {want_all, take_json, &j};
        jo_begin(&j, stdout);
        rc = an->items(e, opts, &out, &c->err);
        jo_end(&j);
    } else {
        doc *d;
        if ((rc = analysis_view(an, e, opts, NULL, &d, &c->err)) == AMUR_OK) {
            if (doc_render(d, DOC_TEXT, stdout))
                rc = err_set(&c->err, AMUR_ESYS, "%s: write error", an->name);
            doc_free(d);
        }
    }
    evidence_free(e);
    return rc;
}

const char *cli_version(void)
{
    return AMUR_VERSION_STRING;
}
