/*
** article.c — see article.h. The HTML parser gets the bytes with UTF-8 as
** their encoding unless the page declares another; its tree is walked once,
** writing text nodes and a line break at the end of each block element.
*/
#include "article.h"

#include <errno.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/dbuf.h"
#include "../core/text.h"

/* The text walked out of the HTML, with the first failure of an add:
** the text is never longer than the HTML, but entities could expand it,
** so it keeps the same bound (ARTICLE_MAX_BYTES). */
typedef struct text_out {
    dbuf b;
    int failed; /* DBUF_FULL or DBUF_NOMEM */
} text_out;

static void put(text_out *t, const char *s, size_t n)
{
    if (!t->failed)
        t->failed = dbuf_add(&t->b, s, n);
}

static int skipped(const char *name)
{
    static const char *const names[] = {"script", "style", "noscript", "template", "head",
                                        NULL};
    for (int i = 0; names[i]; i++)
        if (strcmp(name, names[i]) == 0)
            return 1;
    return 0;
}

static int block(const char *name)
{
    static const char *const names[] = {
        "p",     "div",  "br",      "li",     "ul",    "ol",  "h1",         "h2",
        "h3",    "h4",   "h5",      "h6",     "tr",    "td",  "th",         "table",
        "title", "body", "article", "section", "header", "footer", "blockquote", "pre",
        "dd",    "dt",   "figcaption", "hr",  NULL};
    for (int i = 0; names[i]; i++)
        if (strcmp(name, names[i]) == 0)
            return 1;
    return 0;
}

/* Depth is bounded by libxml2's own limit on nesting (256 by default). */
static void walk(xmlNode *n, text_out *b)
{
    for (; n && !b->failed; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                put(b, (const char *)n->content, strlen((const char *)n->content));
        } else if (n->type == XML_ELEMENT_NODE) {
            const char *name = (const char *)n->name;
            if (skipped(name))
                continue;
            walk(n->children, b);
            if (block(name))
                put(b, "\n", 1);
        }
    }
}

/* The <title> of the document, white space collapsed, or NULL. */
static char *find_title(xmlNode *n)
{
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "title") == 0) {
            xmlChar *t = xmlNodeGetContent(n);
            char *out = NULL;
            if (t) {
                size_t k = 0;
                int space = 1;
                out = malloc(strlen((const char *)t) + 1);
                for (const char *s = (const char *)t; out && *s; s++) {
                    int ws = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';
                    if (ws && space)
                        continue;
                    out[k++] = ws ? ' ' : *s;
                    space = ws;
                }
                if (out) {
                    while (k && out[k - 1] == ' ')
                        k--;
                    out[k] = 0;
                    if (!k) {
                        free(out);
                        out = NULL;
                    }
                }
                xmlFree(t);
            }
            return out;
        }
        if (n->type == XML_ELEMENT_NODE) {
            char *t = find_title(n->children);
            if (t)
                return t;
        }
    }
    return NULL;
}

static int from_html(const char *path, const char *raw, size_t n, article *a, amur_err *err)
{
    htmlDocPtr doc = htmlReadMemory(raw, (int)n, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    text_out b = {DBUF_INIT(ARTICLE_MAX_BYTES), DBUF_OK};
    if (!doc)
        return err_set(err, AMUR_EDATA, "%s: not an HTML document libxml2 can read", path);
    walk(xmlDocGetRootElement(doc), &b);
    a->title = find_title(xmlDocGetRootElement(doc));
    xmlFreeDoc(doc);
    if (!b.failed && !b.b.s) /* no text at all: still a string */
        put(&b, "", 0);
    if (b.failed) {
        dbuf_free(&b.b);
        free(a->title);
        a->title = NULL;
        if (b.failed == DBUF_NOMEM)
            return err_set(err, AMUR_ESYS, "%s: out of memory", path);
        return err_set(err, AMUR_EDATA, "%s: its text is longer than %u bytes", path,
                       ARTICLE_MAX_BYTES);
    }
    a->text = b.b.s;
    a->len = b.b.n;
    a->html = 1;
    return AMUR_OK;
}

int article_read(const char *path, article *a, amur_err *err)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    const char *name = strcmp(path, "-") == 0 ? "standard input" : path;
    dbuf buf = DBUF_INIT(ARTICLE_MAX_BYTES);
    char *raw;
    const char *body;
    size_t n = 0, skip = 0;
    long bad;
    int rc;

    memset(a, 0, sizeof *a);
    if (!f)
        return err_set(err, AMUR_EDATA, "%s: %s", path, strerror(errno));
    rc = dbuf_read(&buf, f);
    if (f != stdin)
        fclose(f);
    raw = buf.s;
    n = buf.n;
    if (rc == DBUF_IOERR || rc == DBUF_NOMEM) {
        int e = errno;
        free(raw);
        return rc == DBUF_NOMEM ? err_set(err, AMUR_ESYS, "out of memory")
                                : err_set(err, AMUR_ESYS, "%s: %s", name, strerror(e));
    }
    if (rc == DBUF_FULL) {
        free(raw);
        return err_set(err, AMUR_EDATA,
                       "%s: longer than %u bytes (2 MiB), the most extract reads; "
                       "give it one article",
                       name, ARTICLE_MAX_BYTES);
    }
    {
        const char *z = memchr(raw, 0, n);
        if (z) {
            long at = (long)(z - raw);
            free(raw);
            return err_set(err, AMUR_EDATA,
                           "%s: not text: a NUL byte at offset %ld (a binary file?)", name, at);
        }
    }
    if (n >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0)
        skip = 3;
    body = raw + skip;
    if ((bad = text_utf8_invalid(body, n - skip)) >= 0) {
        free(raw);
        return err_set(err, AMUR_EDATA,
                       "%s: not UTF-8 text: invalid byte at offset %ld (convert it to UTF-8)",
                       name, bad + (long)skip);
    }
    {
        const char *p = body;
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        if (*p == '<') {
            rc = from_html(name, body, n - skip, a, err);
            free(raw);
            if (rc == AMUR_OK && (bad = text_utf8_invalid(a->text, a->len)) >= 0) {
                article_free(a);
                return err_set(err, AMUR_EDATA, "%s: its text is not UTF-8", name);
            }
            return rc;
        }
    }
    if (skip)
        memmove(raw, raw + skip, n - skip + 1);
    a->text = raw;
    a->len = n - skip;
    return AMUR_OK;
}

void article_free(article *a)
{
    if (!a)
        return;
    free(a->text);
    free(a->title);
    a->text = a->title = NULL;
    a->len = 0;
}
