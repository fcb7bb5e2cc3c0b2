/*
** feed.c — Atom feeds of what changed and OPML watch lists; see feed.h
** and docs/api.md. Atom 1.0 is RFC 4287; OPML 2.0 is opml.org's.
*/
#include "feed.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/changes.h"
#include "../analyze/known.h"
#include "../core/schema.h"
#include "../present/doc.h"
#include "../present/findings.h"
#include "../present/view_changes.h"
#include "../present/views.h"

/* The tagging entity and date of every id a feed gives (RFC 4151). */
#define TAG "tag:amur,2026:"

/* Bytes of one link or id: every part of one is bounded (ids by the
** checker, a search by SEARCH_MAX_QUERY, a base by FEED_MAX_BASE). */
#define FEED_MAX_URL 4096
#define FEED_MAX_BASE 512

const param feed_opml_params[] = {
    {.name = "project", .type = PARAM_TEXT, .meta = "IDS", .where = PARAM_API,
     .off = 0, .help = "the feeds of these projects, ids separated by commas"},
    {.name = "instrument", .type = PARAM_TEXT, .meta = "IDS", .where = PARAM_API, .off = 0,
     .help = "the feeds of these instruments (programmes), ids separated by commas"},
    {.name = "region", .type = PARAM_TEXT, .meta = "IDS", .where = PARAM_API, .off = 0,
     .help = "the feeds of these places, ids separated by commas"},
    {.name = "q", .type = PARAM_TEXT, .meta = "WORDS", .where = PARAM_API, .off = 0,
     .help = "the feed of this search"},
    {.name = "all", .type = PARAM_FLAG, .where = PARAM_API, .off = 0,
     .help = "the feed of every change (also the list's one feed when no other is named)"},
    {.name = "base", .type = PARAM_TEXT, .meta = "URL", .where = PARAM_API, .off = 0,
     .help = "the server's address (http://host:port) that makes the feeds' addresses "
             "absolute, as a feed reader importing the file needs (default: relative)"},
    {0}};

const char *feed_type(const route *r)
{
    return r->fn == feed_atom ? FEED_ATOM_TYPE : r->fn == feed_opml ? FEED_OPML_TYPE : NULL;
}

static json_t *fail(api_call *c, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static json_t *fail(api_call *c, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->error, sizeof c->error, fmt, ap);
    va_end(ap);
    c->status = status;
    return NULL;
}

/* Query parameter NAME as declared, spelt with '_' for '-'. */
static const char *get(void *ctx, const char *name)
{
    api_call *c = ctx;
    char spelt[64];
    size_t i = 0;
    for (; name[i] && i + 1 < sizeof spelt; i++)
        spelt[i] = name[i] == '-' ? '_' : name[i];
    spelt[i] = 0;
    return c->param(c->param_ctx, spelt);
}

/* ---- links ---- */

/* A link being written: bounded, and cut (never overrun) when too long. */
typedef struct url {
    char s[FEED_MAX_URL];
    size_t n;
} url;

static void url_raw(url *u, const char *s)
{
    for (; s && *s && u->n + 1 < sizeof u->s; s++)
        u->s[u->n++] = *s;
    u->s[u->n] = 0;
}

/* S percent-encoded but for the characters a query value may hold as they
** are, and those of KEEP. */
static void url_enc_but(url *u, const char *s, const char *keep)
{
    static const char hex[] = "0123456789ABCDEF";
    for (; s && *s && u->n + 4 < sizeof u->s; s++) {
        unsigned char ch = (unsigned char)*s;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
            strchr("-._~", ch) || strchr(keep, ch)) {
            u->s[u->n++] = (char)ch;
        } else {
            u->s[u->n++] = '%';
            u->s[u->n++] = hex[ch >> 4];
            u->s[u->n++] = hex[ch & 15];
        }
    }
    u->s[u->n] = 0;
}

static void url_enc(url *u, const char *s)
{
    url_enc_but(u, s, "");
}

/* "&name=value" (or "?name=value" first) when VALUE is given. */
static void url_param(url *u, const char *name, const char *value)
{
    if (!value)
        return;
    url_raw(u, strchr(u->s, '?') ? "&" : "?");
    url_raw(u, name);
    url_raw(u, "=");
    url_enc(u, value);
}

/* The filters of the call, in one order: the feed's own address. */
static void url_filters(url *u, api_call *c)
{
    static const char *const names[] = {"project", "instrument", "region", "q",   "kind",
                                        "since",   "until",      "days",   NULL};
    for (size_t i = 0; names[i]; i++)
        url_param(u, names[i], get(c, names[i]));
}

/* The dashboard's page of change C's subject at both clocks on its date. */
static void url_page(url *u, const evidence *e, const chg_change *c)
{
    static const int kinds[] = {C_PROJECT, C_INSTRUMENT, C_ACTOR};
    static const char *const pages[] = {"/#/project/", "/#/instrument/", "/#/actor/"};
    char day[PDATE_BUF];
    size_t k = 0;
    pdate_format(pdate_from_days(c->day), day);
    while (k < 3 && ev_find(e, kinds[k], c->subject) < 0)
        k++;
    if (k < 3) {
        url_raw(u, pages[k]);
        url_enc(u, c->subject);
    } else {
        url_raw(u, "/#/map"); /* a place, on the map */
        url_param(u, "place", c->subject);
    }
    url_param(u, "as_of", day);
    url_param(u, "known_by", day);
}

/* ---- Atom ---- */

static void x(FILE *f, const char *s)
{
    doc_html_escape(f, s);
}

/* An Atom date: the day D at midnight, UTC. */
static void atom_day(FILE *f, long d)
{
    char day[PDATE_BUF];
    fprintf(f, "%sT00:00:00Z", pdate_format(pdate_from_days(d), day));
}

/* The feed's title: what it watches. */
static void feed_title(FILE *f, const evidence *e, const chg_opts *o)
{
    x(f, "Amur: what changed");
    if (o->project || o->instrument || o->region) {
        x(f, " — ");
        x(f, view_name(e, o->project ? o->project : o->instrument ? o->instrument : o->region));
    }
    if (o->q) {
        x(f, " — search: ");
        x(f, o->q);
    }
    if (o->kind) {
        x(f, " (");
        x(f, o->kind);
        x(f, ")");
    }
}

/* The claims behind C, one paragraph each: id, source, tier, date, quote. */
static void entry_content(FILE *f, const evidence *e, const chg_list *l, const chg_change *c,
                          const char *title)
{
    size_t n;
    const ev_claim *const *v = chg_causes(l, c, &n);
    char date[PDATE_BUF];
    fputs("<content type=\"text\">", f);
    x(f, title);
    x(f, ".");
    if (c->listing) {
        x(f, "\n\nPromised by listing ");
        x(f, c->listing);
        x(f, ".");
    }
    for (size_t i = 0; i < n; i++) {
        x(f, i ? "\n" : "\n\nClaims:\n");
        x(f, "- ");
        x(f, v[i]->id);
        x(f, ", ");
        x(f, v[i]->source ? fj_source_name(e, v[i]->source) : "no source");
        x(f, " (");
        x(f, view_tier_name(v[i]->tier));
        x(f, "), ");
        x(f, view_date(v[i]->date, date));
        if (v[i]->quote) {
            x(f, ": “");
            x(f, v[i]->quote);
            x(f, "”");
        }
    }
    fputs("</content>\n", f);
}

static void entry(FILE *f, const evidence *e, const chg_list *l, const chg_change *c)
{
    char title[1024];
    url id = {.n = 0}, page = {.n = 0};
    url_raw(&id, TAG "change/");
    url_enc_but(&id, c->id, "/"); /* a tag may hold '/' */
    url_page(&page, e, c);
    vchg_title(e, c, title, sizeof title);
    fputs("<entry>\n<id>", f);
    x(f, id.s);
    fputs("</id>\n<title type=\"text\">", f);
    x(f, title);
    fputs("</title>\n<updated>", f);
    atom_day(f, c->day);
    fputs("</updated>\n<link rel=\"alternate\" type=\"text/html\" href=\"", f);
    x(f, page.s);
    fputs("\"/>\n<category term=\"", f);
    x(f, chg_kind_names[c->kind]);
    fputs("\"/>\n<summary type=\"text\">", f);
    x(f, title);
    fputs("</summary>\n", f);
    entry_content(f, e, l, c, title);
    fputs("</entry>\n", f);
}

static void atom(FILE *f, api_call *c, const evidence *e, const chg_opts *o, const chg_list *l)
{
    url self = {.n = 0}, id = {.n = 0}, page = {.n = 0};
    char since[PDATE_BUF], until[PDATE_BUF];
    size_t shown = l->n < FEED_MAX_ENTRIES ? l->n : FEED_MAX_ENTRIES;
    url_raw(&self, "/feed.atom");
    url_filters(&self, c);
    url_raw(&id, TAG "feed/changes");
    url_filters(&id, c);
    url_raw(&page, "/#/changes");
    url_param(&page, "since", pdate_format(l->since, since));
    url_param(&page, "until", pdate_format(l->until, until));
    for (size_t i = 0; i < 5; i++) {
        static const char *const keep[] = {"project", "instrument", "region", "q", "kind"};
        url_param(&page, keep[i], get(c, keep[i]));
    }
    fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<id>", f);
    x(f, id.s);
    fputs("</id>\n<title type=\"text\">", f);
    feed_title(f, e, o);
    fputs("</title>\n<subtitle type=\"text\">", f);
    fprintf(f, "Changes between what was known on %s and on %s", since, until);
    fputs("</subtitle>\n<updated>", f);
    atom_day(f, l->n ? l->items[l->n - 1].day : pdate_last_day(l->until));
    fputs("</updated>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"", f);
    x(f, self.s);
    fputs("\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"", f);
    x(f, page.s);
    fputs("\"/>\n<author><name>Amur</name></author>\n<generator>Amur</generator>\n", f);
    /* newest first: the list is by date, oldest first */
    for (size_t i = 0; i < shown; i++)
        entry(f, e, l, &l->items[l->n - 1 - i]);
    fputs("</feed>\n", f);
}

/* The document written to F (a memory stream over *BUF, *N) as the JSON
** string a typed route returns. */
static json_t *document(api_call *c, char **buf, size_t *n, FILE *f)
{
    json_t *s;
    /* the stream sets *BUF and *N when it is closed */
    if (fclose(f) || !*buf) {
        free(*buf);
        return fail(c, 500, "out of memory");
    }
    s = json_stringn(*buf, *n);
    free(*buf);
    return s ? s : fail(c, 500, "the document is not UTF-8");
}

json_t *feed_atom(api_call *c)
{
    chg_opts o;
    amur_err err = {0, ""};
    snap_view v;
    chg_list l;
    char *buf = NULL;
    size_t n = 0;
    FILE *f;
    int rc;
    if (param_parse(chg_params, PARAM_API, get, c, &o, &err))
        return fail(c, 400, "%s", err.msg);
    if ((rc = snap_view_get(c->snap, NULL, NULL, &v, &err)))
        return fail(c, 500, "%s", err.msg);
    if (known_params(v.e, chg_params, PARAM_API, &o, &err)) {
        snap_view_done(&v);
        return fail(c, 400, "%s", err.msg);
    }
    if ((rc = chg_compute(v.e, &o, &l, &err))) {
        chg_list_free(&l);
        snap_view_done(&v);
        return fail(c, rc == AMUR_EUSAGE ? 400 : 500, "%s", err.msg);
    }
    if ((f = open_memstream(&buf, &n)))
        atom(f, c, v.e, &o, &l);
    chg_list_free(&l);
    snap_view_done(&v);
    if (!f)
        return fail(c, 500, "out of memory");
    return document(c, &buf, &n, f);
}

/* ---- OPML ---- */

/* One outline: the feed of WHAT=ID (both NULL: every change) named TEXT. */
static void outline(FILE *f, const char *base, const char *what, const char *id,
                    const char *text)
{
    url feed = {.n = 0}, page = {.n = 0};
    url_raw(&feed, base);
    url_raw(&feed, "/feed.atom");
    url_param(&feed, what, id);
    url_raw(&page, base);
    if (what && strcmp(what, "q") == 0) {
        url_raw(&page, "/#/search");
        url_param(&page, "q", id);
    } else if (what && strcmp(what, "region") == 0) {
        url_raw(&page, "/#/map");
        url_param(&page, "place", id);
    } else if (what) {
        url_raw(&page, "/#/");
        url_raw(&page, what);
        url_raw(&page, "/");
        url_enc(&page, id);
    } else {
        url_raw(&page, "/#/changes");
    }
    fputs("<outline type=\"rss\" version=\"ATOM\" text=\"", f);
    x(f, text);
    fputs("\" title=\"", f);
    x(f, text);
    fputs("\" xmlUrl=\"", f);
    x(f, feed.s);
    fputs("\" htmlUrl=\"", f);
    x(f, page.s);
    fputs("\"/>\n", f);
}

/* Checks every id of the comma-separated LIST of concept K; 0, or -1
** with a 400 set. *COUNT counts them. */
static int check_ids(api_call *c, const evidence *e, int k, const char *what, const char *list,
                     size_t *count)
{
    char id[FEED_MAX_ID + 1], msg[512];
    for (const char *p = list; p && *p;) {
        size_t len = strcspn(p, ",");
        if (!len || len > FEED_MAX_ID) {
            fail(c, 400, "%s: '%.*s' is not an id", what, (int)(len > 64 ? 64 : len), p);
            return -1;
        }
        memcpy(id, p, len);
        id[len] = 0;
        if (!known_id(e, REF(k), what, id, msg, sizeof msg)) {
            fail(c, 400, "%s", msg);
            return -1;
        }
        if (++*count > FEED_MAX_WATCH) {
            fail(c, 400, "a watch list holds at most %d feeds", FEED_MAX_WATCH);
            return -1;
        }
        p += len + (p[len] == ',');
    }
    return 0;
}

/* The outlines of the ids of LIST (checked) of concept K. */
static void outlines(FILE *f, const evidence *e, const char *base, const char *what,
                     const char *list)
{
    char id[FEED_MAX_ID + 1], text[600];
    for (const char *p = list; p && *p;) {
        size_t len = strcspn(p, ",");
        memcpy(id, p, len);
        id[len] = 0;
        snprintf(text, sizeof text, "%s — what changed", view_name(e, id));
        outline(f, base, what, id, text);
        p += len + (p[len] == ',');
    }
}

/* The base address, checked: "" when not given; NULL with a 400 set. */
static const char *opml_base(api_call *c, char *buf, size_t n)
{
    const char *b = get(c, "base");
    size_t len;
    if (!b)
        return "";
    len = strlen(b);
    while (len && b[len - 1] == '/')
        len--;
    if ((strncmp(b, "http://", 7) != 0 && strncmp(b, "https://", 8) != 0) || len >= n ||
        len > FEED_MAX_BASE || strpbrk(b, " \t\r\n\"'<>?#\\")) {
        fail(c, 400, "base: '%.64s' is not an http:// or https:// address", b);
        return NULL;
    }
    memcpy(buf, b, len);
    buf[len] = 0;
    return buf;
}

json_t *feed_opml(api_call *c)
{
    static const char *const lists[] = {"project", "instrument", "region"};
    static const int kinds[] = {C_PROJECT, C_INSTRUMENT, C_PLACE};
    const char *base, *q = get(c, "q"), *all = get(c, "all");
    char bbuf[FEED_MAX_BASE + 1], text[600];
    amur_err err = {0, ""};
    size_t count = 0;
    snap_view v;
    char *buf = NULL;
    size_t n = 0;
    FILE *f;
    int every = all && (!*all || !strcmp(all, "true") || !strcmp(all, "1"));
    if (all && !every && strcmp(all, "false") && strcmp(all, "0"))
        return fail(c, 400, "all: '%.64s' is not a boolean (true, false, 1 or 0)", all);
    if (q && !*q)
        return fail(c, 400, "q: empty");
    if (!(base = opml_base(c, bbuf, sizeof bbuf)))
        return NULL;
    if (snap_view_get(c->snap, NULL, NULL, &v, &err))
        return fail(c, 500, "%s", err.msg);
    for (size_t i = 0; i < 3; i++)
        if (check_ids(c, v.e, kinds[i], lists[i], get(c, lists[i]), &count)) {
            snap_view_done(&v);
            return NULL;
        }
    if (!(f = open_memstream(&buf, &n))) {
        snap_view_done(&v);
        return fail(c, 500, "out of memory");
    }
    fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opml version=\"2.0\">\n"
          "<head><title>Amur watch list</title></head>\n<body>\n", f);
    if (every || (!count && !q))
        outline(f, base, NULL, NULL, "Amur — every change");
    for (size_t i = 0; i < 3; i++)
        outlines(f, v.e, base, lists[i], get(c, lists[i]));
    if (q) {
        snprintf(text, sizeof text, "Search “%s” — what changed", q);
        outline(f, base, "q", q, text);
    }
    fputs("</body>\n</opml>\n", f);
    snap_view_done(&v);
    return document(c, &buf, &n, f);
}
