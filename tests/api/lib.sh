# Helpers for the API tests (tests/api/*.t), sourced by their first line.
# A test starts a real `amur serve` on 127.0.0.1 and a free port, talks to
# it with curl, and stops it when its shell exits, whatever happened:
#     $ . tests/api/lib.sh && api_start
#     $ get /api/summary            # the body
#     $ code /api/nothing           # the status code
# Every request goes to 127.0.0.1 only and gives up after API_MAX_TIME
# seconds; the server itself is killed after API_LIFETIME seconds at most.
# Its stderr (sanitizer reports included) is passed on when it stops.

API_MAX_TIME=${API_MAX_TIME:-10}
API_ARGS=${API_ARGS:-} # more options for amur serve (e.g. --request-timeout 3)
API_LIFETIME=${API_LIFETIME:-120}
API_PID=
API_PORT=
API=

# Starts the server on $DB (or the database named by $1).
api_start() {
    local db=${1:-$DB} i
    : >"$TMP/serve.out"
    timeout -s TERM "$API_LIFETIME" "$AMUR_BIN" --db "$db" serve --bind 127.0.0.1 --port 0 $API_ARGS \
        >"$TMP/serve.out" 2>"$TMP/serve.err" &
    API_PID=$!
    trap api_stop EXIT
    for i in $(seq 100); do
        API_PORT=$(sed -n 's|^amur: serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*|\1|p' "$TMP/serve.out")
        [ -n "$API_PORT" ] && break
        kill -0 "$API_PID" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$API_PORT" ]; then
        echo "api_start: the server did not start" >&2
        cat "$TMP/serve.err" >&2
        return 1
    fi
    API="http://127.0.0.1:$API_PORT"
    # the findings over the whole database are computed after the server
    # listens (503 until then): tests start once they are, unless they hold
    # that computation back (AMUR_SERVE_HOLD) to test what comes before
    [ -n "$AMUR_SERVE_HOLD" ] || api_fresh
}

# Waits (at most API_MAX_TIME seconds) until the whole-database findings
# are computed and current: /api/summary is neither 503 nor Amur-Stale, as
# after a write (POST) it is until they have been computed again.
api_fresh() {
    local i h
    for i in $(seq $((API_MAX_TIME * 20))); do
        h=$(curl -s --max-time "$API_MAX_TIME" --noproxy '*' -D - -o /dev/null "$API/api/summary" | tr -d '\r')
        case "$h" in "HTTP/1.1 200"*) grep -qi '^Amur-Stale:' <<<"$h" || return 0 ;; esac
        sleep 0.05
    done
    echo "api_fresh: the findings were not computed in ${API_MAX_TIME}s" >&2
    return 1
}

# Stops the server (SIGTERM: a clean stop) and passes on its stderr.
api_stop() {
    [ -n "$API_PID" ] || return 0
    kill -TERM "$API_PID" 2>/dev/null
    wait "$API_PID" 2>/dev/null
    API_PID=
    cat "$TMP/serve.err" >&2
}

# curl against the server only: PATH, then curl options.
_curl() {
    local path=$1
    shift
    case "$path" in /*) ;; *) echo "_curl: '$path' is not a path" >&2; return 2 ;; esac
    [ -n "$API_PORT" ] || { echo "_curl: no server" >&2; return 2; }
    curl -s --max-time "$API_MAX_TIME" --noproxy '*' "$@" "$API$path"
}

get() { _curl "$@"; echo; }                        # the body
code() { _curl "$1" -o /dev/null -w '%{http_code}\n' "${@:2}"; } # the status
head_of() { _curl "$1" -D - -o /dev/null "${@:2}" | tr -d '\r'; } # the headers
# the items of a page, as the command line's --json array, compact
items() { _curl "$@" | jq -c '.items'; }
# the command line's --json output, compact
cli() { "$AMUR_BIN" --db "$DB" --json "$@" | jq -c .; }
