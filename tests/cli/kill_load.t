# Loading is atomic even when the process is killed: SIGKILL at 20 random
# moments of loading a generated bundle of 150,000 claims leaves a sound
# database holding the whole bundle or none of it (tests/kill_load.sh).
$ tests/kill_load.sh "$AMUR_BIN" "$TMP"
--- stdout
kill_load: 20 SIGKILLs during amur load: integrity ok, all or nothing every time
--- status
0
