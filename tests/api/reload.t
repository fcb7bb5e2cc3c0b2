# The server notices when the database changes and serves the new data,
# without a restart. It looks at most every 250 ms and then builds the new
# snapshot while serving the old one, so the test waits (up to 10 s) for the
# new generation rather than for a fixed time.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ . tests/api/lib.sh && api_start
$ get /api/summary | jq -c '[.counts.projects, .counts.claims, .generation]'
$ amur --db "$DB" load tests/bundles/v2 >/dev/null; for i in $(seq 100); do [ "$(get /api/summary | jq -c .generation)" = 2 ] && break; sleep 0.1; done
$ get /api/summary | jq -c '[.counts.projects, .counts.claims, .generation]'
$ get /api/summary | jq -c '.generation'
$ api_stop
--- stdout
[2,5,1]
[2,6,2]
2
--- status
0
