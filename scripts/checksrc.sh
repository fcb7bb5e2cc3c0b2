#!/bin/sh
# Forbids, in src/, the C functions that invite overflows or silent
# misparsing (sprintf, strcpy, strcat, gets, atoi, atol) and SQL text built
# with printf-style formatting (a format string holding SELECT/INSERT/...),
# and qsort() outside core/sort.c (sort_array() takes an empty NULL array).
# Prints each offence as file:line and exits 1 if there is any.
cd "$(dirname "$0")/.." || exit 2
bad=0
if grep -nE '\b(sprintf|vsprintf|strcpy|strcat|gets|atoi|atol)\s*\(' src/*.c src/*/*.c; then
    bad=1
fi
if grep -nE 'printf\s*\([^;]*"[^"]*\b(SELECT|INSERT|UPDATE|DELETE)\b' src/*.c src/*/*.c; then
    bad=1
fi
if grep -nE '\bqsort\s*\(' src/*.c src/*/*.c | grep -v '^src/core/sort\.c:' |
   grep -vE '^[^:]*:[0-9]+:\s*(/\*|\*)|no context for qsort|beats qsort'; then
    bad=1
fi
[ $bad = 0 ] && echo "checksrc: ok"
exit $bad
