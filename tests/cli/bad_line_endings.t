# Hostile input: LF, CRLF and bare CR line endings mixed in one file, and a
# quoted field holding CRLF and LF: all are read, and the one bad row is
# reported on its true line (8).
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/line_endings; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/line_endings/places.csv:8: kind: 'nowhere' is not one of: country, region, group, city, settlement, crossing, zone, island, other
amur: tests/bad/line_endings: 1 problem; nothing was loaded
--- status
0
