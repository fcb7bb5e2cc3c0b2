# export and load carry IATI flows (issue 15: they were lost on the way):
# export writes flows.csv (every snapshot of every activity, history
# included) and lists it in MANIFEST; load stores each snapshot as the
# import did; a second export is byte for byte the first, and export-iati
# of the loaded copy is that of the original (every transaction kept).
$ amur -q --db "$DB" load tests/bundles/small
$ amur -q --db "$DB" import-iati tests/iati/snapshot-a.xml tests/iati/snapshot-b.xml tests/iati/money.xml 2>/dev/null
$ amur -q --db "$DB" export "$TMP/a"
$ grep -c flows.csv "$TMP/a/MANIFEST"; head -4 "$TMP/a/flows.csv"; grep -c . "$TMP/a/flows.csv"
$ amur --db "$TMP/b.db" load "$TMP/a" | tail -2
$ amur -q --db "$TMP/b.db" export "$TMP/b" && diff -r "$TMP/a" "$TMP/b" && echo "the second export is the first"
$ amur --db "$DB" export-iati --output "$TMP/a.xml" >/dev/null; amur --db "$TMP/b.db" export-iati --output "$TMP/b.xml" >/dev/null
$ sed '/generated-datetime/d' "$TMP/a.xml" >"$TMP/a1"; sed '/generated-datetime/d' "$TMP/b.xml" >"$TMP/b1"; cmp "$TMP/a1" "$TMP/b1" && echo "export-iati of the copy is that of the original"; grep -c '<transaction' "$TMP/b.xml"
# loading the same again changes nothing; --json names the flows
$ amur --json --db "$TMP/b.db" load "$TMP/a" | jq -c '.[] | select(.id == "flows")'
# a bundle without IATI flows says nothing of them
$ amur --db "$TMP/c.db" load tests/bundles/small | grep -c flows
# bad flows: each problem names file, line and field; nothing is stored
$ cp -r "$TMP/a" "$TMP/bad" && rm "$TMP/bad/MANIFEST"
$ printf 'no-such-activity,iati:XM-TEST,2020-01-01,1,transaction,disbursement,2019-06-01,,1,USD,,,,,,,,\nM-1,iati:XM-TEST,2020-01-01,3,gift,,2019-06-01,,1,USD,,,,,,,,\nM-1,iati:XM-TEST,2022-01-10,1,budget,original,2020-01-01,2019-12-31,1,USD,,,,,,,,\nM-1,iati:XM-TEST,2022-01-11,2,transaction,,2020-01-01,,ten,USD,,,,,,,,\n' >>"$TMP/bad/flows.csv"
$ amur --db "$TMP/c.db" load "$TMP/bad" 2>&1 | sed "s#$TMP/##"; amur --db "$TMP/c.db" --json summary | jq -c 'map(.id)'
# amur summary counts the flows where there are any
$ amur --db "$TMP/b.db" summary | tail -2
--- stdout
1
activity,source,reported,seq,kind,type,date,end,value,currency,value_date,provider,receiver,provider_ref,receiver_ref,description,file,line
M-1,iati:XM-TEST,2022-01-10,1,budget,original,2020-01-01,2020-12-31,1500000.50,CNY,2020-01-01,,,,,,money.xml,11
M-1,iati:XM-TEST,2022-01-10,2,budget,revised,2021-01-01,2021-12-31,200000,USD,2021-01-01,,,,,,money.xml,15
M-1,iati:XM-TEST,2022-01-10,3,planned-disbursement,original,2021-01-01,2021-03-31,50000,USD,2021-01-01,Test Ministry,Border Works Ltd,XM-TEST,,,money.xml,19
10
indicators   2          2      0        0          2
flows        9          9      0        0          9
the second export is the first
export-iati of the copy is that of the original
12
{"id":"flows","rows":9,"added":0,"changed":0,"unchanged":9,"stored":9}
0
bad/flows.csv:11: activity: 'no-such-activity': no such project in the bundle or the database
bad/flows.csv:12: kind: 'gift' is not one of: transaction, budget, planned-disbursement
bad/flows.csv:13: end: '2019-12-31' is before date '2020-01-01'
bad/flows.csv:13: seq: flow 1 of activity 'M-1' from 'iati:XM-TEST' reported 2022-01-10 is already at line 2
bad/flows.csv:14: value: 'ten': not a number
amur: bad: 5 problems; nothing was loaded
["sources","places","actors","instruments","projects","listings","stakes","claims","indicators"]
indicators   2
flows        9
--- stderr
export-iati: bridge left out: no start or completion date, and IATI needs an activity-date
export-iati: quiet left out: no stage claim, and IATI needs an activity-status
export-iati: 2 of 4 projects left out for lack of what IATI requires (see above)
export-iati: bridge left out: no start or completion date, and IATI needs an activity-date
export-iati: quiet left out: no stage claim, and IATI needs an activity-status
export-iati: 2 of 4 projects left out for lack of what IATI requires (see above)
--- status
0
