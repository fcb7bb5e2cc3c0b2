# amur migrate copies everything a database holds, tokens, the audit log and
# IATI flows included (issues 20 and 15: they were dropped; the flows here
# are three snapshots of two activities, history included): SQLite file to SQLite file here
# (tests/pg/migrate.sh goes through PostgreSQL and back). Every table is
# compared row for row with the sqlite3 tool, token hashes included; the
# counts and checksums it prints are the same on both sides; a token made
# before the copy still writes through the copy's server, a revoked one
# still does not, and a new token takes the next number.
# (The database is a file of $TMP, not $DB: this test reads it with the
# sqlite3 tool, so tests/pg/parity.sh leaves it out; tests/pg/migrate.sh
# covers PostgreSQL.)
$ D="$TMP/w.db"
$ amur --db "$D" load tests/bundles/small >/dev/null
$ amur -q --db "$D" import-iati tests/iati/snapshot-a.xml tests/iati/snapshot-b.xml tests/iati/money.xml 2>/dev/null
$ TOK=$(amur -q --db "$D" token new --role editor --note before); OLD=$(amur -q --db "$D" token new --role admin); amur -q --db "$D" token revoke 2
$ . tests/api/lib.sh && api_start "$D"
$ _curl /api/claims -X POST -H "Authorization: Bearer $TOK" -w '%{http_code}\n' -o /dev/null -d '{"id":"m1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'
$ api_stop
$ amur --db "$D" migrate --to "$TMP/copy.db" | sed -E '/^(loads|tokens|audit) /s/[0-9a-f]{16}$/(holds times)/'
$ dump() { for t in sources places actors instruments projects listings stakes claims indicators loads tokens audit; do echo "== $t"; sqlite3 "$1" "SELECT * FROM $t ORDER BY rowid"; done; echo "== flows"; sqlite3 "$1" "SELECT * FROM flows ORDER BY activity, source, reported, seq"; }
$ dump "$D" >"$TMP/a"; dump "$TMP/copy.db" >"$TMP/b"; cmp "$TMP/a" "$TMP/b" && echo "every table the same"
$ grep -c . "$TMP/b"
$ . tests/api/lib.sh && api_start "$TMP/copy.db"
$ _curl /api/claims -X POST -H "Authorization: Bearer $TOK" -w '%{http_code}\n' -o /dev/null -d '{"id":"m2","subject":"bridge","property":"stage","value":"operational","date":"2022-05","source":"study"}'
$ _curl /api/claims -X POST -H "Authorization: Bearer $OLD" -w '%{http_code}\n' -o /dev/null -d '{"id":"m3","subject":"bridge","property":"stage","value":"operational","date":"2022-05","source":"study"}'
$ api_stop
$ amur --db "$TMP/copy.db" --json audit | jq -c '.[] | [.n, .token, .role, .what, .claim]'
$ amur -q --db "$TMP/copy.db" token new --role editor >/dev/null; amur --db "$TMP/copy.db" --json token list | jq -c '[.[] | [.id, .role, .note, (.revoked != null)]]'
# the verification: a receiving database that changes what it is given (a
# trigger rewrites every place's note) fails it, and keeps nothing
$ amur -q --db "$TMP/none.db" load tests/bad/header_only && amur -q --db "$TMP/none.db" migrate --to "$TMP/v.db" && sqlite3 "$TMP/v.db" "CREATE TRIGGER meddle AFTER INSERT ON places BEGIN UPDATE places SET note = 'changed' WHERE id = new.id; END"
$ amur --db "$D" migrate --to "$TMP/v.db" 2>&1 | sed -E 's/checksum [0-9a-f]{12}/checksum X/g'; sqlite3 "$TMP/v.db" "SELECT count(*) FROM sources"
# a receiving database that holds only a token is not empty
$ amur -q --db "$TMP/t.db" token new --role editor >/dev/null; amur --db "$D" migrate --to "$TMP/t.db"
--- stdout
201
copied $TMP/w.db to $TMP/copy.db: 53 rows in 14 tables; counts and checksums verified on both sides

table        rows  sha256 (both sides)
───────────  ────  ───────────────────
sources      4     220a335a69ac4552
places       6     bf9215242dd20299
actors       2     5d95275f397bff11
instruments  1     144f24f281ddda71
projects     4     4ae2686be4fb2e3a
listings     1     98df509dd08c6dce
stakes       3     dd52086b221aaedc
claims       14    58afe9d4d7f3001b
indicators   2     7c1417a7d7a67a82
loads        4     (holds times)
tokens       2     (holds times)
audit        1     (holds times)
flows        9     9c021793595b5730
proposals    0     e3b0c44298fc1c14
every table the same
68
201
401
[1,1,"editor","add claim","m1"]
[2,1,"editor","add claim","m2"]
[[1,"editor","before",false],[2,"admin",null,true],[3,"editor",null,false]]
amur: verifying the copy: places: 6 rows (checksum X) in $TMP/w.db, but 6 (checksum X) in $TMP/v.db; nothing was kept
0
--- stderr
amur: $TMP/t.db already holds loads, tokens, an audit log, flows or proposals: migrate copies into an empty database
--- status
1
