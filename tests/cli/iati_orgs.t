# participating-org → actors and stakes: role 1 financier, 2 owner, 3
# supporter, 4 contractor; ref → actor org:REF, no ref → org-name:NAME;
# type 40 → agency, 10 → agency, 21 → other, 70 → company. The source is
# iati:XM-DAC-41114 with tier foreign-official (type 40).
$ amur --db "$DB" -q import-iati tests/iati/orgs.xml
$ amur --db "$DB" sources
$ amur --db "$DB" actors
$ amur --db "$DB" stakes
--- stdout
id                 tier              date  publisher  title
─────────────────  ────────────────  ────  ─────────  ────────────────────────────────
iati:XM-DAC-41114  foreign-official        UNDP       IATI activities reported by UNDP
id                                  kind     name_en                name_ru   name_zh  country
──────────────────────────────────  ───────  ─────────────────────  ────────  ───────  ───────
org:XM-DAC-41114                    agency   UNDP
org:RU-GOV-1                        agency   Ministry of Transport  Минтранс
org-name:Friends_20of_20the_20Amur  other    Friends of the Amur
org:CN-CO-7                         company  Bridge Builders Ltd
id                                                            project          actor                               role        influence  from  to
────────────────────────────────────────────────────────────  ───────────────  ──────────────────────────────────  ──────────  ─────────  ────  ──
XM-DAC-41114-P1/financier/org:XM-DAC-41114                    XM-DAC-41114-P1  org:XM-DAC-41114                    financier
XM-DAC-41114-P1/owner/org:RU-GOV-1                            XM-DAC-41114-P1  org:RU-GOV-1                        owner
XM-DAC-41114-P1/supporter/org-name:Friends_20of_20the_20Amur  XM-DAC-41114-P1  org-name:Friends_20of_20the_20Amur  supporter
XM-DAC-41114-P1/contractor/org:CN-CO-7                        XM-DAC-41114-P1  org:CN-CO-7                         contractor
--- status
0
