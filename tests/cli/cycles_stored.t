# A cycle closed through rows already in the database (issue 20: check
# looked only at the bundle): tests/bundles/chains is loaded, then
# tests/bad/cycles_stored changes stored rows so that their parents (and a
# listing's carried_from) lead back to themselves through stored rows:
# amu's parent becomes blag, whose stored parent is amu; i1's parent
# becomes i3, stored under i2 under i1; a1's goes through the new a3 and
# the stored a2. Each cycle is named once, with its chain of ids (stored
# ones marked), at the bundle's row on it; i4, whose chain only runs into
# a cycle, and zeya, moved under ru, are fine. The load stores nothing:
# the database exports the same files before and after. Alone, without
# the database, the same bundle has no cycle (only missing references).
$ amur --db "$DB" load tests/bundles/chains >/dev/null && amur --db "$DB" export "$TMP/before" >/dev/null
$ amur --db "$DB" check tests/bad/cycles_stored; echo "status $?"
$ amur --db "$DB" load tests/bad/cycles_stored 2>/dev/null; echo "status $?"
$ amur --db "$DB" export "$TMP/after" >/dev/null && diff -r "$TMP/before" "$TMP/after" && echo "nothing stored"
$ amur --db "$DB" --json check tests/bad/cycles_stored | jq -r '.[] | "\(.file):\(.line): \(.column)"'
$ echo "cycles found without the database: $(amur --db "$TMP/empty.db" check tests/bad/cycles_stored 2>/dev/null | grep -c ' cycle')"
--- stdout
tests/bad/cycles_stored/places.csv:3: parent: parent cycle through the database: amu -> blag (stored) -> amu
tests/bad/cycles_stored/actors.csv:2: parent: parent cycle through the database: a1 -> a3 -> a2 (stored) -> a1
tests/bad/cycles_stored/instruments.csv:3: parent: parent cycle through the database: i1 -> i3 (stored) -> i2 (stored) -> i1
tests/bad/cycles_stored/projects.csv:2: parent: parent cycle through the database: whole -> part (stored) -> whole
tests/bad/cycles_stored/listings.csv:2: carried_from: carried_from cycle through the database: l1 -> l2 (stored) -> l1
status 1
status 1
nothing stored
tests/bad/cycles_stored/places.csv:3: parent
tests/bad/cycles_stored/actors.csv:2: parent
tests/bad/cycles_stored/instruments.csv:3: parent
tests/bad/cycles_stored/projects.csv:2: parent
tests/bad/cycles_stored/listings.csv:2: carried_from
cycles found without the database: 0
--- stderr
amur: tests/bad/cycles_stored: 5 problems
amur: tests/bad/cycles_stored: 5 problems
--- status
0
