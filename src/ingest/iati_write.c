/*
** iati_write.c — records → IATI 2.03 activity XML that validates against
** the official schema; see iati.h and docs/iati.md (the reverse of
** iati_map.c, so that import → export → import → export gives the same
** XML). Elements are written in the order the schema's sequence requires.
*/
#include "iati.h"

#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#include "../core/pdate.h"
#include "../core/schema.h"
#include "iati_codes.h"
#include "iati_int.h"

struct iati_writer {
    xmlTextWriterPtr x;
    char today[PDATE_BUF];
    int bad;
};

#define X(call)                                                                            \
    do {                                                                                   \
        if ((call) < 0)                                                                    \
            w->bad = 1;                                                                    \
    } while (0)
#define BC(s) ((const xmlChar *)(s))

static const char *col(const concept *c, char *const *row, const char *name)
{
    int i;
    if (!row)
        return NULL;
    i = schema_col(c, name);
    return i < 0 ? NULL : row[i];
}
#define PRJ(r, n) col(&schema_concepts[C_PROJECT], r, n)
#define SRC(r, n) col(&schema_concepts[C_SOURCE], r, n)
#define PLC(r, n) col(&schema_concepts[C_PLACE], r, n)
#define ACT(r, n) col(&schema_concepts[C_ACTOR], r, n)
#define STK(r, n) col(&schema_concepts[C_STAKE], r, n)
#define CLM(r, n) col(&schema_concepts[C_CLAIM], r, n)

int iati_writer_open(FILE *out, const char *today, iati_writer **wp, amur_err *err)
{
    iati_writer *w = calloc(1, sizeof *w);
    xmlOutputBufferPtr buf;
    *wp = NULL;
    if (!w)
        return err_set(err, AMUR_ESYS, "out of memory");
    snprintf(w->today, sizeof w->today, "%s", today);
    if (!(buf = xmlOutputBufferCreateFile(out, NULL)) || !(w->x = xmlNewTextWriter(buf))) {
        free(w);
        return err_set(err, AMUR_ESYS, "cannot start the XML writer");
    }
    X(xmlTextWriterSetIndent(w->x, 1));
    X(xmlTextWriterSetIndentString(w->x, BC("  ")));
    X(xmlTextWriterStartDocument(w->x, "1.0", "UTF-8", NULL));
    X(xmlTextWriterStartElement(w->x, BC("iati-activities")));
    X(xmlTextWriterWriteAttribute(w->x, BC("version"), BC("2.03")));
    if (w->bad) {
        iati_writer_free(w);
        return err_set(err, AMUR_ESYS, "write error");
    }
    *wp = w;
    return AMUR_OK;
}

void iati_writer_free(iati_writer *w)
{
    if (!w)
        return;
    xmlFreeTextWriter(w->x);
    free(w);
}

int iati_writer_close(iati_writer *w, amur_err *err)
{
    int bad;
    X(xmlTextWriterEndDocument(w->x));
    X(xmlTextWriterFlush(w->x));
    bad = w->bad;
    iati_writer_free(w);
    return bad ? err_set(err, AMUR_ESYS, "write error on the IATI output") : AMUR_OK;
}

/* ---- pieces ---- */

/* TEXT as XML 1.0 can hold it: a C0 control character other than tab,
** line feed and carriage return has no form in XML 1.0 (not even &#1;),
** and one written raw makes the file not well-formed, so each becomes
** U+FFFD. amur check refuses them in bundles; this keeps a database
** filled before that rule from giving a file no reader accepts. Returns
** TEXT itself when it is clean, else a copy the caller frees. */
static char *xml_clean(const char *text)
{
    size_t bad = 0, n = 0;
    char *out, *o;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++, n++)
        bad += *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r';
    if (!bad)
        return (char *)text;
    if (!(o = out = malloc(n + 2 * bad + 1)))
        return NULL;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') {
            memcpy(o, "\xef\xbf\xbd", 3);
            o += 3;
        } else {
            *o++ = (char)*p;
        }
    }
    *o = 0;
    return out;
}

static void write_clean(iati_writer *w, const char *attr, const char *text)
{
    char *t = xml_clean(text);
    if (!t) {
        w->bad = 1;
        return;
    }
    if (attr)
        X(xmlTextWriterWriteAttribute(w->x, BC(attr), BC(t)));
    else
        X(xmlTextWriterWriteString(w->x, BC(t)));
    if (t != text)
        free(t);
}

static void narrative(iati_writer *w, const char *lang, const char *text)
{
    X(xmlTextWriterStartElement(w->x, BC("narrative")));
    if (lang && *lang)
        X(xmlTextWriterWriteAttribute(w->x, BC("xml:lang"), BC(lang)));
    write_clean(w, NULL, text);
    X(xmlTextWriterEndElement(w->x));
}

/* name_en, name_ru, name_zh as narratives; NAMES is a places or actors
** (or projects) row of concept C. */
static void names(iati_writer *w, const concept *c, char *const *row)
{
    static const char *const langs[] = {"en", "ru", "zh"};
    static const char *const cols[] = {"name_en", "name_ru", "name_zh"};
    for (int i = 0; i < 3; i++) {
        const char *v = col(c, row, cols[i]);
        if (v)
            narrative(w, langs[i], v);
    }
}

/* The date of S as an xsd:date: its first day, or its last when LAST. */
static const char *xsd_date(const char *s, int last, char out[PDATE_BUF])
{
    pdate d;
    if (!s || pdate_parse(s, &d))
        return NULL;
    d = pdate_from_days(last ? pdate_last_day(d) : pdate_first_day(d));
    return pdate_format(d, out);
}

/* The first day of the period S ("A" or "A/B"), or of its end when END. */
static const char *period_date(const char *s, int end, char out[PDATE_BUF])
{
    period p;
    if (!s || period_parse(s, &p))
        return NULL;
    return pdate_format(pdate_from_days(end ? pdate_last_day(p.to) : pdate_first_day(p.from)),
                       out);
}

/* 1 when claim A was made after claim B (by date, then id). */
static int newer(char *const *a, char *const *b)
{
    pdate da, db;
    int c;
    if (!b)
        return 1;
    if (pdate_parse(CLM(a, "date"), &da) || pdate_parse(CLM(b, "date"), &db))
        return 0;
    c = pdate_cmp(da, db);
    return c > 0 || (c == 0 && strcmp(CLM(a, "id"), CLM(b, "id")) > 0);
}

static char *const *latest(const iati_wactivity *a, const char *prop, const char *scope)
{
    char *const *best = NULL;
    for (size_t i = 0; i < a->nclaims; i++) {
        char *const *c = a->claims[i];
        const char *sc = CLM(c, "scope");
        if (strcmp(CLM(c, "property"), prop) != 0)
            continue;
        if (scope ? !sc || strcmp(sc, scope) != 0 : sc != NULL)
            continue;
        if (newer(c, best))
            best = c;
    }
    return best;
}

/* The IATI code an actor's or source's note keeps ("... type 10 (...)"),
** else NULL. */
static const char *noted_type(const char *note, char out[8])
{
    const char *t = note ? strstr(note, " type ") : NULL;
    size_t n = 0;
    if (!t)
        return NULL;
    for (t += 6; t[n] >= '0' && t[n] <= '9' && n < 7; n++)
        out[n] = t[n];
    out[n] = 0;
    return n && iati_code_find(IATI_CL_ORGANISATION_TYPE, out) ? out : NULL;
}

static const char *tier_type(const char *tier)
{
    static const char *const map[][2] = {
        {"federal", "10"},         {"regional", "10"},       {"municipal", "11"},
        {"foreign-official", "40"}, {"statistics", "15"},    {"national-media", "90"},
        {"local-media", "90"},     {"foreign-media", "90"},  {"academic", "80"}};
    for (size_t i = 0; tier && i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i][0], tier) == 0)
            return map[i][1];
    return "90";
}

static const char *kind_type(const char *kind)
{
    static const char *const map[][2] = {
        {"state", "10"},  {"region", "10"}, {"municipality", "11"}, {"ministry", "10"},
        {"agency", "10"}, {"commission", "10"}, {"bank", "40"},     {"fund", "60"},
        {"company", "70"}};
    for (size_t i = 0; kind && i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i][0], kind) == 0)
            return map[i][1];
    return NULL;
}

/* The org reference of an actor made by the import: its note's "ref: "
** line, else (an import before names were part of the id) the id "org:REF". */
static const char *org_ref(const char *id, const char *note, char *out, size_t n)
{
    for (const char *s = note; s && *s;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (len > 5 && strncmp(s, "ref: ", 5) == 0) {
            snprintf(out, n, "%.*s", (int)(len - 5), s + 5);
            return out;
        }
        s = nl ? nl + 1 : s + len;
    }
    if (strncmp(id, "org:", 4) != 0 || strchr(id + 4, '/'))
        return NULL;
    iati_id_decode(id + 4, out, n);
    return out;
}

/* The note's "name@LANG: TEXT" lines as narratives. */
static void other_names(iati_writer *w, const char *note)
{
    for (const char *s = note; s && *s;) {
        const char *nl = strchr(s, '\n'), *colon;
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        colon = memchr(s, ':', len);
        if (len > 5 && strncmp(s, "name@", 5) == 0 && colon && colon - s < 40 &&
            colon + 2 <= s + len && colon[1] == ' ') {
            char lang[40], *t = strndup(colon + 2, len - (size_t)(colon + 2 - s));
            snprintf(lang, sizeof lang, "%.*s", (int)(colon - s - 5), s + 5);
            if (!t)
                w->bad = 1;
            else
                narrative(w, lang, t);
            free(t);
        }
        s = nl ? nl + 1 : s + len;
    }
}

/* Note labels with neither a type nor a language. */
static int bare(const char *label)
{
    return strcmp(label, "location") == 0 || strcmp(label, "iati-identifier") == 0;
}

/* A note line the import wrote: "title@fr: text", "description/2@en: text".
** Fills LABEL (title, description, sector, policy-marker, other-identifier,
** related-activity; 32 bytes), TYPE, LANG and TEXT; returns 0 if the line
** is not one. */
static int note_line(const char *line, size_t len, char *label, char *type, char *lang,
                     const char **text)
{
    const char *colon = memchr(line, ':', len), *at, *sl;
    size_t hn;
    char head[96];
    if (!colon || colon + 1 >= line + len || colon[1] != ' ')
        return 0;
    hn = (size_t)(colon - line);
    if (hn >= sizeof head)
        return 0;
    memcpy(head, line, hn);
    head[hn] = 0;
    at = strchr(head, '@');
    lang[0] = type[0] = 0;
    if (at) {
        snprintf(lang, 32, "%s", at + 1);
        head[at - head] = 0;
    }
    sl = strchr(head, '/');
    if (sl) {
        snprintf(type, 32, "%s", sl + 1);
        head[sl - head] = 0;
    }
    if (iati_notes_label(head)) {
        /* contact-info/1/email, result/1/indicator/2/title@fr: the path is
        ** read by iati_notes.c; here they only count as the import's */
        if (!sl)
            return 0;
        memcpy(label, head, strlen(head) + 1);
        *text = colon + 2;
        return 1;
    }
    if (strcmp(head, "title") != 0 && strcmp(head, "description") != 0 &&
        strcmp(head, "sector") != 0 && strcmp(head, "policy-marker") != 0 &&
        strcmp(head, "other-identifier") != 0 &&
        strcmp(head, "related-activity") != 0 && strcmp(head, "location") != 0 &&
        strcmp(head, "iati-identifier") != 0)
        return 0;
    if ((at && !lang[0]) || (sl && !type[0]) || (strcmp(head, "title") == 0 && sl) ||
        (bare(head) && (at || sl)) ||
        (strcmp(head, "title") != 0 && strcmp(head, "description") != 0 && !bare(head) &&
         (at || !sl)))
        return 0;
    memcpy(label, head, strlen(head) + 1); /* one of the labels above */
    *text = colon + 2;
    return 1;
}

/* One element for a note line of LABEL sector, policy-marker,
** other-identifier or related-activity: "TYPE: TEXT" gives the type (a
** sector's or marker's vocabulary) and the ref (a sector's code and
** percentage, a marker's code and significance). */
static void note_element(iati_writer *w, const char *label, const char *type, char *text)
{
    char *sp = strchr(text, ' ');
    X(xmlTextWriterStartElement(w->x, BC(label)));
    if (strcmp(label, "sector") == 0 || strcmp(label, "policy-marker") == 0) {
        if (sp)
            *sp = 0;
        X(xmlTextWriterWriteAttribute(w->x, BC("vocabulary"), BC(type)));
        write_clean(w, "code", text);
        if (sp)
            write_clean(w, strcmp(label, "sector") == 0 ? "percentage" : "significance",
                        sp + 1);
    } else {
        write_clean(w, "ref", text);
        X(xmlTextWriterWriteAttribute(w->x, BC("type"), BC(type)));
    }
    X(xmlTextWriterEndElement(w->x));
}

/* Writes the import note lines of NOTE whose label is WANT (NULL: none):
** title narratives, descriptions (consecutive lines of one type, each in
** another language, as one description), or elements. Returns 0 when
** NOTE is all such lines. */
static int each_note(iati_writer *w, const char *note, const char *want)
{
    int plain = 0, open = 0;
    char open_type[32] = "", langs[256] = "";
    for (const char *s = note; s && *s;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        char label[32], type[32], lang[32], tag[40];
        const char *text;
        if (!note_line(s, len, label, type, lang, &text)) {
            plain = 1;
        } else if (want && strcmp(label, want) == 0) {
            char *t = strndup(text, len - (size_t)(text - s));
            if (!t) {
                w->bad = 1;
                return 1;
            }
            if (strcmp(want, "description") == 0) {
                const char *dt = type[0] ? type : "1";
                snprintf(tag, sizeof tag, "|%s|", lang);
                if (open && (strcmp(open_type, dt) != 0 || strstr(langs, tag))) {
                    X(xmlTextWriterEndElement(w->x));
                    open = 0;
                }
                if (!open) {
                    X(xmlTextWriterStartElement(w->x, BC("description")));
                    X(xmlTextWriterWriteAttribute(w->x, BC("type"), BC(dt)));
                    snprintf(open_type, sizeof open_type, "%s", dt);
                    langs[0] = 0;
                    open = 1;
                }
                if (strlen(langs) + strlen(tag) < sizeof langs)
                    memcpy(langs + strlen(langs), tag, strlen(tag) + 1);
                narrative(w, lang, t);
            } else if (bare(want)) {
                /* the caller's (locations) or read by whole_identifier() */
            } else if (strcmp(want, "title") == 0) {
                narrative(w, lang, t);
            } else {
                note_element(w, want, type, t);
            }
            free(t);
        }
        s = nl ? nl + 1 : s + len;
    }
    if (open)
        X(xmlTextWriterEndElement(w->x));
    return plain;
}

/* Number of import note lines of NOTE with LABEL. */
static size_t count_lines(const char *note, const char *want)
{
    size_t n = 0;
    for (const char *s = note; s && *s;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        char label[32], type[32], lang[32];
        const char *text;
        if (note_line(s, len, label, type, lang, &text) && strcmp(label, want) == 0)
            n++;
        s = nl ? nl + 1 : s + len;
    }
    return n;
}

/* A copy of S with runs of white space made one space, trimmed (as the
** import reads text), or NULL when out of memory. */
static char *squeezed(const char *s)
{
    char *out = malloc(strlen(s) + 1), *w = out;
    int space = 0;
    if (!out)
        return NULL;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            space = w != out;
        } else {
            if (space)
                *w++ = ' ';
            space = 0;
            *w++ = *s;
        }
    }
    *w = 0;
    return out;
}

static void reporting_org(iati_writer *w, const iati_wactivity *a)
{
    char *const *s = a->source;
    const char *ref = SRC(s, "ref"), *name = SRC(s, "publisher");
    char type[8], dec[IATI_ID_MAX + 1];
    const char *t = noted_type(SRC(s, "note"), type);
    if (!ref && s) {
        iati_id_decode(SRC(s, "id"), dec, sizeof dec);
        ref = dec;
    }
    X(xmlTextWriterStartElement(w->x, BC("reporting-org")));
    write_clean(w, "ref", ref ? ref : "unknown");
    X(xmlTextWriterWriteAttribute(w->x, BC("type"), BC(t ? t : tier_type(SRC(s, "tier")))));
    narrative(w, "en", name ? name : SRC(s, "title") ? SRC(s, "title") : "unknown");
    X(xmlTextWriterEndElement(w->x));
}

static void participating(iati_writer *w, const iati_wactivity *a)
{
    int any = 0;
    for (size_t i = 0; i < a->nstakes; i++) {
        char *const *st = a->stakes[i].stake, *const *ac = a->stakes[i].actor;
        const char *role = iati_code_of_role(STK(st, "role")), *ref, *t;
        char buf[IATI_ID_MAX + 1], type[8];
        if (!role || !ac)
            continue;
        ref = org_ref(ACT(ac, "id"), ACT(ac, "note"), buf, sizeof buf);
        t = noted_type(ACT(ac, "note"), type);
        if (!t)
            t = kind_type(ACT(ac, "kind"));
        X(xmlTextWriterStartElement(w->x, BC("participating-org")));
        if (ref)
            write_clean(w, "ref", ref);
        if (t)
            X(xmlTextWriterWriteAttribute(w->x, BC("type"), BC(t)));
        X(xmlTextWriterWriteAttribute(w->x, BC("role"), BC(role)));
        names(w, &schema_concepts[C_ACTOR], ac);
        other_names(w, ACT(ac, "note"));
        X(xmlTextWriterEndElement(w->x));
        any = 1;
    }
    (void)any; /* iati_write_missing() made sure there is one */
}

static void status(iati_writer *w, const iati_wactivity *a)
{
    char *const *c = latest(a, "stage", NULL);
    const char *code = "1";
    if (c) {
        const char *note = CLM(c, "note"), *stage = CLM(c, "value");
        char noted[4] = "";
        if (note && sscanf(note, "IATI activity-status %3[0-9]", noted) == 1 &&
            iati_stage_of_status(noted) && strcmp(iati_stage_of_status(noted), stage) == 0)
            code = iati_code_find(IATI_CL_ACTIVITY_STATUS, noted)->code;
        else if (iati_status_of_stage(stage))
            code = iati_status_of_stage(stage);
    }
    X(xmlTextWriterStartElement(w->x, BC("activity-status")));
    X(xmlTextWriterWriteAttribute(w->x, BC("code"), BC(code)));
    X(xmlTextWriterEndElement(w->x));
}

static void activity_date(iati_writer *w, const char *type, const char *date)
{
    X(xmlTextWriterStartElement(w->x, BC("activity-date")));
    X(xmlTextWriterWriteAttribute(w->x, BC("type"), BC(type)));
    X(xmlTextWriterWriteAttribute(w->x, BC("iso-date"), BC(date)));
    X(xmlTextWriterEndElement(w->x));
}

static void dates(iati_writer *w, const iati_wactivity *a)
{
    static const struct {
        const char *prop, *type;
        int last;
    } map[] = {{"planned_start", "1", 0}, {"actual_start", "2", 0},
               {"planned_completion", "3", 1}, {"actual_completion", "4", 0}};
    int any = 0;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        char *const *c = latest(a, map[i].prop, NULL);
        char d[PDATE_BUF];
        if (c && xsd_date(CLM(c, "value"), map[i].last, d)) {
            activity_date(w, map[i].type, d);
            any = 1;
        }
    }
    (void)any; /* iati_write_missing() made sure there is one */
}

/* Country code of a place row when it is a country with a two-letter id. */
static const char *country_code(char *const *pl, char out[3])
{
    const char *id = PLC(pl, "id"), *kind = PLC(pl, "kind");
    if (!id || !kind || strcmp(kind, "country") != 0 || strlen(id) != 2)
        return NULL;
    out[0] = (char)(id[0] >= 'a' && id[0] <= 'z' ? id[0] - 'a' + 'A' : id[0]);
    out[1] = (char)(id[1] >= 'a' && id[1] <= 'z' ? id[1] - 'a' + 'A' : id[1]);
    out[2] = 0;
    return iati_code_find(IATI_CL_COUNTRY, out) ? out : NULL;
}

static int is_share(char *const *c, const char *key, size_t klen)
{
    const char *sc = CLM(c, "scope");
    return strcmp(CLM(c, "property"), "share") == 0 && sc && strncmp(sc, key, klen) == 0 &&
           sc[klen] == '=';
}

/* The date of the latest list of shares with scope KEY=...: a snapshot
** states its recipient countries (or regions) whole, so only the latest
** list is the activity's now. */
static const char *latest_list(const iati_wactivity *a, const char *key)
{
    size_t klen = strlen(key);
    char *const *best = NULL;
    for (size_t i = 0; i < a->nclaims; i++)
        if (is_share(a->claims[i], key, klen) && newer(a->claims[i], best))
            best = a->claims[i];
    return best ? CLM(best, "date") : "";
}

/* Share claims with scope KEY=... of the latest list, one per value (the
** latest), in the order first stored; the code ALSO too, once. */
static void shares(iati_writer *w, const iati_wactivity *a, const char *key, const char *elem,
                   const char *also)
{
    size_t klen = strlen(key);
    int also_done = 0;
    const char *snap = latest_list(a, key);
    for (size_t i = 0; i < a->nclaims; i++) {
        char *const *c = a->claims[i], *const *best;
        const char *sc = CLM(c, "scope");
        const char *code;
        int seen = 0;
        if (!is_share(c, key, klen) || strcmp(CLM(c, "date"), snap) != 0)
            continue;
        for (size_t j = 0; j < i && !seen; j++) {
            const char *sj = CLM(a->claims[j], "scope");
            seen = strcmp(CLM(a->claims[j], "property"), "share") == 0 && sj &&
                   strcmp(sj, sc) == 0 && strcmp(CLM(a->claims[j], "date"), snap) == 0;
        }
        if (seen)
            continue;
        best = latest(a, "share", sc);
        code = sc + klen + 1;
        X(xmlTextWriterStartElement(w->x, BC(elem)));
        if (strcmp(elem, "recipient-region") == 0 && strchr(code, ':')) {
            const char *colon = strchr(code, ':');
            char vocab[16];
            snprintf(vocab, sizeof vocab, "%.*s", (int)(colon - code), code);
            X(xmlTextWriterWriteAttribute(w->x, BC("code"), BC(colon + 1)));
            X(xmlTextWriterWriteAttribute(w->x, BC("vocabulary"), BC(vocab)));
        } else {
            X(xmlTextWriterWriteAttribute(w->x, BC("code"), BC(code)));
        }
        X(xmlTextWriterWriteAttribute(w->x, BC("percentage"), BC(CLM(best, "value"))));
        X(xmlTextWriterEndElement(w->x));
        if (also && strcmp(code, also) == 0)
            also_done = 1;
    }
    if (also && !also_done) {
        X(xmlTextWriterStartElement(w->x, BC(elem)));
        if (strcmp(elem, "recipient-region") == 0 && strchr(also, ':')) {
            const char *colon = strchr(also, ':');
            char vocab[16];
            snprintf(vocab, sizeof vocab, "%.*s", (int)(colon - also), also);
            X(xmlTextWriterWriteAttribute(w->x, BC("code"), BC(colon + 1)));
            X(xmlTextWriterWriteAttribute(w->x, BC("vocabulary"), BC(vocab)));
        } else {
            X(xmlTextWriterWriteAttribute(w->x, BC("code"), BC(also)));
        }
        X(xmlTextWriterEndElement(w->x));
    }
}

/* A location element for the place row PL: its ref (from an id the import
** made), its names (none when the file gave none) and its point. */
static void location(iati_writer *w, char *const *pl)
{
    const char *lat = PLC(pl, "lat"), *lon = PLC(pl, "lon"), *pid = PLC(pl, "id");
    const char *loc = strstr(pid, "/location/"), *note = PLC(pl, "note");
    char ref[IATI_ID_MAX + 1] = "";
    const char *key = loc ? loc + 10 : NULL;
    if (key && !(strlen(key) == 16 && strspn(key, "0123456789abcdef") == 16))
        iati_id_decode(key, ref, sizeof ref);
    X(xmlTextWriterStartElement(w->x, BC("location")));
    if (ref[0])
        write_clean(w, "ref", ref);
    if (!note || !strstr(note, IATI_UNNAMED)) {
        X(xmlTextWriterStartElement(w->x, BC("name")));
        names(w, &schema_concepts[C_PLACE], pl);
        X(xmlTextWriterEndElement(w->x));
    }
    if (lat && lon) {
        X(xmlTextWriterStartElement(w->x, BC("point")));
        X(xmlTextWriterWriteAttribute(w->x, BC("srsName"),
                                      BC("http://www.opengis.net/def/crs/EPSG/0/4326")));
        X(xmlTextWriterStartElement(w->x, BC("pos")));
        X(xmlTextWriterWriteFormatString(w->x, "%s %s", lat, lon));
        X(xmlTextWriterEndElement(w->x));
        X(xmlTextWriterEndElement(w->x));
    }
    X(xmlTextWriterEndElement(w->x));
}

static void places(iati_writer *w, const iati_wactivity *a)
{
    char cc[3], region[IATI_ID_MAX + 1];
    const char *country = country_code(a->side, cc);
    const char *pkind = PLC(a->place, "kind"), *pid = PLC(a->place, "id");
    if (!country)
        country = country_code(a->place, cc);
    shares(w, a, "recipient_country", "recipient-country", country);
    region[0] = 0;
    if (pkind && strcmp(pkind, "group") == 0 && strncmp(pid, "iati-region:", 12) == 0)
        iati_id_decode(pid + 12, region, sizeof region);
    shares(w, a, "recipient_region", "recipient-region", region[0] ? region : NULL);
    if (a->nlocations) {
        for (size_t i = 0; i < a->nlocations; i++)
            location(w, a->locations[i]);
    } else if (pkind && strcmp(pkind, "country") != 0 && strcmp(pkind, "group") != 0 &&
               strcmp(pkind, "region") != 0) {
        location(w, a->place);
    }
}

static void value(iati_writer *w, char *const *c, const char *value_date)
{
    const char *unit = CLM(c, "unit");
    X(xmlTextWriterStartElement(w->x, BC("value")));
    if (unit && iati_code_find(IATI_CL_CURRENCY, unit))
        X(xmlTextWriterWriteAttribute(w->x, BC("currency"), BC(unit)));
    X(xmlTextWriterWriteAttribute(w->x, BC("value-date"), BC(value_date)));
    X(xmlTextWriterWriteString(w->x, BC(CLM(c, "value"))));
    X(xmlTextWriterEndElement(w->x));
}

static int same(const char *a, const char *b)
{
    return a ? b && strcmp(a, b) == 0 : b == NULL;
}

static void budgets(iati_writer *w, const iati_wactivity *a)
{
    for (size_t i = 0; i < a->nclaims; i++) {
        char *const *c = a->claims[i];
        const char *sc = CLM(c, "scope"), *type = "1", *when;
        char ds[PDATE_BUF], de[PDATE_BUF];
        int superseded = 0;
        if (strcmp(CLM(c, "property"), "cost") != 0 || (sc && !strncmp(sc, "transaction=", 12)))
            continue;
        if (sc && !strncmp(sc, "budget=", 7) && iati_budget_code(sc + 7))
            type = iati_budget_code(sc + 7);
        /* a budget revised by a later claim for the same period is left out */
        for (size_t j = 0; j < a->nclaims && !superseded; j++) {
            char *const *o = a->claims[j];
            superseded = j != i && strcmp(CLM(o, "property"), "cost") == 0 &&
                         same(CLM(o, "scope"), sc) && same(CLM(o, "refers_to"), CLM(c, "refers_to")) &&
                         same(CLM(o, "unit"), CLM(c, "unit")) && newer(o, c);
        }
        if (superseded)
            continue;
        when = CLM(c, "refers_to") ? CLM(c, "refers_to") : CLM(c, "date");
        if (!period_date(when, 0, ds) || !period_date(when, 1, de))
            continue;
        X(xmlTextWriterStartElement(w->x, BC("budget")));
        X(xmlTextWriterWriteAttribute(w->x, BC("type"), BC(type)));
        X(xmlTextWriterStartElement(w->x, BC("period-start")));
        X(xmlTextWriterWriteAttribute(w->x, BC("iso-date"), BC(ds)));
        X(xmlTextWriterEndElement(w->x));
        X(xmlTextWriterStartElement(w->x, BC("period-end")));
        X(xmlTextWriterWriteAttribute(w->x, BC("iso-date"), BC(de)));
        X(xmlTextWriterEndElement(w->x));
        value(w, c, ds);
        X(xmlTextWriterEndElement(w->x));
    }
}

static void transactions(iati_writer *w, const iati_wactivity *a)
{
    for (size_t i = 0; i < a->nclaims; i++) {
        char *const *c = a->claims[i];
        const char *sc = CLM(c, "scope"), *code, *when;
        char d[PDATE_BUF];
        if (strcmp(CLM(c, "property"), "cost") != 0 || !sc || strncmp(sc, "transaction=", 12) ||
            !(code = iati_transaction_code(sc + 12)))
            continue;
        when = CLM(c, "refers_to") ? CLM(c, "refers_to") : CLM(c, "date");
        if (!period_date(when, 0, d))
            continue;
        X(xmlTextWriterStartElement(w->x, BC("transaction")));
        X(xmlTextWriterStartElement(w->x, BC("transaction-type")));
        X(xmlTextWriterWriteAttribute(w->x, BC("code"), BC(code)));
        X(xmlTextWriterEndElement(w->x));
        X(xmlTextWriterStartElement(w->x, BC("transaction-date")));
        X(xmlTextWriterWriteAttribute(w->x, BC("iso-date"), BC(d)));
        X(xmlTextWriterEndElement(w->x));
        value(w, c, d);
        X(xmlTextWriterEndElement(w->x));
    }
}

/* ---- flows: transactions, budgets, planned disbursements ---- */

static size_t count_flows(const iati_wactivity *a, const char *kind)
{
    size_t n = 0;
    for (size_t i = 0; i < a->nflows; i++)
        n += strcmp(a->flows[i].kind, kind) == 0;
    return n;
}

static void dated(iati_writer *w, const char *elem, const char *date)
{
    X(xmlTextWriterStartElement(w->x, BC(elem)));
    X(xmlTextWriterWriteAttribute(w->x, BC("iso-date"), BC(date)));
    X(xmlTextWriterEndElement(w->x));
}

static void flow_value(iati_writer *w, const store_flow *f, const char *value_date)
{
    X(xmlTextWriterStartElement(w->x, BC("value")));
    if (f->currency)
        X(xmlTextWriterWriteAttribute(w->x, BC("currency"), BC(f->currency)));
    X(xmlTextWriterWriteAttribute(w->x, BC("value-date"),
                                  BC(f->value_date ? f->value_date : value_date)));
    X(xmlTextWriterWriteString(w->x, BC(f->value)));
    X(xmlTextWriterEndElement(w->x));
}

static void flow_org(iati_writer *w, const char *elem, const char *ref, const char *name)
{
    if (!ref && !name)
        return;
    X(xmlTextWriterStartElement(w->x, BC(elem)));
    if (ref)
        write_clean(w, "ref", ref);
    if (name)
        narrative(w, NULL, name);
    X(xmlTextWriterEndElement(w->x));
}

/* Budgets or planned disbursements (KIND) from the flows. */
static void flow_periods(iati_writer *w, const iati_wactivity *a, const char *kind)
{
    int budget = strcmp(kind, "budget") == 0;
    for (size_t i = 0; i < a->nflows; i++) {
        const store_flow *f = &a->flows[i];
        const char *start = f->date ? f->date : f->end, *end = f->end ? f->end : f->date;
        if (strcmp(f->kind, kind) != 0 || !start)
            continue;
        X(xmlTextWriterStartElement(w->x, BC(kind)));
        if (f->type && iati_budget_code(f->type))
            X(xmlTextWriterWriteAttribute(w->x, BC("type"), BC(iati_budget_code(f->type))));
        dated(w, "period-start", start);
        if (budget || f->end)
            dated(w, "period-end", end);
        flow_value(w, f, start);
        if (!budget) {
            flow_org(w, "provider-org", f->provider_ref, f->provider);
            flow_org(w, "receiver-org", f->receiver_ref, f->receiver);
        }
        X(xmlTextWriterEndElement(w->x));
    }
}

static void flow_transactions(iati_writer *w, const iati_wactivity *a)
{
    for (size_t i = 0; i < a->nflows; i++) {
        const store_flow *f = &a->flows[i];
        const char *code = f->type ? iati_transaction_code(f->type) : NULL;
        if (strcmp(f->kind, "transaction") != 0 || !code || !f->date)
            continue;
        X(xmlTextWriterStartElement(w->x, BC("transaction")));
        X(xmlTextWriterStartElement(w->x, BC("transaction-type")));
        X(xmlTextWriterWriteAttribute(w->x, BC("code"), BC(code)));
        X(xmlTextWriterEndElement(w->x));
        dated(w, "transaction-date", f->date);
        flow_value(w, f, f->date);
        if (f->description) {
            X(xmlTextWriterStartElement(w->x, BC("description")));
            narrative(w, NULL, f->description);
            X(xmlTextWriterEndElement(w->x));
        }
        flow_org(w, "provider-org", f->provider_ref, f->provider);
        flow_org(w, "receiver-org", f->receiver_ref, f->receiver);
        X(xmlTextWriterEndElement(w->x));
    }
}

const char *iati_write_missing(const iati_wactivity *a)
{
    static const char *const dated[] = {"planned_start", "actual_start",
                                        "planned_completion", "actual_completion"};
    int has_date = 0, has_org = 0;
    char d[PDATE_BUF];
    if (!latest(a, "stage", NULL) || !iati_status_of_stage(CLM(latest(a, "stage", NULL), "value")))
        return "no stage claim, and IATI needs an activity-status";
    for (size_t i = 0; i < sizeof dated / sizeof dated[0]; i++) {
        char *const *c = latest(a, dated[i], NULL);
        has_date |= c && xsd_date(CLM(c, "value"), 0, d) != NULL;
    }
    if (!has_date)
        return "no start or completion date, and IATI needs an activity-date";
    for (size_t i = 0; i < a->nstakes; i++)
        has_org |= a->stakes[i].actor && iati_code_of_role(STK(a->stakes[i].stake, "role"));
    if (!has_org)
        return "no owner, financier, contractor or supporter, and IATI needs a "
               "participating-org";
    return NULL;
}

/* The identifier as published when the import had to cut it to make the
** id (the note's "iati-identifier: " line); NULL otherwise. */
static const char *whole_identifier(const char *note, char *out, size_t n)
{
    for (const char *s = note; s && *s;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (len > 17 && strncmp(s, "iati-identifier: ", 17) == 0 && len - 17 < n) {
            memcpy(out, s + 17, len - 17);
            out[len - 17] = 0;
            return out;
        }
        s = nl ? nl + 1 : s + len;
    }
    return NULL;
}

int iati_write_activity(iati_writer *w, const iati_wactivity *a, amur_err *err)
{
    const concept *cp = &schema_concepts[C_PROJECT];
    char *const *p = a->project;
    const char *note = PRJ(p, "note");
    char ident[IATI_ID_MAX + 1], updated[PDATE_BUF + 12];
    char *const *last = NULL;

    if (!whole_identifier(note, ident, sizeof ident))
        iati_id_decode(PRJ(p, "id"), ident, sizeof ident);
    for (size_t i = 0; i < a->nclaims; i++)
        if (newer(a->claims[i], last))
            last = a->claims[i];
    {
        char d[PDATE_BUF];
        snprintf(updated, sizeof updated, "%sT00:00:00Z",
                 last && xsd_date(CLM(last, "date"), 0, d) ? d : w->today);
    }
    X(xmlTextWriterStartElement(w->x, BC("iati-activity")));
    X(xmlTextWriterWriteAttribute(w->x, BC("last-updated-datetime"), BC(updated)));
    X(xmlTextWriterStartElement(w->x, BC("iati-identifier")));
    write_clean(w, NULL, ident);
    X(xmlTextWriterEndElement(w->x));
    reporting_org(w, a);

    X(xmlTextWriterStartElement(w->x, BC("title")));
    names(w, cp, p);
    if (note)
        each_note(w, note, "title");
    X(xmlTextWriterEndElement(w->x));

    /* descriptions: the import's note lines, else the note as one text,
    ** else the English name (the schema needs one) */
    {
        int structured = note && each_note(w, note, NULL) == 0;
        if (structured && count_lines(note, "description")) {
            each_note(w, note, "description");
        } else {
            char *flat = note && !structured ? squeezed(note) : NULL;
            if (note && !structured && !flat)
                w->bad = 1;
            X(xmlTextWriterStartElement(w->x, BC("description")));
            X(xmlTextWriterWriteAttribute(w->x, BC("type"), BC("1")));
            narrative(w, flat ? NULL : "en", flat ? flat : PRJ(p, "name_en"));
            X(xmlTextWriterEndElement(w->x));
            free(flat);
        }
    }

    participating(w, a);
    if (note)
        each_note(w, note, "other-identifier");
    status(w, a);
    dates(w, a);
    if (note && iati_write_notes(w->x, note, "contact-info"))
        w->bad = 1;
    places(w, a);
    if (note) {
        each_note(w, note, "sector");
        each_note(w, note, "policy-marker");
    }
    /* flows when the project has them; cost claims otherwise (a curated
    ** project's, or a database imported before flows existed) */
    if (count_flows(a, "budget"))
        flow_periods(w, a, "budget");
    else
        budgets(w, a);
    flow_periods(w, a, "planned-disbursement");
    if (count_flows(a, "transaction"))
        flow_transactions(w, a);
    else
        transactions(w, a);
    if (note && iati_write_notes(w->x, note, "document-link"))
        w->bad = 1;
    if (note)
        each_note(w, note, "related-activity");
    if (note && iati_write_notes(w->x, note, "result"))
        w->bad = 1;
    X(xmlTextWriterEndElement(w->x));
    return w->bad ? err_set(err, AMUR_ESYS, "write error on the IATI output") : AMUR_OK;
}
