# Every listing command as an aligned table; Cyrillic and Chinese line up.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" sources
$ amur --db "$DB" places
$ amur --db "$DB" actors
$ amur --db "$DB" instruments
$ amur --db "$DB" projects
$ amur --db "$DB" listings
$ amur --db "$DB" stakes
$ amur --db "$DB" claims
$ amur --db "$DB" indicators
--- stdout
id        tier            date        publisher           title
────────  ──────────────  ──────────  ──────────────────  ───────────────────────────────────────────────────────────────────────────────────────────────────
study     academic        2021-11                         Russian-Chinese cross-border cooperation: a study
rg        national-media  2021-10-07  Rossiyskaya Gazeta  Public-private partnership has connected two banks of the Amur River
amurlife  local-media     2021-10-01  Amur Life           Amur entrepreneur says that if the pontoon bridge would not be opened, "prices will fly into space"
id      kind     name_en          name_ru           name_zh         country  lat      lon
──────  ───────  ───────────────  ────────────────  ──────────────  ───────  ───────  ────────
ru      country  Russia           Россия            俄罗斯
cn      country  China            Китай             中国
ru-amu  region   Amur Region      Амурская область  阿穆尔州        ru
blag    city     Blagoveshchensk  Благовещенск      布拉戈维申斯克  ru       50.2727  127.5405
heihe   city     Heihe            Хэйхэ             黑河            cn       50.2450  127.4900
id       kind    name_en           name_ru          name_zh  country
───────  ──────  ────────────────  ───────────────  ───────  ───────
sushkov  person  Vladimir Sushkov  Владимир Сушков           ru
id         kind       level              date        valid_from  valid_to  name_en
─────────  ─────────  ─────────────────  ──────────  ──────────  ────────  ───────────────────────────────────
prog-2009  programme  intergovernmental  2009-09-23  2009        2018      Programme of cooperation, 2009–2018
id      kind    side  place  name_en                            name_ru                    name_zh
──────  ──────  ────  ─────  ─────────────────────────────────  ─────────────────────────  ───────────────────────
bridge  bridge        blag   Blagoveshchensk–Heihe road bridge  Мост Благовещенск — Хэйхэ  黑河—布拉戈维申斯克大桥
quiet   other   ru           A project nobody reports on
id  instrument  project  side  item  planned_start  planned_end  carried_from
──  ──────────  ───────  ────  ────  ─────────────  ───────────  ────────────
l1  prog-2009   bridge   ru          2009           2018
id  project  actor    role      influence  from  to
──  ───────  ───────  ────────  ─────────  ────  ────
s1  bridge   sushkov  opponent  4          1990  2017
id  subject  property         value        date        refers_to   source    note                                                  tier
──  ───────  ───────────────  ───────────  ──────────  ──────────  ────────  ────────────────────────────────────────────────────  ──────────────
c1  bridge   planned_opening  2020         2019-11     2019-11     study                                                           academic
c2  bridge   planned_opening  2021-01      2020        2020        study                                                           academic
c3  bridge   stage            operational  2021-10-07  2021-10-07  rg                                                              national-media
c4  bridge   stage            completed    2021-10-01  2021-10-01  amurlife                                                        local-media
c5  bridge   cost             14000000000  2018-03     2016/2019   study     a figure, with a comma, and a line break in the note  academic
id  region  series           partner  period  value  value_max  unit
──  ──────  ───────────────  ───────  ──────  ─────  ─────────  ───────
i1  ru-amu  fdi_stock_share  cn       2014    3                 percent
i2  ru-amu  fdi_stock_share  cn       2019    7                 percent
--- status
0
