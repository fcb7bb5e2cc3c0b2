# The server notices when the database changes and serves the new data,
# without a restart.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ . tests/api/lib.sh && api_start
$ get /api/summary | jq -c '[.counts.projects, .counts.claims, .generation]'
$ amur --db "$DB" load tests/bundles/v2 >/dev/null; sleep 0.6
$ get /api/summary | jq -c '[.counts.projects, .counts.claims, .generation]'
$ get /api/summary | jq -c '.generation'
$ api_stop
--- stdout
[2,5,1]
[2,6,2]
2
--- status
0
