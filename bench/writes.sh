#!/bin/bash
# bench/writes.sh — POST /api/claims under load (issue 19): wrk with 32
# connections for 10 s, each request one new small claim with an id of its
# own, against `amur serve` on DB; then every claim the server acknowledged
# (a 2xx answer, whose body names the id) is looked for in the database.
# Run by bench/run.sh (make bench) on an SQLite file and, when
# AMUR_BENCH_PG_URI names a PostgreSQL database, on a copy of the same data
# there; or by hand:
#
#   bench/writes.sh AMUR DB N [TAG]
#
# DB is an SQLite file or a postgresql:// URI holding `amur synth --projects
# N` (claims go to random projects syn-p-0 ... syn-p-N-1, citing syn-s-0).
# TAG (default: the time) makes this run's ids unique in DB. Prints one line:
#   rps 2xx non2xx errors acked stored missing
# where rps is wrk's requests per second, acked the distinct ids answered
# 2xx, stored how many of this run's ids the database holds, missing how
# many acknowledged ids it does not hold (must be 0). Every request goes to
# 127.0.0.1.
set -u
amur=$1 db=$2 n=$3 tag=${4:-$(date +%s)}
W=${BENCH_DIR:-/tmp/amur-bench}/writes-$tag
rm -rf "$W" && mkdir -p "$W" || exit 3
CONNS=${BENCH_WRITE_CONNS:-32}
SECS=${BENCH_WRITE_SECS:-10}

token=$("$amur" -q --db "$db" token new --role editor --note "bench/writes.sh $tag") || exit 3
cat >"$W/post.lua" <<EOF
local n, tag, dir = $n, "$tag", "$W"
local count, out = 0, nil
local headers = {["Authorization"] = "Bearer $token", ["Content-Type"] = "application/json"}
local k = 0
function setup(thread)
    k = k + 1
    thread:set("me", k)
end
function init(args)
    math.randomseed(me)
    out = io.open(dir .. "/acked-" .. me, "w")
    out:setvbuf("line")
end
function request()
    count = count + 1
    local body = string.format(
        '{"id":"bw-%s-%d-%d","subject":"syn-p-%d","property":"stage","value":"completed",' ..
        '"date":"2024-01","source":"syn-s-0","quote":"bench/writes.sh"}',
        tag, me, count, math.random(0, n - 1))
    return wrk.format("POST", "/api/claims", headers, body)
end
function response(status, headers, body)
    if status >= 200 and status < 300 then
        out:write((body:match('"ids":%["([^"]+)"') or "?"), "\n")
    end
end
EOF

"$amur" --db "$db" serve --bind 127.0.0.1 --port 0 >"$W/serve.out" 2>"$W/serve.err" &
pid=$!
port=""
while [ -z "$port" ] && kill -0 "$pid" 2>/dev/null; do
    port=$(sed -n 's|^amur: serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*|\1|p' "$W/serve.out")
    [ -n "$port" ] || sleep 0.05
done
[ -n "$port" ] || { echo "bench/writes.sh: amur serve did not start: $(tail -2 "$W/serve.err")" >&2; exit 3; }
wrk -t2 -c"$CONNS" -d"${SECS}s" -s "$W/post.lua" "http://127.0.0.1:$port/" >"$W/wrk.out" 2>&1
kill "$pid"
wait "$pid" 2>/dev/null

rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$W/wrk.out")
total=$(awk '/requests in/ {print $1}' "$W/wrk.out")
non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$W/wrk.out")
errors=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$W/wrk.out")
: "${non2xx:=0}" "${errors:=0}" "${total:=0}"
sort -u "$W"/acked-* >"$W/acked" 2>/dev/null || : >"$W/acked"
acked=$(wc -l <"$W/acked")
case $db in
postgres://* | postgresql://*)
    psql -X -q -At -d "$db" -c "SELECT id FROM claims WHERE id LIKE 'bw-$tag-%'" ;;
*)
    sqlite3 "$db" "SELECT id FROM claims WHERE id LIKE 'bw-$tag-%'" ;;
esac | sort -u >"$W/stored"
stored=$(wc -l <"$W/stored")
missing=$(comm -23 "$W/acked" "$W/stored" | wc -l)
echo "$rps $((total - non2xx)) $non2xx $errors $acked $stored $missing"
[ -n "${BENCH_KEEP:-}" ] || rm -rf "$W"
