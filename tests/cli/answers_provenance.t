# Provenance (docs/dataset.md, quote_lang and via): tr1 and ah0 cite the ministry (a
# Russian source) in the study's English words: "as reported in University,
# translated"; ah2 and ah4 quote their sources' own Russian words.
# Notes travel with claims in JSON.
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" --json claims --subject late | jq -c '.[] | [.id, .quote_lang, .via, .note]'
$ amur --db "$DB" --json status ahead --as-of 2023 | jq -c '[.[].claims[] | [.id, .provenance]]'
$ amur --db "$DB" export "$TMP/out" && head -1 "$TMP/out/claims.csv" && grep '^tr1,' "$TMP/out/claims.csv"
--- stdout
["la1","en",null,null]
["la2","en",null,null]
["tr1","en","study","The ministry's words as the study renders them."]
[["ah0","as reported in University, translated"],["ah2",""],["ah4",""]]
exported $DB to $TMP/out
id,subject,property,value,unit,scope,date,refers_to,source,locator,quote,note,quote_lang,via
tr1,late,text,Cited through the study.,,,2021,,fed,,the bridge has already been put into operation,The ministry's words as the study renders them.,en,study
--- stderr
--- status
0
