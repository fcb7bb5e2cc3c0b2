/*
** cli.h — what the command handlers share: the parsed command line, the
** command table's entry type, and opening the store the options name.
**
** main.c declares the table of commands (name, handler, usage, options,
** help) and parses the command line into a cli; `amur help` and the man
** page are written from the same table.
*/
#ifndef AMUR_CLI_H
#define AMUR_CLI_H

#include <stdio.h>

#include "../core/err.h"
#include "../core/param.h"
#include "../ingest/bundle.h"
#include "../store/store.h"

/* Options one command may take: its own and the two clocks. */
#define CLI_MAX_OPTS (PARAM_MAX + 2)
/* Commands in all, analyses included. */
#define CLI_MAX_COMMANDS 96

struct cli;
struct analysis;

typedef struct command {
    const char *name;
    int (*run)(struct cli *);
    const char *args; /* positional arguments, for usage: "DIR" */
    int min_args, max_args;
    const char *summary;  /* one line */
    const char *help;     /* a paragraph */
    const param *params;  /* its options (core/param.h), ended by a NULL name, or NULL */
    int clocks;           /* it also takes --as-of and --known-by */
    const struct analysis *an; /* the analysis it runs (present/views.h), or NULL */
} command;

typedef struct cli {
    const command *cmd;
    const char *db;   /* --db, else $AMUR_DB, else amur.db */
    int json;         /* --json */
    int quiet;        /* --quiet */
    const char *optv[CLI_MAX_OPTS]; /* values of the options, by index; "1" for a flag */
    char **pos;       /* positional arguments (freed by cli_done) */
    struct cli_given { int opt; const char *value; } *given; /* every option value, in order */
    int ngiven;
    int npos;
    amur_err err;     /* what went wrong, reported once by main */
} cli;

/* Value of the command's option or argument NAME, or NULL when not given. */
const char *cli_opt_value(const cli *c, const char *name);

/* Every value given to the command's option NAME, in order (an option
** given more than once, as `--set a=1 --set b=2`), into OUT (at most MAX);
** returns how many there were, which may be more than MAX. */
size_t cli_opt_all(const cli *c, const char *name, const char **out, size_t max);

/* Reads the command's parameters PS into OPTS (param_parse()); a bad
** value is a usage error naming the command and the option. */
int cli_params(cli *c, const param *ps, void *opts);

/* The value of the command's numeric option NAME in *OUT, left as it is
** (the default) when the option is not given. It must be a number from
** MIN to MAX, and whole when WHOLE; otherwise a usage error naming it. */
int cli_opt_number(cli *c, const char *name, double min, double max, int whole, double *out);

/* Fills STORED with the rows each table of a bundle (BUNDLE_TABLES of them:
** the concepts, then the flows) holds now; a count that fails stays 0 and
** sets ERR. */
void cli_count_stored(store *db, long stored[BUNDLE_TABLES], amur_err *err);

/* The table of COUNTS (one per concept) beside STORED (as cli_count_stored
** fills it), with ROWS_HEAD naming the column of rows read; concepts whose
** REF() bit is in SKIP are left out; a last row for FLOWS (IATI flows),
** unless it is NULL. Returns a table the caller frees with table_free(), or
** NULL when out of memory. */
struct table;
struct table *cli_count_table(const store_tally *counts, const store_tally *flows,
                              const long stored[BUNDLE_TABLES], const char *rows_head,
                              unsigned skip);

/* Opens the store the options name (MODE as store_open). */
int cli_store(cli *c, int mode, store **out);

/* Loads the evidence set for an analysis, with the --as-of and
** --known-by options of the command applied (evidence_free() frees it). */
struct evidence;
int cli_evidence(cli *c, struct evidence **out);
/* Projects per chunk of a walk over the whole database (present/walk.h):
** AMUR_CHUNK when set, else WALK_CHUNK; -1 with C's error set when
** AMUR_CHUNK is not a whole number from 1. */
long cli_chunk(cli *c);

/* Commands, by file. */
int cmd_analysis(cli *c); /* cli.c: any command of the analyses table */
int cmd_load(cli *c);
int cmd_check(cli *c);
int cmd_export(cli *c);
int cmd_migrate(cli *c); /* cmd_migrate.c */
int cmd_summary(cli *c);
int cmd_list(cli *c); /* projects, instruments, ... : the concept is the command's name */
int cmd_version(cli *c);
int cmd_report(cli *c);
int cmd_import_iati(cli *c); /* cmd_iati.c */
int cmd_export_iati(cli *c); /* cmd_iati.c */
int cmd_search(cli *c); /* cmd_search.c */
int cmd_extract(cli *c); /* cmd_extract.c */
int cmd_serve(cli *c);  /* cmd_serve.c */
int cmd_synth(cli *c);  /* cmd_synth.c */
int cmd_token(cli *c);  /* cmd_token.c */
int cmd_audit(cli *c);  /* cmd_token.c */
int cmd_proposals(cli *c); /* cmd_proposals.c */

/* ---- parsing and help, from the command table (cli.c) ---- */

/* The command table OUT (room for NA + NB + analyses_count commands): the
** NA commands of A, a command for each analysis of present/views.h, then
** the NB of B. Returns how many. */
size_t cli_table(const command *a, size_t na, const command *b, size_t nb, command *out);

/* Parses ARGV against the NCMDS commands: global options (--db, --json,
** --quiet, --help) anywhere, the command, its options and its arguments.
** Returns AMUR_OK with C filled, or AMUR_EUSAGE with c->err saying what is
** wrong and what was probably meant. When the user asked for help, sets
** *HELP and leaves c->cmd at the command (NULL for general help). */
int cli_parse(cli *c, const command *cmds, size_t ncmds, int argc, char **argv, int *help);

/* Frees what cli_parse allocated. */
void cli_done(cli *c);

/* Prints help for CMD (NULL: the list of commands) to OUT. */
void cli_help(const command *cmds, size_t ncmds, const command *cmd, FILE *out);
/* Writes the man page (roff) for all commands to OUT. */
void cli_man(const command *cmds, size_t ncmds, FILE *out);
/* "amur X.Y". */
const char *cli_version(void);

#endif
