# Lists (docs/api.md, "Lists"): sort by any field, both ways, null last
# (stages in ladder order: tests/api/sort_order.t),
# ties by id; a field the rows lack is a 400 with the nearest one; facets
# counted over the filtered list, not the page; q folded as search folds;
# from/to on the dated field; format=csv (and Accept: text/csv) the whole
# filtered, sorted list with the JSON's field names; did-you-mean on 404.
# The researcher's list: the 2009-2018 programme's projects by days late.
$ amur --db "$DB" -q load data
$ . tests/api/lib.sh && api_start
$ P='/api/delivery?instrument=ins-prog-2009-2018&as_of=2024-12-31'
$ items "$P&sort=-delay_days" | jq -c '.[] | [.id, .stage, .first, .final, .actual, .delay_days, .overdue, (.sources | length)]'
$ items "$P&sort=delay_days" | jq -c '[.[].id]'
$ items "$P" | jq -c '[.[].id]'
# null last either way, ties by id
$ items '/api/projects?as_of=2024-12-31&sort=stage&limit=10000' | jq -c '[.[0].stage, .[-1].stage, ([.[] | select(.stage == null)] | length)]'
$ items '/api/projects?as_of=2024-12-31&sort=-stage&limit=10000' | jq -c '[.[0].stage, .[-1].stage]'
$ items '/api/projects?as_of=2024-12-31&sort=stage&limit=10000' | jq -c '[.[] | select(.stage == "agreed") | .id] | . == sort'
$ items '/api/slippage?as_of=2024-12-31&sort=-delay_days&limit=3' | jq -c '[.[] | [.id, .delay_days]]'
# a dotted path, and a field of the findings
$ items '/api/scorecards?as_of=2024-12-31&sort=-rates.delivery.rate&limit=2' | jq -c '[.[] | [.id, .rates.delivery.rate]]'
$ items '/api/projects?sort=-names.zh&limit=1' | jq -c '.[].names.zh'
# a field the rows lack
$ code '/api/slippage?sort=dealy_days'
$ get '/api/slippage?sort=dealy_days'
$ get '/api/projects?sort=-nme'
$ get '/api/projects?sort=names'
$ get '/api/projects?sort=-'
# the paging is of the sorted list
$ items '/api/slippage?as_of=2024-12-31&sort=-delay_days&limit=2&offset=1' | jq -c '[.[].delay_days]'
# facets: over the filtered list, not the page
$ get '/api/projects?as_of=2024-12-31&facets=true&limit=0' | jq -c '[.total, (.facets.side | map(.count) | add), .facets.side]'
$ get '/api/projects?as_of=2024-12-31&side=ru&facets=true&limit=1' | jq -c '[.total, .facets.side, (.facets.stage | map(.count) | add)]'
$ get "$P&facets=true&limit=0" | jq -c '.facets.overdue'
$ get '/api/claims?facets=1&limit=0&subject=prj-blag-heihe-bridge' | jq -c '[.total, .facets.year[0], (.facets.tier | length)]'
$ get '/api/projects?limit=1' | jq -c 'has("facets")'
# q: every word, folded (case, Russian)
$ get '/api/claims?q=мост&limit=0' | jq .total
$ get '/api/claims?q=МОСТ&limit=0' | jq .total
$ get '/api/claims?q=мост%20хэйхэ&limit=0' | jq .total
$ get '/api/projects?q=heihe%20bridge' | jq -c '[.total, [.items[].id]]'
$ get '/api/projects?as_of=2024-12-31&publisher=Amur%20Life' | jq -c '[.total, [.items[] | .id, (.publishers | index("Amur Life") != null)]]'
$ get '/api/projects?as_of=2015-12-31&known_by=2015-12-31&facets=true&limit=0' | jq -c '.facets.publishers[0]'
$ get '/api/projects?q=cnbridge' | jq -c '.total'
$ get '/api/projects?publisher=cnbridge' | jq -c '.total'
# from/to on the dated field (a partial date overlaps)
$ get '/api/sources?from=2020&to=2020-01&sort=date&limit=100' | jq -c '[.items[].date]'
$ get '/api/sources?from=2021&to=2020'
$ code '/api/projects?from=2020'
# the analyses' dated fields: a slippage history by the date its latest promise names,
# a status by its delivery, a scorecard by its programme's date; none for contradictions
$ items '/api/slippage?as_of=2024-12-31&from=2021&to=2021-06&sort=final' | jq -c '[.[] | [.id, .final]]'
$ items '/api/status?as_of=2024-12-31&from=2019&to=2019' | jq -c '[.[] | [.id, .delivery_date]]'
$ items '/api/scorecards?from=2009-09&to=2010' | jq -c '[.[] | [.id, .date]]'
$ code '/api/contradictions?from=2020'
$ get '/api/inflation?from=2015&to=2016' | jq -c '[.items[].year]'
# CSV: the whole list, sorted, with the JSON's field names
$ head_of "$P&sort=-delay_days&format=csv" | grep -i -E '^(content-type|content-disposition):'
$ _curl "$P&sort=-delay_days&format=csv" | head -c 3 | od -An -tx1
$ _curl "$P&sort=-delay_days&format=csv" | head -1 | cat -v
$ _curl "$P&sort=-delay_days&format=csv" | tail -n +2 | cut -d, -f1 | tr -d '\r'
$ _curl "$P&sort=-delay_days&format=csv" | tail -n +2 | grep -c $'\r$'
$ _curl '/api/slippage?as_of=2024-12-31&sort=-delay_days&limit=5&format=csv' | tail -n +2 | wc -l
$ get '/api/slippage?as_of=2024-12-31&limit=0' | jq .total
$ _curl '/api/slippage?as_of=2024-12-31&sort=-delay_days&limit=5&format=csv' | sed -n 2p | cut -d, -f1
# Accept: text/csv, even after the JSON of the same address was cached
$ code '/api/stakes?sort=-influence'
$ _curl '/api/stakes?sort=-influence' -H 'Accept: text/csv' | sed -n 1,2p | cut -d, -f1-5
$ head_of '/api/stakes?sort=-influence' -H 'Accept: text/csv, application/json' | grep -i '^content-type:'
$ head_of '/api/stakes?sort=-influence&format=json' -H 'Accept: text/csv' | grep -i '^content-type:'
$ get '/api/stakes?format=xml'
# 404 with the closest id
$ get '/api/project/prj-blag-hehe-bridge'
$ get '/api/instrument/ins-prog-2009-201'
$ get '/api/source/src-fn5O'
$ get '/api/actor/act-gre'
$ get '/api/project/nothing-like-it'
$ code '/api/scorecard/ins-prog-2009'
$ get '/api/source/src-fn50' | jq -c '[.source.id, (.claims | length), ([.claims[].source] | unique)]'
$ get '/api/actor/act-gref' | jq -c '[.actor.id, [.stakes[].project], [.projects[] | [.id, .stage]]]'
$ get '/api/delivery?instrument=ins-prog-2009-201'
$ get '/api/delivery'
--- stdout
["prj-border-crossings-modernisation","listed","2012","2024",null,4383,false,3]
["prj-nl-tj-bridge","operational","2017","2018","2022-04-27",1578,false,8]
["prj-blag-heihe-bridge","operational","2019-10","2021-01","2022-06-10",953,false,12]
["prj-blag-heihe-bridge","prj-nl-tj-bridge","prj-border-crossings-modernisation"]
["prj-blag-heihe-bridge","prj-nl-tj-bridge","prj-border-crossings-modernisation"]
["listed",null,12]
["cancelled",null]
true
[["prj-amur-heihe-refinery/planned_opening",5844],["prj-pogranichny-reconstruction/planned_completion",4475],["prj-border-crossings-modernisation/planned_completion",4383]]
[["ins-blag-bridge-agr-1995",1],["ins-blag-heihe-concession",1]]
"黑瞎子岛口岸"
400
{"error":"sort: no field 'dealy_days' in these rows; did you mean 'delay_days'?"}
{"error":"sort: no field 'nme' in these rows; did you mean 'name'?"}
{"error":"sort: 'names' holds an object, not one value; sort by a field inside it"}
{"error":"sort: '-' names no field"}
[4475,4383]
[73,73,[{"value":"ru","count":43},{"value":null,"count":16},{"value":"cn","count":14}]]
[43,[{"value":"ru","count":43}],43]
[{"value":false,"count":3}]
[93,{"value":2019,"count":37},6]
false
50
50
5
[3,["prj-blag-heihe-bridge","prj-blag-heihe-pontoon","prj-kani-kurgan-checkpoint"]]
[2,["prj-blag-heihe-bridge",true,"prj-blag-heihe-pontoon",true]]
{"value":"东北网 (dbw.cn), copy on syxj.com.cn","count":3}
0
0
["2020","2020","2020-01","2020-01","2020-01-23"]
{"error":"to (2020) must not be before from (2021)"}
400
[["prj-kraskino-reconstruction/planned_start","2021"],["prj-kultuk-water-plant/planned_opening","2021"],["prj-pogranichny-rail-reconstruction/planned_start","2021"],["prj-pogranichny-reconstruction/planned_start","2021"],["prj-poltavka-reconstruction/planned_start","2021"],["prj-turiy-rog-reconstruction/planned_start","2021"],["prj-zarubino-grain-terminal/planned_opening/stage=1","2021"],["prj-blag-heihe-bridge/planned_opening","2021-01"]]
[["prj-blag-heihe-bridge","2019"]]
[["ins-prog-2009-2018","2009-09-23"],["ins-checkpoints-agr-2010","2010-11-23"]]
400
[2015,2016]
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="amur-delivery-ins-prog-2009-2018-2024-12-31-by-delay_days-desc.csv"
 ef bb bf
M-oM-;M-?id,project,name,names.en,names.ru,names.zh,side,stage,property,scope,first,final,actual,delay_days,overdue,sources^M
prj-border-crossings-modernisation
prj-nl-tj-bridge
prj-blag-heihe-bridge
3
82
82
prj-amur-heihe-refinery/planned_opening
200
﻿id,project,actor,role,influence
stk-ayan-residents,prj-ayan-methanol,act-ayan-residents,opponent,5
Content-Type: text/csv; charset=utf-8
Content-Type: application/json; charset=utf-8
{"error":"format: 'xml' is not one of json, csv"}
{"error":"no project 'prj-blag-hehe-bridge'; did you mean 'prj-blag-heihe-bridge'?"}
{"error":"no instrument 'ins-prog-2009-201'; did you mean 'ins-prog-2009-2018'?"}
{"error":"no source 'src-fn5O'; did you mean 'src-fn5'?"}
{"error":"no actor 'act-gre'; did you mean 'act-gref'?"}
{"error":"no project 'nothing-like-it'"}
404
["src-fn50",9,["src-fn50"]]
["act-gref",["prj-blag-heihe-bridge"],[["prj-blag-heihe-bridge","operational"]]]
{"error":"no instrument 'ins-prog-2009-201'; did you mean 'ins-prog-2009-2018'?"}
{"error":"instrument is missing"}
--- stderr
--- status
0
