/*
** bundle.c — reading and checking a dataset bundle; see bundle.h and
** docs/dataset.md for the rules enforced here.
*/
#include "bundle.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/hash.h"
#include "../core/pdate.h"
#include "../core/strmap.h"
#include "../core/text.h"
#include "csv.h"

#define OOM(d) diag_add(d, NULL, 0, NULL, "out of memory")

/* The rows read from files live in an arena of 1 MiB blocks. It has no
** ceiling of its own: what it holds is bounded by the files (csv.h limits
** each field and row), as when each field had its own allocation. */
#define BUNDLE_BLOCK ((size_t)1 << 20)

/* Frees a row allocated field by field (bundle_add's). */
static void row_free(brow *r, size_t ncols)
{
    for (size_t i = 0; i < ncols; i++)
        free(r->f[i]);
    free(r->f);
}

const concept *bundle_concept(int k)
{
    return k == BUNDLE_FLOWS ? &schema_flows : &schema_concepts[k];
}

void bundle_free(bundle *b)
{
    if (!b)
        return;
    for (int c = 0; c < BUNDLE_TABLES; c++) {
        btable *t = &b->t[c];
        for (size_t i = 0; !b->mem && i < t->n; i++)
            row_free(&t->rows[i], t->c->ncols);
        free(t->rows);
        free(t->path);
    }
    if (b->mem)
        arena_free(b->mem);
    free(b->mem);
    free(b);
}

size_t bundle_rows(const bundle *b)
{
    size_t n = 0;
    for (int c = 0; c < BUNDLE_TABLES; c++)
        n += b->t[c].n;
    return n;
}

/* The schema column nearest to NAME, to suggest when NAME is unknown. */
static const char *nearest_column(const concept *c, const char *name)
{
    const char *best = NULL;
    int bestd = 3;
    for (size_t i = 0; i < c->ncols; i++) {
        int d = text_distance(name, c->cols[i].name);
        if (d < bestd) {
            bestd = d;
            best = c->cols[i].name;
        }
    }
    return best;
}

/* Maps header fields to schema columns in MAP; returns 0 when the file's
** rows can be read (no unknown, duplicate or missing columns). */
static int read_header(const btable *t, const csv_row *h, int *map, diag *d)
{
    const concept *c = t->c;
    int seen[64] = {0};
    int ok = 1;
    for (size_t i = 0; i < h->ncols; i++) {
        long bad = text_utf8_invalid(h->cols[i], h->lens[i]);
        int k = bad >= 0 ? -1 : schema_col(c, h->cols[i]);
        map[i] = k;
        if (bad >= 0) {
            /* not echoed: the bytes would garble the message */
            diag_add(d, t->path, h->line, NULL, "column %zu of the header: %s at byte %ld", i + 1,
                     h->cols[i][bad] ? "invalid UTF-8" : "NUL byte", bad + 1);
            ok = 0;
        } else if (k < 0) {
            const char *near = nearest_column(c, h->cols[i]);
            if (near)
                diag_add(d, t->path, h->line, h->cols[i],
                         "unknown column (did you mean '%s'?)", near);
            else
                diag_add(d, t->path, h->line, h->cols[i], "unknown column");
            ok = 0;
        } else if (seen[k]++) {
            diag_add(d, t->path, h->line, h->cols[i], "column appears twice");
            ok = 0;
        }
    }
    for (size_t k = 0; k < c->ncols; k++) {
        if (c->cols[k].required && !seen[k]) {
            diag_add(d, t->path, h->line, c->cols[k].name, "missing required column");
            ok = 0;
        }
    }
    return ok;
}

/* 1 when S is empty or only spaces and tabs. */
static int blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t')
            return 0;
    return 1;
}

static int add_row(btable *t, arena *mem, const csv_row *r, const int *map, diag *d)
{
    const concept *c = t->c;
    brow row;
    size_t need, lens[CSV_MAX_COLS];
    char *w;

    /* A row with bad bytes is kept, so that rows referring to it do not
    ** report it missing as well; the load stops on the problem anyway. */
    {
        for (size_t i = 0; i < r->ncols; i++) {
            long at = text_utf8_invalid(r->cols[i], r->lens[i]);
            if (at >= 0) {
                const char *col = map[i] >= 0 ? c->cols[map[i]].name : NULL;
                diag_add(d, t->path, r->line, col,
                         r->cols[i][at] ? "invalid UTF-8 at byte %ld of the field"
                                        : "NUL byte at byte %ld of the field",
                         at + 1);
            }
        }
    }
    /* the row's array of fields and the fields' text in one piece; a
    ** field is kept up to a NUL byte in it, as strdup() would */
    row.line = r->line;
    need = c->ncols * sizeof *row.f;
    for (size_t i = 0; i < r->ncols; i++) {
        lens[i] = map[i] < 0 || blank(r->cols[i]) ? 0 : strlen(r->cols[i]) + 1;
        need += lens[i];
    }
    if (!(row.f = arena_alloc(mem, need)))
        return OOM(d);
    memset(row.f, 0, c->ncols * sizeof *row.f);
    w = (char *)(row.f + c->ncols);
    for (size_t i = 0; i < r->ncols; i++) {
        if (!lens[i])
            continue;
        memcpy(w, r->cols[i], lens[i]);
        row.f[map[i]] = w;
        w += lens[i];
    }
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        brow *rows = realloc(t->rows, cap * sizeof *rows);
        if (!rows)
            return OOM(d); /* the row's memory goes with the bundle's */
        t->rows = rows;
        t->cap = cap;
    }
    t->rows[t->n++] = row;
    return 0;
}

static int read_table(btable *t, arena *mem, diag *d, amur_err *err)
{
    amur_err cerr = {0, ""};
    csv *r;
    csv_row row;
    int map[CSV_MAX_COLS];
    int got, header_ok = 0, have_header = 0;
    size_t hcols = 0;
    struct stat st;

    if (stat(t->path, &st) != 0)
        return AMUR_OK; /* a missing file counts as empty */
    t->present = 1;
    if (!S_ISREG(st.st_mode)) {
        /* a directory, a device or a pipe (which could block forever) */
        diag_add(d, t->path, 0, NULL, "not a regular file");
        return AMUR_OK;
    }
    if (!(r = csv_open(t->path, &cerr))) {
        if (cerr.code == AMUR_ESYS)
            return err_set(err, AMUR_ESYS, "%s", cerr.msg);
        diag_add(d, t->path, 0, NULL, "%s", cerr.msg);
        return AMUR_OK;
    }
    while ((got = csv_next(r, &row, &cerr)) == 1) {
        if (!have_header) {
            have_header = 1;
            hcols = row.ncols;
            header_ok = read_header(t, &row, map, d);
            continue;
        }
        if (!header_ok)
            continue;
        if (row.ncols != hcols) {
            diag_add(d, t->path, row.line, NULL, "%zu fields where the header has %zu",
                     row.ncols, hcols);
            continue;
        }
        if (add_row(t, mem, &row, map, d))
            break;
    }
    if (got < 0) {
        if (cerr.code == AMUR_ESYS) {
            long line = csv_line(r);
            csv_close(r);
            return err_set(err, AMUR_ESYS, "%s:%ld: %s", t->path, line, cerr.msg);
        }
        diag_add(d, t->path, csv_line(r), NULL, "%s", cerr.msg);
    } else if (!have_header) {
        diag_add(d, t->path, 1, NULL, "empty file: expected a header row");
    }
    csv_close(r);
    return AMUR_OK;
}

/* The bundle's MANIFEST, when it has one (amur export writes it): the
** files that make the bundle whole, one name a line ('#' starts a
** comment). A file it names that is missing is an error, so a bundle cut
** short (a copy that failed, a full disk) is refused instead of loading
** as if the missing files were empty. Without a MANIFEST a missing file
** still counts as empty: a hand-made bundle may hold only new claims. */
static void check_manifest(const char *dir, const bundle *b, diag *d)
{
    char path[4096], line[256];
    struct stat st;
    FILE *f;
    long n = 0;
    snprintf(path, sizeof path, "%s/%s", dir, BUNDLE_MANIFEST);
    if (stat(path, &st) != 0)
        return;
    if (!S_ISREG(st.st_mode) || st.st_size > 64 * 1024) {
        diag_add(d, path, 0, NULL, "not a regular file of at most 64 KiB");
        return;
    }
    if (!(f = fopen(path, "r"))) {
        diag_add(d, path, 0, NULL, "%s", strerror(errno));
        return;
    }
    while (fgets(line, sizeof line, f)) {
        size_t len = strcspn(line, "\r\n");
        int k;
        n++;
        if (line[len] == 0 && !feof(f)) {
            diag_add(d, path, n, NULL, "line too long");
            break;
        }
        line[len] = 0;
        if (!line[0] || line[0] == '#')
            continue;
        for (k = 0; k < BUNDLE_TABLES && strcmp(line, bundle_concept(k)->file) != 0; k++)
            ;
        if (k == BUNDLE_TABLES)
            diag_add(d, path, n, NULL, "names no file of a bundle (sources.csv, places.csv, ...)");
        else if (!b->t[k].present)
            diag_add(d, path, n, NULL,
                     "%s is missing: the bundle is not whole (a copy or an export cut short?)",
                     line);
    }
    fclose(f);
}

int bundle_read(const char *dir, bundle **out, diag *d, amur_err *err)
{
    struct stat st;
    bundle *b;
    int any = 0;

    *out = NULL;
    if (stat(dir, &st) != 0)
        return err_set(err, AMUR_EDATA, "%s: %s", dir,
                       errno == ENOENT ? "no such directory" : strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return err_set(err, AMUR_EDATA, "%s: not a directory", dir);
    if (!(b = calloc(1, sizeof *b)) || !(b->mem = malloc(sizeof *b->mem))) {
        free(b);
        return err_set(err, AMUR_ESYS, "out of memory");
    }
    arena_init(b->mem, BUNDLE_BLOCK, 0);
    for (int c = 0; c < BUNDLE_TABLES; c++) {
        btable *t = &b->t[c];
        size_t n = strlen(dir) + strlen(bundle_concept(c)->file) + 2;
        t->c = bundle_concept(c);
        if (!(t->path = malloc(n))) {
            bundle_free(b);
            return err_set(err, AMUR_ESYS, "out of memory");
        }
        snprintf(t->path, n, "%s/%s", dir, t->c->file);
        if (read_table(t, b->mem, d, err)) {
            bundle_free(b);
            return err->code;
        }
        any |= t->present;
    }
    if (!any) {
        bundle_free(b);
        return err_set(err, AMUR_EDATA, "%s: no bundle files (sources.csv, places.csv, ...)",
                       dir);
    }
    check_manifest(dir, b, d);
    *out = b;
    return AMUR_OK;
}

bundle *bundle_new(const char *name)
{
    bundle *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    for (int c = 0; c < BUNDLE_TABLES; c++) {
        b->t[c].c = bundle_concept(c);
        if (!(b->t[c].path = strdup(name))) {
            bundle_free(b);
            return NULL;
        }
    }
    return b;
}

int bundle_add(bundle *b, int c, char **fields, long line)
{
    btable *t = &b->t[c];
    brow row = {fields, line};
    if (b->mem) {
        /* a bundle read from files frees its rows as blocks */
        row_free(&row, t->c->ncols);
        return AMUR_ESYS;
    }
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        brow *rows = realloc(t->rows, cap * sizeof *rows);
        if (!rows) {
            row_free(&row, t->c->ncols);
            return AMUR_ESYS;
        }
        t->rows = rows;
        t->cap = cap;
    }
    t->rows[t->n++] = row;
    t->present = 1;
    return AMUR_OK;
}

/* ---- checking ---- */

/* Where an id was defined in the bundle: table and row. */
#define LOC(c, i) ((long)(c) << 40 | (long)(i))
#define LOC_TABLE(v) ((int)((v) >> 40))
#define LOC_ROW(v) ((size_t)((v) & ((1L << 40) - 1)))

/* ---- the bundle's ids ----
** Where each id of the bundle is defined: open addressing over the id's
** hash, sized once for all the bundle's rows. A slot keeps the hash, so
** that a probe compares the id's text (in a row, likely not in the CPU's
** cache) only when the hashes agree. */

typedef struct idslot {
    uint64_t h;
    long loc; /* LOC(table, row); -1: empty */
} idslot;

typedef struct idindex {
    const bundle *b;
    idslot *slots;
    size_t mask;
} idindex;

/* The low bits pick the slot: fold the high ones, which FNV mixes best, in. */
static uint64_t id_hash(const char *s)
{
    uint64_t h = hash_text(s, HASH_BASIS);
    return h ^ h >> 32;
}

/* Room for N ids at most half full; -1 when out of memory. */
static int idindex_init(idindex *x, const bundle *b, size_t n)
{
    size_t cap = 64;
    while (cap < 2 * n)
        cap *= 2;
    x->b = b;
    x->mask = cap - 1;
    if (!(x->slots = malloc(cap * sizeof *x->slots)))
        return -1;
    for (size_t i = 0; i < cap; i++)
        x->slots[i].loc = -1;
    return 0;
}

static const char *id_at(const idindex *x, long loc)
{
    return x->b->t[LOC_TABLE(loc)].rows[LOC_ROW(loc)].f[0];
}

/* The slot of ID: where it is, or the empty one where it would go. */
static idslot *idindex_slot(const idindex *x, const char *id, uint64_t h)
{
    size_t i = (size_t)h & x->mask;
    while (x->slots[i].loc >= 0 &&
           (x->slots[i].h != h || strcmp(id_at(x, x->slots[i].loc), id) != 0))
        i = (i + 1) & x->mask;
    return &x->slots[i];
}

/* Where ID is defined in *LOC: 1 when it is, else 0. */
static int idindex_get(const idindex *x, const char *id, long *loc)
{
    idslot *s = idindex_slot(x, id, id_hash(id));
    if (s->loc < 0)
        return 0;
    *loc = s->loc;
    return 1;
}

/* Adds ID at LOC: 1 when added, 0 when there already (its place goes to
** *OLD). The index never fills: it was sized for every row. */
static int idindex_add(idindex *x, const char *id, long loc, long *old)
{
    uint64_t h = id_hash(id);
    idslot *s = idindex_slot(x, id, h);
    if (s->loc >= 0) {
        *old = s->loc;
        return 0;
    }
    s->h = h;
    s->loc = loc;
    return 1;
}

typedef struct checker {
    const bundle *b;
    const bundle_db *db;
    diag *d;
    idindex ids;
} checker;

static const char *kind_of_row(const btable *t, size_t row)
{
    int k = schema_col(t->c, "kind");
    return k < 0 ? NULL : t->rows[row].f[k];
}

/* "place, actor or project": the concepts of REFS, for messages. */
static const char *names_of(unsigned refs, char *buf, size_t n)
{
    int total = 0, done = 0;
    for (int c = 0; c < C_COUNT; c++)
        total += (refs & REF(c)) != 0;
    buf[0] = 0;
    for (int c = 0; c < C_COUNT; c++) {
        if (refs & REF(c)) {
            size_t len = strlen(buf);
            snprintf(buf + len, n - len, "%s%s", done == 0 ? "" : done + 1 == total ? " or " : ", ",
                     schema_concepts[c].one);
            done++;
        }
    }
    return buf;
}

/* Checks that ID names a row of a concept in REFS (of kind KIND, if set). */
static void check_ref(checker *k, const btable *t, const brow *r, const column *col,
                      const char *id)
{
    long loc;
    int concept_of = -1;
    char kind[64] = "";
    char what[128];
    const char *msg = schema_check_id(id);

    if (msg) {
        diag_add(k->d, t->path, r->line, col->name, "'%s': %s", id, msg);
        return;
    }
    if (idindex_get(&k->ids, id, &loc)) {
        const char *kd;
        concept_of = LOC_TABLE(loc);
        kd = kind_of_row(&k->b->t[concept_of], LOC_ROW(loc));
        if (kd)
            snprintf(kind, sizeof kind, "%s", kd);
    } else if (k->db) {
        concept_of = k->db->find(k->db->ctx, id, kind, sizeof kind);
    }
    if (concept_of == -2) {
        diag_add(k->d, t->path, r->line, col->name,
                 "'%s': the database could not be asked whether it holds it", id);
        return;
    }
    if (concept_of < 0) {
        diag_add(k->d, t->path, r->line, col->name,
                 "'%s': no such %s in the bundle or the database", id,
                 names_of(col->refs, what, sizeof what));
        return;
    }
    if (!(col->refs & REF(concept_of))) {
        diag_add(k->d, t->path, r->line, col->name, "'%s' is a %s, not a %s", id,
                 schema_concepts[concept_of].one, names_of(col->refs, what, sizeof what));
        return;
    }
    if (col->ref_kind && strcmp(kind, col->ref_kind) != 0)
        diag_add(k->d, t->path, r->line, col->name, "'%s' is a %s of kind %s, not a %s", id,
                 schema_concepts[concept_of].one, kind[0] ? kind : "(none)", col->ref_kind);
}

static void check_reflist(checker *k, const btable *t, const brow *r, const column *col,
                          const char *list)
{
    char id[256];
    const char *s = list;
    while (*s) {
        const char *semi = strchr(s, ';');
        size_t n = semi ? (size_t)(semi - s) : strlen(s);
        while (n && *s == ' ') {
            s++;
            n--;
        }
        while (n && s[n - 1] == ' ')
            n--;
        if (n == 0 || n >= sizeof id) {
            diag_add(k->d, t->path, r->line, col->name, "empty or overlong id in the list");
        } else {
            memcpy(id, s, n);
            id[n] = 0;
            check_ref(k, t, r, col, id);
        }
        if (!semi)
            break;
        s = semi + 1;
    }
}

static void vocab_list(const char *const *v, char *buf, size_t n)
{
    buf[0] = 0;
    for (int i = 0; v[i]; i++) {
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, "%s%s", i ? ", " : "", v[i]);
    }
}

/* The byte offset of the first C0 control character in V other than tab,
** line feed and carriage return, or -1. Such a character has no place in
** a name or a quote, cannot be written in XML 1.0 at all (export-iati
** would give a file no reader accepts) and, raw on a terminal, drives it
** (ESC starts its escape sequences). */
static long control_at(const char *v)
{
    for (const unsigned char *p = (const unsigned char *)v; *p; p++)
        if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
            return (long)(p - (const unsigned char *)v);
    return -1;
}

static void check_cells(checker *k, const btable *t, const brow *r)
{
    const concept *c = t->c;
    for (size_t i = 0; i < c->ncols; i++) {
        const column *col = &c->cols[i];
        const char *v = r->f[i];
        const char *msg;
        long at;
        if (!v) {
            if (col->required)
                diag_add(k->d, t->path, r->line, col->name, "required field is empty");
            continue;
        }
        if ((at = control_at(v)) >= 0) {
            /* the value itself is not quoted: it would carry the character */
            diag_add(k->d, t->path, r->line, col->name,
                     "control character U+%04X at byte %ld: only tab and line breaks may "
                     "appear in text",
                     (unsigned)(unsigned char)v[at], at + 1);
            continue;
        }
        if (col->type == COL_ENUM && schema_vocab_index(col->vocab, v) < 0) {
            char words[512];
            vocab_list(col->vocab, words, sizeof words);
            diag_add(k->d, t->path, r->line, col->name, "'%s' is not one of: %s", v, words);
            continue;
        }
        if (col->type == COL_REF) {
            check_ref(k, t, r, col, v);
            continue;
        }
        if (col->type == COL_REFLIST) {
            check_reflist(k, t, r, col, v);
            continue;
        }
        if ((msg = schema_check_cell(col, v)))
            diag_add(k->d, t->path, r->line, col->name, "'%s': %s", v, msg);
    }
}

static const char *field(const btable *t, const brow *r, const char *name)
{
    int i = schema_col(t->c, name);
    return i < 0 ? NULL : r->f[i];
}

/* Reports END before START, when both are valid dates. */
static void check_order(checker *k, const btable *t, const brow *r, const char *start,
                        const char *end)
{
    const char *a = field(t, r, start), *b = field(t, r, end);
    pdate da, db;
    if (!a || !b || pdate_parse(a, &da) || pdate_parse(b, &db))
        return;
    if (pdate_relation(db, da) < 0)
        diag_add(k->d, t->path, r->line, end, "'%s' is before %s '%s'", b, start, a);
}

static int same_fields(const concept *c, char **a, char **b)
{
    for (size_t i = 0; i < c->ncols; i++) {
        if (!a[i] != !b[i] || (a[i] && strcmp(a[i], b[i]) != 0))
            return 0;
    }
    return 1;
}

/* quote_lang and via describe a claim's quote (docs/dataset.md): neither
** without one, and via names another source than the claim's own. */
static void check_provenance(checker *k, const btable *t, const brow *r)
{
    const char *quote = field(t, r, "quote"), *via = field(t, r, "via");
    const char *source = field(t, r, "source");
    if (!quote && field(t, r, "quote_lang"))
        diag_add(k->d, t->path, r->line, "quote_lang", "the language of a quote, but there is no quote");
    if (!quote && via)
        diag_add(k->d, t->path, r->line, "via",
                 "the source a quote's words came through, but there is no quote");
    else if (via && source && strcmp(via, source) == 0)
        diag_add(k->d, t->path, r->line, "via",
                 "'%s' is the claim's own source; via names the secondary source whose "
                 "rendering is quoted",
                 via);
}

static void check_claim(checker *k, const btable *t, const brow *r)
{
    const char *prop = field(t, r, "property"), *value = field(t, r, "value");
    const char *date = field(t, r, "date");
    pdate dv, dd;
    char **stored = NULL;
    int found;

    if (prop && value && schema_property_kind(prop) != PROP_UNKNOWN) {
        const char *msg = schema_check_value(prop, value);
        if (msg)
            diag_add(k->d, t->path, r->line, "value", "'%s' for %s: %s", value, prop, msg);
        else if (schema_property_kind(prop) == PROP_ACTUAL && date &&
                 !pdate_parse(value, &dv) && !pdate_parse(date, &dd) &&
                 pdate_relation(dv, dd) > 0)
            diag_add(k->d, t->path, r->line, "value",
                     "%s '%s' is later than the date of the claim that reports it (%s)", prop,
                     value, date);
    }
    check_provenance(k, t, r);
    if (!k->db || !k->db->claim || !r->f[0])
        return; /* a claim without an id is reported with its cells */
    found = k->db->claim(k->db->ctx, r->f[0], &stored);
    if (found < 0) {
        OOM(k->d);
        return;
    }
    if (found) {
        if (!same_fields(t->c, r->f, stored))
            diag_add(k->d, t->path, r->line, "id",
                     "claim '%s' differs from the stored claim of that id; claims are never "
                     "edited: add a new claim instead",
                     r->f[0]);
        for (size_t i = 0; i < t->c->ncols; i++)
            free(stored[i]);
        free(stored);
    }
}

static void check_row(checker *k, const btable *t, const brow *r)
{
    check_cells(k, t, r);
    if (t->c == &schema_flows) {
        check_order(k, t, r, "date", "end");
        return;
    }
    switch (t->c->id) {
    case C_PLACE:
        if (!field(t, r, "lat") != !field(t, r, "lon"))
            diag_add(k->d, t->path, r->line, field(t, r, "lat") ? "lon" : "lat",
                     "give both lat and lon, or neither");
        break;
    case C_INSTRUMENT:
        check_order(k, t, r, "valid_from", "valid_to");
        break;
    case C_LISTING:
        check_order(k, t, r, "planned_start", "planned_end");
        break;
    case C_STAKE:
        check_order(k, t, r, "from", "to");
        break;
    case C_CLAIM:
        check_claim(k, t, r);
        break;
    default:
        break;
    }
}

/* A flow is known by its activity, source, snapshot (reported) and place
** in it (seq): two rows with the same four would be one flow said twice. */
static int check_flow_keys(const btable *t, diag *d)
{
    strmap *seen;
    char **keys;
    size_t nkeys = 0;
    int rc = AMUR_OK;
    if (!t->n)
        return AMUR_OK;
    seen = strmap_new();
    keys = calloc(t->n, sizeof *keys);
    for (size_t i = 0; seen && keys && i < t->n && rc == AMUR_OK; i++) {
        char *const *f = t->rows[i].f;
        size_t len = 4;
        long first;
        int added;
        if (!f[0] || !f[1] || !f[2] || !f[3])
            continue; /* reported with the row */
        for (int j = 0; j < 4; j++)
            len += strlen(f[j]);
        if (!(keys[nkeys] = malloc(len))) {
            rc = AMUR_ESYS;
            break;
        }
        /* the unit separator cannot occur in a checked cell */
        snprintf(keys[nkeys], len, "%s\x1f%s\x1f%s\x1f%s", f[0], f[1], f[2], f[3]);
        added = strmap_add(seen, keys[nkeys], t->rows[i].line, &first);
        nkeys++;
        if (added < 0)
            rc = AMUR_ESYS;
        else if (added == 0)
            diag_add(d, t->path, t->rows[i].line, "seq",
                     "flow %s of activity '%s' from '%s' reported %s is already at line %ld",
                     f[3], f[0], f[1], f[2], first);
    }
    if (!seen || !keys)
        rc = AMUR_ESYS;
    for (size_t i = 0; i < nkeys; i++)
        free(keys[i]);
    free(keys);
    strmap_free(seen);
    return rc;
}

/* ---- cycles ----
** A parent (places, actors, instruments, projects) or a listing's
** carried_from must not lead back to the row itself: the analyses walk
** these chains (a project's parts, a region's places, carry-over
** lineages), and a cycle would make them loop or count a row as its own
** ancestor. Chains are followed through the bundle's rows. */

enum { WALK_NEW, WALK_ON, WALK_DONE };

/* Reports the cycle that ends where the walk from row START met a row
** already on it (row AT): the chain of ids from AT round to AT again. */
static void report_cycle(checker *k, const btable *t, int col, size_t at)
{
    char chain[1024];
    size_t len = 0, row = at, steps = 0;
    long loc;
    chain[0] = 0;
    do {
        const char *id = t->rows[row].f[0];
        int n = snprintf(chain + len, sizeof chain - len, "%s%s", steps ? " -> " : "", id);
        if (n < 0 || (size_t)n >= sizeof chain - len) {
            snprintf(chain + (sizeof chain > 5 ? sizeof chain - 5 : 0), 5, "...");
            break;
        }
        len += (size_t)n;
        steps++;
        if (!idindex_get(&k->ids, t->rows[row].f[col], &loc))
            break;
        row = (size_t)LOC_ROW(loc);
    } while (row != at && steps < 10000);
    if (row == at && len + 8 < sizeof chain)
        snprintf(chain + len, sizeof chain - len, " -> %s", t->rows[at].f[0]);
    diag_add(k->d, t->path, t->rows[at].line, t->c->cols[col].name, "%s cycle: %s",
             t->c->cols[col].name, chain);
}

static int check_cycles(checker *k, const btable *t, const char *colname)
{
    int col = schema_col(t->c, colname);
    unsigned char *state;
    if (col < 0 || t->n == 0)
        return AMUR_OK;
    if (!(state = calloc(t->n, 1)))
        return AMUR_ESYS;
    for (size_t start = 0; start < t->n; start++) {
        size_t row = start;
        long loc;
        /* follow the chain, marking it, until it leaves the table, ends,
        ** meets a row already cleared, or meets itself */
        while (state[row] == WALK_NEW) {
            const char *next = t->rows[row].f[col];
            state[row] = WALK_ON;
            if (!next || !idindex_get(&k->ids, next, &loc) || LOC_TABLE(loc) != (int)t->c->id)
                break;
            row = (size_t)LOC_ROW(loc);
        }
        if (state[row] == WALK_ON && t->rows[row].f[col] &&
            idindex_get(&k->ids, t->rows[row].f[col], &loc) && LOC_TABLE(loc) == (int)t->c->id &&
            state[LOC_ROW(loc)] == WALK_ON)
            report_cycle(k, t, col, row);
        /* everything on this walk is now known: in a cycle (reported) or not */
        for (row = start; state[row] == WALK_ON;) {
            const char *next = t->rows[row].f[col];
            state[row] = WALK_DONE;
            if (!next || !idindex_get(&k->ids, next, &loc) || LOC_TABLE(loc) != (int)t->c->id)
                break;
            row = (size_t)LOC_ROW(loc);
        }
    }
    free(state);
    return AMUR_OK;
}

/* ---- cycles through stored rows ----
** A chain may leave the bundle for rows already in the database and come
** back: a bundle that makes a stored place's parent one of its own
** descendants closes a cycle no row of the bundle shows alone. So, when
** the database can be asked (bundle_db.link), each chain is followed
** through stored rows too, a stored row that the bundle also holds being
** the bundle's. A cycle is reported when it passes through both the
** bundle and the database (one within the bundle is check_cycles()'s; one
** only among stored rows was not made by this bundle), once, at the
** bundle's first row on it. A walk stops at a row already walked, and
** after CHAIN_MAX stored rows. */

#define CHAIN_MAX 10000

typedef struct hop {
    const char *id;
    long row; /* the bundle's row, or -1 for a stored one */
} hop;

typedef struct walker {
    checker *k;
    const btable *t;
    int col;
    unsigned char *state; /* per bundle row, WALK_NEW, WALK_ON or WALK_DONE */
    strmap *done;         /* stored ids already walked, borrowed from owned */
    char **owned;         /* stored ids, as the database gave them */
    size_t nowned, capowned;
    hop *path;
    size_t n, cap;
} walker;

static int walker_push(walker *w, const char *id, long row)
{
    if (w->n == w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 64;
        hop *p = realloc(w->path, cap * sizeof *p);
        if (!p)
            return -1;
        w->path = p;
        w->cap = cap;
    }
    w->path[w->n].id = id;
    w->path[w->n++].row = row;
    if (row >= 0)
        w->state[row] = WALK_ON;
    return 0;
}

/* A copy of the stored id ID, kept until the check ends; NULL when out of
** memory. */
static const char *walker_keep(walker *w, const char *id)
{
    char *copy;
    if (w->nowned == w->capowned) {
        size_t cap = w->capowned ? 2 * w->capowned : 64;
        char **o = realloc(w->owned, cap * sizeof *o);
        if (!o)
            return NULL;
        w->owned = o;
        w->capowned = cap;
    }
    if (!(copy = strdup(id)))
        return NULL;
    return w->owned[w->nowned++] = copy;
}

/* Reports the cycle that is the path from hop FROM to its end. */
static void report_stored_cycle(walker *w, size_t from)
{
    char chain[1024];
    size_t len = 0, first = from, i;
    int stored = 0;
    for (i = from; i < w->n; i++)
        stored |= w->path[i].row < 0;
    for (i = from; i < w->n && w->path[first].row < 0; i++)
        first = i;
    if (!stored || w->path[first].row < 0)
        return; /* within the bundle, or only among stored rows */
    chain[0] = 0;
    for (size_t step = 0; step <= w->n - from; step++) {
        const hop *h = &w->path[from + (first - from + step) % (w->n - from)];
        int m = snprintf(chain + len, sizeof chain - len, "%s%s%s", step ? " -> " : "", h->id,
                         h->row < 0 ? " (stored)" : "");
        if (m < 0 || (size_t)m >= sizeof chain - len) {
            snprintf(chain + sizeof chain - 5, 5, "...");
            break;
        }
        len += (size_t)m;
    }
    diag_add(w->k->d, w->t->path, w->t->rows[w->path[first].row].line, w->t->c->cols[w->col].name,
             "%s cycle through the database: %s", w->t->c->cols[w->col].name, chain);
}

/* Walks the chain from bundle row START. AMUR_OK or AMUR_ESYS. */
static int walk_stored(walker *w, size_t start)
{
    const bundle_db *db = w->k->db;
    strmap *on = NULL; /* stored ids on this walk: where */
    size_t nstored = 0;
    int rc = AMUR_OK;
    const char *id = w->t->rows[start].f[0];
    long row = (long)start;
    w->n = 0;
    for (;;) {
        const char *next;
        char buf[256];
        long loc, at;
        if (walker_push(w, id, row)) {
            rc = AMUR_ESYS;
            break;
        }
        if (row >= 0) {
            next = w->t->rows[row].f[w->col];
        } else {
            int r = db->link(db->ctx, (int)w->t->c->id, id, w->t->c->cols[w->col].name, buf,
                             sizeof buf);
            next = r == 1 ? buf : NULL;
        }
        if (!next || !*next)
            break;
        if (idindex_get(&w->k->ids, next, &loc) && LOC_TABLE(loc) == (int)w->t->c->id) {
            row = (long)LOC_ROW(loc);
            if (w->state[row] == WALK_DONE)
                break;
            if (w->state[row] == WALK_ON) {
                for (at = (long)w->n - 1; at >= 0 && w->path[at].row != row; at--)
                    ;
                report_stored_cycle(w, (size_t)at);
                break;
            }
            id = w->t->rows[row].f[0];
            continue;
        }
        if (strmap_get(w->done, next, &at) || ++nstored > CHAIN_MAX)
            break;
        if (on && strmap_get(on, next, &at)) {
            report_stored_cycle(w, (size_t)at);
            break;
        }
        if (!(id = walker_keep(w, next)) || (!on && !(on = strmap_new())) ||
            strmap_add(on, id, (long)w->n, NULL) < 0) {
            rc = AMUR_ESYS;
            break;
        }
        row = -1;
    }
    /* everything on this walk is now known: in a cycle (reported) or not */
    for (size_t i = 0; i < w->n; i++) {
        if (w->path[i].row >= 0)
            w->state[w->path[i].row] = WALK_DONE;
        else if (strmap_add(w->done, w->path[i].id, 0, NULL) < 0)
            rc = AMUR_ESYS;
    }
    strmap_free(on);
    return rc;
}

static int check_stored_cycles(checker *k, const btable *t, const char *colname)
{
    walker w;
    int rc = AMUR_OK;
    memset(&w, 0, sizeof w);
    w.k = k;
    w.t = t;
    w.col = schema_col(t->c, colname);
    if (w.col < 0 || t->n == 0 || !k->db || !k->db->link)
        return AMUR_OK;
    if (!(w.state = calloc(t->n, 1)) || !(w.done = strmap_new())) {
        free(w.state);
        return AMUR_ESYS;
    }
    for (size_t start = 0; start < t->n && rc == AMUR_OK; start++)
        if (w.state[start] == WALK_NEW && t->rows[start].f[0])
            rc = walk_stored(&w, start);
    strmap_free(w.done);
    for (size_t i = 0; i < w.nowned; i++)
        free(w.owned[i]);
    free(w.owned);
    free(w.path);
    free(w.state);
    return rc;
}

int bundle_check(const bundle *b, const bundle_db *db, diag *d)
{
    checker k = {b, db, d, {NULL, NULL, 0}};
    if (idindex_init(&k.ids, b, bundle_rows(b)))
        return AMUR_ESYS;
    /* ids first, so that a reference may point at any row of the bundle */
    for (int c = 0; c < C_COUNT; c++) {
        const btable *t = &b->t[c];
        for (size_t i = 0; i < t->n; i++) {
            const char *id = t->rows[i].f[0];
            long old;
            int added;
            if (!id || schema_check_id(id))
                continue; /* reported with the row */
            added = idindex_add(&k.ids, id, LOC(c, i), &old);
            if (added == 0) {
                const btable *ft = &b->t[LOC_TABLE(old)];
                diag_add(d, t->path, t->rows[i].line, "id",
                         "duplicate id '%s' (first defined at %s:%ld)", id, ft->path,
                         ft->rows[LOC_ROW(old)].line);
            } else if (db) {
                /* ids are unique across concepts in the database too */
                char kind[64];
                int stored = db->find(db->ctx, id, kind, sizeof kind);
                if (stored == -2)
                    diag_add(d, t->path, t->rows[i].line, "id",
                             "'%s': the database could not be asked whether it holds it", id);
                else if (stored >= 0 && stored != c)
                    diag_add(d, t->path, t->rows[i].line, "id",
                             "id '%s' is already a %s in the database", id,
                             schema_concepts[stored].one);
            }
        }
    }
    for (int c = 0; c < BUNDLE_TABLES; c++) {
        const btable *t = &b->t[c];
        for (size_t i = 0; i < t->n; i++)
            check_row(&k, t, &t->rows[i]);
    }
    if (check_flow_keys(&b->t[BUNDLE_FLOWS], d)) {
        free(k.ids.slots);
        return AMUR_ESYS;
    }
    {
        static const int parented[] = {C_PLACE, C_ACTOR, C_INSTRUMENT, C_PROJECT};
        int rc = AMUR_OK;
        for (size_t i = 0; i < sizeof parented / sizeof parented[0] && rc == AMUR_OK; i++)
            if (!(rc = check_cycles(&k, &b->t[parented[i]], "parent")))
                rc = check_stored_cycles(&k, &b->t[parented[i]], "parent");
        if (rc == AMUR_OK && !(rc = check_cycles(&k, &b->t[C_LISTING], "carried_from")))
            rc = check_stored_cycles(&k, &b->t[C_LISTING], "carried_from");
        if (rc) {
            free(k.ids.slots);
            return rc;
        }
    }
    free(k.ids.slots);
    return AMUR_OK;
}
