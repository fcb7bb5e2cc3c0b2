# The review queue through the API: POST /api/proposals stores candidates
# (amur extract --json) as proposals, never claims; GET lists them; accept
# (with edits) writes the claim through the load's checks with an audit
# entry; reject keeps the reason; a bad edit is 400 with the field and
# nothing stored; a second decision 409; an unknown id 404; no token 401.
$ amur --db "$DB" -q load data
$ amur --db "$DB" --json extract tests/extract/en_bridge.txt --date 2022-06-10 --url https://example.org/news/bridge-cargo --publisher "Amur News" --tier local-media > "$TMP/cands.json"
$ TOK=$(amur -q --db "$DB" token new --role editor --note reviewer)
$ . tests/api/lib.sh && api_start
$ post() { local p=$1; shift; _curl "$p" -X POST -H 'Content-Type: application/json' -w ' %{http_code}\n' "$@"; }
$ claims() { api_fresh; get '/api/claims?subject=prj-blag-heihe-bridge&limit=0' | jq .total; }
$ claims
$ post /api/proposals -H "Authorization: Bearer $TOK" --data-binary @"$TMP/cands.json"
$ claims
$ get '/api/proposals?status=pending' -H "Authorization: Bearer $TOK" | jq -c '[.total, [.items[] | [.id, .property, .value, .subject_name, .context]][0]]'
# no token: neither listing nor deciding
$ code /api/proposals
$ post /api/proposals/1/accept -d '{}'
# accept as it is
$ post /api/proposals/1/accept -H "Authorization: Bearer $TOK" -d '{"reviewer":"Anna"}'
$ claims
$ get '/api/claims?subject=prj-blag-heihe-bridge&limit=100' | jq -c '.items[] | select(.id == "ext-e3658ba83714de4a") | [.property, .value, .source, .tier, .note]'
$ amur --db "$DB" --json audit | jq -c '.[] | [.token, .role, .what, .claim]'
# a second decision: 409
$ post /api/proposals/1/accept -H "Authorization: Bearer $TOK" -d '{"reviewer":"Boris"}' | sed 's/at [0-9T:Z-]*:/at TIME:/'
$ post /api/proposals/1/reject -H "Authorization: Bearer $TOK" -d '{"reviewer":"Boris","reason":"no"}' | sed 's/at [0-9T:Z-]*:/at TIME:/'
# a bad edit: 400 with the problems, nothing stored
$ post /api/proposals/2/accept -H "Authorization: Bearer $TOK" -d '{"reviewer":"Anna","set":{"date":"2022-13","colour":"red"}}' | cut -c1-400
$ post /api/proposals/2/accept -H "Authorization: Bearer $TOK" -d '{"set":{"value":5}}'
$ post /api/proposals/2/accept -H "Authorization: Bearer $TOK" -d '[1]'
$ post /api/proposals/2/accept -H "Authorization: Bearer $TOK" -d '{"reviewer":'
$ claims
# edit-then-accept
$ post /api/proposals/2/accept -H "Authorization: Bearer $TOK" -d '{"reviewer":"Anna","set":{"value":"2019-10"}}'
$ claims
# reject needs a reason, and keeps it
$ post /api/proposals/3/reject -H "Authorization: Bearer $TOK" -d '{"reviewer":"Boris"}'
$ post /api/proposals/3/reject -H "Authorization: Bearer $TOK" -d '{"reviewer":"Boris","reason":"a closure, not a suspension"}'
$ get '/api/proposals?status=rejected' -H "Authorization: Bearer $TOK" | jq -c '.items[] | [.id, .status, .reviewer, .reason]'
$ get '/api/proposals?status=accepted' -H "Authorization: Bearer $TOK" | jq -c '.items[] | [.id, .status, .reviewer, .claim]'
$ code '/api/proposals?status=maybe' -H "Authorization: Bearer $TOK"
# unknown proposals: 404, with the nearest pending one
$ post /api/proposals/99/accept -H "Authorization: Bearer $TOK" -d '{}'
$ post /api/proposals/x/accept -H "Authorization: Bearer $TOK" -d '{}'
$ post /api/proposals/4/approve -H "Authorization: Bearer $TOK" -d '{}'
# bad candidates: 400 with every problem, nothing stored
$ post /api/proposals -H "Authorization: Bearer $TOK" -d '[{"subject":"nowhere","property":"stage","value":"completed","date":"2022","source":"s","colour":"red"},"x"]'
$ post /api/proposals -H "Authorization: Bearer $TOK" -d '{"subject":'
$ get /api/proposals -H "Authorization: Bearer $TOK" | jq .total
--- stdout
93
{"ids":[1,2,3,4,5],"added":5} 201
93
[5,[1,"actual_opening","2022-06-10","Blagoveshchensk–Heihe road bridge","The Blagoveschensk-Heihe road bridge across the Amur opened to cargo traffic on June 10, 2022."]]
401
{"error":"this route needs a token: Authorization: Bearer TOKEN"} 401
{"id":1,"status":"accepted","claim":"ext-e3658ba83714de4a","reviewer":"Anna"} 201
94
["actual_opening","2022-06-10","src-x-c5cbd6113d91","local-media","From proposal 1 (amur extract, confidence 1.00), accepted by Anna"]
[1,"editor","accept proposal 1 (reviewer Anna)","ext-e3658ba83714de4a"]
{"error":"proposal 1 was accepted already by Anna at TIME: claim ext-e3658ba83714de4a"} 409
{"error":"proposal 1 was accepted already by Anna at TIME: claim ext-e3658ba83714de4a"} 409
{"error":"proposal 2: 2 problems; nothing was stored","problems":[{"item":2,"field":"colour","message":"not a field of a claim (id, subject, property, value, unit, scope, date, refers_to, source, locator, quote, quote_lang, note, via) or of a new source (source_title, source_publisher, source_url, source_date, source_language, source_tier, source_authors)"},{"item":2,"field":"date","message":"'202
{"error":"set: each value must be a string or null"} 400
{"error":"the body must be an object: {\"reviewer\", ...}"} 400
{"error":"malformed JSON: unexpected token near end of file (line 1, column 12)"} 400
94
{"id":2,"status":"accepted","claim":"ext-e98b819ac463a31a","reviewer":"Anna"} 201
95
{"error":"reject: a reason is needed (at most 4000 bytes of text)"} 400
{"id":3,"status":"rejected","reviewer":"Boris"} 200
[3,"rejected","Boris","a closure, not a suspension"]
[1,"accepted","Anna","ext-e3658ba83714de4a"]
[2,"accepted","Anna","ext-e98b819ac463a31a"]
400
{"error":"no proposal 99; did you mean 5? (amur proposals list)"} 404
{"error":"no such proposal: 'x' is not a proposal number"} 404
{"error":"no such route: /api/proposals/4/approve"} 404
{"error":"body: 3 problems; nothing was stored","problems":[{"item":1,"field":"colour","message":"unknown field"},{"item":1,"field":"subject","message":"no stored project or other subject 'nowhere'"},{"item":2,"field":null,"message":"not a candidate object (amur extract --json)"}]} 400
{"error":"body: malformed JSON: unexpected token near end of file (line 1, column 11)"} 400
5
--- stderr
--- status
0
