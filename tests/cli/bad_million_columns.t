# Hostile input: a header of a million columns and a row of a million fields
# (generated into $TMP) stop at the 63-column limit with the line named.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ mkdir "$TMP/b" && { printf id; yes ,x | head -n 1000000 | tr -d "\n"; echo; } >"$TMP/b/places.csv"
$ { printf 'id,title,tier\n'; head -c 1000000 /dev/zero | tr "\0" ,; echo; } >"$TMP/b/sources.csv"
$ amur --db "$DB" load "$TMP/b"; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
$TMP/b/sources.csv:2: more than 63 columns in a row
$TMP/b/places.csv:1: more than 63 columns in a row
amur: $TMP/b: 2 problems; nothing was loaded
--- status
0
