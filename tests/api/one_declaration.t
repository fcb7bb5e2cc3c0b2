# The API's analyses come from the same declarations as the command line
# (present/views.h): the same parameters, defaults and messages
# (tests/cli/one_declaration.t).
$ amur --db "$DB" -q load tests/bundles/slippage
$ . tests/api/lib.sh && api_start
$ get '/api/slippage?instrument=plan&as_of=2021' | jq -c '[.total, [.items[] | .property]]'
$ get '/api/slippage?instrument=plna'
$ get '/api/status?project=bridge&as_of=2021' | jq -c '[.total, .items[0].project]'
$ get '/api/contradictions?window=1e3'
$ get '/api/inflation?from=2020&to=2010'
$ get '/api/sources?language=xx'
$ code '/api/status?projects=bridge'
$ amur serve --openapi | jq -c '.paths["/api/contradictions"].get.parameters[0]'
--- stdout
[2,["planned_completion","planned_opening"]]
{"error":"no instrument 'plna'; did you mean 'plan'?"}
[1,"bridge"]
{"error":"window: '1e3' is not a whole number from 0 to 3660000"}
{"error":"to (2010) must not be below from (2020)"}
{"error":"no source has language 'xx'"}
400
{"name":"window","in":"query","required":false,"description":"how far apart in time two claims may describe, in days (default 90)","schema":{"type":"integer","minimum":0,"maximum":3660000,"default":90}}
--- stderr
--- status
0
