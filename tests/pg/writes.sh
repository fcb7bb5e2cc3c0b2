#!/bin/bash
# writes.sh — POST /api/claims from many connections at once on PostgreSQL
# (issue 19), as tests/api/writes_concurrent.t does on SQLite: the server
# stores concurrent writes in groups (one transaction, its lookups and
# writes sent down one pipeline) and answers each after its group is
# committed. 8 loops post 20 new claims each, one at a time, then one
# citing no source that exists and one reusing an id of their own with
# another value. Every 201 is stored exactly once with its audit row; the
# 400s and 409s store nothing and leave the claims grouped with them
# alone. Then a token revoked between two writes is refused at once, and
# a write after the server's connection was closed under it (as an idle
# session timeout would) is stored on a new one.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/writes.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
pg_test writes

u=$(pg_fresh writes) || exit 1
"$AMUR_BIN" --db "$u" -q load tests/bundles/small || no "loading"
TOK=$("$AMUR_BIN" -q --db "$u" token new --role editor)
api_start "$u" || exit 1
. tests/api/post_many.bash

post_many 8 20
counts=$(awk '{print $1}' "$TMP/answers" | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')
[ "$counts" = "201:160 400:8 409:8 " ] && ok "160 new claims 201, 8 bad sources 400, 8 changed ids 409" ||
    no "the answers: $counts"
acked >"$WORK/acked"
pg_sql "$u" "SELECT id FROM claims WHERE id LIKE 'cw-%'" | sort >"$WORK/stored"
[ "$(comm -3 "$WORK/acked" "$WORK/stored" | wc -l)" = 0 ] && [ "$(wc -l <"$WORK/stored")" = 160 ] &&
    ok "every claim answered 201 is stored, and nothing else" ||
    no "acknowledged and stored differ: $(comm -3 "$WORK/acked" "$WORK/stored" | head -5 | tr '\n' ' ')"
pg_sql "$u" "SELECT claim_id FROM audit WHERE claim_id LIKE 'cw-%'" | sort >"$WORK/audited"
cmp -s "$WORK/audited" "$WORK/acked" && ok "one audit row for each, and only for those" ||
    no "the audit log: $(wc -l <"$WORK/audited") rows for $(wc -l <"$WORK/acked") claims"
v=$(pg_sql "$u" "SELECT DISTINCT value FROM claims WHERE id ~ '^cw-[0-9]+-1$'")
[ "$v" = 2030 ] && ok "a 409 changed no stored claim" || no "the values of the reused ids: $v"

# a token revoked while the server keeps its connection: refused at once
id=$("$AMUR_BIN" --db "$u" --json token list | jq -r '.[0].id')
"$AMUR_BIN" --db "$u" -q token revoke "$id"
r=$(post_one cw-after 2030 study)
[ "$r" = "401 cw-after" ] && ok "a token revoked since the last write: 401" || no "after revoking: $r"

# the writer's connection closed by the server: the next write is stored
TOK=$("$AMUR_BIN" -q --db "$u" token new --role editor)
pg_sql "$u" "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'amur' AND pid <> pg_backend_pid()" >/dev/null
r=$(post_one cw-new-conn 2030 study)
[ "$r" = "201 cw-new-conn" ] && [ "$(pg_sql "$u" "SELECT count(*) FROM claims WHERE id = 'cw-new-conn'")" = 1 ] &&
    ok "a write after the kept connection was closed: stored on a new one" ||
    no "after the connection was closed: $r"
[ $bad = 0 ] || tail -5 "$TMP/serve.err"
exit $bad
