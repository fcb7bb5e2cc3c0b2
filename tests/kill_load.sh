#!/bin/bash
# tests/kill_load.sh AMUR WORKDIR — loading is all or nothing, even when the
# process dies: SIGKILL `amur load` at 20 random moments and check after each
# that the database is sound and holds either the whole bundle or none of it.
#
# The bundle is generated into WORKDIR (150,000 claims, about 14 MB; 30,000
# under the sanitizer build, which is several times slower: the atomicity
# comes from SQLite's transaction, not from the build). Each round starts
# from the same database (tests/bundles/small loaded), starts a load, kills
# it after a random delay between 0 and a little more than a whole load
# takes (at most 2.5 s; the kills fall in reading, checking, writing and
# committing alike, and a few after the end), then asks
# the sqlite3 command-line tool for PRAGMA integrity_check and counts the
# rows of every table: they must equal the counts before the load or after
# a whole one. Prints one line on success; details go to stderr. Exits 1 on
# the first failure.
set -u
amur=$1 work=$2
rounds=${KILL_LOAD_ROUNDS:-20}
claims=${KILL_LOAD_CLAIMS:-150000}
case $amur in *build-san/*) claims=${KILL_LOAD_CLAIMS:-30000} ;; esac
command -v sqlite3 >/dev/null || { echo "kill_load: the sqlite3 command-line tool is missing" >&2; exit 2; }

b=$work/bundle
mkdir -p "$b"
printf 'id,title,tier\nkl-src,Generated source,academic\n' >"$b/sources.csv"
printf 'id,kind,name_en\nkl-prj,bridge,Generated project\n' >"$b/projects.csv"
awk -v n="$claims" 'BEGIN {
    print "id,subject,property,value,unit,scope,date,refers_to,source,locator,quote,note"
    for (i = 1; i <= n; i++)
        printf "kl-%06d,kl-prj,cost,%d,RUB,,2021-01-01,,kl-src,p. %d,\"generated, claim %d\",\n", i, i, i, i
}' >"$b/claims.csv"

counts() { # DB: the row count of every table, on one line
    sqlite3 "$1" "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM places),
        (SELECT count(*) FROM actors), (SELECT count(*) FROM instruments),
        (SELECT count(*) FROM projects), (SELECT count(*) FROM listings),
        (SELECT count(*) FROM stakes), (SELECT count(*) FROM claims),
        (SELECT count(*) FROM indicators)"
}
now_ms() { date +%s%3N; }

# the starting database, and what a whole load makes of it
start=$work/start.db
"$amur" --db "$start" -q load tests/bundles/small || exit 1
sqlite3 "$start" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
before=$(counts "$start")
db=$work/test.db
cp "$start" "$db"
t0=$(now_ms)
"$amur" --db "$db" -q load "$b" || { echo "kill_load: a whole load failed" >&2; exit 1; }
full_ms=$(($(now_ms) - t0))
# kill within a tenth more than a whole load takes (so some kills come just
# after the commit), but never later than 2.5 s, which bounds the test's time
# on a slow or busy machine (there the kills fall earlier in the load)
window=$((full_ms * 11 / 10))
[ "$window" -gt 2500 ] && window=2500
after=$(counts "$db")
[ "$(echo "$after" | cut -d'|' -f8)" -eq $(($(echo "$before" | cut -d'|' -f8) + claims)) ] ||
    { echo "kill_load: a whole load stored $after, not $claims more claims than $before" >&2; exit 1; }

none=0 whole=0 finished=0
for ((i = 1; i <= rounds; i++)); do
    rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
    cp "$start" "$db"
    delay=$((RANDOM * 32768 + RANDOM))
    delay=$((delay % (window + 1)))
    "$amur" --db "$db" -q load "$b" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -KILL "$pid" 2>/dev/null; then :; else finished=$((finished + 1)); fi
    wait "$pid" 2>/dev/null
    check=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
    if [ "$check" != ok ]; then
        echo "kill_load: round $i (killed after ${delay} ms): integrity_check says: $check" >&2
        exit 1
    fi
    got=$(counts "$db")
    if [ "$got" = "$before" ]; then
        none=$((none + 1))
    elif [ "$got" = "$after" ]; then
        whole=$((whole + 1))
    else
        echo "kill_load: round $i (killed after ${delay} ms): the database holds part of the bundle" >&2
        echo "  rows before: $before; after a whole load: $after; now: $got" >&2
        exit 1
    fi
done
echo "kill_load: $claims claims, a whole load takes ${full_ms} ms; $rounds kills:" \
    "$none left nothing, $whole the whole bundle ($finished of them had already finished)" >&2
echo "kill_load: $rounds SIGKILLs during amur load: integrity ok, all or nothing every time"
