# The README's example of the review queue ("Reviewing proposed claims") runs
# as written against the bundled dataset: each command is read from
# README.md, with ./amur as the test's amur and candidates.json in $TMP.
$ amur --db "$DB" -q load data
$ sed -n '/^## Reviewing proposed claims/,/^## Data/p' README.md | grep '^    \./amur ' | sed 's/  *#.*$//; s|^    \./amur |amur --db "$DB" |; s|candidates.json|"$TMP/candidates.json"|' > "$TMP/cmds"
$ wc -l < "$TMP/cmds"
$ while IFS= read -r -u 3 line; do eval "$line"; echo "status $?"; done 3< "$TMP/cmds"
--- stdout
7
status 0
5 proposals stored, pending review: 1 2 3 4 5
status 0
id  status   subject                property           value            conf  claim / reason  quote
──  ───────  ─────────────────────  ─────────────────  ───────────────  ────  ──────────────  ──────────────────────────────────────────────────────────────────────────────────────────────
1   pending  prj-blag-heihe-bridge  actual_opening     2022-06-10       1.00                  The Blagoveschensk-Heihe road bridge across the Amur opened to cargo traffic on June 10, 2022.
2   pending  prj-blag-heihe-bridge  actual_completion  2019             0.80                  The bridge was completed in 2019, but the pandemic kept it closed.
3   pending  prj-blag-heihe-bridge  stage              suspended        0.60                  The bridge was completed in 2019, but the pandemic kept it closed.
4   pending  prj-blag-heihe-bridge  planned_opening    2023             0.70                  The bridge is expected to open for passenger traffic next spring.
5   pending  prj-blag-heihe-bridge  cost               14000000000 RUB  0.70                  The Russian side spent 14 billion rubles on the project.
status 0
proposal 1 accepted by Anna: claim ext-e3658ba83714de4a
status 0
proposal 4 accepted by Anna: claim ext-99118b1116910c48
status 0
proposal 3 rejected by Anna
status 0
id  status    subject                property         value       conf  claim / reason        quote
──  ────────  ─────────────────────  ───────────────  ──────────  ────  ────────────────────  ──────────────────────────────────────────────────────────────────────────────────────────────
1   accepted  prj-blag-heihe-bridge  actual_opening   2022-06-10  1.00  ext-e3658ba83714de4a  The Blagoveschensk-Heihe road bridge across the Amur opened to cargo traffic on June 10, 2022.
4   accepted  prj-blag-heihe-bridge  planned_opening  2023        0.70  ext-99118b1116910c48  The bridge is expected to open for passenger traffic next spring.
status 0
--- stderr
--- status
0
