# amur search on a small bundle made for it: stems inside longer words
# (мост in МОСТОМУ), ё folded to е, accents and dashes folded, Chinese
# words inside longer text, ranking (exact name, name, text), kinds,
# snippets, and the errors.
$ amur --db "$DB" load tests/bundles/search >/dev/null
$ amur --db "$DB" search мостом
$ amur --db "$DB" search елоч
$ amur --db "$DB" search 黑河
$ amur --db "$DB" search 人民 --json
$ amur --db "$DB" search 'hēihé'
$ amur --db "$DB" search Blagoveshchensk-Heihe --kind projects
$ amur --db "$DB" search ferry --json
$ amur --db "$DB" search 'мост амур' --json
$ amur --db "$DB" search 'no such thing'
$ amur --db "$DB" search 黑河 --as-of 2019-05-31 --kind claim
$ amur --db "$DB" search '   '
$ amur --db "$DB" search x --kind planet
$ amur --db "$DB" search 'a b c d e f g h i'
--- stdout
kind   id  rank  field  name                               snippet
─────  ──  ────  ─────  ─────────────────────────────────  ────────────────────────────────────────────────────────────────────────────────────
claim  q1  text  quote  Blagoveshchensk–Heihe road bridge  Строительство моста идёт по графику; движение по МОСТОМУ переходу откроют в декабре.

1 match
kind     id    rank  field    name                snippet
───────  ────  ────  ───────  ──────────────────  ───────────────
project  fair  name  name_ru  New Year tree fair  Ёлочная ярмарка

1 match
kind     id      rank   field    name                               snippet
───────  ──────  ─────  ───────  ─────────────────────────────────  ────────────────────────────────────────────
place    heihe   exact  name_zh  Heihe                              黑河
project  ferry   name   name_zh  Heihe river port                   黑河港
project  bridge  name   name_zh  Blagoveshchensk–Heihe road bridge  黑河—布拉戈维申斯克大桥
source   renmin  name   title    黑河大桥建设进展顺利               黑河大桥建设进展顺利
claim    q2      text   quote    Blagoveshchensk–Heihe road bridge  黑河公路大桥建设进展顺利，人民群众期待通车。

5 matches
[
{"id":"q2","kind":"claim","name":"Blagoveshchensk–Heihe road bridge","names":null,"subject":"bridge","property":"stage","field":"quote","rank":"text","snippet":{"before":"黑河公路大桥建设进展顺利，","match":"人民","after":"群众期待通车。"}}
]
kind     id      rank   field    name                               snippet
───────  ──────  ─────  ───────  ─────────────────────────────────  ─────────────────────────────────
place    heihe   exact  name_en  Heihe                              Heihe
project  ferry   name   name_en  Heihe river port                   Heihe river port
project  bridge  name   name_en  Blagoveshchensk–Heihe road bridge  Blagoveshchensk–Heihe road bridge

3 matches
kind     id      rank  field    name                               snippet
───────  ──────  ────  ───────  ─────────────────────────────────  ─────────────────────────────────
project  bridge  name  name_en  Blagoveshchensk–Heihe road bridge  Blagoveshchensk–Heihe road bridge

1 match
[
{"id":"q3","kind":"claim","name":"Heihe river port","names":null,"subject":"ferry","property":"text","field":"note","rank":"text","snippet":{"before":"Note in English: the ","match":"Ferry","after":" is seasonal"}}
]
[
{"id":"amurpravda","kind":"source","name":"Мост через Амур откроют в декабре","names":null,"subject":null,"property":null,"field":"title","rank":"name","snippet":{"before":"","match":"Мост","after":" через Амур откроют в декабре"}}
]
no matches
no matches
--- stderr
amur: search: the query is empty
amur: search: --kind: 'planet' is not one of project, instrument, place, actor, source, claim
amur: search: more than 8 words in the query
--- status
2
