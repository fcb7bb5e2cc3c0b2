# In the SQLite file itself: a token is stored only as its SHA-256, and
# the audit log refuses UPDATE and DELETE. (tests/pg/store.sh checks the
# same in PostgreSQL; this test's database is not $DB, so tests/pg/parity.sh
# leaves it out.)
$ D="$TMP/tokens.db"; amur --db "$D" load tests/bundles/small >/dev/null
$ T1=$(amur -q --db "$D" token new --role editor)
$ [ "$(sqlite3 "$D" "SELECT hash FROM tokens WHERE id = 1")" = "$(printf %s "$T1" | sha256sum | cut -c1-64)" ] && echo "hash stored"
$ sqlite3 "$D" "SELECT count(*) FROM tokens WHERE hash = '$T1' OR note = '$T1'"
$ sqlite3 "$D" "INSERT INTO audit(at, token_id, role, what) VALUES('x', 1, 'editor', 'test')"
$ sqlite3 "$D" "UPDATE audit SET what = 'y'" 2>&1 | grep -o 'audit is append-only'
$ sqlite3 "$D" "DELETE FROM audit" 2>&1 | grep -o 'audit is append-only'
$ sqlite3 "$D" "SELECT count(*), min(what) FROM audit"
$ sqlite3 "$D" "PRAGMA user_version"
--- stdout
hash stored
0
audit is append-only
audit is append-only
1|test
5
--- stderr
--- status
0
