# Posting claims is atomic even when the server is killed: SIGKILL `amur
# serve` at 20 random moments while it takes a POST /api/claims of 5,000
# claims, and the database is sound and holds all of them or none, with
# their audit rows (tests/kill_load.sh). Its stderr (how long a whole post
# takes, how the kills fell) varies, so it is not compared; when the script
# fails, its stderr (the failing step and its details) is printed, so that
# the failure reads in the test's output.
$ tests/kill_load.sh "$AMUR_BIN" "$TMP" post 2>"$TMP/err" || { echo "kill_load failed (status $?):"; cat "$TMP/err"; }
--- stdout
kill_load: 20 SIGKILLs during amur serve taking a POST: integrity ok, all or nothing every time
--- status
0
