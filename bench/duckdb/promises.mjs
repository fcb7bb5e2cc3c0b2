// bench/duckdb/promises.mjs BUNDLE_DIR — the SQL an analyst would write in
// DuckDB over an Amur bundle's CSV files, the peer `make bench` measures
// `amur slippage` and `amur status` against (issue 19, docs/performance.md):
//   1. promise histories: per subject and planned_* property, the first and
//      the latest promise and the number of postponements (a promise whose
//      last day is later than the one before it), promises in the order
//      they were made (the last day of the claim's date, then the date,
//      then the id), as docs/analyses.md "Slippage" orders them;
//   2. the share of delivered projects: those whose newest stage claim is
//      completed or operational.
// It is the analyst's version, not Amur's: no clocks, no parts, no
// listings, no tiers. Reading the CSV is part of the time, as it is of
// the analyst's. Prints one line of counts, so a run that read nothing shows.
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
    console.error('usage: node promises.mjs BUNDLE_DIR');
    process.exit(2);
}
const csv = (name) => `'${join(dir, name).replaceAll("'", "''")}'`;

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const one = async (sql) => (await (await con.run(sql)).getRows())[0];

// A partial date (2020, 2020-03, 2020-03-15) to its last day.
await con.run(`CREATE MACRO last_day_of(v) AS CASE
    WHEN length(v) = 4 THEN make_date(TRY_CAST(v AS INT), 12, 31)
    WHEN length(v) = 7 THEN last_day(make_date(TRY_CAST(substr(v, 1, 4) AS INT),
                                               TRY_CAST(substr(v, 6, 2) AS INT), 1))
    ELSE TRY_CAST(v AS DATE) END`);
await con.run(`CREATE TABLE claims AS
    SELECT * FROM read_csv(${csv('claims.csv')}, header = true, all_varchar = true)`);

const hist = await one(`
    WITH p AS (
        SELECT subject, property, value, id, date,
               last_day_of(value) AS promised, last_day_of(date) AS said
        FROM claims
        WHERE starts_with(property, 'planned_') AND last_day_of(value) IS NOT NULL),
    o AS (
        SELECT *, lag(promised) OVER (PARTITION BY subject, property
                                      ORDER BY said, date, id) AS before
        FROM p),
    h AS (
        SELECT subject, property,
               first(value ORDER BY said, date, id) AS first_promise,
               last(value ORDER BY said, date, id) AS latest_promise,
               count(*) FILTER (WHERE promised > before) AS postponements
        FROM o GROUP BY subject, property)
    SELECT count(*) AS histories, sum(postponements) AS postponements,
           count(*) FILTER (WHERE first_promise <> latest_promise) AS moved
    FROM h`);

const share = await one(`
    WITH s AS (
        SELECT subject, last(value ORDER BY last_day_of(date), date, id) AS stage
        FROM claims WHERE property = 'stage' GROUP BY subject)
    SELECT count(*) AS projects,
           count(*) FILTER (WHERE s.stage IN ('completed', 'operational')) AS delivered
    FROM read_csv(${csv('projects.csv')}, header = true, all_varchar = true) AS p
    LEFT JOIN s ON s.subject = p.id`);

console.log(`histories=${hist[0]} postponements=${hist[1]} moved=${hist[2]} ` +
            `projects=${share[0]} delivered=${share[1]}`);
