# Hostile input: doubled and quadrupled quotes inside a quoted field are
# fine; a quote inside an unquoted field and text after a closing quote are
# errors that name the line and the field's position.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/quotes; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/quotes/places.csv:2: field 3: a quote inside an unquoted field (quote the whole field and double the quote)
tests/bad/quotes/claims.csv:3: field 4: unexpected character after a closing quote
amur: tests/bad/quotes: 2 problems; nothing was loaded
--- status
0
