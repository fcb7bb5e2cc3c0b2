# amur extract reads HTML through libxml2's parser: scripts, styles and
# noscript are dropped (their bridges and dates propose nothing), entities
# are decoded, and the page's title names a new source. A long sentence is
# quoted as the 25 words around its project, event and date, verbatim; a
# date too far from an event ("завершат", 20 words on) is not its date.
# The quote is found verbatim in the article (grep -c -F prints 1).
$ amur --db "$DB" -q load data
$ amur --db "$DB" extract tests/extract/en_script.html --date 2022-06-10
$ amur --db "$DB" extract tests/extract/en_script.html --date 2022-06-10 --tier foreign-media --bundle "$TMP/frag" && cat "$TMP/frag/sources.csv"
$ amur --db "$DB" --json extract tests/extract/ru_long.txt --date 2021-10-14 | jq -c '.[] | [.property, .value, .stated, .scope, .quote, (.quote | split(" ") | length)]'
$ amur --db "$DB" --json extract tests/extract/ru_long.txt --date 2021-10-14 | jq -r '.[0].quote' | grep -c -F -f - tests/extract/ru_long.txt
--- stdout
subject                property        value       stated  scope       conf  matched                quote
─────────────────────  ──────────────  ──────────  ──────  ──────────  ────  ─────────────────────  ──────────────────────────────────────────────────────────────────────────────
prj-blag-heihe-bridge  actual_opening  2022-06-10          mode=cargo  1.00  Blagoveshchensk Heihe  The Blagoveshchensk–Heihe road bridge opened to cargo traffic on 10 June 2022.

1 candidate claim from tests/extract/en_script.html (en, 1 sentence, dated 2022-06-10, source src-x-1b3877d2d429); nothing is stored
$TMP/frag: 1 candidate claim and its source; check it with amur check $TMP/frag
id,title,publisher,url,date,language,tier
src-x-1b3877d2d429,Bridge opens to cargo,,,2022-06-10,en,foreign-media
["planned_opening","2022","2022-Q1","mode=cargo","Китая, заместитель министра сообщил журналистам, что автомобильный мост Благовещенск — Хэйхэ откроют для грузового движения в первом квартале 2022 года, если санитарные ограничения на границе",25]
1
--- stderr
--- status
0
