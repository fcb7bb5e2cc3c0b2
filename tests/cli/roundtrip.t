# load → export → load → export gives identical files.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/one"
$ amur --db "$TMP/second.db" -q load "$TMP/one"
$ amur --db "$TMP/second.db" -q export "$TMP/two"
$ diff -r "$TMP/one" "$TMP/two" && echo identical
$ cat "$TMP/one/claims.csv"
--- stdout
identical
id,subject,property,value,unit,scope,date,refers_to,source,locator,quote,note,quote_lang,via
c1,bridge,planned_opening,2020,,,2019-11,,study,,planned first for 2020,,,
c2,bridge,planned_opening,2021-01,,,2020,,study,,then for January 2021,,,
c3,bridge,stage,operational,,,2021-10-07,,rg,,has connected two banks,,,
c4,bridge,stage,completed,,,2021-10-01,,amurlife,,pontoon bridge would not be opened,,,
c5,bridge,cost,14000000000,RUB,side=ru,2018-03,2016/2019,study,,14 billion rubles,"a figure, with a comma, and a
line break in the note",,
--- status
0
