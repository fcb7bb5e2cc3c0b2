#!/bin/bash
# proposals.sh — the review queue (amur proposals, schema version 5) on
# PostgreSQL gives what it gives on SQLite: the same candidates stored as
# proposals, the same decisions, refusals and claims; a second decision and
# a bad edit store nothing; amur migrate copies the proposals both ways.
#
# Usage: AMUR_PG_URI=postgresql://... tests/pg/proposals.sh [AMUR_BINARY]
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
AMUR_BIN=${1:-$ROOT/amur}
. tests/pg/common.bash
pg_test proposals
amur() { "$AMUR_BIN" "$@"; }

# The same session on a database DB; its output, times left out.
session() { # DB
    local db=$1
    amur --db "$db" -q load data || echo "load failed"
    amur --db "$db" --json extract tests/extract/en_bridge.txt --date 2022-06-10 \
        --url https://example.org/news/bridge-cargo --publisher "Amur News" --tier local-media >"$WORK/cands.json"
    amur --db "$db" proposals add "$WORK/cands.json"
    amur --db "$db" proposals accept 1 --reviewer Anna
    amur --db "$db" proposals accept 1 --reviewer Boris 2>&1 | sed 's/at [0-9T:Z-]*:/at TIME:/'
    amur --db "$db" proposals accept 2 --reviewer Anna --set date=2022-13 --set colour=red 2>&1
    amur --db "$db" proposals accept 2 --reviewer Anna --set value=2019-10
    amur --db "$db" proposals reject 3 --reviewer Boris --reason "a closure, not a suspension"
    amur --db "$db" proposals accept 40 --reviewer Anna 2>&1
    echo '[{"subject":"nowhere","property":"stage","value":"x","date":"2022","source":"s"}]' |
        amur --db "$db" proposals add - 2>&1
    amur --db "$db" --json proposals list | jq -c '.[] | del(.created, .decided)'
    amur --db "$db" --json claims --subject prj-blag-heihe-bridge | jq -c '.[] | select(.id | startswith("ext-"))'
    amur --db "$db" --json sources | jq -c '.[] | select(.id | startswith("src-x-"))'
}

u=$(pg_fresh queue) || exit 1
session "$WORK/q.db" >"$WORK/sqlite.out"
session "$u" >"$WORK/pg.out"
if [ -s "$WORK/sqlite.out" ] && grep -q '"status":"accepted"' "$WORK/pg.out" && cmp -s "$WORK/sqlite.out" "$WORK/pg.out"; then
    ok "add, list, accept, edit-then-accept, reject and their refusals: the same on both backends"
else
    no "the review queue differs between SQLite and PostgreSQL:"
    diff "$WORK/sqlite.out" "$WORK/pg.out" | head -20
fi
[ "$(pg_sql "$u" "SELECT count(*) FROM proposals WHERE status = 'pending'")" = 2 ] &&
    [ "$(pg_sql "$u" "SELECT reason FROM proposals WHERE id = 3")" = "a closure, not a suspension" ] &&
    ok "the decisions are in the proposals table" || no "the proposals table"

# amur migrate carries the queue both ways, numbers and decisions kept
u2=$(pg_fresh copy) || exit 1
amur --db "$WORK/q.db" -q migrate --to "$u2" || no "migrate to PostgreSQL"
amur --db "$WORK/back.db" -q migrate --from "$u2" || no "migrate back"
a=$(amur --db "$WORK/q.db" --json proposals list)
b=$(amur --db "$u2" --json proposals list)
c=$(amur --db "$WORK/back.db" --json proposals list)
[ -n "$a" ] && [ "$a" = "$b" ] && [ "$a" = "$c" ] && ok "migrate copies the proposals to PostgreSQL and back" ||
    no "proposals after migrate"
# a proposal added after the copy takes the next number
echo '{"subject":"prj-blag-heihe-bridge","property":"stage","value":"operational","date":"2022-07","source":"src-x-c5cbd6113d91"}' |
    amur --db "$u2" proposals add - | grep -q 'pending review: 6$' && ok "the numbering goes on after a copy" ||
    no "the numbering after a copy"
exit $bad
