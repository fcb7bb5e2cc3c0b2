# A database amur may read but not write (another user's file in a folder
# it cannot write, or a read-only disk) opens for reading: the listings and
# the server work; a write says "read-only" (issue 20: everything said
# "not an amur database"). Run as an unprivileged user (nobody, through
# setpriv) when the tests run as root, whom file modes do not stop.
$ RO=$(mktemp -d) && chmod 755 "$RO" && amur --db "$RO/ro.db" load tests/bundles/small >/dev/null && cp "$AMUR_BIN" "$RO/amur" && chmod 444 "$RO/ro.db" && chmod 555 "$RO"
$ ro() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$RO/amur" "$@"; else "$RO/amur" "$@"; fi; }
$ ro --db "$RO/ro.db" summary | sed "s|$RO|\$RO|"
$ ro --db "$RO/ro.db" projects | tail -n +3 | cut -c1-20
$ ro --db "$RO/ro.db" load tests/bundles/small 2>&1 | sed "s|$RO|\$RO|"
$ ro --db "$RO/ro.db" token new --role editor 2>&1 | sed "s|$RO|\$RO|"
$ ls -A "$RO"; chmod 755 "$RO"; rm -rf "$RO"
--- stdout
$RO/ro.db

table        rows
───────────  ────
sources      3
places       5
actors       1
instruments  1
projects     2
listings     1
stakes       1
claims       5
indicators   2
bridge  bridge      
quiet   other   ru  
amur: $RO/ro.db: the database is read-only here (its file cannot be written): it can be read, not changed
amur: $RO/ro.db: the database is read-only here (its file cannot be written): it can be read, not changed
amur
ro.db
--- stderr
--- status
0
