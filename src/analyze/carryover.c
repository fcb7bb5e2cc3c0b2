/*
** carryover.c — declared and detected carry-overs; see carryover.h and
** docs/analyses.md, "Carry-over".
**
** Detection, in three steps. Each listed project's name in each language
** becomes a set of n-grams (a trigram of code points packs into one 64-bit
** key, 21 bits a character), numbered by rarity: rank 0 is the n-gram the
** fewest names hold. Only each name's rarest n-grams, its prefix, are
** indexed, by rank and place (prefix_len() says why a pair scoring the
** threshold always shares one). Then for each project, the projects of the
** same place (or of no place) whose prefixes share an n-gram with its own
** are its candidates (skipping an n-gram in the prefixes of more than
** CARRY_MAX_POSTINGS names of that place), and only candidates are scored,
** in as many threads as there are processors. Pairs whose places disagree
** are never reported, so they are never looked at: the work grows with the
** number of names and the rare n-grams they share within a place, never
** with the square of the number of names.
*/
#include <stddef.h>
#include "carryover.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/schema.h"
#include "../core/sort.h"

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
    sort_array(out, k, sizeof *out, cmp_u64);
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

/* Projects are indexed in group order: by place group (0: no place, else
** 1 + the place's index), then by index. A project's position in that
** order is its "pos"; between two projects of one group, pos order is index
** order. Each group's projects are then neighbours in every array, so
** looking for the candidates of one project after another of its place
** reuses what is in the cache instead of jumping across all the names. */

/* 8 bytes: a million projects' names put some 20 million n-grams in the
** prefixes that are indexed. */
typedef struct posting {
    uint32_t rank; /* of the n-gram */
    uint32_t pos;  /* of the project */
} posting;

/* The names of one language. Every distinct n-gram has a rank: its place
** in the order rarest first (held by the fewest names, then by key), so a
** name's n-grams sorted by rank begin with its rarest ones. Jaccard
** similarity only counts shared elements, so it is the same over ranks as
** over the n-grams themselves. */
typedef struct lang_index {
    uint32_t *tok;  /* the ranks of the project at pos k, ascending: tok[off[k] .. off[k+1]) */
    size_t *off;
    uint32_t *plen; /* its prefix: its first plen[k] ranks */
    posting *post;  /* the prefixes' postings: group g's are post[gpost[g] .. gpost[g+1]),
                       by rank, then pos */
    size_t *gpost;
    size_t nrank;
} lang_index;

/* The pairs found by one worker. */
typedef struct pairvec {
    carry_pair *v;
    size_t n, cap;
} pairvec;

typedef struct finder {
    const evidence *e;
    double threshold;
    entry *ent;    /* listings by project, instrument, id */
    size_t *run;   /* project p's listings: ent[run[p] .. run[p+1]) */
    size_t *grp;   /* project p's place group */
    size_t *byg;   /* the project at each pos */
    size_t *gfirst; /* group g's projects are at pos gfirst[g] .. gfirst[g+1]-1 */
    size_t ngroups;
    lang_index ix[NLANG];
    pairvec pairs;
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

static int oom(amur_err *err)
{
    return err_set(err, AMUR_ESYS, "out of memory");
}

/* Adds the pair of listings X and Y (indices in e->listings) to V, if their
** instruments differ, with the earlier instrument's as a. */
static int add_pair(const evidence *e, pairvec *v, size_t x, size_t y, double score,
                    int declared, amur_err *err)
{
    const ev_instrument *ix = &e->instruments[e->listings[x].inst];
    const ev_instrument *iy = &e->instruments[e->listings[y].inst];
    carry_pair *p;
    if (ix == iy)
        return AMUR_OK;
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        carry_pair *a;
        if (v->n >= CARRY_MAX_PAIRS)
            return err_set(err, AMUR_EDATA, "more than %d carry-over pairs: raise --threshold",
                           CARRY_MAX_PAIRS);
        if (!(a = realloc(v->v, cap * sizeof *a)))
            return oom(err);
        v->v = a;
        v->cap = cap;
    }
    p = &v->v[v->n++];
    p->a = inst_cmp(ix, iy) < 0 ? x : y;
    p->b = p->a == x ? y : x;
    p->score = score;
    p->declared = declared;
    return AMUR_OK;
}

/* Groups the listings by project, in instrument order, and the projects
** by place group. */
static int index_listings(finder *f)
{
    const evidence *e = f->e;
    size_t n = 0, *at;
    f->ngroups = e->n_places + 1;
    if (!(f->ent = malloc((e->n_listings ? e->n_listings : 1) * sizeof *f->ent)) ||
        !(f->run = calloc(e->n_projects + 1, sizeof *f->run)) ||
        !(f->grp = calloc(e->n_projects + 1, sizeof *f->grp)) ||
        !(f->byg = malloc((e->n_projects + 1) * sizeof *f->byg)) ||
        !(f->gfirst = calloc(f->ngroups + 1, sizeof *f->gfirst)))
        return oom(f->err);
    for (size_t p = 0; p < e->n_projects; p++) {
        /* a place not in the set (impossible in a checked database) is
        ** grouped as unknown; places_agree() still compares the ids */
        long g = ev_find(e, C_PLACE, e->projects[p].place);
        f->grp[p] = g < 0 ? 0 : (size_t)g + 1;
        f->gfirst[f->grp[p] + 1]++;
    }
    /* a counting sort by group, stable, so each group is in index order */
    for (size_t g = 0; g < f->ngroups; g++)
        f->gfirst[g + 1] += f->gfirst[g];
    if (!(at = malloc(f->ngroups * sizeof *at)))
        return oom(f->err);
    memcpy(at, f->gfirst, f->ngroups * sizeof *at);
    for (size_t p = 0; p < e->n_projects; p++)
        f->byg[at[f->grp[p]]++] = p;
    free(at);
    for (size_t i = 0; i < e->n_listings; i++) {
        long p = ev_listing_project(e, i);
        if (p < 0)
            continue; /* cannot happen in a checked database */
        f->ent[n].lst = &e->listings[i];
        f->ent[n].ins = &e->instruments[e->listings[i].inst];
        f->ent[n].p = (size_t)p;
        f->ent[n++].i = i;
    }
    sort_array(f->ent, n, sizeof *f->ent, cmp_entry);
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
                if ((rc = add_pair(e, &f->pairs, f->ent[k - 1].i, f->ent[j].i, 1.0, 1, f->err)))
                    return rc;
        }
    for (size_t i = 0; i < e->n_listings; i++) {
        const ev_listing *l = &e->listings[i];
        long from = l->carried_from ? ev_find(e, C_LISTING, l->carried_from) : -1;
        long pa, pb;
        double score = 1.0;
        if (from < 0)
            continue; /* not declared, or its instrument is out of view */
        pa = ev_listing_project(e, (size_t)from);
        pb = ev_listing_project(e, i);
        if (pa >= 0 && pb >= 0 && pa != pb)
            score = carry_similarity(&e->projects[pa].name, &e->projects[pb].name);
        if ((rc = add_pair(e, &f->pairs, (size_t)from, i, score, 1, f->err)))
            return rc;
    }
    return AMUR_OK;
}

/* ---- the n-gram dictionary: key → dense id, by open addressing ---- */

typedef struct keytab {
    uint64_t *slot; /* 0: empty (no n-gram's key is 0: code points are never 0) */
    uint32_t *slot_id;
    size_t cap;
    uint64_t *key;  /* by id */
    uint32_t *cnt;  /* by id: how many names hold it */
    size_t n, ncap;
} keytab;

static void keytab_free(keytab *t)
{
    free(t->slot);
    free(t->slot_id);
    free(t->key);
    free(t->cnt);
}

static size_t key_hash(uint64_t key, size_t cap)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 17) & (cap - 1);
}

static int keytab_grow(keytab *t)
{
    size_t cap = t->cap ? t->cap * 2 : 1024;
    uint64_t *slot = calloc(cap, sizeof *slot);
    uint32_t *slot_id = malloc(cap * sizeof *slot_id);
    if (!slot || !slot_id) {
        free(slot);
        free(slot_id);
        return -1;
    }
    for (size_t i = 0; i < t->cap; i++)
        if (t->slot[i]) {
            size_t h = key_hash(t->slot[i], cap);
            while (slot[h])
                h = (h + 1) & (cap - 1);
            slot[h] = t->slot[i];
            slot_id[h] = t->slot_id[i];
        }
    free(t->slot);
    free(t->slot_id);
    t->slot = slot;
    t->slot_id = slot_id;
    t->cap = cap;
    return 0;
}

/* The id of KEY, added (with a count of 0) when new; -1 when out of memory. */
static long keytab_id(keytab *t, uint64_t key)
{
    size_t h;
    if (t->n * 2 >= t->cap && keytab_grow(t) < 0)
        return -1;
    for (h = key_hash(key, t->cap); t->slot[h]; h = (h + 1) & (t->cap - 1))
        if (t->slot[h] == key)
            return (long)t->slot_id[h];
    if (t->n == t->ncap) {
        size_t c = t->ncap ? t->ncap * 2 : 1024;
        uint64_t *k = realloc(t->key, c * sizeof *k);
        uint32_t *n;
        if (!k)
            return -1;
        t->key = k;
        if (!(n = realloc(t->cnt, c * sizeof *n)))
            return -1;
        t->cnt = n;
        t->ncap = c;
    }
    t->slot[h] = key;
    t->slot_id[h] = (uint32_t)t->n;
    t->key[t->n] = key;
    t->cnt[t->n] = 0;
    return (long)t->n++;
}

typedef struct rarity {
    uint64_t key;
    uint32_t cnt, id;
} rarity;

static int cmp_rarity(const void *pa, const void *pb)
{
    const rarity *a = pa, *b = pb;
    if (a->cnt != b->cnt)
        return a->cnt < b->cnt ? -1 : 1;
    return a->key < b->key ? -1 : a->key > b->key;
}

static void sort_u32(uint32_t *v, size_t n)
{
    /* names have a dozen n-grams or so: insertion sort beats qsort's calls */
    for (size_t i = 1; i < n; i++) {
        uint32_t x = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

/* How many of a name's N rarest n-grams to index so that no pair scoring
** at least T is missed. If names x and y reach Jaccard t, they share
** i ≥ t·|x∪y| ≥ t·|x| n-grams. Take the first shared n-gram c in rank
** order: in x, the other i − 1 shared ones all come after c, so c is
** among x's first |x| − i + 1; likewise in y. So c is in both names'
** prefixes of |x| − α + 1 ranks, for any α ≤ i: two names can score t only
** if their prefixes share an n-gram. α is the least i with i/n ≥ t as the
** score computes it, in doubles (i/|x| is never below i/|x∪y|, and
** correctly rounded division keeps that order), so rounding cannot make
** the prefix too short. */
static uint32_t prefix_len(size_t n, double t)
{
    size_t a = 0;
    if (n == 0)
        return 0;
    while (a <= n && (double)a / (double)n < t)
        a++;
    if (a > n)
        return 0; /* t above 1: no name can reach it */
    return (uint32_t)(a ? n - a + 1 : n);
}

/* The n-gram ranks of every listed project's names in language L, their
** prefixes, and the postings of the prefixes. */
static int index_lang(finder *f, int l)
{
    const evidence *e = f->e;
    const size_t np = e->n_projects;
    lang_index *x = &f->ix[l];
    uint64_t g[CARRY_MAX_CHARS];
    keytab t;
    rarity *r = NULL;
    uint32_t *rank = NULL;
    posting *byrank = NULL;
    size_t *rstart = NULL, *cur = NULL;
    size_t total = 0, cap = 1024, npost = 0;
    int rc = AMUR_ESYS;

    memset(&t, 0, sizeof t);
    /* never NULL, so that an empty set is still a valid pointer */
    if (!(x->off = calloc(np + 1, sizeof *x->off)) ||
        !(x->plen = calloc(np + 1, sizeof *x->plen)) ||
        !(x->gpost = calloc(f->ngroups + 1, sizeof *x->gpost)) ||
        !(x->tok = malloc(cap * sizeof *x->tok)))
        goto done;
    /* each name's n-grams, as dictionary ids, and how many names hold each */
    for (size_t k = 0; k < np; k++) {
        size_t p = f->byg[k], n = 0;
        if (f->run[p + 1] > f->run[p])
            n = grams(name_in(&e->projects[p].name, l), gram_size(l), g);
        if (total + n > cap) {
            size_t c = cap * 2;
            uint32_t *a;
            while (c < total + n)
                c *= 2;
            if (!(a = realloc(x->tok, c * sizeof *a)))
                goto done;
            x->tok = a;
            cap = c;
        }
        for (size_t j = 0; j < n; j++) {
            long id = keytab_id(&t, g[j]);
            if (id < 0)
                goto done;
            t.cnt[id]++;
            x->tok[total + j] = (uint32_t)id;
        }
        total += n;
        x->off[k + 1] = total;
        if (total >= UINT32_MAX) {
            rc = err_set(f->err, AMUR_EDATA, "carryover: too many names to index");
            goto fail;
        }
    }
    /* ranks: rarest first */
    x->nrank = t.n;
    if (!(r = malloc((t.n ? t.n : 1) * sizeof *r)) ||
        !(rank = malloc((t.n ? t.n : 1) * sizeof *rank)) ||
        !(rstart = calloc(t.n + 1, sizeof *rstart)))
        goto done;
    for (size_t i = 0; i < t.n; i++)
        r[i] = (rarity){t.key[i], t.cnt[i], (uint32_t)i};
    if (t.n)
        sort_array(r, t.n, sizeof *r, cmp_rarity);
    for (size_t i = 0; i < t.n; i++)
        rank[r[i].id] = (uint32_t)i;
    for (size_t k = 0; k < np; k++) {
        size_t a = x->off[k], n = x->off[k + 1] - a;
        for (size_t j = a; j < a + n; j++)
            x->tok[j] = rank[x->tok[j]];
        sort_u32(x->tok + a, n);
        x->plen[k] = prefix_len(n, f->threshold);
        for (size_t j = a; j < a + x->plen[k]; j++)
            rstart[x->tok[j] + 1]++;
        x->gpost[f->grp[f->byg[k]] + 1] += x->plen[k];
        npost += x->plen[k];
    }
    /* The postings, by group, then rank, then pos, in two linear passes:
    ** grouped by rank in pos order, then each rank's dealt out to the
    ** sections of their groups, where they arrive by rank and pos. */
    for (size_t i = 0; i < t.n; i++)
        rstart[i + 1] += rstart[i];
    for (size_t i = 0; i < f->ngroups; i++)
        x->gpost[i + 1] += x->gpost[i];
    if (!(byrank = malloc((npost ? npost : 1) * sizeof *byrank)) ||
        !(x->post = malloc((npost ? npost : 1) * sizeof *x->post)) ||
        !(cur = malloc((f->ngroups > t.n ? f->ngroups : t.n + 1) * sizeof *cur)))
        goto done;
    memcpy(cur, rstart, t.n * sizeof *cur);
    for (size_t k = 0; k < np; k++)
        for (size_t j = x->off[k]; j < x->off[k] + x->plen[k]; j++)
            byrank[cur[x->tok[j]]++] = (posting){x->tok[j], (uint32_t)k};
    memcpy(cur, x->gpost, f->ngroups * sizeof *cur);
    for (size_t i = 0; i < npost; i++) {
        size_t gr = f->grp[f->byg[byrank[i].pos]];
        x->post[cur[gr]++] = byrank[i];
    }
    rc = AMUR_OK;
done:
    if (rc)
        rc = oom(f->err);
fail:
    keytab_free(&t);
    free(r);
    free(rank);
    free(rstart);
    free(cur);
    free(byrank);
    return rc;
}

/* The first posting from LO to HI (of one group, by rank) whose rank is at
** least RANK. */
static size_t rank_bound(const posting *post, uint32_t rank, size_t lo, size_t hi)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (post[mid].rank < rank)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* One worker's state: candidates of one project at a time. */
typedef struct worker {
    finder *f;
    uint32_t *stamp; /* stamp[q] == k + 1: the project at pos q is a candidate of k's */
    uint32_t *cand;
    size_t ncand;
    size_t from, to; /* the projects at pos from..to-1 */
    pairvec pairs;
    amur_err err;
    int rc;
} worker;

/* Adds to W's candidates for the project at pos K the projects at the
** postings of RANK in group G's section after K (all but K when ALL),
** unless there are more than CARRY_MAX_POSTINGS of them. */
static void gather(worker *w, const lang_index *x, size_t g, uint32_t rank, size_t k, int all)
{
    size_t lo = rank_bound(x->post, rank, x->gpost[g], x->gpost[g + 1]);
    size_t hi = rank_bound(x->post, rank + 1, lo, x->gpost[g + 1]);
    if (hi - lo > CARRY_MAX_POSTINGS)
        return; /* too common to tell names apart */
    for (size_t i = lo; i < hi; i++) {
        uint32_t q = x->post[i].pos;
        if ((q > k || (all && q != k)) && w->stamp[q] != k + 1) {
            w->stamp[q] = (uint32_t)(k + 1);
            w->cand[w->ncand++] = q;
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

static double jaccard32(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
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

/* The best Jaccard similarity of the names of the projects at pos K and Q. */
static double score_of(const finder *f, size_t k, size_t q)
{
    double best = 0;
    for (int l = 0; l < NLANG; l++) {
        const lang_index *x = &f->ix[l];
        double s = jaccard32(x->tok + x->off[k], x->off[k + 1] - x->off[k], x->tok + x->off[q],
                             x->off[q + 1] - x->off[q]);
        if (s > best)
            best = s;
    }
    return best;
}

/* The detected pairs of the projects at pos W->from .. W->to - 1. */
static void detect_range(worker *w)
{
    finder *f = w->f;
    for (size_t k = w->from; w->rc == AMUR_OK && k < w->to; k++) {
        /* Only names whose places agree can pair: a project with a place
        ** looks among the names of its place (later ones) and those with
        ** none (all of them); one with no place among those with none
        ** (later ones), the rest finding it from their side. Only
        ** prefixes are indexed and probed (prefix_len() says why no pair
        ** is lost). Within a group, later in pos is later by index. */
        size_t p = f->byg[k], g = f->grp[p];
        w->ncand = 0;
        for (int l = 0; l < NLANG; l++) {
            const lang_index *x = &f->ix[l];
            for (size_t j = x->off[k]; j < x->off[k] + x->plen[k]; j++) {
                gather(w, x, 0, x->tok[j], k, g != 0);
                if (g)
                    gather(w, x, g, x->tok[j], k, 0);
            }
        }
        for (size_t c = 0; w->rc == AMUR_OK && c < w->ncand; c++) {
            size_t q = f->byg[w->cand[c]];
            double s;
            if (!groups_agree(f, p, q) || (s = score_of(f, k, w->cand[c])) < f->threshold)
                continue;
            for (size_t x = f->run[p]; w->rc == AMUR_OK && x < f->run[p + 1]; x++)
                for (size_t y = f->run[q]; w->rc == AMUR_OK && y < f->run[q + 1]; y++)
                    w->rc = add_pair(f->e, &w->pairs, f->ent[x].i, f->ent[y].i, s, 0, &w->err);
        }
    }
}

static void *detect_thread(void *arg)
{
    detect_range(arg);
    return NULL;
}

/* How many threads detection uses: the processors, up to CARRY_MAX_THREADS,
** and one for small sets, where starting threads costs more than it saves. */
static size_t n_workers(size_t n_projects)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (n_projects < CARRY_THREAD_MIN || cpus <= 1)
        return 1;
    return cpus > CARRY_MAX_THREADS ? CARRY_MAX_THREADS : (size_t)cpus;
}

/* Detection, split over workers by ranges of projects. Each worker keeps
** its own pairs, appended to the finder's in worker order; finish() sorts
** them all, so the result is the same however many workers ran. */
static int detected(finder *f)
{
    const evidence *e = f->e;
    size_t nw = n_workers(e->n_projects), started = 0;
    worker w[CARRY_MAX_THREADS];
    pthread_t th[CARRY_MAX_THREADS];
    int rc = AMUR_OK;

    memset(w, 0, sizeof w);
    for (size_t i = 0; i < nw; i++) {
        w[i].f = f;
        /* equal ranges: the work per project is about the same */
        w[i].from = e->n_projects * i / nw;
        w[i].to = e->n_projects * (i + 1) / nw;
        if (!(w[i].stamp = calloc(e->n_projects + 1, sizeof *w[i].stamp)) ||
            !(w[i].cand = malloc((e->n_projects + 1) * sizeof *w[i].cand)))
            rc = oom(f->err);
    }
    /* worker 0 runs here; the others in threads, or here if one cannot start */
    for (size_t i = 1; rc == AMUR_OK && i < nw; i++, started++)
        if (pthread_create(&th[i], NULL, detect_thread, &w[i]) != 0)
            break;
    if (rc == AMUR_OK) {
        detect_range(&w[0]);
        for (size_t i = started + 1; i < nw; i++)
            detect_range(&w[i]);
    }
    for (size_t i = 1; i <= started; i++)
        pthread_join(th[i], NULL);
    for (size_t i = 0; i < nw; i++) {
        if (rc == AMUR_OK && w[i].rc) {
            *f->err = w[i].err;
            rc = w[i].rc;
        }
        for (size_t k = 0; rc == AMUR_OK && k < w[i].pairs.n; k++) {
            const carry_pair *p = &w[i].pairs.v[k];
            rc = add_pair(e, &f->pairs, p->a, p->b, p->score, p->declared, f->err);
        }
        free(w[i].stamp);
        free(w[i].cand);
        free(w[i].pairs.v);
    }
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
    carry_pair *v = f->pairs.v;
    ordered *o;
    size_t m = 0;
    if (!f->pairs.n)
        return AMUR_OK;
    sort_array(v, f->pairs.n, sizeof *v, cmp_ab);
    for (size_t i = 0; i < f->pairs.n; i++) {
        if (m && cmp_ab(&v[m - 1], &v[i]) == 0) {
            v[m - 1].declared |= v[i].declared;
            continue;
        }
        v[m++] = v[i];
    }
    f->pairs.n = m;
    if (!(o = malloc(m * sizeof *o)))
        return oom(f->err);
    for (size_t i = 0; i < m; i++) {
        o[i].pair = v[i];
        o[i].a = f->e->listings[v[i].a].id;
        o[i].b = f->e->listings[v[i].b].id;
    }
    sort_array(o, m, sizeof *o, cmp_ordered);
    for (size_t i = 0; i < m; i++)
        v[i] = o[i].pair;
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
    if (e->n_projects >= UINT32_MAX - 1 || e->n_places >= UINT32_MAX - 1)
        return err_set(err, AMUR_EDATA, "carryover: more than %u projects or places",
                       UINT32_MAX - 2);
    if (!(rc = index_listings(&f)) && !(rc = declared(&f))) {
        for (int l = 0; l < NLANG && rc == AMUR_OK; l++)
            rc = index_lang(&f, l);
        if (rc == AMUR_OK && !(rc = detected(&f)))
            rc = finish(&f);
    }
    free(f.ent);
    free(f.run);
    free(f.grp);
    free(f.byg);
    free(f.gfirst);
    for (int l = 0; l < NLANG; l++) {
        free(f.ix[l].tok);
        free(f.ix[l].off);
        free(f.ix[l].plen);
        free(f.ix[l].gpost);
        free(f.ix[l].post);
    }
    if (rc) {
        free(f.pairs.v);
        return rc;
    }
    for (size_t i = 0; i < f.pairs.n; i++) {
        carry_pair *p = &f.pairs.v[i];
        p->implementing =
            carry_implements(e, e->listings[p->a].inst, e->listings[p->b].inst);
    }
    *out = f.pairs.v;
    *n = f.pairs.n;
    return AMUR_OK;
}

int carry_implements(const evidence *e, size_t a, size_t b)
{
    static const char *const planning[] = {"programme", "plan", "strategy", "concept", NULL};
    const char *parent = e->instruments[b].parent;
    /* the parent chain, bounded: the checker refuses cycles, a bound costs nothing */
    for (int depth = 0; parent && depth < 64; depth++) {
        long k = ev_find(e, C_INSTRUMENT, parent);
        if (k < 0)
            break;
        if ((size_t)k == a)
            return 1;
        parent = e->instruments[k].parent;
    }
    /* a kind is required in a checked database; sets made by hand may lack it */
    return e->instruments[b].kind && schema_vocab_index(planning, e->instruments[b].kind) < 0;
}

void carry_count(const carry_pair *p, size_t n, size_t *declared, size_t *implementing)
{
    *declared = *implementing = 0;
    for (size_t i = 0; i < n; i++) {
        *declared += (size_t)p[i].declared;
        *implementing += (size_t)p[i].implementing;
    }
}

const param carry_params[] = {
    {.name = "threshold", .type = PARAM_NUMBER, .meta = "X", .def = "0.5", .min = 0, .max = 1,
     .where = PARAM_BOTH, .off = offsetof(carry_opts, threshold),
     .help = "the least name similarity, 0..1, of a detected pair"},
    {0}};
