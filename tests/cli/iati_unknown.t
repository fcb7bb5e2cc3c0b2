# Unknown elements are skipped and counted (total-cost twice, the x:extension
# with the activity-status inside it once); sector is known and not mapped.
# Unknown codes are reported with the activity's identifier; the activity
# without an identifier is left out (exit status 1), the rest imports.
$ amur --db "$DB" import-iati tests/iati/unknown-element.xml
$ amur --db "$DB" claims --property stage
$ amur --db "$DB" import-iati tests/iati/unknown-code.xml
--- stdout
imported tests/iati/unknown-element.xml: 1 activity, 0 left out, 0 problems; 3 added, 0 changed
  unknown elements skipped: 3 (total-cost 2, x:extension 1)

table     in files  added  changed  unchanged  stored
────────  ────────  ─────  ───────  ─────────  ──────
sources   1         1      0        0          1
places    0         0      0        0          0
actors    0         0      0        0          0
projects  1         1      0        0          1
stakes    0         0      0        0          0
claims    1         1      0        0          1
flows     0         0      0        0          0
id                     subject  property  value               date        refers_to   source        note                                     tier
─────────────────────  ───────  ────────  ──────────────────  ──────────  ──────────  ────────────  ───────────────────────────────────────  ────────────────
iati:9f463f72e95c809c  U-1      stage     under-construction  2022-01-10  2022-01-10  iati:XM-TEST  IATI activity-status 2 (Implementation)  foreign-official
imported tests/iati/unknown-code.xml: 2 activities, 1 left out, 5 problems; 4 added, 0 changed

table     in files  added  changed  unchanged  stored
────────  ────────  ─────  ───────  ─────────  ──────
sources   2         0      0        2          1
places    0         0      0        0          0
actors    0         0      0        0          0
projects  2         2      0        0          3
stakes    0         0      0        0          0
claims    1         1      0        0          2
flows     1         1      0        0          1
--- stderr
tests/iati/unknown-code.xml:10:5: C-1: recipient-country 'QQ' is not in the IATI Country codelist; left out
tests/iati/unknown-code.xml:8:5: C-1: participating-org role '9' is not in the IATI OrganisationRole codelist; left out
tests/iati/unknown-code.xml:9:5: C-1: activity-status '8' is not in the IATI ActivityStatus codelist; left out
tests/iati/unknown-code.xml:11:5: C-1: currency 'XYZ' is not in the IATI Currency codelist; the amount is kept without a unit
tests/iati/unknown-code.xml:13:3: activity without an iati-identifier (nor an other-identifier); left out
amur: import-iati: 1 activity left out (see above); the rest was stored
--- status
1
