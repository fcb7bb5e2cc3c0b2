# Malformed XML stops with file:line:column and stores nothing from that
# file: the database holds only what the good file brought.
$ amur --db "$DB" -q import-iati tests/iati/status.xml
$ amur --db "$DB" import-iati tests/iati/truncated.xml; echo "status $?"
$ amur --db "$DB" import-iati tests/iati/bad-nesting.xml; echo "status $?"
$ amur --db "$DB" import-iati tests/iati/bad-nesting.xml tests/iati/names.xml | head -1; echo "status ${PIPESTATUS[0]}"
$ amur --db "$DB" summary | grep -E '^(projects|claims) '
--- stdout
status 1
status 1
imported tests/iati/names.xml: 2 activities, 0 left out, 0 problems; 3 added, 0 changed
status 1
projects     8
claims       7
--- stderr
amur: tests/iati/truncated.xml:10:17: Couldn't find end of Start Tag narr; nothing from tests/iati/truncated.xml was stored
amur: tests/iati/bad-nesting.xml:6:43: Opening and ending tag mismatch: narrative line 6 and title; nothing from tests/iati/bad-nesting.xml was stored
amur: tests/iati/bad-nesting.xml:6:43: Opening and ending tag mismatch: narrative line 6 and title; nothing from tests/iati/bad-nesting.xml was stored
amur: import-iati: 1 of 2 files not imported
--- status
0
