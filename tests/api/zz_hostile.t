# Hostile HTTP traffic, all to 127.0.0.1 and bounded in time (about 15 s,
# most of it waiting out the 3 s request deadline): bodies over the limit,
# slow clients (headers or a body trickled, nothing sent at all), too many
# query parameters, very long URLs, malformed escapes,
# HTTP/0.9 and garbage request lines, 200 connections at once. After each,
# the server still answers. docs/security.md says what each shows. All come
# from 127.0.0.1, so the share of one address is raised from 64 to 256
# (tests/api/fairness.t and per_address.t test the share).
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ API_LIFETIME=180 API_ARGS="--request-timeout 3 --max-per-address 256" && . tests/api/lib.sh && api_start
$ alive() { echo "alive $(code /api/summary)"; }
$ raw() ( trap '' PIPE; exec 6<>/dev/tcp/127.0.0.1/"$API_PORT" || exit; printf "$1" >&6 2>/dev/null; timeout 3 head -c 200 <&6 | tr -d '\r' | head -1 | sed 's/^$/(no answer)/'; [ "${PIPESTATUS[0]}" = 124 ] && echo "(no answer in 3 s)" )
$ refused() { local c rc; c=$(_curl "$@" --max-time 3 -o /dev/null -w '%{http_code}'); rc=$?; case "$c:$rc" in 4[0-9][0-9]:0 | 000:28 | 000:5[2256]) echo refused ;; *) echo "NOT REFUSED: $c, curl status $rc" ;; esac; }
$ head -c 70000 /dev/zero >"$TMP/big"
$ _curl /api/projects --data-binary @"$TMP/big" -o /dev/null -w 'body over the limit: %{http_code}\n'
$ _curl /api/projects --data-binary @"$TMP/big" -H 'Expect:' -o /dev/null -w 'body over the limit, no Expect: %{http_code}\n'
$ _curl /api/projects -H 'Content-Length: 18446744073709551615' -o /dev/null -w 'Content-Length 2^64-1: %{http_code}\n'
$ echo "chunked body over the limit: $(refused /api/projects -H 'Transfer-Encoding: chunked' --data-binary @"$TMP/big")"
$ alive
$ slow() { trap '' PIPE; exec 7<>/dev/tcp/127.0.0.1/"$API_PORT"; local r=$1 i s=$SECONDS w=; for ((i = 0; i < ${#r}; i++)); do printf '%s' "${r:i:1}" >&7 2>/dev/null || { w=" (writes refused)"; break; }; sleep 0.25; done; a=$(timeout 20 cat <&7 | head -c 100); t=$((SECONDS - s)); [ $t -ge 3 ] && [ $t -le 8 ] && echo "closed after the deadline${a:+, answered $a}$w" || echo "closed after ${t}s${a:+, answered $a}$w"; }
$ (slow $'GET /api/summary HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' | sed 's/^/slow headers: /' >"$TMP/slow1") & p1=$!
$ (slow $'POST /api/claims HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n[{"id": "slow-claim-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}]' | sed 's/^/slow body: /' >"$TMP/slow2") & p2=$!
$ (slow '' | sed 's/^/nothing sent: /' >"$TMP/slow3") & p3=$!
$ sleep 1; for i in 1 2 3; do alive; done
$ wait $p1 $p2 $p3; cat "$TMP"/slow[123]
$ (exec 7<>/dev/tcp/127.0.0.1/"$API_PORT"; for i in 1 2; do printf 'GET /api/summary HTTP/1.1\r\nHost: x\r\n\r\n' >&7; sleep 2; done; timeout 5 cat <&7 | grep -ao 'HTTP/1.1 200 OK' | wc -l | sed 's/$/ answers on one connection, 2 s apart/')
$ alive
$ echo "3000 parameters: $(code "/api/projects?$(printf 'limit=1&%.0s' $(seq 3000))")"
$ echo "65 parameters: $(code "/api/projects?$(printf 'q=1&%.0s' $(seq 65))")"
$ echo "64 unknown parameters and empty ones: $(code "/api/projects?$(printf 'q=1&&%.0s' $(seq 64))")"
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
slow headers: closed after the deadline (writes refused)
slow body: closed after the deadline (writes refused)
nothing sent: closed after the deadline
2 answers on one connection, 2 s apart
alive 200
3000 parameters: 414
65 parameters: 414
64 unknown parameters and empty ones: 400
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
