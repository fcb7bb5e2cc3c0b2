#!/bin/bash
# bench/times.sh K CMD...: runs CMD K times in a row, its output discarded;
# fails at the first run that fails. bench/run.sh times it as one command
# when one run is quicker than /usr/bin/time can tell (hundredths).
k=$1
shift
for ((i = 0; i < k; i++)); do
    "$@" >/dev/null || exit 1
done
