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
kind        id                             rank  field    name                                                                                                                                            snippet
──────────  ─────────────────────────────  ────  ───────  ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────  ──────────────────────────────────────────────────────────────────────────────────────────────────
project     prj-amurzet-luobei-pontoon     name  name_ru  Amurzet–Luobei winter pontoon bridge                                                                                                            Понтонный мост Амурзет — Лобэй
project     prj-blag-heihe-pontoon         name  name_ru  Blagoveshchensk–Heihe pontoon bridge                                                                                                            Понтонный мост Благовещенск — Хэйхэ
project     prj-nl-tj-pontoon              name  name_ru  Tongjiang–Nizhneleninskoye winter pontoon crossing                                                                                              Понтонный мост Тунцзян — Нижнеленинское
project     prj-pashkovo-jiayin-bridge     name  name_ru  Pashkovo–Jiayin road bridge                                                                                                                     Автомобильный мост Пашково — Цзяинь
project     prj-blag-heihe-bridge          name  name_ru  Blagoveshchensk–Heihe road bridge                                                                                                               Автомобильный мост Благовещенск — Хэйхэ
project     prj-nl-tj-bridge               name  name_ru  Nizhneleninskoye–Tongjiang railway bridge                                                                                                       Железнодорожный мост Нижнеленинское — Тунцзян
instrument  ins-blag-bridge-agr-1995       name  name_ru  Agreement between the governments of Russia and China on the Blagoveshchensk–Heihe road bridge (1995), amended by a protocol of September 2015  Соглашение о строительстве автодорожного моста Благовещенск — Хэйхэ (1995), с протоколом 2015 года
instrument  ins-nltj-bridge-agr-2008       name  name_ru  Agreement between Russia and China on the Nizhneleninskoye–Tongjiang railway bridge                                                             Соглашение о строительстве железнодорожного мостового перехода Нижнеленинское — Тунцзян
instrument  ins-pashkovo-intent-2025       name  name_ru  Agreement of intent on building the Pashkovo–Jiayin road bridge                                                                                 Соглашение о намерениях по строительству автомобильного моста через Амур в районе с. Пашково
actor       act-bamtonnelstroy             name  name_ru  Bamtonnelstroy-Most                                                                                                                             АО «Бамтоннельстрой-Мост»
source      src-sokolov-2016               name  title    Мост через Амур достоят позже, чем обещалось                                                                                                    Мост через Амур достоят позже, чем обещалось
source      src-eastrussia-2020-04-bridge  name  title    Мост Благовещенск — Хэйхэ допущен к эксплуатации                                                                                                Мост Благовещенск — Хэйхэ допущен к эксплуатации
source      src-riacrimea-2022-06-10       name  title    Мост между Россией и Китаем открыли в Благовещенске                                                                                             Мост между Россией и Китаем открыли в Благовещенске
source      src-eaomedia-2021-07-02        name  title    Мостовой переход ЕАО — КНР обещают сдать до 26 августа                                                                                          Мостовой переход ЕАО — КНР обещают сдать до 26 августа
source      src-dorinfo-2020-12-24         name  title    Мост через Амур Благовещенск - Хэйхэ планируют открыть в январе                                                                                 Мост через Амур Благовещенск - Хэйхэ планируют открыть в январе
source      src-ria-2020-08-31             name  title    Мост в Китай из Благовещенска не откроется 1 сентября из-за COVID-19                                                                            Мост в Китай из Благовещенска не откроется 1 сентября из-за COVI…
source      src-smotrim-2023-12-10         name  title    Понтонный мост через Амур планируют открыть к 20 декабря                                                                                        Понтонный мост через Амур планируют открыть к 20 декабря
source      src-vremyabir-2018-02-09       name  title    Сроки сдачи моста между КНР и ЕАО сдвигаются                                                                                                    Сроки сдачи моста между КНР и ЕАО сдвигаются
source      src-gazeta-2016-03-08          name  title    Строительство моста из России в Китай начнется в июле                                                                                           Строительство моста из России в Китай начнется в июле
source      src-ruscable-2022-01           name  title    Железнодорожный мост Нижнеленинское - Тунцзян введут в эксплуатацию летом 2023 года                                                             Железнодорожный мост Нижнеленинское - Тунцзян введут в эксплуатацию летом 2023 г…

99 matches (use --limit to see more)
[
{"id":"prj-amurzet-luobei-pontoon","kind":"project","name":"Amurzet–Luobei winter pontoon bridge","names":{"en":"Amurzet–Luobei winter pontoon bridge","ru":"Понтонный мост Амурзет — Лобэй","zh":"萝北至阿穆尔捷特浮箱固冰通道"},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Понтонный ","match":"мост","after":" Амурзет — Лобэй"}},
{"id":"prj-blag-heihe-pontoon","kind":"project","name":"Blagoveshchensk–Heihe pontoon bridge","names":{"en":"Blagoveshchensk–Heihe pontoon bridge","ru":"Понтонный мост Благовещенск — Хэйхэ","zh":null},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Понтонный ","match":"мост","after":" Благовещенск — Хэйхэ"}},
{"id":"prj-nl-tj-pontoon","kind":"project","name":"Tongjiang–Nizhneleninskoye winter pontoon crossing","names":{"en":"Tongjiang–Nizhneleninskoye winter pontoon crossing","ru":"Понтонный мост Тунцзян — Нижнеленинское","zh":"同江至下列宁斯阔耶浮箱固冰通道"},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Понтонный ","match":"мост","after":" Тунцзян — Нижнеленинское"}},
{"id":"prj-pashkovo-jiayin-bridge","kind":"project","name":"Pashkovo–Jiayin road bridge","names":{"en":"Pashkovo–Jiayin road bridge","ru":"Автомобильный мост Пашково — Цзяинь","zh":"帕什科沃—嘉荫跨境公路大桥"},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Автомобильный ","match":"мост","after":" Пашково — Цзяинь"}},
{"id":"prj-blag-heihe-bridge","kind":"project","name":"Blagoveshchensk–Heihe road bridge","names":{"en":"Blagoveshchensk–Heihe road bridge","ru":"Автомобильный мост Благовещенск — Хэйхэ","zh":"黑河—布拉戈维申斯克公路大桥"},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Автомобильный ","match":"мост","after":" Благовещенск — Хэйхэ"}},
{"id":"prj-nl-tj-bridge","kind":"project","name":"Nizhneleninskoye–Tongjiang railway bridge","names":{"en":"Nizhneleninskoye–Tongjiang railway bridge","ru":"Железнодорожный мост Нижнеленинское — Тунцзян","zh":"同江—下列宁斯阔耶铁路大桥"},"subject":null,"property":null,"field":"name_ru","rank":"name","snippet":{"before":"Железнодорожный ","match":"мост","after":" Нижнеленинское — Тунцзян"}}
]
kind   id          rank  field    name                                                    snippet
─────  ──────────  ────  ───────  ──────────────────────────────────────────────────────  ────────────────────
actor  act-cn      name  name_zh  People's Republic of China                              中华人民共和国
actor  act-mofcom  name  name_zh  Ministry of Commerce of the People's Republic of China  中华人民共和国商务部

17 matches (use --limit to see more)
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
kind        id                            rank  field    name                                                                                                                       snippet
──────────  ────────────────────────────  ────  ───────  ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────  ────────────────────────────────────────────────────────────────────────────────────────────────────────
project     prj-zarubino-port             name  name_ru  Zarubino universal sea port ("Bolshoy port Zarubino")                                                                      Большой порт Зарубино
project     prj-primorye-corridors        name  name_ru  International transport corridors Primorye-1 and Primorye-2                                                                Международные транспортные коридоры «Приморье-1» и «Приморье-2»
project     prj-zarubino-grain-terminal   name  name_ru  Far Eastern grain terminal in Zarubino port (United Grain Company)                                                         Зерновой терминал в порту Зарубино (ОЗК, «Дальневосточный зерновой терминал»)
project     prj-zarubino-renovation-2011  name  name_ru  Renovation of the existing Zarubino port with Hunchun (2011)                                                               Реконструкция действующего порта Зарубино при участии Хуньчуня (2011)
project     prj-amur-heihe-refinery       name  name_ru  Amur oil refinery and Amur–Heihe oil products complex (Berezovka)                                                          Амурский НПЗ; комплекс переработки, хранения и транспортировки нефтепродуктов «Амур — Хэйхэ» (Березовка)
instrument  ins-fpv                       name  name_ru  Free Port of Vladivostok                                                                                                   Свободный порт Владивосток
instrument  ins-roundwood-ban             name  name_ru  Ban on the export of roundwood (untreated wood) from Russia                                                                Запрет на экспорт необработанной древесины (круглого леса)
instrument  ins-np-ets                    name  name_ru  National project "Efficient transport system"                                                                              Национальный проект «Эффективная транспортная система»
actor       act-mintrans                  name  name_ru  Ministry of Transport of the Russian Federation                                                                            Министерство транспорта Российской Федерации
source      src-vedomosti-2016-03-24      name  title    Создание транспортных коридоров Китай – Приморье оценили в 315 млрд рублей                                                 Создание транспортных коридоров Китай – Приморье оценили в 315 млрд рублей
source      src-kommersant-2016-07-05     name  title    ТОР и Свободный порт привлекли 163 млрд рублей китайских инвестиций                                                        ТОР и Свободный порт привлекли 163 млрд рублей китайских инвестиций
source      src-vedomosti-2017-02-20      name  title    China Merchants заинтересовалась портом Зарубино                                                                           China Merchants заинтересовалась портом Зарубино
source      src-ati-2018-05-25            name  title    Проект зернового терминала в порту Зарубино будет реализован несмотря на арест братьев Магомедовых                         Проект зернового терминала в порту Зарубино будет реализован несмотря на арест братьев Магоме…
source      src-kommersant-2014-11-11     name  title    Сумма привлечет CMHI к строительству порта Зарубино                                                                        Сумма привлечет CMHI к строительству порта Зарубино
source      src-ati-2017-03-13            name  title    Правительство решило проблему с транспортировкой нефти на Амурский НПЗ                                                     Правительство решило проблему с транспортировкой нефти на Амурский НПЗ
source      src-summa-2014-09-22          name  title    Сми о нас: презентация проекта Большого порта Зарубино в Москве                                                            Сми о нас: презентация проекта Большого порта Зарубино в Москве
source      src-ati-2017-03-29            name  title    Проект по строительству зернового терминала в порту Зарубино (Приморье) может войти в госпрограмму                         Проект по строительству зернового терминала в порту Зарубино (Приморье) может войти в госпрограмму
source      src-summa-2016-08-09          name  title    Правительство КНР поддержало двух потенциальных партнеров Группы «Сумма» по проекту строительства Большого порта Зарубино  … партнеров Группы «Сумма» по проекту строительства Большого порта Зарубино
claim       clm-olochi-03                 text  quote    Olochi–Shiwei automobile crossing                                                                                          Паспортная пропускная способность пункта пропуска – 20 грузовиков в…
claim       clm-makhalino-03              text  quote    Makhalino railway checkpoint (construction)                                                                                Министерство транспорта РФ планирует в период с 2020 по 2023 годы провести за счет…

49 matches (use --limit to see more)
kind     id                   rank  field    name                                                     snippet
───────  ───────────────────  ────  ───────  ───────────────────────────────────────────────────────  ──────────────────
project  prj-hunchun-port-cn  name  name_zh  New Hunchun road port (Chinese side, opposite Kraskino)  珲春口岸
project  prj-olochi-shiwei    name  name_zh  Olochi–Shiwei automobile crossing                        室韦口岸
project  prj-dzhalinda-mohe   name  name_zh  Dzhalinda–Mohe crossing (reopening and rail bridge)      漠河口岸（加林达）

81 matches (use --limit to see more)
kind   id                rank  field  name                                  snippet
─────  ────────────────  ────  ─────  ────────────────────────────────────  ─────────────────────────────────────────────────────────────────────────────────
claim  clm-pontoon-a-08  text  note   Blagoveshchensk–Heihe pontoon bridge  Passenger pontoon crossing opened on 4 December 2019; 650 m, 10 barges.
claim  clm-amurzet-08    text  note   Amurzet–Luobei winter pontoon bridge  The 2025-2026 pontoon crossing opened on 24 December, the earliest in five years.

18 matches (use --limit to see more)
--- stderr
--- status
0
