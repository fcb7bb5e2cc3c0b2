# A later snapshot adds only what changed: the moved planned completion.
# Re-importing the same file adds nothing. Slippage: 2019-12-31 promised on
# 2018-01-15, postponed on 2019-11-20 to 2020-05-31: 152 days.
$ amur --db "$DB" -q import-iati tests/iati/snapshot1.xml
$ amur --db "$DB" import-iati tests/iati/snapshot1.xml | head -1
$ amur --db "$DB" import-iati tests/iati/snapshot2.xml | head -1
$ amur --db "$DB" slippage XM-TEST-BRIDGE --as-of 2021-01-01
--- stdout
imported tests/iati/snapshot1.xml: 1 activity, 0 left out, 0 problems; 0 added, 0 changed
imported tests/iati/snapshot2.xml: 1 activity, 0 left out, 0 problems; 1 added, 0 changed
XM-TEST-BRIDGE — Border bridge

planned_completion: first 2019-12-31, final 2020-05-31; 1 postponement, 0 advances; the promise moved 152 days
not delivered: 367 days late at 2021-01-01, overdue
made        promised    kind          source        tier              quote
──────────  ──────────  ────────────  ────────────  ────────────────  ─────
2018-01-15  2019-12-31  first         iati:XM-TEST  foreign-official
2019-11-20  2020-05-31  postponement  iati:XM-TEST  foreign-official

planned_start: first 2016-12-24, final 2016-12-24; 0 postponements, 0 advances; the promise moved 0 days
delivered (the record gives no date)
made        promised    kind   source        tier              quote
──────────  ──────────  ─────  ────────────  ────────────────  ─────
2018-01-15  2016-12-24  first  iati:XM-TEST  foreign-official
--- status
0
