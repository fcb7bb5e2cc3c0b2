/*
** iati_codes.h — the IATI codelists amur checks codes against, compiled
** into the program (iati_codes.c is generated from the codelist XML by
** scripts/gen_iati_codes.py and committed; nothing is read at run time).
*/
#ifndef AMUR_IATI_CODES_H
#define AMUR_IATI_CODES_H

#include <stddef.h>

typedef struct iati_code {
    const char *code;
    const char *name; /* English name, "" when the list gives none */
    int withdrawn;
} iati_code;

typedef struct iati_codelist {
    const char *name; /* "Country" */
    const iati_code *codes; /* sorted by code (bytewise) */
    size_t n;
} iati_codelist;

/* In the order of scripts/gen_iati_codes.py's LISTS. */
enum {
    IATI_CL_ACTIVITY_DATE_TYPE, IATI_CL_ACTIVITY_STATUS, IATI_CL_BUDGET_STATUS,
    IATI_CL_BUDGET_TYPE, IATI_CL_COUNTRY, IATI_CL_CURRENCY, IATI_CL_ORGANISATION_ROLE,
    IATI_CL_ORGANISATION_TYPE, IATI_CL_REGION, IATI_CL_TRANSACTION_TYPE, IATI_CL_VERSION,
    IATI_CL_COUNT
};

extern const iati_codelist iati_codelists[IATI_CL_COUNT];

/* The entry for CODE in list LIST (an IATI_CL_ value), or NULL. */
const iati_code *iati_code_find(int list, const char *code);

#endif
