# Loading the same bundle twice changes nothing the second time.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" load tests/bundles/small
--- stdout
loaded tests/bundles/small into $DB: 0 added, 0 changed

table        in bundle  added  changed  unchanged  stored
───────────  ─────────  ─────  ───────  ─────────  ──────
sources      3          0      0        3          3
places       5          0      0        5          5
actors       1          0      0        1          1
instruments  1          0      0        1          1
projects     2          0      0        2          2
listings     1          0      0        1          1
stakes       1          0      0        1          1
claims       5          0      0        5          5
indicators   2          0      0        2          2
--- status
0
