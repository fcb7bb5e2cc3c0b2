# Each analysis is declared once (present/views.h): the command line and
# the API take the same parameters, with the same defaults and messages.
# A programme's projects by delay: slippage --instrument (and
# /api/slippage?instrument=); the listings take every filter the API does.
$ amur --db "$DB" -q load tests/bundles/slippage
$ amur --db "$DB" slippage --instrument plan --as-of 2021
$ amur --db "$DB" --json slippage --instrument plan --as-of 2021 | jq -c '[.[] | [.project, .property]]'
$ amur --db "$DB" slippage --instrument plna; echo "status $?"
$ amur --db "$DB" sources --language xx; echo "status $?"
$ amur --db "$DB" status --as-of 2021-13; echo "status $?"
$ amur --db "$DB" inflation --from 2020 --to 2010; echo "status $?"
$ amur help slippage | grep -e --instrument -e --as-of
--- stdout
project  property            first  final    postponements  days_late  overdue  actual   name
───────  ──────────────────  ─────  ───────  ─────────────  ─────────  ───────  ───────  ────────
bridge   planned_completion  2019   2019-12  1              -60        no       2019-11  Bridge A
bridge   planned_opening     2020   2022     2              365        no                Bridge A
[["bridge","planned_completion"],["bridge","planned_opening"]]
status 1
status 1
status 2
status 2
  --instrument ID      only the projects this instrument lists
  --as-of DATE         the state of things on this date, from the claims describing it (default: today)
--- stderr
amur: slippage: no instrument 'plna'; did you mean 'plan'?
amur: no source has language 'xx'
amur: status: --as-of: '2021-13': month out of range (01-12)
amur: inflation: --to (2010) must not be below --from (2020)
--- status
0
