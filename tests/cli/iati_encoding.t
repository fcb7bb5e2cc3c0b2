# A declared encoding that does not match the bytes is said, not passed
# over (issue 15): a file that declares ISO-8859-1 but is UTF-8 imports
# with a warning at line 1 naming the fix (libxml2 reads it without a
# word, and every accented name comes out garbled); a true Latin-1 file
# imports right, without one.
$ amur -q --db "$DB" load tests/bundles/small
$ amur --db "$DB" import-iati tests/iati/encoding-mismatch.xml | head -1
$ amur --db "$DB" import-iati tests/iati/encoding-latin1.xml | head -1
$ amur --db "$DB" --json projects | jq -r '.[] | select(.id | startswith("XM-TEST-enc")) | .name'
--- stdout
imported tests/iati/encoding-mismatch.xml: 1 activity, 0 left out, 1 problem; 3 added, 0 changed
imported tests/iati/encoding-latin1.xml: 1 activity, 0 left out, 0 problems; 2 added, 0 changed
Pont sur lâAmour
Pont à Heihe
--- stderr
tests/iati/encoding-mismatch.xml:1:21: the file declares encoding="ISO-8859-1", but its bytes are UTF-8: names with accents, Cyrillic or Chinese are read garbled (fix the declaration to encoding="UTF-8" and import again)
--- status
0
