/*
** report.h — every analysis as one readable report, headline findings
** first, each headline pointing at the section with its evidence.
**
** The report is built as a document (present/doc.h), so text, Markdown, HTML
** with inline SVG charts and JSON all say the same thing.
**
** Ownership: report_build() returns a document that doc_free() frees.
*/
#ifndef AMUR_REPORT_H
#define AMUR_REPORT_H

#include "../analyze/evidence.h"
#include "../core/param.h"
#include "doc.h"

/* The report's options: --format (the command line's), --lang and ?lang=
** (its language, tr.h: the title, section titles and headlines). */
typedef struct report_opts {
    const char *format;
    const char *lang;
} report_opts;
extern const param report_params[];

/* The report in LANG ("en", "ru", "zh"; NULL: English). */
int report_build(const evidence *e, const char *lang, doc **out, amur_err *err);

#endif
