# amur extract on a Russian article written for this test from facts in
# data/ (the Blagoveshchensk-Heihe road bridge): inflected names, the
# project named elsewhere in the article ("моста через Амур"), a season, a
# quarter of "the next year", the end of a year, a month with no year, a
# cost and a capacity; each candidate's project, property, partial date and
# quote. Nothing is stored: the summary is the same before and after.
$ amur --db "$DB" -q load data
$ amur --db "$DB" summary > "$TMP/before"
$ amur --db "$DB" extract tests/extract/ru_bridge.txt --date 2019-02-15 --publisher "Test"
$ amur --db "$DB" --json extract tests/extract/ru_bridge.txt --date 2019-02-15 | jq -c '.[] | [.subject, .property, .value, .stated, .unit, .quote_lang, .confidence]'
$ amur --db "$DB" --json extract tests/extract/ru_bridge.txt --date 2019-02-15 | jq -r '.[] | .quote | split(" ") | length | select(. > 25)'
$ amur --db "$DB" --json extract tests/extract/ru_bridge.txt --date 2019-02-15 | jq -c '.[2] | [.matched, .also_named, .reasons, .sentence]'
$ amur --db "$DB" summary | diff - "$TMP/before" && echo "nothing stored"
--- stdout
subject                property              value            stated       scope  conf  matched             quote
─────────────────────  ────────────────────  ───────────────  ───────────  ─────  ────  ──────────────────  ────────────────────────────────────────────────────────────────────────────────────────────────────────────
prj-blag-heihe-bridge  planned_opening       2020             2020 spring         0.80  Благовещенск Хэйхэ  Мост через Амур откроют весной 2020 года
prj-blag-heihe-bridge  planned_completion    2019             end of 2019         0.90  Благовещенск Хэйхэ  Губернатор Амурской области заявил, что автомобильный мост Благовещенск — Хэйхэ достроят до конца 2019 года.
prj-blag-heihe-bridge  planned_opening       2020             2020-Q1             0.70  Благовещенск Хэйхэ  Движение по мосту через Амур планируется открыть в первом квартале следующего года.
prj-blag-heihe-bridge  cost                  19000000000 RUB                      0.70  Благовещенск Хэйхэ  Стоимость строительства моста составляет 19 млрд руб.
prj-blag-heihe-bridge  count                 630 trucks/day                       0.70  Благовещенск Хэйхэ  По расчетам, пропускная способность перехода составит 630 грузовиков в сутки.
prj-blag-heihe-bridge  planned_spans_joined  2019-03                              0.70  Благовещенск Хэйхэ  Стыковка российской и китайской частей намечена на март.

6 candidate claims from tests/extract/ru_bridge.txt (ru, 6 sentences, dated 2019-02-15, source src-x-dc582cd97acb); nothing is stored
["prj-blag-heihe-bridge","planned_opening","2020","2020 spring",null,"ru",0.8]
["prj-blag-heihe-bridge","planned_completion","2019","end of 2019",null,"ru",0.9]
["prj-blag-heihe-bridge","planned_opening","2020","2020-Q1",null,"ru",0.7]
["prj-blag-heihe-bridge","cost","19000000000",null,"RUB","ru",0.7]
["prj-blag-heihe-bridge","count","630",null,"trucks/day","ru",0.7]
["prj-blag-heihe-bridge","planned_spans_joined","2019-03",null,null,"ru",0.7]
[["Благовещенск","Хэйхэ"],[],["+0.2 project named elsewhere in the article (sentence 2)","+0.2 event word: открыть","+0.1 date relative to the article's: в первом квартале следующего года","+0.1 plan word","+0.1 one project named in the sentence"],3]
nothing stored
--- stderr
--- status
0
