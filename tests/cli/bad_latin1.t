# Hostile input: Latin-1 text where UTF-8 is expected is reported by file,
# line, column and byte; nothing is stored.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/latin1; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/latin1/places.csv:2: name_en: invalid UTF-8 at byte 2 of the field
tests/bad/latin1/places.csv:3: name_en: invalid UTF-8 at byte 5 of the field
tests/bad/latin1/places.csv:3: note: invalid UTF-8 at byte 4 of the field
amur: tests/bad/latin1: 3 problems; nothing was loaded
--- status
0
