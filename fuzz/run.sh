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
#   http    a raw HTTP request for every path of the route table, and POSTs of
#           claims with and without the fuzz database's token (fuzz_db.h)
#   json    the claim bodies of tests/api/write.t and a few more
# http and json run against $B/fuzz.db (tests/bundles/small loaded by ./amur,
# which they need built), each on its own copy.
# and, for each target, the inputs that once made it fail (tests/bad/fuzz/).
# What a target finds is kept in build-fuzz/corpus/TARGET (so later runs
# start from it), a crashing input in build-fuzz/crashes/, and the log in
# build-fuzz/logs/TARGET.log. Exits 1 when any target crashed.
# A crash reproduces with: build-fuzz/fuzz_TARGET build-fuzz/crashes/FILE
cd "$(dirname "$0")/.." || exit 2
secs=${1:-60}
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv pdate bundle schema iati route http json)
B=build-fuzz

api_paths() { # every path of the route table, {id} filled in
    local paths=(/api/projects '/api/projects?stage=completed&limit=5' /api/project/bridge
        '/api/search?q=%D0%BC' /api/openapi.json / /index.html)
    if [ -x ./amur ]; then
        mapfile -t -O ${#paths[@]} paths < <(./amur serve --openapi 2>/dev/null |
            jq -r '.paths | keys[]' 2>/dev/null | sed 's/{id}/bridge/')
    fi
    printf '%s\n' "${paths[@]}"
}

claim_bodies() { # one JSON body a line
    cat <<'JSON'
{"id":"f1","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study","quote":"the bridge is finished"}
[{"id":"f2","subject":"bridge","property":"planned_opening","value":"2023","date":"2021-06","source":"study"},{"id":"f3","subject":"bridge","property":"cost","value":"100","unit":"RUB","date":"2021-06","source":"study"}]
{"id":"c1","subject":"bridge","property":"planned_opening","value":"2020","date":"2019-11","source":"study","quote":"planned first for 2020"}
[{"id":"x3","subject":"nowhere","property":"stage","value":"finished","date":"2021/05","source":"nosuch","colour":"red"},{"id":"x4","subject":"bridge","property":"cost","value":7.5,"date":"2021","source":"study"},"x5"]
[{"id":"x6","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study","scope":"side=ru"},{"id":"x6","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}]
{"id":"x7","subject":"bridge","property":"stage","value":"operational","date":"2021-05","source":"study","refers_to":"2021-04","locator":"p. 1","note":null}
{"id":"x8","id":"x9"}
[]
"w1"
JSON
}

seeds() { # TARGET: fills $B/seeds/TARGET
    local t=$1 dir=$B/seeds/$1 n=0
    # one seed for each line of stdin: the line put into FORMAT's %s (after
    # its length in bytes, when FORMAT has a %d before it)
    each_line() {
        local fmt=$1 line LC_ALL=C
        while IFS= read -r line; do
            n=$((n + 1))
            case $fmt in
            *%d*) printf "$fmt" "${#line}" "$line" ;;
            *) printf "$fmt" "$line" ;;
            esac >"$dir/$n"
        done
    }
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
        each_line '%s' < <(cat "${lists[@]}") ;;
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
        each_line 'GET\n%s' < <(api_paths)
        printf 'HEAD\n/api/summary' >"$dir/head"
        printf 'POST\n/api/claims?x=1&y' >"$dir/post" ;;
    http)
        each_line 'GET %s HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n' < <(api_paths)
        printf 'HEAD /api/summary HTTP/1.1\r\nHost: x\r\nIf-None-Match: "x"\r\n\r\nGET / HTTP/1.0\r\n\r\n' >"$dir/pipelined"
        each_line 'POST /api/claims HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer fuzz-editor-token\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' < <(claim_bodies)
        printf 'POST /api/claims HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nAuthorization: Bearer fuzz-editor-token\r\n\r\n5\r\n[{"id\r\n0\r\n\r\n' >"$dir/chunked"
        printf 'POST /api/claims HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n[]' >"$dir/no-token" ;;
    json)
        each_line '%s' < <(claim_bodies) ;;
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
    http) echo "-dict=fuzz/http.dict -max_len=8192" ;;
    json) echo "-dict=fuzz/json.dict -max_len=8192" ;;
    esac
}

status=0
mkdir -p $B/crashes $B/logs
for t in "${targets[@]}"; do
    case $t in http | json)
        [ -x ./amur ] || { echo "fuzz: fuzz_$t needs ./amur (make amur) to make its database" >&2; exit 2; }
        rm -f $B/fuzz.db $B/fuzz.db-wal $B/fuzz.db-shm
        ./amur --db $B/fuzz.db -q load tests/bundles/small &&
            sqlite3 $B/fuzz.db 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null || exit 2
        export AMUR_FUZZ_DB=$B/fuzz.db
        break ;;
    esac
done
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
