/*
** iati_map.c — one activity, as the reader gathered it, turned into Amur
** records (docs/iati.md, "Mapping"): helpers that make and check rows,
** then one function per part of an activity, called in the order
** references need (source, places, actors, project, stakes, claims).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iati_int.h"

/* ---- records from the activity ---- */

static char **new_row(parser *p, const concept *c)
{
    char **f;
    if (p->nrows >= IATI_ROWS_MAX) {
        iati_over(p, "records (IATI_ROWS_MAX 100,000)");
        return NULL;
    }
    if (p->nrows == p->caprows) {
        size_t cap = p->caprows ? p->caprows * 2 : 64;
        iati_row *r = realloc(p->rows, cap * sizeof *r);
        if (!r) {
            iati_over(p, "memory");
            return NULL;
        }
        p->rows = r;
        p->caprows = cap;
    }
    if (!(f = arena_alloc(&p->A, c->ncols * sizeof *f))) {
        iati_over(p, "memory (IATI_ACTIVITY_MAX 40 MiB)");
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
static int check_last(parser *p, const char *act, long line, long col)
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
            iati_problem(p, line, col, act, "%s %s: '%s': %s; left out", c->one, c->cols[i].name,
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
            iati_problem(p, line, col, act, "%s '%s': %s; left out", prop, value, msg);
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
                           const char *what, const char *act, long line, long col)
{
    const iati_code *c;
    const char *w;
    if (!v) {
        iati_problem(p, line, col, act, "%s without a code; left out", what);
        return NULL;
    }
    if ((c = iati_code_find(list, v)))
        return c->code;
    if (legacy && (w = iati_lookup(legacy, lower_word(p, v), 0)))
        return w;
    iati_problem(p, line, col, act, "%s '%s' is not in the IATI %s codelist; left out", what, v,
            iati_codelists[list].name);
    return NULL;
}

static void add_claim(parser *p, const char *act, long line, long col, const char *subject,
                      const char *source, const char *date, const char *prop,
                      const char *value, const char *unit, const char *scope,
                      const char *refers_to, const char *locator, const char *note)
{
    const concept *c = &schema_concepts[C_CLAIM];
    static const char hex[] = "0123456789abcdef";
    char id[32] = "iati:";
    char **f;
    uint64_t h = HASH_BASIS;
    const char *parts[7] = {source, subject, prop, value, unit, scope, refers_to};
    for (int i = 0; i < 7; i++) {
        h = hash_text(parts[i] ? parts[i] : "", h);
        h = hash_text("\x1f", h);
    }
    /* a share is part of a list the snapshot states whole (its recipient
    ** countries, its regions): each snapshot's list is its own, so that
    ** the latest replaces the earlier one, which stays as history */
    if (strcmp(prop, "share") == 0)
        h = hash_text(date, h);
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
    check_last(p, act, line, col);
}

/* A number as the dataset writes them, from an IATI value, or NULL. */
static const char *number_of(const char *v)
{
    return v && schema_is_number(v) ? v : NULL;
}

int iati_note_line(parser *p, nbuf *b, const char *label, const char *lang, const char *text)
{
    size_t need = b->len + (b->len ? 1 : 0) + strlen(label) + (lang ? strlen(lang) + 1 : 0) +
                  2 + strlen(text);
    if (need > IATI_NOTE_MAX) {
        p->note_lost++;
        return -1;
    }
    if (need + 1 > b->cap) {
        /* doubled, so that a note of many lines costs its size twice at
        ** most in the activity's arena, not its size times its lines */
        size_t cap = b->cap ? b->cap * 2 : 256;
        char *s;
        while (cap < need + 1)
            cap *= 2;
        if (!(s = arena_alloc(&p->A, cap)))
            return -1; /* the activity is refused: refused() sees the arena full */
        if (b->len)
            memcpy(s, b->s, b->len + 1);
        b->s = s;
        b->cap = cap;
    }
    snprintf(b->s + b->len, b->cap - b->len, "%s%s%s%s: %s", b->len ? "\n" : "", label,
             lang ? "@" : "", lang ? lang : "", text);
    b->len = need;
    return 0;
}

/* Appends "LABEL@LANG: TEXT" lines for narratives to the note B. */
static void note_lines(parser *p, nbuf *b, const char *label, const item *it, const narr *skip_en)
{
    for (const narr *n = it->nar; n; n = n->next)
        if (n != skip_en)
            iati_note_line(p, b, label, n->lang, n->text);
}

/* What every part of an activity needs: who says it, when, about what. */
typedef struct actx {
    const char *raw;    /* the identifier as published (or its fallback) */
    char id[IATI_ID_MAX + 1]; /* the project's id */
    const char *source; /* the source's id */
    const char *date;   /* the claim date */
    const char *side, *place;
    const char *locs[IATI_LOCATIONS_MAX]; /* its locations' place ids */
    size_t nlocs;
    nbuf note;          /* the project's note, growing */
    long line, col;
} actx;

/* The identifier, or the documented fallback for pre-standard files. */
static const char *identifier(parser *p)
{
    item *rep = p->l[K_REPORTING].head, *idi = p->l[K_ID].head, *oth = p->l[K_OTHER_ID].head;
    const char *raw = idi ? idi->text : NULL;
    if (!raw && oth && !oth->text)
        oth->text = oth->a[0];
    if (!raw && oth && oth->text) {
        const char *org = rep ? (rep->a[0] ? rep->a[0] : first_name(rep)) : NULL;
        size_t n = (org ? strlen(org) + 1 : 0) + strlen(oth->text) + 1;
        char *s = arena_alloc(&p->A, n);
        if (s) {
            snprintf(s, n, "%s%s%s", org ? org : "", org ? "-" : "", oth->text);
            raw = s;
            p->no_id++;
        }
    }
    return raw;
}

/* The claim date: the activity's last update, else the file's, else today. */
static const char *claim_date(parser *p)
{
    char d[PDATE_BUF];
    const char *date = iati_date_of(p->updated, d);
    if (!date && p->gen_date[0])
        date = p->gen_date;
    if (!date) {
        date = p->today;
        snprintf(p->st->claim_date, sizeof p->st->claim_date, "%s", p->today);
    }
    return arena_strdup(&p->A, date);
}

/* The tier of a reporting-org of TYPE with REF (docs/dataset.md): a
** government speaks as `federal` (or `municipal`) only about its own
** country, the one its ref begins with ("GB-GOV-1", "RU-GOV-1"), when the
** activity's recipient countries include it; a donor reporting on
** activities in another country is `foreign-official`. */
static const char *source_tier(parser *p, const char *type, const char *ref)
{
    const char *tier = iati_source_tier(type);
    char cc[3];
    if (strcmp(tier, "federal") != 0 && strcmp(tier, "municipal") != 0)
        return tier;
    if (!ref || strlen(ref) < 3 || ref[2] != '-')
        return "foreign-official";
    cc[0] = ref[0];
    cc[1] = ref[1];
    cc[2] = 0;
    for (item *it = p->l[K_COUNTRY].head; it; it = it->next)
        if (it->a[0] && strcmp(it->a[0], cc) == 0)
            return tier;
    return "foreign-official";
}

/* The source: the reporting-org. Returns 0, or -1 when the activity is
** left out. */
static int map_source(parser *p, actx *x)
{
    const concept *cs = &schema_concepts[C_SOURCE];
    item *rep = p->l[K_REPORTING].head;
    const char *ref = rep ? rep->a[0] : NULL, *name = first_name(rep), *type = NULL;
    const iati_code *tc = NULL;
    char title[512], notebuf[256], buf[IATI_ID_MAX + 1];
    char **f;
    if (rep && rep->a[1]) {
        type = code_in(p, IATI_CL_ORGANISATION_TYPE, rep->a[1], iati_legacy_org_type,
                       "reporting-org type", x->raw, rep->line, rep->col);
        tc = iati_code_find(IATI_CL_ORGANISATION_TYPE, type);
    }
    if (ref)
        iati_id_encode("iati:", ref, buf);
    else if (name)
        iati_id_encode("iati-name:", name, buf);
    else
        iati_id_encode("iati-file:", p->base, buf);
    x->source = arena_strdup(&p->A, buf);
    if (!first_time(p, buf) || !(f = new_row(p, cs)))
        return 0;
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
    set(p, cs, f, "tier", source_tier(p, type, ref));
    set(p, cs, f, "ref", ref);
    set(p, cs, f, "note", notebuf);
    return check_last(p, x->raw, rep ? rep->line : x->line, rep ? rep->col : x->col) ? 0 : -1;
}

static void map_countries(parser *p, actx *x)
{
    const concept *cp = &schema_concepts[C_PLACE];
    int ncountries = 0;
    char **f;
    for (item *it = p->l[K_COUNTRY].head; it; it = it->next)
        ncountries++;
    for (item *it = p->l[K_COUNTRY].head; it; it = it->next) {
        const char *code = code_in(p, IATI_CL_COUNTRY, it->a[0], NULL, "recipient-country",
                                   x->raw, it->line, it->col);
        const iati_code *cc = iati_code_find(IATI_CL_COUNTRY, code);
        const char *pid;
        if (!code)
            continue;
        pid = lower_word(p, code);
        if (first_time(p, pid) && (f = new_row(p, cp))) {
            set(p, cp, f, "id", pid);
            set(p, cp, f, "kind", "country");
            set_names(p, cp, f, it, cc->name[0] ? cc->name : code);
            set(p, cp, f, "source", x->source);
            if (!check_last(p, x->raw, it->line, it->col))
                continue;
        }
        if (ncountries == 1)
            x->side = pid;
        if (!x->place)
            x->place = pid;
        if (number_of(it->a[1])) {
            char scope[64];
            snprintf(scope, sizeof scope, "recipient_country=%s", code);
            add_claim(p, x->raw, it->line, it->col, x->id, x->source, x->date, "share", it->a[1],
                      "percent", scope, NULL, "recipient-country", NULL);
        }
    }
}

static void map_regions(parser *p, actx *x)
{
    const concept *cp = &schema_concepts[C_PLACE];
    char buf[IATI_ID_MAX + 1], **f;
    for (item *it = p->l[K_REGION].head; it; it = it->next) {
        const char *vocab = it->a[1], *code = it->a[0];
        const iati_code *rc = NULL;
        char scope[160];
        if (!vocab || strcmp(vocab, "1") == 0) {
            code = code_in(p, IATI_CL_REGION, code, NULL, "recipient-region", x->raw,
                           it->line, it->col);
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
            iati_problem(p, it->line, it->col, x->raw, "recipient-region without a code; left out");
            continue;
        }
        if (first_time(p, buf) && (f = new_row(p, cp))) {
            set(p, cp, f, "id", buf);
            set(p, cp, f, "kind", "group");
            set_names(p, cp, f, it, rc && rc->name[0] ? rc->name : code);
            set(p, cp, f, "source", x->source);
            if (!check_last(p, x->raw, it->line, it->col))
                continue;
        }
        if (!x->place)
            x->place = arena_strdup(&p->A, buf);
        if (number_of(it->a[2]) && strlen(buf) < 80) {
            snprintf(scope, sizeof scope, "recipient_region=%s", buf + 12);
            add_claim(p, x->raw, it->line, it->col, x->id, x->source, x->date, "share", it->a[2],
                      "percent", scope, NULL, "recipient-region", NULL);
        }
    }
}

/* The id of location IT: PROJECT/location/REF, or a hash of its name and
** coordinates; NULL when out of memory. */
static char *location_id(parser *p, actx *x, const item *it, const char *lat, const char *lon)
{
    const char *name = first_name(it);
    char key[IATI_ID_MAX + 1], buf[IATI_ID_MAX + 1], *pid;
    size_t n;
    if (it->a[0]) {
        iati_id_encode("", it->a[0], key);
    } else {
        uint64_t h = hash_text(name ? name : "", HASH_BASIS);
        h = hash_text(lat ? lat : "", hash_text("|", h));
        h = hash_text(lon ? lon : "", hash_text("|", h));
        snprintf(key, sizeof key, "%016llx", (unsigned long long)h);
    }
    n = strlen(x->id) + strlen(key) + 16;
    if (!(pid = arena_alloc(&p->A, n)))
        return NULL;
    snprintf(pid, n, "%s/location/%s", x->id, key);
    if (strlen(pid) > IATI_ID_MAX) {
        iati_id_encode("", pid, buf); /* long: cut and hashed */
        pid = arena_strdup(&p->A, buf);
    }
    return pid;
}

static void map_locations(parser *p, actx *x)
{
    const concept *cp = &schema_concepts[C_PLACE];
    const char *first_loc = NULL;
    char **f;
    for (item *it = p->l[K_LOCATION].head; it; it = it->next) {
        const char *lat = it->lat, *lon = it->lon;
        char latb[32] = "", lonb[32] = "", *pid;
        if (it->pos && sscanf(it->pos, "%31s %31s", latb, lonb) == 2) {
            lat = latb;
            lon = lonb;
        }
        pid = location_id(p, x, it, lat, lon);
        if (!pid || !first_time(p, pid) || !(f = new_row(p, cp)))
            continue;
        set(p, cp, f, "id", pid);
        set(p, cp, f, "kind", "other");
        set_names(p, cp, f, it, it->a[0] ? it->a[0] : "location");
        if (!it->nar)
            /* name_en is required: the export knows not to give it back */
            set(p, cp, f, "note", IATI_UNNAMED);
        set(p, cp, f, "country", x->side);
        if (lat && lon && number_of(lat) && number_of(lon)) {
            set(p, cp, f, "lat", lat);
            set(p, cp, f, "lon", lon);
        } else if (lat || lon) {
            iati_problem(p, it->line, it->col, x->raw,
                         "location coordinates '%s %s' are not numbers; left out",
                         lat ? lat : "", lon ? lon : "");
        }
        set(p, cp, f, "source", x->source);
        if (!check_last(p, x->raw, it->line, it->col))
            continue;
        if (!first_loc)
            first_loc = pid;
        if (x->nlocs < IATI_LOCATIONS_MAX)
            x->locs[x->nlocs++] = pid;
    }
    if (first_loc)
        x->place = first_loc;
}

/* A readable, stable key for an organisation's NAME: lower-case ASCII
** letters and digits, anything else a '-' (at most 48 characters); a name
** with other letters (Cyrillic, Chinese) or that gives no such key also
** gets 8 hex digits of a hash of the whole name, so two names never share
** a key by what the key leaves out. */
static void name_key(const char *name, char out[64])
{
    size_t n = 0;
    int dash = 0, other = 0;
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) {
        int ok = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9');
        int up = *c >= 'A' && *c <= 'Z';
        other |= *c >= 0x80;
        if ((ok || up) && n < 48) {
            if (dash && n)
                out[n++] = '-';
            out[n++] = (char)(up ? *c - 'A' + 'a' : *c);
            dash = 0;
        } else if (!ok && !up) {
            dash = 1;
        }
    }
    out[n] = 0;
    if (other || n < 2)
        snprintf(out + n, 64 - n, "%sh%08llx", n ? "-" : "",
                 (unsigned long long)(hash_text(name, HASH_BASIS) & 0xffffffffULL));
}

/* The actor id of participating-org IT into OUT; 0 when it has neither ref
** nor name. An organisation is known by its ref AND its name: a generic
** ref (a CRS code such as 22000 shared by many NGOs, a donor's ref given
** for its implementing partner) never merges different names. */
static int actor_id(const item *it, char out[IATI_ID_MAX + 1])
{
    const char *name = first_name(it), *ref = it->a[1];
    char key[64], raw[IATI_ID_MAX * 3];
    if (!ref && !name)
        return 0;
    if (name)
        name_key(name, key);
    if (ref && name) {
        snprintf(raw, sizeof raw, "%s/%s", ref, key);
        /* the key is made of id characters only: it passes as it is */
        iati_id_encode("org:", raw, out);
    } else if (ref) {
        iati_id_encode("org:", ref, out);
    } else {
        iati_id_encode("org-name:", key, out);
    }
    return 1;
}

/* The note of an actor: its type, its ref and its names in languages
** other than English, Russian and Chinese (which have columns). */
static const char *actor_note(parser *p, const item *it, const iati_code *tc)
{
    nbuf note = {0};
    char head[160];
    const narr *en = NULL;
    item others = {0};
    others.tail = &others.nar;
    for (const narr *n = it->nar; n; n = n->next)
        if (!en && (!n->lang || strcmp(n->lang, "en") == 0))
            en = n;
    for (const narr *n = it->nar; n; n = n->next)
        if (n != en && n->lang && strcmp(n->lang, "ru") != 0 && strcmp(n->lang, "zh") != 0 &&
            strcmp(n->lang, "en") != 0)
            iati_add_narr(p, &others, n->lang, n->text);
    if (tc)
        snprintf(head, sizeof head, "IATI organisation type %s (%s)", tc->code, tc->name);
    else
        snprintf(head, sizeof head, "IATI organisation");
    if (!(note.s = arena_strdup(&p->A, head)))
        return NULL;
    note.len = note.cap = strlen(head);
    if (it->a[1])
        iati_note_line(p, &note, "ref", NULL, it->a[1]);
    note_lines(p, &note, "name", &others, NULL);
    return note.s;
}

static void map_actors(parser *p, actx *x)
{
    const concept *ca = &schema_concepts[C_ACTOR];
    char buf[IATI_ID_MAX + 1], **f;
    for (item *it = p->l[K_ORG].head; it; it = it->next) {
        const char *type = NULL;
        const iati_code *tc = NULL;
        if (!it->a[0] || (!iati_code_find(IATI_CL_ORGANISATION_ROLE, it->a[0]) &&
                          !iati_lookup(iati_legacy_role, lower_word(p, it->a[0]), 0)))
            continue; /* no stake can be made: reported with the stakes */
        if (it->a[2]) {
            type = code_in(p, IATI_CL_ORGANISATION_TYPE, it->a[2], iati_legacy_org_type,
                           "participating-org type", x->raw, it->line, it->col);
            tc = iati_code_find(IATI_CL_ORGANISATION_TYPE, type);
        }
        if (!actor_id(it, buf)) {
            iati_problem(p, it->line, it->col, x->raw,
                         "participating-org with neither ref nor name; left out");
            continue;
        }
        if (!first_time(p, buf) || !(f = new_row(p, ca)))
            continue;
        set(p, ca, f, "id", buf);
        set(p, ca, f, "kind", iati_actor_kind(type));
        set_names(p, ca, f, it, it->a[1]);
        set(p, ca, f, "source", x->source);
        set(p, ca, f, "note", actor_note(p, it, tc));
        check_last(p, x->raw, it->line, it->col);
    }
}

/* name_en, name_ru, name_zh from the title; other languages and the
** descriptions as note lines. */
static void project_names(parser *p, actx *x, const concept *cj, char **f)
{
    item *title = p->l[K_TITLE].head;
    /* 1.0x files may give one title element per language */
    for (item *t = title ? title->next : NULL; t; t = t->next)
        for (narr *n = t->nar; n; n = n->next)
            iati_add_narr(p, title, n->lang, n->text);
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
        set(p, cj, f, "name_en", en ? en->text : title->nar ? title->nar->text : x->raw);
        set(p, cj, f, "name_ru", ru ? ru->text : NULL);
        set(p, cj, f, "name_zh", zh ? zh->text : NULL);
        for (const narr *n = title->nar; n; n = n->next) {
            item one = {0};
            narr copy = *n;
            if (n == en || n == ru || n == zh)
                continue;
            copy.next = NULL;
            one.nar = &copy;
            note_lines(p, &x->note, "title", &one, NULL);
        }
    } else {
        set(p, cj, f, "name_en", x->raw);
    }
    for (item *ds = p->l[K_DESC].head; ds; ds = ds->next) {
        char label[64];
        const char *t = ds->a[0];
        if (t && strcmp(t, "1") != 0 && strlen(t) < 32 && !strpbrk(t, "@:\n"))
            snprintf(label, sizeof label, "description/%s", t);
        else
            snprintf(label, sizeof label, "description");
        note_lines(p, &x->note, label, ds, NULL);
    }
}

/* Appends the note line "LABEL: TEXT". */
static void note_add(parser *p, actx *x, const char *label, const char *text)
{
    iati_note_line(p, &x->note, label, NULL, text);
}

/* Sectors, policy markers, other identifiers and related activities,
** which Amur has no concept for, are kept as note lines that the export
** reads back: "sector/VOCABULARY: CODE [PERCENT]", "policy-marker/
** VOCABULARY: CODE [SIGNIFICANCE]", "other-identifier/TYPE: REF",
** "related-activity/TYPE: REF". */
static void classifications(parser *p, actx *x)
{
    char label[96], text[512];
    for (int k = 0; k < 2; k++)
        for (item *it = p->l[k ? K_POLICY : K_SECTOR].head; it; it = it->next) {
            const char *what = k ? "policy-marker" : "sector", *v = it->a[1] ? it->a[1] : "1";
            /* a percentage, or a significance (a code of 0 to 4) */
            const char *extra = k ? it->a[2] : number_of(it->a[2]) ? it->a[2] : NULL;
            if (!it->a[0] || strlen(v) > 32 || strpbrk(v, "@:\n/") || strpbrk(it->a[0], " \n") ||
                (extra && strpbrk(extra, " \n"))) {
                iati_problem(p, it->line, it->col, x->raw, "%s without a usable code; left out", what);
                continue;
            }
            snprintf(label, sizeof label, "%s/%s", what, v);
            snprintf(text, sizeof text, "%s%s%s", it->a[0], extra ? " " : "", extra ? extra : "");
            note_add(p, x, label, text);
        }
    for (int k = 0; k < 2; k++)
        for (item *it = p->l[k ? K_RELATED : K_OTHER_ID].head; it; it = it->next) {
            const char *ref = it->a[0], *type = it->a[1];
            if (!ref || !type || strlen(type) > 32 || strpbrk(type, "@:\n/")) {
                if (k)
                    iati_problem(p, it->line, it->col, x->raw,
                                 "related-activity without a ref and a type; left out");
                continue;
            }
            snprintf(label, sizeof label, "%s/%s", k ? "related-activity" : "other-identifier",
                     type);
            note_add(p, x, label, ref);
        }
}

static int map_project(parser *p, actx *x)
{
    const concept *cj = &schema_concepts[C_PROJECT];
    char **f = new_row(p, cj);
    if (!f)
        return -1;
    set(p, cj, f, "id", x->id);
    set(p, cj, f, "kind", "other");
    project_names(p, x, cj, f);
    {
        /* an identifier too long to be an id whole is cut and hashed: the
        ** note keeps it as published, for the export */
        char back[4 * IATI_ID_MAX];
        iati_id_decode(x->id, back, sizeof back);
        if (strcmp(back, x->raw) != 0) {
            iati_problem(p, x->line, x->col, x->raw,
                         "identifier too long for an id once escaped (%d characters): "
                         "stored as '%s', and whole in the project's note", IATI_ID_MAX,
                         x->id);
            note_add(p, x, "iati-identifier", x->raw);
        }
    }
    classifications(p, x);
    iati_map_notes(p, &x->note, x->raw);
    for (size_t i = 0; i < x->nlocs; i++)
        note_add(p, x, "location", x->locs[i]);
    if (p->note_lost)
        iati_problem(p, x->line, x->col, x->raw,
                     "%ld note line%s (results, document links, contacts, descriptions...) "
                     "left out: a note holds at most %d KiB (IATI_NOTE_MAX)",
                     p->note_lost, p->note_lost == 1 ? "" : "s", IATI_NOTE_MAX / 1024);
    set(p, cj, f, "place", x->place);
    set(p, cj, f, "side", x->side);
    set(p, cj, f, "source", x->source);
    set(p, cj, f, "note", x->note.s);
    return check_last(p, x->raw, x->line, x->col) ? 0 : -1;
}

static void map_stakes(parser *p, actx *x)
{
    const concept *ck = &schema_concepts[C_STAKE];
    char buf[IATI_ID_MAX + 1], **f;
    for (item *it = p->l[K_ORG].head; it; it = it->next) {
        const char *role = NULL, *rc;
        char aid[IATI_ID_MAX + 1], *sid;
        size_t n;
        if (!it->a[1] && !first_name(it))
            continue;
        rc = code_in(p, IATI_CL_ORGANISATION_ROLE, it->a[0], iati_legacy_role,
                     "participating-org role", x->raw, it->line, it->col);
        if (!rc || !(role = iati_role_of_code(rc)) || !actor_id(it, aid))
            continue;
        n = strlen(x->id) + strlen(role) + strlen(aid) + 16;
        if (!(sid = arena_alloc(&p->A, n)))
            continue;
        snprintf(sid, n, "%s/%s/%s", x->id, role, aid);
        if (strlen(sid) > IATI_ID_MAX) {
            iati_id_encode("", sid, buf);
            sid = arena_strdup(&p->A, buf);
        }
        if (!sid || !first_time(p, sid) || !(f = new_row(p, ck)))
            continue;
        set(p, ck, f, "id", sid);
        set(p, ck, f, "project", x->id);
        set(p, ck, f, "actor", aid);
        set(p, ck, f, "role", role);
        set(p, ck, f, "source", x->source);
        check_last(p, x->raw, it->line, it->col);
    }
}

static void map_status(parser *p, actx *x)
{
    item *it = p->l[K_STATUS].head;
    const char *v, *code;
    const iati_code *sc;
    char snote[128];
    if (!it)
        return;
    if (it->next)
        /* an activity has one status; which of several is meant is not said */
        iati_problem(p, it->next->line, it->next->col, x->raw,
                     "more than one activity-status element; the first (line %ld%s%.0ld) is "
                     "used, the others are left out", it->line, it->col ? ", column " : "",
                     it->col);
    v = it->a[0] ? it->a[0] : it->a[1] ? it->a[1] : it->text;
    code = code_in(p, IATI_CL_ACTIVITY_STATUS, v, iati_legacy_status, "activity-status", x->raw,
                   it->line, it->col);
    if (!code || !(sc = iati_code_find(IATI_CL_ACTIVITY_STATUS, code)))
        return;
    snprintf(snote, sizeof snote, "IATI activity-status %s (%s)", sc->code, sc->name);
    add_claim(p, x->raw, it->line, it->col, x->id, x->source, x->date, "stage",
              iati_stage_of_status(code), NULL, NULL, NULL, "activity-status", snote);
}

static void map_dates(parser *p, actx *x)
{
    for (item *it = p->l[K_DATE].head; it; it = it->next) {
        const char *code = code_in(p, IATI_CL_ACTIVITY_DATE_TYPE, it->a[0], iati_legacy_date,
                                   "activity-date type", x->raw, it->line, it->col);
        const char *when = it->a[1] ? it->a[1] : it->a[2] ? it->a[2] : it->text;
        char dv[PDATE_BUF];
        if (!code)
            continue;
        if (!iati_date_of(when, dv)) {
            iati_problem(p, it->line, it->col, x->raw, "activity-date '%s' is not a date; left out",
                         when ? when : "");
            continue;
        }
        add_claim(p, x->raw, it->line, it->col, x->id, x->source, x->date,
                  iati_lookup(iati_date_property, code, 0), dv, NULL, NULL, NULL,
                  "activity-date", NULL);
    }
}

/* The currency of a budget or transaction, checked; NULL when none. */
static const char *currency_of(parser *p, actx *x, const item *it)
{
    const char *cur = it->currency ? it->currency : p->currency;
    if (cur && !iati_code_find(IATI_CL_CURRENCY, cur)) {
        iati_problem(p, it->line, it->col, x->raw,
                     "currency '%s' is not in the IATI Currency codelist; the amount is "
                     "kept without a unit", cur);
        cur = NULL;
    }
    return cur;
}

/* A new flow of the activity, its place and where it was read filled in;
** NULL when over a limit. */
static store_flow *new_flow(parser *p, actx *x, const item *it, const char *kind)
{
    store_flow *f;
    if (p->nflow == p->capflows) {
        /* the reader counted them: one allocation of the size needed */
        size_t cap = p->nflows > (long)p->capflows ? (size_t)p->nflows : p->capflows * 2 + 16;
        store_flow *nf = realloc(p->flows, cap * sizeof *nf);
        if (!nf) {
            iati_over(p, "memory");
            return NULL;
        }
        p->flows = nf;
        p->capflows = cap;
    }
    f = &p->flows[p->nflow++];
    memset(f, 0, sizeof *f);
    f->activity = x->id;
    f->source = x->source;
    f->reported = x->date;
    f->seq = (long)p->nflow;
    f->kind = kind;
    f->file = p->base;
    f->line = it->line;
    f->provider = it->provider;
    f->provider_ref = it->provider_ref;
    f->receiver = it->receiver;
    f->receiver_ref = it->receiver_ref;
    f->description = it->desc;
    return f;
}

/* The value of IT as a number, or NULL (reported with WHAT). */
static const char *amount(parser *p, actx *x, const item *it, const char *what)
{
    if (number_of(it->value))
        return it->value;
    iati_problem(p, it->line, it->col, x->raw, "%s value '%s' is not a number; left out", what,
                 it->value ? it->value : "");
    return NULL;
}

/* Budgets and planned disbursements: a period and an amount. */
static void map_periods(parser *p, actx *x, int kind)
{
    const char *word = kind == K_BUDGET ? "budget" : "planned-disbursement";
    for (item *it = p->l[kind].head; it; it = it->next) {
        const char *type = NULL, *cur;
        char ds[PDATE_BUF], de[PDATE_BUF];
        store_flow *f;
        if (it->a[0]) {
            /* planned disbursements are typed by the BudgetType list too */
            const char *code = code_in(p, IATI_CL_BUDGET_TYPE, it->a[0], iati_legacy_budget,
                                       kind == K_BUDGET ? "budget type"
                                                        : "planned-disbursement type",
                                       x->raw, it->line, it->col);
            if (!code)
                continue;
            type = iati_budget_word(code);
        } else if (kind == K_BUDGET) {
            type = "original";
        }
        if (!amount(p, x, it, word))
            continue;
        cur = currency_of(p, x, it);
        if (!(f = new_flow(p, x, it, word)))
            return;
        f->type = type;
        f->date = arena_strdup(&p->A, iati_date_of(it->start, ds));
        f->end = arena_strdup(&p->A, iati_date_of(it->end, de));
        f->value = it->value;
        f->currency = cur;
        f->value_date = arena_strdup(&p->A, iati_date_of(it->value_date, ds));
    }
}

static void map_transactions(parser *p, actx *x)
{
    for (item *it = p->l[K_TRANSACTION].head; it; it = it->next) {
        const char *code = NULL, *cur;
        char dt[PDATE_BUF], dv[PDATE_BUF];
        store_flow *f;
        if (it->ttype)
            code = code_in(p, IATI_CL_TRANSACTION_TYPE, it->ttype, iati_legacy_transaction,
                           "transaction-type", x->raw, it->line, it->col);
        else if (it->a[0] || it->a[1])
            code = code_in(p, IATI_CL_TRANSACTION_TYPE, it->a[0] ? it->a[0] : it->a[1],
                           iati_legacy_transaction, "transaction type", x->raw, it->line, it->col);
        else
            iati_problem(p, it->line, it->col, x->raw,
                         "transaction without a transaction-type; left out");
        if (!code || !amount(p, x, it, "transaction"))
            continue;
        cur = currency_of(p, x, it);
        if (!(f = new_flow(p, x, it, "transaction")))
            return;
        f->type = iati_transaction_word(code);
        f->date = arena_strdup(&p->A, iati_date_of(it->tdate, dt));
        f->value = it->value;
        f->currency = cur;
        f->value_date = arena_strdup(&p->A, iati_date_of(it->value_date, dv));
        if (!f->date)
            f->date = f->value_date;
    }
}

/* The activity's rows to the handler. */
static void hand_over(parser *p, actx *x)
{
    iati_activity a = {x->raw,    x->id,    x->line,   x->col,   p->rows,
                       p->nrows,  p->flows, p->nflow,  x->source,
                       x->date,   (unsigned long long)xmlTextReaderByteConsumed(p->r)};
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

/* Room for one more identifier in the entries and the table (which is
** rebuilt twice as large when three quarters full: a lookup per activity
** can afford the longer probes); 0, or -1 when over IATI_SEEN_MAX or out
** of memory. */
static int seen_room(parser *p)
{
    if (p->nseen >= IATI_SEEN_MAX)
        return -1;
    if (p->nseen == p->capseen) {
        size_t cap = p->capseen ? p->capseen * 2 : 512;
        struct seen *e = realloc(p->seen, cap * sizeof *e);
        if (!e)
            return -1;
        p->seen = e;
        p->capseen = cap;
    }
    if ((p->nseen + 1) * 4 > p->slots * 3) {
        size_t slots = p->slots ? p->slots * 2 : 1024;
        uint32_t *t = calloc(slots, sizeof *t);
        if (!t)
            return -1;
        for (size_t k = 0; k < p->nseen; k++) {
            size_t j = p->seen[k].h & (slots - 1);
            while (t[j])
                j = (j + 1) & (slots - 1);
            t[j] = (uint32_t)(k + 1);
        }
        free(p->seen_at);
        p->seen_at = t;
        p->slots = slots;
    }
    return 0;
}

/* The line where ID was met before in this file, 0 when it was not;
** remembers it. A hash stands for the id: two different ids sharing 64
** bits is not a practical worry. */
static long seen_before(parser *p, const char *id, long line, long col, long *at_col)
{
    uint64_t h = hash_text(id, HASH_BASIS);
    size_t i;
    struct seen *e;
    if (seen_room(p)) {
        if (!p->seen_full)
            iati_problem(p, line, col, NULL,
                         "more than %ld activities: identifiers after this one are not "
                         "checked for duplicates", IATI_SEEN_MAX);
        p->seen_full = 1;
        return 0;
    }
    for (i = h & (p->slots - 1); p->seen_at[i]; i = (i + 1) & (p->slots - 1))
        if (p->seen[p->seen_at[i] - 1].h == h) {
            e = &p->seen[p->seen_at[i] - 1];
            *at_col = e->col;
            return e->line;
        }
    e = &p->seen[p->nseen++];
    p->seen_at[i] = (uint32_t)p->nseen;
    e->h = h;
    e->line = line > 0 && line < UINT32_MAX ? (uint32_t)line : UINT32_MAX;
    e->col = col > 0 && col < UINT32_MAX ? (uint32_t)col : 0;
    return 0;
}

/* An activity over a limit is refused whole, never stored in part: 1 when
** it was (and said so, naming the limit). */
static int refused(parser *p, actx *x)
{
    if (arena_failed(&p->A))
        iati_over(p, "memory (IATI_ACTIVITY_MAX 40 MiB)");
    if (!p->act_bad)
        return 0;
    iati_problem(p, x->line, x->col, x->raw,
                 "activity over the limit of %s: refused whole, nothing of it stored",
                 p->over ? p->over : "memory");
    p->st->skipped++;
    p->st->refused++;
    return 1;
}

void iati_finish_activity(parser *p)
{
    actx x;
    memset(&x, 0, sizeof x);
    x.line = p->act_line;
    x.col = p->act_col;
    p->nrows = 0;
    p->nflow = 0;
    p->note_lost = 0;
    strmap_free(p->ids);
    if (!(p->ids = strmap_new()))
        iati_over(p, "memory");
    if (!(x.raw = identifier(p))) {
        iati_problem(p, x.line, x.col, NULL, "activity without an iati-identifier (nor an "
                                      "other-identifier); left out");
        p->st->skipped++;
        return;
    }
    if (refused(p, &x))
        return;
    iati_id_encode("", x.raw, x.id);
    if (!p->seen_full) {
        long at_col = 0, before = seen_before(p, x.id, x.line, x.col, &at_col);
        char where[64];
        if (at_col)
            snprintf(where, sizeof where, "%ld, column %ld", before, at_col);
        else
            snprintf(where, sizeof where, "%ld", before);
        if (before)
            iati_problem(p, x.line, x.col, x.raw,
                         "identifier already used by the activity at line %s of this file; "
                         "this one replaces what that one said", where);
    }
    x.date = claim_date(p);
    if (map_source(p, &x)) {
        p->st->skipped++;
        return;
    }
    map_countries(p, &x);
    map_regions(p, &x);
    map_locations(p, &x);
    map_actors(p, &x);
    if (map_project(p, &x)) {
        p->st->skipped++;
        return;
    }
    map_stakes(p, &x);
    map_status(p, &x);
    map_dates(p, &x);
    map_periods(p, &x, K_BUDGET);
    map_periods(p, &x, K_PLANNED);
    map_transactions(p, &x);
    if (refused(p, &x))
        return;
    hand_over(p, &x);
}
