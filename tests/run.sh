#!/bin/bash
# The test runner: unit tests (cmocka), command-line tests (tests/cli/*.t)
# and the dataset's own tests, first with the normal build and then with the
# AddressSanitizer + UBSan build. Ends with "N passed, N failed".
#
# A command-line test is a file of this shape:
#     # what it tests
#     $ amur --db "$DB" load tests/bundles/small
#     $ amur --db "$DB" projects
#     --- stdout
#     (expected standard output of all the commands)
#     --- stderr
#     (expected standard error)
#     --- status
#     (expected exit status of the last command)
# Each section is optional; commands run from the repository root in bash,
# with $DB a fresh database path and $TMP a fresh folder.
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
passed=0
failed=0
skipped=0
# ../shared (the workplace's real data and the study) is beside the clone in CI,
# not in a plain clone: tests that read it report themselves skipped there.
SHARED=$(cd "$ROOT/.." && pwd)/shared
failures=()

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL: $1"; [ -n "$2" ] && echo "$2" | head -40; }

run_unit() { # BINARY LABEL
    local bin=$1 label=$2 out
    out=$(CMOCKA_MESSAGE_OUTPUT=TAP "$bin" 2>&1)
    local rc=$?
    local ok notok
    ok=$(grep -c '^ok ' <<<"$out")
    notok=$(grep -c '^not ok ' <<<"$out")
    passed=$((passed + ok))
    if [ "$notok" -gt 0 ] || [ "$rc" -ne 0 ] || [ "$ok" -eq 0 ]; then
        fail "$label $(basename "$bin")" "$(grep -v '^ok ' <<<"$out")"
    fi
}

# Runs the commands of test FILE with AMUR_BIN in the fresh folder TMP,
# leaving got_stdout, got_stderr and got_status there; the folder's path
# is replaced by $TMP and the database's by $DB so outputs do not vary.
exec_case() { # FILE AMUR_BIN TMP
    local file=$1 amur_bin=$2 tmp=$3
    grep '^\$ ' "$file" | cut -c3- >"$tmp/cmd"
    (
        cd "$ROOT" || exit 2
        export DB="$tmp/test.db" TMP="$tmp/work" AMUR_DB= COLUMNS=
        export AMUR_BIN="$amur_bin" # for tests/api/lib.sh, which starts a server, and tests/kill_load.sh
        mkdir -p "$TMP"
        amur() { "$amur_bin" "$@"; }
        status=0
        while IFS= read -r -u 3 line; do
            eval "$line" >>"$tmp/got_stdout" 2>>"$tmp/got_stderr" </dev/null
            status=$?
        done 3<"$tmp/cmd"
        echo "$status" >"$tmp/got_status"
    )
    touch "$tmp/got_stdout" "$tmp/got_stderr"
    sed -i "s|$tmp/work|\$TMP|g; s|$tmp/test.db|\$DB|g" "$tmp/got_stdout" "$tmp/got_stderr"
}

run_cli() { # FILE AMUR LABEL
    local file=$1 amur_bin=$2 label=$3
    local tmp
    tmp=$(mktemp -d)
    awk -v dir="$tmp" '
        BEGIN { sec = "cmd" }
        /^--- (stdout|stderr|status)$/ { sec = $2; seen[sec] = 1; next }
        sec == "cmd" { next }
        { print > (dir "/want_" sec) }
        END { for (s in seen) printf "" >> (dir "/want_" s) }
    ' "$file"
    exec_case "$file" "$amur_bin" "$tmp"
    touch "$tmp/got_stdout" "$tmp/got_stderr"
    local bad=""
    for s in stdout stderr status; do
        if [ -f "$tmp/want_$s" ] && ! diff -u "$tmp/want_$s" "$tmp/got_$s" >"$tmp/diff_$s"; then
            bad="$bad$(cat "$tmp/diff_$s")"$'\n'
        fi
    done
    # a sanitizer report on stderr fails the test even when stderr is not compared
    if grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$tmp/got_stderr"; then
        bad="$bad$(grep -A20 -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$tmp/got_stderr")"
    fi
    # under --valgrind, a valgrind report (tests/valgrind.sh logs them) fails the test
    if [ -n "$AMUR_VGLOG" ] && [ -n "$(ls -A "$AMUR_VGLOG")" ]; then
        bad="$bad$(cat "$AMUR_VGLOG"/* | head -60)"
        rm -f "$AMUR_VGLOG"/*
    fi
    if [ -z "$bad" ]; then pass; else fail "$label $file" "$bad"; fi
    rm -rf "$tmp"
}

suite() { # BUILD_DIR AMUR LABEL
    local dir=$1 amur_bin=$2 label=$3
    for t in "$dir"/tests/test_*; do
        [ -x "$t" ] && run_unit "$t" "$label"
    done
    for t in tests/cli/*.t; do
        if [ ! -d "$SHARED" ] && grep -q '\.\./shared' "$t"; then
            skipped=$((skipped + 1))
            echo "SKIP: $label $t (needs ../shared)"
            continue
        fi
        run_cli "$t" "$amur_bin" "$label"
    done
    # API tests: a real `amur serve` on 127.0.0.1 (tests/api/lib.sh)
    for t in tests/api/*.t; do
        [ -f "$t" ] && run_cli "$t" "$amur_bin" "$label"
    done
}

# tests/run.sh --bless FILE...: rewrites the expected sections a test
# already has from what ./amur prints now. Read the diff before committing
# it: a blessed test is only as right as the output it was blessed with.
if [ "$1" = --bless ]; then
    shift
    for file in "$@"; do
        tmp=$(mktemp -d)
        exec_case "$file" "$ROOT/amur" "$tmp"
        {
            awk '/^--- (stdout|stderr|status)$/ { exit } { print }' "$file"
            for s in stdout stderr status; do
                if grep -q "^--- $s\$" "$file"; then
                    echo "--- $s"
                    cat "$tmp/got_$s"
                fi
            done
        } >"$tmp/new"
        mv "$tmp/new" "$file"
        rm -rf "$tmp"
    done
    exit 0
fi

# tests/run.sh --valgrind [FILE...]: only the command-line tests (all, or
# FILEs), with ./amur run under valgrind memcheck by tests/valgrind.sh; any
# memory error or definite leak fails the test. kill_*.t are left out: they
# kill amur on purpose, and would take minutes under valgrind.
if [ "$1" = --valgrind ]; then
    shift
    files=("$@")
    [ ${#files[@]} -eq 0 ] && files=(tests/cli/*.t)
    AMUR_VGLOG=$(mktemp -d)
    export AMUR_VGLOG AMUR_VG_BIN="$ROOT/amur"
    for t in "${files[@]}"; do
        case $(basename "$t") in kill_*.t) continue ;; esac
        run_cli "$t" "$ROOT/tests/valgrind.sh" "[valgrind]"
    done
    rm -rf "$AMUR_VGLOG"
    if [ "$failed" -gt 0 ]; then
        echo
        echo "failed:"
        printf '  %s\n' "${failures[@]}"
    fi
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
fi

suite build "$ROOT/amur" "[normal]"

if [ -x build/tests/quotes_test ] && [ ! -f "$SHARED/seed/000_0ec6b7562c41ef23.txt" ]; then
    skipped=$((skipped + 1))
    echo "SKIP: [dataset] quotes_test (needs ../shared/seed)"
elif [ -x build/tests/quotes_test ]; then
    out=$(build/tests/quotes_test ../shared/seed/000_0ec6b7562c41ef23.txt data 2>&1)
    if [ $? -eq 0 ]; then pass; else fail "[dataset] quotes_test" "$out"; fi
fi

if [ -x build-san/amur ]; then
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1
    suite build-san "$ROOT/build-san/amur" "[asan+ubsan]"
fi

# Browser tests of the dashboard (tests/browser/run.sh: Playwright driving
# Debian's chromium against ./amur serve), when node and chromium are here;
# each of its tests counts as one entry.
if command -v node >/dev/null && [ -x /usr/bin/chromium ] && [ -x tests/browser/run.sh ]; then
    out=$(AMUR_BIN="$ROOT/amur" tests/browser/run.sh 2>&1)
    rc=$?
    bp=$(sed -n 's/^browser tests: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' <<<"$out")
    bf=$(sed -n 's/^browser tests: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' <<<"$out")
    if [ "$rc" -eq 77 ]; then
        echo "$out"
    elif [ "$rc" -eq 0 ] && [ -n "$bp" ] && [ "${bf:-1}" -eq 0 ]; then
        passed=$((passed + bp))
    else
        passed=$((passed + ${bp:-0}))
        [ "${bf:-0}" -gt 1 ] && failed=$((failed + bf - 1))
        fail "[browser] tests/browser/run.sh" "$(grep -v '^ok ' <<<"$out")"
    fi
fi

# PostgreSQL (tests/pg/*.sh: parity with SQLite, concurrent writers, the
# schema's guarantees), when AMUR_PG_URI names a database to test in; each
# script runs with both builds, and a sanitizer report fails it.
if [ -n "$AMUR_PG_URI" ]; then
    for t in tests/pg/*.sh; do
        for b in "$ROOT/amur" "$ROOT/build-san/amur"; do
            [ -x "$b" ] || continue
            label="[pg]"
            [ "$b" = "$ROOT/build-san/amur" ] && label="[pg asan+ubsan]"
            out=$("$t" "$b" 2>&1)
            rc=$?
            if [ $rc -eq 0 ] && ! grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' <<<"$out"; then
                pass
            else
                fail "$label $t" "$out"
            fi
        done
    done
fi

if [ "$failed" -gt 0 ]; then
    echo
    echo "failed:"
    printf '  %s\n' "${failures[@]}"
fi
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
