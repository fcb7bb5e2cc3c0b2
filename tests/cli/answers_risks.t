# Risk compares like with like (docs/analyses.md, "Risks"): two opposed projects
# (first promises 2015 and 2016) against the unopposed ones of those years (calm):
# fewer than three on a side, so the comparison is no finding, and says so.
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" risks --ever --as-of 2020-12-31 | tail -1
$ amur --db "$DB" --json risks --ever --as-of 2020-12-31 | jq -c '.[-1] | [.finding, .period_from, .period_to, .with.with_delay, .without.with_delay]'
--- stdout
Too few projects to compare: 2 with such opponents and 1 without, of the same period, have days late; at least 3 on each side are needed.
[false,2015,2016,2,1]
--- stderr
--- status
0
