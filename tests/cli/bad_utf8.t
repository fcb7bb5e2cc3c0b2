# Hostile input: invalid UTF-8 of every kind (overlong form, surrogate, code
# point beyond U+10FFFF, lone continuation byte, a sequence cut short, byte
# FF) in fields and in a column name; the bytes are not echoed back.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/utf8; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/utf8/places.csv:2: name_en: invalid UTF-8 at byte 10 of the field
tests/bad/utf8/places.csv:3: name_en: invalid UTF-8 at byte 11 of the field
tests/bad/utf8/places.csv:4: name_en: invalid UTF-8 at byte 17 of the field
tests/bad/utf8/places.csv:5: name_en: invalid UTF-8 at byte 19 of the field
tests/bad/utf8/places.csv:6: name_en: invalid UTF-8 at byte 11 of the field
tests/bad/utf8/places.csv:7: name_en: invalid UTF-8 at byte 9 of the field
tests/bad/utf8/places.csv:8: note: invalid UTF-8 at byte 21 of the field
tests/bad/utf8/actors.csv:1: column 4 of the header: invalid UTF-8 at byte 4
amur: tests/bad/utf8: 8 problems; nothing was loaded
--- status
0
