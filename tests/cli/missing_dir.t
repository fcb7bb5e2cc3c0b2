# A bundle directory that does not exist, or holds no bundle files.
$ amur --db "$DB" check tests/bundles/none; echo "status $?"
$ amur --db "$DB" check tests/cli; echo "status $?"
--- stdout
status 1
status 1
--- stderr
amur: tests/bundles/none: no such directory
amur: tests/cli: no bundle files (sources.csv, places.csv, ...)
--- status
0
