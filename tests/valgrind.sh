#!/bin/bash
# tests/valgrind.sh [FILE...] — runs the command-line tests (tests/cli/*.t,
# or FILEs) with ./amur under valgrind memcheck, through
# `tests/run.sh --valgrind`; `make valgrind` runs it. A test fails on any
# memory error or definitely lost block. Ends with "N passed, N failed".
#
# tests/run.sh also calls this script in place of ./amur, with AMUR_VGLOG
# set to the folder that collects valgrind's reports (one file a process,
# left empty when there is nothing to report) and AMUR_VG_BIN to the binary.
if [ -n "$AMUR_VGLOG" ]; then
    exec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite --track-origins=yes --log-file="$AMUR_VGLOG/vg.%p" \
        "$AMUR_VG_BIN" "$@"
fi
cd "$(dirname "$0")/.." || exit 2
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed (scripts/deps.sh valgrind)" >&2; exit 2; }
[ -x amur ] || { echo "valgrind.sh: build ./amur first (make valgrind does)" >&2; exit 2; }
exec tests/run.sh --valgrind "$@"
