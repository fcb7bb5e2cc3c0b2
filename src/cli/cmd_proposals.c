/*
** cmd_proposals.c — amur proposals list|add|accept|reject: the review
** queue (ingest/review.h) from the command line. The person at the
** command line holds the database itself, as for amur load, so a decision
** needs no token; it names its --reviewer, kept with the proposal and in
** the load log (amur loads) of an accepted one.
*/
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/dbuf.h"
#include "../ingest/review.h"
#include "../present/queue.h"
#include "../present/table.h"
#include "cli.h"

/* The most bytes `amur proposals add` reads: a day's candidates are a few
** kilobytes each. */
#define ADD_MAX_BYTES (8u << 20)

/* PATH ("-": standard input) read whole into *OUT (malloc'd), *N bytes. */
static int read_all(cli *c, const char *path, char **out, size_t *n)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    dbuf b = DBUF_INIT(ADD_MAX_BYTES);
    int rc, e;
    if (!f)
        return err_set(&c->err, AMUR_EDATA, "proposals add: %s: %s", path, strerror(errno));
    rc = dbuf_read(&b, f);
    e = errno;
    if (f != stdin)
        fclose(f);
    if (rc == DBUF_OK && b.s) {
        *out = b.s;
        *n = b.n;
        return AMUR_OK;
    }
    dbuf_free(&b);
    if (rc == DBUF_FULL)
        return err_set(&c->err, AMUR_EDATA, "proposals add: %s: more than 8 MiB", path);
    if (rc == DBUF_IOERR)
        return err_set(&c->err, AMUR_EDATA, "proposals add: %s: %s", path, strerror(e));
    return err_set(&c->err, AMUR_ESYS, "out of memory");
}

typedef struct listing {
    table *t;
    json_t *a;
    int fail;
} listing;

static int list_one(void *ctx, const store_proposal *p)
{
    listing *l = ctx;
    if (l->a) {
        json_t *o = queue_json(p);
        l->fail |= !o || json_array_append_new(l->a, o);
    } else {
        char value[96];
        const char *cells[8];
        snprintf(value, sizeof value, "%s%s%s", p->f[SP_VALUE] ? p->f[SP_VALUE] : "",
                 p->f[SP_UNIT] ? " " : "", p->f[SP_UNIT] ? p->f[SP_UNIT] : "");
        cells[0] = p->f[SP_ID];
        cells[1] = p->f[SP_STATUS];
        cells[2] = p->f[SP_SUBJECT];
        cells[3] = p->f[SP_PROPERTY];
        cells[4] = value;
        cells[5] = p->f[SP_CONFIDENCE];
        cells[6] = p->f[SP_STATUS][0] == 'a' ? p->f[SP_CLAIM] : p->f[SP_REASON];
        cells[7] = p->f[SP_QUOTE];
        l->fail |= table_add(l->t, cells) != AMUR_OK;
    }
    return l->fail;
}

static int list(cli *c, store *db)
{
    static const char *const heads[] = {"id",   "status", "subject",        "property",
                                        "value", "conf",  "claim / reason", "quote"};
    const char *status = cli_opt_value(c, "status");
    listing l = {0};
    int ok = 0, rc;
    for (int i = 0; status && review_statuses[i]; i++)
        ok |= strcmp(review_statuses[i], status) == 0;
    if (status && !ok)
        return err_set(&c->err, AMUR_EUSAGE,
                       "proposals list: --status: '%s' is not pending, accepted or rejected",
                       status);
    if (c->json ? !(l.a = json_array()) : !(l.t = table_new(8, heads)))
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    rc = store_each_proposal(db, 0, status, list_one, &l, &c->err);
    if (l.fail) /* list_one() stopped the walk: rc is its 1, not a message */
        rc = err_set(&c->err, AMUR_ESYS, "out of memory");
    if (rc == AMUR_OK && l.a) {
        json_dumpf(l.a, stdout, JSON_INDENT(0) | JSON_COMPACT);
        putchar('\n');
    } else if (rc == AMUR_OK) {
        table_print(l.t, stdout, table_fit_width(stdout));
    }
    json_decref(l.a);
    table_free(l.t);
    return rc;
}

/* The problems of D, one line each on standard error (main prints the
** error's summary after them). */
static void print_problems(const diag *d)
{
    for (size_t i = 0; i < d->n; i++)
        fprintf(stderr, "%s:%ld: %s%s%s\n", d->items[i].file, d->items[i].line,
                d->items[i].column ? d->items[i].column : "", d->items[i].column ? ": " : "",
                d->items[i].msg);
}

static int add(cli *c, store *db, const char *path)
{
    char *text = NULL;
    long *ids = NULL;
    size_t n = 0, nids = 0;
    diag d = {0};
    const char *name = strcmp(path, "-") == 0 ? "standard input" : path;
    int rc = read_all(c, path, &text, &n);
    if (rc == AMUR_OK)
        rc = review_add_json(db, text, n, name, "amur proposals add", &ids, &nids, &d, &c->err);
    print_problems(&d);
    if (rc == AMUR_OK && !c->quiet) {
        printf("%zu proposal%s stored, pending review:", nids, nids == 1 ? "" : "s");
        for (size_t i = 0; i < nids; i++)
            printf(" %ld", ids[i]);
        putchar('\n');
    }
    diag_clear(&d);
    free(ids);
    free(text);
    return rc;
}

static int parse_id(cli *c, const char *what, long *id)
{
    const char *arg = c->npos > 1 ? c->pos[1] : NULL;
    char *end;
    if (!arg)
        return err_set(&c->err, AMUR_EUSAGE, "proposals %s: which proposal? amur proposals %s ID",
                       what, what);
    errno = 0;
    *id = strtol(arg, &end, 10);
    if (errno || end == arg || *end || *id <= 0)
        return err_set(&c->err, AMUR_EUSAGE, "proposals %s: '%s' is not a proposal number",
                       what, arg);
    return AMUR_OK;
}

static int decide(cli *c, store *db, int accept)
{
    const char *what = accept ? "accept" : "reject";
    const char *sets[REVIEW_MAX_EDITS];
    review_edit e[REVIEW_MAX_EDITS];
    size_t ne = cli_opt_all(c, "set", sets, REVIEW_MAX_EDITS);
    review_who who = {cli_opt_value(c, "reviewer"), 0, NULL};
    const char *reason = cli_opt_value(c, "reason");
    char claim[REVIEW_CLAIM_ID_MAX], buf[REVIEW_MAX_EDITS][64];
    diag d = {0};
    long id = 0;
    int why = 0, rc;

    if (parse_id(c, what, &id))
        return c->err.code;
    if (!who.reviewer || !*who.reviewer)
        return err_set(&c->err, AMUR_EUSAGE, "proposals %s: --reviewer NAME is needed: who decides",
                       what);
    if (ne > REVIEW_MAX_EDITS)
        return err_set(&c->err, AMUR_EUSAGE, "proposals accept: at most %d --set", REVIEW_MAX_EDITS);
    if (accept && reason)
        return err_set(&c->err, AMUR_EUSAGE, "proposals accept: --reason is for reject");
    if (!accept && ne)
        return err_set(&c->err, AMUR_EUSAGE, "proposals reject: --set is for accept");
    for (size_t i = 0; i < ne; i++) {
        const char *eq = strchr(sets[i], '=');
        size_t k = eq ? (size_t)(eq - sets[i]) : 0;
        if (!eq || k == 0 || k >= sizeof buf[i])
            return err_set(&c->err, AMUR_EUSAGE,
                           "proposals accept: --set '%s': give FIELD=VALUE (value= empties it)",
                           sets[i]);
        memcpy(buf[i], sets[i], k);
        buf[i][k] = 0;
        e[i] = (review_edit){buf[i], eq + 1};
    }
    if (!accept) {
        if (!reason || !*reason)
            return err_set(&c->err, AMUR_EUSAGE, "proposals reject: --reason TEXT is needed");
        rc = review_reject(db, id, reason, &who, &why, &c->err);
        if (rc == AMUR_OK && !c->quiet)
            printf("proposal %ld rejected by %s\n", id, who.reviewer);
        return rc;
    }
    rc = review_accept(db, id, e, ne, &who, claim, sizeof claim, &why, &d, &c->err);
    print_problems(&d);
    diag_clear(&d);
    if (rc == AMUR_OK && !c->quiet)
        printf("proposal %ld accepted by %s: claim %s\n", id, who.reviewer, claim);
    return rc;
}

int cmd_proposals(cli *c)
{
    const char *what = c->pos[0];
    store *db = NULL;
    int is_list = strcmp(what, "list") == 0, is_add = strcmp(what, "add") == 0,
        is_accept = strcmp(what, "accept") == 0, is_reject = strcmp(what, "reject") == 0, rc;
    const char *sets[1];

    if (!is_list && !is_add && !is_accept && !is_reject)
        return err_set(&c->err, AMUR_EUSAGE,
                       "proposals: '%s' is not list, add, accept or reject", what);
    if (is_list && c->npos > 1)
        return err_set(&c->err, AMUR_EUSAGE, "proposals list: unexpected argument '%s'",
                       c->pos[1]);
    if (is_add && c->npos < 2)
        return err_set(&c->err, AMUR_EUSAGE,
                       "proposals add: which file? amur proposals add FILE (- for standard "
                       "input), as amur extract --json writes it");
    if (!is_list && cli_opt_value(c, "status"))
        return err_set(&c->err, AMUR_EUSAGE, "proposals %s: --status is for list", what);
    if ((is_list || is_add) && (cli_opt_value(c, "reviewer") || cli_opt_value(c, "reason") ||
                                cli_opt_all(c, "set", sets, 1)))
        return err_set(&c->err, AMUR_EUSAGE,
                       "proposals %s: --reviewer, --reason and --set are for accept and reject",
                       what);
    if (cli_store(c, is_list ? STORE_READ : STORE_WRITE, &db))
        return c->err.code;
    rc = is_list ? list(c, db) : is_add ? add(c, db, c->pos[1]) : decide(c, db, is_accept);
    store_close(db);
    return rc;
}
