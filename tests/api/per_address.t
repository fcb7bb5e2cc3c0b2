# One client address may hold at most --max-per-address connections at once
# (default 512 of the server's 1,024), so that one address cannot take every
# connection: here 4. A fifth connection from 127.0.0.1 is closed at once
# without an answer while four idle ones are open; when they close, the
# address is served again.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ API_ARGS="--max-per-address 4" && . tests/api/lib.sh && api_start
$ code /api/summary
$ idle=(); for i in 1 2 3 4; do (exec 8<>/dev/tcp/127.0.0.1/"$API_PORT" && echo up >>"$TMP/up" && sleep 4) 2>/dev/null & idle+=($!); done; for i in $(seq 50); do [ "$(cat "$TMP/up" 2>/dev/null | wc -l)" = 4 ] && break; sleep 0.1; done; sleep 0.5; echo "open: $(wc -l <"$TMP/up")"
$ c=$(_curl /api/summary -o /dev/null -w '%{http_code}'); case "$c:$?" in 000:52 | 000:56) echo "a fifth connection: closed, no answer" ;; *) echo "a fifth connection: $c, curl status $?" ;; esac
$ wait "${idle[@]}"; sleep 0.5
$ code /api/summary
$ amur --db "$DB" serve --max-per-address 0; echo "status $?"
$ api_stop
--- stdout
200
open: 4
a fifth connection: closed, no answer
200
status 2
--- stderr
amur: serve: --max-per-address: '0' is not a whole number from 1 to 1024
--- status
0
