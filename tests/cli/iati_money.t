# budget and transaction → cost claims: CNY budget (type 1 original), the
# revised budget in the default currency USD, a disbursement of 75000 USD on
# 2020-05-04; "1,000" is not a number and is left out.
$ amur --db "$DB" import-iati tests/iati/money.xml
$ amur --db "$DB" --json claims --property cost
--- stdout
imported tests/iati/money.xml: 1 activity, 0 left out, 1 problem; 5 added, 0 changed

table     in files  added  changed  unchanged  stored
────────  ────────  ─────  ───────  ─────────  ──────
sources   1         1      0        0          1
places    0         0      0        0          0
actors    0         0      0        0          0
projects  1         1      0        0          1
stakes    0         0      0        0          0
claims    3         3      0        0          3
[
{"id":"iati:9740c3f50dff4975","subject":"M-1","property":"cost","value":"1500000.50","unit":"CNY","scope":"budget=original","date":"2022-01-10","refers_to":"2020-01-01/2020-12-31","source":"iati:XM-TEST","locator":"budget","quote":null,"note":null,"quote_lang":null,"via":null,"tier":"federal"},
{"id":"iati:64345a7ea2d27e79","subject":"M-1","property":"cost","value":"200000","unit":"USD","scope":"budget=revised","date":"2022-01-10","refers_to":"2021-01-01/2021-12-31","source":"iati:XM-TEST","locator":"budget","quote":null,"note":null,"quote_lang":null,"via":null,"tier":"federal"},
{"id":"iati:ff091e48851dafb2","subject":"M-1","property":"cost","value":"75000","unit":"USD","scope":"transaction=disbursement","date":"2022-01-10","refers_to":"2020-05-04","source":"iati:XM-TEST","locator":"transaction","quote":null,"note":null,"quote_lang":null,"via":null,"tier":"federal"}
]
--- stderr
tests/iati/money.xml:20: M-1: transaction value '1,000' is not a number; left out
--- status
0
