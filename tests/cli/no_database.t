# Reading commands never create a database; they say how to make one.
$ amur --db "$TMP/none.db" projects; echo "status $?"
$ test -e "$TMP/none.db" || echo "not created"
--- stdout
status 1
not created
--- stderr
amur: $TMP/none.db: no database here (amur load DIR creates one)
--- status
0
