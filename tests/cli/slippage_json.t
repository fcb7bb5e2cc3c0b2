# amur slippage --json: one object per project and property, with every promise.
# By hand (see slippage.t): bridge/planned_completion: l1 first (made 2015-06-01, 2019,
# instrument prog), b5 advance (2018-03, 2019-06, source gov, federal), l2 postponement
# (2018-03, 2019-12, instrument plan); 1 postponement, 1 advance, delay 0, not overdue,
# actual 2019-11 (b6). --known-by 2015 keeps only p4 (made 2015) among the openings:
# port/planned_opening 2019-06 alone, delay 0, overdue at 2024-01-01. Then an unknown project: exit status 1 and a message.
$ amur --db "$DB" -q load tests/bundles/slippage
$ amur --db "$DB" slippage bridge --json --as-of 2024-01-01 --property planned_completion
$ amur --db "$DB" slippage --json --as-of 2024-01-01 --known-by 2015 --property planned_opening
$ amur --db "$DB" slippage nope
--- stdout
[
{"id":"bridge/planned_completion","project":"bridge","name":"Bridge A","names":{"en":"Bridge A","ru":null,"zh":null},"property":"planned_completion","scope":null,"first":"2019","final":"2019-12","promises":[{"made":"2015-06-01","date":"2019","kind":"first","source":null,"instrument":"prog","listing":"l1","claim":null,"tier":null,"quote":null},{"made":"2018-03","date":"2019-06","kind":"advance","source":"gov","instrument":null,"listing":null,"claim":"b5","tier":"federal","quote":"works to end by June 2019"},{"made":"2018-03","date":"2019-12","kind":"postponement","source":null,"instrument":"plan","listing":"l2","claim":null,"tier":null,"quote":null}],"postponements":1,"advances":1,"reaffirmations":0,"moved_days":0,"delay_days":-60,"delivered":true,"halted":false,"overdue":false,"actual":"2019-11","actual_claim":"b6"}
]
[
{"id":"port/planned_opening","project":"port","name":"Port C","names":{"en":"Port C","ru":null,"zh":null},"property":"planned_opening","scope":null,"first":"2019-06","final":"2019-06","promises":[{"made":"2015","date":"2019-06","kind":"first","source":"gov","instrument":null,"listing":null,"claim":"p4","tier":"federal","quote":"opening by June 2019"}],"postponements":0,"advances":0,"reaffirmations":0,"moved_days":0,"delay_days":1646,"delivered":false,"halted":false,"overdue":true,"actual":null,"actual_claim":null}
]
--- stderr
amur: slippage: no project 'nope'
--- status
1
