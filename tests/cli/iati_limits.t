# An activity over a limit is refused whole and named (file:line, identifier,
# which limit), nothing of it stored, exit 1; the other activities import.
# Limits are raised for real large activities: 50,000 transactions import
# whole (every one kept); 80,001 are over IATI_FLOWS_MAX.
$ gen() { awk -v n="$2" -v id="$1" 'BEGIN { print "<iati-activity last-updated-datetime=\"2023-01-01T00:00:00Z\" default-currency=\"USD\"><iati-identifier>" id "</iati-identifier><reporting-org ref=\"XM-TEST\" type=\"10\"><narrative>Test Ministry</narrative></reporting-org><title><narrative>Large</narrative></title><participating-org ref=\"XM-TEST\" role=\"1\"><narrative>Test Ministry</narrative></participating-org><activity-status code=\"2\"/><activity-date type=\"1\" iso-date=\"2020-01-01\"/>"; for (i = 0; i < n; i++) print "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-01-01\"/><value value-date=\"2020-01-01\">100</value></transaction>"; print "</iati-activity>" }'; }
$ { echo '<iati-activities version="2.03">'; gen XM-BIG 50000; gen XM-HUGE 80001; gen XM-SMALL 2; echo '</iati-activities>'; } > "$TMP/big.xml"
$ amur --db "$DB" import-iati "$TMP/big.xml" >"$TMP/out"; echo "exit status $?"; sed -n '1p;$p' "$TMP/out"
$ amur --db "$DB" --json projects | grep -o '"id":"[^"]*"'
$ amur --db "$DB" export-iati XM-BIG XM-SMALL 2>&1 | grep -c '<transaction>'
--- stdout
exit status 1
imported $TMP/big.xml: 2 activities, 1 left out, 1 problem; 50012 added, 0 changed
flows     50002     50002  0        0          50002
"id":"XM-BIG"
"id":"XM-SMALL"
50002
--- stderr
$TMP/big.xml:50004:1: XM-HUGE: activity over the limit of transactions, budgets and planned disbursements (IATI_FLOWS_MAX 80,000): refused whole, nothing of it stored
amur: import-iati: 1 activity left out (see above); the rest was stored
--- status
0
