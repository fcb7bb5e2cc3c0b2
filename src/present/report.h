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
#include "doc.h"

int report_build(const evidence *e, doc **out, amur_err *err);

#endif
