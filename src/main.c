/*
** main.c — amur's entry point: the table of subcommands, and dispatch.
**
** Each entry is the whole declaration of a command: its handler, its
** arguments and options, its one-line summary and its help. `amur help`,
** `amur help CMD` and the man page (docs/amur.1, from `amur help --man`)
** are all written from this table. Errors come back from the handlers as
** values and are reported here, once.
*/
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const cli_opt kind_opt[] = {{"kind", "KIND", "only rows of this kind"},
                                   {NULL, NULL, NULL}};
static const cli_opt source_opts[] = {{"tier", "TIER", "only sources of this tier"},
                                      {NULL, NULL, NULL}};
static const cli_opt place_opts[] = {{"kind", "KIND", "only places of this kind"},
                                     {"country", "ID", "only places in this country"},
                                     {NULL, NULL, NULL}};
static const cli_opt listing_opts[] = {{"instrument", "ID", "only listings in this instrument"},
                                       {"project", "ID", "only listings of this project"},
                                       {"side", "ID", "only listings on this side"},
                                       {NULL, NULL, NULL}};
static const cli_opt stake_opts[] = {{"project", "ID", "only stakes in this project"},
                                     {"actor", "ID", "only stakes of this actor"},
                                     {"role", "ROLE", "only stakes with this role"},
                                     {NULL, NULL, NULL}};
static const cli_opt claim_opts[] = {{"subject", "ID", "only claims about this subject"},
                                     {"property", "P", "only claims on this property"},
                                     {"source", "ID", "only claims from this source"},
                                     {NULL, NULL, NULL}};
static const cli_opt indicator_opts[] = {{"region", "ID", "only values for this region"},
                                         {"series", "CODE", "only values of this series"},
                                         {"partner", "ID", "only values for this partner"},
                                         {NULL, NULL, NULL}};

#define LIST_HELP(what)                                                                    \
    "Lists the " what " in the database as an aligned table, or with --json as a JSON "   \
    "array of objects with every column (names as \"name\" and \"names\")."

static const command commands[] = {
    {"check", cmd_check, "DIR", 1, 1, "Check a dataset bundle without storing anything",
     "Reads every CSV file of the bundle in DIR and reports every problem as "
     "file:line: column: message: missing or unknown columns, empty required fields, "
     "invalid UTF-8, malformed or impossible dates, values outside a vocabulary, duplicate "
     "ids, references to rows that exist neither in the bundle nor in the database, ends "
     "before starts, actual dates later than the claim that reports them, and changed "
     "claims. Exit status 1 when there is any. The bundle format is in docs/dataset.md.",
     NULL},
    {"load", cmd_load, "DIR", 1, 1, "Load a dataset bundle into the database",
     "Checks the bundle in DIR as amur check does and, if it is clean, stores it in one "
     "transaction: all or nothing. Loading the same bundle twice changes nothing; a changed "
     "bundle updates what changed. Claims are never changed or deleted. Creates the "
     "database if there is none.",
     NULL},
    {"export", cmd_export, "DIR", 1, 1, "Write the database out as a dataset bundle",
     "Writes one CSV file per concept into DIR (created if needed), every column, rows in "
     "the order they were first stored. Loading the result into an empty database and "
     "exporting again gives identical files.",
     NULL},
    {"summary", cmd_summary, NULL, 0, 0, "Count what the database holds",
     "Prints the number of rows of each concept in the database.", NULL},
    {"sources", cmd_list, NULL, 0, 0, "List sources", LIST_HELP("sources"), source_opts},
    {"places", cmd_list, NULL, 0, 0, "List places: countries, regions, cities, crossings",
     LIST_HELP("places"), place_opts},
    {"actors", cmd_list, NULL, 0, 0, "List actors", LIST_HELP("actors"), kind_opt},
    {"instruments", cmd_list, NULL, 0, 0, "List laws, programmes, agreements and bodies",
     LIST_HELP("instruments"), kind_opt},
    {"projects", cmd_list, NULL, 0, 0, "List projects", LIST_HELP("projects"), kind_opt},
    {"listings", cmd_list, NULL, 0, 0, "List projects as listed in instruments",
     LIST_HELP("listings"), listing_opts},
    {"stakes", cmd_list, NULL, 0, 0, "List actors' stakes in projects", LIST_HELP("stakes"),
     stake_opts},
    {"claims", cmd_list, NULL, 0, 0, "List claims, with their source's tier",
     LIST_HELP("claims") " Each claim also has its source's \"tier\".", claim_opts},
    {"indicators", cmd_list, NULL, 0, 0, "List regional indicators", LIST_HELP("indicators"),
     indicator_opts},
    {"version", cmd_version, NULL, 0, 0, "Print the version", "Prints amur's version.",
     NULL},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

int cmd_version(cli *c)
{
    (void)c;
    printf("%s\n", cli_version());
    return AMUR_OK;
}

int main(int argc, char **argv)
{
    cli c;
    int help, rc;

    memset(&c, 0, sizeof c);
    /* widths of Cyrillic and Chinese text come from a UTF-8 locale */
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
        setlocale(LC_CTYPE, "");
    if (argc == 3 && strcmp(argv[1], "help") == 0 && strcmp(argv[2], "--man") == 0) {
        cli_man(commands, NCOMMANDS, stdout);
        return AMUR_OK;
    }
    if (argc == 2 && strcmp(argv[1], "--version") == 0)
        return cmd_version(&c);
    rc = cli_parse(&c, commands, NCOMMANDS, argc, argv, &help);
    if (rc == AMUR_OK && help) {
        cli_help(commands, NCOMMANDS, c.cmd, stdout);
    } else if (rc == AMUR_OK) {
        rc = c.cmd->run(&c);
    }
    if (rc != AMUR_OK)
        fprintf(stderr, "amur: %s\n", c.err.msg[0] ? c.err.msg : "failed");
    cli_done(&c);
    if (fflush(stdout) != 0 && rc == AMUR_OK) {
        fprintf(stderr, "amur: write error on standard output\n");
        rc = AMUR_ESYS;
    }
    return rc;
}
