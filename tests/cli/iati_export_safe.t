# export-iati --output writes a new file of its own beside the target and
# renames it into place (core/safefile.h): a link planted at the old
# predictable name (OUTPUT.tmp) is never followed, and what it points to is
# left as it was.
$ amur --db "$DB" -q import-iati tests/iati/orgs.xml 2>/dev/null
$ echo precious > "$TMP/victim"; ln -s "$TMP/victim" "$TMP/out.xml.tmp"
$ amur --db "$DB" export-iati --project XM-DAC-41114-P1 --output "$TMP/out.xml"; echo "status $?"
$ cat "$TMP/victim"
$ grep -c '<iati-activity ' "$TMP/out.xml"
$ ls "$TMP" | grep -c '^out\.xml'
--- stdout
status 0
precious
1
2
--- stderr
--- status
0
