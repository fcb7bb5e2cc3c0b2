# The worked example of docs/analyses.md ("Candidate claims from an
# article"): its sentence, read from the document, extracted with the
# EastRussia source of March 2019 gives the two claims the dataset's editors
# recorded from that article, clm-blag-a-04 and clm-blag-a-05.
$ amur --db "$DB" -q load data
$ sed -n '/^## Candidate claims from an article/,$p' docs/analyses.md | grep -m1 '^    По плану' | sed 's/^    //' > "$TMP/example.txt"
$ cat "$TMP/example.txt"
$ amur --db "$DB" --json extract "$TMP/example.txt" --source src-eastrussia-2019-03 | jq -c '.[] | [.subject, .property, .value, .stated, .confidence, .matched, .also_named]'
$ amur --db "$DB" --json claims --source src-eastrussia-2019-03 | jq -c '.[] | select(.id == "clm-blag-a-04" or .id == "clm-blag-a-05") | [.subject, .property, .value]'
--- stdout
По плану мост через Амур Благовещенск — Хэйхэ достроят в конце 2019 года, а в эксплуатацию введут весной 2020-го.
["prj-blag-heihe-bridge","planned_completion","2019","end of 2019",1,["Благовещенск","Хэйхэ"],["ru-blagoveshchensk","cn-heihe","xing-blag-heihe"]]
["prj-blag-heihe-bridge","planned_opening","2020","2020 spring",1,["Благовещенск","Хэйхэ"],["ru-blagoveshchensk","cn-heihe","xing-blag-heihe"]]
["prj-blag-heihe-bridge","planned_completion","2019"]
["prj-blag-heihe-bridge","planned_opening","2020"]
--- stderr
--- status
0
