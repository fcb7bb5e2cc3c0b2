#!/bin/bash
# concurrency.sh — several amur processes load into one PostgreSQL database
# at once, into a fresh schema (so they also race to create it): each
# loads its own bundle of new claims citing a new source of its own, plus
# the same source and project rows as all the others. Afterwards every claim is there exactly once
# with the bytes it was loaded with, each writer's load is logged once,
# and the shared rows are there once. Meanwhile two readers export the
# database over and over: every export must be a consistent bundle (it
# passes amur check on its own) holding whole loads only.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/concurrency.sh [AMUR_BINARY] [WRITERS] [CLAIMS]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
WRITERS=${2:-8}
CLAIMS=${3:-250}
. tests/pg/common.bash
trap 'pg_cleanup; rm -rf "$WORK"' EXIT
WORK=$(mktemp -d)
# a private copy: a rebuild of amur during the run must not change it
cp "$AMUR_BIN" "$WORK/amur" && AMUR_BIN="$WORK/amur" || exit 2
uri=$(pg_fresh conc) || exit 1

for w in $(seq 1 "$WRITERS"); do
    b="$WORK/w$w"
    mkdir -p "$b"
    printf 'id,title,tier\nsrc,"A shared source, in every bundle",academic\nsrc-w%d,Writer %d'"'"'s own source,academic\n' \
        "$w" "$w" >"$b/sources.csv"
    printf 'id,kind,name_en,source\nprj,bridge,A shared bridge,src\n' >"$b/projects.csv"
    {
        echo 'id,subject,property,value,date,source,quote'
        for c in $(seq 1 "$CLAIMS"); do
            printf 'w%d-c%d,prj,planned_opening,%d,2019-%02d,src-w%d,"writer %d, claim %d: ""quoted"", tab\there"\n' \
                "$w" "$c" $((2020 + c % 9)) $((1 + c % 12)) "$w" "$w" "$c"
        done
    } >"$b/claims.csv"
done

# readers: export while the writers write, until they are done
reader() { # N
    local i=0 n
    while [ ! -e "$WORK/done" ]; do
        i=$((i + 1))
        rm -rf "$WORK/r$1"
        "$AMUR_BIN" --db "$uri" -q export "$WORK/r$1" 2>/dev/null || continue # schema not there yet
        n=$(($(wc -l <"$WORK/r$1/claims.csv") - 1))
        if [ $((n % CLAIMS)) != 0 ] ||
            ! "$AMUR_BIN" --db "$WORK/none.db" -q check "$WORK/r$1" >/dev/null 2>&1; then
            echo "reader $1: export $i is not consistent ($n claims)" >>"$WORK/readers"
        fi
        echo "$n" >>"$WORK/seen$1"
    done
}
reader 1 &
r1=$!
reader 2 &
r2=$!

# all at once, as near as the shell can start them
pids=()
for w in $(seq 1 "$WRITERS"); do
    "$AMUR_BIN" --db "$uri" -q load "$WORK/w$w" >"$WORK/out$w" 2>&1 &
    pids+=($!)
done
bad=0
for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then
        echo "concurrency: writer $((i + 1)) failed:"
        cat "$WORK/out$((i + 1))"
        bad=1
    fi
done

touch "$WORK/done"
wait "$r1" "$r2"
if [ -s "$WORK/readers" ]; then
    cat "$WORK/readers"
    bad=1
fi
exports=$(cat "$WORK"/seen* 2>/dev/null | wc -l)
partial=$(cat "$WORK"/seen* 2>/dev/null | awk -v w=$((WRITERS * CLAIMS)) '$1 > 0 && $1 < w' | wc -l)

want=$((WRITERS * CLAIMS))
got=$(pg_sql "$uri" "SELECT count(*) || ' ' || count(DISTINCT id) FROM claims")
[ "$got" = "$want $want" ] || { echo "concurrency: claims (rows, distinct ids): $got, want $want $want"; bad=1; }

# every claim once, with its bytes: the export against what was written
"$AMUR_BIN" --db "$uri" -q export "$WORK/out" || bad=1
tail -q -n +2 "$WORK"/w*/claims.csv | sort >"$WORK/want"
tail -n +2 "$WORK/out/claims.csv" | sort >"$WORK/got.full"
# the export has every column; compare the ids and the values written
cut -d, -f1 "$WORK/want" >"$WORK/want.ids"
cut -d, -f1 "$WORK/got.full" >"$WORK/got.ids"
if ! cmp -s "$WORK/want.ids" "$WORK/got.ids"; then
    echo "concurrency: the stored claim ids are not those loaded:"
    diff "$WORK/want.ids" "$WORK/got.ids" | head
    bad=1
fi
wrong=$(pg_sql "$uri" "SELECT count(*) FROM claims WHERE quote <> 'writer ' || split_part(split_part(id, '-', 1), 'w', 2) || ', claim ' || split_part(id, '-c', 2) || ': \"quoted\", tab' || chr(9) || 'here'")
[ "$wrong" = 0 ] || { echo "concurrency: $wrong claims with the wrong quote"; bad=1; }
shared=$(pg_sql "$uri" "SELECT (SELECT count(*) FROM sources) || ' ' || (SELECT count(*) FROM projects)")
[ "$shared" = "$((WRITERS + 1)) 1" ] || { echo "concurrency: sources and projects: $shared, want $((WRITERS + 1)) 1"; bad=1; }
loads=$(pg_sql "$uri" "SELECT count(*) || ' ' || sum(added) FROM loads")
[ "$loads" = "$WRITERS $((want + WRITERS + 2))" ] ||
    { echo "concurrency: loads (count, added): $loads, want $WRITERS $((want + WRITERS + 2))"; bad=1; }
# insertion order is commit order: each writer's claims are contiguous
runs=$(pg_sql "$uri" "SELECT count(*) FROM (SELECT split_part(id, '-', 1) w, lag(split_part(id, '-', 1)) OVER (ORDER BY seq) p FROM claims) x WHERE p IS DISTINCT FROM w")
[ "$runs" = "$WRITERS" ] || { echo "concurrency: claims interleave between writers ($runs runs)"; bad=1; }

echo "concurrency: $WRITERS writers, $want claims, $got rows/distinct ids stored;" \
    "$exports consistent exports by 2 readers meanwhile ($partial mid-way)"
exit $bad
