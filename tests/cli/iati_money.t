# Budgets, planned disbursements and transactions are financial flows, not
# cost claims: every one is kept (the two identical disbursements of 75000 USD
# on 2020-05-04 stay two), none is a claim, so none can contradict another.
# "1,000" is not a number and is left out. Importing again changes nothing;
# the export gives them back with their currency (CNY, else the default USD),
# types, periods, organisations and description.
$ amur --db "$DB" import-iati tests/iati/money.xml
$ amur --db "$DB" import-iati tests/iati/money.xml | head -1
$ amur --db "$DB" claims --property cost
$ amur --db "$DB" contradictions | grep -c M-1
$ amur --db "$DB" export-iati M-1 | sed -n '/<budget/,/<\/iati-activity>/p'
--- stdout
imported tests/iati/money.xml: 1 activity, 0 left out, 1 problem; 11 added, 0 changed

table     in files  added  changed  unchanged  stored
────────  ────────  ─────  ───────  ─────────  ──────
sources   1         1      0        0          1
places    0         0      0        0          0
actors    1         1      0        0          1
projects  1         1      0        0          1
stakes    1         1      0        0          1
claims    2         2      0        0          2
flows     5         5      0        0          5
imported tests/iati/money.xml: 1 activity, 0 left out, 1 problem; 0 added, 0 changed
0
    <budget type="1">
      <period-start iso-date="2020-01-01"/>
      <period-end iso-date="2020-12-31"/>
      <value currency="CNY" value-date="2020-01-01">1500000.50</value>
    </budget>
    <budget type="2">
      <period-start iso-date="2021-01-01"/>
      <period-end iso-date="2021-12-31"/>
      <value currency="USD" value-date="2021-01-01">200000</value>
    </budget>
    <planned-disbursement type="1">
      <period-start iso-date="2021-01-01"/>
      <period-end iso-date="2021-03-31"/>
      <value currency="USD" value-date="2021-01-01">50000</value>
      <provider-org ref="XM-TEST">
        <narrative>Test Ministry</narrative>
      </provider-org>
      <receiver-org>
        <narrative>Border Works Ltd</narrative>
      </receiver-org>
    </planned-disbursement>
    <transaction>
      <transaction-type code="3"/>
      <transaction-date iso-date="2020-05-04"/>
      <value currency="USD" value-date="2020-05-04">75000</value>
      <description>
        <narrative>First tranche</narrative>
      </description>
      <receiver-org ref="XM-BW-1">
        <narrative>Border Works Ltd</narrative>
      </receiver-org>
    </transaction>
    <transaction>
      <transaction-type code="3"/>
      <transaction-date iso-date="2020-05-04"/>
      <value currency="USD" value-date="2020-05-04">75000</value>
      <description>
        <narrative>First tranche</narrative>
      </description>
      <receiver-org ref="XM-BW-1">
        <narrative>Border Works Ltd</narrative>
      </receiver-org>
    </transaction>
  </iati-activity>
--- stderr
tests/iati/money.xml:37:5: M-1: transaction value '1,000' is not a number; left out
tests/iati/money.xml:37:5: M-1: transaction value '1,000' is not a number; left out
amur: no claim has property 'cost'
--- status
0
