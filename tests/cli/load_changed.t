# A changed bundle updates what changed and adds what is new; the rest stays.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" --json load tests/bundles/v2
$ amur --db "$DB" projects
--- stdout
[
{"id":"sources","rows":0,"added":0,"changed":0,"unchanged":0,"stored":3},
{"id":"places","rows":0,"added":0,"changed":0,"unchanged":0,"stored":5},
{"id":"actors","rows":0,"added":0,"changed":0,"unchanged":0,"stored":1},
{"id":"instruments","rows":0,"added":0,"changed":0,"unchanged":0,"stored":1},
{"id":"projects","rows":1,"added":0,"changed":1,"unchanged":0,"stored":2},
{"id":"listings","rows":0,"added":0,"changed":0,"unchanged":0,"stored":1},
{"id":"stakes","rows":0,"added":0,"changed":0,"unchanged":0,"stored":1},
{"id":"claims","rows":1,"added":1,"changed":0,"unchanged":0,"stored":6},
{"id":"indicators","rows":0,"added":0,"changed":0,"unchanged":0,"stored":2}
]
id      kind    side  place  name_en                                   name_ru                    name_zh
──────  ──────  ────  ─────  ────────────────────────────────────────  ─────────────────────────  ───────────────────────
bridge  bridge        blag   Blagoveshchensk–Heihe road bridge (Amur)  Мост Благовещенск — Хэйхэ  黑河—布拉戈维申斯克大桥
quiet   other   ru           A project nobody reports on
--- status
0
