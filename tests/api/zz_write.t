# POST /api/claims: a token made by `amur token new` may append claims,
# checked as `amur check` checks claims.csv, with an audit row for each new
# one; a missing, wrong or revoked token is 401, an invalid claim 400 with
# every problem, a changed claim 409, a body over 1 MB 413, bad JSON 400;
# and whenever the answer is not 201, nothing is stored.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ TOK=$(amur -q --db "$DB" token new --role editor --note tests)
$ . tests/api/lib.sh && api_start
$ counts() { api_fresh; get /api/summary | jq -c '[.counts.claims]'; }
$ post() { _curl /api/claims -X POST -H 'Content-Type: application/json' -w ' %{http_code}\n' "$@"; }
$ counts
$ post -H "Authorization: Bearer $TOK" -d '{"id":"w1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study","quote":"the bridge is finished"}'
$ api_fresh; get '/api/claims?subject=bridge' | jq -c '.items[] | select(.id == "w1") | [.id, .property, .value, .date, .source, .tier, .quote]'
$ amur --db "$DB" --json audit | jq -c '.[] | [.n, .token, .role, .what, .claim]'
$ post -H "Authorization: Bearer $TOK" -d '[{"id":"w2","subject":"bridge","property":"planned_opening","value":"2023","date":"2021-06","source":"study"},{"id":"w3","subject":"bridge","property":"cost","value":"100","unit":"RUB","date":"2021-06","source":"study"}]'
$ counts
$ post -H "Authorization: Bearer $TOK" -d '{"id":"w1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study","quote":"the bridge is finished"}'
# no token, a wrong one, another scheme: 401 and nothing stored
$ post -d '{"id":"x1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'
$ post -H "Authorization: Bearer 0000$TOK" -d '{"id":"x1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'
$ post -H "Authorization: Basic $TOK" -d '{"id":"x1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'
$ counts
# invalid claims: 400 with every problem, and none of the body stored
$ post -H "Authorization: Bearer $TOK" -d '[{"id":"x2","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"},{"id":"x3","subject":"nowhere","property":"stage","value":"finished","date":"2021/05","source":"nosuch","colour":"red"},{"id":"x4","subject":"bridge","property":"cost","value":7.5,"date":"2021","source":"study"},"x5"]'
$ post -H "Authorization: Bearer $TOK" -d '[{"id":"x6","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"},{"id":"x6","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}]'
$ counts
# claims are append-only: the same id with other content is 409
$ post -H "Authorization: Bearer $TOK" -d '{"id":"w1","subject":"bridge","property":"stage","value":"operational","date":"2021-05","source":"study"}'
# malformed JSON, not a claim, nothing at all
$ post -H "Authorization: Bearer $TOK" -d '{"id":"x7",'
$ post -H "Authorization: Bearer $TOK" -d '"w1"'
$ post -H "Authorization: Bearer $TOK" -d '[]'
$ post -H "Authorization: Bearer $TOK" -d '{"id":"x8","id":"x9"}'
# a body over 1 MB: 413, whether it says so or not
$ head -c 1100000 /dev/zero | tr '\0' ' ' | post -H "Authorization: Bearer $TOK" --data-binary @- -o /dev/null
$ refused() { local c; c=$(_curl /api/claims -X POST "$@" -o /dev/null -w '%{http_code}'); local rc=$?; case "$c:$rc" in 413:0|000:5[2256]|100:5[2256]) echo refused ;; *) echo "NOT REFUSED $c:$rc" ;; esac; }
$ head -c 1100000 /dev/zero | tr '\0' ' ' | refused -H "Authorization: Bearer $TOK" -H 'Transfer-Encoding: chunked' --data-binary @-
# ... while a big valid body under the limit is fine
$ { printf '['; for i in $(seq 2000); do printf '%s{"id":"b%d","subject":"bridge","property":"text","value":"%0300d","date":"2021","source":"study"}' "$([ $i = 1 ] || echo ,)" $i 0; done; printf ']'; } >"$TMP/big.json"; [ "$(stat -c %s "$TMP/big.json")" -gt 700000 ] && echo big
$ post -H "Authorization: Bearer $TOK" --data-binary @"$TMP/big.json" -o /dev/null
$ counts
# a revoked token is refused at once
$ amur --db "$DB" token revoke 1
$ post -H "Authorization: Bearer $TOK" -d '{"id":"x10","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'
$ counts
$ amur --db "$DB" --json audit | jq -c 'length, ([.[] | .claim] | .[0:4])'
# the audit log over HTTP needs an admin token: editors are 403, the revoked 401
$ ADM=$(amur -q --db "$DB" token new --role admin --note tests)
$ ED=$(amur -q --db "$DB" token new --role editor --note tests)
$ aud() { _curl "$@" -w ' %{http_code}\n'; }
$ aud '/api/audit?limit=2&offset=1' -H "Authorization: Bearer $ADM" | sed 's/"at":"[^"]*"/"at":AT/g'
$ aud /api/audit -H "Authorization: Bearer $ED"
$ aud /api/audit -H "Authorization: Bearer $TOK"
$ aud /api/audit
$ aud /api/audit -H "Authorization: Bearer $ADM" -d '[]' -o /dev/null
$ diff <(_curl '/api/audit?limit=10000' -H "Authorization: Bearer $ADM" | jq -c .items) <(cli audit) && echo "same as amur audit --json"
# other methods and routes: still read-only
$ code /api/projects -X POST
$ head_of /api/claims -X PUT | grep -i -E '^(HTTP|allow)'
$ api_stop
--- stdout
[5]
{"ids":["w1"],"added":1,"unchanged":0} 201
["w1","stage","completed","2021-05","study","academic","the bridge is finished"]
[1,1,"editor","add claim","w1"]
{"ids":["w2","w3"],"added":2,"unchanged":0} 201
[8]
{"ids":["w1"],"added":0,"unchanged":1} 201
{"error":"this route needs a token: Authorization: Bearer TOKEN"} 401
{"error":"unknown token"} 401
{"error":"this route needs a token: Authorization: Bearer TOKEN"} 401
[8]
{"error":"8 problems; nothing was stored","problems":[{"item":2,"field":"colour","message":"unknown field"},{"item":2,"field":"subject","message":"'nowhere': no such place, actor, instrument or project in the bundle or the database"},{"item":2,"field":"date","message":"'2021/05': expected a date as YYYY, YYYY-MM or YYYY-MM-DD"},{"item":2,"field":"source","message":"'nosuch': no such source in the bundle or the database"},{"item":2,"field":"value","message":"'finished' for stage: not a stage (listed, agreed, financed, under-construction, completed, operational, suspended, cancelled)"},{"item":3,"field":"value","message":"must be a string or null"},{"item":3,"field":"value","message":"required field is empty"},{"item":4,"field":null,"message":"not a claim object"}]} 400
{"error":"1 problem; nothing was stored","problems":[{"item":2,"field":"id","message":"duplicate id 'x6' (first defined at body:1)"}]} 400
[8]
{"error":"1 claim is already stored differently","problems":[{"item":1,"field":"id","message":"claim 'w1' differs from the stored claim of that id; claims are never edited: add a new claim instead"}]} 409
{"error":"malformed JSON: string or '}' expected near end of file (line 1, column 11)"} 400
{"error":"malformed JSON: '[' or '{' expected near '\"w1\"' (line 1, column 4)"} 400
{"error":"no claims in the body"} 400
{"error":"malformed JSON: duplicate object key near '\"id\"' (line 1, column 15)"} 400
 413
refused
big
 201
[2008]
token 1 revoked
{"error":"the token was revoked"} 401
[2008]
2003
["w1","w2","w3","b1"]
{"items":[{"n":2,"at":AT,"token":1,"role":"editor","what":"add claim","claim":"w2"},{"n":3,"at":AT,"token":1,"role":"editor","what":"add claim","claim":"w3"}],"total":2003,"limit":2,"offset":1} 200
{"error":"this token's role may not use this route"} 403
{"error":"the token was revoked"} 401
{"error":"this route needs a token: Authorization: Bearer TOKEN"} 401
 405
same as amur audit --json
405
HTTP/1.1 405 Method Not Allowed
Allow: GET, HEAD, POST
--- status
0
