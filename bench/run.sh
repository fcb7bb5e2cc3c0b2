#!/bin/bash
# bench/run.sh — Amur's benchmarks, run by `make bench`: one run that
# measures every figure of docs/performance.md against a reference measured
# in the same run on the same input, and writes that file.
#
# Parameters (environment):
#   BENCH_SIZES    project counts for the analyses (default "10000 100000 1000000",
#                  the sizes the goals are stated at; about 15 minutes and 6 GB in
#                  BENCH_DIR on 2 cores; BENCH_SIZES="10000 100000" for a quick run)
#   BENCH_RUNS     runs per figure; the median is reported (default 3)
#   BENCH_BIG_RUNS runs per figure at 10^6 projects and above (default 1)
#   BENCH_ONE_K    runs in a row timed as one for a one-project answer (default 20)
#   BENCH_LOAD_N   projects in the bundle-load comparison (default 100000)
#   BENCH_IATI_MB  IATI file sizes in MB (default "10 100 1000", the range of the
#                  goal; the 1 GB file needs ~2 GB in $BENCH_DIR; "10 100" is quicker)
#   BENCH_SERVE_N  projects in the database served to wrk (default: the first size)
#   BENCH_START_N  projects in the database `amur serve` is started on for its
#                  first answer and memory (default 1000000, the goal's size,
#                  when it is a size run, else the last size)
#   BENCH_BASE     an older amur to start beside it, interleaved (default: none)
#   BENCH_DIR      scratch folder for generated data (default /tmp/amur-bench)
#   BENCH_OUT      the report (default docs/performance.md)
# Everything generated goes to BENCH_DIR, never into the repository; all
# traffic stays on 127.0.0.1.
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
AMUR=$ROOT/amur
SIZES=${BENCH_SIZES:-10000 100000 1000000}
RUNS=${BENCH_RUNS:-3}
ONE_K=${BENCH_ONE_K:-20}
AMUR_TIMES=$ROOT/bench/times.sh
BIG_RUNS=${BENCH_BIG_RUNS:-1}
LOAD_N=${BENCH_LOAD_N:-100000}
IATI_MB=${BENCH_IATI_MB:-10 100 1000}
W=${BENCH_DIR:-/tmp/amur-bench}
OUT=${BENCH_OUT:-docs/performance.md}
ANALYSES="status contradictions slippage scorecard carryover regions risks inflation report"

mkdir -p "$W" || exit 3
R=$W/results
rm -rf "$R" && mkdir -p "$R"
log() { echo "bench: $*" >&2; }

# measure LABEL RUNS CMD... : runs CMD RUNS times (after eval "$PREP" each
# time), sets MED to the median wall time in seconds and MEM to the largest
# peak resident set in MiB, both from /usr/bin/time.
measure() {
    local label=$1 runs=$2 i t m ts=() mem=0
    shift 2
    for ((i = 0; i < runs; i++)); do
        [ -n "$PREP" ] && eval "$PREP"
        if ! /usr/bin/time -f '%e %M' -o "$W/time.out" "$@" >/dev/null 2>"$W/err.out"; then
            log "$label failed: $(grep -v '^Command' "$W/err.out" | tail -2)"
        fi
        read -r t m < <(tail -1 "$W/time.out")
        ts+=("$t")
        ((m > mem)) && mem=$m
    done
    MED=$(printf '%s\n' "${ts[@]}" | sort -g |
        awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
    MEM=$(awk -v k="$mem" 'BEGIN {printf "%.0f", k / 1024}')
    log "$label: ${MED}s, ${MEM} MiB"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'; }
runs_for() { if [ "$1" -ge 1000000 ]; then echo "$BIG_RUNS"; else echo "$RUNS"; fi; }
verdict() { if awk -v x="$1" -v g="$2" 'BEGIN {exit !(x != "n/a" && x + 0 <= g + 0)}'; then echo met; else echo "**not met**"; fi; }

[ -x "$AMUR" ] || { log "build amur first (make amur)"; exit 2; }
START=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- 1. bundle load against sqlite3 .import ----
log "bundle load: $LOAD_N projects"
B=$W/bundle-$LOAD_N
[ -f "$B/indicators.csv" ] || "$AMUR" -q synth --projects "$LOAD_N" "$B" || exit 3
rm -f "$W/schema.db"*
"$AMUR" -q --db "$W/schema.db" load tests/bundles/small >/dev/null || exit 3
sqlite3 "$W/schema.db" .schema | grep -v '^CREATE TABLE sqlite_' >"$W/schema.sql"
{
    echo ".mode csv"
    for t in sources places actors instruments projects listings stakes claims indicators; do
        echo ".import --skip 1 $B/$t.csv $t"
    done
} >"$W/import.sql"
PREP="rm -f $W/load.db $W/load.db-*" measure "amur load" "$RUNS" "$AMUR" -q --db "$W/load.db" load "$B"
LOAD_T=$MED LOAD_M=$MEM
PREP="rm -f $W/ref.db; sqlite3 $W/ref.db <$W/schema.sql" measure "sqlite3 .import" "$RUNS" sqlite3 "$W/ref.db" ".read $W/import.sql"
REF_T=$MED REF_M=$MEM
ROWS=$(cat "$B"/*.csv | wc -l)
LOAD_RATIO=$(ratio "$LOAD_T" "$REF_T")
{
    echo "| bundle of $LOAD_N projects ($((ROWS - 9)) rows, $(du -sm "$B" | cut -f1) MB) | $LOAD_T s, $LOAD_M MiB | $REF_T s, $REF_M MiB | **$LOAD_RATIO×** | ≤ 1.5× | $(verdict "$LOAD_RATIO" 1.5) |"
} >"$R/load.md"
PREP=

# ---- 2. IATI import against xmllint --stream ----
"$AMUR" -q synth --iati --projects 1000 "$W/iati-probe.xml" || exit 3
PER=$(($(stat -c %s "$W/iati-probe.xml") / 1000))
: >"$R/iati.md"
for mb in $IATI_MB; do
    n=$((mb * 1000000 / PER))
    f=$W/iati-$mb.xml
    avail=$(df -Pm "$W" | awk 'NR == 2 {print $4}')
    if [ ! -f "$f" ] && [ "$avail" -lt $((mb * 3)) ]; then
        log "IATI $mb MB: skipped, $avail MB free in $W"
        echo "| $mb MB | skipped: $avail MB free | | | | |" >>"$R/iati.md"
        continue
    fi
    log "IATI import: $mb MB ($n activities)"
    [ -f "$f" ] || "$AMUR" -q synth --iati --projects "$n" "$f" || exit 3
    runs=$RUNS
    [ "$mb" -ge 500 ] && runs=$BIG_RUNS
    PREP= measure "xmllint $mb MB" "$runs" xmllint --stream --noout "$f"
    X_T=$MED X_M=$MEM
    PREP="rm -f $W/iati.db $W/iati.db-*" measure "import-iati $mb MB" "$runs" "$AMUR" -q --db "$W/iati.db" import-iati "$f"
    I_T=$MED I_M=$MEM
    r=$(ratio "$I_T" "$X_T")
    mem_ok=$(awk -v m="$I_M" 'BEGIN {print (m < 64) ? "met" : "**not met**"}')
    echo "| $mb MB, $n activities | $I_T s, **$I_M MiB** | $X_T s, $X_M MiB | **$r×** | ≤ 2×; < 64 MiB | time $(verdict "$r" 2); memory $mem_ok |" >>"$R/iati.md"
    PREP=
done

# ---- 3. analyses at each size ----
: >"$R/sizes"
for n in $SIZES; do
    B=$W/bundle-$n
    DB=$W/db-$n.db
    log "analyses: $n projects"
    [ -f "$B/indicators.csv" ] || "$AMUR" -q synth --projects "$n" "$B" || exit 3
    rm -f "$DB" "$DB"-*
    measure "load $n" 1 "$AMUR" -q --db "$DB" load "$B"
    echo "$n $MED $MEM" >"$R/dbload-$n"
    echo "$n" >>"$R/sizes"
    for a in $ANALYSES; do
        measure "$a $n" "$(runs_for "$n")" "$AMUR" --db "$DB" "$a"
        echo "$n $MED $MEM" >>"$R/an-$a"
    done
    # the peer: DuckDB's SQL over the same CSV bundle (bench/duckdb), beside
    # slippage (promise histories) and status (delivered or not)
    if [ -d bench/duckdb/node_modules/@duckdb/node-api ]; then
        measure "duckdb $n" "$(runs_for "$n")" node bench/duckdb/promises.mjs "$B"
        echo "$n $MED $MEM $(node bench/duckdb/promises.mjs "$B" 2>&1 | tail -1)" >>"$R/duck"
    fi
    # one project's answer: its own records (evidence_load_about) against
    # the goal's reference, its claims read by a cold process (`claims
    # --subject`), each timed over ONE_K runs in a row (/usr/bin/time
    # counts in hundredths, which is what one run takes), and against the
    # whole database (AMUR_WHOLE=1), the same command and answer
    p=syn-p-$((n / 2))
    measure "claims --subject $p of $n, $ONE_K runs" "$(runs_for "$n")" \
        "$AMUR_TIMES" "$ONE_K" "$AMUR" --db "$DB" claims --subject "$p"
    ref=$(awk -v t="$MED" -v k="$ONE_K" 'BEGIN {printf "%.4f", t / k}')
    for a in status slippage contradictions; do
        arg=("$p")
        [ "$a" = contradictions ] && arg=(--subject "$p")
        measure "$a $p of $n, $ONE_K runs" "$(runs_for "$n")" \
            "$AMUR_TIMES" "$ONE_K" "$AMUR" --db "$DB" "$a" "${arg[@]}"
        one="$(awk -v t="$MED" -v k="$ONE_K" 'BEGIN {printf "%.4f", t / k}') $MEM"
        measure "$a $p of $n, whole" "$(runs_for "$n")" env AMUR_WHOLE=1 "$AMUR" --db "$DB" "$a" "${arg[@]}"
        echo "$n $a $one $ref $MED $MEM" >>"$R/one"
    done
done
LAST=$(tail -1 "$R/sizes")

# log-log least squares over the sizes: the growth exponent
fit() { awk '{x = log($1); y = log($2 > 0.005 ? $2 : 0.005); n++; sx += x; sy += y; sxx += x * x; sxy += x * y}
    END {d = n * sxx - sx * sx; if (n < 2 || d == 0) print "n/a"; else printf "%.2f", (n * sxy - sx * sy) / d}' "$1"; }

# ---- 4. carry-over recall on a 10^4 sample of the largest database ----
log "carry-over recall: 10000 of $LAST projects"
make -s build/bench/carry_recall >/dev/null || exit 3
RECALL_LINE=$(build/bench/carry_recall "$W/db-$LAST.db" 10000)
log "$RECALL_LINE"
RECALL=$(sed -n 's/.*recall=\([0-9.]*\).*/\1/p' <<<"$RECALL_LINE")
EXACT=$(sed -n 's/.*exact=\([0-9]*\).*/\1/p' <<<"$RECALL_LINE")
CARRY_S=$(sed -n 's/.*carry_seconds=\([0-9.]*\).*/\1/p' <<<"$RECALL_LINE")

# ---- 5. amur serve against nginx, with wrk ----
SERVE_MD=$R/serve.md
if ! "$AMUR" help serve >/dev/null 2>&1; then
    echo "amur serve does not exist yet in this build: not measured." >"$SERVE_MD"
elif ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    echo "wrk or nginx is missing (bench/deps.sh installs them): not measured." >"$SERVE_MD"
else
    SN=${BENCH_SERVE_N:-$(head -1 "$R/sizes")}
    SDB=$W/db-$SN.db
    APORT=18931 NPORT=18932
    log "serve: $SN projects"
    "$AMUR" --db "$SDB" serve --bind 127.0.0.1 --port $APORT >"$W/serve.log" 2>&1 &
    SPID=$!
    for _ in $(seq 1 600); do
        curl -sf "http://127.0.0.1:$APORT/api/summary" >/dev/null && break
        sleep 0.5
    done
    mkdir -p "$W/static/api/project" "$W/static/api"
    PID_ID=syn-p-$((SN / 2))
    Q=$(sed -n "$((SN / 2 + 2))p" "$W/bundle-$SN/projects.csv" | cut -d, -f3 | tr -d '"' | cut -d' ' -f1)
    curl -sf "http://127.0.0.1:$APORT/api/project/$PID_ID" -o "$W/static/api/project/$PID_ID"
    curl -sf "http://127.0.0.1:$APORT/api/search?q=$Q" -o "$W/static/api/search.json"
    cat >"$W/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $W/nginx.pid;
error_log $W/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    server { listen 127.0.0.1:$NPORT; root $W/static; }
}
EOF
    nginx -p "$W" -c "$W/nginx.conf" 2>>"$W/nginx-error.log" &
    NPID=$!
    sleep 1
    # wrk_run URL: sets RPS and P99 (ms)
    wrk_run() {
        local out
        out=$(wrk -t2 -c64 -d10s --latency "$1" 2>&1)
        RPS=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")
        BAD=$(awk '/Non-2xx or 3xx responses:/ {print $NF} /Socket errors:/ {print "socket errors"}' <<<"$out")
        P99=$(awk '$1 == "99%" {v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
            printf "%.2f", (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : v}' <<<"$out")
        log "wrk $1: $RPS req/s, p99 $P99 ms"
    }
    : >"$SERVE_MD"
    for what in "project:api/project/$PID_ID" "search:api/search?q=$Q"; do
        name=${what%%:*} path=${what#*:}
        wrk_run "http://127.0.0.1:$APORT/$path"
        A_RPS=$RPS A_P99=$P99
        npath=$path
        [ "$name" = search ] && npath=api/search.json
        wrk_run "http://127.0.0.1:$NPORT/$npath"
        N_RPS=$RPS N_P99=$P99
        r=$(ratio "$A_RPS" "$N_RPS")
        rps_ok=$(awk -v r="$r" 'BEGIN {print (r != "n/a" && r >= 0.5) ? "met" : "**not met**"}')
        [ -n "$BAD" ] && log "wrk $path: non-2xx or errors: $BAD"
        echo "| \`/$path\` ($(stat -c %s "$W/static/$npath") bytes) | $A_RPS req/s, p99 $A_P99 ms | $N_RPS req/s, p99 $N_P99 ms | **$r×** | ≥ 0.5×; p99 ≤ 10 ms | rate $rps_ok; p99 $(verdict "$A_P99" 10) |" >>"$SERVE_MD"
    done
    kill "$SPID" "$NPID" 2>/dev/null
    wait "$SPID" "$NPID" 2>/dev/null
fi

# ---- 6. amur serve from its start (bench/serve_start.sh, issue 19) ----
START_MD=$R/serve_start.md
: >"$START_MD"
if ! "$AMUR" help serve >/dev/null 2>&1; then
    echo "amur serve does not exist yet in this build: not measured." >"$START_MD"
else
    SSN=${BENCH_START_N:-$(grep -qx 1000000 "$R/sizes" && echo 1000000 || tail -1 "$R/sizes")}
    SID=syn-p-$((SSN / 20))
    log "serve from its start: $SSN projects"
    PREP=""
    # the reference: one project's claims read by a cold process (O(project))
    measure "claims --subject $SID" "$RUNS" "$AMUR" --db "$W/db-$SSN.db" claims --subject "$SID"
    REF_T=$MED
    bench/serve_start.sh "$W/db-$SSN.db" "$SSN" "$RUNS" "$AMUR" ${BENCH_BASE:+"$BENCH_BASE"} >"$R/start.out"
    read -r _ S_FIRST S_RSS S_READY S_PEAK S_RPS < <(head -1 "$R/start.out")
    log "serve from its start: first answer ${S_FIRST}s, ${S_RSS} MiB after random pages, $S_READY MiB with the whole findings"
    echo "| this build | $S_FIRST s | **$(ratio "$S_FIRST" "$REF_T")×** ($REF_T s) | $S_RSS MiB, $S_RPS pages/s | $S_READY MiB (peak $S_PEAK) | ≤ 5 s; < 1024 MiB | first answer $(verdict "$S_FIRST" 5); memory $(verdict "$S_READY" 1024) |" >>"$START_MD"
    if [ -n "${BENCH_BASE:-}" ]; then
        read -r _ B_FIRST B_RSS B_READY B_PEAK B_RPS < <(sed -n 2p "$R/start.out")
        echo "| \`BENCH_BASE\` | $B_FIRST s | **$(ratio "$B_FIRST" "$REF_T")×** | $B_RSS MiB, $B_RPS pages/s | $B_READY MiB (peak $B_PEAK) | | this build's first answer in **$(ratio "$S_FIRST" "$B_FIRST")×** its time |" >>"$START_MD"
    fi
fi

# ---- 7. POST /api/claims from 32 connections (bench/writes.sh, issue 19) ----
# On a copy of the 10^5-project database (BENCH_WRITE_N), as an SQLite file
# and, when AMUR_BENCH_PG_URI names a PostgreSQL database the bench may make
# a schema in, the same data copied there (amur migrate); the schema is
# dropped afterwards.
WRITES_MD=$R/writes.md
: >"$WRITES_MD"
if ! "$AMUR" help serve >/dev/null 2>&1 || ! command -v wrk >/dev/null; then
    echo "amur serve or wrk is missing: not measured." >"$WRITES_MD"
else
    WN=${BENCH_WRITE_N:-100000}
    [ -f "$W/db-$WN.db" ] || { "$AMUR" -q synth --projects "$WN" "$W/bundle-$WN" && "$AMUR" -q --db "$W/db-$WN.db" load "$W/bundle-$WN"; } || exit 3
    rm -f "$W/writes.db"*
    cp "$W/db-$WN.db" "$W/writes.db" || exit 3
    log "writes: SQLite, $WN projects"
    read -r WS_RPS WS_OK WS_NON WS_ERR WS_ACK WS_STORED WS_MISS < <(BENCH_DIR=$W bench/writes.sh "$AMUR" "$W/writes.db" "$WN" sq)
    log "writes: SQLite $WS_RPS/s, $WS_ACK acknowledged, $WS_MISS of them missing"
    WRITES_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "| SQLite | **$WS_RPS/s** | $WS_OK 2xx, $WS_NON other, $WS_ERR socket errors | $WS_ACK acknowledged, $WS_MISS missing | ≥ 316/s | $(awk -v r="$WS_RPS" 'BEGIN {print (r + 0 >= 316) ? "met" : "**not met**"}'); every 2xx stored: $([ "$WS_MISS" = 0 ] && echo met || echo "**not met**") |" >>"$WRITES_MD"
    if [ -n "${AMUR_BENCH_PG_URI:-}" ] && command -v psql >/dev/null; then
        schema=amur_bench_writes_$$
        sep='?'
        [[ $AMUR_BENCH_PG_URI == *\?* ]] && sep='&'
        PGW=${AMUR_BENCH_PG_URI}${sep}options=-csearch_path%3D$schema
        if psql -X -q -d "$AMUR_BENCH_PG_URI" -c "CREATE SCHEMA $schema" &&
            "$AMUR" -q --db "$W/db-$WN.db" migrate --to "$PGW" >/dev/null; then
            log "writes: PostgreSQL, $WN projects"
            read -r WP_RPS WP_OK WP_NON WP_ERR WP_ACK WP_STORED WP_MISS < <(BENCH_DIR=$W bench/writes.sh "$AMUR" "$PGW" "$WN" pg)
            log "writes: PostgreSQL $WP_RPS/s, $WP_ACK acknowledged, $WP_MISS of them missing"
            r=$(ratio "$WP_RPS" "$WS_RPS")
            echo "| PostgreSQL | **$WP_RPS/s** ($r× SQLite) | $WP_OK 2xx, $WP_NON other, $WP_ERR socket errors | $WP_ACK acknowledged, $WP_MISS missing | ≥ SQLite; ≥ 316/s | $(awk -v r="$r" 'BEGIN {print (r + 0 >= 1) ? "met" : "**not met**"}'); $(awk -v r="$WP_RPS" 'BEGIN {print (r + 0 >= 316) ? "met" : "**not met**"}'); every 2xx stored: $([ "$WP_MISS" = 0 ] && echo met || echo "**not met**") |" >>"$WRITES_MD"
        else
            echo "| PostgreSQL | not measured: the copy into AMUR_BENCH_PG_URI failed | | | | |" >>"$WRITES_MD"
        fi
        psql -X -q -d "$AMUR_BENCH_PG_URI" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
    else
        echo "| PostgreSQL | not measured: set AMUR_BENCH_PG_URI to a PostgreSQL database | | | | |" >>"$WRITES_MD"
    fi
fi

# ---- the report ----
{
    echo "# Performance"
    echo
    echo "Written by \`make bench\` (bench/run.sh) from one run, $START. Every figure is the median"
    echo "of several runs (wall time; peak resident memory: \`/usr/bin/time\`'s maximum resident"
    echo "set size, the largest of the runs), beside a reference measured in the same run"
    echo "on the same input, and its goal. Synthetic data from \`amur synth\` (seed 1, 10 claims per"
    echo "project). Edit bench/run.sh, not this file; the closing notes are kept in"
    echo "bench/notes.md."
    echo
    echo "## Machine"
    echo
    echo "- $(nproc) processors: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "- memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "- $(uname -sr); $(sqlite3 --version | cut -d' ' -f1) (sqlite3), $(xmllint --version 2>&1 | head -1)"
    echo "- load average when the run began: $LOAD_AT_START (the machine is shared; figures are noisy)"
    echo "- runs per figure: $RUNS (at 10^6 projects and above: $BIG_RUNS)"
    echo
    echo "## Bundle load against \`sqlite3 .import\`"
    echo
    echo "\`amur load\` (reads, checks every row and reference, stores in one transaction) against"
    echo "sqlite3's own \`.import\` of the same nine CSV files into the same tables (the schema of an"
    echo "amur database, \`sqlite3 amur.db .schema\`), each into a fresh database."
    echo
    echo "| input | amur load | sqlite3 .import | ratio | goal | |"
    echo "|---|---|---|---|---|---|"
    cat "$R/load.md"
    echo
    echo "## IATI import against \`xmllint --stream --noout\`"
    echo
    echo "\`amur import-iati\` into a fresh database against libxml2's streaming parser alone on the"
    echo "same file (\`amur synth --iati\`, about $PER bytes an activity). Sizes: $IATI_MB MB"
    echo "(\`BENCH_IATI_MB\`)."
    echo
    echo "| file | amur import-iati | xmllint --stream | ratio | goal | |"
    echo "|---|---|---|---|---|---|"
    cat "$R/iati.md"
    echo
    echo "## Analyses by size"
    echo
    echo "Each analysis command on a database of N projects (10 claims each), output to /dev/null:"
    echo "median seconds and peak MiB. The exponent is the slope of log(time) against log(N), least"
    echo "squares over the sizes run ($(tr '\n' ' ' <"$R/sizes" | sed 's/ $//'); \`BENCH_SIZES\`)."
    echo
    printf '| analysis |'
    for n in $(cat "$R/sizes"); do printf ' %s |' "$n"; done
    echo " exponent | goal ≤ 1.1 |"
    printf '|---|'
    for _ in $(cat "$R/sizes"); do printf -- '---|'; done
    echo "---|---|"
    printf '| (load, once) |'
    for n in $(cat "$R/sizes"); do
        read -r _ t m <"$R/dbload-$n"
        printf ' %s s, %s MiB |' "$t" "$m"
    done
    cat "$R"/dbload-* | sort -n | awk '{print $1, $2}' >"$R/fit-load"
    e=$(fit "$R/fit-load")
    echo " $e | $(verdict "$e" 1.1) |"
    for a in $ANALYSES; do
        printf '| %s |' "$a"
        while read -r _ t m; do printf ' %s s, %s MiB |' "$t" "$m"; done <"$R/an-$a"
        e=$(fit "$R/an-$a")
        echo " $e | $(verdict "$e" 1.1) |"
    done
    echo
    REP_T=$(awk -v n="$LAST" '$1 == n {print $2}' "$R/an-report")
    CO_T=$(awk -v n="$LAST" '$1 == n {print $2}' "$R/an-carryover")
    echo "One project's answer (\`amur status syn-p-N/2\`, \`amur slippage ...\`, \`amur"
    echo "contradictions --subject ...\`) from its own records, read through the store's indexes,"
    echo "against the goal's reference, the same project's claims read by a cold process"
    echo "(\`amur claims --subject\`; both timed over $ONE_K runs in a row, per run), and against the"
    echo "same command loading the whole database (\`AMUR_WHOLE=1\`); the answers are the same"
    echo "(tests/cli/evidence_about.t). Goal (issue 19): at most 3× \`claims --subject\`."
    echo
    echo "| projects | command | its records | claims --subject | ratio | goal ≤ 3× | whole database |"
    echo "|---|---|---|---|---|---|---|"
    while read -r n a t m ref wt wm; do
        r=$(ratio "$t" "$ref")
        echo "| $n | $a | $t s, $m MiB | $ref s | **$r×** | $(verdict "$r" 3) | $wt s, $wm MiB |"
    done <"$R/one"
    echo
    echo "## Against DuckDB over the same CSV bundle"
    echo
    echo "The SQL an analyst would write in DuckDB (@duckdb/node-api, pinned in"
    echo "bench/duckdb/package.json) over the bundle's CSV files, reading them included:"
    echo "promise histories (first and latest promise and postponements per subject and"
    echo "property) and the share of delivered projects (bench/duckdb/promises.mjs). It is the"
    echo "analyst's version: no clocks, parts, listings or tiers, so Amur does more work for its"
    echo "answer. Beside it, \`amur slippage\` and \`amur status\` on their database."
    echo
    if [ -s "$R/duck" ]; then
        echo "| projects | DuckDB (both queries) | amur slippage | ratio | amur status | ratio | goal | |"
        echo "|---|---|---|---|---|---|---|---|"
        while read -r n t m counts; do
            st=$(awk -v n="$n" '$1 == n {print $2}' "$R/an-slippage")
            sm=$(awk -v n="$n" '$1 == n {print $3}' "$R/an-slippage")
            tt=$(awk -v n="$n" '$1 == n {print $2}' "$R/an-status")
            tm=$(awk -v n="$n" '$1 == n {print $3}' "$R/an-status")
            r=$(ratio "$st" "$t")
            echo "| $n | $t s, $m MiB | $st s, $sm MiB | **$r×** | $tt s, $tm MiB | $(ratio "$tt" "$t")× | slippage ≤ 1× | $(verdict "$r" 1) |"
        done <"$R/duck"
        echo
        echo "DuckDB's counts, to show it read the data: $(awk '{printf "%s%s projects: %s %s %s %s %s", (NR > 1 ? "; " : ""), $1, $4, $5, $6, $7, $8}' "$R/duck")."
        echo "(\`amur slippage\` has a history per planned property and per listing's planned end,"
        echo "so its count is larger.)"
    else
        echo "Not measured: bench/duckdb/node_modules is missing (\`make bench-deps\` installs it with npm)."
    fi
    echo
    echo "- Full report at $LAST projects: $REP_T s on $(nproc) processors; goal at 10^6 projects: < 30 s."
    if [ "$LAST" -lt 1000000 ]; then
        echo "  10^6 projects were not run in this run (\`BENCH_SIZES\`); see the notes."
    else
        echo "  $(verdict "$REP_T" 30)."
    fi
    echo "- Carry-over at $LAST projects: $CO_T s (the command), $CARRY_S s (detection alone, in"
    echo "  carry_recall); goal at 10^6 projects: < 60 s.$([ "$LAST" -ge 1000000 ] && echo " $(verdict "$CO_T" 60).")"
    echo "- Carry-over recall on a sample of 10,000 of the $LAST projects, against the exact"
    echo "  comparison of each sampled project with every project whose place agrees"
    echo "  (bench/carry_recall.c): **$RECALL** ($EXACT exact pairs); goal ≥ 0.95: $(awk -v r="$RECALL" 'BEGIN {print (r + 0 >= 0.95) ? "met" : "**not met**"}')."
    echo
    echo "## \`amur serve\` against nginx"
    echo
    echo "\`wrk -t2 -c64 -d10s --latency\` on 127.0.0.1, against \`amur serve\` on the database of"
    echo "${BENCH_SERVE_N:-$(head -1 "$R/sizes")} projects and against nginx (2 workers) serving the"
    echo "same response bytes as a static file. wrk, the server and nginx share the machine."
    echo
    if grep -q '^|' "$SERVE_MD"; then
        echo "| request | amur serve | nginx | ratio (req/s) | goal | |"
        echo "|---|---|---|---|---|---|"
    fi
    cat "$SERVE_MD"
    echo
    echo "## \`amur serve\` from its start"
    echo
    echo "bench/serve_start.sh on the database of ${SSN:-?} projects: seconds from starting"
    echo "\`amur serve\` to its first 200 answer of \`/api/project/${SID:-?}\` (asked every 10 ms), against"
    echo "reading that project's claims in a cold process (\`amur claims --subject\`); and its"
    echo "resident memory after 10 s of \`wrk -t2 -c16\` over random project pages (and the pages"
    echo "answered a second), then once the findings over the whole database are computed too (its"
    echo "peak until then in brackets). Goals at 10^6 projects (issue 19): first answer within 5 s,"
    echo "memory under 1 GiB."
    echo
    if grep -q '^|' "$START_MD"; then
        echo "| build | first answer | against claims --subject | after random pages | with the whole findings | goal | |"
        echo "|---|---|---|---|---|---|---|"
    fi
    cat "$START_MD"
    echo
    echo "## \`POST /api/claims\` from 32 connections"
    echo
    echo "bench/writes.sh: \`wrk -t2 -c32 -d10s\`, each request one new small claim about a random"
    echo "project, against \`amur serve\` on a copy of the database of ${WN:-?} projects, as an SQLite"
    echo "file and the same data in PostgreSQL (\`AMUR_BENCH_PG_URI\`); then every id answered 2xx is"
    echo "looked for in the database. Goals (issue 19): PostgreSQL at least as fast as SQLite, both at"
    echo "least 316/s (SQLite's figure before the writer committed in groups), every 2xx stored."
    echo "Load average during the run: ${WRITES_LOAD:-?}."
    echo
    if grep -q '^|' "$WRITES_MD"; then
        echo "| database | requests/s | answers | claims | goal | |"
        echo "|---|---|---|---|---|---|"
    fi
    cat "$WRITES_MD"
    echo
    [ -f bench/notes.md ] && cat bench/notes.md
} >"$OUT"
log "wrote $OUT"
