# Identifier escaping: "GB-1 project #7 (phase_2) _AB" → space _20, # _23,
# ( _28, ) _29, the '_' before "2)" stays, the '_' before "AB" becomes _5F;
# the 147-character id is cut at 111 and ends in '-' and a 16-digit hash.
# The export gives the identifiers back as published.
$ amur --db "$DB" -q import-iati tests/iati/ids.xml
$ amur --db "$DB" projects
$ amur --db "$DB" sources
$ amur --db "$DB" export-iati | grep iati-identifier
--- stdout
id                                                                                                                                kind   side  place  name_en  name_ru  name_zh
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────  ─────  ────  ─────  ───────  ───────  ───────
GB-1_20project_20_237_20_28phase_2_29_20_5FAB                                                                                     other               Escaped
XM-LONG-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-3cea478bb4dc4273  other               Long
id           tier              date  publisher  title
───────────  ────────────────  ────  ─────────  ──────────────────────────────
iati:GB_201  foreign-official        UK         IATI activities reported by UK
    <iati-identifier>GB-1 project #7 (phase_2) _AB</iati-identifier>
    <iati-identifier>XM-LONG-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-3cea478bb4dc4273</iati-identifier>
--- status
0
