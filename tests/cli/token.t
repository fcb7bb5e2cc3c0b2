# Write tokens: `token new` prints a token once (64 hex digits) and stores
# only its SHA-256; `token list` shows ids, roles and notes, never a token;
# `token revoke` marks one revoked, once; `audit` is empty until the server
# writes (tests/api/write.t); bad roles and subcommands are usage errors.
$ amur --db "$DB" load tests/bundles/small >/dev/null
$ T1=$(amur -q --db "$DB" token new --role editor --note "for the newsroom"); echo "$T1" | grep -c -E '^[0-9a-f]{64}$'
$ amur --db "$DB" --json token new --role admin | jq -c '[.id, .role, (.token | test("^[0-9a-f]{64}$"))]'
$ amur --db "$DB" token new --role editor 2>&1 >/dev/null | sed 's/token 3/token N/'
$ amur --db "$DB" --json token list | jq -c '.[] | [.id, .role, .note, .revoked, (.created | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z$"))]'
$ amur --db "$DB" token list | grep -c "$T1"
$ amur --db "$DB" token revoke 1
$ amur --db "$DB" --json token list | jq -c '[.[] | .revoked != null]'
$ amur --db "$DB" token revoke 1; echo "status $?"
$ amur --db "$DB" token revoke 99; echo "status $?"
$ amur --db "$DB" token revoke one; echo "status $?"
$ amur --db "$DB" token new; echo "status $?"
$ amur --db "$DB" token new --role root; echo "status $?"
$ amur --db "$DB" token list --role admin; echo "status $?"
$ amur --db "$DB" token forge; echo "status $?"
$ amur --db "$DB" audit
$ amur --db "$DB" --json audit
--- stdout
1
[2,"admin",true]
amur: token N (editor) made; it is shown only now: keep it secret. Use it as: Authorization: Bearer TOKEN
[1,"editor","for the newsroom",null,true]
[2,"admin",null,null,true]
[3,"editor",null,null,true]
0
token 1 revoked
[true,false,false]
status 1
status 1
status 2
status 2
status 2
status 2
status 2
n  at  token  role  what  claim
─  ──  ─────  ────  ────  ─────
[]
--- stderr
amur: token revoke: no valid token 1
amur: token revoke: no valid token 99
amur: token revoke: 'one' is not a token id
amur: token new: --role editor or --role admin is needed
amur: token new: --role: 'root' is not editor or admin
amur: token list: --role and --note are for token new
amur: token: 'forge' is not new, list or revoke
--- status
0
