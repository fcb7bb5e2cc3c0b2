# What a write makes the server recompute (routes.h, api_call.stored): a
# refused POST stored nothing and rebuilds nothing; a proposal or a
# rejection changes no answer and rebuilds nothing; an accepted claim does
# (a newer generation, and the new claim served). The server looks for
# changes every 250 ms: a second's wait shows a rebuild that would come.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" --json extract tests/extract/en_bridge.txt --date 2022-06-10 --url https://example.org/news/bridge-cargo --publisher "Amur News" --tier local-media | jq -c '[.[] | .subject = "bridge"]' > "$TMP/cands.json"
$ TOK=$(amur -q --db "$DB" token new --role editor --note tests)
$ . tests/api/lib.sh && api_start
$ post() { local p=$1; shift; _curl "$p" -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOK" -o /dev/null -w '%{http_code}\n' "$@"; }
$ gen() { sleep 1; get /api/summary | jq .generation; }
$ g0=$(gen)
# refused: 400 and 409 store nothing
$ post /api/claims -d '{"id":"x1","subject":"nowhere","property":"stage","value":"finished","date":"2021/05","source":"nosuch"}'
$ post /api/claims -d '{"id":"c1","subject":"bridge","property":"stage","value":"planned","date":"2015","source":"study"}'
$ post /api/proposals -d '[{"subject":"bridge"}]'
$ post /api/proposals/9/accept -d '{"reviewer":"Anna"}'
$ [ "$(gen)" = "$g0" ] && echo "refused writes: no rebuild"
# proposals, and a rejection: stored, but no answer changes
$ post /api/proposals --data-binary @"$TMP/cands.json"
$ post /api/proposals/1/reject -d '{"reviewer":"Anna","reason":"not about the bridge"}'
$ [ "$(gen)" = "$g0" ] && echo "proposals and a rejection: no rebuild"
# an accepted claim: the answers change
$ post /api/proposals/2/accept -d '{"reviewer":"Anna"}'
$ [ "$(gen)" -gt "$g0" ] && echo "an accepted claim: a newer generation"
$ get '/api/claims?subject=bridge&limit=0' | jq .total
$ api_stop
--- stdout
400
409
400
404
refused writes: no rebuild
201
200
proposals and a rejection: no rebuild
201
an accepted claim: a newer generation
6
--- status
0
