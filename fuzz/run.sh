#!/bin/bash
# fuzz/run.sh SECONDS [TARGET...] — runs the libFuzzer targets (built by
# `make fuzz` into build-fuzz/) for SECONDS each, one after the other, and
# prints one line per target: executions, coverage (cov, ft), crashes.
#
# Seed corpora are made fresh from the tests each run (build-fuzz/seeds/):
#   csv     every CSV file of tests/bundles/, data/ and tests/bad/
#   bundle  each bundle of tests/bundles/, data/ and tests/bad/ as one input, its
#           files joined by the byte 0x1E (see fuzz_bundle.c)
#   pdate   the lines of fuzz/dates.txt
#   schema  the lines of fuzz/cells.txt and fuzz/dates.txt
#   iati    every XML file of tests/iati/ (64 KiB at most), and three that
#           point at fuzz_iati's canary files (an external entity, an
#           external DTD, an XInclude)
#   route   METHOD, newline, path?query for every path of the route table
#           (./amur serve --openapi, when ./amur is built) and a few more
# and, for each target, the inputs that once made it fail (tests/bad/fuzz/).
# What a target finds is kept in build-fuzz/corpus/TARGET (so later runs
# start from it), a crashing input in build-fuzz/crashes/, and the log in
# build-fuzz/logs/TARGET.log. Exits 1 when any target crashed.
# A crash reproduces with: build-fuzz/fuzz_TARGET build-fuzz/crashes/FILE
cd "$(dirname "$0")/.." || exit 2
secs=${1:-60}
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv pdate bundle schema iati route)
B=build-fuzz

seeds() { # TARGET: fills $B/seeds/TARGET
    local t=$1 dir=$B/seeds/$1 n=0
    rm -rf "$dir"
    mkdir -p "$dir"
    case $t in
    csv)
        for f in tests/bundles/*/*.csv data/*.csv tests/bad/*/*.csv; do
            [ -f "$f" ] && [ ! -L "$f" ] && [ "$(stat -c %s "$f")" -le 65536 ] &&
                cp "$f" "$dir/$(echo "$f" | tr / _)"
        done ;;
    bundle)
        for b in tests/bundles/*/ data/ tests/bad/*/; do
            for c in sources places actors instruments projects listings stakes claims indicators; do
                [ -f "$b/$c.csv" ] && [ ! -L "$b/$c.csv" ] && cat "$b/$c.csv"
                printf '\036'
            done >"$dir/$(basename "$b")"
        done ;;
    pdate | schema)
        local lists=(fuzz/dates.txt)
        [ "$t" = schema ] && lists+=(fuzz/cells.txt)
        while IFS= read -r line; do
            n=$((n + 1))
            printf '%s' "$line" >"$dir/$n"
        done < <(cat "${lists[@]}") ;;
    iati)
        for f in tests/iati/*.xml; do
            [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 65536 ] && cp "$f" "$dir/$(basename "$f")"
        done
        local act='<iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier><title><narrative>'
        local end='</narrative></title></iati-activity></iati-activities>'
        printf '<?xml version="1.0"?>\n<!DOCTYPE iati-activities [ <!ENTITY c SYSTEM "canary.xml"> ]>\n%s&c;%s\n' "$act" "$end" >"$dir/canary-entity"
        printf '<?xml version="1.0"?>\n<!DOCTYPE iati-activities SYSTEM "canary.dtd">\n%s&canary;%s\n' "$act" "$end" >"$dir/canary-dtd"
        printf '<?xml version="1.0"?>\n%s<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="canary.xml" parse="text"/>%s\n' "$act" "$end" >"$dir/canary-xinclude" ;;
    route)
        local paths=(/api/projects '/api/projects?stage=completed&limit=5' /api/project/prj-x
            '/api/search?q=%D0%BC' /api/scorecard/ins-1 /api/openapi.json / /index.html)
        if [ -x ./amur ]; then
            mapfile -t -O ${#paths[@]} paths < <(./amur serve --openapi 2>/dev/null |
                jq -r '.paths | keys[]' 2>/dev/null | sed 's/{id}/some-id/')
        fi
        for p in "${paths[@]}"; do
            n=$((n + 1))
            printf 'GET\n%s' "$p" >"$dir/$n"
        done
        printf 'HEAD\n/api/summary' >"$dir/head"
        printf 'POST\n/api/claims?x=1&y' >"$dir/post" ;;
    esac
    # and every input that once made the target fail (tests/bad/fuzz/TARGET)
    for f in tests/bad/fuzz/"$t"/*; do
        [ -f "$f" ] && cp "$f" "$dir/regression-$(basename "$f")"
    done
}

opts() { # TARGET: its libFuzzer options
    case $1 in
    csv) echo "-dict=fuzz/csv.dict -max_len=65536" ;;
    bundle) echo "-dict=fuzz/csv.dict -max_len=65536" ;;
    pdate) echo "-dict=fuzz/pdate.dict -max_len=64" ;;
    schema) echo "-dict=fuzz/schema.dict -max_len=4096" ;;
    iati) echo "-dict=fuzz/iati.dict -max_len=65536" ;;
    route) echo "-max_len=4096" ;;
    esac
}

status=0
mkdir -p $B/crashes $B/logs
for t in "${targets[@]}"; do
    bin=$B/fuzz_$t
    [ -x "$bin" ] || { echo "fuzz: $bin not built (make fuzz builds it)" >&2; exit 2; }
    seeds "$t"
    mkdir -p "$B/corpus/$t"
    # shellcheck disable=SC2046
    "$bin" "$B/corpus/$t" "$B/seeds/$t" $(opts "$t") -max_total_time="$secs" \
        -print_final_stats=1 -artifact_prefix="$B/crashes/$t-" \
        >"$B/logs/$t.log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$B/logs/$t.log" | tail -1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$B/logs/$t.log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(find "$B/corpus/$t" -type f | wc -l)
    if [ $rc -eq 0 ]; then
        echo "fuzz_$t: ${secs}s, ${execs:-?} executions, cov ${cov:-?}, ft ${ft:-?}, corpus $corp, no crash"
    else
        status=1
        echo "fuzz_$t: CRASH after ${execs:-?} executions (exit $rc); see $B/logs/$t.log"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' \
            "$B/logs/$t.log" | head -8
    fi
done
exit $status
