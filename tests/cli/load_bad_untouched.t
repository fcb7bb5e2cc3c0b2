# A bundle with errors stores nothing: the database is exactly as it was.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bundles/bad 2>/dev/null; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after"
$ diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- status
0
