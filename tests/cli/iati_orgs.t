# participating-org → actors and stakes: role 1 financier, 2 owner, 3
# supporter, 4 contractor; an organisation is known by its ref AND its name
# (org:REF/name-key; no ref → org-name:name-key), so the two NGOs published
# under the generic CRS code 22000 stay two actors; names in languages other
# than en, ru, zh are kept in the note and exported back. Type 40 → agency,
# 10 → agency, 21 → other, 70 → company. Tiers: iati:XM-DAC-41114 is
# foreign-official (type 40); Finland's ministry (type 10) reporting on
# Mongolia is foreign-official too; Russia's ministry reporting on Russia is
# federal.
$ amur --db "$DB" -q import-iati tests/iati/orgs.xml
$ amur --db "$DB" sources
$ amur --db "$DB" actors
$ amur --db "$DB" stakes
$ amur --db "$DB" --json actors | grep -o '"note":"[^"]*Ulko[^"]*"'
$ amur --db "$DB" export-iati FI-3-P2 | grep -A4 'participating-org ref="FI-3"'
--- stdout
id                 tier              date  publisher                                title
─────────────────  ────────────────  ────  ───────────────────────────────────────  ───────────────────────────────────────────────────────────────────
iati:XM-DAC-41114  foreign-official        UNDP                                     IATI activities reported by UNDP
iati:FI-3          foreign-official        Ministry for Foreign Affairs of Finland  IATI activities reported by Ministry for Foreign Affairs of Finland
iati:RU-GOV-1      federal                 Ministry of Transport                    IATI activities reported by Ministry of Transport
id                                                kind     name_en                                  name_ru   name_zh  country
────────────────────────────────────────────────  ───────  ───────────────────────────────────────  ────────  ───────  ───────
org:XM-DAC-41114/undp                             agency   UNDP
org:RU-GOV-1/ministry-of-transport                agency   Ministry of Transport                    Минтранс
org-name:friends-of-the-amur                      other    Friends of the Amur
org:CN-CO-7/bridge-builders-ltd                   company  Bridge Builders Ltd
org:FI-3/ministry-for-foreign-affairs-of-finland  agency   Ministry for Foreign Affairs of Finland
org:22000/fida-international                      other    Fida International
org:22000/felm                                    other    Felm
id                                                                  project          actor                                             role        influence  from  to
──────────────────────────────────────────────────────────────────  ───────────────  ────────────────────────────────────────────────  ──────────  ─────────  ────  ──
XM-DAC-41114-P1/financier/org:XM-DAC-41114/undp                     XM-DAC-41114-P1  org:XM-DAC-41114/undp                             financier
XM-DAC-41114-P1/owner/org:RU-GOV-1/ministry-of-transport            XM-DAC-41114-P1  org:RU-GOV-1/ministry-of-transport                owner
XM-DAC-41114-P1/supporter/org-name:friends-of-the-amur              XM-DAC-41114-P1  org-name:friends-of-the-amur                      supporter
XM-DAC-41114-P1/contractor/org:CN-CO-7/bridge-builders-ltd          XM-DAC-41114-P1  org:CN-CO-7/bridge-builders-ltd                   contractor
FI-3-P2/financier/org:FI-3/ministry-for-foreign-affairs-of-finland  FI-3-P2          org:FI-3/ministry-for-foreign-affairs-of-finland  financier
FI-3-P2/contractor/org:22000/fida-international                     FI-3-P2          org:22000/fida-international                      contractor
FI-3-P2/contractor/org:22000/felm                                   FI-3-P2          org:22000/felm                                    contractor
RU-GOV-1-P3/owner/org:RU-GOV-1/ministry-of-transport                RU-GOV-1-P3      org:RU-GOV-1/ministry-of-transport                owner
"note":"IATI organisation type 10 (Government)\nref: FI-3\nname@fi: Ulkoministeriö\nname@sv: Utrikesministeriet"
    <participating-org ref="FI-3" type="10" role="1">
      <narrative xml:lang="en">Ministry for Foreign Affairs of Finland</narrative>
      <narrative xml:lang="fi">Ulkoministeriö</narrative>
      <narrative xml:lang="sv">Utrikesministeriet</narrative>
    </participating-org>
--- stderr
--- status
0
