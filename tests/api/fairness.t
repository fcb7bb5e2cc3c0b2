# Fairness (issue 20: idle keep-alive connections from two addresses
# starved every other client). One address holds at most a sixteenth of
# the server's 1,024 connections (64); when the server is full, an idle
# keep-alive connection, or else one of the greediest address still
# waiting for its request, gives way to a new client. Three cases, each on
# a fresh server, the new client always 127.0.0.1 (curl, three requests on
# one connection), the greedy ones tests/api/hold.pl from other loopback
# addresses:
# 1. two greedy addresses (127.0.0.2, .3) ask for 512 connections each:
#    64 each stay open, the rest are shut down;
# 2. sixteen greedy addresses (127.0.0.2 to .17) take 64 each, ask one
#    request on each and hold them idle, filling the server: the new client
#    is served, and one greedy connection gave way;
# 3. the same sixteen hold 64 each without sending anything (the test waits
#    until the server has accepted them all: the listening socket's queue
#    in /proc/net/tcp is empty): the same.
# The request deadline is raised to 30 s so that it closes nothing here.
$ ulimit -n 8192 2>/dev/null; amur --db "$DB" load tests/bundles/small >/dev/null
$ API_ARGS="--request-timeout 30" && . tests/api/lib.sh
$ newcomer() { curl -s --noproxy '*' --max-time 5 -o /dev/null -o /dev/null -o /dev/null -w '%{http_code} (new connections: %{num_connects})\n' "$API/api/summary" "$API/api/summary" "$API/api/summary"; }
$ greedy() { local first=$1 last=$2 n=$3 mode=$4 a; pids=(); for a in $(seq "$first" "$last"); do perl tests/api/hold.pl "127.0.0.$a" "$API_PORT" "$n" 25 "$TMP/g$a" $mode & pids+=($!); done; for i in $(seq 300); do [ "$(ls "$TMP" | grep -c '^g[0-9]*$')" = $((last - first + 1)) ] && break; sleep 0.1; done; }
$ finish() { for a in $(ls "$TMP" | grep '^g[0-9]*$'); do touch "$TMP/$a.done"; done; wait "${pids[@]}"; }
$ queued() { perl -e '$p = sprintf ":%04X", shift; while (<>) { @f = split; if ($f[1] =~ /$p$/ && $f[3] eq "0A") { ($t, $r) = split /:/, $f[4]; print hex($r), "\n" } }' "$API_PORT" /proc/net/tcp; }
$ api_start && greedy 2 3 512 && finish && for a in 2 3; do echo "127.0.0.$a: $(head -1 "$TMP/g$a" | cut -d, -f1), $(tail -1 "$TMP/g$a")"; done
$ newcomer; api_stop; rm -f "$TMP"/g*
$ api_start && greedy 2 17 64 && cat $(ls -d "$TMP"/g* | grep '/g[0-9]*$') | sort | uniq -c | sed 's/^ *//'
$ newcomer; finish; echo "greedy connections still open: $(cat $(ls -d "$TMP"/g* | grep '/g[0-9]*$') | awk '/still open/ { n += $1 } END { print n }') of 1024"
$ api_stop; rm -f "$TMP"/g*
$ api_start && greedy 2 17 64 silent && for i in $(seq 100); do [ "$(queued)" = 0 ] && break; sleep 0.1; done; sleep 0.5; echo "waiting to be accepted: $(queued)"
$ newcomer; finish; echo "greedy connections still open: $(cat $(ls -d "$TMP"/g* | grep '/g[0-9]*$') | awk '/still open/ { n += $1 } END { print n }') of 1024"
$ code /api/summary
$ api_stop
--- stdout
127.0.0.2: 512 opened, 64 still open
127.0.0.3: 512 opened, 64 still open
200 (new connections: 1)
200 (new connections: 0)
200 (new connections: 0)
16 64 opened, 64 answered
200 (new connections: 1)
200 (new connections: 0)
200 (new connections: 0)
greedy connections still open: 1023 of 1024
waiting to be accepted: 0
200 (new connections: 1)
200 (new connections: 0)
200 (new connections: 0)
greedy connections still open: 1023 of 1024
200
--- stderr
--- status
0
