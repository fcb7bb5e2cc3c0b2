/*
** schema.c — the concepts and their columns; see schema.h and
** docs/dataset.md, which must say the same.
*/
#include "schema.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "pdate.h"
#include "text.h"

const char *const schema_stages[STAGE_COUNT + 1] = {
    [STAGE_LISTED] = "listed",
    [STAGE_AGREED] = "agreed",
    [STAGE_FINANCED] = "financed",
    [STAGE_UNDER_CONSTRUCTION] = "under-construction",
    [STAGE_COMPLETED] = "completed",
    [STAGE_OPERATIONAL] = "operational",
    [STAGE_SUSPENDED] = "suspended",
    [STAGE_CANCELLED] = "cancelled",
    [STAGE_COUNT] = NULL};
_Static_assert(sizeof schema_stages / sizeof schema_stages[0] == STAGE_COUNT + 1,
               "one name per stage");

const char *const schema_dependence[] = {"dependent", "intermediate", "independent", NULL};

const char *const schema_tiers[TIER_COUNT + 1] = {
    [TIER_FEDERAL] = "federal",
    [TIER_REGIONAL] = "regional",
    [TIER_MUNICIPAL] = "municipal",
    [TIER_FOREIGN_OFFICIAL] = "foreign-official",
    [TIER_STATISTICS] = "statistics",
    [TIER_NATIONAL_MEDIA] = "national-media",
    [TIER_LOCAL_MEDIA] = "local-media",
    [TIER_FOREIGN_MEDIA] = "foreign-media",
    [TIER_ACADEMIC] = "academic",
    [TIER_COUNT] = NULL};
_Static_assert(sizeof schema_tiers / sizeof schema_tiers[0] == TIER_COUNT + 1,
               "one name per tier");

static const char *const place_kinds[] = {
    "country", "region", "group", "city", "settlement", "crossing", "zone", "island",
    "other", NULL};
static const char *const actor_kinds[] = {
    "state", "region", "municipality", "ministry", "agency", "commission", "bank",
    "fund", "company", "person", "other", NULL};
static const char *const instrument_kinds[] = {
    "law", "concept", "strategy", "programme", "plan", "agreement", "memorandum",
    "decree", "regulation", "council", "commission", "forum", "initiative", "policy",
    NULL};
static const char *const levels[] = {
    "intergovernmental", "federal", "interregional", "regional", "municipal", NULL};
static const char *const project_kinds[] = {
    "bridge", "crossing", "zone", "platform", "cluster", "pipeline", "plant",
    "shipyard", "centre", "transport", "tourism", "other", NULL};
static const char *const roles[] = {
    "owner", "contractor", "financier", "operator", "regulator", "supporter",
    "opponent", NULL};
static const char *const legal_statuses[] = {
    "proposed", "discussed", "adopted", "in-force", "abandoned", "expired", "repealed",
    NULL};

#define ID {"id", COL_ID, 1, NULL, 0, NULL, 0, 0}
#define TEXT(n) {n, COL_TEXT, 0, NULL, 0, NULL, 0, 0}
#define NEED_TEXT(n) {n, COL_TEXT, 1, NULL, 0, NULL, 0, 0}
#define ENUM(n, v) {n, COL_ENUM, 1, v, 0, NULL, 0, 0}
#define DATE(n) {n, COL_DATE, 0, NULL, 0, NULL, 0, 0}
#define REFTO(n, need, bits, kind) {n, COL_REF, need, NULL, bits, kind, 0, 0}
#define NAMES {"name_en", COL_TEXT, 1, NULL, 0, NULL, 0, 0}, TEXT("name_ru"), TEXT("name_zh")
#define SOURCE_OPT REFTO("source", 0, REF(C_SOURCE), NULL)
#define COUNTRY(n) REFTO(n, 0, REF(C_PLACE), "country")

static const column source_cols[] = {
    ID, NEED_TEXT("title"), TEXT("authors"), TEXT("publisher"), TEXT("url"),
    DATE("date"), TEXT("language"), ENUM("tier", schema_tiers), TEXT("ref"), TEXT("note"),
    DATE("accessed")};

static const column place_cols[] = {
    ID, ENUM("kind", place_kinds), NAMES, COUNTRY("country"),
    REFTO("parent", 0, REF(C_PLACE), NULL),
    {"lat", COL_LAT, 0, NULL, 0, NULL, 0, 0}, {"lon", COL_LON, 0, NULL, 0, NULL, 0, 0},
    SOURCE_OPT, TEXT("note")};

static const column actor_cols[] = {
    ID, ENUM("kind", actor_kinds), NAMES, COUNTRY("country"),
    REFTO("place", 0, REF(C_PLACE), NULL), REFTO("parent", 0, REF(C_ACTOR), NULL),
    SOURCE_OPT, TEXT("note")};

static const column instrument_cols[] = {
    ID, ENUM("kind", instrument_kinds), ENUM("level", levels), NAMES, DATE("date"),
    DATE("valid_from"), DATE("valid_to"),
    {"parties", COL_REFLIST, 0, NULL, REF(C_ACTOR) | REF(C_PLACE), NULL, 0, 0},
    REFTO("parent", 0, REF(C_INSTRUMENT), NULL), SOURCE_OPT, TEXT("locator"),
    TEXT("note")};

static const column project_cols[] = {
    ID, ENUM("kind", project_kinds), NAMES, REFTO("place", 0, REF(C_PLACE), NULL),
    COUNTRY("side"), REFTO("parent", 0, REF(C_PROJECT), NULL), SOURCE_OPT,
    TEXT("locator"), TEXT("note")};

static const column listing_cols[] = {
    ID, REFTO("instrument", 1, REF(C_INSTRUMENT), NULL),
    REFTO("project", 1, REF(C_PROJECT), NULL), COUNTRY("side"), TEXT("item"),
    DATE("planned_start"), DATE("planned_end"),
    REFTO("carried_from", 0, REF(C_LISTING), NULL), SOURCE_OPT, TEXT("locator"),
    TEXT("note")};

static const column stake_cols[] = {
    ID, REFTO("project", 1, REF(C_PROJECT), NULL), REFTO("actor", 1, REF(C_ACTOR), NULL),
    ENUM("role", roles), {"influence", COL_INT, 0, NULL, 0, NULL, 1, 5}, DATE("from"),
    DATE("to"), SOURCE_OPT, TEXT("locator"), TEXT("quote"), TEXT("note")};

static const column claim_cols[] = {
    ID, {"subject", COL_REF, 1, NULL, REF_SUBJECT, NULL, 0, 0},
    {"property", COL_PROPERTY, 1, NULL, 0, NULL, 0, 0},
    {"value", COL_VALUE, 1, NULL, 0, NULL, 0, 0}, TEXT("unit"),
    {"scope", COL_SCOPE, 0, NULL, 0, NULL, 0, 0}, {"date", COL_DATE, 1, NULL, 0, NULL, 0, 0},
    {"refers_to", COL_PERIOD, 0, NULL, 0, NULL, 0, 0},
    REFTO("source", 1, REF(C_SOURCE), NULL), TEXT("locator"), TEXT("quote"),
    TEXT("note"), {"quote_lang", COL_LANG, 0, NULL, 0, NULL, 0, 0},
    REFTO("via", 0, REF(C_SOURCE), NULL)};

static const column indicator_cols[] = {
    ID, REFTO("region", 1, REF(C_PLACE), NULL),
    {"series", COL_CODE, 1, NULL, 0, NULL, 0, 0}, COUNTRY("partner"),
    {"period", COL_PERIOD, 1, NULL, 0, NULL, 0, 0},
    {"value", COL_NUMBER, 1, NULL, 0, NULL, 0, 0},
    {"value_max", COL_NUMBER, 0, NULL, 0, NULL, 0, 0}, NEED_TEXT("unit"),
    REFTO("source", 1, REF(C_SOURCE), NULL), TEXT("locator"), TEXT("quote"),
    TEXT("note")};

static const char *const flow_kinds[] = {"transaction", "budget", "planned-disbursement",
                                         NULL};
/* In store_flow's order (store.h), which store_flow_row() keeps. */
static const column flow_cols[] = {
    REFTO("activity", 1, REF(C_PROJECT), NULL), REFTO("source", 1, REF(C_SOURCE), NULL),
    {"reported", COL_DATE, 1, NULL, 0, NULL, 0, 0},
    {"seq", COL_INT, 1, NULL, 0, NULL, 1, INT_MAX}, ENUM("kind", flow_kinds), TEXT("type"),
    DATE("date"), DATE("end"), {"value", COL_NUMBER, 1, NULL, 0, NULL, 0, 0},
    TEXT("currency"), DATE("value_date"), TEXT("provider"), TEXT("receiver"),
    TEXT("provider_ref"), TEXT("receiver_ref"), TEXT("description"), TEXT("file"),
    {"line", COL_INT, 0, NULL, 0, NULL, 0, INT_MAX}};

#define COLS(a) a, sizeof a / sizeof a[0]

const concept schema_concepts[C_COUNT] = {
    {C_SOURCE, "sources", "sources.csv", "source", COLS(source_cols),
     {"id", "tier", "date", "publisher", "title", NULL}, 0, 0},
    {C_PLACE, "places", "places.csv", "place", COLS(place_cols),
     {"id", "kind", "name_en", "name_ru", "name_zh", "country", "lat", "lon", NULL}, 1, 0},
    {C_ACTOR, "actors", "actors.csv", "actor", COLS(actor_cols),
     {"id", "kind", "name_en", "name_ru", "name_zh", "country", NULL}, 1, 0},
    {C_INSTRUMENT, "instruments", "instruments.csv", "instrument", COLS(instrument_cols),
     {"id", "kind", "level", "date", "valid_from", "valid_to", "name_en", NULL}, 1, 0},
    {C_PROJECT, "projects", "projects.csv", "project", COLS(project_cols),
     {"id", "kind", "side", "place", "name_en", "name_ru", "name_zh", NULL}, 1, 0},
    {C_LISTING, "listings", "listings.csv", "listing", COLS(listing_cols),
     {"id", "instrument", "project", "side", "item", "planned_start", "planned_end",
      "carried_from", NULL}, 0, 0},
    {C_STAKE, "stakes", "stakes.csv", "stake", COLS(stake_cols),
     {"id", "project", "actor", "role", "influence", "from", "to", NULL}, 0, 0},
    {C_CLAIM, "claims", "claims.csv", "claim", COLS(claim_cols),
     {"id", "subject", "property", "value", "date", "refers_to", "source", "note", NULL}, 0, 1},
    {C_INDICATOR, "indicators", "indicators.csv", "indicator", COLS(indicator_cols),
     {"id", "region", "series", "partner", "period", "value", "value_max", "unit", NULL}, 0,
     0},
};

const concept schema_flows = {
    (concept_id)C_COUNT, "flows", "flows.csv", "flow", COLS(flow_cols),
    {"activity", "source", "reported", "seq", "kind", "type", "date", "value", NULL}, 0, 0};

const concept *schema_find(const char *name)
{
    for (int i = 0; i < C_COUNT; i++)
        if (strcmp(schema_concepts[i].name, name) == 0)
            return &schema_concepts[i];
    return NULL;
}

int schema_col(const concept *c, const char *name)
{
    for (size_t i = 0; i < c->ncols; i++)
        if (strcmp(c->cols[i].name, name) == 0)
            return (int)i;
    return -1;
}

int schema_vocab_index(const char *const *vocab, const char *word)
{
    for (int i = 0; vocab[i]; i++)
        if (strcmp(vocab[i], word) == 0)
            return i;
    return -1;
}

int schema_stage_rank(const char *stage)
{
    return schema_vocab_index(schema_stages, stage);
}

/* A lower-case word: letters, digits and '_', starting with a letter. */
static int is_word(const char *s)
{
    if (!(*s >= 'a' && *s <= 'z'))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}

prop_kind schema_property_kind(const char *p)
{
    if (!is_word(p))
        return PROP_UNKNOWN;
    if (strcmp(p, "stage") == 0)
        return PROP_STAGE;
    if (strncmp(p, "planned_", 8) == 0 && p[8])
        return PROP_PLANNED;
    if (strncmp(p, "actual_", 7) == 0 && p[7])
        return PROP_ACTUAL;
    if (strcmp(p, "cost") == 0 || strcmp(p, "count") == 0 || strcmp(p, "share") == 0)
        return PROP_NUMBER;
    if (strcmp(p, "legal_status") == 0)
        return PROP_LEGAL;
    if (strcmp(p, "text") == 0)
        return PROP_TEXT;
    if (strcmp(p, "dependence") == 0)
        return PROP_DEPENDENCE;
    return PROP_UNKNOWN;
}

/* Integer digits a number may have (leading zeros aside): beyond this a
** double no longer holds it exactly, and 64-bit integers soon overflow. */
#define NUMBER_MAX_DIGITS 15

/* NULL when S is a decimal number as the bundle writes them, else why not. */
static const char *number_msg(const char *s)
{
    int digits = 0, whole = 0;
    if (*s == '-' || *s == '+')
        s++;
    while (*s == '0') {
        s++;
        digits++;
    }
    for (; *s >= '0' && *s <= '9'; s++)
        whole++;
    digits += whole;
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++)
            digits++;
    if (digits == 0 || *s != 0)
        return "not a number";
    if (whole > NUMBER_MAX_DIGITS)
        return "number too large (more than 15 digits before the decimal point)";
    return NULL;
}

int schema_is_number(const char *s)
{
    return number_msg(s) == NULL;
}

const char *schema_check_id(const char *id)
{
    size_t n = strlen(id);
    if (n == 0)
        return "empty id";
    if (n > 128)
        return "id longer than 128 characters";
    for (const char *s = id; *s; s++) {
        char c = *s;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == ':' || c == '/' || c == '-'))
            return "id may hold only letters, digits and . _ : / -";
    }
    return NULL;
}

static const char *check_scope(const char *s)
{
    /* key=value;key=value with lower-case keys and non-empty values */
    while (*s) {
        const char *eq = strchr(s, '='), *semi;
        char key[64];
        size_t n;
        if (!eq)
            return "expected key=value pairs joined by ';'";
        n = (size_t)(eq - s);
        if (n == 0 || n >= sizeof key)
            return "expected key=value pairs joined by ';'";
        memcpy(key, s, n);
        key[n] = 0;
        if (!is_word(key))
            return "scope keys are lower-case words";
        semi = strchr(eq, ';');
        if ((semi ? (size_t)(semi - eq) : strlen(eq)) < 2)
            return "empty value in scope";
        if (semi && !semi[1])
            return "scope ends in ';'";
        s = semi ? semi + 1 : eq + strlen(eq);
    }
    return NULL;
}

int schema_scope_next(const char **cursor, char *key, size_t ksize, char *value, size_t vsize)
{
    const char *s = *cursor, *end, *eq;
    size_t n;
    if (!s || !*s)
        return 0;
    end = strchr(s, ';');
    if (!end)
        end = s + strlen(s);
    eq = memchr(s, '=', (size_t)(end - s));
    n = (size_t)((eq ? eq : end) - s);
    n = n < ksize - 1 ? n : ksize - 1;
    memcpy(key, s, n);
    key[n] = 0;
    s = eq ? eq + 1 : end;
    n = (size_t)(end - s) < vsize - 1 ? (size_t)(end - s) : vsize - 1;
    memcpy(value, s, n);
    value[n] = 0;
    *cursor = *end ? end + 1 : end;
    return eq ? 1 : 2;
}

const char *schema_check_value(const char *property, const char *value)
{
    pdate d;
    switch (schema_property_kind(property)) {
    case PROP_STAGE:
        return schema_stage_rank(value) < 0
                   ? "not a stage (listed, agreed, financed, under-construction, "
                     "completed, operational, suspended, cancelled)"
                   : NULL;
    case PROP_PLANNED:
    case PROP_ACTUAL:
        return pdate_parse(value, &d);
    case PROP_NUMBER:
        return number_msg(value);
    case PROP_LEGAL:
        return schema_vocab_index(legal_statuses, value) < 0
                   ? "not a legal status (proposed, discussed, adopted, in-force, "
                     "abandoned, expired, repealed)"
                   : NULL;
    case PROP_DEPENDENCE:
        return schema_vocab_index(schema_dependence, value) < 0
                   ? "not a dependence class (dependent, intermediate, independent)"
                   : NULL;
    case PROP_TEXT:
    case PROP_UNKNOWN:
        return NULL;
    }
    return NULL;
}

/* A BCP 47 tag as bundles use them: a primary language of 2 or 3
** lower-case letters, then subtags of 1 to 8 letters or digits after '-'
** (zh-Hant, en-GB). */
static const char *check_lang(const char *value)
{
    const char *msg = "expected a language tag such as en, ru, zh or zh-Hant";
    size_t n = 0;
    while (value[n] >= 'a' && value[n] <= 'z')
        n++;
    if (n < 2 || n > 3)
        return msg;
    for (const char *s = value + n; *s;) {
        size_t k = 0;
        if (*s++ != '-')
            return msg;
        while ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
               (s[k] >= '0' && s[k] <= '9'))
            k++;
        if (k < 1 || k > 8)
            return msg;
        s += k;
    }
    return NULL;
}

static const char *check_degrees(const char *value, double limit)
{
    double v;
    const char *msg = number_msg(value);
    if (msg)
        return msg;
    v = strtod(value, NULL);
    if (v < -limit || v > limit)
        return limit == 90 ? "latitude out of range (-90..90)"
                           : "longitude out of range (-180..180)";
    return NULL;
}

const char *schema_check_cell(const column *col, const char *value)
{
    pdate d;
    period p;
    switch (col->type) {
    case COL_ID:
        return schema_check_id(value);
    case COL_TEXT:
    case COL_VALUE:
        return NULL;
    case COL_ENUM:
        return schema_vocab_index(col->vocab, value) < 0 ? "not in the vocabulary" : NULL;
    case COL_DATE:
        return pdate_parse(value, &d);
    case COL_PERIOD:
        return period_parse(value, &p);
    case COL_NUMBER:
        return number_msg(value);
    case COL_INT: {
        char *end;
        long v;
        /* strtol would also take leading blanks and a '+' */
        if (!((*value >= '0' && *value <= '9') || *value == '-'))
            return "not a whole number";
        v = strtol(value, &end, 10);
        if (*end || end == value)
            return "not a whole number";
        return v < col->min || v > col->max ? "out of range" : NULL;
    }
    case COL_LAT:
        return check_degrees(value, 90);
    case COL_LON:
        return check_degrees(value, 180);
    case COL_REF:
        return schema_check_id(value);
    case COL_REFLIST:
        return NULL; /* each id is checked by the reference pass */
    case COL_PROPERTY:
        return schema_property_kind(value) == PROP_UNKNOWN
                   ? "not a property (stage, planned_EVENT, actual_EVENT, cost, count, "
                     "share, legal_status, dependence, text)"
                   : NULL;
    case COL_CODE:
        return is_word(value) ? NULL : "expected a lower-case word (letters, digits, _)";
    case COL_SCOPE:
        return check_scope(value);
    case COL_LANG:
        return check_lang(value);
    }
    return NULL;
}

int schema_sort_cmp(const char *field, const char *a, const char *b)
{
    size_t n = field ? strlen(field) : 0;
    if (n >= 5 && strcmp(field + n - 5, "stage") == 0 && (n == 5 || field[n - 6] == '.')) {
        int ra = schema_stage_rank(a), rb = schema_stage_rank(b);
        ra = ra < 0 ? STAGE_COUNT : ra;
        rb = rb < 0 ? STAGE_COUNT : rb;
        if (ra != rb)
            return ra < rb ? -1 : 1;
    }
    return text_natural_cmp(a, b);
}
