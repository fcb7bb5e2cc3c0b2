# Hostile input: a bundle whose sources.csv is a symbolic link to /etc/passwd
# is read as CSV and refused (its first line is no header of sources); the
# first line of that file varies by machine, so it is filtered out here.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/symlink 2>"$TMP/out"; echo "load: $?"
$ grep -q "^tests/bad/symlink/sources.csv:1: .*: unknown column" "$TMP/out" && echo "first line read as a header"
$ grep -v -e "unknown column" -e "problems; nothing was loaded" "$TMP/out"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
first line read as a header
tests/bad/symlink/sources.csv:1: id: missing required column
tests/bad/symlink/sources.csv:1: title: missing required column
tests/bad/symlink/sources.csv:1: tier: missing required column
unchanged
--- stderr
--- status
0
