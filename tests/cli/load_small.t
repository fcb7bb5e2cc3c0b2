# A fresh load of the example bundle stores every row and says so.
$ amur --db "$DB" load tests/bundles/small
--- stdout
loaded tests/bundles/small into $DB: 21 added, 0 changed

table        in bundle  added  changed  unchanged  stored
───────────  ─────────  ─────  ───────  ─────────  ──────
sources      3          3      0        0          3
places       5          5      0        0          5
actors       1          1      0        0          1
instruments  1          1      0        0          1
projects     2          2      0        0          2
listings     1          1      0        0          1
stakes       1          1      0        0          1
claims       5          5      0        0          5
indicators   2          2      0        0          2
--- status
0
