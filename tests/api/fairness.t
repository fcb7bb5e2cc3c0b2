# Fairness when the server is full (issue 20: idle keep-alive connections
# from two addresses starved every other client): two greedy addresses
# (127.0.0.2 and 127.0.0.3, loopback) each open 512 connections, ask one
# request on each and hold them idle, filling the server's 1,024. A new
# client from a third address (127.0.0.1) is still served at once: the
# server shuts down an idle keep-alive connection to make room (from the
# address that holds the most). (A greedy address at its own limit of 512
# is refused a 513th connection, as tests/api/per_address.t shows.)
$ ulimit -n 8192 2>/dev/null; amur --db "$DB" load tests/bundles/small >/dev/null
$ . tests/api/lib.sh && api_start
$ perl tests/api/hold.pl 127.0.0.2 "$API_PORT" 512 25 "$TMP/a" & A=$!; perl tests/api/hold.pl 127.0.0.3 "$API_PORT" 512 25 "$TMP/b" & B=$!
$ for i in $(seq 200); do [ -s "$TMP/a" ] && [ -s "$TMP/b" ] && break; sleep 0.1; done; cat "$TMP/a" "$TMP/b"
$ for i in 1 2 3; do curl -s --noproxy '*' --max-time 3 -o /dev/null -w '%{http_code}\n' "$API/api/summary"; done
$ kill $A $B 2>/dev/null; wait $A $B 2>/dev/null; code /api/summary
$ api_stop
--- stdout
512 opened, 512 answered
512 opened, 512 answered
200
200
200
200
--- stderr
--- status
0
