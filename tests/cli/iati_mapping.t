# IATI import, one mapping rule per file (docs/iati.md). Worked out by hand:
# names.xml: en/ru/zh titles become the names, the French one a note line;
#   XM-TEST-names-2 has only a French title, which becomes name_en; the
#   description's white space is collapsed. Activity 1 is dated by its
#   last-updated-datetime (2021-02-15), activity 2 by the file's
#   generated-datetime (2021-03-01).
$ amur --db "$DB" -q import-iati tests/iati/names.xml
$ amur --db "$DB" --json projects
$ amur --db "$DB" claims
# status.xml: codes 1..6 → listed, under-construction, completed, completed, cancelled, suspended
$ amur --db "$DB" -q import-iati tests/iati/status.xml
$ amur --db "$DB" claims --property stage
--- stdout
[
{"id":"XM-TEST-names-1","kind":"other","name":"Blagoveshchensk bridge","names":{"en":"Blagoveshchensk bridge","ru":"Мост Благовещенск","zh":"布拉戈维申斯克大桥"},"place":null,"side":null,"parent":null,"source":"iati:XM-TEST","locator":null,"note":"title@fr: Pont de Blagovechtchensk\ndescription@en: A road bridge across the Amur."},
{"id":"XM-TEST-names-2","kind":"other","name":"Zone franche","names":{"en":"Zone franche","ru":null,"zh":null},"place":null,"side":null,"parent":null,"source":"iati:XM-TEST","locator":null,"note":"title@fr: Zone franche"}
]
id                     subject          property  value               date        refers_to   source        note                                     tier
─────────────────────  ───────────────  ────────  ──────────────────  ──────────  ──────────  ────────────  ───────────────────────────────────────  ────────────────
iati:e049557912b4c2e8  XM-TEST-names-1  stage     under-construction  2021-02-15  2021-02-15  iati:XM-TEST  IATI activity-status 2 (Implementation)  foreign-official
id                     subject          property  value               date        refers_to   source        note                                              tier
─────────────────────  ───────────────  ────────  ──────────────────  ──────────  ──────────  ────────────  ────────────────────────────────────────────────  ────────────────
iati:e049557912b4c2e8  XM-TEST-names-1  stage     under-construction  2021-02-15  2021-02-15  iati:XM-TEST  IATI activity-status 2 (Implementation)           foreign-official
iati:38d8f344ff9d1a0f  S-1              stage     listed              2021-03-01  2021-03-01  iati:XM-TEST  IATI activity-status 1 (Pipeline/identification)  foreign-official
iati:e9d8fbf1594e9d25  S-2              stage     under-construction  2021-03-01  2021-03-01  iati:XM-TEST  IATI activity-status 2 (Implementation)           foreign-official
iati:bb001f6171bfe0e5  S-3              stage     completed           2021-03-01  2021-03-01  iati:XM-TEST  IATI activity-status 3 (Finalisation)             foreign-official
iati:3e4268bba44d0d30  S-4              stage     completed           2021-03-01  2021-03-01  iati:XM-TEST  IATI activity-status 4 (Closed)                   foreign-official
iati:6c1fa4fffca89bb1  S-5              stage     cancelled           2021-03-01  2021-03-01  iati:XM-TEST  IATI activity-status 5 (Cancelled)                foreign-official
iati:5721852f00bda5b6  S-6              stage     suspended           2021-03-01  2021-03-01  iati:XM-TEST  IATI activity-status 6 (Suspended)                foreign-official
--- status
0
