# amur synth: a tiny synthetic bundle passes amur check, is the same for the
# same seed (and not for another), marks every record synthetic, loads, and
# the analyses find its planted shapes: carry-overs by near-duplicate names
# (detected, not declared), postponed opening dates, official sources ahead
# of local ones, influential opponents.
$ amur -q synth --projects 60 --seed 3 "$TMP/a"
$ amur -q synth --projects 60 --seed 3 "$TMP/b"
$ amur -q synth --projects 60 --seed 4 "$TMP/c"
$ diff -r "$TMP/a" "$TMP/b" && echo same seed, same files
$ cmp -s "$TMP/a/projects.csv" "$TMP/c/projects.csv" || echo another seed, other projects
$ for f in "$TMP"/a/*.csv; do tail -n +2 "$f" | grep -vc ',synthetic$'; done | sort -u
$ tail -n +2 "$TMP/a/sources.csv" | cut -d, -f2 | grep -vc '^Synthetic source '
$ amur check "$TMP/a"
$ amur -q --db "$DB" load "$TMP/a"
$ amur --db "$DB" --json carryover | jq '[.[] | select(.declared == false and (.b.name | test(", phase")))] | length > 0'
$ amur --db "$DB" --json carryover | jq '[.[] | select(.declared)] | length > 0'
$ amur --db "$DB" --json slippage --property planned_opening | jq '[.[] | select(any(.promises[]; .kind == "postponement"))] | length > 0'
$ amur --db "$DB" --json contradictions --official-ahead | jq 'length > 0 and all(.[]; .a.tier == "federal")'
$ amur --db "$DB" --json risks --ever | jq '.[-1].with.projects > 0'
$ amur --db "$DB" --json regions | jq 'length > 0'
--- stdout
same seed, same files
another seed, other projects
0
0
$TMP/a: ok, 1770 rows
true
true
true
true
true
true
--- status
0
