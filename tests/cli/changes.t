# What changed between what was known on two dates (docs/analyses.md, "Changes"), on the
# bundled data. The worked example: between 2020-12-01 and 2021-01-31 Dorinfo reported
# (2020-12-24, clm-blag-a-26) that the road bridge would open in January 2021, not in
# 2020: a postponement of 31 days (2021-01-31 - 2020-12-31); and on 2021-01-01 the 2020
# promises of Kani-Kurgan, Makhalino, the Nizhneleninskoye bridge and Primorye-1 passed.
$ amur --db "$DB" -q load data
$ amur --db "$DB" changes --since 2020-12-01 --until 2021-01-31 --as-of 2026-06-30
$ amur --db "$DB" --json changes --since 2020-12-01 --until 2021-01-31 --as-of 2026-06-30 --project prj-blag-heihe-bridge --kind postponement | jq -c '.[] | select(.kind) | [.id, .date, .property, .from, .to, .moved_days, .claims]'
# The road bridge delivered (completed) as the completion of November 2019 became known
# (known by 2019-06-30 it was already: the federal "operational" of 2019-05-31 was not
# ruled out yet)
$ amur --db "$DB" --json changes --since 2019-01-01 --until 2019-12-31 --as-of 2026-06-30 --kind delivered | jq -c '.[] | select(.kind) | [.id, .date, .stage_from, .stage_to, .claims]'
# Contradictions resolved: the opening of 2022-06-10 (clm-blag-a-45) rules out the
# "operational" of the official sources of 2020-2021
$ amur --db "$DB" --json changes --since 2021 --until 2022 --as-of 2026-06-30 --kind resolved | jq -c '.[] | select(.kind) | [.date, .a.id, .a.value, .a.tier, .b.id, .b.value, .b.tier, .claims]'
$ amur --db "$DB" --json changes --since 2020-12-01 --until 2021-01-31 --as-of 2026-06-30 | jq -c '.[-1]'
# A programme's and a region's changes are those of the projects they hold
$ amur --db "$DB" --json changes --since 2019 --until 2020 --as-of 2026-06-30 --instrument ins-prog-2009-2018 | jq -c '[.[] | select(.kind) | .subject] | unique'
$ amur --db "$DB" --json changes --since 2019 --until 2020 --as-of 2026-06-30 --region ru-amu --kind postponement | jq -c '[.[] | select(.kind) | .subject] | unique'
$ amur --db "$DB" --json changes --since 2018 --until 2019 --as-of 2026-06-30 --q канатн | jq -c '[.[] | select(.kind) | .subject] | unique'
# Without dates: the 90 days up to the day the newest claim was made (2026-03-13)
$ amur --db "$DB" changes --as-of 2026-06-30 --known-by 2026-06-30 | tail -1
$ amur --db "$DB" changes --as-of 2026-06-30 --days 10 | tail -1
# Read with both clocks at 2021-01-31, the same window gives the same changes; --until
# defaults to the day the newest claim known then was made
$ amur --db "$DB" changes --since 2020-12-01 --until 2021-01-31 --as-of 2021-01-31 --known-by 2021-01-31 | tail -1
$ amur --db "$DB" changes --since 2020-12-01 --as-of 2021-01-31 --known-by 2021-01-31 | tail -1
--- stdout
date        kind          change                                                                                                                                         claims
──────────  ────────────  ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────  ──────────────────────────────────────────────
2020-12-24  claims        1 new claim about Blagoveshchensk–Heihe road bridge                                                                                            clm-blag-a-26
2020-12-24  postponement  Blagoveshchensk–Heihe road bridge: planned_opening postponed from 2020 to 2021-01 (31 days)                                                    clm-blag-a-26
2020-12-31  claims        3 new claims about Reconstruction of the Markovo road checkpoint                                                                               clm-markovo-12, clm-markovo-13, clm-markovo-14
2021-01-01  overdue       Kani-Kurgan automobile checkpoint (permanent): planned_completion promised for 2020 is overdue
2021-01-01  overdue       Kani-Kurgan automobile checkpoint (permanent): planned_opening promised for 2020 is overdue                                                    clm-kanikurgan-14
2021-01-01  overdue       Kani-Kurgan automobile checkpoint (permanent): planned_opening (part=permanent) promised for 2020 is overdue                                   clm-kanikurgan-01
2021-01-01  overdue       Makhalino railway checkpoint (construction): planned_start promised for 2020 is overdue                                                        clm-makhalino-04
2021-01-01  overdue       Nizhneleninskoye–Tongjiang railway bridge: planned_completion promised for 2020 is overdue                                                     clm-nltj-a-21
2021-01-01  overdue       International transport corridors Primorye-1 and Primorye-2: planned_completion (part=primorye-1-road-section-1) promised for 2020 is overdue  clm-prim-corr-07

9 changes between what was known on 2020-12-01 and on 2021-01-31: 2 claims, 6 overdue, 1 postponement
["postponement/clm-blag-a-26","2020-12-24","planned_opening","2020","2021-01",31,["clm-blag-a-26"]]
["delivered/prj-blag-heihe-bridge","2019-12-01","under-construction","completed",["clm-blag-07","clm-blag-40","clm-blag-17","clm-blag-a-16","clm-blag-a-11","clm-blag-a-07","clm-blag-a-49","clm-blag-15","clm-blag-30","clm-blag-a-15","clm-blag-34","clm-blag-10","clm-blag-13","clm-blag-16","clm-blag-18"]]
["2022-06-19","clm-blag-27","completed","academic","clm-blag-31","operational","federal",["clm-blag-a-45"]]
["2022-06-19","clm-blag-27","completed","academic","clm-blag-32","operational","national-media",["clm-blag-a-45"]]
["2022-06-19","clm-blag-31","operational","federal","clm-blag-35","completed","local-media",["clm-blag-a-45"]]
["2022-06-19","clm-blag-31","operational","federal","clm-blag-36","completed","regional",["clm-blag-a-45"]]
["2022-06-19","clm-blag-32","operational","national-media","clm-blag-35","completed","local-media",["clm-blag-a-45"]]
["2022-06-19","clm-blag-32","operational","national-media","clm-blag-36","completed","regional",["clm-blag-a-45"]]
{"id":"summary","since":"2020-12-01","until":"2021-01-31","total":9,"by_kind":{"claims":2,"stage":0,"delivered":0,"overdue":6,"postponement":1,"advance":0,"contradiction":0,"resolved":0}}
["prj-blag-heihe-bridge","prj-border-crossings-modernisation","prj-nl-tj-bridge"]
["prj-amur-gcc"]
["prj-blag-heihe-cablecar"]
46 changes between what was known on 2025-12-13 and on 2026-03-13: 20 claims, 3 delivered, 9 overdue, 6 postponement, 1 advance, 7 contradiction
6 changes between what was known on 2026-03-03 and on 2026-03-13: 4 claims, 2 contradiction
9 changes between what was known on 2020-12-01 and on 2021-01-31: 2 claims, 6 overdue, 1 postponement
3 changes between what was known on 2020-12-01 and on 2020-12-31: 2 claims, 1 postponement
--- stderr
--- status
0
