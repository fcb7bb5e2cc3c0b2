# GET /api/flows is amur flows --json, parameters and messages alike (one
# declaration, src/analyze/flows.h): totals of the money IATI activities
# report, a later snapshot in place of an earlier one, what was known then.
$ amur -q --db "$DB" load tests/bundles/small
$ amur -q --db "$DB" import-iati tests/iati/snapshot-a.xml tests/iati/snapshot-b.xml tests/iati/money.xml 2>/dev/null
$ . tests/api/lib.sh && api_start
$ [ "$(items '/api/flows?as_of=2026-12-05')" = "$(cli flows --as-of 2026-12-05)" ] && echo flows same
$ [ "$(items '/api/flows?as_of=2026-12-05&by=publisher&kind=budget')" = "$(cli flows --as-of 2026-12-05 --by publisher --kind budget)" ] && echo by publisher same
$ get '/api/flows?as_of=2026-12-05&known_by=2020-06-01&project=XM-TEST-SNAP' | jq -c '[.total, (.items[] | [.year, .type, .currency, .total, .count])]'
$ code '/api/flows?by=region'; get '/api/flows?by=region'
$ get '/api/flows?project=M-2'
--- stdout
flows same
by publisher same
[1,[2019,"disbursement","USD",6000,2]]
400
{"error":"by: 'region' is not one of project, publisher, instrument"}
{"error":"no project 'M-2'; did you mean 'M-1'?"}
--- stderr
--- status
0
