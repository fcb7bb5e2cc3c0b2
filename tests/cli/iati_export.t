# export-iati writes IATI 2.03 that validates against the official schema:
# the bundled small example (native Amur records; its programme prog-2009
# lists one project, bridge) and an IATI import; an unknown project writes
# nothing.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" export-iati --output "$TMP/small.xml"
$ amur --db "$DB" export-iati --instrument prog-2009 | grep -E '<iati-(identifier|activity )'
$ xmllint --noout --schema ../shared/data/iati/schemas/iati-activities-schema.xsd "$TMP/small.xml" 2>&1 | sed "s|$TMP|\$TMP|"
$ amur --db "$DB" -q import-iati tests/iati/places.xml tests/iati/money.xml tests/iati/orgs.xml 2>/dev/null
$ amur --db "$DB" export-iati --project P-1 M-1,XM-DAC-41114-P1
$ amur --db "$DB" export-iati --project nope; echo "status $?"
--- stdout
  <iati-activity last-updated-datetime="2021-10-07T00:00:00Z">
    <iati-identifier>bridge</iati-identifier>
$TMP/small.xml validates
<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
  <iati-activity last-updated-datetime="2022-01-10T00:00:00Z">
    <iati-identifier>P-1</iati-identifier>
    <reporting-org ref="XM-TEST" type="10">
      <narrative xml:lang="en">Test Ministry</narrative>
    </reporting-org>
    <title>
      <narrative xml:lang="en">Places</narrative>
    </title>
    <description type="1">
      <narrative xml:lang="en">Places</narrative>
    </description>
    <participating-org ref="XM-TEST" type="10" role="2">
      <narrative xml:lang="en">Test Ministry</narrative>
    </participating-org>
    <activity-status code="1"/>
    <activity-date type="1" iso-date="2022-01-10"/>
    <recipient-country code="RU" percentage="60"/>
    <recipient-country code="CN" percentage="40"/>
    <location ref="BLG">
      <name>
        <narrative xml:lang="en">Blagoveshchensk</narrative>
      </name>
      <point srsName="http://www.opengis.net/def/crs/EPSG/0/4326">
        <pos>50.2667 127.5333</pos>
      </point>
    </location>
  </iati-activity>
  <iati-activity last-updated-datetime="2022-01-10T00:00:00Z">
    <iati-identifier>M-1</iati-identifier>
    <reporting-org ref="XM-TEST" type="10">
      <narrative xml:lang="en">Test Ministry</narrative>
    </reporting-org>
    <title>
      <narrative xml:lang="en">Money</narrative>
    </title>
    <description type="1">
      <narrative xml:lang="en">Money</narrative>
    </description>
    <participating-org ref="XM-TEST" type="10" role="2">
      <narrative xml:lang="en">Test Ministry</narrative>
    </participating-org>
    <activity-status code="1"/>
    <activity-date type="1" iso-date="2022-01-10"/>
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
    <transaction>
      <transaction-type code="3"/>
      <transaction-date iso-date="2020-05-04"/>
      <value currency="USD" value-date="2020-05-04">75000</value>
    </transaction>
  </iati-activity>
  <iati-activity last-updated-datetime="2022-01-10T00:00:00Z">
    <iati-identifier>XM-DAC-41114-P1</iati-identifier>
    <reporting-org ref="XM-DAC-41114" type="40">
      <narrative xml:lang="en">UNDP</narrative>
    </reporting-org>
    <title>
      <narrative xml:lang="en">Orgs</narrative>
    </title>
    <description type="1">
      <narrative xml:lang="en">Orgs</narrative>
    </description>
    <participating-org ref="XM-DAC-41114" type="40" role="1">
      <narrative xml:lang="en">UNDP</narrative>
    </participating-org>
    <participating-org ref="RU-GOV-1" type="10" role="2">
      <narrative xml:lang="en">Ministry of Transport</narrative>
      <narrative xml:lang="ru">Минтранс</narrative>
    </participating-org>
    <participating-org type="21" role="3">
      <narrative xml:lang="en">Friends of the Amur</narrative>
    </participating-org>
    <participating-org ref="CN-CO-7" type="70" role="4">
      <narrative xml:lang="en">Bridge Builders Ltd</narrative>
    </participating-org>
    <activity-status code="1"/>
    <activity-date type="1" iso-date="2023-03-01"/>
  </iati-activity>
</iati-activities>
status 1
--- stderr
amur: export-iati: no project 'nope'
--- status
0
