# A file written on one line (as many publishers' are): every problem
# carries its line and its column (in characters: the Cyrillic title before
# the first ones counts four), so each names its own element; the earlier
# activity a duplicate identifier replaces, and the first of two statuses,
# are named by line and column too. Malformed XML on one line is placed by
# libxml2's own column, at the end of the tag that does not match.
$ amur --db "$DB" -q import-iati tests/iati/one-line.xml; echo "status $?"
$ printf '<iati-activities version="2.03"><iati-activity><iati-identifier>X</iati-identifier><title><narrative>x</title></iati-activity></iati-activities>' >"$TMP/bad.xml"; amur --db "$DB" -q import-iati "$TMP/bad.xml"; echo "status $?"
--- stdout
status 0
status 1
--- stderr
tests/iati/one-line.xml:1:305: XM-TEST-L1: recipient-country 'QQ' is not in the IATI Country codelist; left out
tests/iati/one-line.xml:1:335: XM-TEST-L1: activity-status '8' is not in the IATI ActivityStatus codelist; left out
tests/iati/one-line.xml:1:378: XM-TEST-L1: identifier already used by the activity at line 1, column 71 of this file; this one replaces what that one said
tests/iati/one-line.xml:1:638: XM-TEST-L1: more than one activity-status element; the first (line 1, column 611) is used, the others are left out
tests/iati/one-line.xml:1:665: XM-TEST-L1: transaction value '1,000' is not a number; left out
amur: $TMP/bad.xml:1:111: Opening and ending tag mismatch: narrative line 1 and title; nothing from $TMP/bad.xml was stored
--- status
0
