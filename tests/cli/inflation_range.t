# --from/--to narrow the years shown; cumulative counts still start at the
# first year (see inflation.t):
#   --from 2015 --to 2016: 2015 (1, 1, 3, 1, 3) and 2016 (1, 0, 4, 1, 4).
#   --to 2014: only 2014, no delivery yet: the ratio is undefined.
# The clocks:
#   --as-of 2016-12-31 drops f6 (2018) and every claim describing 2017 or
#     later (x3 refers to 2018, x4 2019, x5 2017, x6 2017-12-01): d1 alone
#     is delivered; years 2014-2016, ratios null, 3, 4.
#   --known-by 2015 keeps f1, f2, f3 (f4 is dated 2016) and the claims made
#     by 2015 (x1, x2, x7): 2014 2/0, 2015 cum 3/1 = 3.
# Then --from after --to is a usage error.
$ amur --db "$DB" -q load tests/bundles/inflation
$ amur --db "$DB" inflation --from 2015 --to 2016 --as-of 2026-12-05
$ amur --db "$DB" inflation --to 2014 --as-of 2026-12-05
$ amur --db "$DB" inflation --as-of 2016-12-31 --json
$ amur --db "$DB" inflation --known-by 2015 --as-of 2026-12-05
$ amur --db "$DB" inflation --from 2020 --to 2010
--- stdout
year  frameworks  delivered  cum. frameworks  cum. delivered  ratio
────  ──────────  ─────────  ───────────────  ──────────────  ─────
2015  1           0          3                0
2016  1           0          4                0

By 2016: 4 framework instruments, no project delivered: the ratio is undefined
year  frameworks  delivered  cum. frameworks  cum. delivered  ratio
────  ──────────  ─────────  ───────────────  ──────────────  ─────
2014  2           0          2                0

By 2014: 2 framework instruments, no project delivered: the ratio is undefined
[
{"id":"2014","year":2014,"frameworks":2,"delivered":0,"cumulative_frameworks":2,"cumulative_delivered":0,"ratio":null,"framework_ids":["f2","f1"],"delivered_ids":[]},
{"id":"2015","year":2015,"frameworks":1,"delivered":0,"cumulative_frameworks":3,"cumulative_delivered":0,"ratio":null,"framework_ids":["f3"],"delivered_ids":[]},
{"id":"2016","year":2016,"frameworks":1,"delivered":0,"cumulative_frameworks":4,"cumulative_delivered":0,"ratio":null,"framework_ids":["f4"],"delivered_ids":[]}
]
year  frameworks  delivered  cum. frameworks  cum. delivered  ratio
────  ──────────  ─────────  ───────────────  ──────────────  ─────
2014  2           0          2                0
2015  1           0          3                0

By 2026-12-05: 3 framework instruments, 1 project delivered (1 of them at a date the record does not give): 3 framework instruments per delivered project
--- stderr
amur: inflation: --to (2010) must not be below --from (2020)
--- status
2
