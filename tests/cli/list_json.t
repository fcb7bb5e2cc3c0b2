# --json on listing commands, with filters.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" --json projects
$ amur --db "$DB" claims --json --subject bridge --property stage
$ amur --db "$DB" indicators --region ru-amu --series fdi_stock_share --json
$ amur --db "$DB" stakes --json
# a filter value that no row has is an error, not an empty list (values_checked.t)
$ amur --db "$DB" listings --json --instrument nothing
--- stdout
[
{"id":"bridge","kind":"bridge","name":"Blagoveshchensk–Heihe road bridge","names":{"en":"Blagoveshchensk–Heihe road bridge","ru":"Мост Благовещенск — Хэйхэ","zh":"黑河—布拉戈维申斯克大桥"},"place":"blag","side":null,"parent":null,"source":"study","locator":null,"note":null},
{"id":"quiet","kind":"other","name":"A project nobody reports on","names":{"en":"A project nobody reports on","ru":null,"zh":null},"place":null,"side":"ru","parent":null,"source":"study","locator":null,"note":null}
]
[
{"id":"c3","subject":"bridge","property":"stage","value":"operational","unit":null,"scope":null,"date":"2021-10-07","refers_to":"2021-10-07","source":"rg","locator":null,"quote":"has connected two banks","note":null,"quote_lang":null,"via":null,"tier":"national-media"},
{"id":"c4","subject":"bridge","property":"stage","value":"completed","unit":null,"scope":null,"date":"2021-10-01","refers_to":"2021-10-01","source":"amurlife","locator":null,"quote":"pontoon bridge would not be opened","note":null,"quote_lang":null,"via":null,"tier":"local-media"}
]
[
{"id":"i1","region":"ru-amu","series":"fdi_stock_share","partner":"cn","period":"2014","value":3,"value_max":null,"unit":"percent","source":"study","locator":null,"quote":null,"note":null},
{"id":"i2","region":"ru-amu","series":"fdi_stock_share","partner":"cn","period":"2019","value":7,"value_max":null,"unit":"percent","source":"study","locator":null,"quote":null,"note":null}
]
[
{"id":"s1","project":"bridge","actor":"sushkov","role":"opponent","influence":4,"from":"1990","to":"2017","source":"study","locator":null,"quote":"prevented the construction of the bridge for decades","note":null}
]
--- status
1
