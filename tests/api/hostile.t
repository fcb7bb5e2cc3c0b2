# Hostile HTTP traffic, all to 127.0.0.1 and bounded in time (about 40 s,
# most of it the idle-timeout check): bodies over the limit, a slow client,
# thousands of query parameters, very long URLs, malformed escapes,
# HTTP/0.9 and garbage request lines, 200 connections at once. After each,
# the server still answers. docs/security.md says what each shows.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ API_LIFETIME=180 && . tests/api/lib.sh && api_start
$ alive() { echo "alive $(code /api/summary)"; }
$ raw() ( trap '' PIPE; exec 6<>/dev/tcp/127.0.0.1/"$API_PORT" || exit; printf "$1" >&6 2>/dev/null; timeout 3 head -c 200 <&6 | tr -d '\r' | head -1 | sed 's/^$/(no answer)/'; [ "${PIPESTATUS[0]}" = 124 ] && echo "(no answer in 3 s)" )
$ refused() { local c rc; c=$(_curl "$@" --max-time 3 -o /dev/null -w '%{http_code}'); rc=$?; case "$c:$rc" in 4[0-9][0-9]:0 | 000:28 | 000:5[2256]) echo refused ;; *) echo "NOT REFUSED: $c, curl status $rc" ;; esac; }
$ head -c 70000 /dev/zero >"$TMP/big"
$ _curl /api/projects --data-binary @"$TMP/big" -o /dev/null -w 'body over the limit: %{http_code}\n'
$ _curl /api/projects --data-binary @"$TMP/big" -H 'Expect:' -o /dev/null -w 'body over the limit, no Expect: %{http_code}\n'
$ _curl /api/projects -H 'Content-Length: 18446744073709551615' -o /dev/null -w 'Content-Length 2^64-1: %{http_code}\n'
$ echo "chunked body over the limit: $(refused /api/projects -H 'Transfer-Encoding: chunked' --data-binary @"$TMP/big")"
$ alive
$ (slow() { exec 7<>/dev/tcp/127.0.0.1/"$API_PORT"; local r=$'GET /api/summary HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaa' i s=$SECONDS; for ((i = 0; i < ${#r}; i++)); do printf '%s' "${r:i:1}" >&7; sleep 0.05; done; timeout 45 cat <&7 >/dev/null; t=$((SECONDS - s)); [ $t -ge 28 ] && [ $t -le 40 ] && echo "slow client: closed after the timeout, no answer" || echo "slow client: closed after ${t}s"; }; slow) & slowpid=$!
$ sleep 1; for i in 1 2 3; do alive; done
$ wait $slowpid
$ alive
$ echo "3000 parameters: $(refused "/api/projects?$(printf 'limit=1&%.0s' $(seq 3000))")"
$ echo "300 unknown parameters: $(code "/api/projects?$(printf 'q=1&%.0s' $(seq 300))")"
$ echo "parameter given twice: $(code '/api/projects?limit=1&limit=1')"
$ alive
$ code "/api/projects?$(printf 'x%.0s' $(seq 40000))"
$ code "/$(printf 'a%.0s' $(seq 40000))"
$ code "/api/project/$(printf 'a%.0s' $(seq 20000))"
$ code / -H "X-Many: $(printf 'b%.0s' $(seq 33000))"
$ alive
$ for q in % %4 %zz %G0 %00 %C0%AF %ED%A0%80 %F4%90%80%80 %FF; do echo "q=$q $(code "/api/search?q=$q")"; done
$ for p in /% /%zz /a%00b /%C0%AF /api/%2e%2e/etc/passwd /..%2f..%2fetc%2fpasswd; do echo "$p $(code "$p")"; done
$ code '/api/projects?%=1'
$ alive
$ raw 'GET /\r\n'
$ raw 'GET /\r\n\r\n'
$ raw '\x01\x02\xff\xfe garbage\r\n\r\n'
$ raw 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'
$ raw 'GET  HTTP/1.1\r\nHost: x\r\n\r\n'
$ raw 'GET api/summary HTTP/1.1\r\nHost: x\r\n\r\n'
$ raw 'GET /api/summary HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n'
$ raw 'GET /api/summary HTTP/1.1\r\nHost: x\r\n\x00\x01: y\r\n\r\n'
$ raw 'GET /api/summary HTTP/1.0\r\n\r\n'
$ alive
$ for i in $(seq 200); do echo "url = \"$API/api/projects?limit=$i\""; echo "output = \"/dev/null\""; echo 'write-out = "%{http_code}\n"'; done >"$TMP/many.cfg"
$ curl -s --noproxy '*' --max-time 60 --parallel --parallel-immediate --parallel-max 200 -K "$TMP/many.cfg" | sort | uniq -c | sed 's/^ *//'
$ idle=(); for i in $(seq 200); do (exec 8<>/dev/tcp/127.0.0.1/"$API_PORT" && sleep 3) 2>/dev/null & idle+=($!); done; sleep 1; echo "with 200 idle connections open: $(code /api/summary)"; wait "${idle[@]}"
$ alive
$ kill -0 "$API_PID" && echo "still running"
$ api_stop
--- stdout
body over the limit: 413
body over the limit, no Expect: 413
Content-Length 2^64-1: 413
chunked body over the limit: refused
alive 200
alive 200
alive 200
alive 200
slow client: closed after the timeout, no answer
alive 200
3000 parameters: refused
300 unknown parameters: 400
parameter given twice: 400
alive 200
414
414
404
431
alive 200
q=% 400
q=%4 400
q=%zz 400
q=%G0 400
q=%00 400
q=%C0%AF 400
q=%ED%A0%80 400
q=%F4%90%80%80 400
q=%FF 400
/% 400
/%zz 400
/a%00b 400
/%C0%AF 400
/api/%2e%2e/etc/passwd 404
/..%2f..%2fetc%2fpasswd 404
400
alive 200
HTTP/1.1 400 Bad Request
HTTP/1.1 400 Bad Request
HTTP/1.1 400 Bad Request
HTTP/1.1 505 HTTP Version Not Supported
HTTP/1.1 400 Bad Request
HTTP/1.1 400 Bad Request
HTTP/1.1 400 Bad Request
HTTP/1.1 200 OK
HTTP/1.1 200 OK
alive 200
200 200
with 200 idle connections open: 200
alive 200
still running
