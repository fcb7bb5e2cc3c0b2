# amur inflation on tests/bundles/inflation, worked out by hand
# (docs/analyses.md, "Framework inflation").
# Framework instruments by year: 2014 f1 (agreement 2014-05), f2 (memorandum
#   2014); 2015 f3 (programme); 2016 f4 (forum); 2018 f6 (plan). law1 is a
#   law, not a framework; f5 has no date: neither counts.
# Delivered: d1 in 2015 (stage completed, T 2015-06; it was
#   under-construction in 2014); d2 in 2017 (actual_opening 2017-09, before
#   its operational claim of 2019); d4 in 2017 (actual_completion 2017-11;
#   its planned_completion does not count). d3 is under construction; quiet
#   has no claims.
# year  fw  del  cum fw  cum del  ratio
# 2014   2    0       2        0  undefined (frameworks, no deliveries)
# 2015   1    1       3        1  3/1 = 3
# 2016   1    0       4        1  4/1 = 4
# 2017   0    2       4        3  4/3 = 1.33
# 2018   1    0       5        3  5/3 = 1.67
$ amur --db "$DB" -q load tests/bundles/inflation
$ amur --db "$DB" inflation --as-of 2026-12-05
--- stdout
year  frameworks  delivered  cum. frameworks  cum. delivered  ratio
────  ──────────  ─────────  ───────────────  ──────────────  ─────
2014  2           0          2                0
2015  1           0          3                0
2016  1           0          4                0
2017  0           2          4                2               2
2018  1           0          5                2               2.5

By 2026-12-05: 5 framework instruments, 3 projects delivered (1 of them at a date the record does not give): 1.67 framework instruments per delivered project
--- status
0
