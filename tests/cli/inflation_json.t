# amur inflation --json: the years of inflation.t (worked out there), ratio
# null in 2014, 4/3 = 1.33333 and 5/3 = 1.66667 to six digits; ids of each
# year's frameworks in date order (f2, dated 2014, starts before f1,
# 2014-05) and of its delivered projects by id.
$ amur --db "$DB" -q load tests/bundles/inflation
$ amur --db "$DB" inflation --json
--- stdout
[
{"id":"2014","year":2014,"frameworks":2,"delivered":0,"cumulative_frameworks":2,"cumulative_delivered":0,"ratio":null,"framework_ids":["f2","f1"],"delivered_ids":[]},
{"id":"2015","year":2015,"frameworks":1,"delivered":0,"cumulative_frameworks":3,"cumulative_delivered":0,"ratio":null,"framework_ids":["f3"],"delivered_ids":[]},
{"id":"2016","year":2016,"frameworks":1,"delivered":0,"cumulative_frameworks":4,"cumulative_delivered":0,"ratio":null,"framework_ids":["f4"],"delivered_ids":[]},
{"id":"2017","year":2017,"frameworks":0,"delivered":2,"cumulative_frameworks":4,"cumulative_delivered":2,"ratio":2.0,"framework_ids":[],"delivered_ids":["d2","d4"]},
{"id":"2018","year":2018,"frameworks":1,"delivered":0,"cumulative_frameworks":5,"cumulative_delivered":2,"ratio":2.5,"framework_ids":["f6"],"delivered_ids":[]}
]
--- status
0
