# POST /api/claims from many connections at once (issue 19): the server
# stores concurrent writes in groups, one transaction each, and answers
# each after its group is committed. 8 loops post 20 new claims each, one
# at a time, then one citing no source that exists and one reusing an id
# of their own with another value: every 201 is stored, with its audit
# row, exactly once; the 400s and 409s store nothing and leave the claims
# of the requests grouped with them alone. tests/pg/writes.sh does the
# same on PostgreSQL.
$ amur --db "$DB" load tests/bundles/small >/dev/null && TOK=$(amur -q --db "$DB" token new --role editor)
$ . tests/api/lib.sh && api_start && . tests/api/post_many.bash
$ post_many 8 20; awk '{print $1}' "$TMP/answers" | sort | uniq -c | awk '{print $2, $1}'
$ acked >"$TMP/acked"; wc -l <"$TMP/acked"
$ amur --db "$DB" --json claims --subject bridge | jq -r '.[].id | select(startswith("cw-"))' | sort >"$TMP/stored"; comm -3 "$TMP/acked" "$TMP/stored" | wc -l
$ amur --db "$DB" --json audit | jq -r '.[].claim | select(startswith("cw-"))' | sort | uniq -d | wc -l; amur --db "$DB" --json audit | jq -r '.[].claim | select(startswith("cw-"))' | sort | comm -3 - "$TMP/acked" | wc -l
$ amur --db "$DB" --json claims --subject bridge | jq -r '.[] | select(.id | test("^cw-[0-9]+-1$")) | .value' | sort | uniq -c | awk '{print $2, $1}'
$ grep -c ' cw-.*-bad$' "$TMP/answers"; grep -c -- '-bad$' "$TMP/stored" || echo "none stored"
--- stdout
201 160
400 8
409 8
160
0
0
0
2030 8
8
0
none stored
--- stderr
--- status
0
