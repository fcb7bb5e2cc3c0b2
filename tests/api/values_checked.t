# The API checks values against what exists as the command line does
# (tests/cli/values_checked.t): 400 with the same message and suggestion.
$ amur --db "$DB" -q load tests/bundles/answers
$ . tests/api/lib.sh && api_start
$ code '/api/slippage?property=planned_opning'
$ get '/api/slippage?property=planned_opning'
$ get '/api/slippage?project=halte'
$ code '/api/contradictions?subject=nothing-like-it'
$ get '/api/contradictions?subject=nothing-like-it'
$ get '/api/contradictions?subject=Region'
$ code '/api/slippage?property=planned_opening'
$ code '/api/projects?kind=brige'
$ get '/api/projects?kind=brige'
$ get '/api/claims?subject=nope'
$ get '/api/stakes?role=oponent'
$ get '/api/stakes?project=halted' | jq -c '[.total, .items]'
--- stdout
400
{"error":"no claim has the property 'planned_opning'; did you mean 'planned_opening'?"}
{"error":"no project 'halte'; did you mean 'halted'?"}
400
{"error":"no subject 'nothing-like-it'"}
{"error":"no subject 'Region'; did you mean 'ru-a'?"}
200
400
{"error":"no project has kind 'brige'; did you mean 'bridge'?"}
{"error":"no claim has subject 'nope'"}
{"error":"no stake has role 'oponent'; did you mean 'opponent'?"}
[0,[]]
--- stderr
--- status
0
