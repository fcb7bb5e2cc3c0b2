# Hostile input: impossible dates (2021-13-40, 0000-00-00, 2021-02-29,
# 9999-12-32, 10000, 2021-04-31, 2021-00, 0999, -2021, 2021-1-7) in values,
# dates and periods, each named by file, line and column.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/dates; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/dates/claims.csv:2: value: '2021-13-40' for planned_opening: month out of range (01-12)
tests/bad/dates/claims.csv:3: date: '0000-00-00': year out of range (1000-9999)
tests/bad/dates/claims.csv:4: date: '2021-02-29': day out of range for its month
tests/bad/dates/claims.csv:5: refers_to: '9999-12-32': day out of range for its month
tests/bad/dates/claims.csv:6: date: '10000': expected a date as YYYY, YYYY-MM or YYYY-MM-DD
tests/bad/dates/claims.csv:7: value: '2021-04-31' for actual_opening: day out of range for its month
tests/bad/dates/claims.csv:8: date: '2021-00': month out of range (01-12)
tests/bad/dates/claims.csv:8: refers_to: '0999/2021': year out of range (1000-9999)
tests/bad/dates/claims.csv:9: date: '-2021': expected a date as YYYY, YYYY-MM or YYYY-MM-DD
tests/bad/dates/claims.csv:9: refers_to: '2021-1-7': expected a date as YYYY, YYYY-MM or YYYY-MM-DD
amur: tests/bad/dates: 10 problems; nothing was loaded
--- status
0
