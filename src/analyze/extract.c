/*
** extract.c — candidate claims from an article (extract.h): the keys of
** the stored names, sentences, which project each sentence speaks of, and
** the claims its events, dates and amounts make. Every rule here is
** defined in docs/analyses.md, "Candidate claims from an article"; the
** words and phrases come from extract_lex.c.
*/
#define _GNU_SOURCE /* memmem */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "../core/schema.h"
#include "extract_int.h"
#include "search.h"

#define EXT_MAX_SENTENCE 2000 /* bytes; a longer sentence is cut at a space */
#define MAX_NAMED 64          /* projects, places and actors one sentence may name */
#define QUOTE_BUDGET 50       /* half-words: a word is 2, a Chinese character 1 */

enum { NK_PROJECT, NK_PLACE, NK_ACTOR };

/* ---- the keys of the stored names ---- */

typedef struct key {
    char *s;
    size_t len;
    unsigned char script, han; /* han: a piece of Chinese, found as it is */
} key;

typedef struct name {
    int kind;
    size_t index;
    const char *id;
    const ev_names *names;
    size_t k0, nk; /* its keys in the array of keys */
    int in_article;
} name;

typedef struct names {
    name *v;
    size_t n, cap;
    key *k;
    size_t nk, kcap;
} names;

static void names_free(names *ns)
{
    for (size_t i = 0; i < ns->nk; i++)
        free(ns->k[i].s);
    free(ns->k);
    free(ns->v);
}

static int push_key(names *ns, size_t k0, const char *s, size_t len, int script, int han)
{
    key *k;
    for (size_t i = k0; i < ns->nk; i++) /* each key once per name */
        if (ns->k[i].len == len && memcmp(ns->k[i].s, s, len) == 0)
            return 0;
    if (ns->nk == ns->kcap) {
        size_t cap = ns->kcap ? ns->kcap * 2 : 256;
        key *p = realloc(ns->k, cap * sizeof *p);
        if (!p)
            return -1;
        ns->k = p;
        ns->kcap = cap;
    }
    k = &ns->k[ns->nk];
    if (!(k->s = strndup(s, len)))
        return -1;
    k->len = len;
    k->script = (unsigned char)script;
    k->han = (unsigned char)han;
    ns->nk++;
    return 0;
}

/* The keys of a piece of Chinese S[0..LEN): cut at the generic words, the
** longest first, keeping pieces of two characters or more. */
static int han_keys(const ext_phrases *ph, names *ns, size_t k0, const char *s, size_t len)
{
    const ext_table *t = &ph->t[EXT_ZH];
    size_t best = 0, at = 0;
    char g[256];
    for (size_t i = 0; i < t->n; i++) {
        const char *hit;
        size_t gl;
        if (t->e[i].kind != K_GENERIC)
            continue;
        ext_entry_text(ph, EXT_ZH, &t->e[i], "", g, sizeof g);
        gl = strlen(g);
        if (gl > best && (hit = memmem(s, len, g, gl))) {
            best = gl;
            at = (size_t)(hit - s);
        }
    }
    if (best)
        return han_keys(ph, ns, k0, s, at) ||
               han_keys(ph, ns, k0, s + at + best, len - at - best);
    /* two characters at least: three bytes each in UTF-8 */
    return len >= 6 ? push_key(ns, k0, s, len, SC_HAN, 1) : 0;
}

/* The key of a Russian or English word W (folded), into OUT. */
static size_t word_key(const ext_phrases *ph, const ext_tok *w, const char *f, char *out)
{
    size_t len = w->flen;
    if (w->script == SC_CYRILLIC)
        len -= ext_ending(ph, f, 6); /* three Cyrillic letters at least */
    memcpy(out, f, len);
    out[len] = 0;
    return len;
}

/* Adds the keys of TEXT, one name of a project, place or actor. */
static int add_name(const ext_phrases *ph, names *ns, int kind, size_t index, const char *id,
                    const ev_names *nm, const char *text)
{
    ext_toks x;
    size_t k0 = ns->nk, generic = 0, words = 0;
    int bad = 0;
    if (!text || !*text)
        return 0;
    if (ns->n == ns->cap) {
        size_t cap = ns->cap ? ns->cap * 2 : 256;
        name *p = realloc(ns->v, cap * sizeof *p);
        if (!p)
            return -1;
        ns->v = p;
        ns->cap = cap;
    }
    if (ext_tokenize(ph, text, strlen(text), 0, &x))
        return -1;
    for (int pass = 0; pass < 2 && !bad; pass++) {
        for (size_t i = 0; i < x.n && !bad; i++) {
            const ext_tok *w = &x.v[i];
            char kb[EXT_MAX_TOKEN * 8 + 1];
            size_t kl;
            if (w->cls == TK_HAN) {
                size_t j = i;
                while (j + 1 < x.n && x.v[j + 1].cls == TK_HAN && x.v[j + 1].gap == GAP_NONE)
                    j++;
                if (pass == 0)
                    bad = han_keys(ph, ns, k0, text + w->start, x.v[j].end - w->start);
                i = j;
                continue;
            }
            if (w->cls == TK_WORD && w->script == SC_LATIN && w->flen < 2)
                continue; /* "a", an initial */
            words += pass == 0;
            /* generic words count only when the name has nothing else */
            if (ext_is_generic(ph, TOKF(&x, i))) {
                generic += pass == 0;
                if (pass == 0)
                    continue;
            } else if (pass == 1) {
                continue;
            }
            kl = word_key(ph, w, TOKF(&x, i), kb);
            if (kl)
                bad = push_key(ns, k0, kb, kl, w->script, 0);
        }
        if (pass == 0 && (ns->nk > k0 || generic < words || !words))
            break;
    }
    ext_toks_free(&x);
    if (bad)
        return -1;
    if (ns->nk == k0)
        return 0;
    ns->v[ns->n] = (name){kind, index, id, nm, k0, ns->nk - k0, 0};
    ns->n++;
    return 0;
}

static int build_names(const evidence *e, const ext_phrases *ph, names *ns)
{
    memset(ns, 0, sizeof *ns);
    for (size_t i = 0; i < e->n_projects; i++) {
        const ev_names *n = &e->projects[i].name;
        if (add_name(ph, ns, NK_PROJECT, i, e->projects[i].id, n, n->en) ||
            add_name(ph, ns, NK_PROJECT, i, e->projects[i].id, n, n->ru) ||
            add_name(ph, ns, NK_PROJECT, i, e->projects[i].id, n, n->zh))
            return -1;
    }
    for (size_t i = 0; i < e->n_places; i++) {
        const ev_names *n = &e->places[i].name;
        if (add_name(ph, ns, NK_PLACE, i, e->places[i].id, n, n->en) ||
            add_name(ph, ns, NK_PLACE, i, e->places[i].id, n, n->ru) ||
            add_name(ph, ns, NK_PLACE, i, e->places[i].id, n, n->zh))
            return -1;
    }
    for (size_t i = 0; i < e->n_actors; i++) {
        const ev_names *n = &e->actors[i].name;
        if (add_name(ph, ns, NK_ACTOR, i, e->actors[i].id, n, n->en) ||
            add_name(ph, ns, NK_ACTOR, i, e->actors[i].id, n, n->ru) ||
            add_name(ph, ns, NK_ACTOR, i, e->actors[i].id, n, n->zh))
            return -1;
    }
    return 0;
}

/* Code points in S[0..N). */
static size_t cps(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Whether word W (folded, of script SCRIPT) matches key K. */
static int key_matches(const key *k, const char *w, size_t wl, int script)
{
    size_t more;
    if (k->han || wl < k->len || memcmp(w, k->s, k->len) != 0)
        return 0;
    more = cps(w + k->len, wl - k->len);
    if (k->script == SC_CYRILLIC)
        return script == SC_CYRILLIC && more <= 3;
    if (k->script == SC_LATIN)
        return script == SC_LATIN && more <= 1;
    return more == 0;
}

/* ---- sentences ---- */

typedef struct span {
    size_t a, b;
} span;

static int push_span(span **v, size_t *n, size_t *cap, const char *s, size_t a, size_t b)
{
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r' || s[a] == '\n'))
        a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
        b--;
    while (b - a > EXT_MAX_SENTENCE) {
        size_t cut = a + EXT_MAX_SENTENCE;
        while (cut > a && s[cut] != ' ')
            cut--;
        if (cut == a) { /* no space: cut at a code point */
            cut = a + EXT_MAX_SENTENCE;
            while (((unsigned char)s[cut] & 0xC0) == 0x80)
                cut--;
        }
        if (push_span(v, n, cap, s, a, cut))
            return -1;
        a = cut;
        while (a < b && s[a] == ' ')
            a++;
    }
    if (a == b)
        return 0;
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        span *p = realloc(*v, c * sizeof *p);
        if (!p)
            return -1;
        *v = p;
        *cap = c;
    }
    (*v)[(*n)++] = (span){a, b};
    return 0;
}

/* Whether the '.' at S[AT] follows an abbreviation or an initial. */
static int after_abbrev(const ext_phrases *ph, const char *s, size_t at)
{
    int32_t i = (int32_t)at, start;
    char w[64], f[256];
    size_t letters = 0;
    while (i > 0) {
        int32_t j = i;
        UChar32 c;
        U8_PREV(s, 0, j, c);
        if (c < 0 || !u_isalpha(c))
            break;
        i = j;
        letters++;
    }
    start = i;
    if (!letters)
        return 0;
    if (letters == 1)
        return 1;
    if (at - (size_t)start >= sizeof w)
        return 0;
    memcpy(w, s + start, at - (size_t)start);
    w[at - (size_t)start] = 0;
    return search_fold(w, f, sizeof f) > 0 && ext_is_word(ph, K_ABBREV, f);
}

static int split_sentences(const ext_phrases *ph, const char *s, size_t n, span **out,
                           size_t *count)
{
    size_t cap = 0, a = 0;
    int32_t i = 0, len = (int32_t)n;
    *out = NULL;
    *count = 0;
    while (i < len) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c == '\n') {
            if (push_span(out, count, &cap, s, a, (size_t)at))
                return -1;
            a = (size_t)i;
        } else if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B) {
            if (push_span(out, count, &cap, s, a, (size_t)i))
                return -1;
            a = (size_t)i;
        } else if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
            int32_t k = i;
            UChar32 d = 0;
            /* a closing quote or bracket stays with its sentence */
            while (k < len && (s[k] == '"' || s[k] == ')' || s[k] == '\'' ||
                               (unsigned char)s[k] == 0xC2 || (unsigned char)s[k] == 0xE2)) {
                int32_t k2 = k;
                UChar32 q;
                U8_NEXT(s, k2, len, q);
                if (q != '"' && q != ')' && q != '\'' && q != 0xBB && q != 0x201D &&
                    q != 0x2019)
                    break;
                k = k2;
            }
            if (k < len) {
                int32_t k2 = k;
                U8_NEXT(s, k2, len, d);
            }
            if ((k >= len || u_isUWhiteSpace(d)) && !(c == '.' && after_abbrev(ph, s, (size_t)at))) {
                if (push_span(out, count, &cap, s, a, (size_t)k))
                    return -1;
                a = (size_t)k;
                i = k;
            }
        }
    }
    return push_span(out, count, &cap, s, a, n);
}

/* ---- one sentence ---- */

typedef struct named {
    size_t name; /* in names */
    size_t tok[16];      /* the words that matched its keys */
    size_t ra[16], rb[16]; /* and the bytes, in the sentence */
    size_t ntok;
    size_t words; /* keys matched */
} named;

typedef struct sent {
    const char *s; /* the sentence, not NUL-ended */
    size_t len;
    ext_toks x;
    ext_mark *m;
    size_t nm;
    named nd[MAX_NAMED];
    size_t nnd;
} sent;

static void sent_free(sent *st)
{
    ext_toks_free(&st->x);
    free(st->m);
    st->m = NULL;
}

/* The word of ST holding byte AT. */
static size_t tok_at(const sent *st, size_t at)
{
    for (size_t i = 0; i < st->x.n; i++)
        if (st->x.v[i].end > at)
            return i;
    return st->x.n ? st->x.n - 1 : 0;
}

/* Whether name NM is named in ST; fills D. */
static int find_name(const names *ns, const name *nm, const sent *st, named *d)
{
    memset(d, 0, sizeof *d);
    for (size_t k = nm->k0; k < nm->k0 + nm->nk; k++) {
        const key *ky = &ns->k[k];
        int found = 0;
        if (ky->han) {
            const char *hit = memmem(st->s, st->len, ky->s, ky->len);
            if (hit) {
                size_t at = (size_t)(hit - st->s);
                found = 1;
                if (d->ntok < 16) {
                    d->ra[d->ntok] = at;
                    d->rb[d->ntok] = at + ky->len;
                    d->tok[d->ntok++] = tok_at(st, at);
                }
            }
        } else {
            for (size_t i = 0; i < st->x.n; i++)
                if (key_matches(ky, TOKF(&st->x, i), st->x.v[i].flen, st->x.v[i].script)) {
                    found = 1;
                    if (d->ntok < 16) {
                        d->ra[d->ntok] = st->x.v[i].start;
                        d->rb[d->ntok] = st->x.v[i].end;
                        d->tok[d->ntok++] = i;
                    }
                    break;
                }
        }
        if (!found)
            return 0;
        d->words++;
    }
    return 1;
}

/* Whether D's words are a strict subset of O's. */
static int subset(const named *d, const named *o)
{
    if (d->ntok >= o->ntok)
        return 0;
    for (size_t i = 0; i < d->ntok; i++) {
        size_t j = 0;
        while (j < o->ntok && o->tok[j] != d->tok[i])
            j++;
        if (j == o->ntok)
            return 0;
    }
    return 1;
}

static int read_sentence(const ext_phrases *ph, ext_lang lang, const names *ns, const char *s,
                         span sp, sent *st)
{
    memset(st, 0, sizeof *st);
    st->s = s + sp.a;
    st->len = sp.b - sp.a;
    if (ext_tokenize(ph, st->s, st->len, 0, &st->x) ||
        ext_marks(ph, lang, &st->x, &st->m, &st->nm))
        return -1;
    for (size_t i = 0; i < ns->n && st->nnd < MAX_NAMED; i++) {
        named d;
        if (!ns->v[i].in_article || !find_name(ns, &ns->v[i], st, &d))
            continue;
        d.name = i;
        /* one entry per thing: its best-matching name */
        {
            size_t j = 0;
            while (j < st->nnd && ns->v[st->nd[j].name].id != ns->v[i].id)
                j++;
            if (j < st->nnd) {
                if (d.words > st->nd[j].words)
                    st->nd[j] = d;
                continue;
            }
        }
        st->nd[st->nnd++] = d;
    }
    /* of two projects, the one whose words hold the other's */
    for (size_t i = 0; i < st->nnd; i++) {
        int drop = 0;
        if (ns->v[st->nd[i].name].kind != NK_PROJECT)
            continue;
        for (size_t j = 0; j < st->nnd && !drop; j++)
            drop = j != i && ns->v[st->nd[j].name].kind == NK_PROJECT &&
                   subset(&st->nd[i], &st->nd[j]);
        if (drop) {
            st->nd[i] = st->nd[--st->nnd];
            i--;
        }
    }
    return 0;
}

/* The article's words that named D, " "-joined (malloc'd), in the
** sentence's order. */
static char *matched_words(const sent *st, const named *d)
{
    size_t cap = 1, len = 0, order[16], n = d->ntok;
    char *out;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && d->ra[order[j - 1]] > d->ra[order[j]]; j--) {
            size_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    for (size_t i = 0; i < n; i++)
        cap += d->rb[i] - d->ra[i] + 1;
    if (!(out = malloc(cap)))
        return NULL;
    out[0] = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = order[i];
        if (i && d->ra[k] == d->ra[order[i - 1]])
            continue;
        if (len)
            out[len++] = ' ';
        memcpy(out + len, st->s + d->ra[k], d->rb[k] - d->ra[k]);
        len += d->rb[k] - d->ra[k];
        out[len] = 0;
    }
    return out;
}

/* ---- the claims ---- */

typedef struct builder {
    const evidence *e;
    const ext_phrases *ph;
    const names *ns;
    ext_lang lang;
    pdate article;
    ext_result *r;
    size_t cap;
    long main;          /* index of the main project's name, or -1 */
    char *main_matched; /* the words that first named it */
    size_t main_sentence;
} builder;

static void reason(ext_claim *c, double add, const char *fmt, const char *arg)
{
    char text[112];
    if (c->nreasons >= EXT_MAX_REASONS)
        return;
    snprintf(text, sizeof text, fmt, arg ? arg : "");
    if (add > 0)
        snprintf(c->reasons[c->nreasons++], sizeof c->reasons[0], "+%.1f %s", add, text);
    else if (add < 0)
        snprintf(c->reasons[c->nreasons++], sizeof c->reasons[0], "%.1f %s", add, text);
    else
        snprintf(c->reasons[c->nreasons++], sizeof c->reasons[0], "%s", text);
    c->confidence += add;
}

/* What S[A, B) costs of the quote's budget: 2 for each run of characters
** between white space (a word, or a dash standing alone), 1 for each
** Chinese character. */
static int quote_cost(const char *s, size_t a, size_t b)
{
    int32_t i = (int32_t)a, len = (int32_t)b, cost = 0, in = 0;
    while (i < len) {
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c >= 0x3400 && u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) {
            cost++;
            in = 0;
        } else if (c < 0 || u_isUWhiteSpace(c)) {
            in = 0;
        } else if (!in) {
            cost += 2;
            in = 1;
        }
    }
    return cost;
}

/* What words [A, B) of ST cost. */
static int span_cost(const sent *st, size_t a, size_t b)
{
    return quote_cost(st->s, st->x.v[a].start, st->x.v[b - 1].end);
}

/* The sentence cut to at most QUOTE_BUDGET around the words KEYS (word
** indices), verbatim (malloc'd). */
static char *make_quote(const sent *st, const size_t *keys, size_t nkeys)
{
    size_t a, b, k0 = st->x.n, k1 = 0, qa = 0, qb = st->len;
    char *q;
    if (st->x.n && quote_cost(st->s, 0, st->len) > QUOTE_BUDGET) {
        for (size_t i = 0; i < nkeys; i++) {
            if (keys[i] < k0)
                k0 = keys[i];
            if (keys[i] > k1)
                k1 = keys[i];
        }
        if (k0 > k1 || k0 >= st->x.n)
            k0 = k1 = 0;
        a = k0;
        b = k0 + 1;
        /* toward the last key first, then both ways, a word at a time */
        while (b <= k1 && b < st->x.n && span_cost(st, a, b + 1) <= QUOTE_BUDGET)
            b++;
        for (int grew = 1; grew;) {
            grew = 0;
            if (b < st->x.n && span_cost(st, a, b + 1) <= QUOTE_BUDGET) {
                b++;
                grew = 1;
            }
            if (a > 0 && span_cost(st, a - 1, b) <= QUOTE_BUDGET) {
                a--;
                grew = 1;
            }
        }
        qa = st->x.v[a].start;
        qb = st->x.v[b - 1].end;
        /* the sentence's last punctuation, when the quote reaches its end */
        if (b == st->x.n && quote_cost(st->s, qb, st->len) == 0)
            qb = st->len;
    }
    if (!(q = malloc(qb - qa + 1)))
        return NULL;
    memcpy(q, st->s + qa, qb - qa);
    q[qb - qa] = 0;
    /* a line break inside the quote reads as a space */
    for (char *p = q; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    return q;
}

/* Adds claim C, or keeps the surer of it and an equal one. Takes C's memory. */
static int add_claim(builder *b, ext_claim *c)
{
    ext_result *r = b->r;
    if (c->confidence > 1)
        c->confidence = 1;
    if (c->confidence < 0)
        c->confidence = 0;
    c->confidence = round(c->confidence * 100) / 100;
    for (size_t i = 0; i < r->n; i++) {
        ext_claim *o = &r->claims[i];
        if (strcmp(o->subject, c->subject) || strcmp(o->property, c->property) ||
            strcmp(o->value, c->value) || strcmp(o->scope, c->scope) ||
            strcmp(o->unit, c->unit) || strcmp(o->stated, c->stated))
            continue;
        if (c->confidence > o->confidence) {
            ext_claim t = *o;
            *o = *c;
            *c = t;
        }
        free(c->quote);
        free(c->matched);
        free(c->also);
        return 0;
    }
    if (r->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        ext_claim *p = realloc(r->claims, cap * sizeof *p);
        if (!p) {
            free(c->quote);
            free(c->matched);
            free(c->also);
            return -1;
        }
        r->claims = p;
        b->cap = cap;
    }
    r->claims[r->n++] = *c;
    return 0;
}

/* What one sentence says, beyond its names. */
typedef struct said {
    int plan, past, postpone;
    const char *mode;
    long plan_tok, past_tok;
    int cost, capacity;
    const char *per;
    ext_date d[EXT_MAX_DATES];
    size_t nd;
} said;

static void read_said(const sent *st, ext_lang lang, pdate a, said *sd)
{
    memset(sd, 0, sizeof *sd);
    sd->plan_tok = sd->past_tok = -1;
    for (size_t i = 0; i < st->nm; i++) {
        const ext_mark *m = &st->m[i];
        switch (m->kind) {
        case K_PLAN: sd->plan = 1; sd->plan_tok = (long)m->tok; break;
        case K_PAST: sd->past = 1; sd->past_tok = (long)m->tok; break;
        case K_POSTPONE: sd->postpone = 1; break;
        case K_MODE: if (!sd->mode) sd->mode = m->e->v[0]; break;
        case K_COST: sd->cost = 1; break;
        case K_CAPACITY: sd->capacity = 1; break;
        case K_PER: if (!sd->per) sd->per = m->e->v[0]; break;
        default: break;
        }
    }
    sd->nd = ext_dates_of(&st->x, st->m, st->nm, lang, a, sd->d, EXT_MAX_DATES);
    if (sd->postpone && sd->nd > 1) { /* the earlier dates are what was postponed */
        sd->d[0] = sd->d[sd->nd - 1];
        sd->nd = 1;
    }
}

/* The date nearest to the mark M, within MAXD words, or NULL. */
static ext_date *nearest(said *sd, const ext_mark *m, size_t maxd)
{
    ext_date *best = NULL;
    size_t bd = (size_t)-1;
    for (size_t i = 0; i < sd->nd; i++) {
        const ext_date *d = &sd->d[i];
        size_t dist = d->tok >= m->tok + m->ntok ? d->tok - (m->tok + m->ntok)
                      : m->tok >= d->tok + d->ntok ? m->tok - (d->tok + d->ntok) + 1
                                                   : 0;
        if (dist < bd && dist <= maxd) {
            bd = dist;
            best = &sd->d[i];
        }
    }
    return best;
}

static const char *stage_of(const char *event)
{
    if (!event)
        return NULL;
    if (strcmp(event, "start") == 0)
        return "under-construction";
    if (strcmp(event, "completion") == 0)
        return "completed";
    if (strcmp(event, "opening") == 0)
        return "operational";
    return NULL;
}

/* The subject's part of a claim: who it is about, and why. */
typedef struct subject {
    size_t name; /* in names */
    int here;    /* named in this sentence */
    int several;
    const named *nd;
} subject;

static int start_claim(builder *b, const sent *st, size_t sno, const subject *sj,
                       ext_claim *c)
{
    const name *nm = &b->ns->v[sj->name];
    size_t used = 0;
    memset(c, 0, sizeof *c);
    c->subject = nm->id;
    c->name = nm->names;
    c->sentence = sno;
    c->context = st->s;
    c->context_len = st->len;
    if (sj->here) {
        c->matched = matched_words(st, sj->nd);
        reason(c, 0.4, "project named in the sentence: %s", c->matched);
    } else {
        char where[32];
        snprintf(where, sizeof where, "%zu", b->main_sentence);
        c->matched = strdup(b->main_matched ? b->main_matched : "");
        reason(c, 0.2, "project named elsewhere in the article (sentence %s)", where);
    }
    /* places and actors of the sentence */
    {
        size_t cap = 1;
        for (size_t i = 0; i < st->nnd; i++)
            cap += strlen(b->ns->v[st->nd[i].name].id) + 1;
        if ((c->also = malloc(cap))) {
            c->also[0] = 0;
            for (size_t i = 0; i < st->nnd; i++) {
                const name *o = &b->ns->v[st->nd[i].name];
                if (o->kind == NK_PROJECT)
                    continue;
                used += (size_t)snprintf(c->also + used, cap - used, "%s%s", used ? " " : "",
                                         o->id);
            }
        }
    }
    return c->matched && c->also ? 0 : -1;
}

static void end_claim(ext_claim *c, const subject *sj)
{
    if (sj->several)
        reason(c, -0.1, "several projects named in the sentence", NULL);
    else
        reason(c, 0.1, "one project named in the sentence", NULL);
}

static int event_claims(builder *b, const sent *st, size_t sno, const subject *sj, said *sd)
{
    for (size_t i = 0; i < st->nm; i++) {
        const ext_mark *m = &st->m[i];
        const char *event, *stage;
        int tense, planned;
        ext_date dd, *d;
        ext_claim c;
        size_t keys[4], nkeys = 0;
        char word[96];
        if (m->kind != K_EVENT)
            continue;
        event = m->e->v[0];
        stage = m->e->v[1];
        tense = (int)m->e->num; /* 0 any, 1 past, 2 future */
        d = event ? nearest(sd, m, b->lang == EXT_ZH ? 30 : 10) : NULL;
        planned = sd->plan || tense == 2 ||
                  (tense == 0 && !sd->past && d && pdate_last_day(d->value) > pdate_last_day(b->article));
        snprintf(word, sizeof word, "%.*s", (int)(st->x.v[m->tok + m->ntok - 1].end - st->x.v[m->tok].start),
                 st->s + st->x.v[m->tok].start);
        if (d) {
            dd = *d;
            d = &dd;
            if (planned && d->implicit && pdate_last_day(d->value) < pdate_first_day(b->article)) {
                d->y++;
                ext_date_fill(d);
            }
            if (!planned && pdate_first_day(d->value) > pdate_last_day(b->article))
                planned = 1;
        } else if (!(stage = stage ? stage : stage_of(event)) || planned ||
                   !(tense == 1 || sd->past)) {
            continue; /* a promise with no date, or no stage to propose */
        }
        if (start_claim(b, st, sno, sj, &c)) {
            free(c.matched);
            free(c.also);
            return -1;
        }
        reason(&c, 0.2, event ? "event word: %s" : "stage word: %s", word);
        keys[nkeys++] = m->tok;
        if (sj->here)
            keys[nkeys++] = sj->nd->tok[0];
        if (d) {
            char when[96];
            snprintf(c.property, sizeof c.property, "%s_%s", planned ? "planned" : "actual",
                     event);
            pdate_format(d->value, c.value);
            snprintf(c.stated, sizeof c.stated, "%s", d->stated);
            snprintf(when, sizeof when, "%.*s", (int)d->len, st->s + d->at);
            if (d->relative)
                reason(&c, 0.1, "date relative to the article's: %s", when);
            else
                reason(&c, 0.2, "date: %s", when);
            keys[nkeys++] = d->tok;
            if (planned && sd->plan)
                reason(&c, 0.1, "plan word", NULL);
            else if (planned && tense == 2)
                reason(&c, 0.1, "future tense", NULL);
            else if (planned)
                reason(&c, 0, "planned: the date ends after the article's", NULL);
            else if (tense == 1 || sd->past)
                reason(&c, 0.1, "past tense", NULL);
            else
                reason(&c, 0, "actual: the date ends by the article's", NULL);
            if (event && strcmp(event, "opening") == 0 && sd->mode)
                snprintf(c.scope, sizeof c.scope, "mode=%s", sd->mode);
        } else {
            snprintf(c.property, sizeof c.property, "stage");
            snprintf(c.value, sizeof c.value, "%s", stage);
            reason(&c, 0.1, "past tense", NULL);
            if (event && strcmp(event, "opening") == 0 && sd->mode)
                snprintf(c.scope, sizeof c.scope, "mode=%s", sd->mode);
        }
        end_claim(&c, sj);
        if (!(c.quote = make_quote(st, keys, nkeys))) {
            free(c.matched);
            free(c.also);
            return -1;
        }
        if (add_claim(b, &c))
            return -1;
    }
    return 0;
}

/* An amount at word I: a number, maybe a decimal part, a multiplier, then
** a mark of kind WANT (K_CURRENCY or K_UNIT). Returns 1 with *V, *WHAT and
** *END (the word after it) set. */
static int amount_at(const sent *st, const long *mark_of, size_t i, int want, double *v,
                     const char **what, size_t *end)
{
    const ext_tok *w = &st->x.v[i];
    size_t j = i + 1;
    double x;
    if (w->cls != TK_NUM || w->num < 0)
        return 0;
    x = (double)w->num;
    if (j < st->x.n && st->x.v[j].cls == TK_NUM && st->x.v[j].start == w->end + 1 &&
        (st->s[w->end] == ',' || st->s[w->end] == '.') && st->x.v[j].num >= 0) {
        x += (double)st->x.v[j].num / pow(10, st->x.v[j].ndig);
        j++;
    }
    if (j < st->x.n && mark_of[j] >= 0 && st->m[mark_of[j]].kind == K_MULT) {
        x *= (double)st->m[mark_of[j]].num;
        j += st->m[mark_of[j]].ntok;
    }
    if (j < st->x.n && mark_of[j] >= 0 && st->m[mark_of[j]].kind == want) {
        *v = x;
        *what = st->m[mark_of[j]].e->v[0];
        *end = j + st->m[mark_of[j]].ntok;
        return 1;
    }
    return 0;
}

static int amount_claims(builder *b, const sent *st, size_t sno, const subject *sj,
                         const said *sd)
{
    long *mark_of;
    int rc = 0;
    if (!sd->cost && !sd->capacity)
        return 0;
    if (!(mark_of = malloc((st->x.n + 1) * sizeof *mark_of)))
        return -1;
    for (size_t i = 0; i < st->x.n; i++)
        mark_of[i] = -1;
    for (size_t i = 0; i < st->nm; i++)
        mark_of[st->m[i].tok] = (long)i;
    for (size_t i = 0; i < st->x.n && !rc; i++) {
        double v;
        const char *what;
        size_t end, keys[2];
        int kind;
        ext_claim c;
        char amount[128];
        if (sd->cost && amount_at(st, mark_of, i, K_CURRENCY, &v, &what, &end))
            kind = K_COST;
        else if (sd->capacity && amount_at(st, mark_of, i, K_UNIT, &v, &what, &end))
            kind = K_CAPACITY;
        else
            continue;
        if (v <= 0 || v >= 1e15)
            continue;
        if (start_claim(b, st, sno, sj, &c)) {
            free(c.matched);
            free(c.also);
            rc = -1;
            break;
        }
        snprintf(amount, sizeof amount, "%.*s", (int)(st->x.v[end - 1].end - st->x.v[i].start),
                 st->s + st->x.v[i].start);
        if (kind == K_COST) {
            snprintf(c.property, sizeof c.property, "cost");
            snprintf(c.unit, sizeof c.unit, "%s", what);
            reason(&c, 0.2, "cost word", NULL);
        } else {
            snprintf(c.property, sizeof c.property, "count");
            snprintf(c.unit, sizeof c.unit, "%s%s%s", what, sd->per ? "/" : "",
                     sd->per ? sd->per : "");
            reason(&c, 0.2, "capacity word", NULL);
        }
        if (fabs(v - round(v)) < 0.005)
            snprintf(c.value, sizeof c.value, "%.0f", v);
        else
            snprintf(c.value, sizeof c.value, "%.2f", v);
        reason(&c, 0.2, "amount: %s", amount);
        end_claim(&c, sj);
        keys[0] = i;
        keys[1] = sj->here ? sj->nd->tok[0] : i;
        if (!(c.quote = make_quote(st, keys, 2))) {
            free(c.matched);
            free(c.also);
            rc = -1;
            break;
        }
        rc = add_claim(b, &c);
        i = end - 1;
    }
    free(mark_of);
    return rc;
}

static int sentence_claims(builder *b, const sent *st, size_t sno)
{
    said sd;
    subject sj[MAX_NAMED];
    size_t nsj = 0;
    for (size_t i = 0; i < st->nnd; i++)
        if (b->ns->v[st->nd[i].name].kind == NK_PROJECT)
            sj[nsj++] = (subject){st->nd[i].name, 1, 0, &st->nd[i]};
    if (!nsj && b->main >= 0)
        sj[nsj++] = (subject){(size_t)b->main, 0, 0, NULL};
    for (size_t i = 0; i < nsj; i++)
        sj[i].several = nsj > 1;
    read_said(st, b->lang, b->article, &sd);
    for (size_t i = 0; i < nsj; i++)
        if (event_claims(b, st, sno, &sj[i], &sd) || amount_claims(b, st, sno, &sj[i], &sd))
            return -1;
    return 0;
}

/* ---- the article ---- */

/* Marks the names whose every key the article holds. */
static int names_in_article(names *ns, const ext_toks *x, const char *text, size_t n)
{
    size_t *order = malloc((x->n + 1) * sizeof *order), nu = 0;
    if (!order)
        return -1;
    for (size_t i = 0; i < x->n; i++)
        if (x->v[i].cls != TK_HAN)
            order[nu++] = i;
    /* sorted folded words: a key's matches are together from where it would go */
    {
        const ext_toks *xs = x;
        for (size_t gap = nu / 2; gap > 0; gap /= 2) /* Shell sort: no context for qsort */
            for (size_t i = gap; i < nu; i++)
                for (size_t j = i; j >= gap && strcmp(TOKF(xs, order[j - gap]), TOKF(xs, order[j])) > 0; j -= gap) {
                    size_t t = order[j];
                    order[j] = order[j - gap];
                    order[j - gap] = t;
                }
    }
    for (size_t i = 0; i < ns->n; i++) {
        name *nm = &ns->v[i];
        size_t k;
        for (k = nm->k0; k < nm->k0 + nm->nk; k++) {
            const key *ky = &ns->k[k];
            size_t lo = 0, hi = nu;
            int found = 0;
            if (ky->han) {
                if (!memmem(text, n, ky->s, ky->len))
                    break;
                continue;
            }
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (strcmp(TOKF(x, order[mid]), ky->s) < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (; lo < nu && !found; lo++) {
                const ext_tok *w = &x->v[order[lo]];
                if (strncmp(TOKF(x, order[lo]), ky->s, ky->len) != 0)
                    break;
                found = key_matches(ky, TOKF(x, order[lo]), w->flen, w->script);
            }
            if (!found)
                break;
        }
        nm->in_article = k == nm->k0 + nm->nk;
    }
    free(order);
    return 0;
}

void ext_result_free(ext_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free(r->claims[i].quote);
        free(r->claims[i].matched);
        free(r->claims[i].also);
    }
    free(r->claims);
    free(r->named);
    free(r);
}

/* The places and actors an article names, for the message when it names no project. */
static char *named_others(const names *ns, const size_t *count)
{
    size_t cap = 1, len = 0;
    char *out;
    for (size_t i = 0; i < ns->n; i++)
        if (count[i])
            cap += strlen(ns->v[i].id) + 1;
    if (!(out = malloc(cap)))
        return NULL;
    out[0] = 0;
    for (size_t i = 0; i < ns->n; i++) {
        int seen = 0;
        if (!count[i])
            continue;
        for (size_t j = 0; j < i && !seen; j++)
            seen = count[j] && ns->v[j].id == ns->v[i].id;
        if (!seen)
            len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? " " : "", ns->v[i].id);
    }
    return out;
}

int ext_run(const evidence *e, const ext_phrases *ph, const char *text, size_t n,
            ext_lang lang, pdate article, ext_result **out, amur_err *err)
{
    builder b;
    names ns;
    span *sp = NULL;
    size_t nsp = 0, *count = NULL, *words = NULL;
    ext_toks all;
    int rc = AMUR_OK;

    *out = NULL;
    memset(&b, 0, sizeof b);
    memset(&all, 0, sizeof all);
    if (!(b.r = calloc(1, sizeof *b.r)))
        return err_set(err, AMUR_ESYS, "out of memory");
    b.r->lang = lang;
    b.e = e;
    b.ph = ph;
    b.ns = &ns;
    b.lang = lang;
    b.article = article;
    b.main = -1;
    if (build_names(e, ph, &ns) || split_sentences(ph, text, n, &sp, &nsp) ||
        ext_tokenize(ph, text, n, 0, &all) || names_in_article(&ns, &all, text, n) ||
        !(count = calloc(ns.n + 1, sizeof *count)) ||
        !(words = calloc(ns.n + 1, sizeof *words))) {
        rc = err_set(err, AMUR_ESYS, "out of memory");
        goto done;
    }
    ext_toks_free(&all);
    b.r->sentences = nsp;
    /* the main project: named in most sentences, then by more words, then by id */
    for (size_t s = 0; s < nsp && rc == AMUR_OK; s++) {
        sent st;
        if (read_sentence(ph, lang, &ns, text, sp[s], &st)) {
            sent_free(&st);
            rc = err_set(err, AMUR_ESYS, "out of memory");
            break;
        }
        for (size_t i = 0; i < st.nnd; i++) {
            size_t k = st.nd[i].name;
            /* counted under the thing's first name, so names of one thing add up */
            while (k > 0 && ns.v[k - 1].id == ns.v[k].id)
                k--;
            count[k]++;
            if (st.nd[i].words > words[k])
                words[k] = st.nd[i].words;
        }
        sent_free(&st);
    }
    if (rc)
        goto done;
    for (size_t k = 0; k < ns.n; k++)
        if (ns.v[k].kind == NK_PROJECT && count[k] &&
            (b.main < 0 || count[k] > count[b.main] ||
             (count[k] == count[b.main] && words[k] > words[b.main]) ||
             (count[k] == count[b.main] && words[k] == words[b.main] &&
              strcmp(ns.v[k].id, ns.v[b.main].id) < 0)))
            b.main = (long)k;
    if (b.main < 0) {
        if (!(b.r->named = named_others(&ns, count)))
            rc = err_set(err, AMUR_ESYS, "out of memory");
        goto done;
    }
    { /* the words that first named it */
        for (size_t s = 0; s < nsp && !b.main_matched; s++) {
            sent st;
            if (read_sentence(ph, lang, &ns, text, sp[s], &st) == 0)
                for (size_t i = 0; i < st.nnd && !b.main_matched; i++)
                    if (ns.v[st.nd[i].name].id == ns.v[b.main].id) {
                        b.main_matched = matched_words(&st, &st.nd[i]);
                        b.main_sentence = s + 1;
                    }
            sent_free(&st);
        }
    }
    b.r->main_project = ns.v[b.main].id;
    for (size_t s = 0; s < nsp && rc == AMUR_OK; s++) {
        sent st;
        if (read_sentence(ph, lang, &ns, text, sp[s], &st) || sentence_claims(&b, &st, s + 1))
            rc = err_set(err, AMUR_ESYS, "out of memory");
        sent_free(&st);
    }
done:
    ext_toks_free(&all);
    free(b.main_matched);
    free(count);
    free(words);
    free(sp);
    names_free(&ns);
    if (rc) {
        ext_result_free(b.r);
        return rc;
    }
    *out = b.r;
    return AMUR_OK;
}

const param ext_params[] = {
    {.name = "article", .type = PARAM_TEXT, .meta = "ARTICLE",
     .where = PARAM_CLI | PARAM_ARG | PARAM_REQUIRED, .off = offsetof(ext_opts, article),
     .help = "the article: a file of plain text or HTML, or - for standard input"},
    {.name = "source", .type = PARAM_ID, .meta = "ID", .refs = REF(C_SOURCE), .where = PARAM_CLI,
     .off = offsetof(ext_opts, source),
     .help = "the stored source the article is; its date dates the claims"},
    {.name = "url", .type = PARAM_TEXT, .meta = "URL", .where = PARAM_CLI,
     .off = offsetof(ext_opts, url), .help = "a new source: the article's address"},
    {.name = "publisher", .type = PARAM_TEXT, .meta = "NAME", .where = PARAM_CLI,
     .off = offsetof(ext_opts, publisher), .help = "a new source: its outlet"},
    {.name = "date", .type = PARAM_DATE, .meta = "DATE", .where = PARAM_CLI,
     .off = offsetof(ext_opts, date),
     .help = "the article's date, which relative dates resolve against (default: the "
             "--source's date)"},
    {.name = "title", .type = PARAM_TEXT, .meta = "TEXT", .where = PARAM_CLI,
     .off = offsetof(ext_opts, title),
     .help = "a new source: its title (default: the HTML title, else the first line)"},
    {.name = "tier", .type = PARAM_CHOICE, .meta = "TIER", .choices = schema_tiers,
     .where = PARAM_CLI, .off = offsetof(ext_opts, tier),
     .help = "a new source: its tier, needed with --bundle"},
    {.name = "bundle", .type = PARAM_TEXT, .meta = "DIR", .where = PARAM_CLI,
     .off = offsetof(ext_opts, bundle),
     .help = "write the candidates as a bundle fragment (claims.csv, and sources.csv for a "
             "new source) into DIR, for amur check and amur load"},
    {0}};
