# amur risks --json: one object per risky project, then the comparison as the last object
# with "id": "summary". By hand (see risks.t), --as-of 2016: p1 (s1, 730 days), p2 (s6,
# 91 days); with: 2 projects, median 410.5; without: 2 projects, none with a delay (null).
# --min-influence 5 at 2024-01-01: only s4 (5, from 2019): p3, delay 0; without: p1 730,
# p2 91, p4 none: 3 projects, 2 with a delay, median (91 + 730) / 2 = 410.5.
# An --min-influence that is no influence (6, or a word) is a usage error (status 2).
$ amur --db "$DB" -q load tests/bundles/risks
$ amur --db "$DB" risks --json --as-of 2016
$ amur --db "$DB" risks --json --as-of 2024-01-01 --min-influence 5
$ amur --db "$DB" risks --min-influence 6
$ amur --db "$DB" risks --min-influence many
--- stdout
[
{"id":"p1","project":"p1","name":"Bridge One","names":{"en":"Bridge One","ru":null,"zh":null},"opponents":[{"stake":"s1","actor":"port","name":"A port owner","names":{"en":"A port owner","ru":null,"zh":null},"influence":4,"from":"1990","to":"2017","quote":"the port owner blocked the bridge"}],"delay_days":0},
{"id":"p2","project":"p2","name":"Crossing Two","names":{"en":"Crossing Two","ru":null,"zh":null},"opponents":[{"stake":"s6","actor":"council","name":"A regional council","names":{"en":"A regional council","ru":null,"zh":null},"influence":4,"from":"2016-06","to":"2016-06","quote":"the council stalled the crossing in June 2016"}],"delay_days":366},
{"id":"summary","min_influence":4,"ever":false,"with":{"projects":2,"with_delay":2,"median_delay_days":183.0},"without":{"projects":2,"with_delay":0,"median_delay_days":null},"period_from":2015,"period_to":2016,"finding":false,"sentence":"Too few projects to compare: 2 with such opponents and 0 without, of the same period, have days late; at least 3 on each side are needed."}
]
[
{"id":"p3","project":"p3","name":"Zone Three","names":{"en":"Zone Three","ru":null,"zh":null},"opponents":[{"stake":"s4","actor":"council","name":"A regional council","names":{"en":"A regional council","ru":null,"zh":null},"influence":5,"from":"2019","to":null,"quote":"the council froze the zone"}],"delay_days":1096},
{"id":"summary","min_influence":5,"ever":false,"with":{"projects":1,"with_delay":1,"median_delay_days":1096.0},"without":{"projects":3,"with_delay":0,"median_delay_days":null},"period_from":2020,"period_to":2020,"finding":false,"sentence":"Too few projects to compare: 1 with such opponents and 0 without, of the same period, have days late; at least 3 on each side are needed."}
]
--- stderr
amur: risks: --min-influence: '6' is not a whole number from 0 to 5
amur: risks: --min-influence: 'many' is not a whole number from 0 to 5
--- status
2
