# Nothing outside the embedded assets is ever served: ../ in all its
# encodings, double encoding, absolute paths, NUL, bad escapes.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ . tests/api/lib.sh && api_start
$ for p in /../../etc/passwd /%2e%2e/%2e%2e/etc/passwd /%2E%2E/etc/passwd /..%2fetc%2fpasswd /%252e%252e/etc/passwd /etc/passwd //etc/passwd /./index.html /index.html/ /index.html%00.txt /%00 /%zz /% /.git/config /src/main.c /web/assets/index.html /assets/index.html /api/../index.html /api/%2e%2e/summary '/api/project/..%2f..%2fetc%2fpasswd' /api/project/%2e%2e /INDEX.HTML '/index.html?x=../../etc/passwd'; do echo "$p $(code "$p" --path-as-is)"; done
$ _curl /../../etc/passwd --path-as-is | grep -c root
$ get /%00 --path-as-is
$ code /index.html
$ api_stop
--- stdout
/../../etc/passwd 404
/%2e%2e/%2e%2e/etc/passwd 404
/%2E%2E/etc/passwd 404
/..%2fetc%2fpasswd 404
/%252e%252e/etc/passwd 404
/etc/passwd 404
//etc/passwd 404
/./index.html 404
/index.html/ 404
/index.html%00.txt 400
/%00 400
/%zz 400
/% 400
/.git/config 404
/src/main.c 404
/web/assets/index.html 404
/assets/index.html 404
/api/../index.html 404
/api/%2e%2e/summary 404
/api/project/..%2f..%2fetc%2fpasswd 404
/api/project/%2e%2e 404
/INDEX.HTML 404
/index.html?x=../../etc/passwd 200
0
{"error":"the path holds a bad escape or invalid UTF-8"}
200
--- status
0
