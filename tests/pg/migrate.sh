#!/bin/bash
# migrate.sh — amur migrate moves everything, in both directions (issue 20:
# tokens and the audit log were dropped): an SQLite file with tokens (one
# revoked), an audit log written through the server and a load log goes to
# PostgreSQL and back into a new file. Every table, token hashes included,
# is compared row for row on all three; the counts and checksums migrate
# prints are the same both ways; a token made before the copies writes
# through a server on PostgreSQL and on the final file, the revoked one is
# still refused, and a token made after the copy takes the next number.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/migrate.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
pg_test migrate
amur() { "$AMUR_BIN" "$@"; }
post() { pg_post "$1" "$2" -o /dev/null -w '%{http_code}'; } # TOKEN ID: the status

A=$WORK/a.db
amur --db "$A" -q load tests/bundles/small || no "loading tests/bundles/small"
# IATI flows: three snapshots of two activities, the history included
amur --db "$A" -q import-iati tests/iati/snapshot-a.xml tests/iati/snapshot-b.xml tests/iati/money.xml 2>/dev/null ||
    no "importing IATI flows"
tok=$(amur -q --db "$A" token new --role editor --note "first")
old=$(amur -q --db "$A" token new --role admin)
amur -q --db "$A" token revoke 2
api_start "$A" || exit 1
[ "$(post "$tok" a1)" = 201 ] && [ "$(post "$tok" a2)" = 201 ] || no "writing with the token"
api_stop 2>/dev/null
# the review queue: one proposal decided, one pending
echo '[{"subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"},{"subject":"bridge","property":"cost","value":"100","unit":"RUB","date":"2021-06","source":"study"}]' |
    amur -q --db "$A" proposals add - && amur -q --db "$A" proposals reject 2 --reviewer tests --reason "no" ||
    no "proposals"

# the tables as text, the same query on both backends (seq is PostgreSQL's own)
tables="sources places actors instruments projects listings stakes claims indicators loads tokens audit flows proposals"
cols() { # TABLE: its columns but seq, from the SQLite file
    sqlite3 "$A" "SELECT group_concat(name, ',') FROM pragma_table_info('$1')" | sed 's/\bfrom\b/"from"/; s/\bto\b/"to"/; s/\bend\b/"end"/'
}
order() { case $1 in loads | audit) echo n ;; *) echo id ;; esac; }
# flows are known by activity, source, snapshot and place, not by insertion
flow_order='activity COLLATE "C", source COLLATE "C", reported COLLATE "C", seq'
dump_sqlite() {
    for t in $tables; do
        echo "== $t"
        o=rowid
        [ "$t" = flows ] && o=${flow_order//COLLATE \"C\"/}
        sqlite3 "$1" "SELECT $(cols "$t") FROM $t ORDER BY $o"
    done
}
dump_pg() {
    for t in $tables; do
        echo "== $t"
        case $t in loads | tokens | audit | proposals) o=$(order "$t") ;; flows) o=$flow_order ;; *) o=seq ;; esac
        psql -X -q -At -F '|' -v ON_ERROR_STOP=1 -d "$1" -c "SELECT $(cols "$t") FROM $t ORDER BY $o"
    done
}
dump_sqlite "$A" >"$WORK/a.txt"

m=$(pg_fresh migrate) || exit 1
amur --db "$A" migrate --to "$m" >"$WORK/to.out" 2>&1 || no "migrate --to: $(cat "$WORK/to.out")"
dump_pg "$m" >"$WORK/m.txt"
amur --db "$WORK/b.db" migrate --from "$m" >"$WORK/from.out" 2>&1 || no "migrate --from: $(cat "$WORK/from.out")"
dump_sqlite "$WORK/b.db" >"$WORK/b.txt"
n=$(grep -vc '^==' "$WORK/a.txt")
if cmp -s "$WORK/a.txt" "$WORK/m.txt" && cmp -s "$WORK/a.txt" "$WORK/b.txt"; then
    ok "every table ($n rows, token hashes, audit log and flows included) the same in the file, PostgreSQL and the file copied back"
else
    no "tables differ: $(diff "$WORK/a.txt" "$WORK/m.txt" | head -5) $(diff "$WORK/a.txt" "$WORK/b.txt" | head -5)"
fi
[ "$(sqlite3 "$WORK/b.db" "SELECT (SELECT count(*) FROM tokens) || ',' || (SELECT count(*) FROM audit)")" = 2,2 ] ||
    no "tokens and audit entries copied back: $(sqlite3 "$WORK/b.db" "SELECT count(*) FROM tokens"), $(sqlite3 "$WORK/b.db" "SELECT count(*) FROM audit") (2 and 2 expected)"
sums() { sed -n 's/^\([a-z]*\)  *\([0-9][0-9]*\)  *\([0-9a-f]\{16\}\)$/\1 \2 \3/p' "$1"; }
if [ "$(sums "$WORK/to.out" | wc -l)" = 14 ] && [ "$(sums "$WORK/to.out")" = "$(sums "$WORK/from.out")" ] &&
    grep -q "counts and checksums verified on both sides" "$WORK/to.out"; then
    ok "migrate says what it moved: 14 tables, the same counts and checksums both ways"
else
    no "what migrate said: $(cat "$WORK/to.out" "$WORK/from.out")"
fi

api_start "$m" || exit 1
r1=$(post "$tok" p1) r2=$(post "$old" p2)
api_stop 2>/dev/null
[ "$r1" = 201 ] && [ "$r2" = 401 ] && ok "on PostgreSQL the old token writes (201) and the revoked one is refused (401)" ||
    no "on PostgreSQL: the old token $r1, the revoked one $r2"
api_start "$WORK/b.db" || exit 1
r1=$(post "$tok" b1) r2=$(post "$old" b2)
api_stop 2>/dev/null
[ "$r1" = 201 ] && [ "$r2" = 401 ] && ok "in the file copied back the old token writes (201) and the revoked one is refused (401)" ||
    no "in the file copied back: the old token $r1, the revoked one $r2"
amur -q --db "$m" token new --role editor >/dev/null
ids=$(pg_sql "$m" "SELECT string_agg(id::text, ',' ORDER BY id) FROM tokens")
an=$(pg_sql "$m" "SELECT string_agg(n::text, ',' ORDER BY n) FROM audit")
[ "$ids" = 1,2,3 ] && [ "$an" = 1,2,3 ] && ok "after the copy, new tokens and audit entries take the next numbers on PostgreSQL" ||
    no "numbers after the copy: tokens $ids, audit $an"

exit $bad
