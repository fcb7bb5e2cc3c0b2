# Hostile input: a quoted field opened on the last row and never closed is
# reported with the line it was opened on.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/unterminated; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/unterminated/claims.csv:4: quoted field opened on line 3 is never closed
amur: tests/bad/unterminated: 1 problem; nothing was loaded
--- status
0
