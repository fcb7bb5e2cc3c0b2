# A row may refer to one further down the same file (or a later file):
# check accepts it, and so must load.
$ amur --db "$DB" check tests/bundles/forward
$ amur --db "$DB" -q load tests/bundles/forward && amur --db "$DB" actors
--- stdout
tests/bundles/forward: ok, 2 rows
id        kind      name_en              name_ru  name_zh  country
────────  ────────  ───────────────────  ───────  ───────  ───────
minister  person    A regional minister
ministry  ministry  A regional ministry
--- stderr
--- status
0
