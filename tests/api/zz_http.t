# HTTP: ETag and If-None-Match → 304, gzip when accepted, the cache and
# security headers, HEAD, keep-alive, and a clean stop on SIGTERM.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ . tests/api/lib.sh && api_start
$ head_of /api/claims | grep -i -E '^(HTTP|content-type|cache-control|content-security-policy|x-content-type-options|vary|referrer-policy|x-frame-options)'
$ etag=$(head_of /api/claims | sed -n 's/^[Ee][Tt]ag: //p'); echo "$etag" | grep -c -E '^"[0-9a-f]{16}"$'
$ code /api/claims -H "If-None-Match: $etag"
$ code /api/claims -H "If-None-Match: W/$etag"
$ code /api/claims -H 'If-None-Match: "0000000000000000", '"$etag"
$ code /api/claims -H 'If-None-Match: "0000000000000000"'
$ code '/api/claims?limit=1' -H "If-None-Match: $etag"
$ _curl /api/claims -H "If-None-Match: $etag" -D - -o /dev/null | tr -d '\r' | grep -i -c '^content-length: 0$\|^etag'
$ head_of /api/claims -H 'Accept-Encoding: gzip' | grep -i -E '^(content-encoding|etag)' | sed 's/"[0-9a-f]*/"HASH/'
$ head_of /api/claims -H 'Accept-Encoding: gzip;q=0' | grep -i -c '^content-encoding'
$ head_of /api/claims -H 'Accept-Encoding: br, *' | grep -i '^content-encoding'
$ [ "$(_curl /api/claims -H 'Accept-Encoding: gzip' | gunzip)" = "$(_curl /api/claims)" ] && echo gzip body same
$ head_of /api/summary -H 'Accept-Encoding: gzip' | grep -i -c '^content-encoding'
$ head_of /api/summary -I | grep -i -E '^(HTTP|content-type)'
$ _curl /api/summary -I -o /dev/null -w '%{size_download}\n'
$ _curl /api/summary -v -o /dev/null -o /dev/null "$API/api/claims" 2>&1 | grep -c 'Re-using existing connection'
$ head_of / | grep -i -E '^(HTTP|content-type|content-security-policy|x-content-type-options)'
$ get /style.css | head -c 4; echo
$ kill -TERM "$API_PID"; wait "$API_PID"; echo "exit $?"; API_PID=; cat "$TMP/serve.out" | sed 's/127\.0\.0\.1:[0-9]*/127.0.0.1:PORT/'
--- stdout
HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8
Cache-Control: no-cache
Vary: Accept-Encoding
Content-Security-Policy: default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'
X-Content-Type-Options: nosniff
Referrer-Policy: no-referrer
X-Frame-Options: DENY
1
304
304
304
200
200
2
Content-Encoding: gzip
ETag: "HASH-gz"
0
Content-Encoding: gzip
gzip body same
0
HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8
0
1
HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8
Content-Security-Policy: default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'
X-Content-Type-Options: nosniff
/* A
exit 0
amur: serving $DB at http://127.0.0.1:PORT/ (Ctrl-C to stop)
amur: stopped
--- status
0
