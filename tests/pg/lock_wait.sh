#!/bin/bash
# lock_wait.sh — on PostgreSQL a POST that meets another writer waits a
# bounded time (issue 20: it waited 110 s and more, without limit): psql
# holds the writers' advisory lock for 6 s, as a long load would; with
# AMUR_LOCK_WAIT=1 the POST is answered 503 with Retry-After after about a
# second, with nothing stored, and stored once the lock is gone. A load
# from the command line still waits its turn (loads take turns).
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/lock_wait.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
WORK=$(mktemp -d)
TMP=$WORK
. tests/api/lib.sh
trap 'api_stop 2>/dev/null; pg_cleanup; rm -rf "$WORK"' EXIT
cp "$AMUR_BIN" "$WORK/amur" && AMUR_BIN="$WORK/amur" || exit 2
bad=0
ok() { echo "lock_wait: ok: $1"; }
no() { echo "lock_wait: FAILED: $1"; bad=1; }
post() { # ID: the status and body of a POST of one claim
    _curl /api/claims -X POST -H "Authorization: Bearer $tok" -D "$WORK/h" -w ' %{http_code}' \
        -d '{"id":"'"$1"'","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'
}
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
export AMUR_LOCK_WAIT=1
api_start "$u" || exit 1
unset AMUR_LOCK_WAIT
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
