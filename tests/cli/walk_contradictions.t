# Contradictions over the whole database walk the projects a chunk at a
# time (issue 19, present/walk.h): each chunk's pairs' claims are kept, with
# the claims about instruments, places and actors (read apart: no chunk
# holds them), and the pairs are found once over what was kept. The answer
# is exactly the one from the whole set loaded at once (AMUR_WHOLE=1): text
# and --json, with --window and --official-ahead, over the bundled dataset
# (whose pairs include some about instruments) and the test bundles that
# have contradictions, at two pairs of clocks, with chunks of 1, 2 and 3
# projects and the default, compared byte for byte. --subject is not walked.
$ amur -q --db "$DB" load data && for b in contradictions status slippage small hostile-text answers; do amur -q --db "$TMP/$b.db" load tests/bundles/$b || echo "load $b failed"; done
$ same() { a=$(AMUR_WHOLE=1 amur "$@" 2>&1; echo "exit $?"); for k in 1 2 3 ""; do b=$(AMUR_CHUNK=$k amur "$@" 2>&1; echo "exit $?"); n=$((n + 1)); [ "$a" = "$b" ] || { d=$((d + 1)); echo "differs (chunk '$k'): $*"; }; done; }
$ n=0; d=0; for db in "$DB" "$TMP/contradictions.db" "$TMP/status.db" "$TMP/slippage.db" "$TMP/small.db" "$TMP/hostile-text.db" "$TMP/answers.db"; do for cmd in contradictions "contradictions --official-ahead" "contradictions --window 3000" "--json contradictions" "--json contradictions --window 0" "--json contradictions --official-ahead"; do for clocks in "--as-of 2021-10-31" "--as-of 2030-01-01 --known-by 2022-01-01"; do same --db "$db" $cmd $clocks; done; done; done; echo "$n answers compared, $d differ"
$ amur --db "$DB" --json contradictions --as-of 2021-10-31 | jq -r '[length, ([.[].subject | select(startswith("ins-"))] | unique | length)] | "\(.[0]) pairs, about \(.[1]) instruments"'
$ AMUR_CHUNK=1 amur --db "$DB" contradictions --as-of 2021-10-31 | tail -1
$ AMUR_CHUNK=1 amur --db "$TMP/contradictions.db" contradictions --as-of 2030-01-01 --window 3000 | tail -1
$ AMUR_CHUNK=0 amur --db "$DB" contradictions; echo "exit $?"
$ AMUR_CHUNK=0 amur --db "$DB" --json contradictions --subject prj-ozernoye-gok --as-of 2021-10-31 | jq length
$ AMUR_CHUNK=1 amur --db "$DB" contradictions --window -1; echo "exit $?"
--- stdout
336 answers compared, 0 differ
44 pairs, about 3 instruments
44 contradictions, 5 official ahead
11 contradictions, 2 official ahead
exit 2
1
exit 2
--- stderr
amur: AMUR_CHUNK: '0' is not a whole number from 1
amur: contradictions: --window: '-1' is not a whole number from 0 to 3660000
--- status
0
