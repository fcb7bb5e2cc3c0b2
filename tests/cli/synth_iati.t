# amur synth --iati: a tiny IATI 2.03 file, the same for the same seed, well
# formed, marked synthetic, and imported without a problem.
$ amur -q synth --iati --projects 25 --seed 5 "$TMP/a.xml"
$ amur -q synth --iati --projects 25 --seed 5 - > "$TMP/b.xml"
$ cmp "$TMP/a.xml" "$TMP/b.xml" && echo same seed, same file
$ xmllint --noout "$TMP/a.xml" && echo well formed
$ grep -c '<iati-activity ' "$TMP/a.xml"
$ grep -c 'synthetic: a generated activity' "$TMP/a.xml"
$ amur --db "$DB" import-iati "$TMP/a.xml" | head -1
--- stdout
same seed, same file
well formed
25
25
imported $TMP/a.xml: 25 activities, 0 left out, 0 problems; 303 added, 0 changed
--- status
0
