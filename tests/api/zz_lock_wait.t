# A write that meets a lock waits a bounded time and then answers 503 with
# Retry-After (issue 20: it answered 500 with the database's path after
# 5 s on SQLite, and waited without end on PostgreSQL, which
# tests/pg/lock_wait.sh checks). The wait is `serve --lock-wait MS` (5000
# by default; 1000 here); sqlite3 holds the write lock for 6 s meanwhile
# (the POST is sent once the lock is seen to be held). Once the lock is
# gone, the same POST is stored. 0 is refused: PostgreSQL would read it
# as no bound at all.
$ amur --db "$DB" load tests/bundles/small >/dev/null && TOK=$(amur -q --db "$DB" token new --role editor)
$ API_ARGS="--lock-wait 1000" && . tests/api/lib.sh && api_start
$ post() { _curl /api/claims -X POST -H "Authorization: Bearer $TOK" -D "$TMP/h" -w ' %{http_code}\n' -d '{"id":"w1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'; }
$ { printf '.timeout 5000\nBEGIN IMMEDIATE;\nINSERT INTO loads(at, what, added, changed) VALUES(1, 2, 3, 4);\n'; sleep 6; printf 'ROLLBACK;\n'; } | sqlite3 "$DB" & LOCKER=$!; for i in $(seq 100); do sqlite3 "$DB" 'BEGIN IMMEDIATE; ROLLBACK;' 2>/dev/null || break; sleep 0.1; done
$ t0=$(date +%s%N); post; t1=$(date +%s%N); ms=$(( (t1 - t0) / 1000000 )); [ $ms -ge 900 ] && [ $ms -lt 5000 ] && echo "answered after the wait (1 s), before the lock went (6 s)" || echo "answered after $ms ms"
$ grep -i '^retry-after' "$TMP/h" | tr -d '\r'
$ wait $LOCKER; post
$ api_stop 2>"$TMP/log"; grep -c 'database is locked' "$TMP/log"
$ amur --db "$DB" serve --lock-wait 0; echo "status $?"
--- stdout
{"error":"the database is busy or not available now; nothing was stored: try again later"} 503
answered after the wait (1 s), before the lock went (6 s)
Retry-After: 5
{"ids":["w1"],"added":1,"unchanged":0} 201
1
status 2
--- stderr
amur: serve: --lock-wait: '0' is not a whole number from 1 to 3600000
--- status
0
