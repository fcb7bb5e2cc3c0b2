# amur changes refuses what it cannot answer, with the same words the API gives
# (tests/api/changes.t): dates out of order, an end past the clocks, a kind or an id that
# is not one, a bad date. Exit 2 for a bad option, 1 for an id that names nothing.
$ amur --db "$DB" -q load tests/bundles/slippage
$ amur --db "$DB" changes --since 2021 --until 2020 --as-of 2026-06-30; echo "exit $?"
$ amur --db "$DB" changes --since 2020 --until 2022 --as-of 2021-06-30; echo "exit $?"
$ amur --db "$DB" changes --since 2020 --until 2021-06 --as-of 2026-06-30 --known-by 2021-03; echo "exit $?"
$ amur --db "$DB" changes --since 2020 --until 2021 --as-of 2026-06-30 --kind postponed; echo "exit $?"
$ amur --db "$DB" changes --since 2020 --until 2021 --as-of 2026-06-30 --project bridg; echo "exit $?"
$ amur --db "$DB" changes --since 2020-13 --as-of 2026-06-30; echo "exit $?"
$ amur --db "$DB" changes --days 0 --as-of 2026-06-30; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 1
exit 2
exit 2
--- stderr
amur: until (2020) must not be before since (2021)
amur: until (2022) must not be after the as-of date (2021-06-30)
amur: until (2021-06) must not be after the known-by date (2021-03-31)
amur: changes: --kind: 'postponed' is not one of claims, stage, delivered, overdue, postponement, advance, contradiction, resolved
amur: changes: no project 'bridg'; did you mean 'bridge'?
amur: changes: --since: '2020-13': month out of range (01-12)
amur: changes: --days: '0' is not a whole number from 1 to 3660000
--- status
0
