#!/bin/bash
# parity.sh — SQLite and PostgreSQL give the same results, byte for byte.
#
# 1. Every command-line test (tests/cli/*.t) that uses a database runs its
#    commands twice, with $DB an SQLite file and with $DB a fresh schema in
#    the PostgreSQL database AMUR_PG_URI names; stdout, stderr and exit
#    status must be the same (database names replaced by $DB).
# 2. The bundled dataset (data/) and every bundle in tests/bundles/ that
#    passes amur check are loaded into each backend; `amur report --format
#    json --as-of 2021-10-31`, the --json summary and `amur export` must be
#    the same.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/parity.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
trap 'pg_cleanup; rm -rf "$WORK"' EXIT
WORK=$(mktemp -d)
# a private copy: a rebuild of amur during the run must not change it
cp "$AMUR_BIN" "$WORK/amur" && AMUR_BIN="$WORK/amur" || exit 2
compared=0
differ=0

# Runs the commands of test FILE with DB=DBNAME in the fresh folder DIR,
# as tests/run.sh does, leaving stdout, stderr and status there.
run_case() { # FILE DBNAME DIR
    local file=$1 db=$2 dir=$3
    mkdir -p "$dir/work"
    grep '^\$ ' "$file" | cut -c3- >"$dir/cmd"
    (
        export DB="$db" TMP="$dir/work" AMUR_DB= COLUMNS= AMUR_BIN
        amur() { "$AMUR_BIN" "$@"; }
        status=0
        while IFS= read -r -u 3 line; do
            eval "$line" >>"$dir/stdout" 2>>"$dir/stderr" </dev/null
            status=$?
        done 3<"$dir/cmd"
        echo "$status" >"$dir/status"
    )
    touch "$dir/stdout" "$dir/stderr"
    for f in stdout stderr; do
        replace_all "$dir/$f" "$dir/work" '$TMP'
        replace_all "$dir/$f" "$db" '$DB'
        replace_all "$dir/$f" "$(pg_display "$db")" '$DB'
    done
}

same() { # LABEL DIR_A DIR_B: compares two result folders
    compared=$((compared + 1))
    if ! diff -r -u "$2" "$3" >"$WORK/diff"; then
        differ=$((differ + 1))
        echo "parity: $1 differs (sqlite, postgresql):"
        head -40 "$WORK/diff"
    fi
}

n=0
for t in tests/cli/*.t; do
    grep -q '^\$ .*\$DB' "$t" || continue
    n=$((n + 1))
    name=$(basename "$t" .t)
    uri=$(pg_fresh "c$n") || exit 1
    run_case "$t" "$WORK/$name.db" "$WORK/sq/$name"
    run_case "$t" "$uri" "$WORK/pg/$name"
    rm -f "$WORK/sq/$name/cmd" "$WORK/pg/$name/cmd"
    rm -rf "$WORK/sq/$name/work" "$WORK/pg/$name/work"
    same "$t" "$WORK/sq/$name" "$WORK/pg/$name"
done

# Loads bundle DIR into DB and writes what the backends must agree on to OUT.
results() { # DIR DB OUT
    mkdir -p "$3"
    "$AMUR_BIN" --db "$2" -q load "$1" >"$3/load" 2>&1
    echo "load: $?" >>"$3/load"
    "$AMUR_BIN" --db "$2" report --format json --as-of 2021-10-31 >"$3/report.json" 2>&1
    "$AMUR_BIN" --db "$2" --json summary >"$3/summary.json" 2>&1
    "$AMUR_BIN" --db "$2" -q export "$3/export" >/dev/null 2>&1
}

for dir in data tests/bundles/*/; do
    dir=${dir%/}
    "$AMUR_BIN" --db "$WORK/none.db" -q check "$dir" >/dev/null 2>&1 || continue
    n=$((n + 1))
    name=$(basename "$dir")
    uri=$(pg_fresh "b$n") || exit 1
    results "$dir" "$WORK/b-$name.db" "$WORK/sq/b-$name"
    results "$dir" "$uri" "$WORK/pg/b-$name"
    same "$dir (report, summary, export)" "$WORK/sq/b-$name" "$WORK/pg/b-$name"
    if ! grep -qx 'load: 0' "$WORK/pg/b-$name/load" || [ ! -s "$WORK/pg/b-$name/report.json" ]; then
        differ=$((differ + 1))
        echo "parity: $dir: did not load and report on PostgreSQL:"
        cat "$WORK/pg/b-$name/load"
    fi
done

echo "parity: $compared compared, $differ differ"
[ "$compared" -gt 0 ] && [ "$differ" -eq 0 ]
