# amur search on the bundled dataset: Russian, Chinese and English
# queries, case folded, short stems and two-character Chinese words found.
$ amur --db "$DB" load data >/dev/null
$ amur --db "$DB" search мост
$ amur --db "$DB" search МОСТ --kind project --json
$ amur --db "$DB" search 人民 --limit 2
$ amur --db "$DB" search 黑河 --kind place
$ amur --db "$DB" search 'heihe BRIDGE' --limit 3 --json
$ amur --db "$DB" search порт
$ amur --db "$DB" search 口岸 --limit 3
$ amur --db "$DB" search pontoon --kind claim --limit 2
--- stdout
kind     id                             rank  field    name                                               snippet
───────  ─────────────────────────────  ────  ───────  ─────────────────────────────────────────────────  ──────────────────────────────────────────────────────────────────────
project  prj-blag-heihe-pontoon         name  name_ru  Blagoveshchensk–Heihe pontoon bridge               Понтонный мост Благовещенск — Хэйхэ
project  prj-blag-heihe-bridge          name  name_ru  Blagoveshchensk–Heihe road bridge                  Автомобильный мост Благовещенск — Хэйхэ
project  prj-nl-tj-bridge               name  name_ru  Nizhneleninskoye–Tongjiang railway bridge          Железнодорожный мост Нижнеленинское — Тунцзян
source   src-eastrussia-2020-04-bridge  name  title    Мост Благовещенск — Хэйхэ допущен к эксплуатации   Мост Благовещенск — Хэйхэ допущен к эксплуатации
source   src-nsn-2019-11-bridge         name  title    В Благовещенске достроили мост в Китай через Амур  В Благовещенске достроили мост в Китай через Амур
claim    clm-blag-42                    text  quote    Blagoveshchensk–Heihe road bridge                  Автодорожный мост Благовещенск — Хэйхэ технически готов к эксплуатации
claim    clm-blag-40                    text  quote    Blagoveshchensk–Heihe road bridge                  в регионе зaвершено строительство мостового переходa
claim    clm-blag-41                    text  quote    Blagoveshchensk–Heihe road bridge                  …2019 года российская и китайская стороны произвели стыковку моста

8 matches
[
{"id":"prj-blag-heihe-pontoon","kind":"project","name":"Blagoveshchensk–Heihe pontoon bridge","names":{"en":"Blagoveshchensk–Heihe pontoon bridge","ru":"Понтонный мост Благовещенск — Хэйхэ","zh":null},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Понтонный ","match":"мост","after":" Благовещенск — Хэйхэ"}},
{"id":"prj-blag-heihe-bridge","kind":"project","name":"Blagoveshchensk–Heihe road bridge","names":{"en":"Blagoveshchensk–Heihe road bridge","ru":"Автомобильный мост Благовещенск — Хэйхэ","zh":"黑河—布拉戈维申斯克公路大桥"},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Автомобильный ","match":"мост","after":" Благовещенск — Хэйхэ"}},
{"id":"prj-nl-tj-bridge","kind":"project","name":"Nizhneleninskoye–Tongjiang railway bridge","names":{"en":"Nizhneleninskoye–Tongjiang railway bridge","ru":"Железнодорожный мост Нижнеленинское — Тунцзян","zh":"同江—下列宁斯阔耶铁路大桥"},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Железнодорожный ","match":"мост","after":" Нижнеленинское — Тунцзян"}}
]
kind   id          rank  field    name                                                    snippet
─────  ──────────  ────  ───────  ──────────────────────────────────────────────────────  ────────────────────
actor  act-cn      name  name_zh  People's Republic of China                              中华人民共和国
actor  act-mofcom  name  name_zh  Ministry of Commerce of the People's Republic of China  中华人民共和国商务部

4 matches (use --limit to see more)
kind   id               rank   field    name                                   snippet
─────  ───────────────  ─────  ───────  ─────────────────────────────────────  ────────
place  cn-heihe         exact  name_zh  Heihe                                  黑河
place  cn-hl-ftz-heihe  name   name_zh  Heilongjiang Pilot FTZ, Heihe section  黑河片区
place  xing-blag-heihe  name   name_zh  Blagoveshchensk–Heihe border crossing  黑河口岸

3 matches
[
{"id":"prj-blag-heihe-bridge","kind":"project","name":"Blagoveshchensk–Heihe road bridge","names":{"en":"Blagoveshchensk–Heihe road bridge","ru":"Автомобильный мост Благовещенск — Хэйхэ","zh":"黑河—布拉戈维申斯克公路大桥"},"subject":null,"property":null,"field":"name_en","rank":"name","snippet":{"before":"Blagoveshchensk–","match":"Heihe","after":" road bridge"}},
{"id":"prj-blag-heihe-pontoon","kind":"project","name":"Blagoveshchensk–Heihe pontoon bridge","names":{"en":"Blagoveshchensk–Heihe pontoon bridge","ru":"Понтонный мост Благовещенск — Хэйхэ","zh":null},"subject":null,"property":null,"field":"name_en","rank":"name","snippet":{"before":"Blagoveshchensk–","match":"Heihe","after":" pontoon bridge"}},
{"id":"ins-blag-heihe-concession","kind":"instrument","name":"Concession agreement for the Blagoveshchensk–Heihe bridge","names":{"en":"Concession agreement for the Blagoveshchensk–Heihe bridge","ru":null,"zh":null},"subject":null,"property":null,"field":"name_en","rank":"name","snippet":{"before":"Concession agreement for the Blagoveshchensk–","match":"Heihe","after":" bridge"}}
]
kind        id                 rank  field    name                                                         snippet
──────────  ─────────────────  ────  ───────  ───────────────────────────────────────────────────────────  ──────────────────────────────────────────────────────────
instrument  ins-fpv            name  name_ru  Free Port of Vladivostok                                     Свободный порт Владивосток
instrument  ins-roundwood-ban  name  name_ru  Ban on the export of roundwood (untreated wood) from Russia  Запрет на экспорт необработанной древесины (круглого леса)
actor       act-mintrans       name  name_ru  Ministry of Transport of the Russian Federation              Министерство транспорта Российской Федерации

3 matches
kind     id                        rank  field    name                                        snippet
───────  ────────────────────────  ────  ───────  ──────────────────────────────────────────  ──────────
project  prj-zabaikalsk-manzhouli  name  name_zh  Zabaikalsk–Manzhouli border crossing        满洲里口岸
place    xing-blag-heihe           name  name_zh  Blagoveshchensk–Heihe border crossing       黑河口岸
place    xing-nl-tj                name  name_zh  Nizhneleninskoye–Tongjiang border crossing  同江口岸

5 matches (use --limit to see more)
kind   id           rank  field  name                               snippet
─────  ───────────  ────  ─────  ─────────────────────────────────  ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
claim  clm-blag-34  text  quote  Blagoveshchensk–Heihe road bridge  neither the Blagoveshchensk – Heihe Bridge itself nor the pontoon bridge were still open for cargo transportation
claim  clm-blag-35  text  quote  Blagoveshchensk–Heihe road bridge  neither the Blagoveshchensk – Heihe Bridge itself nor the pontoon bridge were still open for cargo transportation

4 matches (use --limit to see more)
--- stderr
--- status
0
