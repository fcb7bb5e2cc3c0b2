# The same element-by-element comparison of contacts, document links and
# results (tests/iati/compare.sh) on the real published files of
# ../shared/data/iati/samples that the export writes whole: the Netherlands
# Ministry of Foreign Affairs' 13 activities (contacts, 25 document links, a
# result) and IATI's annotated 2.03 example, validated against the schema
# there; the Global Fund's 1.0x contacts. (This test reports itself skipped
# where ../shared is absent; tests/cli/iati_notes_samples.t does the same on
# the excerpts kept in the repository.) The World Bank's 1.0x contacts are
# kept too, though its activities lack the activity-status 2.03 requires:
# the note lines of one.
$ for b in example_203_file activity-standard-example-annotated-203 IATIfromGF; do f=../shared/data/iati/samples/$b.xml; amur --db "$TMP/$b.db" -q import-iati $f 2>/dev/null; amur --db "$TMP/$b.db" export-iati --output "$TMP/$b.xml" && xmllint --noout --schema ../shared/data/iati/schemas/iati-activities-schema.xsd "$TMP/$b.xml" 2>/dev/null && echo "$b: exported, valid"; tests/iati/compare.sh $f "$TMP/$b.xml"; done
$ amur --db "$TMP/wb.db" -q import-iati ../shared/data/iati/samples/worldbank.xml 2>/dev/null; amur --db "$TMP/wb.db" projects --json | grep -o '"note":"contact-info[^"]*"' | head -1 | sed 's/\\n/\n/g'
--- stdout
example_203_file: exported, valid
contact-info: 13 in, 13 out, every part equal
document-link: 25 in, 25 out, every part equal
result: 1 in, 1 out, every part equal
activity-standard-example-annotated-203: exported, valid
contact-info: 1 in, 1 out, every part equal
document-link: 1 in, 1 out, every part equal
result: 1 in, 1 out, every part equal
IATIfromGF: exported, valid
contact-info: 7 in, 7 out, every part equal
document-link: 0 in, 0 out, every part equal
result: 0 in, 0 out, every part equal
"note":"contact-info/1/organisation@en: World Bank
contact-info/1/person-name@en: Mills, Robert"
--- stderr
--- status
0
