/*
** view_changes.h — how a change (analyze/changes.h) is said: its sentence
** and its JSON object, shared by `amur changes`, GET /api/changes and the
** Atom feeds (web/feed.c), so that all three say the same.
**
** Ownership: vchg_json() returns a new reference (NULL when out of memory).
*/
#ifndef AMUR_VIEW_CHANGES_H
#define AMUR_VIEW_CHANGES_H

#include <jansson.h>
#include <stddef.h>

#include "../analyze/changes.h"

/* Change C in one sentence, into BUF of N bytes: "Blagoveshchensk–Heihe
** road bridge: planned_opening postponed from 2020 to 2021-01 (31 days)".
** E is the evidence set L was computed from. Returns BUF. */
char *vchg_title(const evidence *e, const chg_change *c, char *buf, size_t n);

/* Change C of L as the API and `amur changes --json` give it: id, kind,
** date, subject, subject_kind, name, title, claims (the ids of its causes), and its
** kind's fields. */
json_t *vchg_json(const evidence *e, const chg_list *l, const chg_change *c);

#endif
