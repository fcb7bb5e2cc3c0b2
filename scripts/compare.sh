#!/bin/bash
# Compares what two builds of amur answer, byte for byte: every analysis's
# text and --json output, the report in its four formats, help, and the
# API's answers, on one database. Used to show that a change of structure
# changes no answer (issue "one declaration"): run it with the old and the
# new binary and read the differences it lists.
#
#   [PROJECT=ID] scripts/compare.sh OLD_AMUR NEW_AMUR DB [OUT_DIR]
#
# Exit status 0 when every answer is the same, 1 otherwise.
set -u
old=$1 new=$2 db=$3 out=${4:-$(mktemp -d)}
mkdir -p "$out/old" "$out/new"
asof=--as-of=2025-12-31
project=${PROJECT:-prj-blag-heihe-bridge}
while IFS= read -r cmd; do
    [ -z "$cmd" ] && continue
    f=$(printf '%s' "$cmd" | tr -c 'A-Za-z0-9_.=-' '_')
    for side in old new; do
        eval "bin=\$$side"
        # shellcheck disable=SC2086
        COLUMNS=200 "$bin" --db "$db" $cmd >"$out/$side/$f" 2>&1
        echo "exit $?" >>"$out/$side/$f"
    done
done <<LIST
status $asof
status $project $asof
slippage $asof
slippage $project $asof
slippage --overdue $asof
contradictions $asof
contradictions --window 30 $asof
scorecard $asof
carryover $asof
regions $asof
risks $asof
risks --ever $asof
inflation $asof
report $asof
report --format md $asof
report --format html $asof
report --format json $asof
search мост $asof
--json status $asof
--json slippage $asof
--json contradictions $asof
--json scorecard $asof
--json carryover $asof
--json regions $asof
--json risks $asof
--json inflation $asof
--json search мост $asof
flows $asof
--json flows $asof
LIST
# The API: each build serves the database on a loopback port of its own,
# and the same requests go to both.
free_port() {
    local p=$((20000 + RANDOM % 20000))
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}
pids=()
for side in old new; do
    eval "bin=\$$side"
    port=$(free_port)
    "$bin" --db "$db" serve --bind 127.0.0.1 --port "$port" >"$out/$side.serve" 2>&1 &
    pids+=($!)
    eval "port_$side=$port"
    # until the findings over the whole database are computed (a newer
    # build listens first and answers 503 meanwhile)
    for _ in $(seq 6000); do
        curl -sf -o /dev/null "http://127.0.0.1:$port/api/summary" && break
        sleep 0.1
    done
done
a=as_of=2025-12-31
while IFS= read -r path; do
    [ -z "$path" ] && continue
    f=api_$(printf '%s' "$path" | tr -c 'A-Za-z0-9_.=-' '_')
    for side in old new; do
        eval "port=\$port_$side"
        curl -s -w '\nstatus %{http_code}\n' "http://127.0.0.1:$port$path" >"$out/$side/$f"
    done
done <<LIST
/api/summary
/api/status?$a
/api/project/$project?$a
/api/project/$project
/api/status?project=$project
/api/status?project=$project&$a
/api/slippage?project=$project&$a
/api/contradictions?subject=$project&$a
/api/flows?project=$project&$a
/api/slippage?$a&limit=1000
/api/slippage?overdue=1&$a
/api/contradictions?$a&limit=1000
/api/scorecards?$a
/api/carryover?$a&limit=1000
/api/regions?$a
/api/risks?ever=1&$a
/api/inflation?$a
/api/flows?$a
/api/report?$a
/api/search?q=bridge&$a
/api/projects?limit=1000
/api/claims?limit=1000
/api/sources?limit=1000
/api/slippage?project=nope
/api/openapi.json
LIST
kill "${pids[@]}" 2>/dev/null
wait 2>/dev/null
if diff -r "$out/old" "$out/new" >"$out/diff"; then
    echo "compare: every answer is the same ($out)"
    exit 0
fi
echo "compare: answers differ; see $out/diff"
exit 1
