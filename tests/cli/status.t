# amur status on tests/bundles/status, worked out by hand (docs/analyses.md, Status):
# p_tie: two regional claims of the same day, agreed and financed: 1.0 each, a tie →
#   the lower stage, agreed; confidence 1.0/2.0 = 0.50; contested.
# p_ground: latest when = 2021-10-08 (g2, local-media 0.9). g3 federal 0.8·0.5^(3/365)
#   = 0.7955, g4 national-media 0.7·0.5^(2/365) = 0.6974: operational 1.4928 beats
#   completed 0.9, but all its support is official and the ground claim g2 is newer →
#   ground rule: completed; confidence 0.9/2.3928 = 0.3761 → 0.38; contested.
# p_none: no claims → unknown.
# p_parts: side=cn: completed (2016) vs listed (2009, the whole): 1/(1+0.5^(2557/365))
#   = 0.9923; side=ru: under-construction (2017) vs listed: 0.9961. The least advanced
#   part is under-construction; confidence the lower, 0.99.
# p_self: one local source says suspended and under-construction for 2022-03: a tie
#   (0.9 each) → the lower: suspended sits below the ladder; 0.50; contested.
# p_partial: y1 academic "2021" operational, when = 2021-12-31; y2 regional 2021-10
#   completed, when = 2021-10-31, age 61 days → 0.5^(61/365) = 0.8906 > 0.6 →
#   completed, 0.8906/1.4906 = 0.5975 → 0.60; contested.
#   --as-of 2021-10-15: both when = 2021-10-15 → completed 1.0 vs 0.6 → 0.625.
#   --known-by 2021-06: "2021" may be December and 2021-10 is later → no claims.
$ amur --db "$DB" -q load tests/bundles/status
$ amur --db "$DB" status
$ amur --db "$DB" status p_ground
$ amur --db "$DB" --json status p_partial --as-of 2021-10-15
$ amur --db "$DB" status p_partial --known-by 2021-06 | head -2
$ amur --db "$DB" status nothing; echo "status $?"
$ amur --db "$DB" status --as-of 2021-13; echo "status $?"
--- stdout
project    stage               confidence  claims  flags                   name
─────────  ──────────────────  ──────────  ──────  ──────────────────────  ────────────────────────────────
p_tie      agreed              0.50        2       contested               Tie of equal date
p_ground   completed           0.38        3       contested, ground rule  Official ahead of the ground
p_none     unknown                         0                               No claims at all
p_parts    under-construction  0.99        3                               Two halves
p_self     suspended           0.50        2       contested               A source that contradicts itself
p_partial  completed           0.60        2       contested               Partial dates
p_ground — Official ahead of the ground
stage: completed, confidence 0.38, contested, ground rule

date        refers_to   stage        tier            source  quote  provenance  set aside
──────────  ──────────  ───────────  ──────────────  ──────  ─────  ──────────  ─────────
2021-10-05  2021-10-05  operational  federal         fed
2021-10-06  2021-10-06  operational  national-media  nat
2021-10-08  2021-10-08  completed    local-media     loc
[
{"id":"p_partial","project":"p_partial","name":"Partial dates","names":{"en":"Partial dates","ru":null,"zh":null},"stage":"completed","confidence":0.625,"contested":true,"overridden":false,"delivered":true,"delivery_date":null,"parts":[],"ruled_out":0,"claims":[{"id":"y1","subject":"p_partial","property":"stage","value":"operational","unit":null,"scope":null,"date":"2021","refers_to":"2021","source":"acad","tier":"academic","locator":null,"quote":null,"quote_lang":null,"via":null,"note":null,"provenance":"","ruled_out_by":null,"superseded_by":null},{"id":"y2","subject":"p_partial","property":"stage","value":"completed","unit":null,"scope":null,"date":"2021-10","refers_to":"2021-10","source":"reg","tier":"regional","locator":null,"quote":null,"quote_lang":null,"via":null,"note":null,"provenance":"","ruled_out_by":null,"superseded_by":null}]}
]
p_partial — Partial dates
stage: unknown, confidence 0.00
status 1
status 2
--- stderr
amur: status: no project 'nothing'
amur: status: --as-of: '2021-13': month out of range (01-12)
--- status
0
