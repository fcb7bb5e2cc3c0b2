/*
** main.c — amur's entry point: the table of subcommands, and dispatch.
**
** Each entry is the whole declaration of a command: its handler, its
** arguments and options, its one-line summary and its help; the analyses
** are declared in the table of present/views.h and join these in
** between. `amur help`, `amur help CMD` and the man page (docs/amur.1,
** from `amur help --man`) are all written from the joined table. Errors come back from the handlers as
** values and are reported here, once.
*/
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "analyze/extract.h"
#include "analyze/search.h"
#include "cli/cli.h"
#include "present/records.h"
#include "present/table.h"
#include "present/report.h"
#include "present/views.h"

/* Options that commands read as they are given (cli_opt_value()); the
** analyses' options are declared with them, in analyze/X.h. */
#define OPT(n, m, h) {.name = n, .type = PARAM_TEXT, .meta = m, .where = PARAM_CLI, .help = h}
#define FLAG(n, h) {.name = n, .type = PARAM_FLAG, .where = PARAM_CLI, .help = h}

static const param migrate_opts[] = {
    OPT("to", "DB", "copy the --db database into DB (a postgresql:// URI or a file)"),
    OPT("from", "DB", "copy DB into the --db database"), {0}};

static const param serve_opts[] = {
    OPT("port", "PORT", "the TCP port to listen on (default 8080; 0: any free port)"),
    OPT("bind", "ADDR", "the address to listen on (default 127.0.0.1; 0.0.0.0 or :: for all)"),
    OPT("threads", "N", "worker threads (default: the number of processors)"),
    OPT("request-timeout", "S",
        "close a connection whose request has not come in whole after S seconds (default 10)"),
    OPT("max-per-address", "N",
        "connections one client address (an IPv6 /64) may hold at once (default 64, a "
        "sixteenth of the 1,024; behind a proxy all come from its address: raise it to 1024)"),
    OPT("lock-wait", "MS",
        "how long a write (POST) waits for a lock another writer, such as a load, holds, in "
        "milliseconds (default 5000, at most 3600000); then it is answered 503 with "
        "Retry-After and nothing is stored"),
    OPT("subject-cache", "N",
        "answers about one subject (a project's page, an analysis of one project) kept, the "
        "least recently used going first (default 4096, each at most 256 KiB twice, plain "
        "and gzipped)"),
    FLAG("openapi", "print the API's OpenAPI description (docs/openapi.json) and exit"),
    FLAG("api-doc", "print the API's reference (docs/api.md) and exit"), {0}};

static const param synth_opts[] = {
    OPT("projects", "N", "how many projects (default 1000)"),
    OPT("claims-per-project", "K", "claims about each project (default 10)"),
    OPT("seed", "S", "the generator's seed: the same seed gives the same files (default 1)"),
    FLAG("iati", "write one IATI 2.03 activity file at OUT instead of a bundle"), {0}};

static const param token_opts[] = {
    OPT("role", "ROLE", "token new: what the token may do: editor or admin (both may post claims)"),
    OPT("note", "TEXT", "token new: a note to tell the token by (whose it is, what for)"), {0}};

static const param export_opts[] = {
    FLAG("for-spreadsheet", "put ' before a cell that begins with = + - @ tab or CR, so a "
                            "spreadsheet does not run it as a formula (not exact)"),
    {0}};

static const param import_iati_opts[] = {
    FLAG("link", "attach an activity whose identifier is a curated project's id to that "
                 "project (its row stays as it is) instead of refusing the activity"),
    {0}};

static const param export_iati_opts[] = {
    OPT("instrument", "ID", "the projects listed in this instrument"),
    OPT("project", "ID", "this project (ids may also follow as arguments, or be joined by ',')"),
    OPT("output", "FILE", "write to FILE (through a temporary file) instead of standard output"),
    {0}};

static const param proposals_opts[] = {
    OPT("status", "S", "list: only proposals that are pending, accepted or rejected"),
    OPT("set", "FIELD=VALUE",
        "accept: change a field of the claim first (value, date, quote...; source_tier=... for "
        "a new source); may be given again; FIELD= empties it"),
    OPT("reviewer", "NAME", "accept, reject: who decides (kept with the proposal)"),
    OPT("reason", "TEXT", "reject: why (kept with the proposal)"), {0}};
#define LIST_HELP(what)                                                                    \
    "Lists the " what " in the database as an aligned table, or with --json as a JSON "   \
    "array of objects with every column (names as \"name\" and \"names\")."

/* The commands before the analyses (present/views.h) in help, */
static const command commands[] = {
    {"check", cmd_check, "DIR", 1, 1, "Check a dataset bundle without storing anything",
     "Reads every CSV file of the bundle in DIR and reports every problem as "
     "file:line: column: message: missing or unknown columns, empty required fields, "
     "invalid UTF-8, malformed or impossible dates, values outside a vocabulary, duplicate "
     "ids, references to rows that exist neither in the bundle nor in the database, ends "
     "before starts, actual dates later than the claim that reports them, and changed "
     "claims. Exit status 1 when there is any. The bundle format is in docs/dataset.md.",
     NULL, 0, NULL},
    {"load", cmd_load, "DIR", 1, 1, "Load a dataset bundle into the database",
     "Checks the bundle in DIR as amur check does and, if it is clean, stores it in one "
     "transaction: all or nothing. Loading the same bundle twice changes nothing; a changed "
     "bundle updates what changed. Claims are never changed or deleted. Creates the "
     "database if there is none.",
     NULL, 0, NULL},
    {"export", cmd_export, "DIR", 1, 1, "Write the database out as a dataset bundle",
     "Writes one CSV file per concept into DIR (created if needed), every column, rows in "
     "the order they were first stored. Loading the result into an empty database and "
     "exporting again gives identical files.",
     export_opts, 0, NULL},
    {"migrate", cmd_migrate, NULL, 0, 0, "Copy the whole database to or from another",
     "Copies the whole --db database into DB (--to DB), or DB into the --db database "
     "(--from DB), in one transaction: every record, in the order it was stored; the log "
     "of loads; the write tokens (their hashes, roles, notes and revocations, so a token "
     "works on the copy and a revoked one stays revoked); the audit log; and the IATI "
     "flows, and the review queue's proposals. An SQLite file goes to a PostgreSQL database (postgresql://user@host:port/"
     "dbname) and back. Then it compares the row count and a SHA-256 checksum of every "
     "table on both sides and lists them. The receiving database must hold no rows yet; "
     "it is created or migrated to the current schema as needed.",
     migrate_opts, 0, NULL},
    {"import-iati", cmd_import_iati, "FILE...", 1, 4096,
     "Import IATI activity XML files (versions 1.0x and 2.0x)",
     "Reads each IATI activity file as a stream and stores its activities as projects, "
     "with their reporting organisation as the source, participating organisations as "
     "actors and stakes, recipient countries, regions and locations as places, status and "
     "dates as claims, and transactions, budgets and planned disbursements as flows, every "
     "one kept (amur flows adds them up; docs/iati.md). One transaction per file: "
     "malformed XML is reported as file:line:column and nothing from that file is stored. "
     "An activity with a problem is reported with its identifier and left out, or the part "
     "of it that is wrong is; the rest imports. Importing a later snapshot adds only the "
     "claims that changed, and replaces the flows the publisher stated before (the earlier "
     "ones stay as history). An identifier that is a curated project's is refused unless "
     "--link says to attach the activity to it. Unknown elements are skipped and counted. "
     "Exit status 1 when a file or an activity was left out.",
     import_iati_opts, 0, NULL},
    {"export-iati", cmd_export_iati, "[PROJECT...]", 0, 100000,
     "Write projects as IATI 2.03 activity XML",
     "Writes the projects (all of them, those listed in --instrument, or those named) as an "
     "IATI 2.03 activities document that validates against the official schema: each "
     "project's current stage, latest dates, stakes, places, budgets and transactions "
     "(docs/iati.md). Importing the result and exporting again gives the same XML.",
     export_iati_opts, 0, NULL},
    {"summary", cmd_summary, NULL, 0, 0, "Count what the database holds",
     "Prints the number of rows of each concept in the database, and of IATI flows when "
     "there are any.", NULL, 0, NULL},
};

/* and those after them. */
static const command more_commands[] = {
    {"report", cmd_report, NULL, 0, 0, "All the findings as one report",
     "All the analyses as one readable report, headline findings first: text on a "
     "terminal, Markdown, a self-contained HTML page with inline SVG charts, or JSON.",
     report_params, 1, NULL},
    {"search", cmd_search, "QUERY", 1, 1, "Find names, titles, quotes and notes",
     "Full-text search in English, Russian and Chinese over the names of projects, "
     "instruments, places and actors, the titles of sources, and the quotes and notes of "
     "claims. Case, accents and letter forms are folded (ё as е), and each word of QUERY "
     "matches anywhere inside a word, so a stem (мост) finds its forms and a two-character "
     "Chinese word (黑河) is found. Hits are ranked: exact names, then names, then other "
     "text; each with the field it matched in and a snippet.",
     search_params, 1, NULL},
    {"extract", cmd_extract, "ARTICLE", 1, 1, "Propose claims from a news article",
     "Reads one article (a file of plain text or HTML, or - for standard input; Russian, "
     "Chinese or English, told by its script) and proposes candidate claims: the stored "
     "project it names (through its names in English, Russian and Chinese, inflected "
     "Russian forms and spelling variants included), the stage, promised or actual date, "
     "cost or capacity it reports, its dates resolved against the article's date into "
     "partial dates no more precise than the text, the sentence as the quote (at most 25 "
     "words), and a confidence with its reasons (docs/analyses.md). Nothing is stored: the "
     "candidates print as a table, with --json one object each, or with --bundle DIR as "
     "claims.csv (and sources.csv for a new source) that amur check accepts. Input over "
     "2 MiB, binary, not UTF-8 or in another script is refused, exit 1; so is an article "
     "that names no stored project.",
     ext_params, 0, NULL},
    {"serve", cmd_serve, NULL, 0, 0, "Serve the dashboard and the JSON API over HTTP",
     "Serves the database over HTTP: the dashboard at / and the JSON API under /api/ "
     "(docs/api.md), read-only for everyone; POST /api/claims appends claims for the "
     "holder of a token (amur token). Reloads when the database changes. Stops cleanly on "
     "SIGINT or SIGTERM. Listens on 127.0.0.1:8080 unless told otherwise, and prints its URL.",
     serve_opts, 0, NULL},
    {"token", cmd_token, "new|list|revoke [ID]", 1, 2, "Make, list and revoke write tokens",
     "Tokens let their holders write through amur serve (POST /api/claims, with the header "
     "Authorization: Bearer TOKEN). token new --role editor|admin prints a new token once "
     "(32 random bytes in hex); the database keeps only its SHA-256. token list shows every "
     "token's id, role, dates and note, never the token; token revoke ID makes one useless "
     "at once.",
     token_opts, 0, NULL},
    {"audit", cmd_audit, NULL, 0, 0, "Who wrote what through the server, and when",
     "Lists the audit log, oldest first: for each claim added through POST /api/claims, "
     "when, with which token and role. The log is append-only, like claims.",
     NULL, 0, NULL},
    {"proposals", cmd_proposals, "list|add FILE|accept ID|reject ID", 1, 2,
     "Review proposed claims: list, add, accept, reject",
     "The review queue: candidate claims wait here for a person's decision, and none "
     "becomes a claim without one. proposals add FILE (- for standard input) stores the "
     "candidates of amur extract --json as pending proposals, never as claims, after "
     "checking their shape (exit 1 and nothing stored on any problem). proposals list "
     "[--status S] shows them. proposals accept ID --reviewer NAME [--set FIELD=VALUE...] "
     "writes the proposal's claim (and its new source) through the checks of amur load, "
     "in one transaction with the decision and an entry of the load log; a bad edit is "
     "reported as proposals:ID: FIELD: message, exit 1, nothing stored. proposals reject "
     "ID --reason TEXT --reviewer NAME keeps the reason. A proposal is decided once. The "
     "same queue is POST /api/proposals and the dashboard's review page (docs/api.md).",
     proposals_opts, 0, NULL},
    {"synth", cmd_synth, "OUT", 1, 1, "Write a synthetic dataset for benchmarks and tests",
     "Writes a reproducible synthetic bundle of N projects into the folder OUT, or with "
     "--iati an IATI 2.03 activity file at OUT (- for standard output): names in English, "
     "Russian and Chinese, projects carried into later programmes under near-duplicate "
     "names, chains of postponed opening dates, official sources ahead of local ones, "
     "opponents, regional indicators over the years. Every record is marked synthetic. "
     "The same options and seed give the same bytes.",
     synth_opts, 0, NULL},
    {"sources", cmd_list, NULL, 0, 0, "List sources", LIST_HELP("sources"), rec_source_filters, 0, NULL},
    {"places", cmd_list, NULL, 0, 0, "List places: countries, regions, cities, crossings",
     LIST_HELP("places"), rec_place_filters, 0, NULL},
    {"actors", cmd_list, NULL, 0, 0, "List actors", LIST_HELP("actors"), rec_actor_filters, 0, NULL},
    {"instruments", cmd_list, NULL, 0, 0, "List laws, programmes, agreements and bodies",
     LIST_HELP("instruments"), rec_instrument_filters, 0, NULL},
    {"projects", cmd_list, NULL, 0, 0, "List projects", LIST_HELP("projects"), rec_project_filters, 0, NULL},
    {"listings", cmd_list, NULL, 0, 0, "List projects as listed in instruments",
     LIST_HELP("listings"), rec_listing_filters, 0, NULL},
    {"stakes", cmd_list, NULL, 0, 0, "List actors' stakes in projects", LIST_HELP("stakes"),
     rec_stake_filters, 0, NULL},
    {"claims", cmd_list, NULL, 0, 0, "List claims, with their source's tier",
     LIST_HELP("claims") " Each claim also has its source's \"tier\".", rec_claim_filters, 0, NULL},
    {"indicators", cmd_list, NULL, 0, 0, "List regional indicators", LIST_HELP("indicators"),
     rec_indicator_filters, 0, NULL},
    {"version", cmd_version, NULL, 0, 0, "Print the version", "Prints amur's version.",
     NULL, 0, NULL},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])
#define NMORE (sizeof more_commands / sizeof more_commands[0])

int cmd_version(cli *c)
{
    (void)c;
    printf("%s\n", cli_version());
    return AMUR_OK;
}

int main(int argc, char **argv)
{
    command all[CLI_MAX_COMMANDS];
    size_t n;
    cli c;
    int help, rc;

    memset(&c, 0, sizeof c);
    /* widths of Cyrillic and Chinese text come from a UTF-8 locale */
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
        setlocale(LC_CTYPE, "");
    if (NCOMMANDS + NMORE + analyses_count > CLI_MAX_COMMANDS) {
        fprintf(stderr, "amur: more analyses than the command table holds\n");
        return AMUR_ESYS;
    }
    n = cli_table(commands, NCOMMANDS, more_commands, NMORE, all);
    if (argc == 3 && strcmp(argv[1], "help") == 0 && strcmp(argv[2], "--man") == 0) {
        cli_man(all, n, stdout);
        return AMUR_OK;
    }
    if (argc == 2 && strcmp(argv[1], "--version") == 0)
        return cmd_version(&c);
    rc = cli_parse(&c, all, n, argc, argv, &help);
    if (rc == AMUR_OK && help) {
        cli_help(all, n, c.cmd, stdout);
    } else if (rc == AMUR_OK) {
        rc = c.cmd->run(&c);
    }
    if (rc != AMUR_OK)
        table_printf(stderr, "amur: %s\n", c.err.msg[0] ? c.err.msg : "failed");
    cli_done(&c);
    if (fflush(stdout) != 0 && rc == AMUR_OK) {
        fprintf(stderr, "amur: write error on standard output\n");
        rc = AMUR_ESYS;
    }
    return rc;
}
