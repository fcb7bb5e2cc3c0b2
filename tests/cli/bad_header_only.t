# Hostile input: files holding only a header row (one without its final
# line break) are empty tables, as `amur export` writes them for empty
# concepts: the load succeeds, adds nothing and changes nothing.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/header_only -q; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 0
unchanged
--- stderr
--- status
0
