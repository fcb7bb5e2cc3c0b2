# amur slippage on tests/bundles/slippage, as of 2024-01-01 (every claim counts).
# Worked out by hand (promises ordered by the last day they held, then date made, then
# id; compared by last day):
# bridge planned_opening: b1 2019-11 "2020" first (last 2020-12-31); b3 2020-06
#   "2021-01-31" postponement (2021-01-31; held until 2020-06-30); b2 2020 "2021-01"
#   (held until 2020-12-31) same last day: reaffirmation; b4 2021-03 "2022" postponement
#   (2022-12-31). 2 postponements; moved 2022-12-31 - 2020-12-31 = 730 days; no
#   actual_opening: 2024-01-01 - 2020-12-31 = 1096 days late, and 2022-12-31 <
#   2024-01-01: overdue.
# bridge planned_completion: l1 (prog, 2015-06-01) "2019" first (2019-12-31); b5 and l2
#   both made 2018-03, a tie broken by id: b5 "2019-06" advance (2019-06-30), then
#   l2 "2019-12" postponement (2019-12-31). delay = 2019-12-31 - 2019-12-31 = 0;
#   actual_completion b6 = 2019-11: not overdue.
# road planned_completion: l3 (2015-06-01) "2018" first; r1 and r2, the same source on the
#   same day contradicting itself, by id: r1 "2017" advance, r2 "2018" postponement;
#   r3 (2017) "2018" reaffirmation. delay 0; no actual: 2018-12-31 < 2024-01-01, overdue.
# port planned_opening: p4 2015 "2019-06" first (2019-06-30); p5 2016-02 "2018" advance
#   (2018-12-31): delay = 2018-12-31 - 2019-06-30 = -181 days (Jan..Jun 2019 =
#   31+28+31+30+31+30 = 181); overdue.
# port planned_start: p1 "2016", p2 "2016" reaffirmation; delay 0; actual_start 2016-08
#   (p3): not overdue.
# quiet: listed without a planned_end and no claims: no promised dates.
$ amur --db "$DB" -q load tests/bundles/slippage
$ amur --db "$DB" slippage --as-of 2024-01-01
$ amur --db "$DB" slippage bridge --as-of 2024-01-01
$ amur --db "$DB" slippage road --as-of 2024-01-01
$ amur --db "$DB" slippage port --as-of 2024-01-01 --property planned_opening
$ amur --db "$DB" slippage quiet
--- stdout
project  property            first    final    postponements  days_late  overdue  actual   name
───────  ──────────────────  ───────  ───────  ─────────────  ─────────  ───────  ───────  ────────
bridge   planned_completion  2019     2019-12  1              -60        no       2019-11  Bridge A
bridge   planned_opening     2020     2022     2              1096       yes               Bridge A
road     planned_completion  2018     2018     1              1827       yes               Road B
port     planned_opening     2019-06  2018     0              1646       yes               Port C
port     planned_start       2016     2016     0              -152       no       2016-08  Port C
bridge — Bridge A

planned_completion: first 2019, final 2019-12; 1 postponement, 1 advance; the promise moved 0 days
delivered 2019-11, 60 days early
actual: 2019-11 (claim b6)
made        promised  kind          source             tier     quote
──────────  ────────  ────────────  ─────────────────  ───────  ─────────────────────────
2015-06-01  2019      first         prog (listing l1)
2018-03     2019-06   advance       gov                federal  works to end by June 2019
2018-03     2019-12   postponement  plan (listing l2)

planned_opening: first 2020, final 2022; 2 postponements, 0 advances; the promise moved 730 days
not delivered: 1096 days late at 2024-01-01, overdue
made     promised    kind           source  tier         quote
───────  ──────────  ─────────────  ──────  ───────────  ────────────────────────────────────
2019-11  2020        first          news    local-media  opening in 2020
2020-06  2021-01-31  postponement   gov     federal      opening on 31 January 2021
2020     2021-01     reaffirmation  gov     federal      opening moved to January 2021
2021-03  2022        postponement   news    local-media  opening now in 2022, "at the latest"
road — Road B

planned_completion: first 2018, final 2018; 1 postponement, 1 advance; the promise moved 0 days
not delivered: 1827 days late at 2024-01-01, overdue
made        promised  kind           source             tier      quote
──────────  ────────  ─────────────  ─────────────────  ────────  ─────────────────────────────────
2015-06-01  2018      first          prog (listing l3)
2016-05-10  2017      advance        gov                federal   the road will be finished in 2017
2016-05-10  2018      postponement   gov                federal   the road will be finished in 2018
2017        2018      reaffirmation  study              academic  still promised for 2018
port — Port C

planned_opening: first 2019-06, final 2018; 0 postponements, 1 advance; the promise moved -181 days
not delivered: 1646 days late at 2024-01-01, overdue
made     promised  kind     source  tier     quote
───────  ────────  ───────  ──────  ───────  ───────────────────────────────
2015     2019-06   first    gov     federal  opening by June 2019
2016-02  2018      advance  gov     federal  opening brought forward to 2018
quiet — Quiet D

no promised dates
--- stderr
--- status
0
