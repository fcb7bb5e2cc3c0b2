# amur flows: the money IATI activities report, added up by year, kind,
# type and currency (docs/analyses.md, "Money reported"); the worked example
# there. A later snapshot replaces an earlier one (USD 6,000 becomes 1,500),
# --known-by gives what was known then, --as-of leaves out transactions not
# yet made, currencies are never added together.
$ amur -q --db "$DB" load tests/bundles/small
$ amur -q --db "$DB" import-iati tests/iati/snapshot-a.xml tests/iati/snapshot-b.xml tests/iati/money.xml 2>/dev/null
$ amur --db "$DB" flows --as-of 2026-12-05
$ amur --db "$DB" flows --as-of 2026-12-05 --known-by 2020-06-01
$ amur --db "$DB" flows --as-of 2019-06-15 --known-by 2020-06-01
$ amur --db "$DB" flows --as-of 2026-12-05 --by publisher --kind budget
$ amur --db "$DB" --json flows --as-of 2026-12-05 --project M-1 --from 2021 | jq -c '.[] | [.name, .year, .kind, .type, .currency, .total, .count]'
# per programme: a project counts in each programme it is listed in
$ mkdir "$TMP/l" && printf 'id,instrument,project\nl-snap,prog-2009,XM-TEST-SNAP\n' >"$TMP/l/listings.csv" && amur -q --db "$DB" load "$TMP/l"
$ amur --db "$DB" flows --as-of 2026-12-05 --by instrument
$ amur --db "$DB" --json flows --as-of 2026-12-05 --instrument prog-2009 | jq -c 'map(.group)'
# the report has a section when there are flows
$ amur --db "$DB" report --as-of 2026-12-05 | sed -n '/^Money reported to IATI/,/^Snapshots/p'
# bad values: the parameter's message, and a suggestion
$ amur --db "$DB" flows --by region; echo "exit $?"
$ amur --db "$DB" flows --project M-2; echo "exit $?"
# no flows at all
$ amur --db "$TMP/none.db" -q load tests/bundles/small && amur --db "$TMP/none.db" flows --as-of 2026-12-05
--- stdout
group      year  kind                  type          currency  total       flows
─────────  ────  ────────────────────  ────────────  ────────  ──────────  ─────
Money      2020  budget                original      CNY       1500000.50  1
Money      2020  transaction           disbursement  USD       150000      2
Money      2021  budget                revised       USD       200000      1
Money      2021  planned-disbursement  original      USD       50000       1
Snapshots  2019  transaction           disbursement  USD       1500        2

7 flows in 5 totals over 2 projects; amounts in the currency each flow gives, never converted
group      year  kind         type          currency  total  flows
─────────  ────  ───────────  ────────────  ────────  ─────  ─────
Snapshots  2019  transaction  disbursement  USD       6000   2

2 flows in 1 total over 1 project; amounts in the currency each flow gives, never converted
group      year  kind         type          currency  total  flows
─────────  ────  ───────────  ────────────  ────────  ─────  ─────
Snapshots  2019  transaction  disbursement  USD       1000   1

1 flow in 1 total over 1 project; amounts in the currency each flow gives, never converted
group          year  kind    type      currency  total       flows
─────────────  ────  ──────  ────────  ────────  ──────────  ─────
Test Ministry  2020  budget  original  CNY       1500000.50  1
Test Ministry  2021  budget  revised   USD       200000      1

2 flows in 2 totals over 1 publisher; amounts in the currency each flow gives, never converted
["Money",2021,"budget","revised","USD",200000,1]
["Money",2021,"planned-disbursement","original","USD",50000,1]
group                                year  kind         type          currency  total  flows
───────────────────────────────────  ────  ───────────  ────────────  ────────  ─────  ─────
Programme of cooperation, 2009–2018  2019  transaction  disbursement  USD       1500   2

2 flows in 1 total over 1 instrument; amounts in the currency each flow gives, never converted
["XM-TEST-SNAP"]
Money reported to IATI
──────────

7 flows (transactions, budgets, planned disbursements) of 2 activities, from each publisher's latest report; transactions by project and year below, in the currency each gives.

project    year  kind         type          currency  total   flows
─────────  ────  ───────────  ────────────  ────────  ──────  ─────
Money      2020  transaction  disbursement  USD       150000  2
Snapshots  2019  transaction  disbursement  USD       1500    2
exit 2
exit 1
no flows: only activities imported with amur import-iati report money
--- stderr
amur: flows: --by: 'region' is not one of project, publisher, instrument
amur: flows: no project 'M-2'; did you mean 'M-1'?
--- status
0
