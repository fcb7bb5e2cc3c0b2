# Inputs found by fuzzing that once crashed a fuzz target, as command-line
# cases: a claim without an id, checked against a database that holds
# claims, is reported, not looked up.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ mkdir "$TMP/b" && printf 'id,subject,property,value,unit,scope,date,refers_to,source,locator,quote,note\n,bridge,stage,operational,,,2021,,study,,,\n' >"$TMP/b/claims.csv"
$ amur --db "$DB" load "$TMP/b"; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
$TMP/b/claims.csv:2: id: required field is empty
amur: $TMP/b: 1 problem; nothing was loaded
--- status
0
