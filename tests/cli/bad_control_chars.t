# C0 control characters (other than tab and line breaks) are refused by
# amur check and load, with file:line: field and the character's code point
# but not the value itself (it would carry the character to the terminal):
# XML 1.0 cannot hold them at all, so export-iati could not write them, and
# on a terminal ESC drives the screen. DEL is not C0 and may stay. Nothing
# of the bundle is stored.
$ amur check tests/bad/control | cat -v
$ amur --db "$DB" load tests/bundles/small >/dev/null && amur --db "$DB" export "$TMP/before" >/dev/null
$ amur --db "$DB" load tests/bad/control 2>&1 | cat -v
$ amur --db "$DB" export "$TMP/after" >/dev/null && diff -r "$TMP/before" "$TMP/after" && echo "nothing stored"
--- stdout
tests/bad/control/places.csv:3: name_en: control character U+001B at byte 6: only tab and line breaks may appear in text
tests/bad/control/places.csv:4: name_ru: control character U+0001 at byte 1: only tab and line breaks may appear in text
tests/bad/control/places.csv:3: name_en: control character U+001B at byte 6: only tab and line breaks may appear in text
tests/bad/control/places.csv:4: name_ru: control character U+0001 at byte 1: only tab and line breaks may appear in text
amur: tests/bad/control: 2 problems; nothing was loaded
nothing stored
--- stderr
amur: tests/bad/control: 2 problems
--- status
0
