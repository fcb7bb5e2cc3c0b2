/*
** views.c — the table of analyses (views.h): one line per analysis.
*/
#include "views.h"

#include <string.h>

#include "findings.h"

const analysis *const analyses[] = {
    &an_status,  &an_slippage, &an_contradictions, &an_scorecard,
    &an_carryover, &an_regions, &an_risks,         &an_inflation,
};

const size_t analyses_count = sizeof analyses / sizeof analyses[0];

const analysis *analysis_find(const char *name)
{
    for (size_t i = 0; i < analyses_count; i++)
        if (strcmp(analyses[i]->name, name) == 0)
            return analyses[i];
    return NULL;
}

int analysis_view(const analysis *an, const evidence *e, const void *opts, const char *title,
                  doc **out, amur_err *err)
{
    int rc;
    if (!(*out = doc_new(title)))
        return err_set(err, AMUR_ESYS, "out of memory");
    if ((rc = an->view(e, opts, *out, err))) {
        doc_free(*out);
        *out = NULL;
    }
    return rc;
}

const char *view_name(const evidence *e, const char *id)
{
    const char *name = fj_subject_name(e, id);
    return name ? name : id;
}
