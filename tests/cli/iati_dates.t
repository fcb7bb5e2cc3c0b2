# activity-date → planned_/actual_ start and completion, 2.0x codes and 1.0x
# words; the time of a datetime is dropped. D-1's actual end (2021-01-01) is
# after its claim date (2020-06-30) and is left out; type 7 is no code.
$ amur --db "$DB" import-iati tests/iati/dates.xml
$ amur --db "$DB" claims
--- stdout
imported tests/iati/dates.xml: 2 activities, 0 left out, 2 problems; 8 added, 0 changed

table     in files  added  changed  unchanged  stored
────────  ────────  ─────  ───────  ─────────  ──────
sources   2         1      0        1          1
places    0         0      0        0          0
actors    0         0      0        0          0
projects  2         2      0        0          2
stakes    0         0      0        0          0
claims    5         5      0        0          5
flows     0         0      0        0          0
id                     subject  property            value       date        refers_to   source        note  tier
─────────────────────  ───────  ──────────────────  ──────────  ──────────  ──────────  ────────────  ────  ────────────────
iati:99dc032c5c740841  D-1      planned_start       2016-01-01  2020-06-30  2020-06-30  iati:XM-TEST        foreign-official
iati:7ccb0f3b1d3222ea  D-1      actual_start        2016-03-15  2020-06-30  2020-06-30  iati:XM-TEST        foreign-official
iati:63afc6483e992513  D-1      planned_completion  2019-12-31  2020-06-30  2020-06-30  iati:XM-TEST        foreign-official
iati:cfaea481f4deefb9  D-2      planned_start       2017-05-01  2020-06-30  2020-06-30  iati:XM-TEST        foreign-official
iati:9650cc1854ba7c84  D-2      actual_completion   2019-11-30  2020-06-30  2020-06-30  iati:XM-TEST        foreign-official
--- stderr
tests/iati/dates.xml:11:5: D-1: actual_completion '2021-01-01': later than the date of the claim that reports it; left out
tests/iati/dates.xml:19:5: D-2: activity-date type '7' is not in the IATI ActivityDateType codelist; left out
--- status
0
