#!/bin/sh
# Keeps the code readable in pieces: no file under src/ over 1,200 lines
# and no function over 150 (generated code is under build/). A
# function is what runs from a "{" in the first column to the next "}" in
# the first column, which is how every function here is laid out. Prints
# each offence as file:line and exits 1 if there is any.
cd "$(dirname "$0")/.." || exit 2
bad=0
for f in src/*.c src/*/*.c src/*/*.h; do
    n=$(wc -l <"$f")
    if [ "$n" -gt 1200 ]; then
        echo "$f: $n lines (at most 1200)"
        bad=1
    fi
    awk -v f="$f" '
        /^\{/ { start = NR; name = prev }
        /^\}/ && start { if (NR - start > 150) { printf "%s:%d: %s: %d lines (at most 150)\n", f, start, name, NR - start; bad = 1 } start = 0 }
        { prev = $0 }
        END { exit bad }' "$f" || bad=1
done
[ $bad = 0 ] && echo "checksize: ok"
exit $bad
