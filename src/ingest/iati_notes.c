/*
** iati_notes.c — contact-info, document-link and result, both ways: the
** reader keeps these elements whole (iati.c), this file turns them into
** note lines of the project, the way sectors and policy markers are kept,
** and writes those lines back as IATI 2.03 (docs/iati.md, "Contacts,
** documents and results").
**
** A line is "PATH[@LANG]: TEXT", PATH naming the element and what of it:
**     contact-info/1/email: transparency@example.org
**     document-link/2/title@fr: Rapport de projet 2013
**     result/1/indicator/1/period/2/actual/1/value: 11
** Both directions read one table per element (below), in the schema's
** order, so what is kept and where it goes back are said once.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iati_int.h"

/* What a part of an element is. */
enum {
    S_ATTR,  /* an attribute of the element: PATH/NAME: VALUE */
    S_ADATE, /* an attribute that is an xsd:date */
    S_NARR,  /* a child of narratives (1.0x: of text): PATH/NAME@LANG: TEXT, each */
    S_TEXT,  /* children of text (email, telephone): PATH/NAME: TEXT, each */
    S_CODE,  /* children with a code (category, language): PATH/NAME: CODE, each */
    S_DATE,  /* a child with an iso-date (document-date, period-start) */
    S_NODE   /* children with parts of their own: PATH/NAME/I/..., I from 1 */
};

typedef struct spec {
    const char *name;
    int kind;
    int required;            /* 2.03 needs it: the element is not written without */
    const struct spec *kids; /* S_NODE */
    const char *alias;       /* the name in 1.0x files, when it differs */
} spec;

static const spec doc_spec[] = {
    {"url", S_ATTR, 1, NULL, NULL},           {"format", S_ATTR, 1, NULL, NULL},
    {"title", S_NARR, 1, NULL, NULL},         {"description", S_NARR, 0, NULL, NULL},
    {"category", S_CODE, 1, NULL, NULL},      {"language", S_CODE, 0, NULL, NULL},
    {"document-date", S_DATE, 0, NULL, NULL}, {NULL, 0, 0, NULL, NULL}};

static const spec contact_spec[] = {
    {"type", S_ATTR, 0, NULL, NULL},
    {"organisation", S_NARR, 0, NULL, "organization"},
    {"department", S_NARR, 0, NULL, NULL},
    {"person-name", S_NARR, 0, NULL, NULL},
    {"job-title", S_NARR, 0, NULL, NULL},
    {"telephone", S_TEXT, 0, NULL, NULL},
    {"email", S_TEXT, 0, NULL, NULL},
    {"website", S_TEXT, 0, NULL, NULL},
    {"mailing-address", S_NARR, 0, NULL, NULL},
    {NULL, 0, 0, NULL, NULL}};

static const spec value_spec[] = {{"value", S_ATTR, 0, NULL, NULL},
                                  {"comment", S_NARR, 0, NULL, NULL},
                                  {NULL, 0, 0, NULL, NULL}};

static const spec period_spec[] = {{"period-start", S_DATE, 1, NULL, NULL},
                                   {"period-end", S_DATE, 1, NULL, NULL},
                                   {"target", S_NODE, 0, value_spec, NULL},
                                   {"actual", S_NODE, 0, value_spec, NULL},
                                   {NULL, 0, 0, NULL, NULL}};

static const spec baseline_spec[] = {{"year", S_ATTR, 1, NULL, NULL},
                                     {"iso-date", S_ADATE, 0, NULL, NULL},
                                     {"value", S_ATTR, 0, NULL, NULL},
                                     {"comment", S_NARR, 0, NULL, NULL},
                                     {NULL, 0, 0, NULL, NULL}};

static const spec indicator_spec[] = {{"measure", S_ATTR, 1, NULL, NULL},
                                      {"ascending", S_ATTR, 0, NULL, NULL},
                                      {"aggregation-status", S_ATTR, 0, NULL, NULL},
                                      {"title", S_NARR, 1, NULL, NULL},
                                      {"description", S_NARR, 0, NULL, NULL},
                                      {"baseline", S_NODE, 0, baseline_spec, NULL},
                                      {"period", S_NODE, 0, period_spec, NULL},
                                      {NULL, 0, 0, NULL, NULL}};

static const spec result_spec[] = {{"type", S_ATTR, 1, NULL, NULL},
                                   {"aggregation-status", S_ATTR, 0, NULL, NULL},
                                   {"title", S_NARR, 1, NULL, NULL},
                                   {"description", S_NARR, 0, NULL, NULL},
                                   {"indicator", S_NODE, 1, indicator_spec, NULL},
                                   {NULL, 0, 0, NULL, NULL}};

static const struct {
    const char *label;
    int kind;
    const spec *spec;
} tops[] = {{"contact-info", K_CONTACT, contact_spec},
            {"document-link", K_DOCLINK, doc_spec},
            {"result", K_RESULT, result_spec}};

#define NTOPS (sizeof tops / sizeof tops[0])

int iati_notes_label(const char *label)
{
    for (size_t i = 0; i < NTOPS; i++)
        if (strcmp(label, tops[i].label) == 0)
            return 1;
    return 0;
}

/* ---- reading: kept elements → note lines ---- */

/* Longest PATH@LANG a line may have: the export reads heads of up to 95. */
#define PATH_MAX_LEN 90

static int named(const gnode *g, const spec *s)
{
    return strcmp(g->name, s->name) == 0 || (s->alias && strcmp(g->name, s->alias) == 0);
}

static const char *attr_of(const gnode *g, const char *name)
{
    for (const char **a = g->attrs; a && *a; a += 2)
        if (strcmp(a[0], name) == 0)
            return a[1];
    return NULL;
}

/* The next child of G after C (NULL: the first), or NULL. */
static const gnode *child(const gnode *g, const gnode *c)
{
    for (c = c ? c->next : g->next; c && c->depth > g->depth; c = c->next)
        if (c->depth == g->depth + 1)
            return c;
    return NULL;
}

static void line(parser *p, nbuf *note, const char *act, const gnode *g, const char *path,
                 const char *name, const char *lang, const char *text)
{
    char label[128];
    if (!text || !*text)
        return;
    snprintf(label, sizeof label, "%s/%s", path, name);
    if (strlen(label) + (lang ? strlen(lang) + 1 : 0) > PATH_MAX_LEN) {
        iati_problem(p, g->line, g->col, act, "%s: nested too deep to be kept; left out",
                     label);
        return;
    }
    if (lang && (strpbrk(lang, "@:/\n ") || strlen(lang) > 16))
        lang = NULL; /* not a language tag a note line can carry */
    iati_note_line(p, note, label, lang, text);
}

/* An xsd:date from the text S (a date or a datetime), or NULL. */
static const char *day_of(const char *s, char out[PDATE_BUF])
{
    const char *d = iati_date_of(s, out);
    return d && strlen(d) == 10 ? d : NULL;
}

static void map_node(parser *p, nbuf *note, const char *act, const gnode *g, const spec *sp,
                     const char *path)
{
    char d[PDATE_BUF], sub[128];
    for (const spec *s = sp; s->name; s++) {
        const char *v;
        long i = 0;
        switch (s->kind) {
        case S_ATTR:
        case S_ADATE:
            v = attr_of(g, s->name);
            if (v && s->kind == S_ADATE && !day_of(v, d)) {
                iati_problem(p, g->line, g->col, act, "%s/%s '%s' is not a date; left out",
                             path, s->name, v);
                v = NULL;
            } else if (v && s->kind == S_ADATE) {
                v = d;
            }
            if (v && strcmp(s->name, "year") == 0 && strspn(v, "0123456789") != strlen(v)) {
                iati_problem(p, g->line, g->col, act, "%s/year '%s' is not a year; left out",
                             path, v);
                v = NULL;
            }
            line(p, note, act, g, path, s->name, NULL, v);
            break;
        default:
            for (const gnode *c = child(g, NULL); c; c = child(g, c)) {
                if (!named(c, s))
                    continue;
                if (s->kind == S_NARR) {
                    int narratives = 0;
                    for (const gnode *n = child(c, NULL); n; n = child(c, n))
                        if (strcmp(n->name, "narrative") == 0) {
                            narratives = 1;
                            line(p, note, act, n, path, s->name, n->lang, n->text);
                        }
                    if (!narratives) /* 1.0x: the element's own text */
                        line(p, note, act, c, path, s->name, c->lang, c->text);
                } else if (s->kind == S_TEXT) {
                    line(p, note, act, c, path, s->name, NULL, c->text);
                } else if (s->kind == S_CODE) {
                    line(p, note, act, c, path, s->name, NULL, attr_of(c, "code"));
                } else if (s->kind == S_DATE) {
                    v = attr_of(c, "iso-date");
                    if (v && !day_of(v, d))
                        iati_problem(p, c->line, c->col, act,
                                     "%s/%s '%s' is not a date; left out", path, s->name, v);
                    else
                        line(p, note, act, c, path, s->name, NULL, v ? d : NULL);
                } else {
                    snprintf(sub, sizeof sub, "%s/%s/%ld", path, s->name, ++i);
                    map_node(p, note, act, c, s->kids, sub);
                }
            }
        }
    }
}

void iati_map_notes(parser *p, nbuf *note, const char *act)
{
    char path[64];
    for (size_t t = 0; t < NTOPS; t++) {
        long i = 0;
        for (item *it = p->l[tops[t].kind].head; it; it = it->next) {
            if (!it->tree)
                continue;
            snprintf(path, sizeof path, "%s/%ld", tops[t].label, ++i);
            map_node(p, note, act, it->tree, tops[t].spec, path);
        }
    }
}

/* ---- writing: note lines → elements ---- */

typedef struct nline {
    const char *path; /* "result/1/indicator/1/title" */
    size_t plen;
    const char *lang; /* after '@', LLEN bytes; NULL: none */
    size_t llen;
    const char *text; /* to the end of the line, TLEN bytes */
    size_t tlen;
} nline;

typedef struct wctx {
    xmlTextWriterPtr x;
    nline *l;
    size_t n;
    int bad;
} wctx;

#define W(call)                                                                            \
    do {                                                                                   \
        if ((call) < 0)                                                                    \
            w->bad = 1;                                                                    \
    } while (0)
#define BC(s) ((const xmlChar *)(s))

/* The lines of NOTE whose path begins with LABEL "/", parsed; NULL when
** there are none (or memory ran out: BAD is set). */
static nline *parse(const char *note, const char *label, size_t *n, int *bad)
{
    size_t cap = 0, ll = strlen(label);
    nline *l = NULL;
    *n = 0;
    for (const char *s = note; s && *s;) {
        const char *nl = strchr(s, '\n'), *end = nl ? nl : s + strlen(s);
        const char *colon = memchr(s, ':', (size_t)(end - s)), *at;
        if (colon && colon + 1 < end && colon[1] == ' ' && (size_t)(end - s) > ll &&
            strncmp(s, label, ll) == 0 && s[ll] == '/') {
            if (*n == cap) {
                nline *m = realloc(l, (cap = cap ? cap * 2 : 32) * sizeof *l);
                if (!m) {
                    *bad = 1;
                    break;
                }
                l = m;
            }
            at = memchr(s, '@', (size_t)(colon - s));
            l[*n].path = s;
            l[*n].plen = (size_t)((at ? at : colon) - s);
            l[*n].lang = at ? at + 1 : NULL;
            l[*n].llen = at ? (size_t)(colon - at - 1) : 0;
            l[*n].text = colon + 2;
            l[*n].tlen = (size_t)(end - colon - 2);
            (*n)++;
        }
        s = nl ? nl + 1 : end;
    }
    return l;
}

/* Where what follows PATH "/" begins in line L's path, or -1; PATH "" is
** the top, above the label. */
static long after(const nline *l, const char *path)
{
    size_t pl = strlen(path);
    if (!pl)
        return 0;
    if (l->plen <= pl || strncmp(l->path, path, pl) != 0 || l->path[pl] != '/')
        return -1;
    return (long)pl + 1;
}

/* 1 when line L's path is PATH "/" NAME. */
static int is(const nline *l, const char *path, const char *name)
{
    long a = after(l, path);
    size_t nn = strlen(name);
    return a >= 0 && l->plen == (size_t)a + nn && strncmp(l->path + a, name, nn) == 0;
}

/* The index I of a line PATH/NAME/I/..., or 0. */
static long index_of(const nline *l, const char *path, const char *name)
{
    long a = after(l, path), v = 0;
    size_t nn = strlen(name);
    const char *q, *end = l->path + l->plen;
    if (a < 0 || l->plen <= (size_t)a + nn + 1 || strncmp(l->path + a, name, nn) != 0 ||
        l->path[a + (long)nn] != '/')
        return 0;
    for (q = l->path + a + (long)nn + 1; q < end && *q >= '0' && *q <= '9' && v < 100000000L; q++)
        v = v * 10 + (*q - '0');
    return q < end && *q == '/' ? v : 0;
}

/* Calls FN for each index of a child NAME of PATH, in the order first met. */
static void each_index(wctx *w, const char *path, const char *name,
                       void (*fn)(wctx *w, const char *sub, const void *arg), const void *arg)
{
    long last = 0;
    char sub[160];
    for (size_t i = 0; i < w->n; i++) {
        long v = index_of(&w->l[i], path, name), seen = 0;
        if (!v || v == last)
            continue;
        for (size_t k = 0; k < i && !seen; k++)
            seen = index_of(&w->l[k], path, name) == v;
        last = v;
        if (seen)
            continue;
        snprintf(sub, sizeof sub, "%s%s%s/%ld", path, *path ? "/" : "", name, v);
        fn(w, sub, arg);
    }
}

static char *dup_text(wctx *w, const char *s, size_t n)
{
    char *t = strndup(s, n);
    if (!t)
        w->bad = 1;
    return t;
}

static void any_writable(wctx *w, const char *sub, const void *arg);

/* 1 when PATH has every part that SPEC requires. */
static int writable(wctx *w, const char *path, const spec *sp)
{
    for (const spec *s = sp; s->name; s++) {
        int found = 0;
        if (!s->required)
            continue;
        if (s->kind == S_NODE) {
            struct {
                const spec *kids;
                int found;
            } q = {s->kids, 0};
            each_index(w, path, s->name, any_writable, &q);
            found = q.found;
        } else {
            for (size_t i = 0; i < w->n && !found; i++)
                found = is(&w->l[i], path, s->name);
        }
        if (!found)
            return 0;
    }
    return 1;
}

static void any_writable(wctx *w, const char *sub, const void *arg)
{
    struct q {
        const spec *kids;
        int found;
    } *q = (struct q *)arg;
    if (!q->found)
        q->found = writable(w, sub, q->kids);
}

static void write_node(wctx *w, const char *path, const spec *sp);

static void write_kid(wctx *w, const char *sub, const void *arg)
{
    const spec *s = arg;
    if (!writable(w, sub, s->kids))
        return; /* what 2.03 requires is missing: nothing is made up */
    W(xmlTextWriterStartElement(w->x, BC(s->name)));
    write_node(w, sub, s->kids);
    W(xmlTextWriterEndElement(w->x));
}

/* The attributes and children of the element at PATH, in SPEC's order. */
static void write_node(wctx *w, const char *path, const spec *sp)
{
    for (const spec *s = sp; s->name; s++)
        for (size_t i = 0; i < w->n && (s->kind == S_ATTR || s->kind == S_ADATE); i++)
            if (is(&w->l[i], path, s->name)) {
                char *t = dup_text(w, w->l[i].text, w->l[i].tlen);
                if (t)
                    W(xmlTextWriterWriteAttribute(w->x, BC(s->name), BC(t)));
                free(t);
                break;
            }
    for (const spec *s = sp; s->name; s++) {
        int open = 0;
        if (s->kind == S_ATTR || s->kind == S_ADATE)
            continue;
        if (s->kind == S_NODE) {
            each_index(w, path, s->name, write_kid, s);
            continue;
        }
        for (size_t i = 0; i < w->n; i++) {
            char *t, *lang = NULL;
            if (!is(&w->l[i], path, s->name))
                continue;
            if (!(t = dup_text(w, w->l[i].text, w->l[i].tlen)))
                return;
            if (s->kind == S_NARR) {
                if (!open)
                    W(xmlTextWriterStartElement(w->x, BC(s->name)));
                open = 1;
                W(xmlTextWriterStartElement(w->x, BC("narrative")));
                if (w->l[i].lang && (lang = dup_text(w, w->l[i].lang, w->l[i].llen)))
                    W(xmlTextWriterWriteAttribute(w->x, BC("xml:lang"), BC(lang)));
                W(xmlTextWriterWriteString(w->x, BC(t)));
                W(xmlTextWriterEndElement(w->x));
            } else {
                W(xmlTextWriterStartElement(w->x, BC(s->name)));
                if (s->kind == S_TEXT)
                    W(xmlTextWriterWriteString(w->x, BC(t)));
                else
                    W(xmlTextWriterWriteAttribute(
                        w->x, BC(s->kind == S_CODE ? "code" : "iso-date"), BC(t)));
                W(xmlTextWriterEndElement(w->x));
            }
            free(lang);
            free(t);
            if (s->kind == S_DATE)
                break; /* one of each */
        }
        if (open)
            W(xmlTextWriterEndElement(w->x));
    }
}

int iati_write_notes(xmlTextWriterPtr x, const char *note, const char *label)
{
    wctx w = {x, NULL, 0, 0};
    for (size_t t = 0; t < NTOPS; t++) {
        spec top = {tops[t].label, S_NODE, 0, tops[t].spec, NULL};
        char path[2] = "";
        if (strcmp(label, tops[t].label) != 0)
            continue;
        w.l = parse(note, label, &w.n, &w.bad);
        if (w.n) /* the lines are "LABEL/I/...": children of the top */
            each_index(&w, path, label, write_kid, &top);
        free(w.l);
    }
    return w.bad ? -1 : 0;
}
