# Hostile input: a UTF-16 file (with a byte-order mark) is refused as a whole,
# saying what it is, instead of a screenful of garbled column names.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/utf16; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/utf16/sources.csv:1: UTF-16 text (byte-order mark FF FE): save the file as UTF-8
amur: tests/bad/utf16: 1 problem; nothing was loaded
--- status
0
