# A whole-database analysis walks the projects a chunk at a time (issue 19:
# evidence_load_chunk(), present/walk.h), and answers exactly what it answers
# from the whole set loaded at once (AMUR_WHOLE=1): status and slippage (text
# and --json, with their filters) over the bundled dataset and the test
# bundles, at two pairs of clocks, with chunks of 1 and 2 projects and the
# default, compared byte for byte. AMUR_CHUNK must be a whole number from 1;
# an answer about one subject or a property is not walked (it never reads
# AMUR_CHUNK), and a bad option is refused as before.
$ amur -q --db "$DB" load data && for b in answers status slippage small chains; do amur -q --db "$TMP/$b.db" load tests/bundles/$b || echo "load $b failed"; done
$ same() { a=$(AMUR_WHOLE=1 amur "$@" 2>&1; echo "exit $?"); for k in 1 2 ""; do b=$(AMUR_CHUNK=$k amur "$@" 2>&1; echo "exit $?"); n=$((n + 1)); [ "$a" = "$b" ] || { d=$((d + 1)); echo "differs (chunk '$k'): $*"; }; done; }
$ n=0; d=0; for db in "$DB" "$TMP/answers.db" "$TMP/status.db" "$TMP/slippage.db" "$TMP/small.db" "$TMP/chains.db"; do for cmd in status slippage "slippage --overdue" "--json status" "--json slippage" "--json slippage --overdue"; do for clocks in "--as-of 2021-10-31" "--as-of 2015-06-30 --known-by 2016-01-01"; do same --db "$db" $cmd $clocks; done; done; done; echo "$n answers compared, $d differ"
$ n=0; d=0; for i in $(amur --db "$DB" --json instruments | jq -r '.[].id' | head -4); do same --db "$DB" slippage --instrument "$i" --as-of 2021-10-31; same --db "$DB" --json slippage --instrument "$i" --as-of 2021-10-31; done; echo "by instrument: $n answers compared, $d differ"
$ amur --db "$DB" status --as-of 2021-10-31 | sed -n '1p;$p' | cut -c1-60
$ AMUR_CHUNK=0 amur --db "$DB" status; echo "exit $?"
$ AMUR_CHUNK=2x amur --db "$DB" slippage; echo "exit $?"
$ AMUR_CHUNK=0 amur --db "$DB" status prj-blag-heihe-bridge --as-of 2021-10-31 | head -1; AMUR_CHUNK=0 amur --db "$DB" --json slippage --property planned_opening --as-of 2021-10-31 | jq length
$ AMUR_CHUNK=1 amur --db "$DB" slippage --instrument prog-2009; echo "exit $?"
--- stdout
216 answers compared, 0 differ
by instrument: 24 answers compared, 0 differ
project                              stage               con
prj-amur-gcc                         under-construction  1.0
exit 2
exit 2
prj-blag-heihe-bridge — Blagoveshchensk–Heihe road bridge
18
exit 1
--- stderr
amur: AMUR_CHUNK: '0' is not a whole number from 1
amur: AMUR_CHUNK: '2x' is not a whole number from 1
amur: slippage: no instrument 'prog-2009'
--- status
0
