#!/bin/bash
# credentials.sh — amur never prints a PostgreSQL password (issue 20): the
# startup line of amur serve shows the URI with the password as ***; when
# the database goes away under the server (its schema dropped), a POST with
# any token gets 503 with Retry-After and a body that carries neither the
# URI nor libpq's words, and the server's log (stderr) has the details,
# still without the password.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/credentials.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
pg_test credentials

u=$(pg_fresh cred) || exit 1
pw=$(sed -nE 's|^[a-z]+://[^:/@]*:([^@/]*)@.*|\1|p' <<<"$u")
[ -n "$pw" ] || { echo "credentials: AMUR_PG_URI has no password to hide; nothing to test"; exit 0; }
"$AMUR_BIN" --db "$u" -q load tests/bundles/small || no "loading"
tok=$("$AMUR_BIN" -q --db "$u" token new --role editor)
api_start "$u" || exit 1
line=$(cat "$WORK/serve.out")
if [[ $line == *"$pw"* ]]; then
    no "the startup line shows the password: $line"
elif [[ $line == *"$(pg_display "$u")"* && $line == *":***@"* ]]; then
    ok "the startup line shows the URI with the password as ***"
else
    no "the startup line: $line"
fi
pg_sql "$AMUR_PG_URI" "DROP SCHEMA ${PG_TAG}_cred CASCADE" >/dev/null 2>&1
for t in "$tok" wrong-token; do
    body=$(pg_post "$t" x1 -D "$WORK/h" -w ' %{http_code}')
    if [[ $body == *" 503" ]] && grep -qi '^retry-after: 5' "$WORK/h" && [[ $body != *postgres* ]] &&
        [[ $body != *127.0.0.1* ]] && [[ $body != *"$pw"* ]]; then
        ok "a POST ($([ "$t" = "$tok" ] && echo "a valid token" || echo "a wrong token")) with the database gone: 503, Retry-After, nothing of the URI: $body"
    else
        no "a POST with the database gone: $body"
    fi
done
api_stop 2>"$WORK/log"
if grep -q "$pw" "$WORK/log" "$WORK/serve.out"; then
    no "the server's log shows the password"
elif grep -q 'amur: serve: checking the token: ' "$WORK/log"; then
    ok "the server's log says why, without the password"
else
    no "the server's log: $(cat "$WORK/log")"
fi
exit $bad
