#!/bin/bash
# walk.sh — on PostgreSQL, the whole-database analyses that walk the
# projects a chunk at a time (present/walk.h: status, slippage,
# contradictions, whose claims about instruments, places and actors are
# read by a statement of their own) answer what the whole set loaded at
# once answers (AMUR_WHOLE=1), with chunks of 1 and 2 projects and the
# default, and what SQLite answers, byte for byte: the bundled dataset and
# the contradictions bundle, text and --json, at two pairs of clocks.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/walk.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
WORK=$(mktemp -d)
trap 'pg_cleanup; rm -rf "$WORK"' EXIT
cp "$AMUR_BIN" "$WORK/amur" && AMUR_BIN="$WORK/amur" || exit 2
compared=0
differ=0

answer() { # DB ARGS...: stdout, stderr and the exit status of amur ARGS on DB
    "$AMUR_BIN" --db "$@" 2>&1
    echo "exit $?"
}

for b in data tests/bundles/contradictions; do
    name=$(basename "$b")
    pg=$(pg_fresh "$name") || exit 2
    sq="$WORK/$name.db"
    "$AMUR_BIN" -q --db "$pg" load "$b" || { echo "walk: loading $b into PostgreSQL failed"; exit 1; }
    "$AMUR_BIN" -q --db "$sq" load "$b" || { echo "walk: loading $b into SQLite failed"; exit 1; }
    for cmd in contradictions "--json contradictions" "--json contradictions --official-ahead" \
        status "--json status" slippage "--json slippage"; do
        for clocks in "--as-of 2021-10-31" "--as-of 2030-01-01 --known-by 2022-01-01"; do
            # shellcheck disable=SC2086 # the words of cmd and clocks are arguments
            whole=$(AMUR_WHOLE=1 answer "$pg" $cmd $clocks)
            # shellcheck disable=SC2086
            lite=$(answer "$sq" $cmd $clocks)
            compared=$((compared + 1))
            [ "$whole" = "$lite" ] || { differ=$((differ + 1)); echo "walk: $name: $cmd $clocks: PostgreSQL (whole) and SQLite differ"; }
            for k in 1 2 ""; do
                # shellcheck disable=SC2086
                walked=$(AMUR_CHUNK=$k answer "$pg" $cmd $clocks)
                compared=$((compared + 1))
                [ "$whole" = "$walked" ] || { differ=$((differ + 1)); echo "walk: $name: $cmd $clocks: chunk '$k' differs from the whole set"; }
            done
        done
    done
done
echo "walk: $compared answers compared, $differ differ"
[ "$differ" -eq 0 ] && [ "$compared" -gt 0 ]
