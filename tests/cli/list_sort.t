# amur LISTING --sort COLUMN (or -COLUMN, largest first): numbers as
# numbers, empty values last either way, ties by id; a column the listing
# lacks is a usage error with the nearest one. The API's sort= does the
# same on its lists (tests/api/lists.t).
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$TMP/r.db" -q load tests/bundles/risks
$ amur --db "$TMP/r.db" --json stakes --sort -influence | jq -c '[.[] | [.id, .influence]]'
$ amur --db "$TMP/r.db" --json stakes --sort influence | jq -c '[.[] | [.id, .influence]]'
$ amur --db "$TMP/r.db" stakes --sort -influence | awk 'NR > 2 {print $1, $5}'
$ amur --db "$DB" --json projects --sort name | jq -c '[.[].name]'
$ amur --db "$DB" --json projects --sort -name | jq -c '[.[].name]'
$ amur --db "$DB" --json claims --sort -date --property stage | jq -c '[.[] | [.id, .date]]'
$ amur --db "$DB" --json claims --sort tier | jq -c '[.[].tier] | unique'
$ amur --db "$DB" projects --sort kind
$ amur --db "$DB" projects --sort knd
$ amur --db "$DB" projects --sort nothing-like-it
--- stdout
[["s2",5],["s4",5],["s1",4],["s5",4],["s6",4],["s3",2]]
[["s3",2],["s1",4],["s5",4],["s6",4],["s2",5],["s4",5]]
s2 5
s4 5
s1 4
s5 4
s6 4
s3 2
["A project nobody reports on","Blagoveshchensk–Heihe road bridge"]
["Blagoveshchensk–Heihe road bridge","A project nobody reports on"]
[["c3","2021-10-07"],["c4","2021-10-01"]]
["academic","local-media","national-media"]
id      kind    side  place  name_en                            name_ru                    name_zh
──────  ──────  ────  ─────  ─────────────────────────────────  ─────────────────────────  ───────────────────────
bridge  bridge        blag   Blagoveshchensk–Heihe road bridge  Мост Благовещенск — Хэйхэ  黑河—布拉戈维申斯克大桥
quiet   other   ru           A project nobody reports on
--- stderr
amur: --sort: no column 'knd' in projects; did you mean 'kind'?
amur: --sort: no column 'nothing-like-it' in projects
--- status
2
