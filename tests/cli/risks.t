# amur risks on tests/bundles/risks. Worked out by hand.
# Stakes: s1 p1 opponent 4 1990-2017; s2 p1 supporter (never counts); s3 p2 opponent 2
# from 2010; s4 p3 opponent 5 from 2019; s5 p3 opponent 4 until 2012; s6 p2 opponent 4
# in 2016-06. Delays (promises passing --as-of): p1 opening 2016 (c1, 2014) -> 2018
# (c2, 2016) = 2018-12-31 - 2016-12-31 = 730; p2 completion 2015 -> 2016-03 =
# 2016-03-31 - 2015-12-31 = 31 + 29 (2016 is a leap year) + 31 = 91; p3 opening 2020
# (c5, 2019) = 0; p4 nothing.
# --as-of 2015: active >= 4: s1 only (s5 ended 2012, s4 and s6 begin later): p1, whose c2
#   (2016) is not yet made: delay 0. Without: p2 (91; c4 refers to 2015), p3 (c5 not yet:
#   none), p4: 3 projects, 1 with a delay, median 91.
# --as-of 2016: s1 and s6 (2016-06 overlaps 2016): p1 730, p2 91: median
#   (91 + 730) / 2 = 410.5. Without: p3 (c5 not yet), p4: 2 projects, none with a delay.
# --as-of 2024-01-01 --min-influence 2: s1 ended 2017, s3 (2) and s4 (5) open-ended:
#   p2 91, p3 0: median 45.5; without: p1 730, p4: median 730 over 1.
# --ever: every opponent >= 4: s1 (p1), s6 (p2), s4 and s5 (p3): delays 730, 91, 0:
#   median 91; without: p4 alone, no delay.
$ amur --db "$DB" -q load tests/bundles/risks
$ amur --db "$DB" risks --as-of 2015
$ amur --db "$DB" risks --as-of 2016
$ amur --db "$DB" risks --as-of 2024-01-01 --min-influence 2
$ amur --db "$DB" risks --ever --as-of 2024-01-01
--- stdout
project  opponent  actor         influence  from  to    days_late  name
───────  ────────  ────────────  ─────────  ────  ────  ─────────  ──────────
p1       port      A port owner  4          1990  2017  0          Bridge One

with active opponents of influence >= 4: 1 project, 1 with days late, median 0
without: 3 projects, 0 with days late, median undefined

Too few projects to compare: 1 with such opponents and 0 without, of the same period, have days late; at least 3 on each side are needed.
project  opponent  actor               influence  from     to       days_late  name
───────  ────────  ──────────────────  ─────────  ───────  ───────  ─────────  ────────────
p1       port      A port owner        4          1990     2017     0          Bridge One
p2       council   A regional council  4          2016-06  2016-06  366        Crossing Two

with active opponents of influence >= 4: 2 projects, 2 with days late, median 183
without: 2 projects, 0 with days late, median undefined

Too few projects to compare: 2 with such opponents and 0 without, of the same period, have days late; at least 3 on each side are needed.
project  opponent  actor                influence  from  to  days_late  name
───────  ────────  ───────────────────  ─────────  ────  ──  ─────────  ────────────
p2       assoc     A local association  2          2010      2923       Crossing Two
p3       council   A regional council   5          2019      1096       Zone Three

with active opponents of influence >= 2: 2 projects, 2 with days late, median 2009.5
without: 2 projects, 1 with days late, median 2557

Too few projects to compare: 2 with such opponents and 1 without, of the same period, have days late; at least 3 on each side are needed.
project  opponent  actor               influence  from     to       days_late  name
───────  ────────  ──────────────────  ─────────  ───────  ───────  ─────────  ────────────
p1       port      A port owner        4          1990     2017     2557       Bridge One
p2       council   A regional council  4          2016-06  2016-06  2923       Crossing Two
p3       council   A regional council  5          2019              1096       Zone Three
p3       port      A port owner        4                   2012     1096       Zone Three

with any opponents of influence >= 4: 3 projects, 3 with days late, median 2557
without: 1 project, 0 with days late, median undefined

Too few projects to compare: 3 with such opponents and 0 without, of the same period, have days late; at least 3 on each side are needed.
--- stderr
--- status
0
