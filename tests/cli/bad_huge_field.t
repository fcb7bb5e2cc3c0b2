# Hostile input: a 100 MB field (generated into $TMP, quoted and unquoted)
# is refused at the 1 MiB field limit, naming file, line and field; memory
# stays bounded.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ mkdir "$TMP/b" && { printf 'id,title,tier\nbig,"'; head -c 100000000 /dev/zero | tr "\0" x; printf '",academic\n'; } >"$TMP/b/sources.csv"
$ { printf 'id,kind,name_en\nbig,city,'; head -c 100000000 /dev/zero | tr "\0" y; echo; } >"$TMP/b/places.csv"
$ amur --db "$DB" load "$TMP/b"; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
$TMP/b/sources.csv:2: field 2 is longer than 1048576 bytes
$TMP/b/places.csv:2: field 3 is longer than 1048576 bytes
amur: $TMP/b: 2 problems; nothing was loaded
--- status
0
