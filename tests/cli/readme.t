# The README's examples run, so that they cannot go stale: every `./amur ...`
# line of the README (its comment cut off) runs against the bundled dataset,
# from a scratch folder (what they write lands there), and must exit 0 with
# some output. Left out, and said so: lines that start a server, need
# PostgreSQL, name files a reader brings (publisher-2023.xml), or write
# gigabytes (synth of 10^5 projects).
$ amur -q --db "$DB" load data && ln -s "$PWD/data" "$TMP/data" && ln -s "$PWD/tests" "$TMP/tests" && R=$PWD
$ sed -n 's/^    \.\/amur \(.*\)$/\1/p' README.md | sed 's/  *#.*$//' >"$TMP/cmds"; cd "$TMP" && while IFS= read -r cmd; do case "$cmd" in *serve*|*migrate*|*AMUR_DB*|*postgresql*|*publisher-20*|*synth*) echo "left out: $cmd"; continue ;; esac; out=$(eval "amur --db \"$DB\" $cmd" 2>&1 </dev/null); rc=$?; if [ $rc -eq 0 ] && [ -n "$out$(ls -A out 2>/dev/null)" ]; then echo "ok: $cmd"; else echo "FAILED (exit $rc): $cmd"; printf '%s\n' "$out" | head -3; fi; done <"$TMP/cmds"; cd "$R"
--- stdout
ok: help
ok: help claims
ok: check data/
ok: load data/
ok: projects
ok: claims --subject prj-blag-heihe-bridge
ok: indicators --region ru-amu --series fdi_stock_share
ok: --json claims
ok: export out/
ok: report
ok: report --format html > report.html
ok: report --lang ru
ok: status prj-blag-heihe-bridge
ok: contradictions --as-of 2021-10-31
ok: slippage prj-blag-heihe-bridge
ok: slippage --instrument ins-prog-2009-2018 --json | jq 'sort_by(.delay_days // -1) | reverse'
ok: scorecard --as-of 2015-12-31
ok: carryover
ok: regions
ok: risks
ok: inflation
ok: search мост
ok: search 黑河 --kind project
ok: --json search 'heihe bridge' --limit 50
ok: changes --since 2020-12-01 --until 2021-01-31
ok: changes --project prj-blag-heihe-bridge --kind postponement --since 2016 --until 2022
ok: changes
ok: extract tests/extract/ru_bridge.txt --date 2019-02-15
ok: --json extract tests/extract/zh_bridge.txt --date 2019-05-31
ok: extract tests/extract/en_bridge.txt --date 2022-06-10 --url https://example.org/bridge --tier foreign-media --bundle candidates/
ok: check candidates/
left out: serve
left out: serve --port 9000 --bind 0.0.0.0
ok: --json extract tests/extract/en_bridge.txt --date 2022-06-10 --url https://example.org/news/bridge-cargo --publisher "Amur News" --tier local-media > candidates.json
ok: proposals add candidates.json
ok: proposals list --status pending
ok: proposals accept 1 --reviewer Anna
ok: proposals accept 4 --reviewer Anna --set value=2023-04
ok: proposals reject 3 --reviewer Anna --reason "a closure, not a suspension"
ok: proposals list --status accepted
left out: import-iati publisher-2023.xml publisher-2024.xml
ok: slippage
ok: flows --by publisher
ok: flows --by instrument --known-by 2021-06-30
ok: export-iati --instrument ins-prog-2009-2018 > out.xml
ok: load data/
left out: --db amur.db migrate --to "$AMUR_DB"
left out: --db copy.db migrate --from "$AMUR_DB"
left out: serve --request-timeout 5
left out: synth --projects 100000 /tmp/syn
left out: synth --iati --projects 5000 /tmp/a.xml
--- stderr
--- status
0
