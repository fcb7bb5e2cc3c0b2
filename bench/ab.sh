#!/bin/bash
# bench/ab.sh — two builds of amur timed against each other in one run, on
# one database: each analysis (and the report) run RUNS times by each
# binary in turn, the median wall time of each and their ratio. For a
# change that should not change speed (issue "one declaration").
#
#   bench/ab.sh OLD_AMUR NEW_AMUR DB [RUNS]
set -u
old=$1 new=$2 db=$3 runs=${4:-3}
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
printf '%-15s %8s %8s %6s\n' analysis old_s new_s ratio
for a in status contradictions slippage scorecard carryover regions risks inflation report; do
    to=() tn=()
    for ((i = 0; i < runs; i++)); do
        # interleaved, so that a busy machine slows both alike
        s=$(date +%s%N); "$old" --db "$db" "$a" >/dev/null 2>&1; to+=($((($(date +%s%N) - s) / 1000000)))
        s=$(date +%s%N); "$new" --db "$db" "$a" >/dev/null 2>&1; tn+=($((($(date +%s%N) - s) / 1000000)))
    done
    mo=$(printf '%s\n' "${to[@]}" | median)
    mn=$(printf '%s\n' "${tn[@]}" | median)
    awk -v a="$a" -v o="$mo" -v n="$mn" 'BEGIN { printf "%-15s %8.3f %8.3f %6.2f\n", a, o / 1000, n / 1000, (o ? n / o : 0) }'
done
