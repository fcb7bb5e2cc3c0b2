# Hostile input: NUL bytes in an unquoted field, in a quoted field and in a
# column name are reported, not silently cut at the NUL.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/nul; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/nul/places.csv:2: name_en: NUL byte at byte 4 of the field
tests/bad/nul/places.csv:3: name_en: NUL byte at byte 8 of the field
tests/bad/nul/actors.csv:1: column 3 of the header: NUL byte at byte 5
tests/bad/nul/actors.csv:1: name_en: missing required column
amur: tests/bad/nul: 4 problems; nothing was loaded
--- status
0
