# Carry-over (docs/analyses.md): "relisted" is in Programme 2009, in an agreement
# whose parent is that programme (implementing it), and again in Programme 2018
# (listed again). The headline counts only the programme-to-programme pair.
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" --json carryover | jq -c '.[] | [.instruments, .kind]'
$ amur --db "$DB" carryover | tail -1
$ amur --db "$DB" report | grep -E 'listed again in a later'
--- stdout
[["prog1","agr"],"implementing"]
[["agr","prog2"],"relisted"]
2 carry-overs: 2 declared, 0 detected; 1 listed again, 1 in an instrument implementing the earlier one
• 1 project was listed again in a later programme or plan.
2 carry-overs: 2 declared, 0 detected by matching names; 1 listed again in a later planning document, 1 in an instrument implementing the earlier one.
--- stderr
--- status
0
