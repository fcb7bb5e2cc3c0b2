# An identifier too long to be an id once escaped is cut and hashed for the id
# (docs/iati.md, "Ids"), with a warning that says so; the project's note keeps
# it whole and the export gives it back as published, round trip included.
$ amur --db "$DB" -q import-iati tests/iati/long-id.xml
$ amur --db "$DB" export-iati --output "$TMP/1.xml" && grep '<iati-identifier>' "$TMP/1.xml"
$ amur --db "$TMP/2.db" -q import-iati "$TMP/1.xml" 2>/dev/null; amur --db "$TMP/2.db" export-iati --output "$TMP/2.xml" && cmp "$TMP/1.xml" "$TMP/2.xml" && echo identical
--- stdout
    <iati-identifier>http://www.example.org/activities/12345 phase two of the border bridge programme/part one.xml and some more words</iati-identifier>
identical
--- stderr
tests/iati/long-id.xml:4:3: http://www.example.org/activities/12345 phase two of the border bridge programme/part one.xml and some more words: identifier too long for an id once escaped (128 characters): stored as 'http://www.example.org/activities/12345_20phase_20two_20of_20the_20border_20bridge_20programme/part_20one.xml-132c502f03136544', and whole in the project's note
--- status
0
