/*
** synth.c — synthetic bundles and IATI files; see synth.h.
**
** The world: N projects in blocks of B, block i listed in programme i
** (dated 1995..2015 in block order). A project in block i > 0 is, with a
** fixed probability, a copy of the project B before it (block i - 1): the
** same place and kind, the same name with ", phase G" (G its generation),
** so copies chain across programmes. Everything about project p comes
** from a generator seeded with (seed, what, p), so any file can be
** written in one pass and a copy can recompute its original's name.
*/
#include "synth.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../present/csvw.h"
#include "../present/progress.h"

/* ---- the generator: splitmix64 ---- */

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static uint64_t next(rng *r)
{
    return mix(r->s += 0x9E3779B97F4A7C15ULL);
}

static unsigned below(rng *r, unsigned n)
{
    return n ? (unsigned)(next(r) % n) : 0;
}

/* Streams: one per kind of decision, so that adding a draw to one never
** shifts another. */
enum { S_NAME, S_COPY, S_DECL, S_TWICE, S_LIST, S_STAKE, S_CLAIM, S_PLACE, S_ACTOR,
       S_IND, S_IATI };

static rng rng_for(uint64_t seed, unsigned what, uint64_t i)
{
    rng r = {mix(seed ^ mix(((uint64_t)what << 56) ^ mix(i + 0x632BE59BD9B4E019ULL)))};
    return r;
}

/* ---- word lists ---- */

typedef struct tri {
    const char *en, *ru, *zh;
} tri;

/* Syllables of made-up proper names, in three scripts. */
static const tri syl[] = {
    {"ka", "ка", "卡"},  {"ro", "ро", "罗"}, {"ni", "ни", "尼"}, {"ve", "ве", "韦"},
    {"mi", "ми", "米"},  {"la", "ла", "拉"}, {"to", "то", "托"}, {"se", "се", "谢"},
    {"na", "на", "纳"},  {"bo", "бо", "博"}, {"lu", "лу", "鲁"}, {"da", "да", "达"},
    {"ri", "ри", "里"},  {"po", "по", "波"}, {"sa", "са", "萨"}, {"te", "те", "捷"},
    {"ko", "ко", "科"},  {"li", "ли", "利"}, {"ma", "ма", "马"}, {"no", "но", "诺"},
    {"gu", "гу", "古"},  {"be", "бе", "别"}, {"zo", "зо", "佐"}, {"vi", "ви", "维"},
    {"ru", "ру", "茹"},  {"ta", "та", "塔"}, {"du", "ду", "杜"}, {"mo", "мо", "莫"},
    {"ne", "не", "涅"},  {"go", "го", "戈"}, {"ki", "ки", "基"}, {"fa", "фа", "法"},
    {"so", "со", "索"},  {"ze", "зе", "泽"}, {"ba", "ба", "巴"}, {"pe", "пе", "佩"},
    {"kha", "ха", "哈"}, {"le", "ле", "列"}, {"tu", "ту", "图"}, {"di", "ди", "季"},
};
#define NSYL (sizeof syl / sizeof syl[0])

/* Project kinds (schema order) and what a name calls them. */
static const char *const project_kinds[] = {
    "bridge", "crossing", "zone", "platform", "cluster", "pipeline", "plant",
    "shipyard", "centre", "transport", "tourism", "other"};
/* Short generic words, so that the made-up proper name carries a name's
** identity (as it does in real names) and unrelated projects of one kind
** do not look alike. */
static const tri kind_noun[] = {
    {"bridge", "Мост", "大桥"},      {"crossing", "КПП", "口岸"},
    {"zone", "ТОР", "园区"},         {"terminal", "Терминал", "物流园"},
    {"cluster", "Кластер", "集群"},  {"pipeline", "Газопровод", "管道"},
    {"plant", "Завод", "工厂"},      {"shipyard", "Верфь", "船厂"},
    {"centre", "Центр", "中心"},     {"port", "Порт", "港"},
    {"resort", "Курорт", "度假村"},  {"project", "Проект", "项目"},
};
#define NKIND (sizeof project_kinds / sizeof project_kinds[0])

static const char *const actor_kinds[] = {"company", "bank", "agency", "ministry",
                                          "person", "fund", "municipality"};
static const tri actor_noun[] = {
    {"Company", "Компания", "公司"},  {"Bank", "Банк", "银行"},
    {"Agency", "Агентство", "署"},    {"Ministry", "Министерство", "部"},
    {"", "", ""},                     {"Fund", "Фонд", "基金"},
    {"Municipality", "Администрация", "市政府"}};
static const char *const frame_kinds[] = {"agreement", "memorandum", "concept", "forum",
                                          "plan", "strategy", "council"};
static const char *const languages[] = {"en", "ru", "zh"};

/* Source tiers, in schema order: a source's tier is its number mod 9. */
enum { T_FEDERAL, T_REGIONAL, T_MUNICIPAL, T_FOREIGN_OFFICIAL, T_STATISTICS,
       T_NATIONAL_MEDIA, T_LOCAL_MEDIA, T_FOREIGN_MEDIA, T_ACADEMIC, NTIER };
static const char *const tiers[NTIER] = {
    "federal", "regional", "municipal", "foreign-official", "statistics",
    "national-media", "local-media", "foreign-media", "academic"};

/* ---- the world's layout ---- */

typedef struct world {
    uint64_t n, seed;
    unsigned k;
    uint64_t block, nprog; /* projects per programme, programmes */
    uint64_t nsrc, nreg, ncity, nact;
} world;

static void world_init(world *w, const synth_opts *o)
{
    uint64_t m = 4 + o->projects / 2500;
    w->n = o->projects;
    w->k = o->claims;
    w->seed = o->seed;
    w->block = (w->n + m - 1) / m;
    if (w->block < 1)
        w->block = 1;
    w->nprog = (w->n + w->block - 1) / w->block;
    w->nsrc = NTIER * (2 + w->n / 5000);
    w->nreg = 8 + w->n / 50000;
    if (w->nreg > 200)
        w->nreg = 200;
    w->ncity = 10 + w->n / 200;
    w->nact = 20 + w->n / 50;
}

static int prog_year(const world *w, uint64_t i)
{
    return 1995 + (int)(w->nprog > 1 ? i * 20 / (w->nprog - 1) : 0);
}

static int cap_year(int y)
{
    return y > 2024 ? 2024 : y;
}

/* A source of TIER, drawn from R. */
static uint64_t source_of(const world *w, rng *r, int tier)
{
    return (uint64_t)tier + NTIER * (uint64_t)below(r, (unsigned)(w->nsrc / NTIER));
}

/* The country of region R: 0 Russia, 1 China. */
static int region_country(uint64_t r)
{
    return (int)(r % 2);
}
static const char *const country_id[] = {"syn-ru", "syn-cn"};

typedef struct proj {
    uint64_t p, root, city;
    unsigned gen; /* 0 for an original, else how many programmes it was carried */
    unsigned kind;
    int copy, declared, twice, joint;
    unsigned nsyl, syl[4];
} proj;

static int is_copy(const world *w, uint64_t p)
{
    rng r = rng_for(w->seed, S_COPY, p);
    return p >= w->block && below(&r, 100) < 12;
}

static void proj_info(const world *w, uint64_t p, proj *out)
{
    rng r;
    memset(out, 0, sizeof *out);
    out->p = out->root = p;
    while (is_copy(w, out->root)) {
        out->root -= w->block;
        out->gen++;
    }
    out->copy = out->gen > 0;
    r = rng_for(w->seed, S_NAME, out->root);
    out->nsyl = 3 + below(&r, 2);
    for (unsigned i = 0; i < out->nsyl; i++)
        out->syl[i] = below(&r, NSYL);
    out->kind = below(&r, NKIND);
    out->city = below(&r, (unsigned)w->ncity);
    out->joint = below(&r, 10) == 0;
    r = rng_for(w->seed, S_DECL, p);
    out->declared = out->copy && below(&r, 2) == 0;
    r = rng_for(w->seed, S_TWICE, p);
    out->twice = p / w->block + 1 < w->nprog && below(&r, 100) < 5;
}

/* ---- text ---- */

/* Appends to a fixed buffer; the limits below are far above what the word
** lists can produce, and text that would not fit is cut. */
static void cat(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void cat(char *buf, size_t size, const char *fmt, ...)
{
    size_t n = strlen(buf);
    va_list ap;
    if (n + 1 >= size)
        return;
    va_start(ap, fmt);
    vsnprintf(buf + n, size - n, fmt, ap);
    va_end(ap);
}

#define NAMEBUF 256

/* A proper name of syllables S in script L (0 en, 1 ru, 2 zh), capitalised. */
static void proper(char *buf, size_t size, const unsigned *s, unsigned n, int lang)
{
    for (unsigned i = 0; i < n; i++) {
        const tri *t = &syl[s[i]];
        const char *x = lang == 0 ? t->en : lang == 1 ? t->ru : t->zh;
        if (i == 0 && lang == 0) {
            cat(buf, size, "%c%s", x[0] - 'a' + 'A', x + 1);
        } else if (i == 0 && lang == 1) {
            /* the Cyrillic lower-case letters а..я are U+0430..U+044F: the
            ** capital is 0x20 below, which moves the second UTF-8 byte */
            unsigned char c0 = (unsigned char)x[0], c1 = (unsigned char)x[1];
            unsigned cp = ((c0 & 0x1Fu) << 6 | (c1 & 0x3Fu)) - 0x20;
            cat(buf, size, "%c%c%s", (char)(0xC0 | (cp >> 6)), (char)(0x80 | (cp & 0x3F)),
                x + 2);
        } else {
            cat(buf, size, "%s", x);
        }
    }
}

/* Syllables of a thing other than a project, drawn from R. */
static unsigned draw_syl(rng *r, unsigned *s, unsigned lo, unsigned span)
{
    unsigned n = lo + below(r, span);
    for (unsigned i = 0; i < n; i++)
        s[i] = below(r, NSYL);
    return n;
}

static void project_names(const proj *pj, char en[NAMEBUF], char ru[NAMEBUF], char zh[NAMEBUF])
{
    const tri *k = &kind_noun[pj->kind];
    en[0] = ru[0] = zh[0] = 0;
    proper(en, NAMEBUF, pj->syl, pj->nsyl, 0);
    cat(en, NAMEBUF, " %s", k->en);
    cat(ru, NAMEBUF, "%s ", k->ru);
    proper(ru, NAMEBUF, pj->syl, pj->nsyl, 1);
    proper(zh, NAMEBUF, pj->syl, pj->nsyl, 2);
    cat(zh, NAMEBUF, "%s", k->zh);
    if (pj->gen) {
        cat(en, NAMEBUF, ", phase %u", pj->gen + 1);
        cat(ru, NAMEBUF, " (%u-я очередь)", pj->gen + 1);
        cat(zh, NAMEBUF, "%u期", pj->gen + 1);
    }
}

/* ---- writing ---- */

typedef struct out {
    FILE *f;
    const char *path;
    amur_err *err;
    int failed;
} out;

#define MAXF 16
#define FIELD 512

typedef struct row {
    char buf[MAXF][FIELD];
    char *f[MAXF];
    size_t n;
} row;

static void row_start(row *r)
{
    r->n = 0;
}

/* Appends a field; NULL for empty. */
static void put(row *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(row *r, const char *fmt, ...)
{
    va_list ap;
    if (r->n >= MAXF)
        return;
    if (!fmt) {
        r->f[r->n++] = NULL;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(r->buf[r->n], FIELD, fmt, ap);
    va_end(ap);
    r->f[r->n] = r->buf[r->n];
    r->n++;
}

/* Appends S, or an empty field when S is NULL. */
static void put_opt(row *r, const char *s)
{
    if (s)
        put(r, "%s", s);
    else
        put(r, NULL);
}

static void row_end(out *o, row *r)
{
    if (!o->failed && csvw_row(o->f, r->f, r->n) != 0)
        o->failed = 1;
}

static int open_out(out *o, const char *dir, const char *file, const char *header,
                    amur_err *err)
{
    char path[4096];
    static char buf[1 << 16];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, file) >= sizeof path)
        return err_set(err, AMUR_EUSAGE, "synth: %s: path too long", dir);
    o->path = file;
    o->err = err;
    o->failed = 0;
    if (!(o->f = fopen(path, "w")))
        return err_set(err, AMUR_ESYS, "synth: %s: %s", path, strerror(errno));
    setvbuf(o->f, buf, _IOFBF, sizeof buf);
    fputs(header, o->f);
    fputc('\n', o->f);
    return AMUR_OK;
}

static int close_out(out *o, const char *dir)
{
    int bad = o->failed || ferror(o->f);
    if (fclose(o->f) != 0)
        bad = 1;
    o->f = NULL;
    if (bad)
        return err_set(o->err, AMUR_ESYS, "synth: %s/%s: write error", dir, o->path);
    return AMUR_OK;
}

#define NOTE "synthetic"

static void w_sources(const world *w, out *o, row *r)
{
    for (uint64_t k = 0; k < w->nsrc; k++) {
        row_start(r);
        put(r, "syn-s-%" PRIu64, k);
        put(r, "Synthetic source %" PRIu64, k);
        put(r, NULL);
        put(r, "Synthetic publisher %" PRIu64, k % 7);
        put(r, NULL);
        put(r, "%d", 2000 + (int)(k % 25));
        put(r, "%s", languages[k % 3]);
        put(r, "%s", tiers[k % NTIER]);
        put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
    }
}

static void named_fields(row *r, const unsigned *s, unsigned n, const tri *suffix, int prefix)
{
    char en[NAMEBUF] = "", ru[NAMEBUF] = "", zh[NAMEBUF] = "";
    if (prefix && suffix->ru[0])
        cat(ru, NAMEBUF, "%s ", suffix->ru);
    proper(en, NAMEBUF, s, n, 0);
    proper(ru, NAMEBUF, s, n, 1);
    proper(zh, NAMEBUF, s, n, 2);
    if (suffix->en[0])
        cat(en, NAMEBUF, " %s", suffix->en);
    if (!prefix && suffix->ru[0])
        cat(ru, NAMEBUF, " %s", suffix->ru);
    cat(zh, NAMEBUF, "%s", suffix->zh);
    put(r, "%s", en);
    put(r, "%s", ru);
    put(r, "%s", zh);
}

static void w_places(const world *w, out *o, row *r)
{
    static const tri region = {"Region", "область", "州"}, none = {"", "", ""};
    static const tri country[] = {{"Russia", "Россия", "俄罗斯"}, {"China", "Китай", "中国"}};
    unsigned s[4];
    for (int c = 0; c < 2; c++) {
        row_start(r);
        put(r, "%s", country_id[c]);
        put(r, "country");
        put(r, "%s", country[c].en);
        put(r, "%s", country[c].ru);
        put(r, "%s", country[c].zh);
        for (int i = 0; i < 5; i++)
            put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
    }
    for (uint64_t g = 0; g < w->nreg; g++) {
        rng q = rng_for(w->seed, S_PLACE, g);
        unsigned n = draw_syl(&q, s, 3, 2);
        row_start(r);
        put(r, "syn-reg-%" PRIu64, g);
        put(r, "region");
        named_fields(r, s, n, &region, 0);
        put(r, "%s", country_id[region_country(g)]);
        put(r, NULL);
        put(r, NULL);
        put(r, NULL);
        put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
    }
    for (uint64_t c = 0; c < w->ncity; c++) {
        rng q = rng_for(w->seed, S_PLACE, w->nreg + c);
        unsigned n = draw_syl(&q, s, 2, 3);
        uint64_t g = c % w->nreg;
        row_start(r);
        put(r, "syn-city-%" PRIu64, c);
        put(r, c % 5 == 0 ? "crossing" : "city");
        named_fields(r, s, n, &none, 0);
        put(r, "%s", country_id[region_country(g)]);
        put(r, "syn-reg-%" PRIu64, g);
        put(r, "%.4f", 40.0 + below(&q, 150000) / 10000.0);
        put(r, "%.4f", 115.0 + below(&q, 250000) / 10000.0);
        put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
    }
}

static void w_actors(const world *w, out *o, row *r)
{
    unsigned s[4];
    for (uint64_t a = 0; a < w->nact; a++) {
        rng q = rng_for(w->seed, S_ACTOR, a);
        unsigned n = draw_syl(&q, s, 2, 2), kind = (unsigned)(a % 7);
        int ctry = (int)(a % 2);
        row_start(r);
        put(r, "syn-a-%" PRIu64, a);
        put(r, "%s", actor_kinds[kind]);
        named_fields(r, s, n, &actor_noun[kind], 1);
        put(r, "%s", country_id[ctry]);
        put(r, NULL);
        put(r, NULL);
        put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
    }
}

static void w_instruments(const world *w, out *o, row *r)
{
    for (uint64_t i = 0; i < w->nprog; i++) {
        int y = prog_year(w, i);
        row_start(r);
        put(r, "syn-i-%" PRIu64, i);
        put(r, "programme");
        put(r, "intergovernmental");
        put(r, "Synthetic programme of cooperation No. %" PRIu64, i + 1);
        put(r, "Синтетическая программа сотрудничества № %" PRIu64, i + 1);
        put(r, "合作规划第%" PRIu64 "号", i + 1);
        put(r, "%d-%02d", y, (int)(i % 12) + 1);
        put(r, "%d", y);
        put(r, "%d", y + 9);
        put(r, "syn-ru;syn-cn");
        put(r, NULL);
        put(r, "syn-s-%d", T_FEDERAL);
        put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
    }
    /* framework instruments that list nothing: inflation's numerator */
    for (uint64_t i = 0; i < w->nprog; i++) {
        int y = 1995 + (int)(i * 29 / (w->nprog > 1 ? w->nprog - 1 : 1));
        row_start(r);
        put(r, "syn-f-%" PRIu64, i);
        put(r, "%s", frame_kinds[i % 7]);
        put(r, i % 3 ? "intergovernmental" : "interregional");
        put(r, "Synthetic %s No. %" PRIu64, frame_kinds[i % 7], i + 1);
        put(r, "Синтетический документ № %" PRIu64, i + 1);
        put(r, "合作文件第%" PRIu64 "号", i + 1);
        put(r, "%d-%02d-%02d", cap_year(y), (int)(i % 12) + 1, (int)(i % 28) + 1);
        put(r, NULL);
        put(r, NULL);
        put(r, "syn-ru;syn-cn");
        put(r, NULL);
        put(r, "syn-s-%d", T_FEDERAL);
        put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
    }
}

static const char *side_of(const world *w, const proj *pj)
{
    return pj->joint ? NULL : country_id[region_country(pj->city % w->nreg)];
}

static void w_projects(const world *w, out *o, row *r, progress *pg)
{
    char en[NAMEBUF], ru[NAMEBUF], zh[NAMEBUF];
    proj pj;
    for (uint64_t p = 0; p < w->n; p++) {
        const char *side;
        proj_info(w, p, &pj);
        project_names(&pj, en, ru, zh);
        side = side_of(w, &pj);
        row_start(r);
        put(r, "syn-p-%" PRIu64, p);
        put(r, "%s", project_kinds[pj.kind]);
        put(r, "%s", en);
        put(r, "%s", ru);
        put(r, "%s", zh);
        put(r, "syn-city-%" PRIu64, pj.city);
        put_opt(r, side);
        put(r, NULL);
        put(r, "syn-s-%d", T_FEDERAL);
        put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
        if ((p & 0xFFF) == 0)
            progress_set(pg, p);
    }
}

static void listing(const world *w, out *o, row *r, const proj *pj, uint64_t inst,
                    const char *prefix, int carried)
{
    rng q = rng_for(w->seed, S_LIST, pj->p * 2 + (prefix[4] == 'm'));
    int y = prog_year(w, inst);
    const char *side = side_of(w, pj);
    row_start(r);
    put(r, "%s%" PRIu64, prefix, pj->p);
    put(r, "syn-i-%" PRIu64, inst);
    put(r, "syn-p-%" PRIu64, pj->p);
    put_opt(r, side);
    put(r, "%" PRIu64, pj->p % w->block + 1);
    put(r, "%d", y);
    put(r, "%d", y + 3 + (int)below(&q, 6));
    if (carried)
        put(r, "syn-l-%" PRIu64, pj->p - w->block);
    else
        put(r, NULL);
    put(r, "syn-s-%d", T_FEDERAL);
    put(r, NULL);
    put(r, NOTE);
    row_end(o, r);
}

static void w_listings(const world *w, out *o, row *r, progress *pg)
{
    proj pj;
    for (uint64_t p = 0; p < w->n; p++) {
        uint64_t inst = p / w->block;
        proj_info(w, p, &pj);
        listing(w, o, r, &pj, inst, "syn-l-", pj.declared);
        if (pj.twice)
            listing(w, o, r, &pj, inst + 1, "syn-m-", 0);
        if ((p & 0xFFF) == 0)
            progress_set(pg, p);
    }
}

static void w_stakes(const world *w, out *o, row *r, progress *pg)
{
    for (uint64_t p = 0; p < w->n; p++) {
        rng q = rng_for(w->seed, S_STAKE, p);
        int y = prog_year(w, p / w->block);
        row_start(r);
        put(r, "syn-k-%" PRIu64 "-o", p);
        put(r, "syn-p-%" PRIu64, p);
        put(r, "syn-a-%u", below(&q, (unsigned)w->nact));
        put(r, "owner");
        put(r, "%u", 2 + below(&q, 3));
        put(r, "%d", y);
        put(r, NULL);
        put(r, "syn-s-%d", T_ACADEMIC);
        put(r, NULL);
        put(r, NULL);
        put(r, NOTE);
        row_end(o, r);
        if (below(&q, 100) < 12) {
            int open = below(&q, 3) == 0;
            row_start(r);
            put(r, "syn-k-%" PRIu64 "-x", p);
            put(r, "syn-p-%" PRIu64, p);
            put(r, "syn-a-%u", below(&q, (unsigned)w->nact));
            put(r, "opponent");
            put(r, "%u", 3 + below(&q, 3));
            put(r, "%d", y - 2);
            if (open)
                put(r, NULL);
            else
                put(r, "%d", y + 6);
            put(r, "syn-s-%d", T_ACADEMIC);
            put(r, NULL);
            put(r, "synthetic quote: opposed the project");
            put(r, NOTE);
            row_end(o, r);
        }
        if ((p & 0xFFF) == 0)
            progress_set(pg, p);
    }
}

/* One claim row. VALUE, UNIT, SCOPE and REFERS may be NULL. */
typedef struct claimw {
    const world *w;
    out *o;
    row *r;
    uint64_t p;
    unsigned i, k; /* written so far, and the most */
} claimw;

static void claim(claimw *c, const char *property, const char *value, const char *unit,
                  const char *date, const char *refers, uint64_t src, const char *quote)
{
    row *r = c->r;
    if (c->i >= c->k)
        return;
    row_start(r);
    put(r, "syn-c-%" PRIu64 "-%u", c->p, c->i);
    put(r, "syn-p-%" PRIu64, c->p);
    put(r, "%s", property);
    put(r, "%s", value);
    put_opt(r, unit);
    put(r, NULL);
    put(r, "%s", date);
    put_opt(r, refers);
    put(r, "syn-s-%" PRIu64, src);
    put(r, NULL);
    put(r, "%s", quote);
    put(r, NOTE);
    row_end(c->o, r);
    c->i++;
}

static void w_claims(const world *w, out *o, row *r, progress *pg)
{
    char v[64], d[32], d2[32];
    for (uint64_t p = 0; p < w->n; p++) {
        rng q = rng_for(w->seed, S_CLAIM, p);
        claimw c = {w, o, r, p, 0, w->k};
        int y = prog_year(w, p / w->block);
        int delivered = below(&q, 100) < 55, contra = below(&q, 100) < 25;
        unsigned npp = 1 + below(&q, 4), m = 1 + below(&q, 12);
        int last = y + 3 + (int)below(&q, 3), final = last;
        uint64_t reg = source_of(w, &q, T_REGIONAL);

        snprintf(d, sizeof d, "%d-%02u", y, m);
        claim(&c, "stage", "listed", NULL, d, NULL, source_of(w, &q, T_FEDERAL),
              "synthetic quote: listed in the programme");
        /* a chain of postponements, all from one regional source */
        for (unsigned j = 0; j < npp; j++) {
            snprintf(d, sizeof d, "%d-%02u", cap_year(y + (int)j), m);
            snprintf(v, sizeof v, "%d", last);
            claim(&c, "planned_opening", v, NULL, d, NULL, reg,
                  "synthetic quote: opening planned");
            final = last;
            last += 1 + (int)below(&q, 2);
        }
        snprintf(d, sizeof d, "%d", cap_year(y + 1));
        claim(&c, "stage", "agreed", NULL, d, NULL, reg, "synthetic quote: agreed");
        snprintf(d, sizeof d, "%d-%02u", cap_year(y + 2), m);
        claim(&c, "stage", "under-construction", NULL, d, NULL, reg,
              "synthetic quote: construction began");
        if (contra) {
            /* an official source ahead of a local one, in the same month */
            snprintf(d, sizeof d, "%d-06-10", cap_year(y + 3));
            snprintf(d2, sizeof d2, "%d-06-20", cap_year(y + 3));
            claim(&c, "stage", "operational", NULL, d, NULL, source_of(w, &q, T_FEDERAL),
                  "synthetic quote: put into operation");
            claim(&c, "stage", "under-construction", NULL, d2, NULL,
                  source_of(w, &q, T_LOCAL_MEDIA), "synthetic quote: still closed");
        }
        snprintf(d, sizeof d, "%d", y);
        snprintf(v, sizeof v, "%u000000", 100 + below(&q, 900));
        claim(&c, "cost", v, "RUB", d, NULL, source_of(w, &q, T_FEDERAL),
              "synthetic quote: the cost");
        if (contra) {
            snprintf(v, sizeof v, "%u000000", 100 + below(&q, 900));
            claim(&c, "cost", v, "RUB", d, NULL, source_of(w, &q, T_NATIONAL_MEDIA),
                  "synthetic quote: the cost, as the press gave it");
        }
        if (delivered) {
            int yd = cap_year(final + (int)below(&q, 2));
            unsigned md = 1 + below(&q, 12);
            snprintf(d, sizeof d, "%d-12-31", yd);
            snprintf(v, sizeof v, "%d-%02u", yd, md);
            claim(&c, "actual_opening", v, NULL, d, NULL, source_of(w, &q, T_LOCAL_MEDIA),
                  "synthetic quote: opened");
            claim(&c, "stage", "operational", NULL, d, NULL, source_of(w, &q, T_MUNICIPAL),
                  "synthetic quote: in operation");
        }
        /* the rest: statements from every kind of source, over the years */
        while (c.i < c.k) {
            unsigned tier = below(&q, NTIER);
            snprintf(d, sizeof d, "%d-%02u", cap_year(y + (int)below(&q, 10)), 1 + below(&q, 12));
            snprintf(v, sizeof v, "Synthetic statement %u about the project", c.i);
            claim(&c, "text", v, NULL, d, NULL, source_of(w, &q, (int)tier),
                  "synthetic quote");
        }
        if ((p & 0xFFF) == 0)
            progress_set(pg, p);
    }
}

static void w_indicators(const world *w, out *o, row *r)
{
    static const char *const series[] = {"export_share", "import_share", "fdi_stock_share"};
    static const char *const products[] = {"export_product_timber", "export_product_fuel",
                                           "export_product_food"};
    for (uint64_t g = 0; g < w->nreg; g++) {
        rng q = rng_for(w->seed, S_IND, g);
        const char *partner = country_id[1 - region_country(g)];
        for (int s = 0; s < 3; s++) {
            double base = 20 + below(&q, 70), slope = ((double)below(&q, 41) - 20) / 10;
            for (int y = 2000; y <= 2023; y++) {
                double v = base + slope * (y - 2000) + ((double)below(&q, 21) - 10) / 5;
                v = v < 0 ? 0 : v > 100 ? 100 : v;
                row_start(r);
                put(r, "syn-x-%" PRIu64 "-%s-%d", g, series[s], y);
                put(r, "syn-reg-%" PRIu64, g);
                put(r, "%s", series[s]);
                put(r, "%s", partner);
                put(r, "%d", y);
                put(r, "%.1f", v);
                put(r, NULL);
                put(r, "percent");
                put(r, "syn-s-%d", T_STATISTICS);
                put(r, NULL);
                put(r, NULL);
                put(r, NOTE);
                row_end(o, r);
            }
        }
        for (int y = 2010; y <= 2023; y++) {
            unsigned a = 10 + below(&q, 60), b = below(&q, 100 - a);
            unsigned share[3] = {a, b, 100 - a - b};
            for (int s = 0; s < 3; s++) {
                row_start(r);
                put(r, "syn-x-%" PRIu64 "-%s-%d", g, products[s], y);
                put(r, "syn-reg-%" PRIu64, g);
                put(r, "%s", products[s]);
                put(r, NULL);
                put(r, "%d", y);
                put(r, "%u", share[s]);
                put(r, NULL);
                put(r, "percent");
                put(r, "syn-s-%d", T_STATISTICS);
                put(r, NULL);
                put(r, NULL);
                put(r, NOTE);
                row_end(o, r);
            }
        }
    }
}

int synth_bundle(const char *dir, const synth_opts *opts, amur_err *err)
{
    static const struct file {
        const char *name, *header;
    } files[] = {
        {"sources.csv", "id,title,authors,publisher,url,date,language,tier,ref,note"},
        {"places.csv", "id,kind,name_en,name_ru,name_zh,country,parent,lat,lon,source,note"},
        {"actors.csv", "id,kind,name_en,name_ru,name_zh,country,place,parent,source,note"},
        {"instruments.csv", "id,kind,level,name_en,name_ru,name_zh,date,valid_from,valid_to,"
                            "parties,parent,source,locator,note"},
        {"projects.csv", "id,kind,name_en,name_ru,name_zh,place,side,parent,source,locator,"
                         "note"},
        {"listings.csv", "id,instrument,project,side,item,planned_start,planned_end,"
                         "carried_from,source,locator,note"},
        {"stakes.csv", "id,project,actor,role,influence,from,to,source,locator,quote,note"},
        {"claims.csv", "id,subject,property,value,unit,scope,date,refers_to,source,locator,"
                       "quote,note"},
        {"indicators.csv", "id,region,series,partner,period,value,value_max,unit,source,"
                           "locator,quote,note"},
    };
    world w;
    row *r;
    progress *pg = NULL;
    int rc = AMUR_OK;

    if (opts->projects < 1 || opts->projects > SYNTH_MAX_PROJECTS ||
        opts->claims > SYNTH_MAX_CLAIMS)
        return err_set(err, AMUR_EUSAGE, "synth: sizes out of range");
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return err_set(err, AMUR_ESYS, "synth: %s: %s", dir, strerror(errno));
    if (!(r = malloc(sizeof *r)))
        return err_set(err, AMUR_ESYS, "out of memory");
    world_init(&w, opts);
    for (size_t i = 0; i < sizeof files / sizeof files[0] && rc == AMUR_OK; i++) {
        out o;
        if ((rc = open_out(&o, dir, files[i].name, files[i].header, err)))
            break;
        if (opts->progress && (i >= 4 && i <= 7))
            pg = progress_new(files[i].name, (size_t)w.n);
        switch (i) {
        case 0: w_sources(&w, &o, r); break;
        case 1: w_places(&w, &o, r); break;
        case 2: w_actors(&w, &o, r); break;
        case 3: w_instruments(&w, &o, r); break;
        case 4: w_projects(&w, &o, r, pg); break;
        case 5: w_listings(&w, &o, r, pg); break;
        case 6: w_stakes(&w, &o, r, pg); break;
        case 7: w_claims(&w, &o, r, pg); break;
        default: w_indicators(&w, &o, r); break;
        }
        progress_done(pg);
        pg = NULL;
        rc = close_out(&o, dir);
    }
    free(r);
    return rc;
}

/* ---- IATI ---- */

static void xml_text(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

#define IATI_ORGS 10
#define IATI_UPDATED "2024-06-30T00:00:00Z"

static void iati_activity(const world *w, FILE *f, uint64_t p)
{
    char en[NAMEBUF], ru[NAMEBUF], zh[NAMEBUF];
    rng q = rng_for(w->seed, S_IATI, p);
    proj pj;
    int y = prog_year(w, p / w->block), end = y + 3 + (int)below(&q, 6);
    int delivered = end < 2024 && below(&q, 100) < 55;
    unsigned org = (unsigned)(p % IATI_ORGS), m = 1 + below(&q, 12);
    unsigned funder = below(&q, (unsigned)w->nact), doer = below(&q, (unsigned)w->nact);
    const char *ctry;

    proj_info(w, p, &pj);
    project_names(&pj, en, ru, zh);
    ctry = region_country(pj.city % w->nreg) == 0 ? "RU" : "CN";
    fprintf(f, "  <iati-activity last-updated-datetime=\"" IATI_UPDATED "\" xml:lang=\"en\" "
               "default-currency=\"USD\">\n");
    fprintf(f, "    <iati-identifier>XM-SYN-%u-%" PRIu64 "</iati-identifier>\n", org, p);
    fprintf(f, "    <reporting-org ref=\"XM-SYN-%u\" type=\"10\">\n"
               "      <narrative>Synthetic source %u</narrative>\n    </reporting-org>\n",
            org, org);
    fputs("    <title>\n      <narrative xml:lang=\"en\">", f);
    xml_text(f, en);
    fputs("</narrative>\n      <narrative xml:lang=\"ru\">", f);
    xml_text(f, ru);
    fputs("</narrative>\n      <narrative xml:lang=\"zh\">", f);
    xml_text(f, zh);
    fputs("</narrative>\n    </title>\n", f);
    fputs("    <description type=\"1\">\n      <narrative xml:lang=\"en\">synthetic: a "
          "generated activity for benchmarks</narrative>\n    </description>\n", f);
    fprintf(f, "    <participating-org ref=\"XM-SYN-A%u\" type=\"40\" role=\"1\">\n"
               "      <narrative>Synthetic funder %u</narrative>\n    </participating-org>\n",
            funder, funder);
    fprintf(f, "    <participating-org ref=\"XM-SYN-A%u\" type=\"10\" role=\"4\">\n"
               "      <narrative>Synthetic implementer %u</narrative>\n"
               "    </participating-org>\n",
            doer, doer);
    fprintf(f, "    <activity-status code=\"%d\"/>\n", delivered ? 4 : y + 2 < 2024 ? 2 : 1);
    fprintf(f, "    <activity-date type=\"1\" iso-date=\"%d-%02u-01\"/>\n", y, m);
    if (y + 1 < 2024)
        fprintf(f, "    <activity-date type=\"2\" iso-date=\"%d-%02u-15\"/>\n", y + 1, m);
    fprintf(f, "    <activity-date type=\"3\" iso-date=\"%d-12-31\"/>\n", end);
    if (delivered) {
        int done = end + (int)below(&q, 2);
        fprintf(f, "    <activity-date type=\"4\" iso-date=\"%d-%02u-28\"/>\n",
                done > 2023 ? 2023 : done, m);
    }
    fprintf(f, "    <recipient-country code=\"%s\" percentage=\"100\"/>\n", ctry);
    fprintf(f, "    <budget type=\"1\" status=\"1\">\n"
               "      <period-start iso-date=\"%d-01-01\"/>\n"
               "      <period-end iso-date=\"%d-12-31\"/>\n"
               "      <value currency=\"USD\" value-date=\"%d-01-01\">%u000</value>\n"
               "    </budget>\n",
            y, y, y, 100 + below(&q, 9000));
    fprintf(f, "    <transaction>\n      <transaction-type code=\"2\"/>\n"
               "      <transaction-date iso-date=\"%d-%02u-01\"/>\n"
               "      <value currency=\"USD\" value-date=\"%d-%02u-01\">%u000</value>\n"
               "    </transaction>\n",
            y, m, y, m, 100 + below(&q, 9000));
    fputs("  </iati-activity>\n", f);
}

int synth_iati(const char *path, const synth_opts *opts, amur_err *err)
{
    static char buf[1 << 16];
    world w;
    FILE *f;
    progress *pg = NULL;
    int bad;

    if (opts->projects < 1 || opts->projects > SYNTH_MAX_PROJECTS)
        return err_set(err, AMUR_EUSAGE, "synth: sizes out of range");
    world_init(&w, opts);
    f = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    if (!f)
        return err_set(err, AMUR_ESYS, "synth: %s: %s", path, strerror(errno));
    if (f != stdout)
        setvbuf(f, buf, _IOFBF, sizeof buf);
    if (opts->progress)
        pg = progress_new("activities", (size_t)w.n);
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!-- synthetic: generated by amur synth for benchmarks -->\n"
          "<iati-activities version=\"2.03\" generated-datetime=\"" IATI_UPDATED "\">\n",
          f);
    for (uint64_t p = 0; p < w.n && !ferror(f); p++) {
        iati_activity(&w, f, p);
        if ((p & 0xFFF) == 0)
            progress_set(pg, (size_t)p);
    }
    fputs("</iati-activities>\n", f);
    progress_done(pg);
    bad = ferror(f) != 0;
    if (f == stdout)
        bad |= fflush(f) != 0;
    else
        bad |= fclose(f) != 0;
    if (bad)
        return err_set(err, AMUR_ESYS, "synth: %s: write error", path);
    return AMUR_OK;
}
