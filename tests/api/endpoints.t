# Every endpoint answers over loopback, and its objects are the command
# line's --json objects, byte for byte (compact).
$ amur --db "$DB" load data >/dev/null
$ . tests/api/lib.sh && api_start
$ for p in summary projects project/prj-blag-heihe-bridge status instruments instrument/ins-prog-2009-2018 scorecards scorecard/ins-prog-2009-2018 contradictions slippage regions risks inflation carryover 'search?q=bridge' report places sources claims indicators actors listings stakes openapi.json; do echo "$p $(code /api/$p)"; done
$ get /api/summary | jq -c '.counts'
$ [ "$(items '/api/status?as_of=2021-10-31')" = "$(cli status --as-of 2021-10-31)" ] && echo status same
$ [ "$(items '/api/slippage?as_of=2021-10-31')" = "$(cli slippage --as-of 2021-10-31)" ] && echo slippage same
$ [ "$(items '/api/contradictions?as_of=2021-10-31')" = "$(cli contradictions --as-of 2021-10-31)" ] && echo contradictions same
$ [ "$(items '/api/scorecards?as_of=2015-12-31')" = "$(cli scorecard --as-of 2015-12-31)" ] && echo scorecards same
$ [ "$(get '/api/scorecard/ins-prog-2009-2018?as_of=2015-12-31' | jq -c .)" = "$(cli scorecard ins-prog-2009-2018 --as-of 2015-12-31 | jq -c '.[0]')" ] && echo scorecard same
$ [ "$(items /api/regions)" = "$(cli regions)" ] && echo regions same
$ [ "$(items '/api/risks?ever=1&min_influence=3')" = "$(cli risks --ever --min-influence 3 | jq -c '[.[] | select(.id != "summary")]')" ] && echo risks same
$ [ "$(get '/api/risks?ever=1&min_influence=3' | jq -c .summary)" = "$(cli risks --ever --min-influence 3 | jq -c '.[] | select(.id == "summary")')" ] && echo risks summary same
$ [ "$(items /api/inflation)" = "$(cli inflation)" ] && echo inflation same
$ [ "$(items /api/carryover)" = "$(cli carryover)" ] && echo carryover same
$ [ "$(items '/api/search?q=%D0%BC%D0%BE%D1%81%D1%82')" = "$(cli search мост)" ] && echo search same
$ [ "$(get /api/report | jq -c .blocks)" = "$(cli report)" ] && echo report same
$ for k in sources places actors instruments projects listings stakes claims indicators; do [ "$(items "/api/$k?limit=10000" | jq -c 'map(del(.projects, .stage, .confidence, .contested, .overridden))')" = "$(cli $k)" ] && echo "$k same"; done
$ get /api/project/prj-blag-heihe-bridge | jq -c '[.id, .project.stage, .status.stage, (.claims|length), (.slippage|length), (.listings|length), (.stakes|length), (.contradictions|length), (.sources|length)]'
$ get /api/project/prj-blag-heihe-bridge | jq -c '[.listings[0] | .instrument_name, .instrument_date] , [.stakes[0] | .actor_name, .active]'
$ get /api/instrument/ins-prog-2009-2018 | jq -c '[.id, .instrument.kind, (.listings|length), .scorecard.listed, (.claims|length) > 0, (.sources|length) > 0]'
$ get '/api/places?located=1' | jq -c '.items[] | [.id, .kind, .lat, .lon, [.projects[] | [.id, .stage]]]'
$ get '/api/claims?subject=prj-blag-heihe-bridge&property=stage&limit=2' | jq -c '[.total, [.items[] | .id, .tier]]'
$ get '/api/projects?stage=completed' | jq -c '[.total, [.items[].id]]'
$ get '/api/indicators?region=ru-zab&series=fdi_stock_share' | jq -c '[.total, [.items[] | [.period, .value]]]'
$ get /api/openapi.json | jq -c '[.openapi, (.paths | length)]'
$ api_stop
--- stdout
summary 200
projects 200
project/prj-blag-heihe-bridge 200
status 200
instruments 200
instrument/ins-prog-2009-2018 200
scorecards 200
scorecard/ins-prog-2009-2018 200
contradictions 200
slippage 200
regions 200
risks 200
inflation 200
carryover 200
search?q=bridge 200
report 200
places 200
sources 200
claims 200
indicators 200
actors 200
listings 200
stakes 200
openapi.json 200
{"sources":396,"places":72,"actors":82,"instruments":56,"projects":73,"listings":27,"stakes":63,"claims":922,"indicators":29}
status same
slippage same
contradictions same
scorecards same
scorecard same
regions same
risks same
risks summary same
inflation same
carryover same
report same
sources same
places same
actors same
instruments same
listings same
stakes same
claims same
indicators same
["prj-blag-heihe-bridge","operational","operational",93,6,3,16,24,40]
["Program of cooperation between the regions of the Far East and Eastern Siberia of the Russian Federation and the Northeast of the People's Republic of China (2009-2018)","2009-09-23"]
["Stepan Avramenko",false]
["ins-prog-2009-2018","programme",3,3,true,true]
["ru","country",null,null,[["prj-border-crossings-modernisation","listed"],["prj-power-of-siberia","completed"]]]
["ru-fefd","group",null,null,[["prj-center-chinese-investors","agreed"]]]
["ru-pri","region",45.21009,134.70302,[["prj-dcss","completed"],["prj-huayu-park","operational"],["prj-tor-nadezhdinskaya","operational"],["prj-primorye-corridors","under-construction"],["prj-mtor-sukhodol","listed"]]]
["ru-kha","region",50.80276,136.62917,[["prj-amursk-pulp","agreed"],["prj-azia-les","cancelled"],["prj-khabarovsk-xinxing-lng","agreed"],["prj-ayan-methanol","cancelled"]]]
["ru-amu","region",50.47051,127.31298,[["prj-amur-gpp","completed"],["prj-amur-heihe-refinery","under-construction"],["prj-erkovetskaya-tpp","agreed"],["prj-kuranakh-olekminsky","operational"],["prj-berezovka-cement","under-construction"],["prj-garinsky-gok","listed"],["prj-tor-belogorsk-clinker","operational"],["prj-amur-gcc","under-construction"]]]
["ru-yev","region",48.63997,132.75808,[["prj-kimkano-sutarsky","completed"],["prj-tor-amuro-khinganskaya","agreed"]]]
["ru-zab","region",50.35119,114.9419,[["prj-amazar-pulp","cancelled"],["prj-noyon-tologoy",null],["prj-klyuchevskoye-gold","agreed"],["prj-berezovskoye-iron","listed"]]]
["ru-bu","region",50.0526,107.77831,[["prj-ozernoye-gok","operational"]]]
["cn-hl","region",46.84509,127.96974,[["prj-hmsd-zone","operational"]]]
["ru-bolshoy-kamen","city",43.11,132.35,[["prj-zvezda","completed"]]]
["ru-zabaikalsk","settlement",49.65137,117.32674,[["prj-zabaikalsk-grain-terminal","operational"]]]
["cn-suifenhe","city",44.39982,131.14775,[["prj-suifenhe-bonded-zone",null],["prj-suifenhe-dongning-pilot-zone","agreed"]]]
["cn-manzhouli","city",49.6,117.43333,[["prj-manzhouli-bonded-zone","operational"],["prj-manzhouli-rail-freight-yard","operational"]]]
["cn-harbin","city",45.75,126.65,[["prj-harbin-bank-platform","operational"]]]
["xing-blag-heihe","crossing",50.26003,127.50827,[["prj-blag-heihe-bridge","operational"],["prj-blag-heihe-pontoon","operational"],["prj-blag-heihe-cablecar","under-construction"],["prj-kani-kurgan-checkpoint","operational"]]]
["xing-pog-sfh","crossing",44.40512,131.26311,[["prj-pogranichny-reconstruction","under-construction"],["prj-pogranichny-rail-reconstruction","listed"]]]
["xing-zab-man","crossing",49.62569,117.38004,[["prj-zabaikalsk-manzhouli",null],["prj-zabaikalsk-auto-reconstruction","financed"],["prj-manzhouli-road-port-upgrade","under-construction"]]]
["xing-nl-tj","crossing",47.9644,132.6678,[["prj-nl-tj-bridge","operational"],["prj-nl-tj-pontoon","operational"]]]
["cn-suifenhe-ftz","zone",null,null,[["prj-suifenhe-ftz","agreed"]]]
["cn-hl-ftz","zone",null,null,[["prj-hlj-ftz","operational"]]]
["cn-hl-ftz-harbin","zone",45.75,126.65,[["prj-hlj-ftz-harbin",null]]]
["cn-hl-ftz-heihe","zone",50.24413,127.49016,[["prj-hlj-ftz-heihe",null]]]
["cn-hl-ftz-suifenhe","zone",44.39982,131.14775,[["prj-hlj-ftz-suifenhe",null]]]
["isl-bolshoy-ussuriysky","island",48.38,134.8,[["prj-bolshoy-ussuriysky","agreed"],["prj-bui-checkpoint","agreed"],["prj-bui-checkpoint-cn","under-construction"]]]
["isl-russky","island",42.98,131.8,[["prj-russky-cluster","listed"]]]
["xing-amurzet-luobei","crossing",null,null,[["prj-amurzet-luobei-pontoon","operational"]]]
["xing-dzhalinda-mohe","crossing",null,null,[["prj-dzhalinda-mohe","agreed"]]]
["xing-pashkovo-jiayin","crossing",null,null,[["prj-pashkovo-jiayin-bridge","agreed"]]]
["xing-olochi-shiwei","crossing",null,null,[["prj-olochi-shiwei","suspended"]]]
["ru-sa","region",null,null,[["prj-timir-iron","agreed"]]]
["xing-pokrovka-luoguhe","crossing",null,null,[["prj-pokrovka-luoguhe","suspended"]]]
["xing-kraskino-hunchun","crossing",42.78911,130.56851,[["prj-kraskino-reconstruction","under-construction"],["prj-hunchun-port-cn","under-construction"]]]
["xing-poltavka-dongning","crossing",44.05323,131.18586,[["prj-poltavka-reconstruction","listed"]]]
["xing-turiy-rog-mishan","crossing",45.38246,131.9109,[["prj-turiy-rog-reconstruction","listed"]]]
["xing-markovo-hulin","crossing",null,null,[["prj-markovo-reconstruction","under-construction"]]]
["ru-zarubino","settlement",null,null,[["prj-zarubino-port","listed"],["prj-zarubino-renovation-2011",null],["prj-zarubino-grain-terminal","listed"]]]
["ru-makhalino","settlement",null,null,[["prj-makhalino-rail-checkpoint","under-construction"],["prj-hunchun-makhalino-railway","operational"]]]
["ru-ussuriysk","city",43.8,131.95,[["prj-ussuriysk-zone","operational"]]]
["ru-irk","region",null,null,[["prj-kultuk-water-plant","cancelled"]]]
[15,["clm-blag-10","national-media","clm-blag-13","national-media"]]
[5,["prj-power-of-siberia","prj-amur-gpp","prj-zvezda","prj-dcss","prj-kimkano-sutarsky"]]
[2,[["2019",33],["2014",68]]]
["3.0.3",35]
--- stderr
--- status
0
