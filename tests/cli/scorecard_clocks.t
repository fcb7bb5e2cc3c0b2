# amur scorecard with the clocks, on tests/bundles/scorecard.
# Worked out by hand.
# --as-of 2015-12-31: the plan (2019-05) does not exist yet, so lb2 is gone; a's and b's
#   stage claims (2016, 2017) describe later times: untracked, as d; c under-construction,
#   e listed: tracked 2; implementation 1 of 2, delivery 0 of 2, on time undefined.
#   delays: a 0 (listing 2016); b completion 0 (lb alone), opening 2017 -> 2018-06 (b3,
#   made 2015) = 181: 181; c 730 (c2 refers to 2014). median of 0, 181, 730 = 181.
#   reported: k1, k2, k2b, k3 (refers to 2015) and k5 (refers to 2009/2018, begun by 2015);
#   not k4 (2018) nor k6 (2022): cn has no reported total.
# --known-by 2011 --as-of 2024-01-01: claims made by 2011: e1, k1, k2, k2b; the plan is
#   not known: tracked 1 (e); implementation and delivery 0 of 1; delays a 0, b 0 (lb alone,
#   opening claims made 2012 and 2015), c 0 (listing alone): median 0.
$ amur --db "$DB" -q load tests/bundles/scorecard
$ amur --db "$DB" scorecard prog --as-of 2015-12-31
$ amur --db "$DB" scorecard prog --as-of 2024-01-01 --known-by 2011
--- stdout
prog — Programme 2009 (programme, 2009-09)
  listed: 5 projects, 2 with stage evidence
  by stage: listed 1, under-construction 1, untracked 3
  side ru: 2 listed: untracked 2
  side cn: 2 listed: listed 1, under-construction 1
  side joint: 1 listed: untracked 1
  implementation  1 of 2 tracked projects (50%)
  delivery        0 of 2 tracked projects (0%)
  on time         undefined (no delivered projects with a promised end)
  median slippage: 0 days (over 3 projects with promised dates)
  coverage:
    all sides: 5 of the 25 projects reported (claim k2) are in the item-level record (20.0%)
    side ru: 2 of the 10 projects reported (claim k1) are in the item-level record (20.0%)
    side cn: 2 listed; no reported total
    side joint: 1 listed; no reported total
  reported by the record, beside the item-level count:
reported  unit       scope                             refers_to  item_level             said  source  tier      quote
────────  ─────────  ────────────────────────────────  ─────────  ─────────────────────  ────  ──────  ────────  ────────────────────────────────────
10        projects   side=ru                           2009       2                      2010  study   academic  10 projects on the Russian side
25        projects   item=key-project                  2009       5 (not matched: item)  2010  study   academic  25 key projects
20        projects                                     2009       5                      2011  study   academic  20 projects
4         projects   side=ru;stage=under-construction  2015       0                      2016  gov     federal   4 Russian projects under way by 2015
3         memoranda  kind=memorandum                   2009/2018  n/a                    2019  study   academic  3 memoranda signed
prog — Programme 2009 (programme, 2009-09)
  listed: 5 projects, 1 with stage evidence
  by stage: listed 1, untracked 4
  side ru: 2 listed: untracked 2
  side cn: 2 listed: listed 1, untracked 1
  side joint: 1 listed: untracked 1
  implementation  0 of 1 tracked projects (0%)
  delivery        0 of 1 tracked projects (0%)
  on time         undefined (no delivered projects with a promised end)
  median slippage: 2557 days (over 3 projects with promised dates)
  coverage:
    all sides: 5 of the 25 projects reported (claim k2) are in the item-level record (20.0%)
    side ru: 2 of the 10 projects reported (claim k1) are in the item-level record (20.0%)
    side cn: 2 listed; no reported total
    side joint: 1 listed; no reported total
  reported by the record, beside the item-level count:
reported  unit      scope             refers_to  item_level             said  source  tier      quote
────────  ────────  ────────────────  ─────────  ─────────────────────  ────  ──────  ────────  ───────────────────────────────
10        projects  side=ru           2009       2                      2010  study   academic  10 projects on the Russian side
25        projects  item=key-project  2009       5 (not matched: item)  2010  study   academic  25 key projects
20        projects                    2009       5                      2011  study   academic  20 projects
--- stderr
--- status
0
