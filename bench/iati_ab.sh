#!/bin/bash
# bench/iati_ab.sh — the IATI section of bench/run.sh for two builds of
# amur, interleaved: for each size, `xmllint --stream --noout`, the old
# import and the new import into a fresh database, in turn, RUNS times;
# the median wall time, the largest peak resident set, the CPU time and
# the ratios to xmllint. Files are made as bench/run.sh makes them
# (`amur synth --iati`, sized by a probe of 1,000 activities).
#
#   bench/iati_ab.sh OLD_AMUR NEW_AMUR [SIZES_MB] [RUNS]
#   (BENCH_DIR as in bench/run.sh; files are kept there between runs)
set -u
old=$1 new=$2 sizes=${3:-10 100 1000} runs=${4:-3}
W=${BENCH_DIR:-/tmp/amur-bench}
mkdir -p "$W" || exit 3
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
"$new" -q synth --iati --projects 1000 "$W/iati-probe.xml" || exit 3
PER=$(($(stat -c %s "$W/iati-probe.xml") / 1000))
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-7s %-8s %9s %8s %9s %7s\n' size what wall_s cpu_s peak_MiB ratio
for mb in $sizes; do
    n=$((mb * 1000000 / PER))
    f=$W/iati-$mb.xml
    [ -f "$f" ] || "$new" -q synth --iati --projects "$n" "$f" || exit 3
    r=$runs
    [ "$mb" -ge 500 ] && r=1
    declare -A T=() C=() M=()
    for ((i = 0; i < r; i++)); do
        for what in xmllint old new; do
            case $what in
            xmllint) cmd=(xmllint --stream --noout "$f") ;;
            old) cmd=("$old" -q --db "$W/iati-ab.db" import-iati "$f") ;;
            new) cmd=("$new" -q --db "$W/iati-ab.db" import-iati "$f") ;;
            esac
            rm -f "$W/iati-ab.db" "$W/iati-ab.db-"*
            /usr/bin/time -f '%e %U %S %M' -o "$W/ab-time.out" "${cmd[@]}" >/dev/null 2>"$W/ab-err.out" ||
                echo "$what $mb MB failed: $(tail -2 "$W/ab-err.out")" >&2
            read -r t u s m <"$W/ab-time.out"
            T[$what]="${T[$what]:-} $t"
            C[$what]="${C[$what]:-} $(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')"
            ((m > ${M[$what]:-0})) && M[$what]=$m
        done
    done
    x=$(printf '%s\n' ${T[xmllint]} | median)
    for what in xmllint old new; do
        t=$(printf '%s\n' ${T[$what]} | median)
        c=$(printf '%s\n' ${C[$what]} | median)
        awk -v s="$mb MB" -v w="$what" -v t="$t" -v c="$c" -v m="${M[$what]}" -v x="$x" \
            'BEGIN { printf "%-7s %-8s %9.2f %8.2f %9.0f %6.2fx\n", s, w, t, c, m / 1024, t / x }'
    done
    unset T C M
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$W/iati-ab.db" "$W/iati-ab.db-"*
