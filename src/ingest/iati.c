/*
** iati.c — IATI activity XML → Amur records; see iati.h and docs/iati.md.
*/
#include "iati.h"

#include <errno.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/pdate.h"
#include "../core/strmap.h"
#include "iati_codes.h"

/* ---- ids ---- */

static uint64_t fnv1a(const char *s, uint64_t h)
{
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}
#define FNV_BASIS 14695981039346656037ULL

static int is_idc(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == ':' || c == '/' || c == '-';
}

static int is_uhex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

void iati_id_encode(const char *prefix, const char *raw, char out[IATI_ID_MAX + 1])
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 0, cut = 0; /* CUT: the last escape boundary at or before 111 */
    int over = 0;
    const char *parts[2] = {prefix, raw};
    for (int k = 0; k < 2; k++) {
        for (const unsigned char *s = (const unsigned char *)parts[k]; *s; s++) {
            char e[3];
            size_t len;
            int esc = 0;
            if (k == 0 || is_idc(*s)) {
                e[0] = (char)*s;
                len = 1;
            } else if (*s == '_' && !(is_uhex((char)s[1]) && s[1] && is_uhex((char)s[2]))) {
                e[0] = '_';
                len = 1;
            } else {
                esc = 1;
                len = 3;
            }
            if (esc) {
                e[0] = '_';
                e[1] = hex[*s >> 4];
                e[2] = hex[*s & 15];
            }
            if (n + len > IATI_ID_MAX) {
                over = 1;
                break;
            }
            memcpy(out + n, e, len);
            n += len;
            if (n <= 111)
                cut = n;
        }
        if (over)
            break;
    }
    if (over) {
        uint64_t h = fnv1a(raw, fnv1a(prefix, FNV_BASIS));
        snprintf(out + cut, IATI_ID_MAX + 1 - cut, "-%016llx", (unsigned long long)h);
        return;
    }
    out[n] = 0;
}

static int hexval(char c)
{
    return c <= '9' ? c - '0' : c - 'A' + 10;
}

void iati_id_decode(const char *id, char *out, size_t outsz)
{
    size_t n = 0;
    if (!outsz)
        return;
    for (const char *s = id; *s && n + 1 < outsz; s++) {
        if (s[0] == '_' && is_uhex(s[1]) && is_uhex(s[2])) {
            out[n++] = (char)(hexval(s[1]) << 4 | hexval(s[2]));
            s += 2;
        } else {
            out[n++] = *s;
        }
    }
    out[n] = 0;
}

/* ---- the mapping tables (docs/iati.md) ---- */

typedef struct pair {
    const char *a, *b;
} pair;

static const char *lookup(const pair *t, const char *key, int rev)
{
    if (!key)
        return NULL;
    for (; t->a; t++)
        if (strcmp(rev ? t->b : t->a, key) == 0)
            return rev ? t->a : t->b;
    return NULL;
}

static const pair status_stage[] = {
    {"1", "listed"},    {"2", "under-construction"}, {"3", "completed"},
    {"4", "completed"}, {"5", "cancelled"},          {"6", "suspended"}, {NULL, NULL}};
static const pair stage_status[] = {
    {"listed", "1"},    {"agreed", "1"},    {"financed", "1"},  {"under-construction", "2"},
    {"completed", "4"}, {"operational", "4"}, {"cancelled", "5"}, {"suspended", "6"},
    {NULL, NULL}};
static const pair role_word[] = {
    {"1", "financier"}, {"2", "owner"}, {"3", "supporter"}, {"4", "contractor"}, {NULL, NULL}};
static const pair transaction_words[] = {
    {"1", "incoming-funds"},     {"2", "outgoing-commitment"}, {"3", "disbursement"},
    {"4", "expenditure"},        {"5", "interest-payment"},    {"6", "loan-repayment"},
    {"7", "reimbursement"},      {"8", "purchase-of-equity"},  {"9", "sale-of-equity"},
    {"10", "credit-guarantee"},  {"11", "incoming-commitment"}, {"12", "outgoing-pledge"},
    {"13", "incoming-pledge"},   {NULL, NULL}};
static const pair budget_words[] = {{"1", "original"}, {"2", "revised"}, {NULL, NULL}};
static const pair org_kind[] = {
    {"10", "agency"}, {"11", "municipality"}, {"15", "agency"},   {"21", "other"},
    {"22", "other"},  {"23", "other"},        {"24", "other"},    {"30", "company"},
    {"40", "agency"}, {"60", "fund"},         {"70", "company"},  {"71", "company"},
    {"72", "company"}, {"73", "company"},     {"80", "other"},    {"90", "other"},
    {NULL, NULL}};
static const pair org_tier[] = {
    {"10", "federal"},  {"11", "municipal"}, {"15", "federal"},  {"21", "academic"},
    {"22", "academic"}, {"23", "academic"},  {"24", "academic"}, {"30", "academic"},
    {"40", "foreign-official"}, {"60", "academic"}, {"70", "academic"}, {"71", "academic"},
    {"72", "academic"}, {"73", "academic"},  {"80", "academic"}, {"90", "academic"},
    {NULL, NULL}};
#define TIER_UNTYPED "foreign-official"

/* Words of IATI 1.0x and of pre-standard files, lower-cased, to codes. */
static const pair legacy_status[] = {
    {"pipeline", "1"}, {"pipeline/identification", "1"}, {"identification", "1"},
    {"implementation", "2"}, {"ongoing", "2"}, {"active", "2"},
    {"completion", "3"}, {"finalisation", "3"}, {"completed", "3"},
    {"post-completion", "4"}, {"closed", "4"}, {"cancelled", "5"}, {"suspended", "6"},
    {NULL, NULL}};
static const pair legacy_date[] = {
    {"start-planned", "1"}, {"start-actual", "2"}, {"end-planned", "3"}, {"end-actual", "4"},
    {"start", "1"},         {"end", "3"},          {"completion", "3"}, {NULL, NULL}};
static const pair legacy_role[] = {
    {"funding", "1"}, {"accountable", "2"}, {"extending", "3"}, {"implementing", "4"},
    {"donor", "1"},   {NULL, NULL}};
static const pair legacy_org_type[] = {
    {"government", "10"}, {"multilateral", "40"}, {"ngo", "21"}, {"private sector", "70"},
    {NULL, NULL}};
static const pair legacy_transaction[] = {
    {"if", "1"}, {"c", "2"}, {"d", "3"}, {"e", "4"}, {"ir", "5"}, {"lr", "6"}, {"r", "7"},
    {"qp", "8"}, {"qs", "9"}, {"cg", "10"}, {"incoming funds", "1"}, {"incoming", "1"},
    {"commitment", "2"}, {"disbursement", "3"}, {"expenditure", "4"},
    {"interest repayment", "5"}, {"loan repayment", "6"}, {"reimbursement", "7"},
    {NULL, NULL}};
static const pair date_property[] = {
    {"1", "planned_start"}, {"2", "actual_start"}, {"3", "planned_completion"},
    {"4", "actual_completion"}, {NULL, NULL}};

const char *iati_stage_of_status(const char *code) { return lookup(status_stage, code, 0); }
const char *iati_status_of_stage(const char *stage) { return lookup(stage_status, stage, 0); }
const char *iati_role_of_code(const char *code) { return lookup(role_word, code, 0); }
const char *iati_code_of_role(const char *role) { return lookup(role_word, role, 1); }
const char *iati_transaction_word(const char *code) { return lookup(transaction_words, code, 0); }
const char *iati_transaction_code(const char *word) { return lookup(transaction_words, word, 1); }
const char *iati_budget_word(const char *code) { return lookup(budget_words, code, 0); }
const char *iati_budget_code(const char *word) { return lookup(budget_words, word, 1); }
const char *iati_actor_kind(const char *t)
{
    const char *k = lookup(org_kind, t, 0);
    return k ? k : "other";
}

/* ---- per-activity memory: an arena with a limit ---- */

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    max_align_t data[];
} chunk;

typedef struct arena {
    chunk *head;
    size_t total;
    int full;
} arena;

static void *arena_alloc(arena *a, size_t n)
{
    chunk *c = a->head;
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    if (a->total + n > (size_t)IATI_ACTIVITY_MAX) {
        a->full = 1;
        return NULL;
    }
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        chunk *nc = malloc(sizeof *nc + cap);
        if (!nc) {
            a->full = 1;
            return NULL;
        }
        nc->next = c;
        nc->used = 0;
        nc->cap = cap;
        a->head = c = nc;
    }
    {
        void *p = (char *)c->data + c->used;
        c->used += n;
        a->total += n;
        return p;
    }
}

/* Frees all but the first chunk: memory stays at one activity's worth. */
static void arena_reset(arena *a, int all)
{
    chunk *keep = NULL;
    while (a->head) {
        chunk *next = a->head->next;
        if (!next && !all) {
            keep = a->head;
            keep->used = 0;
        } else {
            free(a->head);
        }
        a->head = next;
    }
    a->head = keep;
    a->total = 0;
    a->full = 0;
}

static char *arena_strdup(arena *a, const char *s)
{
    size_t n;
    char *p;
    if (!s)
        return NULL;
    n = strlen(s);
    if (!(p = arena_alloc(a, n + 1)))
        return NULL;
    memcpy(p, s, n + 1);
    return p;
}

/* ---- text being read ---- */

typedef struct tbuf {
    char *s;
    size_t n, cap;
    int on, depth, cut;
} tbuf;

static void tbuf_start(tbuf *t, int depth)
{
    t->n = 0;
    t->on = 1;
    t->cut = 0;
    t->depth = depth;
    if (t->s)
        t->s[0] = 0;
}

static int tbuf_add(tbuf *t, const char *s)
{
    size_t len = strlen(s);
    if (t->n + len > IATI_TEXT_MAX) {
        len = IATI_TEXT_MAX - t->n;
        while (len && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--; /* cut on a character boundary */
        t->cut = 1;
    }
    if (t->n + len + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        char *p;
        while (cap < t->n + len + 1)
            cap *= 2;
        if (!(p = realloc(t->s, cap)))
            return -1;
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->n, s, len);
    t->n += len;
    t->s[t->n] = 0;
    return 0;
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

enum {
    K_NONE, K_ID, K_OTHER_ID, K_REPORTING, K_TITLE, K_DESC, K_STATUS, K_DATE, K_ORG,
    K_COUNTRY, K_REGION, K_LOCATION, K_BUDGET, K_TRANSACTION, K_IGNORED
};

static const struct {
    const char *name;
    int kind;
    const char *attrs[3];
} elements[] = {
    {"iati-identifier", K_ID, {NULL, NULL, NULL}},
    {"other-identifier", K_OTHER_ID, {"ref", NULL, NULL}},
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
    {"transaction", K_TRANSACTION, {"type", "flow", NULL}},
    /* the rest of the 1.0x and 2.0x activity elements: known, not mapped */
    {"activity-website", K_IGNORED, {NULL, NULL, NULL}},
    {"contact-info", K_IGNORED, {NULL, NULL, NULL}},
    {"activity-scope", K_IGNORED, {NULL, NULL, NULL}},
    {"sector", K_IGNORED, {NULL, NULL, NULL}},
    {"tag", K_IGNORED, {NULL, NULL, NULL}},
    {"country-budget-items", K_IGNORED, {NULL, NULL, NULL}},
    {"humanitarian-scope", K_IGNORED, {NULL, NULL, NULL}},
    {"policy-marker", K_IGNORED, {NULL, NULL, NULL}},
    {"collaboration-type", K_IGNORED, {NULL, NULL, NULL}},
    {"default-flow-type", K_IGNORED, {NULL, NULL, NULL}},
    {"default-finance-type", K_IGNORED, {NULL, NULL, NULL}},
    {"default-aid-type", K_IGNORED, {NULL, NULL, NULL}},
    {"default-tied-status", K_IGNORED, {NULL, NULL, NULL}},
    {"planned-disbursement", K_IGNORED, {NULL, NULL, NULL}},
    {"capital-spend", K_IGNORED, {NULL, NULL, NULL}},
    {"document-link", K_IGNORED, {NULL, NULL, NULL}},
    {"related-activity", K_IGNORED, {NULL, NULL, NULL}},
    {"legacy-data", K_IGNORED, {NULL, NULL, NULL}},
    {"conditions", K_IGNORED, {NULL, NULL, NULL}},
    {"result", K_IGNORED, {NULL, NULL, NULL}},
    {"crs-add", K_IGNORED, {NULL, NULL, NULL}},
    {"fss", K_IGNORED, {NULL, NULL, NULL}},
};

typedef struct narr {
    const char *lang, *text;
    struct narr *next;
} narr;

typedef struct item {
    int kind;
    long line;
    const char *a[3];
    const char *text; /* the element's own text (1.0x style) */
    narr *nar, **tail;
    /* budget and transaction parts; location parts */
    const char *start, *end, *value, *currency, *value_date, *ttype, *tdate;
    const char *pos, *lat, *lon;
    struct item *next;
} item;

typedef struct list {
    item *head, **tail;
} list;

#define COLMEMO 64

typedef struct colmemo {
    const concept *c;
    const char *name;
    int col;
} colmemo;

typedef struct parser {
    const char *path, *today;
    xmlTextReaderPtr r;
    const iati_handler *h;
    iati_stats *st;
    amur_err *err;
    char gen_date[PDATE_BUF];
    char base[256];
    int fatal;
    /* the first parser error, for file:line:column */
    char xerr[512];
    long xline, xcol;
    int xfile;
    /* the activity */
    arena A;
    int in_act, act_depth, act_bad;
    long act_line;
    const char *updated, *currency;
    list l[K_IGNORED];
    item *cur;
    int cur_depth, skip_depth;
    int loc_name_depth; /* depth of location/name while in it, else -1 */
    item loc_name;      /* narratives of location/name */
    tbuf own, leaf;     /* the holder's own text; a narrative, value or pos */
    const char *leaf_lang;
    int leaf_kind;      /* 1 narrative, 2 value, 3 pos */
    long no_id;         /* activities without an iati-identifier */
    /* rows being built */
    iati_row *rows;
    size_t nrows, caprows;
    strmap *ids;
    char idbuf[IATI_ID_MAX + 1];
    colmemo cols[COLMEMO];
} parser;

/* ---- problems ---- */

static void problem(parser *p, long line, const char *act, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void problem(parser *p, long line, const char *act, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    p->st->problems++;
    if (p->st->problems > IATI_PROBLEMS_MAX || !p->h->problem)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    p->h->problem(p->h->ctx, line, act, msg);
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
        problem(p, line_now(p), NULL, "text longer than %d bytes cut", IATI_TEXT_MAX);
    if (!t->s)
        return NULL;
    s = arena_strdup(&p->A, squeeze(t->s));
    return s && *s ? s : NULL;
}

static void add_narr(parser *p, item *it, const char *lang, const char *text)
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
static const char *date_of(const char *s, char out[PDATE_BUF])
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
    arena_reset(&p->A, 0);
    p->in_act = 1;
    p->act_depth = depth;
    p->act_bad = 0;
    p->act_line = line_now(p);
    p->cur = NULL;
    p->skip_depth = -1;
    p->loc_name_depth = -1;
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
                    problem(p, line_now(p), NULL,
                            "version '%s' is not in the IATI Version codelist; read as 1.0x",
                            p->st->version);
            }
            if (g && date_of((const char *)g, d))
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
        if (k == K_IGNORED) {
            p->skip_depth = depth;
            return;
        }
        if (!(it = arena_alloc(&p->A, sizeof *it))) {
            p->act_bad = 1;
            p->skip_depth = depth;
            return;
        }
        memset(it, 0, sizeof *it);
        it->kind = k;
        it->line = line_now(p);
        it->tail = &it->nar;
        for (int i = 0; i < 3; i++)
            if (elements[idx].attrs[i])
                it->a[i] = attr(p, elements[idx].attrs[i]);
        p->cur = it;
        p->cur_depth = depth;
        tbuf_start(&p->own, depth);
        p->leaf_lang = lang_now(p);
        return;
    }
    if (!p->cur)
        return;
    /* inside a mapped element */
    if (strcmp(name, "narrative") == 0 &&
        (depth == p->cur_depth + 1 || depth == p->loc_name_depth + 1)) {
        p->leaf_kind = 1;
        p->leaf_lang = lang_now(p);
        tbuf_start(&p->leaf, depth);
    } else if (p->cur->kind == K_LOCATION && depth == p->cur_depth + 1 &&
               strcmp(name, "name") == 0) {
        memset(&p->loc_name, 0, sizeof p->loc_name);
        p->loc_name.tail = &p->loc_name.nar;
        p->loc_name_depth = depth;
        tbuf_start(&p->own, depth);
        p->leaf_lang = lang_now(p);
    } else if (p->cur->kind == K_LOCATION && strcmp(name, "pos") == 0) {
        p->leaf_kind = 3;
        tbuf_start(&p->leaf, depth);
    } else if (p->cur->kind == K_LOCATION && strcmp(name, "coordinates") == 0) {
        p->cur->lat = attr(p, "latitude");
        p->cur->lon = attr(p, "longitude");
    } else if (depth == p->cur_depth + 1 && strcmp(name, "value") == 0) {
        p->cur->currency = attr(p, "currency");
        p->cur->value_date = attr(p, "value-date");
        p->leaf_kind = 2;
        tbuf_start(&p->leaf, depth);
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
        p->act_bad = 1;
}

static void finish_activity(parser *p);

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
        finish_activity(p);
        p->in_act = 0;
        return;
    }
    if (!p->cur)
        return;
    if (p->leaf.on && depth == p->leaf.depth) {
        char *s = keep_text(p, &p->leaf);
        if (p->leaf_kind == 1)
            add_narr(p, p->loc_name_depth >= 0 ? &p->loc_name : p->cur, p->leaf_lang, s);
        else if (p->leaf_kind == 2)
            p->cur->value = s;
        else if (p->leaf_kind == 3)
            p->cur->pos = s;
        return;
    }
    if (depth == p->loc_name_depth && strcmp(name, "name") == 0) {
        char *s = keep_text(p, &p->own);
        if (!p->loc_name.nar && s)
            add_narr(p, &p->loc_name, lang_now(p), s);
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
                it->kind != K_STATUS && it->kind != K_DATE && it->kind != K_BUDGET &&
                it->kind != K_TRANSACTION)
                add_narr(p, it, p->leaf_lang, s);
        } else {
            p->own.on = 0;
        }
        *p->l[it->kind].tail = it;
        p->l[it->kind].tail = &it->next;
        p->cur = NULL;
    }
}

/* ---- records from the activity ---- */

static char **new_row(parser *p, const concept *c)
{
    char **f;
    if (p->nrows >= IATI_ROWS_MAX) {
        p->act_bad = 1;
        return NULL;
    }
    if (p->nrows == p->caprows) {
        size_t cap = p->caprows ? p->caprows * 2 : 64;
        iati_row *r = realloc(p->rows, cap * sizeof *r);
        if (!r) {
            p->act_bad = 1;
            return NULL;
        }
        p->rows = r;
        p->caprows = cap;
    }
    if (!(f = arena_alloc(&p->A, c->ncols * sizeof *f))) {
        p->act_bad = 1;
        return NULL;
    }
    memset(f, 0, c->ncols * sizeof *f);
    p->rows[p->nrows].c = c;
    p->rows[p->nrows].f = f;
    p->nrows++;
    return f;
}

/* schema_col(C, COL) for set(), whose COL is always a string literal: one
** address names one column, so each (concept, address) is looked up by
** name once per file rather than for every row of every activity. */
static int col_of(parser *p, const concept *c, const char *col)
{
    colmemo *m = &p->cols[((uintptr_t)col >> 2 ^ (uintptr_t)c->id * 7) % COLMEMO];
    if (m->c != c || m->name != col) {
        m->c = c;
        m->name = col;
        m->col = schema_col(c, col);
    }
    return m->col;
}

static void set(parser *p, const concept *c, char **f, const char *col, const char *v)
{
    int i = col_of(p, c, col);
    if (i >= 0)
        f[i] = v ? arena_strdup(&p->A, v) : NULL;
}

/* Checks the last row made against the schema; drops it (and says why)
** when a cell does not fit. Returns 1 when it was kept. */
static int check_last(parser *p, const char *act, long line)
{
    iati_row *r = &p->rows[p->nrows - 1];
    const concept *c = r->c;
    for (size_t i = 0; i < c->ncols; i++) {
        const char *v = r->f[i], *msg = NULL;
        if (!v) {
            if (c->cols[i].required)
                msg = "required field is empty";
        } else {
            msg = schema_check_cell(&c->cols[i], v);
        }
        if (msg) {
            problem(p, line, act, "%s %s: '%s': %s; left out", c->one, c->cols[i].name,
                    v ? v : "", msg);
            p->nrows--;
            return 0;
        }
    }
    if (c->id == C_CLAIM) {
        const char *prop = r->f[2], *value = r->f[3], *date = r->f[6];
        const char *msg = schema_check_value(prop, value);
        pdate dv, dd;
        if (!msg && schema_property_kind(prop) == PROP_ACTUAL && !pdate_parse(value, &dv) &&
            !pdate_parse(date, &dd) && pdate_relation(dv, dd) > 0)
            msg = "later than the date of the claim that reports it";
        if (msg) {
            problem(p, line, act, "%s '%s': %s; left out", prop, value, msg);
            p->nrows--;
            return 0;
        }
    }
    return 1;
}

/* A row that another row of this activity already made (same id) is not
** made twice. Returns 1 when ID is new. */
static int first_time(parser *p, const char *id)
{
    char *k = arena_strdup(&p->A, id);
    return k && strmap_add(p->ids, k, 0, NULL) == 1;
}

static const char *name_of(const item *it, const char *lang)
{
    for (const narr *n = it ? it->nar : NULL; n; n = n->next)
        if (n->lang && strcmp(n->lang, lang) == 0)
            return n->text;
    return NULL;
}

static const char *first_name(const item *it)
{
    return it && it->nar ? it->nar->text : NULL;
}

/* Fills name_en, name_ru, name_zh of F from IT's narratives. */
static void set_names(parser *p, const concept *c, char **f, const item *it, const char *fallback)
{
    const char *en = name_of(it, "en");
    set(p, c, f, "name_en", en ? en : first_name(it) ? first_name(it) : fallback);
    set(p, c, f, "name_ru", name_of(it, "ru"));
    set(p, c, f, "name_zh", name_of(it, "zh"));
}

static const char *lower_word(parser *p, const char *s)
{
    char *w = arena_strdup(&p->A, s);
    if (w)
        for (char *c = w; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
    return w;
}

/* The code V in codelist LIST, else a legacy word for one, else NULL
** (reported with WHAT). */
static const char *code_in(parser *p, int list, const char *v, const pair *legacy,
                           const char *what, const char *act, long line)
{
    const iati_code *c;
    const char *w;
    if (!v) {
        problem(p, line, act, "%s without a code; left out", what);
        return NULL;
    }
    if ((c = iati_code_find(list, v)))
        return c->code;
    if (legacy && (w = lookup(legacy, lower_word(p, v), 0)))
        return w;
    problem(p, line, act, "%s '%s' is not in the IATI %s codelist; left out", what, v,
            iati_codelists[list].name);
    return NULL;
}

static void add_claim(parser *p, const char *act, long line, const char *subject,
                      const char *source, const char *date, const char *prop,
                      const char *value, const char *unit, const char *scope,
                      const char *refers_to, const char *locator, const char *note)
{
    const concept *c = &schema_concepts[C_CLAIM];
    static const char hex[] = "0123456789abcdef";
    char id[32] = "iati:";
    char **f;
    uint64_t h = FNV_BASIS;
    const char *parts[7] = {source, subject, prop, value, unit, scope, refers_to};
    for (int i = 0; i < 7; i++) {
        h = fnv1a(parts[i] ? parts[i] : "", h);
        h = fnv1a("\x1f", h);
    }
    /* "iati:" and 16 lower-case hex digits, without printf's cost per claim */
    for (int i = 0; i < 16; i++)
        id[5 + i] = hex[(h >> (60 - 4 * i)) & 15];
    id[21] = 0;
    if (!first_time(p, id) || !(f = new_row(p, c)))
        return;
    set(p, c, f, "id", id);
    set(p, c, f, "subject", subject);
    set(p, c, f, "property", prop);
    set(p, c, f, "value", value);
    set(p, c, f, "unit", unit);
    set(p, c, f, "scope", scope);
    set(p, c, f, "date", date);
    set(p, c, f, "refers_to", refers_to && strcmp(refers_to, date) ? refers_to : NULL);
    set(p, c, f, "source", source);
    set(p, c, f, "locator", locator);
    set(p, c, f, "note", note);
    check_last(p, act, line);
}

/* A number as the dataset writes them, from an IATI value, or NULL. */
static const char *number_of(const char *v)
{
    return v && schema_is_number(v) ? v : NULL;
}

/* Appends "LABEL@LANG: TEXT" lines for narratives to the note NOTE. */
static void note_lines(parser *p, char **note, size_t *len, const char *label, const item *it,
                       const narr *skip_en)
{
    for (const narr *n = it->nar; n; n = n->next) {
        size_t need;
        char *s;
        if (n == skip_en)
            continue;
        need = *len + strlen(label) + (n->lang ? strlen(n->lang) + 1 : 0) + strlen(n->text) + 4;
        if (need > 4 * IATI_TEXT_MAX)
            continue;
        if (!(s = arena_alloc(&p->A, need + 1)))
            return;
        snprintf(s, need + 1, "%s%s%s%s%s: %s", *note ? *note : "", *note ? "\n" : "", label,
                 n->lang ? "@" : "", n->lang ? n->lang : "", n->text);
        *note = s;
        *len = strlen(s);
    }
}

static const char *source_tier(const char *type)
{
    const char *t = lookup(org_tier, type, 0);
    return t ? t : TIER_UNTYPED;
}

static void finish_activity(parser *p)
{
    const concept *cs = &schema_concepts[C_SOURCE], *cp = &schema_concepts[C_PLACE],
                  *ca = &schema_concepts[C_ACTOR], *cj = &schema_concepts[C_PROJECT],
                  *ck = &schema_concepts[C_STAKE];
    item *rep = p->l[K_REPORTING].head, *idi = p->l[K_ID].head;
    const char *raw = idi ? idi->text : NULL, *act, *source, *date, *side = NULL;
    const char *place = NULL;
    char id[IATI_ID_MAX + 1], buf[IATI_ID_MAX + 1], d[PDATE_BUF];
    char **f, *note = NULL;
    size_t notelen = 0;
    long line = p->act_line;
    int ncountries = 0;

    p->nrows = 0;
    strmap_free(p->ids);
    if (!(p->ids = strmap_new()))
        p->act_bad = 1;
    /* the identifier, or the documented fallback */
    if (!raw && p->l[K_OTHER_ID].head && !p->l[K_OTHER_ID].head->text)
        p->l[K_OTHER_ID].head->text = p->l[K_OTHER_ID].head->a[0];
    if (!raw && p->l[K_OTHER_ID].head && p->l[K_OTHER_ID].head->text) {
        const char *org = rep ? (rep->a[0] ? rep->a[0] : first_name(rep)) : NULL;
        const char *other = p->l[K_OTHER_ID].head->text;
        size_t n = (org ? strlen(org) + 1 : 0) + strlen(other) + 1;
        char *s = arena_alloc(&p->A, n);
        if (s) {
            snprintf(s, n, "%s%s%s", org ? org : "", org ? "-" : "", other);
            raw = s;
            p->no_id++;
        }
    }
    if (!raw) {
        problem(p, line, NULL, "activity without an iati-identifier (nor an other-identifier); "
                               "left out");
        p->st->skipped++;
        return;
    }
    act = raw;
    if (p->act_bad) {
        problem(p, line, act, "activity larger than the limits (%ld MiB of text, %d records); "
                              "left out", IATI_ACTIVITY_MAX >> 20, IATI_ROWS_MAX);
        p->st->skipped++;
        return;
    }
    iati_id_encode("", raw, id);
    /* the claim date */
    date = date_of(p->updated, d);
    if (!date && p->gen_date[0])
        date = p->gen_date;
    if (!date) {
        date = p->today;
        snprintf(p->st->claim_date, sizeof p->st->claim_date, "%s", p->today);
    }
    date = arena_strdup(&p->A, date);

    /* the source: the reporting-org */
    {
        const char *ref = rep ? rep->a[0] : NULL, *name = first_name(rep), *type = NULL;
        const iati_code *tc = NULL;
        char title[512], notebuf[256];
        if (rep && rep->a[1]) {
            type = code_in(p, IATI_CL_ORGANISATION_TYPE, rep->a[1], legacy_org_type,
                           "reporting-org type", act, rep->line);
            tc = iati_code_find(IATI_CL_ORGANISATION_TYPE, type);
        }
        if (ref)
            iati_id_encode("iati:", ref, buf);
        else if (name)
            iati_id_encode("iati-name:", name, buf);
        else
            iati_id_encode("iati-file:", p->base, buf);
        source = arena_strdup(&p->A, buf);
        if (first_time(p, buf) && (f = new_row(p, cs))) {
            if (name)
                snprintf(title, sizeof title, "IATI activities reported by %.400s", name);
            else if (ref)
                snprintf(title, sizeof title, "IATI activities reported by %.400s", ref);
            else
                snprintf(title, sizeof title, "IATI activity file %.400s", p->base);
            if (tc)
                snprintf(notebuf, sizeof notebuf, "IATI reporting-org type %s (%s)", tc->code,
                         tc->name);
            else
                snprintf(notebuf, sizeof notebuf, "IATI reporting-org");
            set(p, cs, f, "id", buf);
            set(p, cs, f, "title", title);
            set(p, cs, f, "publisher", name ? name : ref);
            set(p, cs, f, "tier", source_tier(type));
            set(p, cs, f, "ref", ref);
            set(p, cs, f, "note", notebuf);
            if (!check_last(p, act, rep ? rep->line : line)) {
                p->st->skipped++;
                return;
            }
        }
    }

    /* places */
    for (item *it = p->l[K_COUNTRY].head; it; it = it->next)
        ncountries++;
    for (item *it = p->l[K_COUNTRY].head; it; it = it->next) {
        const char *code = code_in(p, IATI_CL_COUNTRY, it->a[0], NULL, "recipient-country",
                                   act, it->line);
        const iati_code *cc = iati_code_find(IATI_CL_COUNTRY, code);
        const char *pid;
        if (!code)
            continue;
        pid = lower_word(p, code);
        if (first_time(p, pid) && (f = new_row(p, cp))) {
            set(p, cp, f, "id", pid);
            set(p, cp, f, "kind", "country");
            set_names(p, cp, f, it, cc->name[0] ? cc->name : code);
            set(p, cp, f, "source", source);
            if (!check_last(p, act, it->line))
                continue;
        }
        if (ncountries == 1)
            side = pid;
        if (!place)
            place = pid;
        if (number_of(it->a[1])) {
            char scope[64];
            snprintf(scope, sizeof scope, "recipient_country=%s", code);
            add_claim(p, act, it->line, id, source, date, "share", it->a[1], "percent", scope,
                      NULL, "recipient-country", NULL);
        }
    }
    for (item *it = p->l[K_REGION].head; it; it = it->next) {
        const char *vocab = it->a[1], *code = it->a[0];
        const iati_code *rc = NULL;
        char scope[160];
        if (!vocab || strcmp(vocab, "1") == 0) {
            code = code_in(p, IATI_CL_REGION, code, NULL, "recipient-region", act, it->line);
            rc = iati_code_find(IATI_CL_REGION, code);
            if (!code)
                continue;
            iati_id_encode("iati-region:", code, buf);
        } else if (code) {
            size_t n = strlen(vocab) + strlen(code) + 2;
            char *vc = arena_alloc(&p->A, n);
            if (!vc)
                continue;
            snprintf(vc, n, "%s:%s", vocab, code);
            iati_id_encode("iati-region:", vc, buf);
        } else {
            problem(p, it->line, act, "recipient-region without a code; left out");
            continue;
        }
        if (first_time(p, buf) && (f = new_row(p, cp))) {
            set(p, cp, f, "id", buf);
            set(p, cp, f, "kind", "group");
            set_names(p, cp, f, it, rc && rc->name[0] ? rc->name : code);
            set(p, cp, f, "source", source);
            if (!check_last(p, act, it->line))
                continue;
        }
        if (!place)
            place = arena_strdup(&p->A, buf);
        if (number_of(it->a[2]) && strlen(buf) < 80) {
            snprintf(scope, sizeof scope, "recipient_region=%s", buf + 12);
            add_claim(p, act, it->line, id, source, date, "share", it->a[2], "percent", scope,
                      NULL, "recipient-region", NULL);
        }
    }
    {
        const char *first_loc = NULL;
        for (item *it = p->l[K_LOCATION].head; it; it = it->next) {
            const char *lat = it->lat, *lon = it->lon, *name = first_name(it);
            char key[IATI_ID_MAX + 1], latb[32] = "", lonb[32] = "";
            size_t n;
            char *pid;
            if (it->pos && sscanf(it->pos, "%31s %31s", latb, lonb) == 2) {
                lat = latb;
                lon = lonb;
            }
            if (it->a[0]) {
                iati_id_encode("", it->a[0], key);
            } else {
                uint64_t h = fnv1a(name ? name : "", FNV_BASIS);
                h = fnv1a(lat ? lat : "", fnv1a("|", h));
                h = fnv1a(lon ? lon : "", fnv1a("|", h));
                snprintf(key, sizeof key, "%016llx", (unsigned long long)h);
            }
            n = strlen(id) + strlen(key) + 16;
            if (!(pid = arena_alloc(&p->A, n)))
                continue;
            snprintf(pid, n, "%s/location/%s", id, key);
            if (strlen(pid) > IATI_ID_MAX) {
                iati_id_encode("", pid, buf); /* long: cut and hashed */
                pid = arena_strdup(&p->A, buf);
            }
            if (!pid || !first_time(p, pid) || !(f = new_row(p, cp)))
                continue;
            set(p, cp, f, "id", pid);
            set(p, cp, f, "kind", "other");
            set_names(p, cp, f, it, it->a[0] ? it->a[0] : "location");
            set(p, cp, f, "country", side);
            if (lat && lon && number_of(lat) && number_of(lon)) {
                set(p, cp, f, "lat", lat);
                set(p, cp, f, "lon", lon);
            } else if (lat || lon) {
                problem(p, it->line, act, "location coordinates '%s %s' are not numbers; "
                                          "left out", lat ? lat : "", lon ? lon : "");
            }
            set(p, cp, f, "source", source);
            if (check_last(p, act, it->line) && !first_loc)
                first_loc = pid;
        }
        if (first_loc)
            place = first_loc;
    }

    /* actors and, after the project, their stakes */
    {
        for (item *it = p->l[K_ORG].head; it; it = it->next) {
            const char *type = NULL, *name = first_name(it);
            const iati_code *tc = NULL;
            char anote[160];
            if (!it->a[0] || (!iati_code_find(IATI_CL_ORGANISATION_ROLE, it->a[0]) &&
                              !lookup(legacy_role, lower_word(p, it->a[0]), 0)))
                continue; /* no stake can be made: reported with the stakes */
            if (it->a[2]) {
                type = code_in(p, IATI_CL_ORGANISATION_TYPE, it->a[2], legacy_org_type,
                               "participating-org type", act, it->line);
                tc = iati_code_find(IATI_CL_ORGANISATION_TYPE, type);
            }
            if (it->a[1])
                iati_id_encode("org:", it->a[1], buf);
            else if (name)
                iati_id_encode("org-name:", name, buf);
            else {
                problem(p, it->line, act, "participating-org with neither ref nor name; "
                                          "left out");
                continue;
            }
            if (!first_time(p, buf) || !(f = new_row(p, ca)))
                continue;
            set(p, ca, f, "id", buf);
            set(p, ca, f, "kind", iati_actor_kind(type));
            set_names(p, ca, f, it, it->a[1]);
            set(p, ca, f, "source", source);
            if (tc) {
                snprintf(anote, sizeof anote, "IATI organisation type %s (%s)", tc->code,
                         tc->name);
                set(p, ca, f, "note", anote);
            }
            check_last(p, act, it->line);
        }
    }

    /* the project */
    if (!(f = new_row(p, cj))) {
        p->st->skipped++;
        return;
    }
    set(p, cj, f, "id", id);
    set(p, cj, f, "kind", "other");
    {
        item *title = p->l[K_TITLE].head;
        /* 1.0x files may give one title element per language */
        for (item *t = title ? title->next : NULL; t; t = t->next)
            for (narr *n = t->nar; n; n = n->next)
                add_narr(p, title, n->lang, n->text);
        if (title) {
            const narr *en = NULL, *ru = NULL, *zh = NULL;
            /* a narrative in no language stands for English when there is
            ** no English one */
            for (const narr *n = title->nar; n; n = n->next)
                if (!en && n->lang && strcmp(n->lang, "en") == 0)
                    en = n;
            for (const narr *n = title->nar; n && !en; n = n->next)
                if (!n->lang)
                    en = n;
            for (const narr *n = title->nar; n; n = n->next) {
                if (!ru && n->lang && strcmp(n->lang, "ru") == 0)
                    ru = n;
                else if (!zh && n->lang && strcmp(n->lang, "zh") == 0)
                    zh = n;
            }
            set(p, cj, f, "name_en", en ? en->text : title->nar ? title->nar->text : raw);
            set(p, cj, f, "name_ru", ru ? ru->text : NULL);
            set(p, cj, f, "name_zh", zh ? zh->text : NULL);
            for (const narr *n = title->nar; n; n = n->next) {
                item one = {0};
                narr copy = *n;
                if (n == en || n == ru || n == zh)
                    continue;
                copy.next = NULL;
                one.nar = &copy;
                note_lines(p, &note, &notelen, "title", &one, NULL);
            }
        } else {
            set(p, cj, f, "name_en", raw);
        }
        for (item *ds = p->l[K_DESC].head; ds; ds = ds->next) {
            char label[64];
            const char *t = ds->a[0];
            if (t && strcmp(t, "1") != 0 && strlen(t) < 32 && !strpbrk(t, "@:\n"))
                snprintf(label, sizeof label, "description/%s", t);
            else
                snprintf(label, sizeof label, "description");
            note_lines(p, &note, &notelen, label, ds, NULL);
        }
    }
    set(p, cj, f, "place", place);
    set(p, cj, f, "side", side);
    set(p, cj, f, "source", source);
    set(p, cj, f, "note", note);
    if (!check_last(p, act, line)) {
        p->st->skipped++;
        return;
    }

    /* stakes */
    for (item *it = p->l[K_ORG].head; it; it = it->next) {
        const char *role = NULL, *name = first_name(it), *rc;
        char aid[IATI_ID_MAX + 1], *sid;
        size_t n;
        if (!it->a[1] && !name)
            continue;
        rc = code_in(p, IATI_CL_ORGANISATION_ROLE, it->a[0], legacy_role,
                     "participating-org role", act, it->line);
        if (!rc || !(role = iati_role_of_code(rc)))
            continue;
        if (it->a[1])
            iati_id_encode("org:", it->a[1], aid);
        else
            iati_id_encode("org-name:", name, aid);
        n = strlen(id) + strlen(role) + strlen(aid) + 16;
        if (!(sid = arena_alloc(&p->A, n)))
            continue;
        snprintf(sid, n, "%s/%s/%s", id, role, aid);
        if (strlen(sid) > IATI_ID_MAX) {
            iati_id_encode("", sid, buf);
            sid = arena_strdup(&p->A, buf);
        }
        if (!sid || !first_time(p, sid) || !(f = new_row(p, ck)))
            continue;
        set(p, ck, f, "id", sid);
        set(p, ck, f, "project", id);
        set(p, ck, f, "actor", aid);
        set(p, ck, f, "role", role);
        set(p, ck, f, "source", source);
        check_last(p, act, it->line);
    }

    /* claims: stage, dates, money */
    for (item *it = p->l[K_STATUS].head; it; it = it->next) {
        const char *v = it->a[0] ? it->a[0] : it->a[1] ? it->a[1] : it->text;
        const char *code = code_in(p, IATI_CL_ACTIVITY_STATUS, v, legacy_status,
                                   "activity-status", act, it->line);
        const iati_code *sc = iati_code_find(IATI_CL_ACTIVITY_STATUS, code);
        char snote[128];
        if (!code || !sc)
            continue;
        snprintf(snote, sizeof snote, "IATI activity-status %s (%s)", sc->code, sc->name);
        add_claim(p, act, it->line, id, source, date, "stage", iati_stage_of_status(code),
                  NULL, NULL, NULL, "activity-status", snote);
    }
    for (item *it = p->l[K_DATE].head; it; it = it->next) {
        const char *code = code_in(p, IATI_CL_ACTIVITY_DATE_TYPE, it->a[0], legacy_date,
                                   "activity-date type", act, it->line);
        const char *when = it->a[1] ? it->a[1] : it->a[2] ? it->a[2] : it->text;
        char dv[PDATE_BUF];
        if (!code)
            continue;
        if (!date_of(when, dv)) {
            problem(p, it->line, act, "activity-date '%s' is not a date; left out",
                    when ? when : "");
            continue;
        }
        add_claim(p, act, it->line, id, source, date, lookup(date_property, code, 0), dv, NULL,
                  NULL, NULL, "activity-date", NULL);
    }
    for (item *it = p->l[K_BUDGET].head; it; it = it->next) {
        const char *type = it->a[0] ? code_in(p, IATI_CL_BUDGET_TYPE, it->a[0], NULL,
                                              "budget type", act, it->line)
                                    : "1";
        const char *cur = it->currency ? it->currency : p->currency;
        char ds[PDATE_BUF], de[PDATE_BUF], span[2 * PDATE_BUF + 1], scope[48];
        const char *s = date_of(it->start, ds), *e = date_of(it->end, de);
        if (!type)
            continue;
        if (!number_of(it->value)) {
            problem(p, it->line, act, "budget value '%s' is not a number; left out",
                    it->value ? it->value : "");
            continue;
        }
        if (cur && !iati_code_find(IATI_CL_CURRENCY, cur)) {
            problem(p, it->line, act, "currency '%s' is not in the IATI Currency codelist; "
                                      "the amount is kept without a unit", cur);
            cur = NULL;
        }
        if (s && e && strcmp(s, e) != 0)
            snprintf(span, sizeof span, "%s/%s", s, e);
        else
            snprintf(span, sizeof span, "%s", s ? s : e ? e : "");
        {
            period pp;
            if (span[0] && period_parse(span, &pp))
                snprintf(span, sizeof span, "%s", s ? s : e);
        }
        snprintf(scope, sizeof scope, "budget=%s", iati_budget_word(type));
        add_claim(p, act, it->line, id, source, date, "cost", it->value, cur, scope,
                  span[0] ? span : NULL, "budget", NULL);
    }
    for (item *it = p->l[K_TRANSACTION].head; it; it = it->next) {
        const char *code = NULL, *cur = it->currency ? it->currency : p->currency;
        char dt[PDATE_BUF], scope[48];
        const char *when = date_of(it->tdate, dt);
        if (it->ttype)
            code = code_in(p, IATI_CL_TRANSACTION_TYPE, it->ttype, legacy_transaction,
                           "transaction-type", act, it->line);
        else if (it->a[0] || it->a[1])
            code = code_in(p, IATI_CL_TRANSACTION_TYPE, it->a[0] ? it->a[0] : it->a[1],
                           legacy_transaction, "transaction type", act, it->line);
        else
            problem(p, it->line, act, "transaction without a transaction-type; left out");
        if (!code)
            continue;
        if (!when)
            when = date_of(it->value_date, dt);
        if (!number_of(it->value)) {
            problem(p, it->line, act, "transaction value '%s' is not a number; left out",
                    it->value ? it->value : "");
            continue;
        }
        if (cur && !iati_code_find(IATI_CL_CURRENCY, cur)) {
            problem(p, it->line, act, "currency '%s' is not in the IATI Currency codelist; "
                                      "the amount is kept without a unit", cur);
            cur = NULL;
        }
        snprintf(scope, sizeof scope, "transaction=%s", iati_transaction_word(code));
        add_claim(p, act, it->line, id, source, date, "cost", it->value, cur, scope, when,
                  "transaction", NULL);
    }
    if (p->act_bad) {
        problem(p, line, act, "activity larger than the limits; left out");
        p->st->skipped++;
        return;
    }
    {
        iati_activity a = {raw, id, line, p->rows, p->nrows,
                           (unsigned long long)xmlTextReaderByteConsumed(p->r)};
        int rc = p->h->activity ? p->h->activity(p->h->ctx, &a) : 0;
        if (rc > 0) {
            p->fatal = rc;
            return;
        }
        if (rc < 0)
            p->st->skipped++;
        else
            p->st->imported++;
    }
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

    memset(st, 0, sizeof *st);
    memset(&p, 0, sizeof p);
    p.path = path;
    p.today = today;
    p.h = h;
    p.st = st;
    p.err = err;
    snprintf(p.base, sizeof p.base, "%s", slash ? slash + 1 : path);
    if (!(probe = fopen(path, "rb")))
        return err_set(err, AMUR_EDATA, "%s: cannot open: %s", path, strerror(errno));
    fclose(probe);
    xmlSetExternalEntityLoader(no_entities);
    /* no XML_PARSE_NOENT (entities are not substituted), no DTDLOAD or
    ** DTDATTR (no DTD is read), NONET, and no HUGE (libxml2's limits on
    ** node sizes, depth and entity amplification stay on) */
    p.r = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                           XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
    if (!p.r) {
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
        case XML_READER_TYPE_ENTITY_REFERENCE:
            res = err_set(err, AMUR_EDATA,
                          "%s:%ld: entity reference &%s; refused: IATI files need no DTD "
                          "entities, and amur never expands or loads them",
                          path, line_now(&p),
                          (const char *)xmlTextReaderConstName(p.r));
            p.fatal = AMUR_EDATA;
            break;
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
        problem(&p, 0, NULL,
                "%ld activit%s without an iati-identifier: ids made from the reporting-org "
                "and the other-identifier",
                p.no_id, p.no_id == 1 ? "y" : "ies");
    xmlFreeTextReader(p.r);
    xmlSetExternalEntityLoader(old);
    arena_reset(&p.A, 1);
    free(p.own.s);
    free(p.leaf.s);
    free(p.rows);
    strmap_free(p.ids);
    return res;
}
