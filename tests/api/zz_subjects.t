# amur serve listens at once (issue 19): while the findings over the whole
# database are computed in the background (held here by AMUR_SERVE_HOLD, a
# hook for tests), routes that need them answer 503 with Retry-After and
# {"computing": true}, and a project's page is computed from its own
# records. Answers about one subject are kept in a bounded cache (--subject-
# cache 2: the least recently used goes); Amur-Computed numbers each
# computation, so a kept answer shows the number it was made with. A write
# drops only the answers about the subjects it touched and the projects they
# are parts of (prj-kani-kurgan-checkpoint is a part of
# prj-blag-heihe-bridge); meanwhile the whole-database findings are served
# stale, with Amur-Stale, until they are computed again.
$ amur --db "$DB" load data >/dev/null
$ TOK=$(amur -q --db "$DB" token new --role editor --note tests)
$ touch "$TMP/hold"; export AMUR_SERVE_HOLD="$TMP/hold"; API_ARGS="--subject-cache 2"
$ . tests/api/lib.sh && api_start
$ hdr() { head_of "$1" | grep -i '^HTTP/\|^Retry-After\|^Amur-' | tr '\n' ' '; echo; }
$ n() { head_of "$1" | sed -n 's/^Amur-Computed: //ip'; }
# held: the whole database's findings are not there yet
$ hdr /api/status
$ get /api/status
$ code /api/summary
$ code /api/report
$ code '/api/status?project=prj-nope'
# one project is answered from its own records, the same before and after
$ hdr /api/project/prj-blag-heihe-bridge
$ _curl /api/project/prj-blag-heihe-bridge >"$TMP/held.json"; jq -c '[.id, .project.stage, (.claims | length)]' "$TMP/held.json"
$ hdr '/api/status?project=prj-nl-tj-bridge'
$ rm "$TMP/hold"; api_fresh && hdr /api/status
$ hdr /api/project/prj-blag-heihe-pontoon
$ hdr /api/project/prj-blag-heihe-bridge
$ _curl /api/project/prj-blag-heihe-bridge | cmp - "$TMP/held.json" && echo the same bytes from the whole snapshot
# the bound: 2 answers; asked again, the last two are kept
$ hdr /api/project/prj-blag-heihe-pontoon
$ hdr /api/project/prj-blag-heihe-bridge
# a write about a part: its project's answer goes, the other one stays
$ touch "$TMP/hold"
$ _curl /api/claims -X POST -H "Authorization: Bearer $TOK" -d '{"id":"w1","subject":"prj-kani-kurgan-checkpoint","property":"stage","value":"completed","date":"2024-05","source":"src-study"}'; echo
$ hdr /api/project/prj-blag-heihe-pontoon
$ hdr /api/project/prj-blag-heihe-bridge
$ hdr /api/status
$ code /api/status
$ rm "$TMP/hold"; api_fresh && hdr /api/status
$ get '/api/claims?subject=prj-kani-kurgan-checkpoint' | jq -c '[.items[] | select(.id == "w1") | .id]'
# a write about the other project: its answer changes, the bridge's is kept
$ _curl /api/claims -X POST -H "Authorization: Bearer $TOK" -d '{"id":"w2","subject":"prj-blag-heihe-pontoon","property":"stage","value":"suspended","date":"2024-06","source":"src-study"}'; echo
$ hdr /api/project/prj-blag-heihe-bridge
$ hdr /api/project/prj-blag-heihe-pontoon
$ get /api/project/prj-blag-heihe-pontoon | jq -c '[.project.stage, [.claims[] | select(.id == "w2") | .id]]'
# another process's write: every kept answer goes
$ amur --db "$DB" load tests/bundles/small >/dev/null; sleep 0.5; api_fresh
$ hdr /api/project/prj-blag-heihe-bridge
--- stdout
HTTP/1.1 503 Service Unavailable Retry-After: 5 
{"error":"the findings over the whole database are being computed; try again shortly","computing":true}
503
503
503
HTTP/1.1 200 OK Amur-Computed: 1 
["prj-blag-heihe-bridge","operational",93]
HTTP/1.1 200 OK Amur-Computed: 2 
HTTP/1.1 200 OK 
HTTP/1.1 200 OK Amur-Computed: 3 
HTTP/1.1 200 OK Amur-Computed: 4 
the same bytes from the whole snapshot
HTTP/1.1 200 OK Amur-Computed: 3 
HTTP/1.1 200 OK Amur-Computed: 4 
{"ids":["w1"],"added":1,"unchanged":0}
HTTP/1.1 200 OK Amur-Computed: 3 
HTTP/1.1 200 OK Amur-Computed: 5 
HTTP/1.1 200 OK Amur-Stale: true 
200
HTTP/1.1 200 OK 
["w1"]
{"ids":["w2"],"added":1,"unchanged":0}
HTTP/1.1 200 OK Amur-Computed: 5 
HTTP/1.1 200 OK Amur-Computed: 6 
["operational",["w2"]]
HTTP/1.1 200 OK Amur-Computed: 7 
--- stderr
--- status
0
