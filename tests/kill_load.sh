#!/bin/bash
# tests/kill_load.sh AMUR WORKDIR [load|import-iati|post] — writing is all or
# nothing, even when the process dies: SIGKILL the writer at 20 random
# moments and check after each that the database is sound and holds either
# the whole write or none of it.
#
#   load         `amur load` of a generated bundle of 150,000 claims (about
#                14 MB; 30,000 under the sanitizer build, which is several
#                times slower: the atomicity comes from SQLite's transaction,
#                not from the build)
#   import-iati  `amur import-iati` of an `amur synth --iati` file of 4,000
#                activities (about 6 MB; 800 under the sanitizer build)
#   post         `amur serve`, killed while it takes a POST /api/claims of
#                5,000 claims (about 800 KB, under the 1 MB limit; 1,500
#                under the sanitizer build) from curl
#
# Each round starts from the same database (tests/bundles/small loaded, and
# for post an editor token), starts the write, kills the writer (for post,
# the server) after a random delay between 0 and a little more than a whole
# write takes (at most 2.5 s; the kills fall in reading, checking, writing
# and committing alike, and a few after the end), then asks the sqlite3
# command-line tool for PRAGMA integrity_check and counts the rows of every
# table: they must equal the counts before the write or after a whole one.
# Prints one line on success; details go to stderr. Exits 1 on the first
# failure.
set -u
amur=$1 work=$2 mode=${3:-load}
rounds=${KILL_LOAD_ROUNDS:-20}
san=0
case $amur in *build-san/*) san=1 ;; esac
command -v sqlite3 >/dev/null || { echo "kill_load: the sqlite3 command-line tool is missing" >&2; exit 2; }
mkdir -p "$work"
db=$work/test.db
start=$work/start.db
now_ms() { date +%s%3N; }
"$amur" --db "$start" -q load tests/bundles/small || exit 1

case $mode in
load)
    n=${KILL_LOAD_CLAIMS:-$([ $san = 1 ] && echo 30000 || echo 150000)}
    what="$n claims"
    b=$work/bundle
    mkdir -p "$b"
    printf 'id,title,tier\nkl-src,Generated source,academic\n' >"$b/sources.csv"
    printf 'id,kind,name_en\nkl-prj,bridge,Generated project\n' >"$b/projects.csv"
    awk -v n="$n" 'BEGIN {
        print "id,subject,property,value,unit,scope,date,refers_to,source,locator,quote,note"
        for (i = 1; i <= n; i++)
            printf "kl-%06d,kl-prj,cost,%d,RUB,,2021-01-01,,kl-src,p. %d,\"generated, claim %d\",\n", i, i, i, i
    }' >"$b/claims.csv"
    write() { began=$(now_ms); "$amur" --db "$db" -q load "$b" >/dev/null 2>&1 & victim=$!; writer=$victim; }
    ;;
import-iati)
    n=${KILL_LOAD_ACTIVITIES:-$([ $san = 1 ] && echo 800 || echo 4000)}
    what="$n IATI activities"
    "$amur" synth --iati --projects "$n" "$work/activities.xml" >/dev/null || exit 1
    write() { began=$(now_ms); "$amur" --db "$db" -q import-iati "$work/activities.xml" >/dev/null 2>&1 & victim=$!; writer=$victim; }
    ;;
post)
    command -v curl >/dev/null || { echo "kill_load: curl is missing" >&2; exit 2; }
    n=${KILL_LOAD_POSTED:-$([ $san = 1 ] && echo 1500 || echo 5000)}
    what="$n claims posted"
    token=$("$amur" -q --db "$start" token new --role editor --note kill_load) || exit 1
    awk -v n="$n" 'BEGIN {
        printf "["
        for (i = 1; i <= n; i++)
            printf "%s{\"id\":\"kp-%05d\",\"subject\":\"bridge\",\"property\":\"cost\",\"value\":\"%d\",\"unit\":\"RUB\",\"date\":\"2021-06\",\"source\":\"study\",\"quote\":\"generated claim %d\"}", (i > 1 ? "," : ""), i, i, i
        printf "]"
    }' >"$work/claims.json"
    # the server, and once it listens, curl posting the claims (the write
    # begins there)
    write() {
        local port= i
        "$amur" --db "$db" serve --bind 127.0.0.1 --port 0 >"$work/serve.out" 2>&1 &
        victim=$!
        # up to 30 s: on a busy machine the sanitizer build can take more
        # than the 5 s this once allowed (and the test then failed)
        for i in $(seq 600); do
            port=$(sed -n 's|^amur: serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*|\1|p' "$work/serve.out" 2>/dev/null)
            [ -n "$port" ] && break
            kill -0 "$victim" 2>/dev/null || break
            sleep 0.05
        done
        [ -n "$port" ] || { echo "kill_load: the server did not start in $((i * 50)) ms:" >&2; cat "$work/serve.out" >&2; exit 1; }
        began=$(now_ms)
        curl -s --noproxy '*' --max-time 60 -o "$work/post.out" -w '%{http_code}' -X POST \
            -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            --data-binary @"$work/claims.json" "http://127.0.0.1:$port/api/claims" >"$work/post.code" 2>/dev/null &
        writer=$!
    }
    ;;
*) echo "kill_load: unknown mode '$mode'" >&2; exit 2 ;;
esac
sqlite3 "$start" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null

counts() { # DB: the row count of every table, on one line
    sqlite3 "$1" "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM places),
        (SELECT count(*) FROM actors), (SELECT count(*) FROM instruments),
        (SELECT count(*) FROM projects), (SELECT count(*) FROM listings),
        (SELECT count(*) FROM stakes), (SELECT count(*) FROM claims),
        (SELECT count(*) FROM indicators), (SELECT count(*) FROM audit)"
}
fresh() { rm -f "$db" "$db-wal" "$db-shm" "$db-journal"; cp "$start" "$db"; }

# what a whole write makes of the starting database, and how long it takes
# (the median of three: the first is slower, its files not yet cached)
before=$(counts "$start")
times=()
for i in 1 2 3; do
    fresh
    write
    wait "$writer" || {
        rc=$?
        echo "kill_load: a whole $mode failed (exit $rc)" >&2
        # what the server said (a post's curl says nothing itself)
        [ "$mode" = post ] && tail -n 20 "$work/serve.out" >&2
        exit 1
    }
    times+=($(($(now_ms) - began)))
    if [ "$mode" = post ]; then
        [ "$(cat "$work/post.code")" = 201 ] ||
            { echo "kill_load: the whole post answered $(cat "$work/post.code"): $(head -c 300 "$work/post.out")" >&2; exit 1; }
        kill -TERM "$victim"
        wait "$victim"
    fi
done
full_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
after=$(counts "$db")
[ "$after" != "$before" ] || { echo "kill_load: a whole $mode stored nothing ($after)" >&2; exit 1; }
# kill within a tenth more than a whole write takes (so some kills come just
# after the commit), but never later than 2.5 s, which bounds the test's time
# on a slow or busy machine (there the kills fall earlier in the write)
window=$((full_ms * 11 / 10))
[ "$window" -gt 2500 ] && window=2500

none=0 whole=0 finished=0
for ((i = 1; i <= rounds; i++)); do
    fresh
    delay=$((RANDOM * 32768 + RANDOM))
    delay=$((delay % (window + 1)))
    write
    left=$((delay - ($(now_ms) - began)))
    [ "$left" -gt 0 ] && sleep "$(printf '%d.%03d' $((left / 1000)) $((left % 1000)))"
    if [ "$mode" = post ] && ! kill -0 "$writer" 2>/dev/null; then finished=$((finished + 1)); fi
    if kill -KILL "$victim" 2>/dev/null; then :; else finished=$((finished + 1)); fi
    wait "$victim" "$writer" 2>/dev/null
    check=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
    if [ "$check" != ok ]; then
        echo "kill_load: $mode round $i (killed after ${delay} ms): integrity_check says: $check" >&2
        exit 1
    fi
    got=$(counts "$db")
    if [ "$got" = "$before" ]; then
        none=$((none + 1))
    elif [ "$got" = "$after" ]; then
        whole=$((whole + 1))
    else
        echo "kill_load: $mode round $i (killed after ${delay} ms): the database holds part of the write" >&2
        echo "  rows before: $before; after a whole write: $after; now: $got" >&2
        exit 1
    fi
done
echo "kill_load: $what, a whole $mode takes ${full_ms} ms; $rounds kills:" \
    "$none left nothing, $whole the whole write ($finished of them had already finished)" >&2
case $mode in post) label="amur serve taking a POST" ;; *) label="amur $mode" ;; esac
echo "kill_load: $rounds SIGKILLs during $label: integrity ok, all or nothing every time"
