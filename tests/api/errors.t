# Errors are JSON with the right status: 404 for unknown routes and ids,
# 405 for other methods (with Allow), 400 for bad or unknown parameters,
# 413 for bodies too large.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ . tests/api/lib.sh && api_start
$ code /api/nothing
$ get /api/nothing
$ get /api/project/no-such-project
$ code /api/project/no-such-project
$ get /api/instrument/nope
$ get /api/scorecard/nope
$ get '/api/slippage?project=nope'
$ code /api/project/
$ code /api/projects/
$ code /api
$ for m in POST PUT DELETE PATCH OPTIONS; do echo "$m $(code /api/projects -X $m)"; done
$ head_of /api/projects -X POST | grep -i -E '^(HTTP|allow|content-type)'
$ code /index.html -X POST
$ get '/api/projects?bogus=1'
$ get '/api/projects?kind=bridge&kind=road'
$ get /api/search
$ get '/api/search?q=%20%20'
$ get "/api/search?q=$(printf 'a%.0s' $(seq 300))"
$ get '/api/search?q=x&kind=planet'
$ get '/api/contradictions?window=-1'
$ get '/api/regions?dependent=40&independent=60'
$ get '/api/inflation?from=2020&to=2010'
$ get '/api/projects?stage=flying'
$ get '/api/slippage?overdue=maybe'
$ get '/api/search?q=%ff'
$ get '/api/search?q=a%00b'
$ head -c 70000 /dev/zero | _curl /api/projects -X POST --data-binary @- -o /dev/null -w '%{http_code}\n'
$ _curl /api/projects -H 'Content-Length: 999999999' -o /dev/null -w '%{http_code}\n'
$ _curl /api/projects -H "X-Big: $(head -c 40000 /dev/zero | tr '\0' a)" -o /dev/null -w '%{http_code}\n'
$ code /api/summary
$ api_stop
--- stdout
404
{"error":"no such route: /api/nothing"}
{"error":"no project 'no-such-project'"}
404
{"error":"no instrument 'nope'"}
{"error":"no instrument 'nope'"}
{"error":"no project 'nope'"}
404
404
404
POST 405
PUT 405
DELETE 405
PATCH 405
OPTIONS 405
HTTP/1.1 405 Method Not Allowed
Content-Type: application/json; charset=utf-8
Allow: GET, HEAD
405
{"error":"unknown parameter 'bogus' for /api/projects; it takes kind, side, place, stage, publisher, as_of, known_by, limit, offset, sort, q, facets, format"}
{"error":"parameter 'kind' given twice"}
{"error":"q is missing"}
{"error":"search: the query is empty"}
{"error":"search: the query is longer than 256 bytes"}
{"error":"kind: 'planet' is not one of project, instrument, place, actor, source, claim"}
{"error":"window: '-1' is not a whole number from 0 to 3660000"}
{"error":"dependent (40) must not be below independent (60)"}
{"error":"to (2010) must not be below from (2020)"}
{"error":"stage: 'flying' is not a stage"}
{"error":"overdue: 'maybe' is not a boolean (true, false, 1 or 0)"}
{"error":"a parameter holds a bad escape or invalid UTF-8"}
{"error":"a parameter holds a bad escape or invalid UTF-8"}
413
413
431
200
--- status
0
