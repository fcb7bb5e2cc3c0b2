# Importing IATI is atomic even when the process is killed: SIGKILL at 20
# random moments of importing a generated file of 4,000 activities leaves a
# sound database holding the whole import or none of it (tests/kill_load.sh).
$ tests/kill_load.sh "$AMUR_BIN" "$TMP" import-iati
--- stdout
kill_load: 20 SIGKILLs during amur import-iati: integrity ok, all or nothing every time
--- status
0
