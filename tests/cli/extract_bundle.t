# amur extract --bundle DIR writes the candidates as a bundle fragment that
# amur check accepts against the database: claims.csv, and sources.csv for
# a new source named by --url, --publisher, --date and --tier. Nothing is
# stored until a person loads it; the ids are the same on every run.
$ amur --db "$DB" -q load data
$ amur --db "$DB" summary > "$TMP/before"
$ amur --db "$DB" extract tests/extract/en_bridge.txt --date 2022-06-10 --url https://example.org/news/bridge-cargo --publisher "Example Daily" --tier foreign-media --bundle "$TMP/frag"
$ cat "$TMP/frag/sources.csv" "$TMP/frag/claims.csv"
$ amur --db "$DB" check "$TMP/frag"
$ amur --db "$DB" summary | diff - "$TMP/before" && echo "nothing stored"
# a stored source: only claims.csv, dated by the source
$ amur --db "$DB" extract tests/extract/ru_bridge.txt --source src-eastrussia-2019-03 --bundle "$TMP/frag2"
$ ls "$TMP/frag2"
$ amur --db "$DB" check "$TMP/frag2"
$ cut -d, -f1-9 "$TMP/frag2/claims.csv"
# loaded by a person, the candidates become claims like any others
$ amur --db "$DB" load "$TMP/frag2" | grep claims
$ amur --db "$DB" claims --source src-eastrussia-2019-03 | grep -c ext-
--- stdout
$TMP/frag: 5 candidate claims and their source; check it with amur check $TMP/frag
id,title,publisher,url,date,language,tier
src-x-c5cbd6113d91,Cargo traffic opens on the Blagoveschensk–Heihe bridge,Example Daily,https://example.org/news/bridge-cargo,2022-06-10,en,foreign-media
id,subject,property,value,unit,scope,date,refers_to,source,quote,quote_lang,note
ext-e3658ba83714de4a,prj-blag-heihe-bridge,actual_opening,2022-06-10,,mode=cargo,2022-06-10,,src-x-c5cbd6113d91,"The Blagoveschensk-Heihe road bridge across the Amur opened to cargo traffic on June 10, 2022.",en,"Proposed by amur extract (confidence 1.00): +0.4 project named in the sentence: Blagoveschensk Heihe; +0.2 event word: opened; +0.2 date: on June 10, 2022; +0.1 past tense; +0.1 one project named in the sentence"
ext-3cd992f7773c3d8d,prj-blag-heihe-bridge,actual_completion,2019,,,2022-06-10,,src-x-c5cbd6113d91,"The bridge was completed in 2019, but the pandemic kept it closed.",en,Proposed by amur extract (confidence 0.80): +0.2 project named elsewhere in the article (sentence 1); +0.2 event word: completed; +0.2 date: in 2019; +0.1 past tense; +0.1 one project named in the sentence
ext-8645ed3228529aff,prj-blag-heihe-bridge,stage,suspended,,,2022-06-10,,src-x-c5cbd6113d91,"The bridge was completed in 2019, but the pandemic kept it closed.",en,Proposed by amur extract (confidence 0.60): +0.2 project named elsewhere in the article (sentence 1); +0.2 stage word: closed; +0.1 past tense; +0.1 one project named in the sentence
ext-e20dff1aefe1ef6a,prj-blag-heihe-bridge,planned_opening,2023,,mode=passenger,2022-06-10,,src-x-c5cbd6113d91,The bridge is expected to open for passenger traffic next spring.,en,Proposed by amur extract (confidence 0.70; the text says 2023 spring): +0.2 project named elsewhere in the article (sentence 1); +0.2 event word: open; +0.1 date relative to the article's: next spring; +0.1 plan word; +0.1 one project named in the sentence
ext-798efd860baef264,prj-blag-heihe-bridge,cost,14000000000,RUB,,2022-06-10,,src-x-c5cbd6113d91,The Russian side spent 14 billion rubles on the project.,en,Proposed by amur extract (confidence 0.70): +0.2 project named elsewhere in the article (sentence 1); +0.2 cost word; +0.2 amount: 14 billion rubles; +0.1 one project named in the sentence
$TMP/frag: ok, 6 rows
nothing stored
$TMP/frag2: 6 candidate claims; check it with amur check $TMP/frag2
claims.csv
$TMP/frag2: ok, 6 rows
id,subject,property,value,unit,scope,date,refers_to,source
ext-510a9b058853a87d,prj-blag-heihe-bridge,planned_opening,2020,,,2019-03,,src-eastrussia-2019-03
ext-c412d095c0ab4bfa,prj-blag-heihe-bridge,planned_completion,2019,,,2019-03,,src-eastrussia-2019-03
ext-d7bb743b545b571f,prj-blag-heihe-bridge,planned_opening,2020,,,2019-03,,src-eastrussia-2019-03
ext-d3dd81dd8b2e8e06,prj-blag-heihe-bridge,cost,19000000000,RUB,,2019-03,,src-eastrussia-2019-03
ext-d3246436bf3ebf40,prj-blag-heihe-bridge,count,630,trucks/day,,2019-03,,src-eastrussia-2019-03
ext-d1842ab8c81fb0a2,prj-blag-heihe-bridge,planned_spans_joined,2019-03,,,2019-03,,src-eastrussia-2019-03
claims       6          6      0        0          928
6
--- stderr
--- status
0
