# A stored claim is never edited: a bundle that changes one is refused whole.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" load tests/bundles/edit
--- stdout
--- stderr
tests/bundles/edit/claims.csv:2: id: claim 'c3' differs from the stored claim of that id; claims are never edited: add a new claim instead
amur: tests/bundles/edit: 1 problem; nothing was loaded
--- status
1
