/*
** iati_tables.c — what both directions of the IATI mapping agree on: the
** escaping of identifiers into Amur ids and back, and the tables between
** IATI codes (and the words of 1.0x files) and Amur's vocabularies;
** docs/iati.md gives them as tables.
*/
#include <stdio.h>
#include <string.h>

#include "iati_int.h"

/* ---- ids ---- */


static int is_idc(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == ':' || c == '/' || c == '-';
}

static int is_uhex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

void iati_id_encode(const char *prefix, const char *raw, char out[IATI_ID_MAX + 1])
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 0, cut = 0; /* CUT: the last escape boundary at or before 111 */
    int over = 0;
    const char *parts[2] = {prefix, raw};
    for (int k = 0; k < 2; k++) {
        for (const unsigned char *s = (const unsigned char *)parts[k]; *s; s++) {
            char e[3];
            size_t len;
            int esc = 0;
            if (k == 0 || is_idc(*s)) {
                e[0] = (char)*s;
                len = 1;
            } else if (*s == '_' && !(is_uhex((char)s[1]) && s[1] && is_uhex((char)s[2]))) {
                e[0] = '_';
                len = 1;
            } else {
                esc = 1;
                len = 3;
            }
            if (esc) {
                e[0] = '_';
                e[1] = hex[*s >> 4];
                e[2] = hex[*s & 15];
            }
            if (n + len > IATI_ID_MAX) {
                over = 1;
                break;
            }
            memcpy(out + n, e, len);
            n += len;
            if (n <= 111)
                cut = n;
        }
        if (over)
            break;
    }
    if (over) {
        uint64_t h = hash_text(raw, hash_text(prefix, HASH_BASIS));
        snprintf(out + cut, IATI_ID_MAX + 1 - cut, "-%016llx", (unsigned long long)h);
        return;
    }
    out[n] = 0;
}

static int hexval(char c)
{
    return c <= '9' ? c - '0' : c - 'A' + 10;
}

void iati_id_decode(const char *id, char *out, size_t outsz)
{
    size_t n = 0;
    if (!outsz)
        return;
    for (const char *s = id; *s && n + 1 < outsz; s++) {
        if (s[0] == '_' && is_uhex(s[1]) && is_uhex(s[2])) {
            out[n++] = (char)(hexval(s[1]) << 4 | hexval(s[2]));
            s += 2;
        } else {
            out[n++] = *s;
        }
    }
    out[n] = 0;
}

/* ---- the mapping tables (docs/iati.md) ---- */

const char *iati_lookup(const pair *t, const char *key, int rev)
{
    if (!key)
        return NULL;
    for (; t->a; t++)
        if (strcmp(rev ? t->b : t->a, key) == 0)
            return rev ? t->a : t->b;
    return NULL;
}

static const pair status_stage[] = {
    {"1", "listed"},    {"2", "under-construction"}, {"3", "completed"},
    {"4", "completed"}, {"5", "cancelled"},          {"6", "suspended"}, {NULL, NULL}};
static const pair stage_status[] = {
    {"listed", "1"},    {"agreed", "1"},    {"financed", "1"},  {"under-construction", "2"},
    {"completed", "4"}, {"operational", "4"}, {"cancelled", "5"}, {"suspended", "6"},
    {NULL, NULL}};
static const pair role_word[] = {
    {"1", "financier"}, {"2", "owner"}, {"3", "supporter"}, {"4", "contractor"}, {NULL, NULL}};
static const pair transaction_words[] = {
    {"1", "incoming-funds"},     {"2", "outgoing-commitment"}, {"3", "disbursement"},
    {"4", "expenditure"},        {"5", "interest-payment"},    {"6", "loan-repayment"},
    {"7", "reimbursement"},      {"8", "purchase-of-equity"},  {"9", "sale-of-equity"},
    {"10", "credit-guarantee"},  {"11", "incoming-commitment"}, {"12", "outgoing-pledge"},
    {"13", "incoming-pledge"},   {NULL, NULL}};
static const pair budget_words[] = {{"1", "original"}, {"2", "revised"}, {NULL, NULL}};
static const pair org_kind[] = {
    {"10", "agency"}, {"11", "municipality"}, {"15", "agency"},   {"21", "other"},
    {"22", "other"},  {"23", "other"},        {"24", "other"},    {"30", "company"},
    {"40", "agency"}, {"60", "fund"},         {"70", "company"},  {"71", "company"},
    {"72", "company"}, {"73", "company"},     {"80", "other"},    {"90", "other"},
    {NULL, NULL}};
static const pair org_tier[] = {
    {"10", "federal"},  {"11", "municipal"}, {"15", "federal"},  {"21", "academic"},
    {"22", "academic"}, {"23", "academic"},  {"24", "academic"}, {"30", "academic"},
    {"40", "foreign-official"}, {"60", "academic"}, {"70", "academic"}, {"71", "academic"},
    {"72", "academic"}, {"73", "academic"},  {"80", "academic"}, {"90", "academic"},
    {NULL, NULL}};
#define TIER_UNTYPED "foreign-official"

/* Words of IATI 1.0x and of pre-standard files, lower-cased, to codes. */
const pair iati_legacy_status[] = {
    {"pipeline", "1"}, {"pipeline/identification", "1"}, {"identification", "1"},
    {"implementation", "2"}, {"ongoing", "2"}, {"active", "2"},
    {"completion", "3"}, {"finalisation", "3"}, {"completed", "3"},
    {"post-completion", "4"}, {"closed", "4"}, {"cancelled", "5"}, {"suspended", "6"},
    {NULL, NULL}};
const pair iati_legacy_date[] = {
    {"start-planned", "1"}, {"start-actual", "2"}, {"end-planned", "3"}, {"end-actual", "4"},
    {"start", "1"},         {"end", "3"},          {"completion", "3"}, {NULL, NULL}};
const pair iati_legacy_role[] = {
    {"funding", "1"}, {"accountable", "2"}, {"extending", "3"}, {"implementing", "4"},
    {"donor", "1"},   {NULL, NULL}};
const pair iati_legacy_org_type[] = {
    {"government", "10"}, {"multilateral", "40"}, {"ngo", "21"}, {"private sector", "70"},
    {NULL, NULL}};
const pair iati_legacy_transaction[] = {
    {"if", "1"}, {"c", "2"}, {"d", "3"}, {"e", "4"}, {"ir", "5"}, {"lr", "6"}, {"r", "7"},
    {"qp", "8"}, {"qs", "9"}, {"cg", "10"}, {"incoming funds", "1"}, {"incoming", "1"},
    {"commitment", "2"}, {"disbursement", "3"}, {"expenditure", "4"},
    {"interest repayment", "5"}, {"loan repayment", "6"}, {"reimbursement", "7"},
    {NULL, NULL}};
/* BudgetType in 1.0x words ("Original", "Revised"), lower-cased. */
const pair iati_legacy_budget[] = {{"original", "1"}, {"revised", "2"}, {NULL, NULL}};
const pair iati_date_property[] = {
    {"1", "planned_start"}, {"2", "actual_start"}, {"3", "planned_completion"},
    {"4", "actual_completion"}, {NULL, NULL}};

const char *iati_stage_of_status(const char *code) { return iati_lookup(status_stage, code, 0); }
const char *iati_status_of_stage(const char *stage) { return iati_lookup(stage_status, stage, 0); }
const char *iati_role_of_code(const char *code) { return iati_lookup(role_word, code, 0); }
const char *iati_code_of_role(const char *role) { return iati_lookup(role_word, role, 1); }
const char *iati_transaction_word(const char *code) { return iati_lookup(transaction_words, code, 0); }
const char *iati_transaction_code(const char *word) { return iati_lookup(transaction_words, word, 1); }
const char *iati_budget_word(const char *code) { return iati_lookup(budget_words, code, 0); }
const char *iati_budget_code(const char *word) { return iati_lookup(budget_words, word, 1); }
const char *iati_actor_kind(const char *t)
{
    const char *k = iati_lookup(org_kind, t, 0);
    return k ? k : "other";
}

const char *iati_source_tier(const char *type)
{
    const char *t = iati_lookup(org_tier, type, 0);
    return t ? t : TIER_UNTYPED;
}

int iati_is_source_id(const char *id)
{
    return id && (strncmp(id, "iati:", 5) == 0 || strncmp(id, "iati-name:", 10) == 0 ||
                  strncmp(id, "iati-file:", 10) == 0);
}

int iati_location_ids(const char *note, int (*fn)(void *ctx, const char *id), void *ctx)
{
    for (const char *s = note; s && *s;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (len > 10 && len - 10 <= IATI_ID_MAX && strncmp(s, "location: ", 10) == 0) {
            char id[IATI_ID_MAX + 1];
            int rc;
            memcpy(id, s + 10, len - 10);
            id[len - 10] = 0;
            if ((rc = fn(ctx, id)) != 0)
                return rc;
        }
        s = nl ? nl + 1 : s + len;
    }
    return 0;
}
