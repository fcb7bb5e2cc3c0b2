# amur extract on a Chinese article written for this test from facts in
# data/ (the Blagoveshchensk-Heihe road bridge, 黑河—布拉戈维申斯克大桥):
# the name without its generic words, a day with no year (5月31日, an actual
# date), "by the end of the year" (年底前), "next year" (明年3月) and an
# amount in 亿卢布, each with its project, property, partial date and quote.
$ amur --db "$DB" -q load data
$ amur --db "$DB" extract tests/extract/zh_bridge.txt --date 2019-05-31 --publisher "Test"
$ amur --db "$DB" --json extract tests/extract/zh_bridge.txt --date 2019-05-31 | jq -c '.[] | [.subject, .property, .value, .stated, .unit, .quote, .quote_lang, .confidence]'
$ amur --db "$DB" --json extract tests/extract/zh_bridge.txt --date 2019-05-31 | jq -c '.[0] | [.matched, .also_named, .reasons]'
--- stdout
subject                property             value            stated       scope  conf  matched              quote
─────────────────────  ───────────────────  ───────────────  ───────────  ─────  ────  ───────────────────  ──────────────────────────────────────────────────────────────
prj-blag-heihe-bridge  actual_spans_joined  2019-05-31                           0.80  黑河 布拉戈维申斯克  5月31日，中俄首座跨境公路大桥黑河—布拉戈维申斯克大桥实现合龙。
prj-blag-heihe-bridge  planned_completion   2019             end of 2019         0.80  黑河 布拉戈维申斯克  大桥主体工程预计于2019年底前完工。
prj-blag-heihe-bridge  planned_opening      2020-03                              0.70  黑河 布拉戈维申斯克  具体通车日期预计在明年3月。
prj-blag-heihe-bridge  cost                 19000000000 RUB                      0.70  黑河 布拉戈维申斯克  项目总投资约190亿卢布。

4 candidate claims from tests/extract/zh_bridge.txt (zh, 5 sentences, dated 2019-05-31, source src-x-5e57888d2ee4); nothing is stored
["prj-blag-heihe-bridge","actual_spans_joined","2019-05-31",null,null,"5月31日，中俄首座跨境公路大桥黑河—布拉戈维申斯克大桥实现合龙。","zh",0.8]
["prj-blag-heihe-bridge","planned_completion","2019","end of 2019",null,"大桥主体工程预计于2019年底前完工。","zh",0.8]
["prj-blag-heihe-bridge","planned_opening","2020-03",null,null,"具体通车日期预计在明年3月。","zh",0.7]
["prj-blag-heihe-bridge","cost","19000000000",null,"RUB","项目总投资约190亿卢布。","zh",0.7]
[["黑河","布拉戈维申斯克"],["ru-blagoveshchensk","cn-heihe","xing-blag-heihe"],["+0.4 project named in the sentence: 黑河 布拉戈维申斯克","+0.2 event word: 合龙","+0.1 date relative to the article's: 5月31日","actual: the date ends by the article's","+0.1 one project named in the sentence"]]
--- stderr
--- status
0
