/*
** cmd_search.c — amur search QUERY: full-text search over names, titles,
** quotes and notes in English, Russian and Chinese (analyze/search.h), as
** a ranked table or with --json as an array of hits.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../analyze/search.h"
#include "../present/findings.h"
#include "../present/jsonout.h"
#include "../present/table.h"
#include "cli.h"

/* One hit as a table row: its snippet as plain text. */
static int hit_row(table *t, const evidence *e, const search_hit *h)
{
    json_t *o = fj_search_hit(e, h), *sn;
    char snippet[1024];
    const char *cells[6];
    int rc;
    if (!o)
        return -1;
    sn = json_object_get(o, "snippet");
    snprintf(snippet, sizeof snippet, "%s%s%s",
             json_string_value(json_object_get(sn, "before")),
             json_string_value(json_object_get(sn, "match")),
             json_string_value(json_object_get(sn, "after")));
    cells[0] = search_kinds[h->kind];
    cells[1] = h->id;
    cells[2] = search_ranks[h->rank];
    cells[3] = h->field;
    cells[4] = json_string_value(json_object_get(o, "name"));
    cells[5] = snippet;
    rc = table_add(t, cells);
    json_decref(o);
    return rc;
}

int cmd_search(cli *c)
{
    static const char *const heads[] = {"kind", "id", "rank", "field", "name", "snippet"};
    search_opts o;
    int kind = -1, rc;
    search_index *ix;
    search_hit *hits;
    size_t n, shown;
    evidence *e;

    if ((rc = cli_params(c, search_params, &o)))
        return rc;
    if (o.kind && (kind = search_kind_parse(o.kind)) < 0)
        return err_set(&c->err, AMUR_EUSAGE,
                       "search: --kind: '%s' is not one of project, instrument, place, actor, "
                       "source, claim",
                       o.kind);
    if ((rc = cli_evidence(c, &e)))
        return rc;
    if ((rc = search_index_new(e, &ix, &c->err))) {
        evidence_free(e);
        return rc;
    }
    if ((rc = search_run(ix, o.q, kind, &hits, &n, &c->err))) {
        search_index_free(ix);
        evidence_free(e);
        return rc;
    }
    shown = n < (size_t)o.limit ? n : (size_t)o.limit;
    if (c->json) {
        jo j;
        jo_begin(&j, stdout);
        for (size_t i = 0; i < shown; i++)
            jo_add(&j, fj_search_hit(e, &hits[i]));
        if (jo_end(&j))
            rc = err_set(&c->err, AMUR_ESYS, "search: write error");
    } else if (!n) {
        printf("no matches\n");
    } else {
        table *t = table_new(6, heads);
        for (size_t i = 0; t && i < shown && rc == AMUR_OK; i++)
            if (hit_row(t, e, &hits[i]))
                rc = err_set(&c->err, AMUR_ESYS, "out of memory");
        if (!t)
            rc = err_set(&c->err, AMUR_ESYS, "out of memory");
        if (rc == AMUR_OK) {
            table_print(t, stdout, table_fit_width(stdout));
            printf("\n%zu match%s%s\n", n, n == 1 ? "" : "es",
                   shown < n ? " (use --limit to see more)" : "");
        }
        table_free(t);
    }
    free(hits);
    search_index_free(ix);
    evidence_free(e);
    return rc;
}
