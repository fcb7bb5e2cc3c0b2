# Hostile input: a field of 1.5 million doubled quotes (generated into $TMP) is
# read without recursion and refused at the field limit; an odd run of
# quotes leaves the field open, which is reported with its line.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ mkdir "$TMP/b" && { printf 'id,title,tier\nq,"'; head -c 3000000 /dev/zero | tr "\0" '"'; printf '",academic\n'; } >"$TMP/b/sources.csv"
$ { printf 'id,kind,name_en\nq,city,'; head -c 100001 /dev/zero | tr "\0" '"'; echo; } >"$TMP/b/places.csv"
$ amur --db "$DB" load "$TMP/b"; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
$TMP/b/sources.csv:2: field 2 is longer than 1048576 bytes
$TMP/b/places.csv:3: quoted field opened on line 2 is never closed
amur: $TMP/b: 2 problems; nothing was loaded
--- status
0
