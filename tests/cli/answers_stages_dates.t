# Stages against dates (docs/analyses.md): "ahead" had works from December 2016, a
# federal "put into operation" on 2019-05-31, completion in November 2019 and the
# opening on 2022-06-10. As of 2019-06-30 the federal claim is ruled out by the
# completion (ah3) and the project is under construction; as of 2021-10-31 it is
# completed, the local "not open" claim counting; as of 2023 the opening supersedes it.
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" --json status ahead --as-of 2019-06-30 | jq -c '.[] | [.stage, .ruled_out, [.claims[] | [.id, .ruled_out_by, .superseded_by]]]'
$ amur --db "$DB" --json status ahead --as-of 2021-10-31 | jq -c '.[] | [.stage, .ruled_out, [.claims[] | [.id, .ruled_out_by, .superseded_by]]]'
$ amur --db "$DB" --json status ahead --as-of 2023 | jq -c '.[] | [.stage, .delivered, .delivery_date, [.claims[] | [.id, .ruled_out_by, .superseded_by]]]'
$ amur --db "$DB" status ahead --as-of 2019-06-30 | grep -o 'ruled out by ah3'
--- stdout
["under-construction",1,[["ah0",null,null],["ah2","ah3",null]]]
["completed",1,[["ah0",null,"ah3"],["ah2","ah3",null],["ah4",null,null]]]
["operational",true,"2019-11",[["ah0",null,"ah3"],["ah2","ah3",null],["ah4",null,"ah5"]]]
ruled out by ah3
--- stderr
--- status
0
