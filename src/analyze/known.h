/*
** known.h — values checked against what exists. A filter that names
** nothing (an id no row has, a property no claim has) is an error with a
** suggestion, not an empty answer: the command line exits 1 and the API
** answers 400, with the same message ("no project 'prj-blag-hehe-bridge';
** did you mean 'prj-blag-heihe-bridge'?"). The suggestion is the closest
** id, or the id of the closest name in any language, by edit distance or
** prefix, when one is close.
*/
#ifndef AMUR_KNOWN_H
#define AMUR_KNOWN_H

#include "evidence.h"

/* Whether ID names a row of one of the concepts in KINDS (REF() bits of
** core/schema.h), called WHAT in the message; 1 when it does, else 0 with
** the message in MSG (N bytes). */
int known_id(const evidence *e, unsigned kinds, const char *what, const char *id, char *msg,
             size_t n);
/* Whether some claim has PROPERTY; 1, or 0 with the message in MSG. */
int known_property(const evidence *e, const char *property, char *msg, size_t n);
/* Checks every value in OPTS that a parameter of PS (taken at WHERE) says
** names something (PARAM_ID, PARAM_PROPERTY): AMUR_OK, or AMUR_EDATA
** with ERR holding the message. */
int known_params(const evidence *e, const param *ps, unsigned where, const void *opts,
                 amur_err *err);

#endif
