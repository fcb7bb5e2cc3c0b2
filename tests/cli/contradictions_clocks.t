# The two clocks and --official-ahead.
#   --official-ahead: a1~a2 and k2~k1 (see contradictions.t).
#   --known-by 2021-10-31 removes k2, made 2021-11-15 (last(D) > last(K)),
#     so only a1~a2 is left.
#   --as-of 2019-06 on plan keeps q1 (T 2019 begins 2019-01-01) and q2
#     (T 2019-06), drops q3 (2019-09) and q4 (2019-12): only q1~q2.
#   quiet has no claims: nothing.
$ amur --db "$DB" -q load tests/bundles/contradictions
$ amur --db "$DB" contradictions --official-ahead --json
$ amur --db "$DB" contradictions --official-ahead --known-by 2021-10-31 --json
$ amur --db "$DB" contradictions --as-of 2019-06 --subject plan --json
$ amur --db "$DB" contradictions --subject quiet
--- stdout
[
{"id":"a1~a2","subject":"ahead","name":"Official-ahead bridge","property":"stage","a":{"id":"a1","subject":"ahead","property":"stage","value":"operational","unit":null,"scope":null,"date":"2021-10-07","refers_to":"2021-10-07","source":"fed","tier":"federal","locator":null,"quote":"has been put into operation","quote_lang":null,"via":null,"note":null},"b":{"id":"a2","subject":"ahead","property":"stage","value":"completed","unit":null,"scope":null,"date":"2021-10-01","refers_to":"2021-10-01","source":"loc","tier":"local-media","locator":null,"quote":"still not open for cargo","quote_lang":null,"via":null,"note":null},"gap_days":6,"severity":1,"official_ahead":true,"same_source":false},
{"id":"k2~k1","subject":"later","name":"Late-report bridge","property":"stage","a":{"id":"k2","subject":"later","property":"stage","value":"operational","unit":null,"scope":null,"date":"2021-11-15","refers_to":"2021-10","source":"fed","tier":"federal","locator":null,"quote":"in operation since October","quote_lang":null,"via":null,"note":null},"b":{"id":"k1","subject":"later","property":"stage","value":"completed","unit":null,"scope":null,"date":"2021-10-01","refers_to":"2021-10-01","source":"loc","tier":"local-media","locator":null,"quote":"not open yet","quote_lang":null,"via":null,"note":null},"gap_days":0,"severity":1,"official_ahead":true,"same_source":false}
]
[
{"id":"a1~a2","subject":"ahead","name":"Official-ahead bridge","property":"stage","a":{"id":"a1","subject":"ahead","property":"stage","value":"operational","unit":null,"scope":null,"date":"2021-10-07","refers_to":"2021-10-07","source":"fed","tier":"federal","locator":null,"quote":"has been put into operation","quote_lang":null,"via":null,"note":null},"b":{"id":"a2","subject":"ahead","property":"stage","value":"completed","unit":null,"scope":null,"date":"2021-10-01","refers_to":"2021-10-01","source":"loc","tier":"local-media","locator":null,"quote":"still not open for cargo","quote_lang":null,"via":null,"note":null},"gap_days":6,"severity":1,"official_ahead":true,"same_source":false}
]
[
{"id":"q1~q2","subject":"plan","name":"Planned platform","property":"planned_opening","a":{"id":"q1","subject":"plan","property":"planned_opening","value":"2021","unit":null,"scope":null,"date":"2019","refers_to":"2019","source":"fed","tier":"federal","locator":null,"quote":"to open in 2021","quote_lang":null,"via":null,"note":null},"b":{"id":"q2","subject":"plan","property":"planned_opening","value":"2021-01","unit":null,"scope":null,"date":"2019-06","refers_to":"2019-06","source":"reg","tier":"regional","locator":null,"quote":"to open in January 2021","quote_lang":null,"via":null,"note":null},"gap_days":0,"severity":1,"official_ahead":false,"same_source":false}
]
no contradictions
--- status
0
