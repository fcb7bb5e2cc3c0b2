# Round trip of contacts, document links and results on the real files
# kept in tests/iati/samples (tests/iati/README.md says whose they are):
# import, export, validate against the 2.03 schema, then compare what went
# in with what came out, element by element and part by part
# (tests/iati/compare.sh: URLs, formats, titles and descriptions in every
# language, categories, languages and dates of documents; every field of
# contacts; results' types, titles, indicators with measure and ascending,
# baselines, periods, targets and actuals with their comments).
$ for b in activity-standard-example-annotated-203 minbuza-nl-excerpt IATIfromGF; do amur --db "$TMP/$b.db" -q import-iati tests/iati/samples/$b.xml 2>/dev/null; amur --db "$TMP/$b.db" export-iati --output "$TMP/$b.xml" && xmllint --noout --schema tests/iati/schemas/iati-activities-schema.xsd "$TMP/$b.xml" 2>/dev/null && echo "$b: exported, valid"; tests/iati/compare.sh tests/iati/samples/$b.xml "$TMP/$b.xml"; done
--- stdout
activity-standard-example-annotated-203: exported, valid
contact-info: 1 in, 1 out, every part equal
document-link: 1 in, 1 out, every part equal
result: 1 in, 1 out, every part equal
minbuza-nl-excerpt: exported, valid
contact-info: 2 in, 2 out, every part equal
document-link: 3 in, 3 out, every part equal
result: 1 in, 1 out, every part equal
IATIfromGF: exported, valid
contact-info: 7 in, 7 out, every part equal
document-link: 0 in, 0 out, every part equal
result: 0 in, 0 out, every part equal
--- stderr
--- status
0
