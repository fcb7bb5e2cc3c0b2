# IATI 1.05: element text instead of narratives, one title per language,
# role and date-type words, the 1.0x transaction code C (commitment). Claims
# are dated by the file's generated-datetime.
$ amur --db "$DB" -q import-iati tests/iati/legacy-105.xml
$ amur --db "$DB" projects
$ amur --db "$DB" stakes
$ amur --db "$DB" claims
--- stdout
id          kind   side  place  name_en    name_ru       name_zh
──────────  ─────  ────  ─────  ─────────  ────────────  ───────
NL-1-OLD-9  other  kz    kz     Old style  Старый стиль
id                                                         project     actor                                 role        influence  from  to
─────────────────────────────────────────────────────────  ──────────  ────────────────────────────────────  ──────────  ─────────  ────  ──
NL-1-OLD-9/financier/org:NL-1/ministry-of-foreign-affairs  NL-1-OLD-9  org:NL-1/ministry-of-foreign-affairs  financier
NL-1-OLD-9/contractor/org-name:local-ngo                   NL-1-OLD-9  org-name:local-ngo                    contractor
id                     subject     property            value               date        refers_to   source     note                                     tier
─────────────────────  ──────────  ──────────────────  ──────────────────  ──────────  ──────────  ─────────  ───────────────────────────────────────  ────────────────
iati:55da92285fa95df5  NL-1-OLD-9  stage               under-construction  2014-05-01  2014-05-01  iati:NL-1  IATI activity-status 2 (Implementation)  foreign-official
iati:1564829b3bce4459  NL-1-OLD-9  actual_start        2012-01-01          2014-05-01  2014-05-01  iati:NL-1                                           foreign-official
iati:0394e1cc21f8d86b  NL-1-OLD-9  planned_completion  2015-06-30          2014-05-01  2014-05-01  iati:NL-1                                           foreign-official
--- status
0
