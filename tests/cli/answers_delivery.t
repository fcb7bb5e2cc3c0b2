# One meaning of "delivered" (docs/analyses.md, "Delivery"): status, the report's
# overview, the inflation headline and slippage agree. As of 2020-12-31: late (dated
# 2017-12-18), calm (2015-10), ahead (completed in November 2019, not yet open:
# completed counts) and nodate (operational, no date) are delivered; halves is not
# (its Russian part is under construction). Inflation counts the dated three in their
# years and nodate as undated in its headline; the report's overview says 4 as well.
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" --json status --as-of 2020-12-31 | jq -c '[.[] | select(.delivered) | [.id, .delivery_date]]'
$ amur --db "$DB" inflation --as-of 2020-12-31 | tail -1
$ amur --db "$DB" report --as-of 2020-12-31 | grep -E '^[0-9]+ projects: [0-9]+ delivered'
--- stdout
[["late","2017-12-18"],["nodate",null],["ahead","2019-11"],["calm","2015-10"]]
By 2020-12-31: 3 framework instruments, 4 projects delivered (1 of them at a date the record does not give): 0.75 framework instruments per delivered project
9 projects: 4 delivered (completed or operational in every part), 1 under construction, 3 with no stage evidence (for the whole or for a part); 0 contested between sources.
--- stderr
--- status
0
