# Warnings, not silence: an identifier used twice in one file (the later
# activity replaces what the earlier said, and the warning names both lines),
# two activity-status elements (the first is used). Input that is not XML is
# named for what it looks like (JSON, an XLSX workbook, a ZIP archive, an empty
# file) instead of libxml2's "Document is empty" at 1:1; nothing is stored.
$ amur --db "$DB" import-iati tests/iati/warnings.xml | head -1
$ amur --db "$DB" --json claims --property stage | grep -o '"value":"[^"]*"'
$ printf '{"iati-activities": []}\n' >"$TMP/a.json"; printf 'PK\003\004\024\000[Content_Types].xml xl/workbook.xml' >"$TMP/b.xlsx"; printf 'PK\003\004\024\000data/a.xml' >"$TMP/c.zip"; : >"$TMP/d.xml"
$ for f in a.json b.xlsx c.zip d.xml; do amur --db "$DB" import-iati "$TMP/$f"; echo "exit status $?"; done
--- stdout
imported tests/iati/warnings.xml: 2 activities, 0 left out, 2 problems; 3 added, 1 changed
"value":"under-construction"
exit status 1
exit status 1
exit status 1
exit status 1
--- stderr
tests/iati/warnings.xml:9:5: XM-TEST-W1: more than one activity-status element; the first (line 8, column 5) is used, the others are left out
tests/iati/warnings.xml:11:3: XM-TEST-W1: identifier already used by the activity at line 4, column 3 of this file; this one replaces what that one said
amur: $TMP/a.json: not an XML file: looks like JSON; nothing from $TMP/a.json was stored
amur: $TMP/b.xlsx: not an XML file: looks like XLSX (an Excel workbook); nothing from $TMP/b.xlsx was stored
amur: $TMP/c.zip: not an XML file: looks like ZIP (an archive: unpack it first); nothing from $TMP/c.zip was stored
amur: $TMP/d.xml: not an XML file: looks like an empty file; nothing from $TMP/d.xml was stored
--- status
0
