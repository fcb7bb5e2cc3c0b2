/*
** iati.c — the IATI reader: walks the XML with libxml2's xmlTextReader and
** gathers one activity at a time into the parser's arena; iati_map.c turns
** it into records. See iati.h and docs/iati.md.
*/
#include <errno.h>
#include <libxml/parser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "iati_int.h"

/* ---- text being read ---- */

static void tbuf_start(parser *p, tbuf *t, int depth)
{
    t->line = p->el_line;
    t->col = p->el_col;
    t->on = 1;
    t->cut = 0;
    t->depth = depth;
    dbuf_reset(&t->b);
}

static int tbuf_add(tbuf *t, const char *s)
{
    size_t len = strlen(s);
    if (len > t->b.max - t->b.n) {
        len = t->b.max - t->b.n;
        while (len && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--; /* cut on a character boundary */
        t->cut = 1;
    }
    return dbuf_add(&t->b, s, len) ? -1 : 0;
}

/* Collapses runs of XML white space into one space and trims, in place. */
static char *squeeze(char *s)
{
    char *w = s;
    int space = 0;
    if (!s)
        return s;
    for (char *r = s; *r; r++) {
        if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
            space = w != s;
        } else {
            if (space)
                *w++ = ' ';
            space = 0;
            *w++ = *r;
        }
    }
    *w = 0;
    return s;
}

/* ---- what an activity is read into ---- */

/* the children of iati-activity, and the attributes kept of each */
static const struct {
    const char *name;
    int kind;
    const char *attrs[3];
} elements[] = {
    {"iati-identifier", K_ID, {NULL, NULL, NULL}},
    {"other-identifier", K_OTHER_ID, {"ref", "type", NULL}},
    {"reporting-org", K_REPORTING, {"ref", "type", NULL}},
    {"title", K_TITLE, {NULL, NULL, NULL}},
    {"description", K_DESC, {"type", NULL, NULL}},
    {"activity-status", K_STATUS, {"code", "ref", NULL}},
    {"activity-date", K_DATE, {"type", "iso-date", "iso_date"}},
    {"participating-org", K_ORG, {"role", "ref", "type"}},
    {"recipient-country", K_COUNTRY, {"code", "percentage", NULL}},
    {"recipient-region", K_REGION, {"code", "vocabulary", "percentage"}},
    {"location", K_LOCATION, {"ref", NULL, NULL}},
    {"budget", K_BUDGET, {"type", "status", NULL}},
    {"planned-disbursement", K_PLANNED, {"type", NULL, NULL}},
    {"transaction", K_TRANSACTION, {"type", "flow", NULL}},
    /* the rest of the 1.0x and 2.0x activity elements: known, not mapped */
    {"activity-website", K_IGNORED, {NULL, NULL, NULL}},
    {"contact-info", K_CONTACT, {NULL, NULL, NULL}},
    {"activity-scope", K_IGNORED, {NULL, NULL, NULL}},
    {"sector", K_SECTOR, {"code", "vocabulary", "percentage"}},
    {"tag", K_IGNORED, {NULL, NULL, NULL}},
    {"country-budget-items", K_IGNORED, {NULL, NULL, NULL}},
    {"humanitarian-scope", K_IGNORED, {NULL, NULL, NULL}},
    {"policy-marker", K_POLICY, {"code", "vocabulary", "significance"}},
    {"collaboration-type", K_IGNORED, {NULL, NULL, NULL}},
    {"default-flow-type", K_IGNORED, {NULL, NULL, NULL}},
    {"default-finance-type", K_IGNORED, {NULL, NULL, NULL}},
    {"default-aid-type", K_IGNORED, {NULL, NULL, NULL}},
    {"default-tied-status", K_IGNORED, {NULL, NULL, NULL}},
    {"capital-spend", K_IGNORED, {NULL, NULL, NULL}},
    {"document-link", K_DOCLINK, {NULL, NULL, NULL}},
    {"related-activity", K_RELATED, {"ref", "type", NULL}},
    {"legacy-data", K_IGNORED, {NULL, NULL, NULL}},
    {"conditions", K_IGNORED, {NULL, NULL, NULL}},
    {"result", K_RESULT, {NULL, NULL, NULL}},
    {"crs-add", K_IGNORED, {NULL, NULL, NULL}},
    {"fss", K_IGNORED, {NULL, NULL, NULL}},
};

/* ---- problems ---- */

void iati_problem(parser *p, long line, long col, const char *act, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    p->st->problems++;
    if (p->st->problems > IATI_PROBLEMS_MAX || !p->h->problem)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    p->h->problem(p->h->ctx, line, col, act, msg);
}

void iati_over(parser *p, const char *what)
{
    p->act_bad = 1;
    if (!p->over)
        p->over = what;
}

static void xml_error(void *ctx, xmlErrorPtr e)
{
    parser *p = ctx;
    size_t n;
    /* the first error in the file itself; errors inside an entity's text
    ** (no file) only when there is no other */
    if (!e || e->level < XML_ERR_ERROR || (p->xerr[0] && (p->xfile || !e->file)))
        return;
    snprintf(p->xerr, sizeof p->xerr, "%s", e->message ? e->message : "malformed XML");
    n = strlen(p->xerr);
    while (n && (p->xerr[n - 1] == '\n' || p->xerr[n - 1] == ' '))
        p->xerr[--n] = 0;
    p->xline = e->line;
    p->xcol = e->int2;
    p->xfile = e->file != NULL;
}

static xmlParserInputPtr no_entities(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL; /* nothing outside the file is ever read */
}

/* ---- reading ---- */


/* The line of the node the reader is on (the parser itself reads ahead). */
static long line_now(parser *p)
{
    xmlNodePtr n = xmlTextReaderCurrentNode(p->r);
    long line = n ? xmlGetLineNo(n) : -1;
    return line > 0 ? line : xmlTextReaderGetParserLineNumber(p->r);
}

/* Where the element the reader has just met starts: the next start tag of
** the second reading (iati_pos.c), when it agrees with libxml2's line;
** else libxml2's line alone, and no column from then on. */
static void locate(parser *p)
{
    long line = line_now(p);
    if (p->pos.ok && iati_pos_next(&p->pos) == 0 && line >= p->pos.el_line &&
        line <= p->pos.el_end) {
        p->el_line = p->pos.el_line;
        p->el_col = p->pos.el_col;
        return;
    }
    if (p->pos.f)
        iati_pos_close(&p->pos);
    p->el_line = line;
    p->el_col = 0;
}

static const char *attr(parser *p, const char *name)
{
    xmlChar *v = xmlTextReaderGetAttribute(p->r, (const xmlChar *)name);
    char *s;
    if (!v)
        return NULL;
    s = arena_strdup(&p->A, (const char *)v);
    xmlFree(v);
    if (s)
        squeeze(s);
    return s && *s ? s : NULL;
}

static char *keep_text(parser *p, tbuf *t)
{
    char *s;
    t->on = 0;
    if (t->cut)
        iati_problem(p, t->line, t->col, NULL, "text longer than %d bytes cut", IATI_TEXT_MAX);
    if (!t->b.s)
        return NULL;
    s = arena_strdup(&p->A, squeeze(t->b.s));
    return s && *s ? s : NULL;
}

void iati_add_narr(parser *p, item *it, const char *lang, const char *text)
{
    narr *n;
    if (!text || !(n = arena_alloc(&p->A, sizeof *n)))
        return;
    n->lang = lang;
    n->text = text;
    n->next = NULL;
    *it->tail = n;
    it->tail = &n->next;
}

static const char *lang_now(parser *p)
{
    const xmlChar *l = xmlTextReaderConstXmlLang(p->r);
    char *s;
    if (!l || !*l)
        return NULL;
    s = arena_strdup(&p->A, (const char *)l);
    if (s)
        for (char *c = s; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
    return s;
}

static void count_unknown(parser *p, const char *name)
{
    iati_stats *st = p->st;
    st->unknown++;
    for (size_t i = 0; i < st->nnames; i++)
        if (strcmp(st->names[i].name, name) == 0) {
            st->names[i].n++;
            return;
        }
    if (st->nnames < IATI_UNKNOWN_KEEP && strlen(name) < sizeof st->names[0].name) {
        snprintf(st->names[st->nnames].name, sizeof st->names[0].name, "%s", name);
        st->names[st->nnames++].n = 1;
    } else {
        st->unknown_other++;
    }
}

/* The date in S (YYYY-MM-DD, a datetime, YYYY-MM or YYYY) as text in OUT,
** or NULL when there is none. */
const char *iati_date_of(const char *s, char out[PDATE_BUF])
{
    pdate d;
    char tmp[PDATE_BUF];
    size_t n;
    if (!s)
        return NULL;
    n = strlen(s);
    if (n >= 10 && (s[10] == 0 || s[10] == 'T' || s[10] == ' ' || s[10] == 'Z' ||
                    s[10] == '+' || (s[10] == '-' && n > 10))) {
        memcpy(tmp, s, 10);
        tmp[10] = 0;
    } else if (n < PDATE_BUF) {
        memcpy(tmp, s, n + 1);
    } else {
        return NULL;
    }
    if (pdate_parse(tmp, &d))
        return NULL;
    return pdate_format(d, out);
}

static void start_activity(parser *p, int depth)
{
    arena_reset(&p->A);
    p->in_act = 1;
    p->act_depth = depth;
    p->act_bad = 0;
    p->act_line = p->el_line;
    p->act_col = p->el_col;
    p->cur = NULL;
    p->skip_depth = -1;
    p->loc_name_depth = -1;
    p->sub_depth = -1;
    p->nflows = 0;
    p->over = NULL;
    p->own.on = p->leaf.on = 0;
    for (int k = 0; k < K_IGNORED; k++) {
        p->l[k].head = NULL;
        p->l[k].tail = &p->l[k].head;
    }
    p->st->activities++;
    p->updated = attr(p, "last-updated-datetime");
    p->currency = attr(p, "default-currency");
}

static int kind_of(const char *name, int *idx)
{
    /* the first letter spares most of the comparisons of every element */
    for (size_t i = 0; i < sizeof elements / sizeof elements[0]; i++)
        if (elements[i].name[0] == name[0] && strcmp(elements[i].name, name) == 0) {
            *idx = (int)i;
            return elements[i].kind;
        }
    return K_NONE;
}

/* Parts of a transaction kept as text: 1 provider-org, 2 receiver-org,
** 3 description; 0 for the rest. */
static int part_of(const char *name)
{
    return strcmp(name, "provider-org") == 0   ? 1
           : strcmp(name, "receiver-org") == 0 ? 2
           : strcmp(name, "description") == 0  ? 3
                                               : 0;
}

/* The text of a part, when the part has none yet. */
static void set_part(parser *p, const char *s)
{
    const char **t = p->sub_kind == 1 ? &p->cur->provider
                     : p->sub_kind == 2 ? &p->cur->receiver
                                        : &p->cur->desc;
    if (s && !*t)
        *t = s;
}

/* contact-info, document-link and result are kept whole (iati_notes.c) */
static int kept_whole(int kind)
{
    return kind == K_CONTACT || kind == K_DOCLINK || kind == K_RESULT;
}

/* The attributes of the element the reader is on, but those in a
** namespace (xml:lang is read apart), as name, value, ..., NULL. */
static const char **all_attrs(parser *p)
{
    const char *kv[2 * 16 + 1], **out;
    int n = 0;
    if (xmlTextReaderMoveToFirstAttribute(p->r) == 1) {
        do {
            const char *name = (const char *)xmlTextReaderConstName(p->r);
            const char *v = (const char *)xmlTextReaderConstValue(p->r);
            char *kn, *kvv;
            if (n >= 2 * 16 || !name || !v || strchr(name, ':'))
                continue;
            kn = arena_strdup(&p->A, name);
            kvv = arena_strdup(&p->A, v);
            if (kn && kvv && *squeeze(kvv)) {
                kv[n++] = kn;
                kv[n++] = kvv;
            }
        } while (xmlTextReaderMoveToNextAttribute(p->r) == 1);
        xmlTextReaderMoveToElement(p->r);
    }
    if (!n || !(out = arena_alloc(&p->A, (size_t)(n + 1) * sizeof *out)))
        return NULL;
    memcpy(out, kv, (size_t)n * sizeof *out);
    out[n] = NULL;
    return out;
}

/* One element of an item kept whole: its name, language, attributes and
** (kept when it ends) text. */
static void tree_node(parser *p, const char *name, int depth)
{
    gnode *g = arena_alloc(&p->A, sizeof *g);
    if (!g) {
        iati_over(p, "memory (IATI_ACTIVITY_MAX 40 MiB)");
        return;
    }
    memset(g, 0, sizeof *g);
    g->depth = depth - p->cur_depth;
    g->name = arena_strdup(&p->A, name);
    g->lang = lang_now(p);
    g->attrs = all_attrs(p);
    g->line = p->el_line;
    g->col = p->el_col;
    *p->cur->ttail = g;
    p->cur->ttail = &g->next;
    p->gcur = g;
    p->leaf_kind = 5;
    tbuf_start(p, &p->leaf, depth);
}

static void on_start(parser *p, const char *name, int depth, int has_ns)
{
    if (!p->in_act) {
        if (!has_ns && strcmp(name, "iati-activity") == 0) {
            start_activity(p, depth);
        } else if (!has_ns && depth == 0 && strcmp(name, "iati-activities") == 0) {
            xmlChar *v = xmlTextReaderGetAttribute(p->r, (const xmlChar *)"version");
            xmlChar *g = xmlTextReaderGetAttribute(p->r, (const xmlChar *)"generated-datetime");
            char d[PDATE_BUF];
            if (v) {
                snprintf(p->st->version, sizeof p->st->version, "%s", (const char *)v);
                if (!iati_code_find(IATI_CL_VERSION, p->st->version))
                    iati_problem(p, p->el_line, p->el_col, NULL,
                            "version '%s' is not in the IATI Version codelist; read as 1.0x",
                            p->st->version);
            }
            if (g && iati_date_of((const char *)g, d))
                snprintf(p->gen_date, sizeof p->gen_date, "%s", d);
            xmlFree(v);
            xmlFree(g);
        } else if (depth == 1) {
            count_unknown(p, name);
        }
        return;
    }
    if (p->skip_depth >= 0)
        return; /* inside an element that is skipped */
    if (depth == p->act_depth + 1) {
        int idx = 0, k = has_ns ? K_NONE : kind_of(name, &idx);
        item *it;
        if (k == K_NONE) {
            count_unknown(p, name);
            p->skip_depth = depth;
            return;
        }
        if (k == K_IGNORED || p->act_bad) {
            p->skip_depth = depth; /* an activity over a limit is only read to its end */
            return;
        }
        if ((k == K_BUDGET || k == K_PLANNED || k == K_TRANSACTION) &&
            ++p->nflows > IATI_FLOWS_MAX) {
            iati_over(p, "transactions, budgets and planned disbursements "
                         "(IATI_FLOWS_MAX 80,000)");
            p->skip_depth = depth;
            return;
        }
        if (!(it = arena_alloc(&p->A, sizeof *it))) {
            iati_over(p, "memory (IATI_ACTIVITY_MAX 40 MiB)");
            p->skip_depth = depth;
            return;
        }
        memset(it, 0, sizeof *it);
        it->kind = k;
        it->line = p->el_line;
        it->col = p->el_col;
        it->tail = &it->nar;
        it->ttail = &it->tree;
        for (int i = 0; i < 3; i++)
            if (elements[idx].attrs[i])
                it->a[i] = attr(p, elements[idx].attrs[i]);
        p->cur = it;
        p->cur_depth = depth;
        tbuf_start(p, &p->own, depth);
        p->leaf_lang = lang_now(p);
        if (kept_whole(k))
            tree_node(p, name, depth);
        return;
    }
    if (!p->cur)
        return;
    if (kept_whole(p->cur->kind)) {
        tree_node(p, name, depth);
        return;
    }
    /* inside a mapped element */
    if (strcmp(name, "narrative") == 0 && p->sub_depth >= 0 && depth == p->sub_depth + 1) {
        p->leaf_kind = 4;
        tbuf_start(p, &p->leaf, depth);
    } else if (strcmp(name, "narrative") == 0 &&
               (depth == p->cur_depth + 1 || depth == p->loc_name_depth + 1)) {
        p->leaf_kind = 1;
        p->leaf_lang = lang_now(p);
        tbuf_start(p, &p->leaf, depth);
    } else if ((p->cur->kind == K_TRANSACTION || p->cur->kind == K_PLANNED) &&
               depth == p->cur_depth + 1 && (p->sub_kind = part_of(name)) != 0) {
        /* provider-org, receiver-org, description: a narrative, or the
        ** element's own text in 1.0x files */
        p->sub_depth = depth;
        if (p->sub_kind == 1)
            p->cur->provider_ref = attr(p, "ref");
        else if (p->sub_kind == 2)
            p->cur->receiver_ref = attr(p, "ref");
        p->leaf_kind = 4;
        tbuf_start(p, &p->leaf, depth);
    } else if (p->cur->kind == K_LOCATION && depth == p->cur_depth + 1 &&
               strcmp(name, "name") == 0) {
        memset(&p->loc_name, 0, sizeof p->loc_name);
        p->loc_name.tail = &p->loc_name.nar;
        p->loc_name_depth = depth;
        tbuf_start(p, &p->own, depth);
        p->leaf_lang = lang_now(p);
    } else if (p->cur->kind == K_LOCATION && strcmp(name, "pos") == 0) {
        p->leaf_kind = 3;
        tbuf_start(p, &p->leaf, depth);
    } else if (p->cur->kind == K_LOCATION && strcmp(name, "coordinates") == 0) {
        p->cur->lat = attr(p, "latitude");
        p->cur->lon = attr(p, "longitude");
    } else if (depth == p->cur_depth + 1 && strcmp(name, "value") == 0) {
        p->cur->currency = attr(p, "currency");
        p->cur->value_date = attr(p, "value-date");
        p->leaf_kind = 2;
        tbuf_start(p, &p->leaf, depth);
    } else if (depth == p->cur_depth + 1 && strcmp(name, "period-start") == 0) {
        p->cur->start = attr(p, "iso-date");
    } else if (depth == p->cur_depth + 1 && strcmp(name, "period-end") == 0) {
        p->cur->end = attr(p, "iso-date");
    } else if (depth == p->cur_depth + 1 && strcmp(name, "transaction-type") == 0) {
        p->cur->ttype = attr(p, "code");
    } else if (depth == p->cur_depth + 1 && strcmp(name, "transaction-date") == 0) {
        p->cur->tdate = attr(p, "iso-date");
    }
}

static void on_text(parser *p, const char *text, int depth)
{
    tbuf *t = p->leaf.on && depth == p->leaf.depth + 1  ? &p->leaf
              : p->own.on && depth == p->own.depth + 1 ? &p->own
                                                        : NULL;
    if (t && tbuf_add(t, text))
        iati_over(p, "memory (IATI_ACTIVITY_MAX 40 MiB)");
}

static void on_end(parser *p, const char *name, int depth)
{
    if (!p->in_act)
        return;
    if (p->skip_depth >= 0) {
        if (depth == p->skip_depth)
            p->skip_depth = -1;
        return;
    }
    if (depth == p->act_depth) {
        iati_finish_activity(p);
        p->in_act = 0;
        return;
    }
    if (!p->cur)
        return;
    if (kept_whole(p->cur->kind)) {
        if (p->leaf.on && depth == p->leaf.depth && p->gcur)
            p->gcur->text = keep_text(p, &p->leaf);
        if (depth == p->cur_depth) {
            p->own.on = 0;
            *p->l[p->cur->kind].tail = p->cur;
            p->l[p->cur->kind].tail = &p->cur->next;
            p->cur = NULL;
            p->gcur = NULL;
        }
        return;
    }
    if (p->leaf.on && depth == p->leaf.depth) {
        char *s = keep_text(p, &p->leaf);
        if (p->leaf_kind == 1)
            iati_add_narr(p, p->loc_name_depth >= 0 ? &p->loc_name : p->cur, p->leaf_lang, s);
        else if (p->leaf_kind == 2)
            p->cur->value = s;
        else if (p->leaf_kind == 3)
            p->cur->pos = s;
        else if (p->leaf_kind == 4)
            set_part(p, s);
        if (depth == p->sub_depth)
            p->sub_depth = -1;
        return;
    }
    if (depth == p->sub_depth) {
        p->sub_depth = -1;
        return;
    }
    if (depth == p->loc_name_depth && strcmp(name, "name") == 0) {
        char *s = keep_text(p, &p->own);
        if (!p->loc_name.nar && s)
            iati_add_narr(p, &p->loc_name, lang_now(p), s);
        p->cur->nar = p->loc_name.nar;
        p->cur->tail = p->loc_name.nar ? p->loc_name.tail : &p->cur->nar;
        p->loc_name_depth = -1;
        return;
    }
    if (depth == p->cur_depth) {
        item *it = p->cur;
        if (it->kind != K_LOCATION) {
            char *s = keep_text(p, &p->own);
            it->text = s;
            if (!it->nar && s && it->kind != K_ID && it->kind != K_OTHER_ID &&
                it->kind != K_SECTOR && it->kind != K_RELATED && it->kind != K_POLICY &&
                it->kind != K_STATUS && it->kind != K_DATE && it->kind != K_BUDGET &&
                it->kind != K_TRANSACTION && it->kind != K_PLANNED)
                iati_add_narr(p, it, p->leaf_lang, s);
        } else {
            p->own.on = 0;
        }
        *p->l[it->kind].tail = it;
        p->l[it->kind].tail = &it->next;
        p->cur = NULL;
    }
}

/* ---- records from the activity ---- */

/* What the file F looks like when it is not XML (JSON, a spreadsheet, an
** archive), from its first bytes; NULL when it may be XML. Said plainly
** rather than as libxml2's "Document is empty" at 1:1. */
static const char *not_xml(FILE *f)
{
    unsigned char b[2048];
    size_t n = fread(b, 1, sizeof b, f), i = 0;
    if (n == 0)
        return "an empty file";
    if (n >= 4 && memcmp(b, "PK\x03\x04", 4) == 0) {
        for (size_t k = 0; k + 3 <= n; k++)
            if (memcmp(b + k, "xl/", 3) == 0)
                return "XLSX (an Excel workbook)";
        return "ZIP (an archive: unpack it first)";
    }
    if (n >= 4 && memcmp(b, "\xD0\xCF\x11\xE0", 4) == 0)
        return "XLS (an old Excel workbook)";
    if (n >= 2 && b[0] == 0x1F && b[1] == 0x8B)
        return "gzip (compressed: unpack it first)";
    if (n >= 4 && memcmp(b, "%PDF", 4) == 0)
        return "PDF";
    if ((n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) ||
        (n >= 2 && (b[0] == 0 || b[1] == 0)))
        return NULL; /* UTF-16: libxml2 reads it and says what is wrong */
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        i = 3;
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        i++;
    if (i == n)
        return n == sizeof b ? NULL : "an empty file (white space only)";
    if (b[i] == '<')
        return NULL;
    if (b[i] == '{' || b[i] == '[')
        return "JSON";
    if (memchr(b + i, ',', n - i) || memchr(b + i, '\t', n - i))
        return "CSV or other text";
    return "text";
}

/* Whether a declared ENCODING (its name, N bytes) is one byte a character
** (Latin-1, Windows-1251, ...), under which UTF-8 text reads as mojibake
** ("Ã©" for "é") without any error. */
static int single_byte_encoding(const char *enc, size_t n)
{
    static const char *const prefixes[] = {"iso-8859", "iso8859", "latin", "windows-125",
                                           "cp125", "koi8", "us-ascii", "ascii", NULL};
    char low[32];
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)((enc[i] >= 'A' && enc[i] <= 'Z') ? enc[i] - 'A' + 'a' : enc[i]);
    low[n] = 0;
    for (int i = 0; prefixes[i]; i++)
        if (strncmp(low, prefixes[i], strlen(prefixes[i])) == 0)
            return 1;
    return 0;
}

/* The N bytes at B (room for one more) declare a single-byte encoding but
** are UTF-8 with some non-ASCII text. */
#define SNIFF_BYTES 65536
static int sniff_mismatch(unsigned char *b, size_t n, char enc[32], long *col)
{
    int multi = 0;
    long bad;
    const char *decl, *q, *end;
    b[n] = 0;
    if (n < 5 || memcmp(b, "<?xml", 5) != 0 || !(end = strstr((char *)b, "?>")))
        return 0;
    if (!(decl = strstr((char *)b, "encoding")) || decl > end)
        return 0;
    *col = (long)(decl - (char *)b) + 1; /* the declaration is ASCII */
    decl += 8;
    while (*decl == ' ' || *decl == '=')
        decl++;
    if ((*decl != '"' && *decl != '\'') || !(q = strchr(decl + 1, *decl)) || q > end ||
        !single_byte_encoding(decl + 1, (size_t)(q - decl - 1)))
        return 0;
    snprintf(enc, 32, "%.*s", (int)(q - decl - 1), decl + 1);
    /* the whole sample must be UTF-8 (a character cut off at its end aside) */
    bad = text_utf8_invalid((const char *)b, n);
    if (bad >= 0 && (n < SNIFF_BYTES - 1 || (size_t)bad + 4 < n))
        return 0;
    for (size_t i = 0; i < n && !multi; i++)
        multi = b[i] >= 0x80;
    return multi;
}

/* A file that declares a single-byte encoding but whose bytes (its first
** 64 KiB) are UTF-8 with some non-ASCII text: libxml2 reads it without a
** word, and every accented or Cyrillic name comes out garbled. Puts the
** declared name in ENC and returns 1 when so. */
static int encoding_mismatch(FILE *f, char enc[32], long *col)
{
    unsigned char *b = malloc(SNIFF_BYTES);
    int found;
    if (!b)
        return 0; /* a warning left out, nothing worse */
    found = sniff_mismatch(b, fread(b, 1, SNIFF_BYTES - 1, f), enc, col);
    free(b);
    return found;
}

int iati_read(const char *path, const char *today, const iati_handler *h, iati_stats *st,
              amur_err *err)
{
    parser p;
    xmlExternalEntityLoader old = xmlGetExternalEntityLoader();
    int rc = 0, res = AMUR_OK;
    long nodes = 0;
    const char *slash = strrchr(path, '/');
    FILE *probe;
    const char *looks;

    memset(st, 0, sizeof *st);
    memset(&p, 0, sizeof p);
    /* one activity's text and records: 64 KiB blocks, kept between activities */
    arena_init(&p.A, 65536, IATI_ACTIVITY_MAX);
    dbuf_init(&p.own.b, IATI_TEXT_MAX);
    dbuf_init(&p.leaf.b, IATI_TEXT_MAX);
    p.path = path;
    p.today = today;
    p.h = h;
    p.st = st;
    p.err = err;
    snprintf(p.base, sizeof p.base, "%s", slash ? slash + 1 : path);
    if (!(probe = fopen(path, "rb")))
        return err_set(err, AMUR_EDATA, "%s: cannot open: %s", path, strerror(errno));
    looks = not_xml(probe);
    if (!looks) {
        char enc[32];
        long col = 0;
        rewind(probe);
        if (encoding_mismatch(probe, enc, &col))
            iati_problem(&p, 1, col, NULL,
                         "the file declares encoding=\"%s\", but its bytes are UTF-8: "
                         "names with accents, Cyrillic or Chinese are read garbled (fix the "
                         "declaration to encoding=\"UTF-8\" and import again)",
                         enc);
    }
    fclose(probe);
    if (looks)
        return err_set(err, AMUR_EDATA, "%s: not an XML file: looks like %s", path, looks);
    iati_pos_open(&p.pos, path); /* when it cannot, problems carry lines alone */
    xmlSetExternalEntityLoader(no_entities);
    /* no XML_PARSE_NOENT (entities are not substituted), no DTDLOAD or
    ** DTDATTR (no DTD is read), NONET, and no HUGE (libxml2's limits on
    ** node sizes, depth and entity amplification stay on) */
    p.r = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                           XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
    if (!p.r) {
        iati_pos_close(&p.pos);
        xmlSetExternalEntityLoader(old);
        return err_set(err, AMUR_EDATA, "%s: cannot read", path);
    }
    xmlTextReaderSetStructuredErrorHandler(p.r, xml_error, &p);
    while (!p.fatal && (rc = xmlTextReaderRead(p.r)) == 1) {
        nodes++;
        int type = xmlTextReaderNodeType(p.r), depth = xmlTextReaderDepth(p.r);
        switch (type) {
        case XML_READER_TYPE_ELEMENT: {
            const char *name = (const char *)xmlTextReaderConstName(p.r);
            int ns = xmlTextReaderConstNamespaceUri(p.r) != NULL;
            int empty = xmlTextReaderIsEmptyElement(p.r);
            locate(&p);
            on_start(&p, name, depth, ns);
            if (empty)
                on_end(&p, name, depth);
            break;
        }
        case XML_READER_TYPE_END_ELEMENT:
            on_end(&p, (const char *)xmlTextReaderConstName(p.r), depth);
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            if (p.in_act && p.skip_depth < 0) {
                const xmlChar *v = xmlTextReaderConstValue(p.r);
                if (v)
                    on_text(&p, (const char *)v, depth);
            }
            break;
        case XML_READER_TYPE_ENTITY_REFERENCE: {
            const char *en = (const char *)xmlTextReaderConstName(p.r);
            char ref[80], at[48];
            snprintf(ref, sizeof ref, "&%.70s;", en ? en : "");
            if (p.pos.ok && iati_pos_find(&p.pos, ref) == 0)
                snprintf(at, sizeof at, "%ld:%ld", p.pos.el_line, p.pos.el_col);
            else
                snprintf(at, sizeof at, "%ld", line_now(&p));
            res = err_set(err, AMUR_EDATA,
                          "%s:%s: entity reference &%s; refused: IATI files need no DTD "
                          "entities, and amur never expands or loads them",
                          path, at, en ? en : "");
            p.fatal = AMUR_EDATA;
            break;
        }
        default:
            break;
        }
    }
    /* counted once, not at every node: libxml2 works it out from its
    ** buffers each time it is asked */
    if (nodes)
        st->bytes = (unsigned long long)xmlTextReaderByteConsumed(p.r);
    if (p.fatal) {
        if (res == AMUR_OK)
            res = p.fatal; /* the handler's code; it set ERR */
    } else if (rc < 0) {
        if (p.xerr[0])
            res = err_set(err, AMUR_EDATA, "%s:%ld:%ld: %s", path, p.xline, p.xcol, p.xerr);
        else
            res = err_set(err, AMUR_EDATA, "%s:%d:%d: malformed XML", path,
                          xmlTextReaderGetParserLineNumber(p.r),
                          xmlTextReaderGetParserColumnNumber(p.r));
    } else if (st->activities == 0) {
        res = err_set(err, AMUR_EDATA, "%s: no iati-activity elements", path);
    }
    if (res == AMUR_OK && p.no_id)
        iati_problem(&p, 0, 0, NULL,
                "%ld activit%s without an iati-identifier: ids made from the reporting-org "
                "and the other-identifier",
                p.no_id, p.no_id == 1 ? "y" : "ies");
    xmlFreeTextReader(p.r);
    iati_pos_close(&p.pos);
    xmlSetExternalEntityLoader(old);
    arena_free(&p.A);
    dbuf_free(&p.own.b);
    dbuf_free(&p.leaf.b);
    free(p.rows);
    free(p.flows);
    free(p.seen);
    free(p.seen_at);
    strmap_free(p.ids);
    return res;
}

