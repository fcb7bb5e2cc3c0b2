# export-iati writes IATI 2.03 that validates against the official schema, and
# never makes up what the schema requires (an activity-status, an
# activity-date, a participating-org):
# - the small example bundle: bridge has stage claims but no start or completion
#   date; quiet has no stage claim; so both are left out with the reason, and
#   with nothing left to write the export fails (exit 1) and --output writes
#   no file;
# - an IATI import of orgs.xml (status 2, dates and four organisations) exports
#   and validates; status.xml's activities have a status but no date: left out;
# - an unknown project writes nothing (exit 1).
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" export-iati --output "$TMP/small.xml"; echo "status $?"; test -e "$TMP/small.xml" || echo "no file written"
$ amur --db "$DB" -q import-iati tests/iati/orgs.xml tests/iati/status.xml 2>/dev/null
$ amur --db "$DB" export-iati --project XM-DAC-41114-P1 S-1 --output "$TMP/orgs.xml"; echo "status $?"
$ xmllint --noout --schema tests/iati/schemas/iati-activities-schema.xsd "$TMP/orgs.xml" 2>&1 | sed "s|$TMP|\$TMP|"
$ grep -cE '<iati-activity ' "$TMP/orgs.xml"
$ amur --db "$DB" export-iati --project nope; echo "status $?"
--- stdout
status 1
no file written
status 0
$TMP/orgs.xml validates
1
status 1
--- stderr
export-iati: bridge left out: no start or completion date, and IATI needs an activity-date
export-iati: quiet left out: no stage claim, and IATI needs an activity-status
amur: export-iati: nothing to export
export-iati: S-1 left out: no start or completion date, and IATI needs an activity-date
export-iati: 1 of 2 projects left out for lack of what IATI requires (see above)
amur: export-iati: no project 'nope'
--- status
0
