# --window and --subject. For edge (see contradictions.t): e1~e2 is 89 days
# apart, e2~e3 2 days, e1~e3 91 days.
#   --window 91: e1~e2 and e2~e3 only: e1~e3 is within 91 days, but both
#     are from reg, about different days, and the stage moves forward
#     (under-construction, then operational): a history, not a contradiction.
#   --window 88: only e2~e3.
#   --window 0 on plan: only the overlapping pairs q1~q4, q1~q2, q1~q3 (q3~q4
#     is 62 days apart).
$ amur --db "$DB" -q load tests/bundles/contradictions
$ amur --db "$DB" contradictions --window 91 --subject edge --json
$ amur --db "$DB" contradictions --window 88 --subject edge --json
$ amur --db "$DB" contradictions --window 0 --subject plan
--- stdout
[
{"id":"e1~e2","subject":"edge","name":"Window-edge bridge","property":"stage","a":{"id":"e1","subject":"edge","property":"stage","value":"under-construction","unit":null,"scope":null,"date":"2021-01-01","refers_to":"2021-01-01","source":"reg","tier":"regional","locator":null,"quote":"works are going on","quote_lang":null,"via":null,"note":null},"b":{"id":"e2","subject":"edge","property":"stage","value":"completed","unit":null,"scope":null,"date":"2021-03-31","refers_to":"2021-03-31","source":"reg2","tier":"regional","locator":null,"quote":"the bridge is built","quote_lang":null,"via":null,"note":null},"gap_days":89,"severity":1,"official_ahead":false,"same_source":false},
{"id":"e2~e3","subject":"edge","name":"Window-edge bridge","property":"stage","a":{"id":"e2","subject":"edge","property":"stage","value":"completed","unit":null,"scope":null,"date":"2021-03-31","refers_to":"2021-03-31","source":"reg2","tier":"regional","locator":null,"quote":"the bridge is built","quote_lang":null,"via":null,"note":null},"b":{"id":"e3","subject":"edge","property":"stage","value":"operational","unit":null,"scope":null,"date":"2021-04-02","refers_to":"2021-04-02","source":"reg","tier":"regional","locator":null,"quote":"traffic has started","quote_lang":null,"via":null,"note":null},"gap_days":2,"severity":1,"official_ahead":false,"same_source":false}
]
[
{"id":"e2~e3","subject":"edge","name":"Window-edge bridge","property":"stage","a":{"id":"e2","subject":"edge","property":"stage","value":"completed","unit":null,"scope":null,"date":"2021-03-31","refers_to":"2021-03-31","source":"reg2","tier":"regional","locator":null,"quote":"the bridge is built","quote_lang":null,"via":null,"note":null},"b":{"id":"e3","subject":"edge","property":"stage","value":"operational","unit":null,"scope":null,"date":"2021-04-02","refers_to":"2021-04-02","source":"reg","tier":"regional","locator":null,"quote":"traffic has started","quote_lang":null,"via":null,"note":null},"gap_days":2,"severity":1,"official_ahead":false,"same_source":false}
]
plan — Planned platform: planned_opening
severity 2, same time
   claim  date     refers_to  source  tier            value    quote
─  ─────  ───────  ─────────  ──────  ──────────────  ───────  ──────────────────────────
a  q1     2019     2019       fed     federal         2021     to open in 2021
b  q4     2019-12  2019-12    natm    national-media  2023-06  opening moved to June 2023

plan — Planned platform: planned_opening
severity 1, same time
   claim  date     refers_to  source  tier      value    quote
─  ─────  ───────  ─────────  ──────  ────────  ───────  ───────────────────────
a  q1     2019     2019       fed     federal   2021     to open in 2021
b  q2     2019-06  2019-06    reg     regional  2021-01  to open in January 2021

plan — Planned platform: planned_opening
severity 1, same time
   claim  date     refers_to  source  tier         value    quote
─  ─────  ───────  ─────────  ──────  ───────────  ───────  ───────────────────────
a  q1     2019     2019       fed     federal      2021     to open in 2021
b  q3     2019-09  2019-09    loc     local-media  2021-01  opening in January 2021

3 contradictions, 0 official ahead
--- status
0
