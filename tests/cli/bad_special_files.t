# Hostile input: a directory, a device (a link to /dev/zero) and a named pipe
# where a file is expected are refused as not regular files, without reading
# them (a pipe would block forever, /dev/zero never ends).
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ mkdir -p "$TMP/dir/sources.csv" "$TMP/dev" "$TMP/fifo" && cp tests/bundles/small/claims.csv "$TMP/dir/"
$ ln -s /dev/zero "$TMP/dev/sources.csv" && mkfifo "$TMP/fifo/places.csv"
$ amur --db "$DB" load "$TMP/dir"; echo "load: $?"
$ amur --db "$DB" load "$TMP/dev"; echo "load: $?"
$ amur --db "$DB" load "$TMP/fifo"; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
load: 1
load: 1
unchanged
--- stderr
$TMP/dir/sources.csv: not a regular file
amur: $TMP/dir: 1 problem; nothing was loaded
$TMP/dev/sources.csv: not a regular file
amur: $TMP/dev: 1 problem; nothing was loaded
$TMP/fifo/places.csv: not a regular file
amur: $TMP/fifo: 1 problem; nothing was loaded
--- status
0
