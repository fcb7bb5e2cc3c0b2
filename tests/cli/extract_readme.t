# The README's examples of amur extract ("Candidate claims from articles")
# run as written, against the bundled dataset: each command is read from
# README.md, with ./amur as the test's amur and candidates/ in $TMP.
$ amur --db "$DB" -q load data
$ sed -n '/^## Candidate claims from articles/,/^## Web/p' README.md | grep '^    \./amur ' | sed 's/  *#.*$//; s|^    \./amur |amur --db "$DB" |; s|candidates/|"$TMP/candidates/"|' > "$TMP/cmds"
$ wc -l < "$TMP/cmds"
$ while IFS= read -r -u 3 line; do eval "$line"; echo "status $?"; done 3< "$TMP/cmds"
--- stdout
4
subject                property              value            stated       scope  conf  matched             quote
─────────────────────  ────────────────────  ───────────────  ───────────  ─────  ────  ──────────────────  ────────────────────────────────────────────────────────────────────────────────────────────────────────────
prj-blag-heihe-bridge  planned_opening       2020             2020 spring         0.80  Благовещенск Хэйхэ  Мост через Амур откроют весной 2020 года
prj-blag-heihe-bridge  planned_completion    2019             end of 2019         0.90  Благовещенск Хэйхэ  Губернатор Амурской области заявил, что автомобильный мост Благовещенск — Хэйхэ достроят до конца 2019 года.
prj-blag-heihe-bridge  planned_opening       2020             2020-Q1             0.70  Благовещенск Хэйхэ  Движение по мосту через Амур планируется открыть в первом квартале следующего года.
prj-blag-heihe-bridge  cost                  19000000000 RUB                      0.70  Благовещенск Хэйхэ  Стоимость строительства моста составляет 19 млрд руб.
prj-blag-heihe-bridge  count                 630 trucks/day                       0.70  Благовещенск Хэйхэ  По расчетам, пропускная способность перехода составит 630 грузовиков в сутки.
prj-blag-heihe-bridge  planned_spans_joined  2019-03                              0.70  Благовещенск Хэйхэ  Стыковка российской и китайской частей намечена на март.

6 candidate claims from tests/extract/ru_bridge.txt (ru, 6 sentences, dated 2019-02-15, source src-x-31c4c450f982); nothing is stored
status 0
[
{"id":"ext-2f53b9633dbb1f41","subject":"prj-blag-heihe-bridge","subject_name":"Blagoveshchensk–Heihe road bridge","property":"actual_spans_joined","value":"2019-05-31","stated":null,"unit":null,"scope":null,"date":"2019-05-31","refers_to":null,"source":"src-x-c4f32b11e811","quote":"5月31日，中俄首座跨境公路大桥黑河—布拉戈维申斯克大桥实现合龙。","quote_lang":"zh","confidence":0.8,"reasons":["+0.4 project named in the sentence: 黑河 布拉戈维申斯克","+0.2 event word: 合龙","+0.1 date relative to the article's: 5月31日","actual: the date ends by the article's","+0.1 one project named in the sentence"],"matched":["黑河","布拉戈维申斯克"],"also_named":["ru-blagoveshchensk","cn-heihe","xing-blag-heihe"],"sentence":2,"context":"5月31日，中俄首座跨境公路大桥黑河—布拉戈维申斯克大桥实现合龙。","new_source":{"id":"src-x-c4f32b11e811","title":"黑河—布拉戈维申斯克大桥实现合龙","publisher":null,"url":null,"date":"2019-05-31","language":"zh","tier":null}},
{"id":"ext-9e0cd5abee4851ac","subject":"prj-blag-heihe-bridge","subject_name":"Blagoveshchensk–Heihe road bridge","property":"planned_completion","value":"2019","stated":"end of 2019","unit":null,"scope":null,"date":"2019-05-31","refers_to":null,"source":"src-x-c4f32b11e811","quote":"大桥主体工程预计于2019年底前完工。","quote_lang":"zh","confidence":0.8,"reasons":["+0.2 project named elsewhere in the article (sentence 1)","+0.2 event word: 完工","+0.2 date: 于2019年底","+0.1 plan word","+0.1 one project named in the sentence"],"matched":["黑河","布拉戈维申斯克"],"also_named":[],"sentence":3,"context":"大桥主体工程预计于2019年底前完工。","new_source":{"id":"src-x-c4f32b11e811","title":"黑河—布拉戈维申斯克大桥实现合龙","publisher":null,"url":null,"date":"2019-05-31","language":"zh","tier":null}},
{"id":"ext-4977b0831620b0ad","subject":"prj-blag-heihe-bridge","subject_name":"Blagoveshchensk–Heihe road bridge","property":"planned_opening","value":"2020-03","stated":null,"unit":null,"scope":null,"date":"2019-05-31","refers_to":null,"source":"src-x-c4f32b11e811","quote":"具体通车日期预计在明年3月。","quote_lang":"zh","confidence":0.7,"reasons":["+0.2 project named elsewhere in the article (sentence 1)","+0.2 event word: 通车","+0.1 date relative to the article's: 在明年3月","+0.1 plan word","+0.1 one project named in the sentence"],"matched":["黑河","布拉戈维申斯克"],"also_named":[],"sentence":4,"context":"具体通车日期预计在明年3月。","new_source":{"id":"src-x-c4f32b11e811","title":"黑河—布拉戈维申斯克大桥实现合龙","publisher":null,"url":null,"date":"2019-05-31","language":"zh","tier":null}},
{"id":"ext-3bf6e44ead9e6899","subject":"prj-blag-heihe-bridge","subject_name":"Blagoveshchensk–Heihe road bridge","property":"cost","value":"19000000000","stated":null,"unit":"RUB","scope":null,"date":"2019-05-31","refers_to":null,"source":"src-x-c4f32b11e811","quote":"项目总投资约190亿卢布。","quote_lang":"zh","confidence":0.7,"reasons":["+0.2 project named elsewhere in the article (sentence 1)","+0.2 cost word","+0.2 amount: 190亿卢布","+0.1 one project named in the sentence"],"matched":["黑河","布拉戈维申斯克"],"also_named":[],"sentence":5,"context":"项目总投资约190亿卢布。","new_source":{"id":"src-x-c4f32b11e811","title":"黑河—布拉戈维申斯克大桥实现合龙","publisher":null,"url":null,"date":"2019-05-31","language":"zh","tier":null}}
]
status 0
$TMP/candidates/: 5 candidate claims and their source; check it with amur check $TMP/candidates/
status 0
$TMP/candidates/: ok, 6 rows
status 0
--- stderr
--- status
0
