#!/bin/bash
# Browser tests of the dashboard: Playwright (playwright-core from npm)
# driving Debian's chromium, headless, against real `amur serve` processes on
# 127.0.0.1 (one on the bundled dataset, one on tests/bundles/hostile-text,
# one on 600 synthetic projects).
#
#     tests/browser/run.sh            # uses ./amur; AMUR_BIN=... for another build
#     tests/browser/run.sh lists i18n # only lists.test.mjs and i18n.test.mjs
#
# Installs the npm packages (npm ci) when node_modules is missing. Writes
# screenshots to tests/browser/artifacts/. Always stops the servers it
# started. Ends with "browser tests: N passed, N failed"; exit status 0 when
# all passed, 77 when it cannot run here (no node or chromium), else 1.
cd "$(dirname "$0")" || exit 2
HERE=$(pwd)
ROOT=$(cd ../.. && pwd)
NAMES=("$@")
AMUR=${AMUR_BIN:-$ROOT/amur}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

if ! command -v node >/dev/null || [ ! -x "$CHROMIUM" ]; then
    echo "browser tests: skipped (need node and $CHROMIUM)"
    exit 77
fi
if [ ! -d node_modules/playwright-core ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 ||
        npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || {
        echo "browser tests: npm could not install playwright-core"
        exit 1
    }
fi

TMP=$(mktemp -d /tmp/amur-browser.XXXXXX)
# the servers' process ids, one a line: start() runs in a subshell ($(...)),
# so they are kept in a file rather than in a variable of this shell
stop_servers() {
    local p
    [ -f "$TMP/pids" ] || return 0
    while read -r p; do
        kill -TERM "$p" 2>/dev/null
        # not this shell's child: wait until it is gone (at most 10 s)
        for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    done <"$TMP/pids"
    rm -f "$TMP/pids"
}
cleanup() {
    stop_servers
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start NAME BUNDLE [IATI_FILE...]: loads BUNDLE into a fresh database,
# imports the IATI files, serves it on a free port, and prints the base URL.
start() {
    local name=$1 bundle=$2 port i
    shift 2
    "$AMUR" --db "$TMP/$name.db" load "$bundle" >"$TMP/$name.load" 2>&1 || {
        echo "browser tests: could not load $bundle" >&2
        cat "$TMP/$name.load" >&2
        return 1
    }
    if [ $# -gt 0 ] && ! "$AMUR" -q --db "$TMP/$name.db" import-iati "$@" >>"$TMP/$name.load" 2>&1; then
        echo "browser tests: could not import $*" >&2
        return 1
    fi
    # a guard against a server left behind; the suite takes over 10 minutes on a loaded machine
    timeout -s TERM 1800 "$AMUR" --db "$TMP/$name.db" serve --bind 127.0.0.1 --port 0 \
        >"$TMP/$name.out" 2>"$TMP/$name.err" &
    echo $! >>"$TMP/pids"
    for i in $(seq 100); do
        port=$(sed -n 's|^amur: serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*|\1|p' "$TMP/$name.out")
        [ -n "$port" ] && break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "browser tests: the $name server did not start" >&2
        cat "$TMP/$name.err" >&2
        return 1
    fi
    # the whole-database findings are computed after it listens (503 until then)
    for i in $(seq 200); do
        [ "$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/summary")" = 200 ] && break
        sleep 0.05
    done
    echo "http://127.0.0.1:$port/"
}

AMUR_URL=$(start data "$ROOT/data") || exit 1
AMUR_HOSTILE_URL=$(start hostile "$ROOT/tests/bundles/hostile-text") || exit 1
# more projects than a page shows (500), for the downloads of whole lists
"$AMUR" -q synth --projects 600 "$TMP/synth-bundle" || exit 1
AMUR_SYNTH_URL=$(start synth "$TMP/synth-bundle") || exit 1
# IATI activities with their money (flows), a corrected snapshot among them
AMUR_IATI_URL=$(start iati "$ROOT/tests/bundles/small" "$ROOT/tests/iati/snapshot-a.xml" \
    "$ROOT/tests/iati/snapshot-b.xml" "$ROOT/tests/iati/money.xml") || exit 1
# the review queue (review.test.mjs): the dataset, an editor's token, and the
# candidates of an English article as proposals; its own server, as it writes
AMUR_REVIEW_URL=$(start review "$ROOT/data") || exit 1
AMUR_REVIEW_TOKEN=$("$AMUR" -q --db "$TMP/review.db" token new --role editor --note browser) || exit 1
"$AMUR" --db "$TMP/review.db" --json extract "$ROOT/tests/extract/en_bridge.txt" --date 2022-06-10 \
    --url https://example.org/news/bridge-cargo --publisher "Amur News" --tier local-media |
    "$AMUR" -q --db "$TMP/review.db" proposals add - || exit 1
export AMUR_REVIEW_URL AMUR_REVIEW_TOKEN
export AMUR_URL AMUR_HOSTILE_URL AMUR_SYNTH_URL AMUR_IATI_URL CHROMIUM
export AMUR_ARTIFACTS="$HERE/artifacts"
mkdir -p "$AMUR_ARTIFACTS"

FILES=("$HERE"/*.test.mjs)
[ ${#NAMES[@]} -gt 0 ] && FILES=("${NAMES[@]/#/$HERE/}") && FILES=("${FILES[@]/%/.test.mjs}")
node --test --test-reporter=tap "${FILES[@]}" >"$TMP/tap" 2>&1
rc=$?
grep -E '^(not )?ok |^# (tests|pass|fail)' "$TMP/tap" | head -80
# what each failure said (its error, expected, actual and first stack lines)
awk '/^not ok /{p=1; n=0; print "--- " $0; next} /^(ok |# )/{p=0} p && n++ < 12' "$TMP/tap" | head -120
pass=$(sed -n 's/^# pass \([0-9]*\)/\1/p' "$TMP/tap")
fail=$(sed -n 's/^# fail \([0-9]*\)/\1/p' "$TMP/tap")
if [ -z "$pass" ]; then
    cat "$TMP/tap"
    pass=0
    fail=${fail:-1}
fi
# stop the servers; a sanitizer report from any fails the run
stop_servers
for f in "$TMP"/*.err; do
    if grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$f"; then
        cat "$f"
        fail=$((fail + 1))
    fi
done
echo "browser tests: $pass passed, $fail failed (screenshots in tests/browser/artifacts/)"
[ "$rc" -eq 0 ] && [ "$fail" -eq 0 ]
