# Import → export keeps descriptions by type, each with all its languages in
# one element, other identifiers, sectors (vocabulary, code, percentage), policy
# markers (vocabulary, code, significance) and
# related activities, every location (the one without a name comes back
# without one, not as "location"); importing the export and exporting again gives the same
# XML.
$ amur --db "$DB" -q import-iati tests/iati/roundtrip.xml
$ amur --db "$DB" export-iati --output "$TMP/1.xml" && sed -n '/<description/,/<activity-status/p;/<location/,/<\/location/p;/<sector/p;/<policy-marker/p;/<related/p' "$TMP/1.xml"
$ amur --db "$TMP/2.db" -q import-iati "$TMP/1.xml" && amur --db "$TMP/2.db" export-iati --output "$TMP/2.xml" && cmp "$TMP/1.xml" "$TMP/2.xml" && echo identical
--- stdout
    <description type="1">
      <narrative>General</narrative>
      <narrative xml:lang="fr">Général</narrative>
    </description>
    <description type="2">
      <narrative>Objectives</narrative>
    </description>
    <participating-org ref="XM-TEST" type="40" role="1">
      <narrative xml:lang="en">Test Bank</narrative>
    </participating-org>
    <other-identifier ref="P057761" type="B1"/>
    <activity-status code="2"/>
    <location ref="L-1">
      <name>
        <narrative xml:lang="en">Blagoveshchensk landing</narrative>
      </name>
      <point srsName="http://www.opengis.net/def/crs/EPSG/0/4326">
        <pos>50.25 127.53</pos>
      </point>
    </location>
    <location ref="L-2">
      <point srsName="http://www.opengis.net/def/crs/EPSG/0/4326">
        <pos>50.27 127.54</pos>
      </point>
    </location>
    <sector vocabulary="1" code="21020" percentage="60"/>
    <sector vocabulary="1" code="21030" percentage="40"/>
    <sector vocabulary="98" code="ROADS"/>
    <policy-marker vocabulary="1" code="2" significance="1"/>
    <policy-marker vocabulary="1" code="9"/>
    <related-activity ref="XM-TEST-PARENT" type="1"/>
identical
--- stderr
--- status
0
