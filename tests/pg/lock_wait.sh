#!/bin/bash
# lock_wait.sh — on PostgreSQL a POST that meets another writer waits a
# bounded time (issue 20: it waited 110 s and more, without limit): psql
# holds the writers' advisory lock for 6 s, as a long load would; with
# `serve --lock-wait 1000` the POST is answered 503 with Retry-After after
# about a second, with nothing stored, and stored once the lock is gone. A load
# from the command line still waits its turn (loads take turns).
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/lock_wait.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
pg_test lock_wait
post() { pg_post "$tok" "$1" -D "$WORK/h" -w ' %{http_code}'; } # ID: the status and body
hold() { # SECONDS: holds the writers' lock of the schema that long, in the background
    psql -X -q -d "$u" -c "SELECT pg_advisory_lock(1634563442, hashtext(coalesce(current_schema(), '')))" \
        -c "SELECT pg_sleep($1)" >/dev/null 2>&1 &
    LOCKER=$!
    for i in $(seq 100); do # until psql holds it
        [ "$(pg_sql "$u" "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")" -gt 0 ] && break
        sleep 0.1
    done
}

u=$(pg_fresh lock) || exit 1
"$AMUR_BIN" --db "$u" -q load tests/bundles/small || no "loading"
tok=$("$AMUR_BIN" -q --db "$u" token new --role editor)
API_ARGS="--lock-wait 1000" api_start "$u" || exit 1
hold 6
t0=$(date +%s%N)
r=$(post p1)
ms=$((($(date +%s%N) - t0) / 1000000))
if [[ $r == *" 503" ]] && grep -qi '^retry-after: 5' "$WORK/h" && [ $ms -ge 900 ] && [ $ms -lt 5000 ]; then
    ok "a POST behind another writer: 503 with Retry-After after $ms ms (the wait is 1 s, the lock 6 s)"
else
    no "a POST behind another writer: $r after $ms ms"
fi
wait $LOCKER
r=$(post p1)
[[ $r == *" 201" ]] && [[ $r == *'"added":1'* ]] && ok "once the lock is gone, the POST is stored" ||
    no "after the lock: $r"
api_stop 2>/dev/null
hold 3
t0=$(date +%s%N)
"$AMUR_BIN" --db "$u" -q load tests/bundles/v2
st=$?
ms=$((($(date +%s%N) - t0) / 1000000))
# the lock was held when the load began (hold waits to see it), so a load
# that succeeds has waited for it
[ $st = 0 ] && [ $ms -ge 100 ] && ok "a load from the command line waits its turn ($ms ms) and is stored" ||
    no "a load behind another writer: status $st, $ms ms"
wait $LOCKER
exit $bad
