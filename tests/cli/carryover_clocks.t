# Listings count from their instrument's date: --as-of 2015 leaves out
# plan2 (2018-11-09), so only bridge's l-b1~l-b2 and l-b1cn~l-b2 remain
# (see carryover.t). --threshold 0.8 keeps the four declared pairs (declared
# pairs need no score) and drops ru1~ru2 (0.75) and cn1~cn2 (0.5).
# A threshold outside 0..1 is a usage error.
$ amur --db "$DB" -q load tests/bundles/carryover
$ amur --db "$DB" carryover --as-of 2015
$ amur --db "$DB" carryover --threshold 0.8
$ amur --db "$DB" carryover --threshold 1.5
--- stdout
score  how                     listing a  instrument a  date a      listing b  instrument b  date b      name a                        name b
─────  ──────────────────────  ─────────  ────────────  ──────────  ─────────  ────────────  ──────────  ────────────────────────────  ──────
1.00   declared, implementing  l-b1       prog1         2009-09-23  l-b2       agr3          2010-11-23  Blagoveshchensk–Heihe bridge
1.00   declared, implementing  l-b1cn     prog1         2009-09-23  l-b2       agr3          2010-11-23  Blagoveshchensk–Heihe bridge

2 carry-overs: 2 declared, 0 detected; 0 listed again, 2 in an instrument implementing the earlier one
score  how                     listing a  instrument a  date a      listing b  instrument b  date b      name a                        name b
─────  ──────────────────────  ─────────  ────────────  ──────────  ─────────  ────────────  ──────────  ────────────────────────────  ───────────────────
1.00   declared, implementing  l-b1       prog1         2009-09-23  l-b2       agr3          2010-11-23  Blagoveshchensk–Heihe bridge
1.00   declared, implementing  l-b1cn     prog1         2009-09-23  l-b2       agr3          2010-11-23  Blagoveshchensk–Heihe bridge
1.00   declared                l-b2       agr3          2010-11-23  l-b3       plan2         2018-11-09  Blagoveshchensk–Heihe bridge
0.67   declared                l-po1      prog1         2009-09-23  l-po2      plan2         2018-11-09  Zarubino port                 Great Zarubino port

4 carry-overs: 4 declared, 0 detected; 2 listed again, 2 in an instrument implementing the earlier one
--- stderr
amur: carryover: --threshold: '1.5' is not a number from 0 to 1
--- status
2
