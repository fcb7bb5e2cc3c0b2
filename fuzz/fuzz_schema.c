/*
** fuzz_schema.c — libFuzzer target for the cell checks of the schema
** (src/core/schema.c) and the text helpers they rely on (src/core/text.c).
**
** The input (cut at its first NUL) is checked as every column of every
** concept, as an id, as a claim value of every kind of property, and as
** a property with the part after its first tab as the value. Whatever a
** check says, it must return a message or NULL without reading out of
** bounds; a few cross-checks tie the checks together.
*/
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/core/pdate.h"
#include "../src/core/schema.h"
#include "../src/core/text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* text_width() uses wcwidth(), which needs a UTF-8 locale as in main.c */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    setlocale(LC_CTYPE, "C.UTF-8");
    return 0;
}

static const char *const properties[] = {
    "stage", "planned_opening", "actual_opening", "cost", "count", "share",
    "legal_status", "text", "nonsense", NULL,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    char *tab;
    size_t len;
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = 0;
    len = strlen(s);

    if (len > 0) {
        for (int c = 0; c < C_COUNT; c++) {
            const concept *cn = &schema_concepts[c];
            if (schema_find(cn->name) != cn || schema_col(cn, cn->cols[0].name) != 0)
                abort();
            (void)schema_col(cn, s);
            for (size_t i = 0; i < cn->ncols; i++) {
                const char *msg = schema_check_cell(&cn->cols[i], s);
                if (msg && !*msg)
                    abort();
            }
        }
        /* an id that passes is a valid reference and a valid id cell */
        if (!schema_check_id(s) && (strlen(s) > 128))
            abort();
        for (int i = 0; properties[i]; i++)
            (void)schema_check_value(properties[i], s);
        /* a number is what the value check of cost accepts */
        if (!schema_is_number(s) != !!schema_check_value("cost", s))
            abort();
        /* a planned date is exactly a partial date */
        {
            pdate p;
            if (!pdate_parse(s, &p) != !schema_check_value("planned_x", s))
                abort();
        }
    }
    (void)schema_find(s);
    (void)schema_property_kind(s);
    (void)schema_stage_rank(s);
    (void)schema_vocab_index(schema_tiers, s);

    tab = strchr(s, '\t');
    if (tab) {
        *tab = 0;
        (void)schema_check_value(s, tab + 1);
        (void)text_distance(s, tab + 1);
        *tab = '\t';
    }

    /* text: validity over the raw bytes (NUL included), then width and
    ** fitting, which require valid UTF-8 */
    (void)text_utf8_invalid((const char *)data, size);
    if (text_utf8_invalid(s, len) < 0) {
        size_t w = text_width(s);
        for (size_t width = 0; width <= 8; width++) {
            size_t n = text_fit(s, width);
            if (n > len)
                abort();
        }
        if (text_fit(s, w) != len)
            abort();
    }
    free(s);
    return 0;
}
