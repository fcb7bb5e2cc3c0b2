# An external entity (file:///etc/passwd) is never loaded and an entity bomb
# never expanded, and XML nested 300,000 deep is refused at libxml2's depth
# limit (256) without recursion: each file is refused and nothing is stored.
$ amur --db "$DB" import-iati tests/iati/external-entity.xml; echo "status $?"
$ amur --db "$DB" import-iati tests/iati/entity-bomb.xml; echo "status $?"
$ { printf '<?xml version="1.0"?>\n<iati-activities version="2.03"><iati-activity><iati-identifier>D-1</iati-identifier>'; head -c 300000 /dev/zero | sed 's/\x0/<a>/g'; } >"$TMP/deep.xml"
$ amur --db "$DB" import-iati "$TMP/deep.xml"; echo "status $?"
$ amur --db "$DB" summary | grep -E '^(projects|claims) '
$ amur --db "$DB" claims | grep -c root: || true
--- stdout
status 1
status 1
status 1
projects     0
claims       0
0
--- stderr
amur: tests/iati/external-entity.xml:3:104: entity reference &xxe; refused: IATI files need no DTD entities, and amur never expands or loads them; nothing from tests/iati/external-entity.xml was stored
amur: tests/iati/entity-bomb.xml:14:110: Detected an entity reference loop; nothing from tests/iati/entity-bomb.xml was stored
amur: $TMP/deep.xml:2:853: Excessive depth in document: 256 use XML_PARSE_HUGE option; nothing from $TMP/deep.xml was stored
--- status
0
