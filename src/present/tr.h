/*
** tr.h — the report's own words in Russian and Chinese: its title, its
** section titles, its headline templates, the sentences and table headings
** of each section, and the words for codes (stages, tiers, properties,
** sides, legal statuses, kinds of carry-over, typology, trends, units, the
** parts of a claim's scope), so that `amur report --lang ru` and the
** dashboard's overview in Russian or Chinese (GET /api/report?lang=) say
** what the English report says. The dashboard's other strings live in
** web/assets/js/i18n.js, whose wording these follow for the same things;
** these are the ones the program writes itself. Not yet reviewed by
** native speakers.
**
** English is written where each sentence is made (it has plurals the
** others do not need); a template here is filled with tr_fill(): {0}, {1}
** are replaced by the arguments, in whatever order the language wants.
** Data (names, quotes, publishers) are never translated here: a name is
** taken in the report's language by view_names_pick() (views.h).
*/
#ifndef AMUR_TR_H
#define AMUR_TR_H

#include <stddef.h>

enum { TR_EN, TR_RU, TR_ZH, TR_LANGS };

/* "en", "ru", "zh", NULL: the choices of the report's lang parameter. */
extern const char *const tr_codes[];

/* TR_EN, TR_RU or TR_ZH for CODE; TR_EN for NULL or anything else. */
int tr_lang(const char *code);

/* The template KEY in LANG; EN itself when LANG is English. A key the
** table lacks gives EN too (tr_check() makes sure none is lacking). */
const char *tr_text(int lang, const char *key, const char *en);

/* TMPL with {0}..{9} replaced by ARGS[0..NARGS) (NULL: empty), into BUF
** of N bytes (cut at N); returns BUF. */
char *tr_fill(char *buf, size_t n, const char *tmpl, size_t nargs, const char *const *args);

/* The word for CODE of the codelist LIST ("stage", "tier", "prop",
** "side") in LANG: tr_code(TR_RU, "stage", "operational") is "действует".
** CODE itself in English, or when the table has no word for it. */
const char *tr_code(int lang, const char *list, const char *code);

/* The bytes a word of tr_word() needs at most (longer ones are cut). */
#define TR_WORD_BUF 128

/* CODE of LIST in words in LANG, into BUF of N bytes (TR_WORD_BUF is
** enough): in Russian and Chinese tr_code()'s; in English a word of its own for the few codes that need one ("side" "ru"
** is "Russian side"), or a code (lower-case letters, digits, '_', '-') with
** '_' and '-' as spaces ("planned_opening" is "planned opening"); anything
** else (a name, a phrase) as it is. What the report shows uses it; its JSON
** keeps the codes. Returns BUF. */
const char *tr_word(int lang, const char *list, const char *code, char *buf, size_t n);

/* Checks the table: every key has a Russian and a Chinese string, each
** with the placeholders {0}..{n-1} its entry declares and no other. The
** problems, one a line, into BUF of N bytes; returns how many. */
size_t tr_check(char *buf, size_t n);

#endif
