# Credentials are never printed (issue 20): a PostgreSQL URI's password,
# in its user info or as a password= parameter, shows as *** in every
# message (nothing listens on port 1 here, so each command fails to
# connect); and the server's error bodies never carry the database's path
# or address: when the database cannot be read, an authenticated POST gets
# 503 with Retry-After and a message that names nothing, and the details
# go to the server's log (stderr) for the operator. (Reading routes keep
# serving the last snapshot that could be read.)
# (The database is a file of $TMP, not $DB: this test replaces the file,
# so tests/pg/parity.sh leaves it out; tests/pg/credentials.sh covers
# PostgreSQL.)
$ D="$TMP/w.db"
$ amur --db 'postgresql://amur:s3cret-pw@127.0.0.1:1/amur' summary 2>&1 | grep -o '^amur: postgresql://[^ ]*'
$ amur --db 'postgresql://amur@127.0.0.1:1/amur?connect_timeout=2&password=s3cret-pw' summary 2>&1 | grep -o '^amur: postgresql://[^ ]*'
$ amur --db 'postgresql://amur:s3cret-pw@127.0.0.1:1/amur' migrate --to 'postgresql://amur:s3cret-pw@127.0.0.1:1/amur' 2>&1
$ amur --db 'postgresql://amur:s3cret-pw@127.0.0.1:1/amur' serve --port 0 2>&1 | grep -c 's3cret-pw'
$ amur --db "$D" load tests/bundles/small >/dev/null && TOK=$(amur -q --db "$D" token new --role editor)
$ . tests/api/lib.sh && api_start "$D"
$ code /api/summary
$ mv "$D" "$TMP/moved.db" && rm -f "$D-wal" "$D-shm" && echo "not a database" >"$D"
$ _curl /api/claims -X POST -H "Authorization: Bearer $TOK" -D "$TMP/h2" -w ' %{http_code}\n' -d '{"id":"x1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'; grep -i '^retry-after' "$TMP/h2" | tr -d '\r'
$ api_stop 2>"$TMP/serve.log"; grep -c 'amur: serve: checking the token: .*w.db' "$TMP/serve.log"
--- stdout
amur: postgresql://amur:***@127.0.0.1:1/amur:
amur: postgresql://amur@127.0.0.1:1/amur?connect_timeout=2&password=***:
amur: migrate: postgresql://amur:***@127.0.0.1:1/amur is both source and destination
0
200
{"error":"checking the token: the database is not available now; try again later"} 503
Retry-After: 5
1
--- stderr
--- status
0
