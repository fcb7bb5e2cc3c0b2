/*
** feed.h — what changed (analyze/changes.h) as Atom 1.0 feeds, one per
** watch target, and a watch list (a chosen set of feeds) as OPML 2.0:
**
**   GET /feed.atom?project=ID | instrument=ID | region=ID | q=WORDS ...
**   GET /feeds.opml?project=A,B&instrument=C&region=D&q=WORDS&base=URL
**
** A feed takes the parameters of `amur changes` (chg_params): without
** dates, the changes of the last `days` days (default 90) up to the day
** the newest claim was made. Each entry is one change: its id a tag: URI
** made from the change's id (the same whatever the window, so a feed
** reader never shows a change twice), its date the change's, its link the
** dashboard's page of the subject at both clocks on that date, its content
** the claims that caused it with their sources and quotes. Every piece of
** text is escaped by doc_html_escape() (present/doc.h), the one escaper.
**
** The handlers are routes (routes.h) whose answer is a document of a media
** type (feed_type()): each returns it as a JSON string, which the server
** sends as it is.
**
** Ownership: a handler's result is a new reference the caller releases.
*/
#ifndef AMUR_FEED_H
#define AMUR_FEED_H

#include <jansson.h>

#include "../core/param.h"
#include "routes.h"

#define FEED_MAX_ENTRIES 500 /* the newest changes a feed holds */
#define FEED_MAX_WATCH 100   /* feeds one watch list may hold */
#define FEED_MAX_ID 256      /* bytes of one id in a watch list */

#define FEED_ATOM_TYPE "application/atom+xml; charset=utf-8"
#define FEED_OPML_TYPE "text/x-opml; charset=utf-8"

/* The media type of route R's document: FEED_ATOM_TYPE or
** FEED_OPML_TYPE for the routes below, NULL (JSON) for any other. */
const char *feed_type(const route *r);

/* GET /feed.atom: the changes chg_params select, newest first. */
json_t *feed_atom(api_call *c);

/* GET /feeds.opml: one outline per feed named by feed_opml_params. */
json_t *feed_opml(api_call *c);
extern const param feed_opml_params[];

#endif
