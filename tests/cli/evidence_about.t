# An analysis of one subject reads only that subject's records (issue 19:
# evidence_load_about()), and answers exactly what it answers from the whole
# database: every project of the answers bundle (status, slippage and
# contradictions, text and --json, at two pairs of clocks) and every fourth
# project of the bundled dataset (--json, one pair), and subjects that are
# no project, compared byte for byte with AMUR_WHOLE=1 (which loads
# everything). An id that is not stored still gets its suggestion, from the
# whole set. (The whole dataset, every project and command: 984 answers,
# the same, when this was written.)
$ amur -q --db "$DB" load data && amur -q --db "$TMP/a.db" load tests/bundles/answers
$ same() { a=$(amur "$@" 2>&1); b=$(AMUR_WHOLE=1 amur "$@" 2>&1); n=$((n + 1)); [ "$a" = "$b" ] || { d=$((d + 1)); echo "differs: $*"; }; }
$ n=0; d=0; for p in $(amur --db "$TMP/a.db" --json projects | jq -r '.[].id'); do for cmd in "status $p" "slippage $p" "contradictions --subject $p" "--json status $p" "--json slippage $p" "--json contradictions --subject $p"; do for clocks in "--as-of 2026-12-05" "--as-of 2015-06-30 --known-by 2016-01-01"; do same --db "$TMP/a.db" $cmd $clocks; done; done; done; echo "answers bundle: $n answers compared, $d differ"
$ n=0; d=0; for p in $(amur --db "$DB" --json projects | jq -r '.[].id' | awk 'NR % 4 == 1'); do for cmd in "--json status $p" "--json slippage $p" "--json contradictions --subject $p"; do same --db "$DB" $cmd --as-of 2021-10-31; done; done; for s in ins-prog-2009-2018 xing-poltavka-dongning; do same --db "$DB" --json contradictions --subject $s --as-of 2021-10-31; done; echo "bundled dataset: $n answers compared, $d differ"
$ amur --db "$DB" contradictions --subject ru-amur --as-of 2026-12-05; echo "exit $?"
$ amur --db "$DB" status prj-blag-hehe-bridge; echo "exit $?"
--- stdout
answers bundle: 108 answers compared, 0 differ
bundled dataset: 59 answers compared, 0 differ
exit 1
exit 1
--- stderr
amur: contradictions: no subject 'ru-amur'; did you mean 'ru'?
amur: status: no project 'prj-blag-hehe-bridge'; did you mean 'prj-blag-heihe-bridge'?
--- status
0
