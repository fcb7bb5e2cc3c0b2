# Ids are unique across concepts in the database too: a bundle may not
# reuse a stored project's id for a place.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" load tests/bundles/clash
--- stderr
tests/bundles/clash/places.csv:2: id: id 'bridge' is already a project in the database
amur: tests/bundles/clash: 1 problem; nothing was loaded
--- status
1
