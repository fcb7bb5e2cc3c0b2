# amur scorecard on tests/bundles/scorecard, as of 2024-01-01 (everything counts).
# Worked out by hand. prog lists a (side from project: ru), b (ru), c (cn), d (no side:
# joint), e (cn). Resolved stages (one stage claim each): a operational, b completed,
# c under-construction, e listed, d no claims: untracked. listed 5, tracked 4.
# implementation (>= under-construction): a, b, c = 3 of 4 (75%); delivery: a, b = 2 of 4.
# on time: delivered with a planned_end: a (2016), b (2018); a's actual_completion 2016-05
#   ends 2016-05-31 <= 2016-12-31: on time; b's actual_opening 2019-02 > 2018-12-31:
#   late; 1 of 2 (50%).
# delays: a: listing 2016 alone = 0. b: completion lb 2018 then lb2 (plan, 2019-05) 2019
#   = 2019-12-31 - 2018-12-31 = 365; opening 2017 -> 2018-06 = 2018-06-30 - 2017-12-31 =
#   181; larger: 365. c: listing 2013 then claim 2015 = 2015-12-31 - 2013-12-31 = 730.
#   d, e: none. median of 0, 365, 730 = 365, over 3 projects.
# reported: total = largest projects count without side or stage: max(k2 25, k2b 20) = 25:
#   coverage 5/25 = 20.0%; ru: k1 10, 2 listed = 20.0%; cn: k6 12, 2 listed = 16.7%.
#   item level: k3 (ru, under-construction): a, b are not: 0; k4 (completed): b = 1;
#   k5 is in memoranda: n/a; k2's item= cannot be matched: 5 (not matched: item).
# plan lists f (agreed) and b (completed): implementation 1 of 2, delivery 1 of 2; on time:
#   b's plan planned_end 2019: 2019-02 ends 2019-02-28 <= 2019-12-31: 1 of 1; median: b's
#   365 alone. empty has no listings, so it is not shown without its name.
$ amur --db "$DB" -q load tests/bundles/scorecard
$ amur --db "$DB" scorecard --as-of 2024-01-01
$ amur --db "$DB" scorecard empty
--- stdout
prog — Programme 2009 (programme, 2009-09)
  listed: 5 projects, 4 with stage evidence
  by stage: listed 1, under-construction 1, operational 2, untracked 1
  side ru: 2 listed: operational 2
  side cn: 2 listed: listed 1, under-construction 1
  side joint: 1 listed: untracked 1
  implementation  3 of 4 tracked projects (75%)
  delivery        2 of 4 tracked projects (50%)
  on time         1 of 2 delivered projects with a promised end (50%)
  median slippage: 397 days (over 3 projects with promised dates)
  coverage:
    all sides: 5 of the 25 projects reported (claim k2) are in the item-level record (20.0%)
    side ru: 2 of the 10 projects reported (claim k1) are in the item-level record (20.0%)
    side cn: 2 of the 12 projects reported (claim k6) are in the item-level record (16.7%)
    side joint: 1 listed; no reported total
  reported by the record, beside the item-level count:
reported  unit       scope                             refers_to  item_level             said  source  tier      quote
────────  ─────────  ────────────────────────────────  ─────────  ─────────────────────  ────  ──────  ────────  ────────────────────────────────────
10        projects   side=ru                           2009       2                      2010  study   academic  10 projects on the Russian side
25        projects   item=key-project                  2009       5 (not matched: item)  2010  study   academic  25 key projects
20        projects                                     2009       5                      2011  study   academic  20 projects
4         projects   side=ru;stage=under-construction  2015       0                      2016  gov     federal   4 Russian projects under way by 2015
2         projects   stage=completed                   2018       0                      2018  region  regional  2 projects completed
3         memoranda  kind=memorandum                   2009/2018  n/a                    2019  study   academic  3 memoranda signed
12        projects   side=cn                           2022       2                      2022  study   academic  12 projects on the Chinese side

plan — Plan 2019 (plan, 2019-05)
  listed: 2 projects, 2 with stage evidence
  by stage: agreed 1, operational 1
  side ru: 2 listed: agreed 1, operational 1
  implementation  1 of 2 tracked projects (50%)
  delivery        1 of 2 tracked projects (50%)
  on time         1 of 1 delivered projects with a promised end (100%)
  median slippage: 397 days (over 1 project with promised dates)
  coverage:
    all sides: 2 listed; no reported total
    side ru: 2 listed; no reported total
  reported: no count claims
empty — An agreement listing nothing (agreement, 2012)
  listed: 0 projects, 0 with stage evidence
  implementation  undefined (no tracked projects)
  delivery        undefined (no tracked projects)
  on time         undefined (no delivered projects with a promised end)
  median slippage: undefined (no promised completion or opening dates)
  coverage:
    all sides: 0 listed; no reported total
  reported: no count claims
--- stderr
--- status
0
