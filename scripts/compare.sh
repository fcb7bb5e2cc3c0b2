#!/bin/sh
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
LIST
if diff -r "$out/old" "$out/new" >"$out/diff"; then
    echo "compare: every answer is the same ($out)"
    exit 0
fi
echo "compare: answers differ; see $out/diff"
exit 1
