# A later snapshot replaces what the earlier one said about the same activity:
# snapshot b (2021) names one recipient country where a (2020) named three, and
# corrects a disbursement from 5000 to 500. The export writes the latest state
# only (RU at 100%, two transactions summing to 1500, not 3 countries summing to
# 200% or the corrected transaction twice); the earlier shares stay as claims
# dated 2020 (so --known-by 2020 still sees that list) and the earlier flows in
# the flows table. Importing b again changes nothing.
$ amur --db "$DB" -q import-iati tests/iati/snapshot-a.xml
$ amur --db "$DB" -q import-iati tests/iati/snapshot-b.xml
$ amur --db "$DB" import-iati tests/iati/snapshot-b.xml | head -1
$ amur --db "$DB" export-iati XM-TEST-SNAP | grep -E 'recipient-country|<value'
$ amur --db "$DB" --json claims --subject XM-TEST-SNAP --property share | grep -o '"value":"[0-9]*","unit":"percent","scope":"[^"]*","date":"[^"]*"'
--- stdout
imported tests/iati/snapshot-b.xml: 1 activity, 0 left out, 0 problems; 0 added, 0 changed
    <recipient-country code="RU" percentage="100"/>
      <value currency="USD" value-date="2019-06-01">1000</value>
      <value currency="USD" value-date="2019-07-01">500</value>
"value":"50","unit":"percent","scope":"recipient_country=RU","date":"2020-01-01"
"value":"30","unit":"percent","scope":"recipient_country=CN","date":"2020-01-01"
"value":"20","unit":"percent","scope":"recipient_country=MN","date":"2020-01-01"
"value":"100","unit":"percent","scope":"recipient_country=RU","date":"2021-01-01"
--- stderr
--- status
0
