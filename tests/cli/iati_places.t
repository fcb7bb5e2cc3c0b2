# recipient-country → places ru, cn (kind country, codelist name unless a
# narrative says otherwise); recipient-region 789 → iati-region:789 (kind
# group); location → P-1/location/BLG with its coordinates, and the
# project's place. Percentages → share claims. P-2 has one country: its
# side and place are mn.
$ amur --db "$DB" -q import-iati tests/iati/places.xml
$ amur --db "$DB" places
$ amur --db "$DB" projects
$ amur --db "$DB" claims --property share
--- stdout
id                kind     name_en                   name_ru  name_zh  country  lat      lon
────────────────  ───────  ────────────────────────  ───────  ───────  ───────  ───────  ────────
ru                country  Russian Federation (the)
cn                country  China
iati-region:789   group    Far East Asia, regional
P-1/location/BLG  other    Blagoveshchensk                                      50.2667  127.5333
mn                country  Mongolia
id   kind   side  place             name_en      name_ru  name_zh
───  ─────  ────  ────────────────  ───────────  ───────  ───────
P-1  other        P-1/location/BLG  Places
P-2  other  mn    mn                One country
id                     subject  property  value  date        refers_to   source        note  tier
─────────────────────  ───────  ────────  ─────  ──────────  ──────────  ────────────  ────  ────────────────
iati:845d2e3ee14c170d  P-1      share     60     2022-01-10  2022-01-10  iati:XM-TEST        foreign-official
iati:99271dbd5c8b779b  P-1      share     40     2022-01-10  2022-01-10  iati:XM-TEST        foreign-official
--- status
0
