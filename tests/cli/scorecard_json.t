# amur scorecard --json, and an unknown instrument.
# By hand (see scorecard.t): plan: listed 2, tracked 2, by_stage agreed 1, completed 1, all
# on side ru; rates 1/2, 1/2, 1/1; median 365.0 over 1; no count claims, so no total and
# a null ratio. prog as of 2015-12-31 (see scorecard_clocks.t): median 181.0, total k2 25
# (ratio 5/25 = 0.2), ru k1 10 (0.2), cn no total.
$ amur --db "$DB" -q load tests/bundles/scorecard
$ amur --db "$DB" scorecard plan --json --as-of 2024-01-01
$ amur --db "$DB" scorecard prog --json --as-of 2015-12-31
$ amur --db "$DB" scorecard nope
--- stdout
[
{"id":"plan","name":"Plan 2019","names":{"en":"Plan 2019","ru":null,"zh":null},"kind":"plan","date":"2019-05","listed":2,"tracked":2,"by_stage":{"agreed":1,"operational":1},"by_side":{"ru":{"agreed":1,"operational":1}},"rates":{"implementation":{"numerator":1,"denominator":2,"rate":0.5},"delivery":{"numerator":1,"denominator":2,"rate":0.5},"on_time":{"numerator":1,"denominator":1,"rate":1.0}},"median_slippage_days":397.0,"projects_with_delay":1,"reported":[],"coverage":{"listed":2,"reported_total":null,"ratio":null,"claim":null,"tracked":2,"by_side":{"ru":{"listed":2,"reported_total":null,"ratio":null,"claim":null}}}}
]
[
{"id":"prog","name":"Programme 2009","names":{"en":"Programme 2009","ru":null,"zh":null},"kind":"programme","date":"2009-09","listed":5,"tracked":2,"by_stage":{"listed":1,"under-construction":1,"untracked":3},"by_side":{"ru":{"untracked":2},"cn":{"listed":1,"under-construction":1},"joint":{"untracked":1}},"rates":{"implementation":{"numerator":1,"denominator":2,"rate":0.5},"delivery":{"numerator":0,"denominator":2,"rate":0.0},"on_time":{"numerator":0,"denominator":0,"rate":null}},"median_slippage_days":0.0,"projects_with_delay":3,"reported":[{"claim":"k1","value":10,"unit":"projects","scope":{"side":"ru"},"date":"2010","refers_to":"2009","source":"study","tier":"academic","quote":"10 projects on the Russian side","item_level":2,"unmatched":[]},{"claim":"k2","value":25,"unit":"projects","scope":{"item":"key-project"},"date":"2010","refers_to":"2009","source":"study","tier":"academic","quote":"25 key projects","item_level":5,"unmatched":["item"]},{"claim":"k2b","value":20,"unit":"projects","scope":{},"date":"2011","refers_to":"2009","source":"study","tier":"academic","quote":"20 projects","item_level":5,"unmatched":[]},{"claim":"k3","value":4,"unit":"projects","scope":{"side":"ru","stage":"under-construction"},"date":"2016","refers_to":"2015","source":"gov","tier":"federal","quote":"4 Russian projects under way by 2015","item_level":0,"unmatched":[]},{"claim":"k5","value":3,"unit":"memoranda","scope":{"kind":"memorandum"},"date":"2019","refers_to":"2009/2018","source":"study","tier":"academic","quote":"3 memoranda signed","item_level":null,"unmatched":["kind"]}],"coverage":{"listed":5,"reported_total":25,"ratio":0.2,"claim":"k2","tracked":2,"by_side":{"ru":{"listed":2,"reported_total":10,"ratio":0.2,"claim":"k1"},"cn":{"listed":2,"reported_total":null,"ratio":null,"claim":null},"joint":{"listed":1,"reported_total":null,"ratio":null,"claim":null}}}}
]
--- stderr
amur: scorecard: no instrument 'nope'
--- status
1
