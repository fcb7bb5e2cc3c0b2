# Parents (places, actors, instruments, projects) and a listing's
# carried_from must not lead back to the row itself: amur check names every
# cycle once, with the chain of ids, at the row where it was found; a chain
# that only ends in a cycle (heihe's parent is fine; i4's parent i3 is in a
# cycle, l3 is carried from l1) is not reported again. The load stores
# nothing. Acyclic chains (tests/bundles/forward: an actor's parent further
# down the file) still pass.
$ amur check tests/bad/cycles
$ amur --db "$DB" load tests/bad/cycles; amur --db "$DB" summary 2>&1 | head -1
$ amur check tests/bundles/forward
--- stdout
tests/bad/cycles/places.csv:3: parent: parent cycle: amu -> blag -> amu
tests/bad/cycles/actors.csv:2: parent: parent cycle: self -> self
tests/bad/cycles/instruments.csv:2: parent: parent cycle: i1 -> i3 -> i2 -> i1
tests/bad/cycles/projects.csv:2: parent: parent cycle: whole -> part -> whole
tests/bad/cycles/listings.csv:2: carried_from: carried_from cycle: l1 -> l2 -> l1
$DB
tests/bundles/forward: ok, 2 rows
--- stderr
amur: tests/bad/cycles: 5 problems
tests/bad/cycles/places.csv:3: parent: parent cycle: amu -> blag -> amu
tests/bad/cycles/actors.csv:2: parent: parent cycle: self -> self
tests/bad/cycles/instruments.csv:2: parent: parent cycle: i1 -> i3 -> i2 -> i1
tests/bad/cycles/projects.csv:2: parent: parent cycle: whole -> part -> whole
tests/bad/cycles/listings.csv:2: carried_from: carried_from cycle: l1 -> l2 -> l1
amur: tests/bad/cycles: 5 problems; nothing was loaded
--- status
0
