# Hostile input: an empty file, a file of only a byte-order mark and a file of
# only blank lines each lack a header row; nothing is stored.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/empty; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/empty/sources.csv:1: empty file: expected a header row
tests/bad/empty/places.csv:1: empty file: expected a header row
tests/bad/empty/actors.csv:1: empty file: expected a header row
amur: tests/bad/empty: 3 problems; nothing was loaded
--- status
0
