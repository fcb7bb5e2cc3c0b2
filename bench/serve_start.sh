#!/bin/bash
# bench/serve_start.sh — `amur serve` from its start (issue 19): how long
# until it first answers one project's page, and the memory it holds after
# a run of random project pages; for one build or two, interleaved run by
# run so that a busy machine slows both alike. Run by bench/run.sh (make
# bench), or by hand to compare two builds:
#
#   bench/serve_start.sh DB N RUNS AMUR [AMUR...]
#
# DB is a database of `amur synth --projects N` (ids syn-p-0 ... syn-p-N-1);
# the first page asked for is syn-p-(N/20) (syn-p-5000 at 10^5). For each
# build, one line: "AMUR first_s rss_mib peak_mib", the medians over RUNS of
#   first_s   seconds from starting the process to the first 200 answer of
#             /api/project/syn-p-(N/20) (asked every 10 ms from the start)
#   rss_mib   resident memory (VmRSS) after 10 s of wrk over random project
#             pages (-t2 -c16), a curl loop of 2,000 when wrk is missing
#   peak_mib  the most resident memory of the process until then (VmHWM)
# Every request goes to 127.0.0.1.
set -u
db=$1 n=$2 runs=$3
shift 3
W=${BENCH_DIR:-/tmp/amur-bench}/serve-start
mkdir -p "$W" || exit 3
first_id=syn-p-$((n / 20))
cat >"$W/random.lua" <<EOF
math.randomseed(1)
request = function()
    return wrk.format(nil, "/api/project/syn-p-" .. math.random(0, $((n - 1))))
end
EOF
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
now() { date +%s.%N; }

# one_run AMUR K: appends "first rss ready peak rps" to $W/K.runs
one_run() {
    local amur=$1 k=$2 t0 port="" pid i first rss ready peak rps=n/a
    t0=$(now)
    "$amur" --db "$db" serve --bind 127.0.0.1 --port 0 >"$W/serve.out" 2>"$W/serve.err" &
    pid=$!
    # the port is printed once the server listens (an old build first loads everything)
    while [ -z "$port" ] && kill -0 "$pid" 2>/dev/null; do
        port=$(sed -n 's|^amur: serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*|\1|p' "$W/serve.out")
        [ -n "$port" ] || sleep 0.01
    done
    for i in $(seq 100000); do
        [ "$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/project/$first_id")" = 200 ] && break
        sleep 0.01
    done
    first=$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.3f", b - a}')
    if command -v wrk >/dev/null; then
        wrk -t2 -c16 -d10s -s "$W/random.lua" "http://127.0.0.1:$port/" >"$W/wrk.out" 2>&1
        rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$W/wrk.out")
    else
        for i in $(seq 2000); do
            curl -s --noproxy '*' -o /dev/null "http://127.0.0.1:$port/api/project/syn-p-$(((RANDOM * 32768 + RANDOM) % n))"
        done
    fi
    rss=$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
    for i in $(seq 60000); do
        [ "$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/summary")" = 200 ] && break
        sleep 0.01
    done
    ready=$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
    peak=$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    echo "$first $rss $ready $peak $rps" >>"$W/$k.runs"
}

for ((k = 1; k <= $#; k++)); do : >"$W/$k.runs"; done
for ((r = 0; r < runs; r++)); do
    k=0
    for amur in "$@"; do
        k=$((k + 1))
        one_run "$amur" "$k"
    done
done
k=0
for amur in "$@"; do
    k=$((k + 1))
    echo "$amur $(for f in 1 2 3 4 5; do cut -d' ' -f$f "$W/$k.runs" | median; done | tr '\n' ' ')"
done
