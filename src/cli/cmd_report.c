/*
** cmd_report.c — amur report: every analysis as one document
** (out/report.h), as text, Markdown, HTML or JSON.
*/
#include "../present/report.h"
#include "cli.h"

int cmd_report(cli *c)
{
    report_opts o;
    int format = c->json ? DOC_JSON : DOC_TEXT;
    evidence *e;
    doc *d;
    int rc;

    if ((rc = cli_params(c, report_params, &o)))
        return rc;
    const char *name = o.format;
    if (name && (format = doc_format(name)) < 0)
        return err_set(&c->err, AMUR_EUSAGE,
                       "report: --format: '%s' is not one of text, md, html, json", name);
    if ((rc = cli_evidence(c, &e)))
        return rc;
    rc = report_build(e, o.lang, &d, &c->err);
    if (rc == AMUR_OK) {
        if (doc_render(d, format, stdout))
            rc = err_set(&c->err, AMUR_ESYS, "report: write error");
        doc_free(d);
    }
    evidence_free(e);
    return rc;
}
