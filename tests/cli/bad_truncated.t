# Hostile input: files cut short in a header, in a row and inside a quoted
# field (in the middle of a UTF-8 character). Each is named with its line;
# the load fails with status 1 and the stored data are unchanged.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/truncated; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/truncated/places.csv:3: 3 fields where the header has 11
tests/bad/truncated/actors.csv:1: na: unknown column (did you mean 'id'?)
tests/bad/truncated/actors.csv:1: name_en: missing required column
tests/bad/truncated/claims.csv:2: quoted field opened on line 2 is never closed
amur: tests/bad/truncated: 4 problems; nothing was loaded
--- status
0
