# The server notices when the database changes and serves the new data,
# without a restart. It looks at most every 250 ms and then builds the new
# snapshot while serving the old one, so the test waits (up to 10 s) for a
# newer generation rather than for a fixed time. (A busy machine can make
# the server rebuild once more than the loads alone explain, e.g. when the
# database's WAL file comes or goes after a stamp: so generations are
# compared, not counted.)
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ . tests/api/lib.sh && api_start
$ get /api/summary | jq -c '[.counts.projects, .counts.claims]'
$ g1=$(get /api/summary | jq .generation)
$ amur --db "$DB" load tests/bundles/v2 >/dev/null; for i in $(seq 100); do [ "$(get /api/summary | jq -c .counts.claims)" = 6 ] && break; sleep 0.1; done
$ get /api/summary | jq -c '[.counts.projects, .counts.claims]'
$ g2=$(get /api/summary | jq .generation); [ "$g2" -gt "$g1" ] && echo "a newer generation"
$ api_stop
--- stdout
[2,5]
[2,6]
a newer generation
--- status
0
