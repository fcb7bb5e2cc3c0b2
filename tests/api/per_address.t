# One client address may hold at most --max-per-address connections at once
# (by default 64, a sixteenth of the server's 1,024), so that one address
# cannot take every connection. Here 4: a fifth connection from 127.0.0.1
# is closed at once without an answer while four connections that have
# asked nothing are open; when they close, the address is served again.
# When the address's connections are idle keep-alive ones (answered,
# nothing more asked), a new one takes the place of the oldest instead
# (tests/api/hold.pl holds four such). With the default, 70 connections
# from one address leave 64 open.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ API_ARGS="--max-per-address 4" && . tests/api/lib.sh && api_start
$ code /api/summary
$ idle=(); for i in 1 2 3 4; do (exec 8<>/dev/tcp/127.0.0.1/"$API_PORT" && echo up >>"$TMP/up" && sleep 4) 2>/dev/null & idle+=($!); done; for i in $(seq 50); do [ "$(cat "$TMP/up" 2>/dev/null | wc -l)" = 4 ] && break; sleep 0.1; done; sleep 0.5; echo "open: $(wc -l <"$TMP/up")"
$ c=$(_curl /api/summary -o /dev/null -w '%{http_code}'); case "$c:$?" in 000:52 | 000:56) echo "a fifth connection: closed, no answer" ;; *) echo "a fifth connection: $c, curl status $?" ;; esac
$ wait "${idle[@]}"; sleep 0.5
$ code /api/summary
$ perl tests/api/hold.pl 127.0.0.1 "$API_PORT" 4 20 "$TMP/k" & K=$!; for i in $(seq 100); do [ -s "$TMP/k" ] && break; sleep 0.1; done; cat "$TMP/k"
$ code /api/summary; touch "$TMP/k.done"; wait $K; tail -1 "$TMP/k"
$ api_stop
$ API_ARGS= && api_start
$ perl tests/api/hold.pl 127.0.0.1 "$API_PORT" 70 20 "$TMP/d" & D=$!; for i in $(seq 100); do [ -s "$TMP/d" ] && break; sleep 0.1; done; touch "$TMP/d.done"; wait $D; echo "$(head -1 "$TMP/d" | cut -d, -f1), $(tail -1 "$TMP/d")"
$ amur --db "$DB" serve --max-per-address 0; echo "status $?"
$ api_stop
--- stdout
200
open: 4
a fifth connection: closed, no answer
200
4 opened, 4 answered
200
3 still open
70 opened, 64 still open
status 2
--- stderr
amur: serve: --max-per-address: '0' is not a whole number from 1 to 1024
--- status
0
