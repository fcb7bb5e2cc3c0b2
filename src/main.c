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

/* The two clocks every analysis takes (docs/analyses.md). */
#define VIEW_OPTS                                                                          \
    {"as-of", "DATE", "the state of things on DATE, from the claims describing it "        \
                      "(default: today)"},                                                 \
    {"known-by", "DATE", "use only the claims made by DATE (default: all)"}

static const cli_opt status_opts[] = {VIEW_OPTS, {NULL, NULL, NULL}};
static const cli_opt slippage_opts[] = {
    VIEW_OPTS,
    {"property", "P", "only this planned-date property (planned_opening, ...)"},
    {"overdue", NULL, "only promises that are overdue at the as-of date"},
    {NULL, NULL, NULL}};
static const cli_opt contradiction_opts[] = {
    VIEW_OPTS,
    {"window", "DAYS", "how far apart in time two claims may describe (default 90)"},
    {"subject", "ID", "only contradictions about this subject"},
    {"official-ahead", NULL, "only pairs where an official source is ahead of ground ones"},
    {NULL, NULL, NULL}};
static const cli_opt scorecard_opts[] = {VIEW_OPTS, {NULL, NULL, NULL}};
static const cli_opt carryover_opts[] = {
    VIEW_OPTS,
    {"threshold", "X", "the least name similarity, 0..1, for a detected pair (default 0.5)"},
    {NULL, NULL, NULL}};
static const cli_opt regions_opts[] = {
    VIEW_OPTS,
    {"region", "ID", "only this region"},
    {"by", "SERIES", "the indicator the typology uses (default import_share)"},
    {"dependent", "PCT", "share at or above which a region is dependent (default 80)"},
    {"independent", "PCT", "share below which a region is independent (default 50)"},
    {"from", "YEAR", "first year of the trend (default: the earliest with data)"},
    {"to", "YEAR", "last year of the trend (default: the latest with data)"},
    {NULL, NULL, NULL}};
static const cli_opt risks_opts[] = {
    VIEW_OPTS,
    {"min-influence", "N", "the least influence of an opponent that counts (default 4)"},
    {"ever", NULL, "count opponents active at any time, not only at the as-of date"},
    {NULL, NULL, NULL}};
static const cli_opt inflation_opts[] = {
    VIEW_OPTS,
    {"from", "YEAR", "first year shown"},
    {"to", "YEAR", "last year shown"},
    {NULL, NULL, NULL}};
static const cli_opt report_opts[] = {
    VIEW_OPTS,
    {"format", "FORMAT", "text (default), md, html (one self-contained page) or json"},
    {NULL, NULL, NULL}};

static const cli_opt migrate_opts[] = {
    {"to", "DB", "copy the --db database into DB (a postgresql:// URI or a file)"},
    {"from", "DB", "copy DB into the --db database"},
    {NULL, NULL, NULL}};

static const cli_opt search_opts[] = {
    VIEW_OPTS,
    {"kind", "KIND", "only hits of this kind: project, instrument, place, actor, source, claim"},
    {"limit", "N", "show at most N hits (default 20)"},
    {NULL, NULL, NULL}};
static const cli_opt serve_opts[] = {
    {"port", "PORT", "the TCP port to listen on (default 8080; 0: any free port)"},
    {"bind", "ADDR", "the address to listen on (default 127.0.0.1; 0.0.0.0 or :: for all)"},
    {"threads", "N", "worker threads (default: the number of processors)"},
    {"request-timeout", "S",
     "close a connection whose request has not come in whole after S seconds (default 10)"},
    {"max-per-address", "N",
     "connections one client address may hold at once (default 512 of the 1,024; behind a "
     "proxy, all come from its address)"},
    {"openapi", NULL, "print the API's OpenAPI description (docs/openapi.json) and exit"},
    {"api-doc", NULL, "print the API's reference (docs/api.md) and exit"},
    {NULL, NULL, NULL}};

static const cli_opt synth_opts[] = {
    {"projects", "N", "how many projects (default 1000)"},
    {"claims-per-project", "K", "claims about each project (default 10)"},
    {"seed", "S", "the generator's seed: the same seed gives the same files (default 1)"},
    {"iati", NULL, "write one IATI 2.03 activity file at OUT instead of a bundle"},
    {NULL, NULL, NULL}};

static const cli_opt token_opts[] = {
    {"role", "ROLE", "token new: what the token may do: editor or admin (both may post claims)"},
    {"note", "TEXT", "token new: a note to tell the token by (whose it is, what for)"},
    {NULL, NULL, NULL}};

static const cli_opt import_iati_opts[] = {
    {"link", NULL, "attach an activity whose identifier is a curated project's id to that "
                   "project (its row stays as it is) instead of refusing the activity"},
    {NULL, NULL, NULL}};

static const cli_opt export_iati_opts[] = {
    {"instrument", "ID", "the projects listed in this instrument"},
    {"project", "ID", "this project (ids may also follow as arguments, or be joined by ',')"},
    {"output", "FILE", "write to FILE (through a temporary file) instead of standard output"},
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
    {"migrate", cmd_migrate, NULL, 0, 0, "Copy the whole database to or from another",
     "Copies every row of the --db database, in the order it was stored, and its log of "
     "loads into DB (--to DB), or those of DB into the --db database (--from DB), in one "
     "transaction: an SQLite file to a PostgreSQL database (postgresql://user@host:port/"
     "dbname) and back. The receiving database must hold no rows yet; it is created or "
     "migrated to the current schema as needed.",
     migrate_opts},
    {"import-iati", cmd_import_iati, "FILE...", 1, 4096,
     "Import IATI activity XML files (versions 1.0x and 2.0x)",
     "Reads each IATI activity file as a stream and stores its activities as projects, "
     "with their reporting organisation as the source, participating organisations as "
     "actors and stakes, recipient countries, regions and locations as places, and status, "
     "dates, budgets and transactions as claims (docs/iati.md). One transaction per file: "
     "malformed XML is reported as file:line:column and nothing from that file is stored. "
     "An activity with a problem is reported with its identifier and left out, or the part "
     "of it that is wrong is; the rest imports. Importing a later snapshot adds only the "
     "claims that changed. Unknown elements are skipped and counted. Exit status 1 when a "
     "file or an activity was left out.",
     import_iati_opts},
    {"export-iati", cmd_export_iati, "[PROJECT...]", 0, 100000,
     "Write projects as IATI 2.03 activity XML",
     "Writes the projects (all of them, those listed in --instrument, or those named) as an "
     "IATI 2.03 activities document that validates against the official schema: each "
     "project's current stage, latest dates, stakes, places, budgets and transactions "
     "(docs/iati.md). Importing the result and exporting again gives the same XML.",
     export_iati_opts},
    {"summary", cmd_summary, NULL, 0, 0, "Count what the database holds",
     "Prints the number of rows of each concept in the database.", NULL},
    {"status", cmd_status, "[PROJECT]", 0, 1, "The stage each project has reached",
     "Resolves each project's stage from its stage claims: later claims weigh more, source "
     "tiers weigh as docs/analyses.md tabulates, ties go to the lower stage, and an official "
     "claim never silently overrides later ground evidence. Shows a confidence, whether the "
     "stage is contested, and with PROJECT the claims behind it.",
     status_opts},
    {"slippage", cmd_slippage, "[PROJECT]", 0, 1, "Promised dates and how they slipped",
     "For every planned-date property of each project (planned_opening, "
     "planned_completion, ...), the promised dates in the order they were promised: the "
     "first promise, each postponement, the total delay in days, and whether the final "
     "promise is overdue at the as-of date. Listings' planned ends count as promises of "
     "completion made on their instrument's date.",
     slippage_opts},
    {"contradictions", cmd_contradictions, NULL, 0, 0,
     "Claims that disagree about the same thing at about the same time",
     "Pairs of claims on the same subject, property and scope whose values differ and "
     "which describe times at most --window days apart, with both sources, tiers and quotes "
     "and a severity. Pairs where an official source reports a later stage than a "
     "regional, municipal or local one are flagged official_ahead.",
     contradiction_opts},
    {"scorecard", cmd_scorecard, "[INSTRUMENT]", 0, 1,
     "What each programme listed, and what became of it",
     "For each instrument with listed projects: the listed projects by stage and side, the "
     "implementation, delivery and on-time rates, the median slippage, the programme's own "
     "reported aggregates beside the item-level record, and the coverage.",
     scorecard_opts},
    {"carryover", cmd_carryover, NULL, 0, 0, "Projects listed again in later instruments",
     "Projects listed in more than one instrument: declared (the same project, or a listing "
     "with carried_from) or detected by matching names across English, Russian and Chinese "
     "(character n-grams, a similarity score) in places that agree.",
     carryover_opts},
    {"regions", cmd_regions, NULL, 0, 0, "The partner's share of each region's trade and FDI",
     "For each region and year, the partner's share of exports, imports and inbound FDI; a "
     "typology (dependent, intermediate, independent) with stated thresholds; the "
     "Herfindahl index of export composition where the data exist; and the trend between "
     "two years.",
     regions_opts},
    {"risks", cmd_risks, NULL, 0, 0, "Projects with influential opponents",
     "Projects with an active opponent of high influence, with the opponents, and the "
     "median slippage of projects with and without them.",
     risks_opts},
    {"inflation", cmd_inflation, NULL, 0, 0, "Framework instruments against delivered projects",
     "Per year, the new framework instruments (agreements, memoranda, programmes, councils "
     "...) against the projects that reached completed or operational, and the cumulative "
     "ratio: the study's \"fictitious cooperation\" as a number.",
     inflation_opts},
    {"report", cmd_report, NULL, 0, 0, "All the findings as one report",
     "All the analyses as one readable report, headline findings first: text on a "
     "terminal, Markdown, a self-contained HTML page with inline SVG charts, or JSON.",
     report_opts},
    {"search", cmd_search, "QUERY", 1, 1, "Find names, titles, quotes and notes",
     "Full-text search in English, Russian and Chinese over the names of projects, "
     "instruments, places and actors, the titles of sources, and the quotes and notes of "
     "claims. Case, accents and letter forms are folded (ё as е), and each word of QUERY "
     "matches anywhere inside a word, so a stem (мост) finds its forms and a two-character "
     "Chinese word (黑河) is found. Hits are ranked: exact names, then names, then other "
     "text; each with the field it matched in and a snippet.",
     search_opts},
    {"serve", cmd_serve, NULL, 0, 0, "Serve the dashboard and the JSON API over HTTP",
     "Serves the database over HTTP: the dashboard at / and the JSON API under /api/ "
     "(docs/api.md), read-only for everyone; POST /api/claims appends claims for the "
     "holder of a token (amur token). Reloads when the database changes. Stops cleanly on "
     "SIGINT or SIGTERM. Listens on 127.0.0.1:8080 unless told otherwise, and prints its URL.",
     serve_opts},
    {"token", cmd_token, "new|list|revoke [ID]", 1, 2, "Make, list and revoke write tokens",
     "Tokens let their holders write through amur serve (POST /api/claims, with the header "
     "Authorization: Bearer TOKEN). token new --role editor|admin prints a new token once "
     "(32 random bytes in hex); the database keeps only its SHA-256. token list shows every "
     "token's id, role, dates and note, never the token; token revoke ID makes one useless "
     "at once.",
     token_opts},
    {"audit", cmd_audit, NULL, 0, 0, "Who wrote what through the server, and when",
     "Lists the audit log, oldest first: for each claim added through POST /api/claims, "
     "when, with which token and role. The log is append-only, like claims.",
     NULL},
    {"synth", cmd_synth, "OUT", 1, 1, "Write a synthetic dataset for benchmarks and tests",
     "Writes a reproducible synthetic bundle of N projects into the folder OUT, or with "
     "--iati an IATI 2.03 activity file at OUT (- for standard output): names in English, "
     "Russian and Chinese, projects carried into later programmes under near-duplicate "
     "names, chains of postponed opening dates, official sources ahead of local ones, "
     "opponents, regional indicators over the years. Every record is marked synthetic. "
     "The same options and seed give the same bytes.",
     synth_opts},
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
