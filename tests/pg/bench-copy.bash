#!/bin/bash
# bench-copy.bash — what COPY gains on a load into empty PostgreSQL tables:
# a synthetic bundle (PROJECTS projects, CLAIMS claims) loaded into a fresh
# schema with COPY (the default) and with AMUR_PG_COPY=0 (one INSERT ... ON
# CONFLICT per row), then loaded again (every row the same, no COPY), and
# into SQLite for reference. A load also checks the bundle against the
# database first (a lookup per reference and per claim); amur migrate from
# the SQLite file has no check, so it times the store's writing alone. Not part of the test suite (it measures time);
# README records a run.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/bench-copy.bash [AMUR_BINARY] [PROJECTS] [CLAIMS]
cd "$(dirname "$0")/../.." || exit 2
AMUR_BIN=${1:-$(pwd)/amur}
PROJECTS=${2:-2000}
CLAIMS=${3:-100000}
. tests/pg/common.bash
trap 'pg_cleanup; rm -rf "$WORK"' EXIT
WORK=$(mktemp -d)
b="$WORK/bundle"
mkdir -p "$b"
printf 'id,title,tier\nsrc,A source,academic\n' >"$b/sources.csv"
awk -v n="$PROJECTS" 'BEGIN { print "id,kind,name_en,source";
    for (i = 1; i <= n; i++) printf "p%d,bridge,Bridge number %d,src\n", i, i }' >"$b/projects.csv"
awk -v n="$CLAIMS" -v p="$PROJECTS" 'BEGIN { print "id,subject,property,value,date,source,quote";
    for (i = 1; i <= n; i++) printf "c%d,p%d,planned_opening,%d,2019-%02d,src,\"claim %d, quoted\"\n",
        i, 1 + i % p, 2020 + i % 9, 1 + i % 12, i }' >"$b/claims.csv"

t() { # LABEL COMMAND...: prints the wall time of COMMAND in seconds
    local label=$1 start end
    shift
    start=$(date +%s.%N)
    "$@" >/dev/null || echo "bench: $label failed" >&2
    end=$(date +%s.%N)
    awk -v l="$label" -v s="$start" -v e="$end" 'BEGIN { printf "%-44s %6.2f s\n", l, e - s }'
}

rows=$((1 + PROJECTS + CLAIMS))
echo "bench-copy: $rows rows ($PROJECTS projects, $CLAIMS claims)"
t "check only (parse + check, no database)" "$AMUR_BIN" --db "$WORK/none.db" -q check "$b"
t "sqlite: load into an empty file" "$AMUR_BIN" --db "$WORK/x.db" -q load "$b"
u1=$(pg_fresh copy) && u2=$(pg_fresh insert) || exit 1
t "postgresql: load, empty tables, COPY" "$AMUR_BIN" --db "$u1" -q load "$b"
t "postgresql: load, empty tables, INSERT/row" env AMUR_PG_COPY=0 "$AMUR_BIN" --db "$u2" -q load "$b"
t "postgresql: load again (all the same)" "$AMUR_BIN" --db "$u1" -q load "$b"
u3=$(pg_fresh mcopy) && u4=$(pg_fresh minsert) || exit 1
t "postgresql: migrate from sqlite, COPY" "$AMUR_BIN" --db "$WORK/x.db" -q migrate --to "$u3"
t "postgresql: migrate from sqlite, INSERT/row" env AMUR_PG_COPY=0 "$AMUR_BIN" --db "$WORK/x.db" -q migrate --to "$u4"
"$AMUR_BIN" --db "$u1" -q export "$WORK/e1" && "$AMUR_BIN" --db "$u2" -q export "$WORK/e2" &&
    diff -r -q "$WORK/e1" "$WORK/e2" >/dev/null && echo "bench-copy: both loads export the same bundle"
