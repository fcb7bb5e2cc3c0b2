/*
** carryover.c — declared and detected carry-overs; see carryover.h and
** docs/analyses.md, "Carry-over".
**
** Detection, in three steps. Each listed project's name in each language
** becomes a sorted set of n-gram keys (a trigram of code points packs into
** one 64-bit integer, 21 bits a character). The (key, place, project)
** postings of each language are sorted: an inverted index by n-gram and
** place. Then for each project, the projects of the same place (or of no
** place) sharing one of its n-grams (skipping an n-gram shared by more
** than CARRY_MAX_POSTINGS names of that place) are its candidates, and
** only candidates are scored. Pairs whose places disagree are never
** reported, so they are never looked at: the work grows with the number
** of names and their common n-grams within a place, never with the square
** of the number of names.
*/
#include "carryover.h"

#include <stdlib.h>
#include <string.h>

#include "../core/schema.h"

enum { LANG_EN, LANG_RU, LANG_ZH, NLANG };

/* ---- normalisation ---- */

/* Decodes one UTF-8 character at *S, advancing it; 0 at the end. Bytes that
** are not valid UTF-8 (the store holds only checked text) are skipped. */
static uint32_t next_cp(const unsigned char **s)
{
    const unsigned char *p = *s;
    uint32_t c;
    int extra;
    while (*p) {
        if (*p < 0x80) {
            *s = p + 1;
            return *p;
        }
        if ((*p & 0xE0) == 0xC0)
            c = *p & 0x1F, extra = 1;
        else if ((*p & 0xF0) == 0xE0)
            c = *p & 0x0F, extra = 2;
        else if ((*p & 0xF8) == 0xF0)
            c = *p & 0x07, extra = 3;
        else {
            p++;
            continue;
        }
        p++;
        for (; extra && (*p & 0xC0) == 0x80; extra--)
            c = (c << 6) | (*p++ & 0x3F);
        if (extra)
            continue;
        *s = p;
        return c;
    }
    *s = p;
    return 0;
}

/* Lower case by hand rather than through ICU: the names are English,
** Russian and Chinese, and these ranges hold every cased letter of those
** alphabets (plus Latin-1 for borrowed names), so a library dependency
** would buy nothing here. Full-width ASCII forms fold to ASCII first. */
static uint32_t lower(uint32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
        (c >= 0x410 && c <= 0x42F))
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        c += 0x50;
    return c == 0x451 ? 0x435 : c; /* ё is written е as often as not */
}

/* Letters and digits stay; punctuation, spaces, symbols and combining
** marks go. Ranges, since the C library's iswalnum depends on the locale. */
static int keep(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return !((c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x300 && c <= 0x36F) ||
             (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
             (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF65));
}

size_t carry_normalise(const char *s, uint32_t *out, size_t max)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = 0;
    uint32_t c;
    while (n < max && (c = next_cp(&p)) != 0)
        if (keep(c = lower(c)))
            out[n++] = c;
    return n;
}

/* ---- n-grams and Jaccard ---- */

static int cmp_u64(const void *pa, const void *pb)
{
    uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
    return a < b ? -1 : a > b;
}

/* The sorted, distinct N-gram keys of NAME into OUT (room for
** CARRY_MAX_CHARS); returns how many. A name shorter than N characters is
** one n-gram, itself: its key has a zero where a full n-gram never has. */
static size_t grams(const char *name, int n, uint64_t *out)
{
    uint32_t cp[CARRY_MAX_CHARS];
    size_t len = carry_normalise(name, cp, CARRY_MAX_CHARS), k = 0, m = 0;
    size_t count = len == 0 ? 0 : len < (size_t)n ? 1 : len - (size_t)n + 1;
    for (size_t i = 0; i < count; i++) {
        uint64_t key = 0;
        for (size_t j = i; j < i + (size_t)n && j < len; j++)
            key = (key << 21) | cp[j];
        out[k++] = key;
    }
    qsort(out, k, sizeof *out, cmp_u64);
    for (size_t i = 0; i < k; i++)
        if (m == 0 || out[i] != out[m - 1])
            out[m++] = out[i];
    return m;
}

static double jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, common = 0;
    if (!na || !nb)
        return 0;
    while (i < na && j < nb) {
        if (a[i] == b[j])
            common++, i++, j++;
        else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    return (double)common / (double)(na + nb - common);
}

double carry_jaccard(const char *a, const char *b, int n)
{
    uint64_t ga[CARRY_MAX_CHARS], gb[CARRY_MAX_CHARS];
    size_t na, nb;
    if (!a || !b || n < 1 || n > 3)
        return 0;
    na = grams(a, n, ga);
    nb = grams(b, n, gb);
    return jaccard(ga, na, gb, nb);
}

static const char *name_in(const ev_names *n, int lang)
{
    return lang == LANG_EN ? n->en : lang == LANG_RU ? n->ru : n->zh;
}

static int gram_size(int lang)
{
    return lang == LANG_ZH ? 2 : 3; /* a Chinese character is about a syllable */
}

double carry_similarity(const ev_names *a, const ev_names *b)
{
    double best = 0;
    for (int l = 0; l < NLANG; l++) {
        double s = carry_jaccard(name_in(a, l), name_in(b, l), gram_size(l));
        if (s > best)
            best = s;
    }
    return best;
}

/* ---- the finder ---- */

typedef struct entry {
    const ev_listing *lst;
    const ev_instrument *ins;
    size_t p, i; /* project and listing indices */
} entry;

/* 16 bytes: a million projects' names make some 45 million postings. */
typedef struct posting {
    uint64_t key;
    uint32_t grp; /* the project's place group: 0 no place, else 1 + the place's index */
    uint32_t p;
} posting;

typedef struct finder {
    const evidence *e;
    double threshold;
    entry *ent;       /* listings by project, instrument, id */
    size_t *run;      /* project p's listings: ent[run[p] .. run[p+1]) */
    size_t *grp;      /* project p's place group, as in posting */
    uint64_t *keys[NLANG];
    size_t *off[NLANG]; /* project p's keys: keys[l][off[l][p] .. off[l][p+1]) */
    posting *post[NLANG];
    size_t npost[NLANG];
    uint64_t *ukey[NLANG]; /* the distinct keys, sorted; key u's postings are */
    size_t *ustart[NLANG]; /* post[ustart[u] .. ustart[u+1]) */
    size_t nukey[NLANG];
    carry_pair *pairs;
    size_t n, cap;
    amur_err *err;
} finder;

/* Instruments in date order (undated last), then by id. */
static int inst_cmp(const ev_instrument *a, const ev_instrument *b)
{
    if (a->date.y && b->date.y) {
        int c = pdate_cmp(a->date, b->date);
        if (c)
            return c;
    } else if (a->date.y != b->date.y) {
        return a->date.y ? -1 : 1;
    }
    return strcmp(a->id, b->id);
}

static int cmp_entry(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    int c;
    if (a->p != b->p)
        return a->p < b->p ? -1 : 1;
    if ((c = inst_cmp(a->ins, b->ins)))
        return c;
    return strcmp(a->lst->id, b->lst->id);
}

static int cmp_posting(const void *pa, const void *pb)
{
    const posting *a = pa, *b = pb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if (a->grp != b->grp)
        return a->grp < b->grp ? -1 : 1;
    return a->p < b->p ? -1 : a->p > b->p;
}

static int oom(finder *f)
{
    return err_set(f->err, AMUR_ESYS, "out of memory");
}

/* Adds the pair of listings X and Y (indices in e->listings), if their
** instruments differ, with the earlier instrument's as a. */
static int add_pair(finder *f, size_t x, size_t y, double score, int declared)
{
    const evidence *e = f->e;
    const ev_instrument *ix = &e->instruments[e->listings[x].inst];
    const ev_instrument *iy = &e->instruments[e->listings[y].inst];
    carry_pair *p;
    if (ix == iy)
        return AMUR_OK;
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 64;
        carry_pair *a;
        if (f->n >= CARRY_MAX_PAIRS)
            return err_set(f->err, AMUR_EDATA, "more than %d carry-over pairs: raise --threshold",
                           CARRY_MAX_PAIRS);
        if (!(a = realloc(f->pairs, cap * sizeof *a)))
            return oom(f);
        f->pairs = a;
        f->cap = cap;
    }
    p = &f->pairs[f->n++];
    p->a = inst_cmp(ix, iy) < 0 ? x : y;
    p->b = p->a == x ? y : x;
    p->score = score;
    p->declared = declared;
    return AMUR_OK;
}

/* Groups the listings by project, in instrument order. */
static int index_listings(finder *f)
{
    const evidence *e = f->e;
    size_t n = 0;
    if (!(f->ent = malloc((e->n_listings ? e->n_listings : 1) * sizeof *f->ent)) ||
        !(f->run = calloc(e->n_projects + 1, sizeof *f->run)) ||
        !(f->grp = calloc(e->n_projects + 1, sizeof *f->grp)))
        return oom(f);
    for (size_t p = 0; p < e->n_projects; p++) {
        /* a place not in the set (impossible in a checked database) is
        ** grouped as unknown; places_agree() still compares the ids */
        long g = ev_find(e, C_PLACE, e->projects[p].place);
        f->grp[p] = g < 0 ? 0 : (size_t)g + 1;
    }
    for (size_t i = 0; i < e->n_listings; i++) {
        long p = ev_find(e, C_PROJECT, e->listings[i].project);
        if (p < 0)
            continue; /* cannot happen in a checked database */
        f->ent[n].lst = &e->listings[i];
        f->ent[n].ins = &e->instruments[e->listings[i].inst];
        f->ent[n].p = (size_t)p;
        f->ent[n++].i = i;
    }
    qsort(f->ent, n, sizeof *f->ent, cmp_entry);
    /* run[p+1] counts project p's listings, then prefix sums give offsets */
    for (size_t k = 0; k < n; k++)
        f->run[f->ent[k].p + 1]++;
    for (size_t p = 0; p < e->n_projects; p++)
        f->run[p + 1] += f->run[p];
    return AMUR_OK;
}

static int declared(finder *f)
{
    const evidence *e = f->e;
    int rc;
    /* one project in two instruments: each listing and the project's
    ** listings in the instrument before its own (the ent[] run of a project
    ** is in instrument order, so that is the block just before) */
    for (size_t p = 0; p < e->n_projects; p++)
        for (size_t j = f->run[p] + 1; j < f->run[p + 1]; j++) {
            size_t i = j;
            while (i > f->run[p] && f->ent[i - 1].ins == f->ent[j].ins)
                i--;
            for (size_t k = i; k > f->run[p] && f->ent[k - 1].ins == f->ent[i - 1].ins; k--)
                if ((rc = add_pair(f, f->ent[k - 1].i, f->ent[j].i, 1.0, 1)))
                    return rc;
        }
    for (size_t i = 0; i < e->n_listings; i++) {
        const ev_listing *l = &e->listings[i];
        long from = l->carried_from ? ev_find(e, C_LISTING, l->carried_from) : -1;
        long pa, pb;
        double score = 1.0;
        if (from < 0)
            continue; /* not declared, or its instrument is out of view */
        pa = ev_find(e, C_PROJECT, e->listings[from].project);
        pb = ev_find(e, C_PROJECT, l->project);
        if (pa >= 0 && pb >= 0 && pa != pb)
            score = carry_similarity(&e->projects[pa].name, &e->projects[pb].name);
        if ((rc = add_pair(f, (size_t)from, i, score, 1)))
            return rc;
    }
    return AMUR_OK;
}

/* The n-gram sets of every listed project's names, and the postings. */
static int index_names(finder *f)
{
    const evidence *e = f->e;
    uint64_t g[CARRY_MAX_CHARS];
    for (int l = 0; l < NLANG; l++) {
        size_t total = 0, cap = 1024;
        /* never NULL, so that an empty set is still a valid pointer */
        if (!(f->off[l] = calloc(e->n_projects + 1, sizeof *f->off[l])) ||
            !(f->keys[l] = malloc(cap * sizeof *f->keys[l])))
            return oom(f);
        for (size_t p = 0; p < e->n_projects; p++) {
            size_t k = 0;
            if (f->run[p + 1] > f->run[p])
                k = grams(name_in(&e->projects[p].name, l), gram_size(l), g);
            if (total + k > cap) {
                size_t c = cap * 2;
                uint64_t *a;
                while (c < total + k)
                    c *= 2;
                if (!(a = realloc(f->keys[l], c * sizeof *a)))
                    return oom(f);
                f->keys[l] = a;
                cap = c;
            }
            memcpy(f->keys[l] + total, g, k * sizeof *g);
            total += k;
            f->off[l][p + 1] = total;
        }
        if (!(f->post[l] = malloc((total ? total : 1) * sizeof *f->post[l])))
            return oom(f);
        for (size_t p = 0; p < e->n_projects; p++)
            for (size_t k = f->off[l][p]; k < f->off[l][p + 1]; k++) {
                f->post[l][k].key = f->keys[l][k];
                f->post[l][k].grp = (uint32_t)f->grp[p];
                f->post[l][k].p = (uint32_t)p;
            }
        qsort(f->post[l], total, sizeof *f->post[l], cmp_posting);
        f->npost[l] = total;
        /* the directory of distinct keys: small enough to stay in cache */
        size_t nu = 0;
        for (size_t x = 0; x < total; x++)
            nu += x == 0 || f->post[l][x].key != f->post[l][x - 1].key;
        if (!(f->ukey[l] = malloc((nu ? nu : 1) * sizeof *f->ukey[l])) ||
            !(f->ustart[l] = malloc((nu + 1) * sizeof *f->ustart[l])))
            return oom(f);
        for (size_t x = 0; x < total; x++)
            if (x == 0 || f->post[l][x].key != f->post[l][x - 1].key) {
                f->ukey[l][f->nukey[l]] = f->post[l][x].key;
                f->ustart[l][f->nukey[l]++] = x;
            }
        f->ustart[l][f->nukey[l]] = total;
    }
    return AMUR_OK;
}

/* The postings of KEY in language L: post[*LO .. *HI). */
static void key_range(const finder *f, int l, uint64_t key, size_t *lo, size_t *hi)
{
    size_t a = 0, b = f->nukey[l];
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (f->ukey[l][mid] < key)
            a = mid + 1;
        else
            b = mid;
    }
    if (a == f->nukey[l] || f->ukey[l][a] != key) {
        *lo = *hi = 0;
        return;
    }
    *lo = f->ustart[l][a];
    *hi = f->ustart[l][a + 1];
}

/* The first posting from LO to HI (all of one key) whose group is at
** least GRP. */
static size_t grp_bound(const finder *f, int l, size_t grp, size_t lo, size_t hi)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->post[l][mid].grp < grp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Adds to CAND the projects of postings LO..HI after P (all but P when
** ALL), unless there are more than CARRY_MAX_POSTINGS of them. */
static void gather(const finder *f, int l, size_t lo, size_t hi, size_t p, int all,
                   size_t *stamp, size_t *cand, size_t *ncand)
{
    if (hi - lo > CARRY_MAX_POSTINGS)
        return; /* too common to tell names apart */
    for (size_t x = lo; x < hi; x++) {
        size_t q = f->post[l][x].p;
        if ((q > p || (all && q != p)) && stamp[q] != p + 1) {
            stamp[q] = p + 1;
            cand[(*ncand)++] = q;
        }
    }
}

static int places_agree(const ev_project *a, const ev_project *b)
{
    return !a->place || !b->place || strcmp(a->place, b->place) == 0;
}

/* places_agree() for projects P and Q, through their groups when both have one. */
static int groups_agree(const finder *f, size_t p, size_t q)
{
    if (f->grp[p] && f->grp[q])
        return f->grp[p] == f->grp[q];
    return places_agree(&f->e->projects[p], &f->e->projects[q]);
}

static double score_of(const finder *f, size_t p, size_t q)
{
    double best = 0;
    for (int l = 0; l < NLANG; l++) {
        double s = jaccard(f->keys[l] + f->off[l][p], f->off[l][p + 1] - f->off[l][p],
                           f->keys[l] + f->off[l][q], f->off[l][q + 1] - f->off[l][q]);
        if (s > best)
            best = s;
    }
    return best;
}

static int detected(finder *f)
{
    const evidence *e = f->e;
    size_t *stamp = calloc(e->n_projects + 1, sizeof *stamp);
    size_t *cand = malloc((e->n_projects + 1) * sizeof *cand);
    int rc = AMUR_OK;
    if (!stamp || !cand)
        rc = oom(f);
    for (size_t p = 0; rc == AMUR_OK && p < e->n_projects; p++) {
        size_t ncand = 0;
        /* Only names whose places agree can pair: a project with a place
        ** looks among the names of its place (later projects) and those
        ** with none (all of them); one with no place among those with
        ** none (later ones), the rest finding it from their side. */
        size_t g = f->grp[p];
        for (int l = 0; l < NLANG; l++)
            for (size_t k = f->off[l][p]; k < f->off[l][p + 1]; k++) {
                size_t lo, hi, mid;
                key_range(f, l, f->keys[l][k], &lo, &hi);
                mid = grp_bound(f, l, 1, lo, hi);
                gather(f, l, lo, mid, p, g != 0, stamp, cand, &ncand);
                if (g) {
                    size_t a = grp_bound(f, l, g, mid, hi);
                    gather(f, l, a, grp_bound(f, l, g + 1, a, hi), p, 0, stamp, cand, &ncand);
                }
            }
        for (size_t c = 0; rc == AMUR_OK && c < ncand; c++) {
            size_t q = cand[c];
            double s;
            if (!groups_agree(f, p, q) ||
                (s = score_of(f, p, q)) < f->threshold)
                continue;
            for (size_t x = f->run[p]; rc == AMUR_OK && x < f->run[p + 1]; x++)
                for (size_t y = f->run[q]; rc == AMUR_OK && y < f->run[q + 1]; y++)
                    rc = add_pair(f, f->ent[x].i, f->ent[y].i, s, 0);
        }
    }
    free(stamp);
    free(cand);
    return rc;
}

static int cmp_ab(const void *pa, const void *pb)
{
    const carry_pair *a = pa, *b = pb;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return a->b < b->b ? -1 : a->b > b->b;
}

/* For the final order, which needs the listings' ids. */
typedef struct ordered {
    carry_pair pair;
    const char *a, *b;
} ordered;

static int cmp_ordered(const void *pa, const void *pb)
{
    const ordered *x = pa, *y = pb;
    int c;
    if (x->pair.declared != y->pair.declared)
        return x->pair.declared ? -1 : 1;
    if (x->pair.score != y->pair.score)
        return x->pair.score > y->pair.score ? -1 : 1;
    if ((c = strcmp(x->a, y->a)))
        return c;
    return strcmp(x->b, y->b);
}

/* Merges duplicates (a declared pair may also be detected) and sorts. */
static int finish(finder *f)
{
    ordered *o;
    size_t m = 0;
    if (!f->n)
        return AMUR_OK;
    qsort(f->pairs, f->n, sizeof *f->pairs, cmp_ab);
    for (size_t i = 0; i < f->n; i++) {
        if (m && cmp_ab(&f->pairs[m - 1], &f->pairs[i]) == 0) {
            f->pairs[m - 1].declared |= f->pairs[i].declared;
            continue;
        }
        f->pairs[m++] = f->pairs[i];
    }
    f->n = m;
    if (!(o = malloc(m * sizeof *o)))
        return oom(f);
    for (size_t i = 0; i < m; i++) {
        o[i].pair = f->pairs[i];
        o[i].a = f->e->listings[f->pairs[i].a].id;
        o[i].b = f->e->listings[f->pairs[i].b].id;
    }
    qsort(o, m, sizeof *o, cmp_ordered);
    for (size_t i = 0; i < m; i++)
        f->pairs[i] = o[i].pair;
    free(o);
    return AMUR_OK;
}

int carry_find(const evidence *e, double threshold, carry_pair **out, size_t *n,
               amur_err *err)
{
    finder f;
    int rc;

    memset(&f, 0, sizeof f);
    f.e = e;
    f.threshold = threshold;
    f.err = err;
    *out = NULL;
    *n = 0;
    if (e->n_projects >= UINT32_MAX || e->n_places >= UINT32_MAX - 1)
        return err_set(err, AMUR_EDATA, "carryover: more than %u projects or places",
                       UINT32_MAX - 2);
    if (!(rc = index_listings(&f)) && !(rc = declared(&f)) && !(rc = index_names(&f)) &&
        !(rc = detected(&f)))
        rc = finish(&f);
    free(f.ent);
    free(f.run);
    free(f.grp);
    for (int l = 0; l < NLANG; l++) {
        free(f.keys[l]);
        free(f.off[l]);
        free(f.post[l]);
        free(f.ukey[l]);
        free(f.ustart[l]);
    }
    if (rc) {
        free(f.pairs);
        return rc;
    }
    *out = f.pairs;
    *n = f.n;
    return AMUR_OK;
}
