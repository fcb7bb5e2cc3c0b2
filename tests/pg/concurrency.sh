#!/bin/bash
# concurrency.sh — several amur processes load into one PostgreSQL database
# at once, into a fresh schema (so they also race to create it): each
# loads its own bundle of new claims, plus the same source and project
# rows as all the others. Afterwards every claim is there exactly once
# with the bytes it was loaded with, each writer's load is logged once,
# and the shared rows are there once.
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
uri=$(pg_fresh conc) || exit 1

for w in $(seq 1 "$WRITERS"); do
    b="$WORK/w$w"
    mkdir -p "$b"
    printf 'id,title,tier\nsrc,"A shared source, in every bundle",academic\n' >"$b/sources.csv"
    printf 'id,kind,name_en,source\nprj,bridge,A shared bridge,src\n' >"$b/projects.csv"
    {
        echo 'id,subject,property,value,date,source,quote'
        for c in $(seq 1 "$CLAIMS"); do
            printf 'w%d-c%d,prj,planned_opening,%d,2019-%02d,src,"writer %d, claim %d: ""quoted"", tab\there"\n' \
                "$w" "$c" $((2020 + c % 9)) $((1 + c % 12)) "$w" "$c"
        done
    } >"$b/claims.csv"
done

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
[ "$shared" = "1 1" ] || { echo "concurrency: sources and projects: $shared, want 1 1"; bad=1; }
loads=$(pg_sql "$uri" "SELECT count(*) || ' ' || sum(added) FROM loads")
[ "$loads" = "$WRITERS $((want + 2))" ] || { echo "concurrency: loads (count, added): $loads, want $WRITERS $((want + 2))"; bad=1; }
# insertion order is commit order: each writer's claims are contiguous
runs=$(pg_sql "$uri" "SELECT count(*) FROM (SELECT split_part(id, '-', 1) w, lag(split_part(id, '-', 1)) OVER (ORDER BY seq) p FROM claims) x WHERE p IS DISTINCT FROM w")
[ "$runs" = "$WRITERS" ] || { echo "concurrency: claims interleave between writers ($runs runs)"; bad=1; }

echo "concurrency: $WRITERS writers, $want claims, $got rows/distinct ids stored"
exit $bad
