# amur slippage with --as-of and --known-by on tests/bundles/slippage.
# Worked out by hand:
# --as-of 2020-06 (promises describing a time begun by 2020-06-30): bridge opening has
#   b1 "2020", b2 "2021-01", b3 (refers 2020-06) reaffirmation; b4 (2021-03) not yet:
#   final 2021-01, delay 2021-01-31 - 2020-12-31 = 31 days; 2021-01-31 < 2020-06-01 is
#   false: not overdue. port opening: final 2018, 2018-12-31 < 2020-06-01: overdue.
# --as-of 2021-02: b4 (2021-03-01 > 2021-02-28) still out; final 2021-01:
#   2021-01-31 < 2021-02-01: overdue.
# --known-by 2020-03: b2 is dated 2020, so may have been made in December (last day
#   2020-12-31 > 2020-03-31): out, and b3, b4 too; only b1 "2020": delay 0, overdue.
# --known-by 2020 --overdue: b2 and b3 count, b4 (2021-03) not: bridge opening final
#   2021-01, 31 days, overdue; with road and port opening, also overdue; bridge completion
#   and port start happened, so they are left out.
# --as-of 2018-06 road: 2018-12-31 < 2018-06-01 is false: not overdue.
$ amur --db "$DB" -q load tests/bundles/slippage
$ amur --db "$DB" slippage --as-of 2020-06 --property planned_opening
$ amur --db "$DB" slippage --as-of 2021-02 --property planned_opening
$ amur --db "$DB" slippage --known-by 2020-03 --as-of 2024-01-01 --property planned_opening
$ amur --db "$DB" slippage --known-by 2020 --as-of 2024-01-01 --overdue
$ amur --db "$DB" slippage road --as-of 2018-06
--- stdout
project  property         first    final       postponements  days_late  overdue  actual  name
───────  ───────────────  ───────  ──────────  ─────────────  ─────────  ───────  ──────  ────────
bridge   planned_opening  2020     2021-01-31  1              0          no               Bridge A
port     planned_opening  2019-06  2018        0              366        yes              Port C
project  property         first    final       postponements  days_late  overdue  actual  name
───────  ───────────────  ───────  ──────────  ─────────────  ─────────  ───────  ──────  ────────
bridge   planned_opening  2020     2021-01-31  1              59         yes              Bridge A
port     planned_opening  2019-06  2018        0              609        yes              Port C
project  property         first    final  postponements  days_late  overdue  actual  name
───────  ───────────────  ───────  ─────  ─────────────  ─────────  ───────  ──────  ────────
bridge   planned_opening  2020     2020   0              1096       yes              Bridge A
port     planned_opening  2019-06  2018   0              1646       yes              Port C
project  property            first    final       postponements  days_late  overdue  actual  name
───────  ──────────────────  ───────  ──────────  ─────────────  ─────────  ───────  ──────  ────────
bridge   planned_opening     2020     2021-01-31  1              1096       yes              Bridge A
road     planned_completion  2018     2018        1              1827       yes              Road B
port     planned_opening     2019-06  2018        0              1646       yes              Port C
road — Road B

planned_completion: first 2018, final 2018; 1 postponement, 1 advance; the promise moved 0 days
not delivered: 0 days late at 2018-06
made        promised  kind           source             tier      quote
──────────  ────────  ─────────────  ─────────────────  ────────  ─────────────────────────────────
2015-06-01  2018      first          prog (listing l3)
2016-05-10  2017      advance        gov                federal   the road will be finished in 2017
2016-05-10  2018      postponement   gov                federal   the road will be finished in 2018
2017        2018      reaffirmation  study              academic  still promised for 2018
--- stderr
--- status
0
