/*
** extract_lex.c — the words of an article, the phrase tables, matching
** them, date phrases and the language (extract.h, extract_int.h). The
** rules are docs/analyses.md, "Candidate claims from an article": Words,
** When, Language.
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "../core/schema.h"
#include "extract_int.h"
#include "search.h"

const char *const ext_lang_tags[EXT_NLANG] = {"en", "ru", "zh"};

static const char *const kind_names[K_NKINDS] = {
    "month",    "day",    "quarter", "half",     "season",   "end",      "endyear",
    "relyear",  "rel",    "relmonth", "yearword", "prep",    "filler",   "event",
    "plan",     "past",   "postpone", "mode",    "cost",     "capacity", "currency",
    "mult",     "unit",   "per",     "abbrev",   "generic",  "ending",   "variant"};

static const char *const seasons[] = {"spring", "summer", "autumn", "winter", NULL};

/* ---- words ---- */

static int push_tok(ext_toks *t, const ext_tok *k, const char *f, size_t flen)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        ext_tok *p = realloc(t->v, cap * sizeof *p);
        if (!p)
            return -1;
        t->v = p;
        t->cap = cap;
    }
    if (t->alen + flen + 1 > t->acap) {
        size_t cap = t->acap ? t->acap * 2 : 1024;
        char *p;
        while (cap < t->alen + flen + 1)
            cap *= 2;
        if (!(p = realloc(t->a, cap)))
            return -1;
        t->a = p;
        t->acap = cap;
    }
    t->v[t->n] = *k;
    t->v[t->n].f = t->alen;
    t->v[t->n].flen = flen;
    memcpy(t->a + t->alen, f, flen);
    t->a[t->alen + flen] = 0;
    t->alen += flen + 1;
    t->n++;
    return 0;
}

void ext_toks_free(ext_toks *t)
{
    free(t->v);
    free(t->a);
    memset(t, 0, sizeof *t);
}

/* Rewrites W (NUL-ended, in place) by the variants, in order; each
** replacement is no longer than what it replaces. */
static size_t apply_variants(const ext_phrases *ph, char *w, size_t n)
{
    for (size_t k = 0; ph && k < ph->nvar; k++) {
        const char *from = ph->var[k].from, *to = ph->var[k].to;
        size_t fl = strlen(from), tl = strlen(to), o = 0;
        if (fl > n)
            continue;
        for (size_t i = 0; i < n;) {
            if (i + fl <= n && memcmp(w + i, from, fl) == 0) {
                memcpy(w + o, to, tl);
                o += tl;
                i += fl;
            } else {
                w[o++] = w[i++];
            }
        }
        n = o;
        w[n] = 0;
    }
    return n;
}

static int classify(UChar32 c, int *script)
{
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc;
    *script = SC_OTHER;
    if (c >= '0' && c <= '9')
        return TK_NUM;
    if (u_isdigit(c) && u_charDigitValue(c) >= 0)
        return TK_NUM;
    sc = uscript_getScript(c, &st);
    if (U_SUCCESS(st) && sc == USCRIPT_HAN) {
        *script = SC_HAN;
        return TK_HAN;
    }
    if (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK ||
        u_charType(c) == U_COMBINING_SPACING_MARK) {
        if (U_SUCCESS(st))
            *script = sc == USCRIPT_LATIN ? SC_LATIN : sc == USCRIPT_CYRILLIC ? SC_CYRILLIC
                                                                                : SC_OTHER;
        return TK_WORD;
    }
    return -1;
}

static int gap_of(UChar32 c)
{
    if (u_isUWhiteSpace(c))
        return GAP_SPACE;
    if (c == ',' || c == 0xFF0C || c == 0x3001 || u_charType(c) == U_DASH_PUNCTUATION)
        return GAP_SOFT;
    return GAP_HARD;
}

/* Folds S[from, to) into a word of class CLS and pushes it. */
static int emit(const ext_phrases *ph, const char *s, size_t from, size_t to, int cls,
                int script, int gap, ext_toks *out)
{
    char raw[EXT_MAX_TOKEN + 1], f[EXT_MAX_TOKEN * 8 + 1];
    ext_tok k;
    long fl;
    memset(&k, 0, sizeof k);
    memcpy(raw, s + from, to - from);
    raw[to - from] = 0;
    fl = search_fold(raw, f, sizeof f);
    if (fl < 0) {
        memcpy(f, raw, to - from + 1);
        fl = (long)(to - from);
    }
    if (cls == TK_WORD)
        fl = (long)apply_variants(ph, f, (size_t)fl);
    k.start = from;
    k.end = to;
    k.cls = (unsigned char)cls;
    k.script = (unsigned char)script;
    k.gap = (unsigned char)gap;
    k.num = -1;
    if (cls == TK_NUM) {
        size_t nd = 0;
        long v = 0;
        for (long i = 0; i < fl; i++)
            if (f[i] >= '0' && f[i] <= '9') {
                nd++;
                if (nd <= 9)
                    v = v * 10 + (f[i] - '0');
            }
        k.ndig = (unsigned char)(nd > 255 ? 255 : nd);
        k.num = nd <= 9 ? v : -1;
    }
    return push_tok(out, &k, f, (size_t)fl);
}

int ext_tokenize(const ext_phrases *ph, const char *s, size_t n, int pattern, ext_toks *out)
{
    int32_t i = 0, len = (int32_t)n;
    int cur = -1, curscript = SC_OTHER, gap = GAP_NONE;
    size_t start = 0;
    memset(out, 0, sizeof *out);
    while (i < len) {
        int32_t at = i;
        UChar32 c;
        int cls, script;
        U8_NEXT(s, i, len, c);
        if (c < 0)
            c = 0xFFFD;
        cls = classify(c, &script);
        if (pattern && c == '*') {
            if (cur >= 0 && emit(ph, s, start, (size_t)at, cur, curscript, gap, out))
                return -1;
            if (cur >= 0)
                gap = GAP_NONE;
            cur = -1;
            if (out->n)
                out->v[out->n - 1].stem = 1;
            continue;
        }
        if (pattern && c == '#')
            cls = TK_ANY;
        /* a word goes on while its class does (Han and '#' are one each) */
        if (cur >= 0 && (cls != cur || cls == TK_HAN || cls == TK_ANY ||
                         (size_t)i - start > EXT_MAX_TOKEN)) {
            if (emit(ph, s, start, (size_t)at, cur, curscript, gap, out))
                return -1;
            gap = GAP_NONE;
            cur = -1;
        }
        if (cls < 0) {
            int g = gap_of(c);
            if (g > gap)
                gap = g;
            continue;
        }
        if (cur < 0) {
            cur = cls;
            curscript = script;
            start = (size_t)at;
        } else if (curscript == SC_OTHER && script != SC_OTHER) {
            curscript = script; /* a word led by a mark */
        }
    }
    if (cur >= 0 && emit(ph, s, start, n, cur, curscript, gap, out))
        return -1;
    return 0;
}

/* ---- the tables ---- */

static int kind_of(const char *name)
{
    for (int k = 0; k < K_NKINDS; k++)
        if (strcmp(kind_names[k], name) == 0)
            return k;
    return -1;
}

static int lang_of(const char *tag)
{
    for (int l = 0; l < EXT_NLANG; l++)
        if (strcmp(ext_lang_tags[l], tag) == 0)
            return l;
    return -1;
}

/* Splits LINE at tabs into at most MAX fields (in place); returns how many. */
static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = 0;
            f[n++] = p + 1;
        }
    return n;
}

static int parse_num(const char *s, long *out)
{
    char *end;
    long v;
    if (!*s)
        return -1;
    v = strtol(s, &end, 10);
    if (*end)
        return -1;
    *out = v;
    return 0;
}

/* Reads the values of entry E (fields F[2..NF)) as its kind wants. */
static const char *entry_values(ext_entry *e, char **f, int nf)
{
    const char *v0 = nf > 2 ? f[2] : "";
    switch (e->kind) {
    case K_MONTH:
    case K_DAY:
    case K_QUARTER:
    case K_HALF:
        if (strcmp(v0, "#") == 0) {
            e->num = NUM_FROM_TEXT;
            return NULL;
        }
        if (parse_num(v0, &e->num) || e->num < 1 || e->num > 31)
            return "expected a number or #";
        return NULL;
    case K_RELYEAR:
    case K_REL:
    case K_RELMONTH:
        return parse_num(v0, &e->num) || e->num < -9 || e->num > 9
                   ? "expected a whole number from -9 to 9"
                   : NULL;
    case K_MULT:
        return parse_num(v0, &e->num) || e->num < 1 ? "expected a factor" : NULL;
    case K_SEASON:
        for (long i = 0; seasons[i]; i++)
            if (strcmp(seasons[i], v0) == 0) {
                e->num = i;
                return NULL;
            }
        return "expected spring, summer, autumn or winter";
    case K_EVENT:
        if (nf < 5)
            return "expected an event, a stage and a tense";
        if (strcmp(f[3], "-") != 0 && schema_stage_rank(f[3]) < 0)
            return "not a stage";
        if (strcmp(f[4], "any") && strcmp(f[4], "past") && strcmp(f[4], "future"))
            return "expected the tense any, past or future";
        e->num = f[4][0] == 'p' ? 1 : f[4][0] == 'f' ? 2 : 0;
        for (int i = 0; i < 2; i++)
            if (strcmp(f[2 + i], "-") != 0 && !(e->v[i] = strdup(f[2 + i])))
                return "out of memory";
        return NULL;
    case K_MODE:
    case K_CURRENCY:
    case K_UNIT:
    case K_PER:
        if (!*v0)
            return "expected a value";
        return (e->v[0] = strdup(v0)) ? NULL : "out of memory";
    default:
        return nf > 2 && *v0 ? "takes no value" : NULL;
    }
}

static int add_bucket(ext_table *t, int b, size_t idx)
{
    size_t *p = realloc(t->bucket[b], (t->nbucket[b] + 1) * sizeof *p);
    if (!p)
        return -1;
    p[t->nbucket[b]++] = idx;
    t->bucket[b] = p;
    return 0;
}

static int load_variants(ext_phrases *ph, const ext_phrase_file *pf, amur_err *err)
{
    char *copy = strndup(pf->text, pf->len), *save = NULL;
    int line = 0;
    if (!copy)
        return err_set(err, AMUR_ESYS, "out of memory");
    for (char *l = strtok_r(copy, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        char *f[6], a[64], b[64];
        long al, bl;
        line++;
        if (split_tabs(l, f, 6) < 3 || strcmp(f[0], "variant") != 0)
            continue;
        al = search_fold(f[1], a, sizeof a);
        bl = search_fold(f[2], b, sizeof b);
        if (al <= 0 || bl < 0 || bl > al) {
            free(copy);
            return err_set(err, AMUR_ESYS, "phrases/%s: variant '%s': the rewrite must not be "
                           "longer than what it replaces", pf->file, f[1]);
        }
        {
            ext_variant *v = realloc(ph->var, (ph->nvar + 1) * sizeof *v);
            if (!v || !(v[ph->nvar].from = strdup(a)) || !(v[ph->nvar].to = strdup(b))) {
                if (v) {
                    free(v[ph->nvar].from);
                    ph->var = v;
                }
                free(copy);
                return err_set(err, AMUR_ESYS, "out of memory");
            }
            ph->var = v;
            ph->nvar++;
        }
    }
    free(copy);
    return AMUR_OK;
}

static int load_file(ext_phrases *ph, const ext_phrase_file *pf, amur_err *err)
{
    int lang = lang_of(pf->lang), line = 0;
    ext_table *t;
    const char *p = pf->text, *end = pf->text + pf->len;
    if (lang < 0)
        return err_set(err, AMUR_ESYS, "phrases/%s: not a language extract reads", pf->file);
    t = &ph->t[lang];
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
        char l[512], *f[6];
        int nf, kind;
        ext_toks pat;
        ext_entry *e;
        const char *msg;
        line++;
        if (ll >= sizeof l)
            return err_set(err, AMUR_ESYS, "phrases/%s:%d: line too long", pf->file, line);
        memcpy(l, p, ll);
        l[ll] = 0;
        p += ll + (nl ? 1 : 0);
        if (!l[0] || l[0] == '#')
            continue;
        nf = split_tabs(l, f, 6);
        if ((kind = kind_of(f[0])) < 0)
            return err_set(err, AMUR_ESYS, "phrases/%s:%d: unknown kind '%s'", pf->file, line,
                           f[0]);
        if (kind == K_VARIANT)
            continue; /* load_variants() */
        if (nf < 2 || !f[1][0])
            return err_set(err, AMUR_ESYS, "phrases/%s:%d: no pattern", pf->file, line);
        if (t->n == t->cap) {
            size_t cap = t->cap ? t->cap * 2 : 256;
            ext_entry *ne = realloc(t->e, cap * sizeof *ne);
            if (!ne)
                return err_set(err, AMUR_ESYS, "out of memory");
            t->e = ne;
            t->cap = cap;
        }
        e = &t->e[t->n];
        memset(e, 0, sizeof *e);
        e->kind = (unsigned char)kind;
        e->line = line;
        if (ext_tokenize(ph, f[1], strlen(f[1]), 1, &pat))
            return err_set(err, AMUR_ESYS, "out of memory");
        if (!pat.n) {
            ext_toks_free(&pat);
            return err_set(err, AMUR_ESYS, "phrases/%s:%d: the pattern '%s' has no word",
                           pf->file, line, f[1]);
        }
        e->first = t->pat.n;
        e->n = pat.n;
        for (size_t i = 0; i < pat.n; i++)
            if (push_tok(&t->pat, &pat.v[i], TOKF(&pat, i), pat.v[i].flen)) {
                ext_toks_free(&pat);
                return err_set(err, AMUR_ESYS, "out of memory");
            }
        ext_toks_free(&pat);
        t->n++; /* counted before its values, so that ext_phrases_free() frees them */
        if ((msg = entry_values(e, f, nf)))
            return err_set(err, AMUR_ESYS, "phrases/%s:%d: %s: %s", pf->file, line, f[0], msg);
        if (kind != K_ABBREV && kind != K_GENERIC && kind != K_ENDING) {
            const ext_tok *w = &t->pat.v[e->first];
            int b = w->cls == TK_ANY ? 256 : (unsigned char)t->pat.a[w->f];
            if (add_bucket(t, b, t->n - 1))
                return err_set(err, AMUR_ESYS, "out of memory");
        }
    }
    return AMUR_OK;
}

int ext_phrases_load(ext_phrases **out, amur_err *err)
{
    ext_phrases *ph = calloc(1, sizeof *ph);
    int rc = AMUR_OK;
    *out = NULL;
    if (!ph)
        return err_set(err, AMUR_ESYS, "out of memory");
    for (size_t i = 0; rc == AMUR_OK && i < ext_nphrase_files; i++)
        rc = load_variants(ph, &ext_phrase_files[i], err);
    for (size_t i = 0; rc == AMUR_OK && i < ext_nphrase_files; i++)
        rc = load_file(ph, &ext_phrase_files[i], err);
    if (rc) {
        ext_phrases_free(ph);
        return rc;
    }
    *out = ph;
    return AMUR_OK;
}

void ext_phrases_free(ext_phrases *ph)
{
    if (!ph)
        return;
    for (int l = 0; l < EXT_NLANG; l++) {
        ext_table *t = &ph->t[l];
        for (size_t i = 0; i < t->n; i++)
            for (int k = 0; k < 3; k++)
                free(t->e[i].v[k]);
        free(t->e);
        ext_toks_free(&t->pat);
        for (int b = 0; b < 257; b++)
            free(t->bucket[b]);
    }
    for (size_t i = 0; i < ph->nvar; i++) {
        free(ph->var[i].from);
        free(ph->var[i].to);
    }
    free(ph->var);
    free(ph);
}

const char *ext_entry_text(const ext_phrases *ph, ext_lang lang, const ext_entry *e,
                           const char *sep, char *buf, size_t size)
{
    const ext_table *t = &ph->t[lang];
    size_t len = 0;
    buf[0] = 0;
    for (size_t j = 0; j < e->n && len < size; j++)
        len += (size_t)snprintf(buf + len, size - len, "%s%s", j ? sep : "",
                                TOKF(&t->pat, e->first + j));
    return buf;
}

/* Whether word W (folded) is matched by the one-word pattern of E. */
static int word_is(const ext_table *t, const ext_entry *e, const char *w, int stems)
{
    const ext_tok *p = &t->pat.v[e->first];
    const char *pf = TOKF(&t->pat, e->first);
    if (e->n != 1)
        return 0;
    if (p->stem)
        return stems && strncmp(w, pf, p->flen) == 0;
    return strcmp(w, pf) == 0;
}

int ext_is_word(const ext_phrases *ph, int kind, const char *w)
{
    for (int l = 0; l < EXT_NLANG; l++)
        for (size_t i = 0; i < ph->t[l].n; i++)
            if (ph->t[l].e[i].kind == kind && word_is(&ph->t[l], &ph->t[l].e[i], w, 0))
                return 1;
    return 0;
}

int ext_is_generic(const ext_phrases *ph, const char *w)
{
    for (int l = 0; l < EXT_NLANG; l++)
        for (size_t i = 0; i < ph->t[l].n; i++)
            if (ph->t[l].e[i].kind == K_GENERIC && word_is(&ph->t[l], &ph->t[l].e[i], w, 1))
                return 1;
    return 0;
}

size_t ext_ending(const ext_phrases *ph, const char *w, size_t minkeep)
{
    const ext_table *t = &ph->t[EXT_RU];
    size_t n = strlen(w), best = 0;
    for (size_t i = 0; i < t->n; i++) {
        const char *end;
        size_t el;
        if (t->e[i].kind != K_ENDING || t->e[i].n != 1)
            continue;
        end = TOKF(&t->pat, t->e[i].first);
        el = t->pat.v[t->e[i].first].flen;
        if (el > best && n >= el + minkeep && memcmp(w + n - el, end, el) == 0)
            best = el;
    }
    return best;
}

/* ---- matching ---- */

/* How many words entry E of T matches at word I of X (0: none); *NUM gets
** the number a '#' matched. */
static size_t match_at(const ext_table *t, const ext_entry *e, const ext_toks *x, size_t i,
                       long *num)
{
    if (i + e->n > x->n)
        return 0;
    for (size_t j = 0; j < e->n; j++) {
        const ext_tok *p = &t->pat.v[e->first + j], *w = &x->v[i + j];
        const char *pf = TOKF(&t->pat, e->first + j), *wf = TOKF(x, i + j);
        if (j && w->gap == GAP_HARD)
            return 0;
        if (p->cls == TK_ANY) {
            if (w->cls != TK_NUM || w->ndig > 2)
                return 0;
            *num = w->num;
            continue;
        }
        if (w->cls == TK_NUM && p->cls != TK_NUM)
            return 0;
        if (p->stem ? strncmp(wf, pf, p->flen) != 0
                    : (w->flen != p->flen || memcmp(wf, pf, p->flen) != 0))
            return 0;
    }
    return e->n;
}

int ext_marks(const ext_phrases *ph, ext_lang lang, const ext_toks *x, ext_mark **out,
              size_t *n)
{
    const ext_table *t = &ph->t[lang];
    ext_mark *m = NULL;
    size_t nm = 0, cap = 0;
    *out = NULL;
    *n = 0;
    for (size_t i = 0; i < x->n;) {
        size_t best = 0, bidx = 0;
        long bnum = 0;
        const ext_tok *w = &x->v[i];
        int buckets[2] = {(unsigned char)TOKF(x, i)[0], w->cls == TK_NUM ? 256 : -1};
        ext_mark mk;
        for (int bi = 0; bi < 2; bi++) {
            if (buckets[bi] < 0)
                continue;
            for (size_t k = 0; k < t->nbucket[buckets[bi]]; k++) {
                size_t idx = t->bucket[buckets[bi]][k];
                long num = 0;
                size_t len = match_at(t, &t->e[idx], x, i, &num);
                if (len && (len > best || (len == best && idx < bidx))) {
                    best = len;
                    bidx = idx;
                    bnum = num;
                }
            }
        }
        memset(&mk, 0, sizeof mk);
        mk.tok = i;
        if (best) {
            const ext_entry *e = &t->e[bidx];
            mk.kind = e->kind;
            mk.ntok = best;
            mk.e = e;
            mk.num = e->num == NUM_FROM_TEXT ? bnum : e->num;
        } else if (w->cls == TK_NUM) {
            mk.kind = w->ndig == 4 && w->num >= 1900 && w->num <= 2100 ? K_YEAR : K_NUM;
            mk.ntok = 1;
            mk.num = w->num;
        } else {
            i++;
            continue;
        }
        if (nm == cap) {
            size_t c = cap ? cap * 2 : 32;
            ext_mark *p = realloc(m, c * sizeof *p);
            if (!p) {
                free(m);
                return -1;
            }
            m = p;
            cap = c;
        }
        m[nm++] = mk;
        i += mk.ntok;
    }
    *out = m;
    *n = nm;
    return 0;
}

/* ---- dates ---- */

typedef struct group {
    int year, ry, has_ry, rel, has_rel, rm, has_rm;
    int month, day, q, h, season, end, yearword, prep, core;
    long pending; /* a number just before a month: its day */
    size_t t0, t1;
    int n;
} group;

void ext_date_fill(ext_date *d)
{
    static const char *const sname[] = {"spring", "summer", "autumn", "winter"};
    char v[PDATE_BUF];
    d->value.y = d->y;
    d->value.m = 0;
    d->value.d = 0;
    d->stated[0] = 0;
    if (d->m && d->d) {
        d->value.m = d->m;
        d->value.d = d->d;
    } else if (d->m) {
        d->value.m = d->m;
        if (d->end)
            snprintf(d->stated, sizeof d->stated, "end of %s", pdate_format(d->value, v));
    } else if (d->q) {
        if (d->end) {
            d->value.m = 3 * d->q;
            snprintf(d->stated, sizeof d->stated, "end of %d-Q%d", d->y, d->q);
        } else {
            snprintf(d->stated, sizeof d->stated, "%d-Q%d", d->y, d->q);
        }
    } else if (d->h) {
        if (d->end) {
            d->value.m = 6 * d->h;
            snprintf(d->stated, sizeof d->stated, "end of %d-H%d", d->y, d->h);
        } else {
            snprintf(d->stated, sizeof d->stated, "%d-H%d", d->y, d->h);
        }
    } else if (d->season) {
        snprintf(d->stated, sizeof d->stated, "%d %s", d->y, sname[d->season - 1]);
    } else if (d->end) {
        snprintf(d->stated, sizeof d->stated, "end of %d", d->y);
    }
}

/* Resolves group G into D; 0 when it is not a date. */
static int resolve(const group *g, ext_lang lang, pdate a, ext_date *d)
{
    int unit = g->month || g->q || g->h || g->season;
    memset(d, 0, sizeof *d);
    if (!g->core)
        return 0;
    if (g->year) {
        d->y = g->year;
    } else if (g->has_ry) {
        d->y = a.y + g->ry;
        d->relative = 1;
    } else if (g->has_rm) {
        long total;
        if (!a.m)
            return 0;
        total = (long)a.y * 12 + (a.m - 1) + g->rm;
        d->y = (int)(total / 12);
        d->m = (int)(total % 12) + 1;
        d->relative = 1;
    } else if (g->has_rel && unit) {
        d->y = a.y + g->rel;
        d->relative = 1;
    } else if (unit || g->end) {
        if (g->end && !unit && !g->yearword)
            return 0; /* "the end" of nothing named */
        if ((g->month || g->season) && !g->q && !g->h && !g->prep && lang != EXT_ZH)
            return 0; /* "may open", "fall" */
        d->y = a.y;
        d->relative = d->implicit = 1;
    } else {
        return 0;
    }
    if (g->year && !unit && !g->end && !g->day && !g->prep && !g->yearword)
        return 0; /* a bare number: "2000 trucks" */
    if (!d->m)
        d->m = g->month;
    if (g->day && d->m)
        d->d = g->day;
    d->q = g->q;
    d->h = g->h;
    d->season = g->season;
    d->end = g->end;
    if (d->y < 1000 || d->y > 9999 || d->q > 4 || d->h > 2 || d->m > 12)
        return 0;
    if (d->d && (d->d > 31 || pdate_from_days(pdate_days(d->y, d->m, d->d)).m != d->m))
        d->d = 0; /* 31 June: the month is all the text is sure of */
    ext_date_fill(d);
    d->tok = g->t0;
    d->ntok = g->t1 - g->t0;
    return 1;
}

static int dateish(int k)
{
    return k <= K_FILLER || k == K_YEAR || k == K_NUM;
}

/* Whether mark M would fill a part group G already has. */
static int clashes(const group *g, const ext_mark *m)
{
    switch (m->kind) {
    case K_YEAR:
    case K_RELYEAR:
    case K_RELMONTH:
        return g->year || g->has_ry || g->has_rm;
    case K_MONTH:
        return g->month != 0;
    case K_DAY:
        return g->day != 0;
    case K_QUARTER:
        return g->q != 0;
    case K_HALF:
        return g->h != 0;
    case K_SEASON:
        return g->season != 0;
    case K_REL:
        return g->has_rel;
    case K_PREP:
        return g->core; /* a preposition after a date begins the next one */
    default:
        return 0;
    }
}

static void add_mark(group *g, const ext_mark *m, const ext_mark *prev)
{
    if (!g->n)
        g->t0 = m->tok;
    g->t1 = m->tok + m->ntok;
    g->n++;
    switch (m->kind) {
    case K_YEAR: g->year = (int)m->num; g->core = 1; break;
    case K_RELYEAR: g->ry = (int)m->num; g->has_ry = 1; g->core = 1; break;
    case K_RELMONTH: g->rm = (int)m->num; g->has_rm = 1; g->core = 1; break;
    case K_REL: g->rel = (int)m->num; g->has_rel = 1; break;
    case K_MONTH:
        g->month = (int)m->num;
        g->core = 1;
        if (g->pending > 0 && prev && prev->kind == K_NUM && prev->tok + 1 == m->tok)
            g->day = (int)g->pending;
        break;
    case K_DAY: g->day = (int)m->num; break;
    case K_QUARTER: g->q = (int)m->num; g->core = 1; break;
    case K_HALF: g->h = (int)m->num; g->core = 1; break;
    case K_SEASON: g->season = (int)m->num + 1; g->core = 1; break;
    case K_END: g->end = 1; g->core = 1; break;
    case K_ENDYEAR: g->end = 1; g->yearword = 1; g->core = 1; break;
    case K_YEARWORD: g->yearword = 1; break;
    case K_PREP: if (!g->core) g->prep = 1; break;
    case K_NUM:
        if (g->month && !g->day && prev && prev->kind == K_MONTH && m->num >= 1 && m->num <= 31)
            g->day = (int)m->num; /* June 10 */
        else
            g->pending = m->num >= 1 && m->num <= 31 ? m->num : 0;
        break;
    default: break;
    }
}

size_t ext_dates_of(const ext_toks *x, const ext_mark *mk, size_t nm, ext_lang lang,
                    pdate article, ext_date *out, size_t max)
{
    group g;
    size_t n = 0, last_end = 0;
    const ext_mark *prev = NULL;
    memset(&g, 0, sizeof g);
    for (size_t i = 0; i <= nm; i++) {
        const ext_mark *m = i < nm ? &mk[i] : NULL;
        int close = !m || !dateish(m->kind) ||
                    (g.n && (m->tok != last_end || x->v[m->tok].gap == GAP_HARD)) ||
                    (g.n && clashes(&g, m));
        if (close && g.n) {
            if (n < max && resolve(&g, lang, article, &out[n])) {
                out[n].at = x->v[out[n].tok].start;
                out[n].len = x->v[out[n].tok + out[n].ntok - 1].end - out[n].at;
                n++;
            }
            memset(&g, 0, sizeof g);
            prev = NULL;
        }
        if (!m || !dateish(m->kind))
            continue;
        add_mark(&g, m, prev);
        prev = m;
        last_end = m->tok + m->ntok;
    }
    return n;
}

int ext_dates(const ext_phrases *ph, ext_lang lang, const char *sentence, pdate article,
              ext_date *out, size_t max, size_t *n, amur_err *err)
{
    ext_toks x;
    ext_mark *m;
    size_t nm;
    *n = 0;
    if (ext_tokenize(ph, sentence, strlen(sentence), 0, &x) ||
        ext_marks(ph, lang, &x, &m, &nm)) {
        ext_toks_free(&x);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    *n = ext_dates_of(&x, m, nm, lang, article, out, max);
    free(m);
    ext_toks_free(&x);
    return AMUR_OK;
}

/* ---- the language ---- */

int ext_detect(const char *text, size_t n, ext_lang *out, amur_err *err)
{
    size_t cyr = 0, lat = 0, han = 0, other = 0, best;
    int32_t i = 0, len = (int32_t)n;
    UScriptCode first_other = USCRIPT_INVALID_CODE;
    while (i < len) {
        UChar32 c;
        UErrorCode st = U_ZERO_ERROR;
        UScriptCode sc;
        U8_NEXT(text, i, len, c);
        if (c < 0 || !u_isalpha(c))
            continue;
        sc = uscript_getScript(c, &st);
        if (U_FAILURE(st))
            continue;
        if (sc == USCRIPT_CYRILLIC)
            cyr++;
        else if (sc == USCRIPT_LATIN)
            lat++;
        else if (sc == USCRIPT_HAN)
            han++;
        else if (sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED) {
            other++;
            if (first_other == USCRIPT_INVALID_CODE)
                first_other = sc;
        }
    }
    if (!cyr && !lat && !han && !other)
        return err_set(err, AMUR_EDATA, "no letters: not an article");
    /* a Chinese character is worth about two letters of text */
    best = cyr > lat ? cyr : lat;
    if (2 * han > best)
        best = 2 * han;
    if (other * 2 > best)
        return err_set(err, AMUR_EDATA,
                       "written in another script (%s): extract reads Russian, Chinese and "
                       "English",
                       uscript_getName(first_other));
    *out = best == 2 * han ? EXT_ZH : best == cyr ? EXT_RU : EXT_EN;
    return AMUR_OK;
}
