# amur contradictions on tests/bundles/contradictions, worked out by hand
# (docs/analyses.md, "Contradictions"; window 90 days, severity, official_ahead).
#
# edge (stage, all regional): e1 under-construction 2021-01-01, e2 completed
#   2021-03-31, e3 operational 2021-04-02. Days: Jan 31 + Feb 28 + 30 = 89 from
#   e1 to e2, 91 from e1 to e3, 2 from e2 to e3. So e1~e2 (gap 89, ladder
#   3 vs 4: severity 1) and e2~e3 (gap 2, severity 1); e1~e3 is outside 90.
# ahead: a1 federal operational 2021-10-07, a2 local-media completed
#   2021-10-01: official (5) above ground (4) -> official_ahead; a is the
#   official a1 although a2 is earlier; gap Oct 1 -> Oct 7 = 6 days.
# behind: h1 national-media under-construction, h2 regional completed, both
#   2021-10-14: the official one is behind, so no flag; equal dates, so a is
#   the lower id, h1; gap 0.
# self: s1 financed (2015) and s2 under-construction (said 2015-06, about
#   2015), both from acad about the same period 2015: the source contradicts
#   itself (not a history, which needs different periods): severity 3-2 = 1,
#   same_source; a = s1, whose date 2015 starts first.
# plan (planned_opening; T = D): q1 2021 (said 2019), q2 2021-01 (2019-06),
#   q3 2021-01 (2019-09), q4 2023-06 (2019-12). q2 = q3 agree.
#   q1~q2, q1~q3: `2021` vs `2021-01` differ; last days 2021-12-31 vs
#     2021-01-31, 334 days -> ceil(334/365) = 1; periods overlap (2019).
#   q1~q4: 2021-12-31 -> 2023-06-30 = 365 + 181 = 546 days -> 2; gap 0.
#   q3~q4: 2021-01-31 -> 2023-06-30 = 730 + 150 = 880 days -> 3; gap from
#     2019-09-30 to 2019-12-01 = 31 + 30 + 1 = 62 days.
#   q2~q4: gap from 2019-06-30 to 2019-12-01 = 154 > 90: none.
# cost: 100 USD and 100.0 USD agree after parsing; 120 RUB is in another
#   unit; 150 USD has another scope (side=ru); text is never compared: none.
# later: k2 federal operational (refers 2021-10) vs k1 local-media completed
#   2021-10-01: overlap, official ahead, a = k2.
# quiet has no claims.
# Order: severity 3 (q3~q4), 2 (q1~q4), then severity 1 official-ahead
# (ahead, later), then the rest by subject: behind, edge, edge, plan, plan, self.
$ amur --db "$DB" -q load tests/bundles/contradictions
$ amur --db "$DB" contradictions
--- stdout
plan — Planned platform: planned_opening
severity 3, 62 days apart
   claim  date     refers_to  source  tier            value    quote
─  ─────  ───────  ─────────  ──────  ──────────────  ───────  ──────────────────────────
a  q3     2019-09  2019-09    loc     local-media     2021-01  opening in January 2021
b  q4     2019-12  2019-12    natm    national-media  2023-06  opening moved to June 2023

plan — Planned platform: planned_opening
severity 2, same time
   claim  date     refers_to  source  tier            value    quote
─  ─────  ───────  ─────────  ──────  ──────────────  ───────  ──────────────────────────
a  q1     2019     2019       fed     federal         2021     to open in 2021
b  q4     2019-12  2019-12    natm    national-media  2023-06  opening moved to June 2023

ahead — Official-ahead bridge: stage
severity 1, 6 days apart, official ahead
   claim  date        refers_to   source  tier         value        quote
─  ─────  ──────────  ──────────  ──────  ───────────  ───────────  ───────────────────────────
a  a1     2021-10-07  2021-10-07  fed     federal      operational  has been put into operation
b  a2     2021-10-01  2021-10-01  loc     local-media  completed    still not open for cargo

later — Late-report bridge: stage
severity 1, same time, official ahead
   claim  date        refers_to   source  tier         value        quote
─  ─────  ──────────  ──────────  ──────  ───────────  ───────────  ──────────────────────────
a  k2     2021-11-15  2021-10     fed     federal      operational  in operation since October
b  k1     2021-10-01  2021-10-01  loc     local-media  completed    not open yet

behind — Official-behind crossing: stage
severity 1, same time
   claim  date        refers_to   source  tier            value               quote
─  ─────  ──────────  ──────────  ──────  ──────────────  ──────────────────  ────────────────────────
a  h1     2021-10-14  2021-10-14  natm    national-media  under-construction  works continue
b  h2     2021-10-14  2021-10-14  reg     regional        completed           construction is finished

edge — Window-edge bridge: stage
severity 1, 89 days apart
   claim  date        refers_to   source  tier      value               quote
─  ─────  ──────────  ──────────  ──────  ────────  ──────────────────  ───────────────────
a  e1     2021-01-01  2021-01-01  reg     regional  under-construction  works are going on
b  e2     2021-03-31  2021-03-31  reg2    regional  completed           the bridge is built

edge — Window-edge bridge: stage
severity 1, 2 days apart
   claim  date        refers_to   source  tier      value        quote
─  ─────  ──────────  ──────────  ──────  ────────  ───────────  ───────────────────
a  e2     2021-03-31  2021-03-31  reg2    regional  completed    the bridge is built
b  e3     2021-04-02  2021-04-02  reg     regional  operational  traffic has started

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

self — Self-contradicting zone: stage
severity 1, same time, same source
   claim  date     refers_to  source  tier      value               quote
─  ─────  ───────  ─────────  ──────  ────────  ──────────────────  ───────────────────
a  s1     2015     2015       acad    academic  financed            the money was found
b  s2     2015-06  2015       acad    academic  under-construction  building had begun

10 contradictions, 2 official ahead
--- status
0
