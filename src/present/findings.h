/*
** findings.h — the JSON form of every analysis's findings, one function
** per kind of object. The command handlers' --json output and the web
** API (src/web/) are both built from these, so their field names are the
** same by construction; docs/api.md lists the objects.
**
** Reals go through jo_real(), so that the command line (dumped with
** JO_FLAGS) and the API (dumped at full precision) print the same digits.
**
** Ownership: every function returns a new reference (NULL only when out
** of memory) that the caller releases with json_decref() or hands on
** (jo_add, json_array_append_new). Nothing in the evidence set or the
** results is kept.
*/
#ifndef AMUR_FINDINGS_H
#define AMUR_FINDINGS_H

#include <jansson.h>

#include "../analyze/carryover.h"
#include "../analyze/contradictions.h"
#include "../analyze/flows.h"
#include "../analyze/inflation.h"
#include "../analyze/regions.h"
#include "../analyze/risks.h"
#include "../analyze/scorecard.h"
#include "../analyze/search.h"
#include "../analyze/slippage.h"
#include "../analyze/status.h"
#include "../store/store.h"

/* The English name of subject ID (a project, instrument, place or actor),
** or NULL when it is none of those or has no name. */
const char *fj_subject_name(const evidence *e, const char *id);
/* A source as a sentence names it: its publisher, else its title, else ID. */
const char *fj_source_name(const evidence *e, const char *id);

/* amur audit: n, at, token, role, what, claim — one entry of the audit log. */
json_t *fj_audit(const store_audit *a);

/* Where claim C's words come from, as every view says it, in LANG (tr.h;
** the JSON and the command's tables say it in English, TR_EN): "as
** reported in SOURCE-NAME, translated" when they are a secondary source's
** rendering (via), "translated" when the quote's language is not its
** source's; "" when they are the source's own. Into BUF of N bytes;
** returns BUF. */
char *fj_provenance(const evidence *e, const ev_claim *c, int lang, char *buf, size_t n);

/* The status fields of R (stage, confidence, contested, overridden,
** delivered, delivery_date, parts, ruled_out), set on OBJ: one place for the
** command, the project's page and the lists of the API. */
void fj_status_fields(json_t *obj, const evidence *e, const status_result *r);

/* Adds to the claim object OBJ what every view shows beside a claim:
** "provenance" (fj_provenance), "ruled_out_by" and "superseded_by"
** (status_set_aside_by()). Returns OBJ. */
json_t *fj_claim_extra(json_t *obj, const evidence *e, const ev_claim *c);

/* amur status: id, project, name, names, stage, confidence, contested,
** overridden, claims. */
json_t *fj_status(const evidence *e, const status_result *r);

/* amur slippage: one project's history of one planned-date property. */
json_t *fj_slippage(const evidence *e, const slip_history *h);

/* amur contradictions: one pair, with both claims. */
json_t *fj_contradiction(const evidence *e, const contra_pair *p);

/* amur scorecard: one instrument's scorecard. */
json_t *fj_scorecard(const evidence *e, const scorecard *s);

/* amur carryover: one pair of listings. */
json_t *fj_carryover(const evidence *e, const carry_pair *p);

/* amur regions: one region, with the options its typology used. */
json_t *fj_region(const evidence *e, const reg_region *r, const reg_options *o);

/* amur risks: one project with its opponents, and the comparison object
** that ends the list (id "summary"). */
json_t *fj_risk(const evidence *e, const risk_project *r);
json_t *fj_risk_summary(const risk_result *r, int min_influence, int ever);

/* amur flows: one total (flows.h), named by what O groups by. */
json_t *fj_flows_total(const evidence *e, const flows_opts *o, const flows_total *t);
/* amur inflation: one year. */
json_t *fj_inflation_year(const evidence *e, const inflation *x, const infl_year *y);

/* amur search: one hit. */
json_t *fj_search_hit(const evidence *e, const search_hit *h);

#endif
