# The example bundle is clean.
$ amur --db "$DB" check tests/bundles/small
--- stdout
tests/bundles/small: ok, 21 rows
--- stderr
--- status
0
