#!/bin/bash
# store.sh — what the PostgreSQL store promises beyond the command-line
# parity: claims refuse UPDATE, DELETE and TRUNCATE in the database itself;
# reading commands create nothing; the schema version is kept in a table;
# a load through COPY and one row at a time store the same rows in the same
# order; and amur migrate copies a whole database to PostgreSQL and back,
# load log included, and refuses a database that holds rows.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/store.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
pg_test store
amur() { "$AMUR_BIN" "$@"; }

# reading commands create nothing, and say how to make a database
u=$(pg_fresh read) || exit 1
out=$(amur --db "$u" projects 2>&1)
st=$?
tables=$(pg_sql "$u" "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
if [ $st = 1 ] && [[ $out == *"no database here (amur load DIR creates one)"* ]] && [ "$tables" = 0 ]; then
    ok "a reading command on an empty database fails with status 1 and creates nothing"
else
    no "reading an empty database: status $st, $tables tables, said: $out"
fi

# the schema and its version
amur --db "$u" -q load tests/bundles/small || no "loading tests/bundles/small"
[ "$(pg_sql "$u" "SELECT version FROM amur_schema")" = 5 ] && ok "schema version 5 in amur_schema" ||
    no "schema version"
[ "$(pg_sql "$u" "SELECT count(*) FROM information_schema.table_constraints WHERE constraint_schema = current_schema() AND constraint_type = 'FOREIGN KEY' AND is_deferrable = 'YES'")" -gt 0 ] &&
    [ "$(pg_sql "$u" "SELECT count(*) FROM information_schema.table_constraints WHERE constraint_schema = current_schema() AND constraint_type = 'FOREIGN KEY' AND is_deferrable = 'NO'")" = 0 ] &&
    ok "every foreign key is deferrable" || no "foreign keys not all deferrable"

# claims are append-only in the database itself
n=$(pg_sql "$u" "SELECT count(*) FROM claims")
for sql in "UPDATE claims SET value = 'x'" "DELETE FROM claims" "TRUNCATE claims CASCADE"; do
    if err=$(pg_sql "$u" "$sql" 2>&1); then
        no "$sql was allowed"
    elif [[ $err == *"claims are append-only"* ]]; then
        ok "$sql refused: claims are append-only"
    else
        no "$sql failed otherwise: $err"
    fi
done
[ "$(pg_sql "$u" "SELECT count(*) FROM claims")" = "$n" ] || no "claims changed"

# write tokens are stored only as their SHA-256; the audit log is append-only
t1=$(amur --db "$u" -q token new --role editor) || no "token new"
[ "$(pg_sql "$u" "SELECT hash FROM tokens WHERE id = 1")" = "$(printf %s "$t1" | sha256sum | cut -c1-64)" ] &&
    [ "$(pg_sql "$u" "SELECT count(*) FROM tokens WHERE hash = '$t1' OR note = '$t1'")" = 0 ] &&
    ok "a token is stored only as its SHA-256" || no "token storage"
pg_sql "$u" "INSERT INTO audit(at, token_id, role, what) VALUES('x', 1, 'editor', 'test')" >/dev/null ||
    no "inserting into audit"
for sql in "UPDATE audit SET what = 'y'" "DELETE FROM audit" "TRUNCATE audit"; do
    if err=$(pg_sql "$u" "$sql" 2>&1); then
        no "$sql was allowed"
    elif [[ $err == *"audit are append-only"* ]]; then
        ok "$sql refused: the audit log is append-only"
    else
        no "$sql failed otherwise: $err"
    fi
done

# COPY and row-at-a-time loads store the same rows in the same order
c1=$(pg_fresh copy) && c2=$(pg_fresh insert) || exit 1
amur --db "$c1" -q load data && AMUR_PG_COPY=0 amur --db "$c2" -q load data || no "loading data/"
amur --db "$c1" -q export "$WORK/copy" && amur --db "$c2" -q export "$WORK/insert" || no "exporting"
if diff -r "$WORK/copy" "$WORK/insert" >/dev/null; then
    ok "COPY and INSERT loads export the same bundle"
else
    no "COPY and INSERT loads differ"
fi
# the same load again: nothing added or changed, a changed bundle updates
out=$(amur --db "$c1" --json load data | tr -d '\n')
[[ $out != *'"added":'[1-9]* && $out != *'"changed":'[1-9]* ]] && ok "loading data/ again changes nothing" ||
    no "second load: $out"

# a load killed inside its transaction stores nothing: the server rolls it
# back. The kill comes once the load holds the writers' advisory lock
# (store_begin() has run: the check is over and rows are going in), then
# a little later each time. Rows go in one INSERT at a time here
# (AMUR_PG_COPY=0): a COPY of them is over too soon to aim at.
k=$(pg_fresh kill) || exit 1
kb="$WORK/kill"
mkdir -p "$kb" "$WORK/src-only"
printf 'id,title,tier\nsrc,A source,academic\n' >"$kb/sources.csv"
cp "$kb/sources.csv" "$WORK/src-only/"
printf 'id,kind,name_en,source\nprj,bridge,A bridge,src\n' >"$kb/projects.csv"
awk 'BEGIN { print "id,subject,property,value,date,source";
    for (i = 1; i <= 30000; i++) printf "k%d,prj,planned_opening,2020,2019,src\n", i }' >"$kb/claims.csv"
amur --db "$k" -q load "$WORK/src-only" || no "creating the schema"
locked="SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 1634563442 AND granted"
seen=""
killed=0
for extra in 0 0.1 0.3 0.6 1; do
    AMUR_PG_COPY=0 "$AMUR_BIN" --db "$k" -q load "$kb" >/dev/null 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null && [ "$(pg_sql "$k" "$locked")" = 0 ]; do sleep 0.01; done
    sleep "$extra"
    kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
    wait "$pid" 2>/dev/null
    while [ "$(pg_sql "$k" "$locked")" != 0 ]; do sleep 0.01; done # rolled back
    n=$(pg_sql "$k" "SELECT count(*) FROM claims")
    seen="$seen $n"
    [ "$n" = 0 ] || [ "$n" = 30000 ] || no "after SIGKILL ${extra}s into the transaction: $n claims"
    [ "$n" = 30000 ] && break # it committed first; nothing more to kill
done
amur --db "$k" -q load "$kb" && [ "$(pg_sql "$k" "SELECT count(*) FROM claims")" = 30000 ] &&
    [ "$killed" -gt 0 ] &&
    ok "SIGKILL inside a load's transaction ($killed times) leaves none or all of it (claims:$seen)" ||
    no "kills inside the transaction: $killed kills, claims:$seen"

# migrate: SQLite -> PostgreSQL -> SQLite, whole
for b in tests/bundles/small tests/bundles/v2 data; do
    amur --db "$WORK/a.db" -q load "$b" || no "loading $b into SQLite"
done
amur --db "$WORK/a.db" -q export "$WORK/a"
m=$(pg_fresh migrate) || exit 1
amur --db "$WORK/a.db" -q migrate --to "$m" || no "migrate --to"
amur --db "$m" -q export "$WORK/m"
amur --db "$WORK/b.db" -q migrate --from "$m" || no "migrate --from"
amur --db "$WORK/b.db" -q export "$WORK/b"
if diff -r "$WORK/a" "$WORK/m" >/dev/null && diff -r "$WORK/a" "$WORK/b" >/dev/null; then
    ok "migrate to PostgreSQL and back exports the same bundle"
else
    no "migrate changed the data"
fi
la=$(sqlite3 "$WORK/a.db" "SELECT at || '|' || what || '|' || added || '|' || changed FROM loads ORDER BY n")
lm=$(pg_sql "$m" "SELECT at || '|' || what || '|' || added || '|' || changed FROM loads ORDER BY n")
lb=$(sqlite3 "$WORK/b.db" "SELECT at || '|' || what || '|' || added || '|' || changed FROM loads ORDER BY n")
[ -n "$la" ] && [ "$la" = "$lm" ] && [ "$la" = "$lb" ] && ok "migrate copies the load log" ||
    no "load logs differ: [$la] [$lm] [$lb]"
out=$(amur --db "$WORK/a.db" migrate --to "$m" 2>&1)
st=$?
[ $st = 1 ] && [[ $out == *"already holds"* ]] && ok "migrate refuses a database with rows" ||
    no "migrate into a full database: status $st: $out"

exit $bad
