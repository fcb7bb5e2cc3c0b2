# Values are checked against what exists (ids, properties, and every listing filter),
# with the same message on the command line
# (exit 1) as from the API (400, tests/api/values_checked.t), and a suggestion when a
# close id, name or property exists. A filter naming a record that exists but has no
# rows here is an empty answer, not a mistake.
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" slippage --property planned_opning; echo "exit $?"
$ amur --db "$DB" slippage halte; echo "exit $?"
$ amur --db "$DB" status "Two halfs"; echo "exit $?"
$ amur --db "$DB" contradictions --subject nothing-like-it; echo "exit $?"
$ amur --db "$DB" contradictions --subject Region; echo "exit $?"
$ amur --db "$DB" projects --kind brige; echo "exit $?"
$ amur --db "$DB" --json claims --property planned_opning; echo "exit $?"
$ amur --db "$DB" stakes --role oponent; echo "exit $?"
$ amur --db "$DB" --json projects --kind plant | jq -c '[.[].id]'
$ amur --db "$DB" --json stakes --project halted; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
["halted"]
[]
exit 0
--- stderr
amur: slippage: no claim has the property 'planned_opning'; did you mean 'planned_opening'?
amur: slippage: no project 'halte'; did you mean 'halted'?
amur: status: no project 'Two halfs'; did you mean 'halves'?
amur: contradictions: no subject 'nothing-like-it'
amur: contradictions: no subject 'Region'; did you mean 'ru-a'?
amur: no project has kind 'brige'; did you mean 'bridge'?
amur: no claim has property 'planned_opning'; did you mean 'planned_opening'?
amur: no stake has role 'oponent'; did you mean 'opponent'?
--- status
0
