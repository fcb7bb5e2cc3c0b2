/*
** walk.h — a whole-database analysis computed a chunk of projects at a
** time (issue 19; docs/architecture.md, "The walk over the projects"), so
** that its memory grows with a chunk, not with the database: each chunk's
** set (evidence_load_chunk()) is analysed, its findings given out or
** kept, and freed before the next is read. Walked are the analyses whose
** findings are each one project's, in the order of the projects (status
** and slippage over every project), and those whose findings are pairs of
** claims about one subject (contradictions), of which the claims of each
** chunk's pairs are kept, with the claims about what is no project, and
** the analysis run once over them: memory grows with a chunk and the
** findings. Their answers are those of the whole set, byte for byte,
** whatever the size of a chunk (tests/cli/walk.t,
** tests/cli/walk_contradictions.t).
**
** Ownership: walk_view() returns in *OUT a document the caller frees with
** doc_free().
*/
#ifndef AMUR_WALK_H
#define AMUR_WALK_H

#include "../analyze/evidence.h"
#include "../store/store.h"
#include "doc.h"
#include "views.h"

/* Projects per chunk when not told otherwise: about a hundred thousand
** claims at the synthetic ten per project. */
#define WALK_CHUNK 10000

/* Whether AN with OPTS (parsed, not yet checked) can be walked: it is one
** of the walked analyses, not narrowed to one subject, and every option
** that names something names a row of the tables every chunk holds whole
** (an instrument, not a property: "no claim has the property" must look at
** every claim). */
int walk_applies(const analysis *an, const void *opts);

/* AN over the whole database S under VIEW, CHUNK projects at a time
** (CHUNK >= 1): its items given to OUT, or its view into a new bare
** document in *OUT. OPTS are checked (known_params(), taken at WHERE) on
** the first chunk, which holds every row an option of a walked analysis
** may name; on the command line (WHERE PARAM_CLI) the message names the
** analysis, as cmd_analysis() says it. AMUR_OK, or an error with ERR set. */
int walk_items(store *s, const ev_view *view, long chunk, const analysis *an, const void *opts,
               unsigned where, const an_sink *out, amur_err *err);
int walk_view(store *s, const ev_view *view, long chunk, const analysis *an, const void *opts,
              unsigned where, doc **out, amur_err *err);

#endif
