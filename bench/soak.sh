#!/bin/bash
# bench/soak.sh [SECONDS] [CONNECTIONS] — a bounded soak of `amur serve`
# (not part of make test): loads data/ into a fresh database, serves it on
# 127.0.0.1 and a free port, and runs wrk for SECONDS (60) with
# CONNECTIONS (256) open, spread over a few API routes and the dashboard.
# Prints wrk's totals, its errors (connect, read, write, timeout, non-2xx
# answers) and the server's memory (VmRSS, VmHWM of /proc/PID/status)
# before, after a warm-up, and after the soak; exits 1 on any error or when
# the server stopped answering. AMUR_BIN overrides ./amur. wrk's
# connections all come from 127.0.0.1, so the server's share per address
# (64 by default) is raised to CONNECTIONS (at most the 1,024 it holds).
cd "$(dirname "$0")/.." || exit 2
secs=${1:-60}
conns=${2:-256}
amur=${AMUR_BIN:-./amur}
command -v wrk >/dev/null || { echo "soak: wrk is missing (bench/deps.sh installs it)" >&2; exit 2; }
[ -x "$amur" ] || { echo "soak: $amur not built (make)" >&2; exit 2; }
tmp=$(mktemp -d)
pid=
stop() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap stop EXIT

"$amur" --db "$tmp/soak.db" load data >/dev/null || exit 2
share=$((conns < 1024 ? conns : 1024))
"$amur" --db "$tmp/soak.db" serve --bind 127.0.0.1 --port 0 --max-per-address "$share" \
    >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do
    port=$(sed -n 's|^amur: serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*|\1|p' "$tmp/out")
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { echo "soak: the server did not start" >&2; cat "$tmp/err" >&2; exit 2; }
url="http://127.0.0.1:$port"
mem() { awk '/^VmRSS|^VmHWM/ { printf "%s %s kB  ", $1, $2 }' "/proc/$pid/status"; echo; }

cat >"$tmp/routes.lua" <<'LUA'
-- each request takes the next of a few routes, some with parameters that
-- vary, so that both the response cache and the handlers are exercised
local paths = { "/api/summary", "/api/projects", "/api/claims?limit=50",
  "/api/project/prj-blag-heihe-bridge", "/api/status?as_of=2021-10-31",
  "/api/search?q=bridge", "/api/contradictions", "/api/places?located=1", "/" }
local n = 0
request = function()
  n = n + 1
  local p = paths[n % #paths + 1]
  if n % 10 == 0 then p = "/api/claims?limit=" .. (n % 500 + 1) end
  return wrk.format("GET", p)
end
LUA

echo "soak: $secs s, $conns connections, $(nproc) processors, amur pid $pid"
echo "memory at start:        $(mem)"
wrk -t2 -c"$conns" -d5s -s "$tmp/routes.lua" "$url" >/dev/null 2>&1
echo "memory after 5 s warm-up: $(mem)"
wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency -s "$tmp/routes.lua" "$url" >"$tmp/wrk" 2>&1
cat "$tmp/wrk"
echo "memory after the soak:  $(mem)"
sleep 2
echo "memory 2 s later:       $(mem)"
status=0
after=$(curl -s --noproxy '*' --max-time 10 -o /dev/null -w '%{http_code}' "$url/api/summary")
echo "after the soak, /api/summary: $after"
[ "$after" = 200 ] || status=1
grep -q -E 'Socket errors|Non-2xx' "$tmp/wrk" && status=1
[ -s "$tmp/err" ] && { echo "server stderr:"; cat "$tmp/err"; }
exit $status
