# amur extract on an English article written for this test from facts in
# data/ (the Blagoveshchensk-Heihe road bridge), spelt Blagoveschensk: an
# actual opening for cargo on a day, an actual completion and a closure in
# the past tense, "next spring" resolved against the article's date, a cost.
$ amur --db "$DB" -q load data
$ amur --db "$DB" extract tests/extract/en_bridge.txt --date 2022-06-10 --url https://example.org/news/bridge-cargo
$ amur --db "$DB" --json extract tests/extract/en_bridge.txt --date 2022-06-10 --url https://example.org/news/bridge-cargo | jq -c '.[] | [.id, .subject, .property, .value, .stated, .unit, .scope, .date, .refers_to, .source, .quote_lang, .confidence]'
$ amur --db "$DB" --json extract tests/extract/en_bridge.txt --date 2022-06-10 | jq -r '.[3] | .quote, (.reasons | join("; "))'
# the same article from standard input gives the same candidates
$ amur --db "$DB" --json extract - --date 2022-06-10 < tests/extract/en_bridge.txt | jq -c '[.[] | .property]'
--- stdout
subject                property           value            stated       scope           conf  matched               quote
─────────────────────  ─────────────────  ───────────────  ───────────  ──────────────  ────  ────────────────────  ──────────────────────────────────────────────────────────────────────────────────────────────
prj-blag-heihe-bridge  actual_opening     2022-06-10                    mode=cargo      1.00  Blagoveschensk Heihe  The Blagoveschensk-Heihe road bridge across the Amur opened to cargo traffic on June 10, 2022.
prj-blag-heihe-bridge  actual_completion  2019                                          0.80  Blagoveschensk Heihe  The bridge was completed in 2019, but the pandemic kept it closed.
prj-blag-heihe-bridge  stage              suspended                                     0.60  Blagoveschensk Heihe  The bridge was completed in 2019, but the pandemic kept it closed.
prj-blag-heihe-bridge  planned_opening    2023             2023 spring  mode=passenger  0.70  Blagoveschensk Heihe  The bridge is expected to open for passenger traffic next spring.
prj-blag-heihe-bridge  cost               14000000000 RUB                               0.70  Blagoveschensk Heihe  The Russian side spent 14 billion rubles on the project.

5 candidate claims from tests/extract/en_bridge.txt (en, 5 sentences, dated 2022-06-10, source src-x-c5cbd6113d91); nothing is stored
["ext-e3658ba83714de4a","prj-blag-heihe-bridge","actual_opening","2022-06-10",null,null,"mode=cargo","2022-06-10",null,"src-x-c5cbd6113d91","en",1]
["ext-3cd992f7773c3d8d","prj-blag-heihe-bridge","actual_completion","2019",null,null,null,"2022-06-10",null,"src-x-c5cbd6113d91","en",0.8]
["ext-8645ed3228529aff","prj-blag-heihe-bridge","stage","suspended",null,null,null,"2022-06-10",null,"src-x-c5cbd6113d91","en",0.6]
["ext-e20dff1aefe1ef6a","prj-blag-heihe-bridge","planned_opening","2023","2023 spring",null,"mode=passenger","2022-06-10",null,"src-x-c5cbd6113d91","en",0.7]
["ext-798efd860baef264","prj-blag-heihe-bridge","cost","14000000000",null,"RUB",null,"2022-06-10",null,"src-x-c5cbd6113d91","en",0.7]
The bridge is expected to open for passenger traffic next spring.
+0.2 project named elsewhere in the article (sentence 1); +0.2 event word: open; +0.1 date relative to the article's: next spring; +0.1 plan word; +0.1 one project named in the sentence
["actual_opening","actual_completion","stage","planned_opening","cost"]
--- stderr
--- status
0
