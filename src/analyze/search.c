/*
** search.c — see search.h. The index is every searchable field folded
** once into one arena; a query folds its terms the same way and scans the
** arena with memmem(), which runs at memory speed. The folded text does
** not keep its offsets into the original: the few hits that are shown
** fold their field again to find where the match stands in it.
*/
#define _GNU_SOURCE /* memmem */
#include "search.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "../core/schema.h"
#include "../core/text.h"
#include "../core/sort.h"

const char *const search_kinds[SK_COUNT] = {"project", "instrument", "place",
                                            "actor",   "source",     "claim"};
const char *const search_ranks[3] = {"exact", "name", "text"};

enum { F_NAME_EN, F_NAME_RU, F_NAME_ZH, F_TITLE, F_QUOTE, F_NOTE, F_VALUE };
static const char *const field_names[] = {"name_en", "name_ru", "name_zh", "title",
                                          "quote",   "note",    "value"};

typedef struct entry {
    unsigned char kind, field;
    size_t index;
    const char *text; /* the original */
    size_t off, len;  /* its folded form in the arena */
} entry;

struct search_index {
    const evidence *e;
    entry *ents;
    size_t n, cap;
    char *arena;
    size_t alen, acap;
};

int search_kind_parse(const char *name)
{
    size_t n = strlen(name);
    for (int k = 0; k < SK_COUNT; k++) {
        size_t kl = strlen(search_kinds[k]);
        if (strcmp(name, search_kinds[k]) == 0 ||
            (n == kl + 1 && strncmp(name, search_kinds[k], kl) == 0 && name[kl] == 's'))
            return k;
    }
    return -1;
}

/* ---- folding ---- */

#define FOLD_MAX 256 /* bytes one code point can fold to (NFKD: at most 18) */

/* The folded form of code point C into OUT; returns its length. */
static size_t fold_cp(UChar32 c, char *out)
{
    UChar src[2], folded[8], norm[64];
    int32_t ns = 0, nf, nn, i = 0;
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *nfkd;
    size_t len = 0;

    if (c < 0x80) {
        out[0] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : (c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
        return 1;
    }
    if (u_isUWhiteSpace(c)) {
        out[0] = ' ';
        return 1;
    }
    if (u_charType(c) == U_DASH_PUNCTUATION) {
        out[0] = '-';
        return 1;
    }
    U16_APPEND_UNSAFE(src, ns, c);
    nf = u_strFoldCase(folded, 8, src, ns, U_FOLD_CASE_DEFAULT, &st);
    nfkd = unorm2_getNFKDInstance(&st);
    if (U_FAILURE(st))
        goto asis;
    nn = unorm2_normalize(nfkd, folded, nf, norm, 64, &st);
    if (U_FAILURE(st))
        goto asis;
    while (i < nn) {
        UChar32 d;
        int8_t t;
        U16_NEXT(norm, i, nn, d);
        t = (int8_t)u_charType(d);
        if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK)
            continue;
        d = u_foldCase(d, U_FOLD_CASE_DEFAULT); /* NFKD can bring back capitals */
        {
            UBool err = 0;
            int32_t o = (int32_t)len;
            U8_APPEND(out, o, FOLD_MAX, d, err);
            if (err)
                break;
            len = (size_t)o;
        }
    }
    return len;
asis: {
    int32_t o = 0;
    UBool err = 0;
    U8_APPEND(out, o, FOLD_MAX, c, err);
    return err ? 0 : (size_t)o;
}
}

/* Walks S[0..N) code point by code point, calling EMIT with each one's
** folded bytes (whitespace runs collapsed to one space, none leading) and
** its byte offsets in S. EMIT returns non-zero to stop the walk. */
typedef int (*fold_emit)(void *ctx, const char *b, size_t n, size_t from, size_t to);

static void fold_walk(const char *s, size_t n, fold_emit emit, void *ctx)
{
    int32_t i = 0, len = (int32_t)n;
    int space = 1; /* the last byte out was a space (or nothing was) */
    char buf[FOLD_MAX];
    while (i < len) {
        int32_t start = i;
        UChar32 c;
        size_t k;
        U8_NEXT(s, i, len, c);
        if (c < 0)
            c = 0xFFFD;
        k = fold_cp(c, buf);
        if (k == 1 && buf[0] == ' ') {
            if (space)
                k = 0;
            space = 1;
        } else if (k) {
            space = 0;
        }
        if (emit(ctx, buf, k, (size_t)start, (size_t)i))
            return;
    }
}

typedef struct sink {
    char *buf;
    size_t len, cap, limit; /* limit 0: grow as needed */
    int failed;
} sink;

static int sink_emit(void *ctx, const char *b, size_t n, size_t from, size_t to)
{
    sink *k = ctx;
    (void)from;
    (void)to;
    if (k->len + n + 1 > k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 4096;
        char *p;
        while (cap < k->len + n + 1)
            cap *= 2;
        if (k->limit) {
            k->failed = 1;
            return 1;
        }
        if (!(p = realloc(k->buf, cap))) {
            k->failed = 1;
            return 1;
        }
        k->buf = p;
        k->cap = cap;
    }
    memcpy(k->buf + k->len, b, n);
    k->len += n;
    return 0;
}

/* Folds S onto the end of K, with no trailing space; returns its length. */
static size_t fold_into(sink *k, const char *s)
{
    size_t start = k->len;
    fold_walk(s, strlen(s), sink_emit, k);
    if (k->len > start && k->buf[k->len - 1] == ' ')
        k->len--;
    return k->len - start;
}

long search_fold(const char *s, char *out, size_t size)
{
    sink k = {out, 0, size, size, 0};
    size_t n;
    if (!size)
        return -1;
    n = fold_into(&k, s);
    if (k.failed)
        return -1;
    out[n] = 0;
    return (long)n;
}

/* Where the folded bytes [FPOS, FPOS+FLEN) come from in the original. */
typedef struct mapper {
    size_t out, fpos, fend;
    size_t at, end;
    int have_at;
} mapper;

static int map_emit(void *ctx, const char *b, size_t n, size_t from, size_t to)
{
    mapper *m = ctx;
    (void)b;
    if (!m->have_at && m->out + n > m->fpos) {
        m->at = from;
        m->have_at = 1;
    }
    m->out += n;
    if (m->have_at && m->out >= m->fend) {
        m->end = to;
        return 1;
    }
    return 0;
}

/* ---- the index ---- */

static int add(search_index *ix, sink *arena, int kind, size_t index, int field,
               const char *text)
{
    entry *en;
    if (!text || !*text)
        return 0;
    if (ix->n == ix->cap) {
        size_t cap = ix->cap ? ix->cap * 2 : 256;
        entry *p = realloc(ix->ents, cap * sizeof *p);
        if (!p)
            return -1;
        ix->ents = p;
        ix->cap = cap;
    }
    en = &ix->ents[ix->n];
    en->kind = (unsigned char)kind;
    en->field = (unsigned char)field;
    en->index = index;
    en->text = text;
    en->off = arena->len;
    en->len = fold_into(arena, text);
    /* a NUL after each, so that a field never matches across into the next */
    if (arena->failed || sink_emit(arena, "", 1, 0, 0))
        return -1;
    ix->n++;
    return 0;
}

static int add_names(search_index *ix, sink *a, int kind, size_t i, const ev_names *n)
{
    return add(ix, a, kind, i, F_NAME_EN, n->en) || add(ix, a, kind, i, F_NAME_RU, n->ru) ||
           add(ix, a, kind, i, F_NAME_ZH, n->zh);
}

int search_index_new(const evidence *e, search_index **out, amur_err *err)
{
    search_index *ix = calloc(1, sizeof *ix);
    sink a = {NULL, 0, 0, 0, 0};
    int bad = 0;
    size_t i;

    *out = NULL;
    if (!ix)
        return err_set(err, AMUR_ESYS, "search: out of memory");
    ix->e = e;
    for (i = 0; !bad && i < e->n_projects; i++)
        bad = add_names(ix, &a, SK_PROJECT, i, &e->projects[i].name);
    for (i = 0; !bad && i < e->n_instruments; i++)
        bad = add_names(ix, &a, SK_INSTRUMENT, i, &e->instruments[i].name);
    for (i = 0; !bad && i < e->n_places; i++)
        bad = add_names(ix, &a, SK_PLACE, i, &e->places[i].name);
    for (i = 0; !bad && i < e->n_actors; i++)
        bad = add_names(ix, &a, SK_ACTOR, i, &e->actors[i].name);
    for (i = 0; !bad && i < e->n_sources; i++)
        bad = add(ix, &a, SK_SOURCE, i, F_TITLE, e->sources[i].title);
    for (i = 0; !bad && i < e->n_claims; i++) {
        const ev_claim *c = &e->claims[i];
        bad = add(ix, &a, SK_CLAIM, i, F_QUOTE, c->quote) ||
              add(ix, &a, SK_CLAIM, i, F_NOTE, c->note) ||
              (schema_property_kind(c->property) == PROP_TEXT &&
               add(ix, &a, SK_CLAIM, i, F_VALUE, c->value));
    }
    ix->arena = a.buf;
    ix->alen = a.len;
    if (bad) {
        search_index_free(ix);
        return err_set(err, AMUR_ESYS, "search: out of memory");
    }
    *out = ix;
    return AMUR_OK;
}

void search_index_free(search_index *ix)
{
    if (!ix)
        return;
    free(ix->ents);
    free(ix->arena);
    free(ix);
}

/* ---- queries ---- */

static const char *item_id(const evidence *e, int kind, size_t i)
{
    switch (kind) {
    case SK_PROJECT: return e->projects[i].id;
    case SK_INSTRUMENT: return e->instruments[i].id;
    case SK_PLACE: return e->places[i].id;
    case SK_ACTOR: return e->actors[i].id;
    case SK_SOURCE: return e->sources[i].id;
    default: return e->claims[i].id;
    }
}

typedef struct scored {
    search_hit h;
    size_t pos, flen; /* of the first term in the folded field; the field's folded length */
} scored;

static int cmp_scored(const void *pa, const void *pb)
{
    const scored *a = pa, *b = pb;
    if (a->h.rank != b->h.rank)
        return a->h.rank - b->h.rank;
    if (a->h.kind != b->h.kind)
        return a->h.kind - b->h.kind;
    if (a->pos != b->pos)
        return a->pos < b->pos ? -1 : 1;
    if (a->flen != b->flen)
        return a->flen < b->flen ? -1 : 1;
    return strcmp(a->h.id, b->h.id);
}

/* Whether A is a better way for one item to match than B. */
static int better(const scored *a, const scored *b)
{
    if (a->h.rank != b->h.rank)
        return a->h.rank < b->h.rank;
    return a->pos < b->pos;
}

int search_run(const search_index *ix, const char *query, int kind, search_hit **out,
               size_t *n, amur_err *err)
{
    char q[SEARCH_MAX_QUERY * 4 + 1];
    const char *term[SEARCH_MAX_TERMS];
    size_t tlen[SEARCH_MAX_TERMS], nt = 0, qlen = strlen(query), cap = 0, count = 0;
    scored *v = NULL;
    long fl;

    *out = NULL;
    *n = 0;
    if (qlen > SEARCH_MAX_QUERY)
        return err_set(err, AMUR_EUSAGE, "search: the query is longer than %d bytes",
                       SEARCH_MAX_QUERY);
    if (text_utf8_invalid(query, qlen) >= 0)
        return err_set(err, AMUR_EUSAGE, "search: the query is not valid UTF-8");
    if ((fl = search_fold(query, q, sizeof q)) < 0)
        return err_set(err, AMUR_EUSAGE, "search: the query is too long once folded");
    for (char *p = q; *p;) {
        char *sp = strchr(p, ' ');
        if (nt == SEARCH_MAX_TERMS)
            return err_set(err, AMUR_EUSAGE, "search: more than %d words in the query",
                           SEARCH_MAX_TERMS);
        term[nt] = p;
        tlen[nt++] = sp ? (size_t)(sp - p) : strlen(p);
        if (!sp)
            break;
        p = sp + 1;
    }
    if (!nt)
        return err_set(err, AMUR_EUSAGE, "search: the query is empty");

    for (size_t i = 0; i < ix->n; i++) {
        const entry *en = &ix->ents[i];
        const char *f = ix->arena + en->off;
        const char *first = NULL;
        scored s;
        size_t t;
        if (kind >= 0 && en->kind != kind)
            continue;
        for (t = 0; t < nt; t++) {
            const char *m = memmem(f, en->len, term[t], tlen[t]);
            if (!m)
                break;
            if (t == 0)
                first = m;
        }
        if (t < nt)
            continue;
        memset(&s, 0, sizeof s);
        s.h.kind = en->kind;
        s.h.index = en->index;
        s.h.id = item_id(ix->e, en->kind, en->index);
        s.h.field = field_names[en->field];
        s.h.text = en->text;
        s.pos = (size_t)(first - f);
        s.flen = en->len;
        if (en->field <= F_TITLE)
            s.h.rank = en->len == (size_t)fl && memcmp(f, q, en->len) == 0 ? SEARCH_EXACT
                                                                          : SEARCH_NAME;
        else
            s.h.rank = SEARCH_TEXT;
        /* one hit per item: fields of an item are consecutive */
        if (count && v[count - 1].h.kind == s.h.kind && v[count - 1].h.index == s.h.index) {
            if (better(&s, &v[count - 1]))
                v[count - 1] = s;
            continue;
        }
        if (count == cap) {
            size_t c = cap ? cap * 2 : 64;
            scored *p = realloc(v, c * sizeof *p);
            if (!p) {
                free(v);
                return err_set(err, AMUR_ESYS, "search: out of memory");
            }
            v = p;
            cap = c;
        }
        v[count++] = s;
    }
    if (!count) {
        free(v);
        return AMUR_OK;
    }
    sort_array(v, count, sizeof *v, cmp_scored);
    {
        search_hit *h = malloc(count * sizeof *h);
        if (!h) {
            free(v);
            return err_set(err, AMUR_ESYS, "search: out of memory");
        }
        for (size_t i = 0; i < count; i++) {
            h[i] = v[i].h;
            h[i].fpos = v[i].pos;
            h[i].flen = tlen[0];
        }
        free(v);
        *out = h;
        *n = count;
    }
    return AMUR_OK;
}

void search_locate(const search_hit *h, size_t *at, size_t *len)
{
    size_t n = strlen(h->text);
    mapper m = {0, h->fpos, h->fpos + h->flen, 0, 0, 0};
    fold_walk(h->text, n, map_emit, &m);
    if (!m.have_at)
        m.at = m.end = 0;
    else if (m.end < m.at)
        m.end = n;
    *at = m.at;
    *len = m.end - m.at;
}

const param search_params[] = {
    {.name = "q", .type = PARAM_TEXT, .meta = "QUERY",
     .where = PARAM_BOTH | PARAM_ARG | PARAM_REQUIRED, .off = offsetof(search_opts, q),
     .help = "the query: words that must all occur, as substrings"},
    {.name = "kind", .type = PARAM_TEXT, .meta = "KIND", .where = PARAM_BOTH,
     .off = offsetof(search_opts, kind),
     .help = "only hits of this kind: project, instrument, place, actor, source, claim"},
    {.name = "limit", .type = PARAM_INT, .meta = "N", .def = "20", .min = 1, .max = 100000,
     .where = PARAM_CLI, .off = offsetof(search_opts, limit), .help = "show at most N hits"},
    {0}};
