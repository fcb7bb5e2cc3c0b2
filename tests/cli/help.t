# Help for the program and for one command.
$ amur help
$ amur help claims
$ amur load --help
--- stdout
amur — an evidence-based observatory for cross-border cooperation programmes

usage: amur [--db PATH] [--json] COMMAND [ARGS]

commands:
  check           Check a dataset bundle without storing anything
  load            Load a dataset bundle into the database
  export          Write the database out as a dataset bundle
  migrate         Copy the whole database to or from another
  import-iati     Import IATI activity XML files (versions 1.0x and 2.0x)
  export-iati     Write projects as IATI 2.03 activity XML
  summary         Count what the database holds
  status          The stage each project has reached
  scorecard       What each programme listed, and what became of it
  contradictions  Claims that disagree about the same thing at about the same time
  slippage        Promised dates and how they slipped
  carryover       Projects listed again in later instruments
  regions         The partner's share of each region's trade and FDI
  risks           Projects with influential opponents
  inflation       Framework instruments against delivered projects
  flows           Money IATI activities report, added up by year and type
  changes         What changed between what was known on two dates
  report          All the findings as one report
  search          Find names, titles, quotes and notes
  extract         Propose claims from a news article
  serve           Serve the dashboard and the JSON API over HTTP
  token           Make, list and revoke write tokens
  audit           Who wrote what through the server, and when
  proposals       Review proposed claims: list, add, accept, reject
  synth           Write a synthetic dataset for benchmarks and tests
  sources         List sources
  places          List places: countries, regions, cities, crossings
  actors          List actors
  instruments     List laws, programmes, agreements and bodies
  projects        List projects
  listings        List projects as listed in instruments
  stakes          List actors' stakes in projects
  claims          List claims, with their source's tier
  indicators      List regional indicators
  version         Print the version

global options:
  --db PATH            the database: a SQLite file, or postgresql://user@host:port/dbname (default: $AMUR_DB, else amur.db)
  --json               print a JSON array of objects instead of a table
  --quiet              print nothing but errors
  --help               show help for the command

exit status: 0 success, 1 data error, 2 usage error, 3 system error
amur help COMMAND tells more about one command.
usage: amur claims [options]

List claims, with their source's tier.

Lists the claims in the database as an aligned table, or with --json as a
JSON array of objects with every column (names as "name" and "names"). Each
claim also has its source's "tier".

options:
  --subject ID         only claims about this subject
  --property P         only claims on this property
  --source ID          only claims from this source
  --sort [-]COLUMN     sort by this column (name: the English name), largest first with a leading '-'; empty values last, ties by id

global options:
  --db PATH            the database: a SQLite file, or postgresql://user@host:port/dbname (default: $AMUR_DB, else amur.db)
  --json               print a JSON array of objects instead of a table
  --quiet              print nothing but errors
  --help               show help for the command
usage: amur load DIR [options]

Load a dataset bundle into the database.

Checks the bundle in DIR as amur check does and, if it is clean, stores it
in one transaction: all or nothing. Loading the same bundle twice changes
nothing; a changed bundle updates what changed. Claims are never changed or
deleted. Creates the database if there is none.

global options:
  --db PATH            the database: a SQLite file, or postgresql://user@host:port/dbname (default: $AMUR_DB, else amur.db)
  --json               print a JSON array of objects instead of a table
  --quiet              print nothing but errors
  --help               show help for the command
--- stderr
--- status
0
