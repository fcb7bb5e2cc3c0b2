# Parts (docs/analyses.md, "Status", steps 6 and 7): "halves" has a Chinese part
# (works 2013, completed 2016) and a Russian one (works from 2017), known from claims
# made in 2021. As of 2016 the Russian part has no evidence yet, so neither has the
# whole (China's completed half does not make the bridge completed); as of 2018 the
# whole is as far as its least advanced part: under construction.
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" --json status halves --as-of 2016 | jq -c '.[] | [.stage, .delivered, [.parts[] | [.scope, .stage]]]'
$ amur --db "$DB" --json status halves --as-of 2018 | jq -c '.[] | [.stage, .delivered, [.parts[] | [.scope, .stage]]]'
--- stdout
[null,false,[["side=cn","completed"],["side=ru",null]]]
["under-construction",false,[["side=cn","completed"],["side=ru","under-construction"]]]
--- stderr
--- status
0
