# amur regions on a hand-built bundle (tests/bundles/regions). Worked out by hand:
# r1: FDI 20% (2014) → 10% (2019): falling, -10 pp; import 85% ≥ 80 → dependent.
# r2: one year only (import 45% < 50) → independent, and no trend at all.
# r3: import 45–55% straddles the 50% threshold → uncertain; export composition
#     ore 60, timber 30, fish 10 → HHI = 0.6² + 0.3² + 0.1² = 0.36 + 0.09 + 0.01 = 0.460.
# r4: FDI 5 (2014), 8 (2019), 9 (2022): trend 2014→2022 = +4 pp, rising; no import
#     share, so no typology on imports; export 80% for 2018/2019 counts for 2019.
#   --as-of 2020: the 2022 value has not begun → trend 2014→2019 = +3 pp.
#   --known-by 2023: source "late" (2024-05) is not yet published → the same +3 pp.
#   --by export_share: r4 80 ≥ 80 → dependent; the others have no export share.
#   --from 2019 --to 2022 for r4: 8 → 9 = +1 pp.
$ amur --db "$DB" -q load tests/bundles/regions
$ amur --db "$DB" regions
$ amur --db "$DB" regions --as-of 2020 --region r4 --json
$ amur --db "$DB" regions --known-by 2023 --region r4 | tail -1
$ amur --db "$DB" regions --by export_share --from 2019 --to 2022 | tail -4
$ amur --db "$DB" regions --by nonsense; echo "status $?"
$ amur --db "$DB" regions --dependent 30 --independent 60; echo "status $?"
--- stdout
region  year  export_share  import_share  fdi_stock_share  hhi
──────  ────  ────────────  ────────────  ───────────────  ─────
r1      2014                              20%
r1      2019                85%           10%
r2      2019                45%
r3      2019                45–55%                         0.460
r4      2014                              5%
r4      2019  80%                         8%
r4      2022                              9%

typology on import_share: dependent at 80% and above, independent below 50%

region  name          sources say  computed     on                        fdi trend                   export trend  import trend
──────  ────────────  ───────────  ───────────  ────────────────────────  ──────────────────────────  ────────────  ────────────
r1      Region One                 dependent    import_share 2019 85%     falling -10 pp (2014→2019)
r2      Region Two                 independent  import_share 2019 45%
r3      Region Three               uncertain    import_share 2019 45–55%
r4      Region Four                                                       rising +4 pp (2014→2022)
[
{"id":"r4","region":"r4","name":"Region Four","names":{"en":"Region Four","ru":null,"zh":null},"partner":"cn","values":[{"year":2014,"export_share":null,"import_share":null,"fdi_stock_share":{"value":5.0,"max":null,"indicator":"d1"},"hhi":null},{"year":2019,"export_share":{"value":80.0,"max":null,"indicator":"d4"},"import_share":null,"fdi_stock_share":{"value":8.0,"max":null,"indicator":"d2"},"hhi":null}],"typology":null,"trend":{"export_share":null,"import_share":null,"fdi_stock_share":{"from":2014,"to":2019,"from_value":5.0,"to_value":8.0,"change":3.0,"direction":"rising"}},"source_typology":null}
]
r4      Region Four                             rising +3 pp (2014→2019)
r1      Region One
r2      Region Two
r3      Region Three
r4      Region Four                dependent  export_share 2019 80%  rising +1 pp (2019→2022)
status 2
status 2
--- stderr
amur: regions: --by: 'nonsense' is not one of export_share, import_share, fdi_stock_share
amur: regions: --dependent (30) must not be below --independent (60)
--- status
0
