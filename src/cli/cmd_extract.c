/*
** cmd_extract.c — amur extract ARTICLE: candidate claims from a news
** article (analyze/extract.h), as an aligned table, with --json as one
** object per candidate, or with --bundle DIR as a bundle fragment that
** amur check accepts. Reads the database; stores nothing.
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/extract.h"
#include "../analyze/known.h"
#include "../core/safefile.h"
#include "../core/sha256.h"
#include "../ingest/article.h"
#include "../present/csvw.h"
#include "../present/jsonout.h"
#include "../present/table.h"
#include "cli.h"

/* Where the article came from: a stored source, or a new one. */
typedef struct origin {
    const char *id;          /* the stored source's, or new_id */
    char new_id[32];
    int is_new;
    pdate date;
    char datebuf[PDATE_BUF];
    char *title;             /* a new source's (malloc'd) */
} origin;

/* The first line of TEXT, at most 200 bytes on a code point boundary (malloc'd). */
static char *first_line(const char *text)
{
    size_t n = 0;
    while (*text == ' ' || *text == '\n' || *text == '\r' || *text == '\t')
        text++;
    while (text[n] && text[n] != '\n' && text[n] != '\r' && n < 200)
        n++;
    while (n && ((unsigned char)text[n] & 0xC0) == 0x80 && text[n])
        n--;
    while (n && text[n - 1] == ' ')
        n--;
    return strndup(text, n);
}

static int find_origin(cli *c, const ext_opts *o, const evidence *e, const article *a,
                       origin *out)
{
    memset(out, 0, sizeof *out);
    if (o->source) {
        long i = ev_find(e, C_SOURCE, o->source);
        if (o->url || o->publisher || o->title || o->tier)
            return err_set(&c->err, AMUR_EUSAGE,
                           "extract: --source names a stored source; --url, --publisher, "
                           "--title and --tier describe a new one: give one or the other");
        out->id = o->source;
        if (i >= 0)
            out->date = e->sources[i].date;
    } else {
        char seed[4096], hex[2 * SHA256_BYTES + 1];
        out->is_new = 1;
        out->title = o->title ? strdup(o->title) : a->title ? strdup(a->title)
                                                            : first_line(a->text);
        if (!out->title)
            return err_set(&c->err, AMUR_ESYS, "out of memory");
        /* the same article gets the same id: it is named by its address, or by
        ** its outlet, date and title */
        snprintf(seed, sizeof seed, "%s\n%s\n%s\n%s", o->url ? o->url : "",
                 o->url ? "" : o->publisher ? o->publisher : "", o->url ? "" : o->date ? o->date : "",
                 o->url ? "" : out->title);
        sha256_hex(seed, strlen(seed), hex);
        snprintf(out->new_id, sizeof out->new_id, "src-x-%.12s", hex);
        out->id = out->new_id;
    }
    if (o->date)
        pdate_parse(o->date, &out->date);
    if (!out->date.y)
        return err_set(&c->err, AMUR_EUSAGE,
                       o->source ? "extract: source '%s' has no date: give the article's "
                                   "--date, which relative dates resolve against"
                                 : "extract: the article's --date is needed (or --source ID "
                                   "of a stored source with a date)%s",
                       o->source ? o->source : "");
    pdate_format(out->date, out->datebuf);
    return AMUR_OK;
}

/* A candidate's id in a bundle: from what it says, so the same candidate
** always has the same id and a different one never does. */
static void claim_id(const origin *or, const ext_claim *k, char out[24])
{
    char seed[1024], hex[2 * SHA256_BYTES + 1];
    snprintf(seed, sizeof seed, "%s\n%s\n%s\n%s\n%s\n%s\n%s\n%s", or->id, or->datebuf,
             k->subject, k->property, k->value, k->unit, k->scope, k->stated);
    sha256_hex(seed, strlen(seed), hex);
    snprintf(out, 24, "ext-%.16s", hex);
}

static json_t *reasons_json(const ext_claim *k)
{
    json_t *a = json_array();
    for (int i = 0; a && i < k->nreasons; i++)
        json_array_append_new(a, json_string(k->reasons[i]));
    return a;
}

static json_t *words_json(const char *s)
{
    json_t *a = json_array();
    while (a && s && *s) {
        const char *sp = strchr(s, ' ');
        size_t n = sp ? (size_t)(sp - s) : strlen(s);
        json_array_append_new(a, json_stringn(s, n));
        s += n + (sp ? 1 : 0);
    }
    return a;
}

/* A new source's fields, for the review queue (amur proposals) to store
** it with the claim it accepts; null for a stored source. */
static json_t *new_source_json(const ext_opts *o, const origin *or, const ext_result *r)
{
    if (!or->is_new)
        return json_null();
    return json_pack("{s:s,s:s,s:s?,s:s?,s:s,s:s,s:s?}", "id", or->id, "title", or->title,
                     "publisher", o->publisher, "url", o->url, "date", or->datebuf, "language",
                     ext_lang_tags[r->lang], "tier", o->tier);
}

static json_t *claim_json(const ext_opts *o, const origin *or, const ext_result *r,
                          const ext_claim *k)
{
    char id[24];
    json_t *j;
    claim_id(or, k, id);
    j = json_pack("{s:s,s:s,s:o,s:s,s:s,s:o,s:o,s:o,s:s,s:n,s:s,s:s,s:s,s:o,s:o,s:o,s:o,"
                     "s:I}",
                     "id", id, "subject", k->subject, "subject_name", jo_str(k->name->en),
                     "property", k->property, "value", k->value, "stated",
                     jo_str(k->stated[0] ? k->stated : NULL), "unit",
                     jo_str(k->unit[0] ? k->unit : NULL), "scope",
                     jo_str(k->scope[0] ? k->scope : NULL), "date", or->datebuf, "refers_to",
                     "source", or->id, "quote", k->quote, "quote_lang", ext_lang_tags[r->lang],
                     "confidence", jo_real(k->confidence), "reasons", reasons_json(k), "matched",
                     words_json(k->matched), "also_named", words_json(k->also), "sentence",
                     (json_int_t)k->sentence);
    if (j) {
        json_object_set_new(j, "context", json_stringn(k->context, k->context_len));
        json_object_set_new(j, "new_source", new_source_json(o, or, r));
    }
    return j;
}

/* The note a bundle's claim carries: how sure, and why. */
static void claim_note(const ext_claim *k, char *buf, size_t n)
{
    size_t len = (size_t)snprintf(buf, n, "Proposed by amur extract (confidence %.2f", k->confidence);
    if (k->stated[0] && len < n)
        len += (size_t)snprintf(buf + len, n - len, "; the text says %s", k->stated);
    if (len < n)
        len += (size_t)snprintf(buf + len, n - len, "): ");
    for (int i = 0; i < k->nreasons && len < n; i++)
        len += (size_t)snprintf(buf + len, n - len, "%s%s", i ? "; " : "", k->reasons[i]);
}

static int write_bundle(cli *c, const ext_opts *o, const origin *or, const ext_result *r,
                        const article *a)
{
    safedir sd;
    safefile sf;
    char path[4096];
    int rc;
    (void)a;
    if (or->is_new && !o->tier)
        return err_set(&c->err, AMUR_EUSAGE,
                       "extract: --bundle with a new source needs its --tier (sources.csv "
                       "requires one), or --source ID of a stored source");
    if ((rc = safedir_open(&sd, o->bundle, &c->err)))
        return rc;
    if (or->is_new) {
        char *head[] = {"id", "title", "publisher", "url", "date", "language", "tier"};
        char *row[] = {(char *)or->id, or->title, (char *)o->publisher, (char *)o->url,
                       (char *)or->datebuf, (char *)ext_lang_tags[r->lang], (char *)o->tier};
        if ((rc = safefile_open(&sf, safedir_file(&sd, "sources.csv", path, sizeof path),
                                &c->err)))
            goto fail;
        if (csvw_row(sf.f, head, 7) || csvw_row(sf.f, row, 7)) {
            safefile_abort(&sf);
            rc = err_set(&c->err, AMUR_ESYS, "%s: write error", o->bundle);
            goto fail;
        }
        if ((rc = safefile_commit(&sf, &c->err)))
            goto fail;
    }
    {
        char *head[] = {"id",     "subject", "property", "value", "unit",       "scope",
                        "date",   "refers_to", "source", "quote", "quote_lang", "note"};
        if ((rc = safefile_open(&sf, safedir_file(&sd, "claims.csv", path, sizeof path),
                                &c->err)))
            goto fail;
        rc = csvw_row(sf.f, head, 12);
        for (size_t i = 0; i < r->n && !rc; i++) {
            const ext_claim *k = &r->claims[i];
            char id[24], note[1400];
            char *row[12];
            claim_id(or, k, id);
            claim_note(k, note, sizeof note);
            row[0] = id;
            row[1] = (char *)k->subject;
            row[2] = (char *)k->property;
            row[3] = (char *)k->value;
            row[4] = (char *)k->unit;
            row[5] = (char *)k->scope;
            row[6] = (char *)or->datebuf;
            row[7] = NULL;
            row[8] = (char *)or->id;
            row[9] = k->quote;
            row[10] = (char *)ext_lang_tags[r->lang];
            row[11] = note;
            rc = csvw_row(sf.f, row, 12);
        }
        if (rc) {
            safefile_abort(&sf);
            rc = err_set(&c->err, AMUR_ESYS, "%s: write error", o->bundle);
            goto fail;
        }
        if ((rc = safefile_commit(&sf, &c->err)))
            goto fail;
    }
    if ((rc = safedir_commit(&sd, &c->err)))
        return rc;
    if (!c->quiet)
        printf("%s: %zu candidate claim%s%s; check it with amur check %s\n", o->bundle, r->n,
               r->n == 1 ? "" : "s", !or->is_new ? "" : r->n == 1 ? " and its source"
                                                                : " and their source",
               o->bundle);
    return AMUR_OK;
fail:
    safedir_abort(&sd);
    return rc;
}

static int print_table(cli *c, const char *name, const origin *or, const ext_result *r)
{
    static const char *const heads[] = {"subject", "property", "value",   "stated",
                                        "scope",   "conf",     "matched", "quote"};
    table *t = table_new(8, heads);
    int rc = AMUR_OK;
    if (!t)
        return err_set(&c->err, AMUR_ESYS, "out of memory");
    for (size_t i = 0; i < r->n && rc == AMUR_OK; i++) {
        const ext_claim *k = &r->claims[i];
        char conf[8], value[64];
        const char *cells[8];
        snprintf(conf, sizeof conf, "%.2f", k->confidence);
        snprintf(value, sizeof value, "%s%s%s", k->value, k->unit[0] ? " " : "", k->unit);
        cells[0] = k->subject;
        cells[1] = k->property;
        cells[2] = value;
        cells[3] = k->stated;
        cells[4] = k->scope;
        cells[5] = conf;
        cells[6] = k->matched;
        cells[7] = k->quote;
        if (table_add(t, cells))
            rc = err_set(&c->err, AMUR_ESYS, "out of memory");
    }
    if (rc == AMUR_OK) {
        if (r->n)
            table_print(t, stdout, table_fit_width(stdout));
        printf("%s%zu candidate claim%s from %s (%s, %zu sentence%s, dated %s, source %s); "
               "nothing is stored\n",
               r->n ? "\n" : "", r->n, r->n == 1 ? "" : "s", name, ext_lang_tags[r->lang],
               r->sentences, r->sentences == 1 ? "" : "s", or->datebuf, or->id);
    }
    table_free(t);
    return rc;
}

int cmd_extract(cli *c)
{
    ext_opts o;
    article a;
    ext_lang lang;
    evidence *e = NULL;
    ext_phrases *ph = NULL;
    ext_result *r = NULL;
    origin or;
    const char *name;
    int rc;

    memset(&or, 0, sizeof or);
    if ((rc = cli_params(c, ext_params, &o)))
        return rc;
    name = strcmp(o.article, "-") == 0 ? "standard input" : o.article;
    if (!o.source && !o.date)
        return err_set(&c->err, AMUR_EUSAGE,
                       "extract: the article's --date is needed (or --source ID of a stored "
                       "source with a date)");
    /* the article first: bad input is refused before the database is opened */
    if ((rc = article_read(o.article, &a, &c->err)))
        return rc;
    if ((rc = ext_detect(a.text, a.len, &lang, &c->err))) {
        err_prefix(&c->err, "%s", name);
        goto done;
    }
    if ((rc = cli_evidence(c, &e)))
        goto done;
    if ((rc = known_params(e, ext_params, PARAM_CLI, &o, &c->err))) {
        err_prefix(&c->err, "extract");
        goto done;
    }
    if ((rc = find_origin(c, &o, e, &a, &or)))
        goto done;
    if ((rc = ext_phrases_load(&ph, &c->err)) ||
        (rc = ext_run(e, ph, a.text, a.len, lang, or.date, &r, &c->err)))
        goto done;
    if (!r->main_project) {
        rc = err_set(&c->err, AMUR_EDATA, "%s: names no stored project%s%s%s", name,
                     r->named && *r->named ? " (it names " : " (nor any place or actor)",
                     r->named && *r->named ? r->named : "", r->named && *r->named ? ")" : "");
        goto done;
    }
    if (o.bundle) {
        rc = write_bundle(c, &o, &or, r, &a);
    } else if (c->json) {
        jo j;
        jo_begin(&j, stdout);
        for (size_t i = 0; i < r->n; i++)
            jo_add(&j, claim_json(&o, &or, r, &r->claims[i]));
        if (jo_end(&j))
            rc = err_set(&c->err, AMUR_ESYS, "extract: write error");
    } else {
        rc = print_table(c, name, &or, r);
    }
done:
    ext_result_free(r);
    ext_phrases_free(ph);
    evidence_free(e);
    free(or.title);
    article_free(&a);
    return rc;
}
