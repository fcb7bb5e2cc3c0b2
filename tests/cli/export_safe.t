# Files are written safely (issue 20): each export file goes to a new name
# created exclusively beside it and is renamed into place, so a link planted
# at the file's name (or at the old predictable "*.tmp" name) is replaced,
# never written through; the export is complete or absent: a write that
# fails (a file-size limit here, as a full disk would) leaves no folder, or
# the previous export as it was, and no temporary files; the MANIFEST an
# export writes makes a missing file an error at check and load.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ mkdir "$TMP/out" && echo "precious" >"$TMP/victim" && ln -s "$TMP/victim" "$TMP/out/sources.csv" && ln -s "$TMP/victim" "$TMP/out/claims.csv.tmp"
$ amur --db "$DB" export "$TMP/out"
$ cat "$TMP/victim"; [ -L "$TMP/out/sources.csv" ] || echo "sources.csv is a file now"; head -1 "$TMP/out/sources.csv"
$ ls "$TMP/out"
$ cat "$TMP/out/MANIFEST"
# a full disk, played by a file-size limit of 200 KiB: data/'s claims.csv is bigger, and
# comes after seven files that fit
$ amur --db "$TMP/data.db" load data >/dev/null
$ (ulimit -f 200; trap '' XFSZ; amur --db "$TMP/data.db" export "$TMP/new") 2>&1 | sed 's/: [A-Z][a-z ]*large$/: (too large)/'
$ [ -e "$TMP/new" ] || echo "no folder"; ls -A "$TMP" | grep -c '^\..*\.tmp$'
$ cp -r "$TMP/out" "$TMP/keep"; (ulimit -f 200; trap '' XFSZ; amur --db "$TMP/data.db" export "$TMP/out") >/dev/null 2>&1; echo "status $?"
$ diff -r "$TMP/keep" "$TMP/out" && echo "the previous export is as it was"; ls -A "$TMP" "$TMP/out" | grep -c '^\..*\.tmp$'
# a bundle missing a file its MANIFEST names is refused, and nothing is stored
$ amur --db "$DB" export "$TMP/cut" >/dev/null && rm "$TMP/cut/indicators.csv" "$TMP/cut/stakes.csv"
$ amur check "$TMP/cut"
$ amur --db "$TMP/fresh.db" load "$TMP/cut"; [ -e "$TMP/fresh.db" ] && amur --db "$TMP/fresh.db" summary | grep -c ' 0$'
--- stdout
exported $DB to $TMP/out
precious
sources.csv is a file now
id,title,authors,publisher,url,date,language,tier,ref,note,accessed
MANIFEST
actors.csv
claims.csv
claims.csv.tmp
flows.csv
indicators.csv
instruments.csv
listings.csv
places.csv
projects.csv
sources.csv
stakes.csv
# amur bundle: the files that make it whole; amur check and load refuse it when one is missing
sources.csv
places.csv
actors.csv
instruments.csv
projects.csv
listings.csv
stakes.csv
claims.csv
indicators.csv
flows.csv
amur: nothing was exported: $TMP/new/claims.csv: write error: (too large)
no folder
0
status 3
the previous export is as it was
0
$TMP/cut/MANIFEST:8: stakes.csv is missing: the bundle is not whole (a copy or an export cut short?)
$TMP/cut/MANIFEST:10: indicators.csv is missing: the bundle is not whole (a copy or an export cut short?)
9
--- stderr
amur: $TMP/cut: 2 problems
$TMP/cut/MANIFEST:8: stakes.csv is missing: the bundle is not whole (a copy or an export cut short?)
$TMP/cut/MANIFEST:10: indicators.csv is missing: the bundle is not whole (a copy or an export cut short?)
amur: $TMP/cut: 2 problems; nothing was loaded
--- status
0
