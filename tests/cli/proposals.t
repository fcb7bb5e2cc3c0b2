# The review queue from the command line (amur proposals): candidates of
# amur extract --json go in as proposals, never as claims; a person lists,
# accepts (maybe after editing) or rejects each, once; a bad edit, a second
# decision, an unknown id and bad input store nothing. The article is
# tests/extract/en_bridge.txt (written for the tests from facts in data/).
$ amur --db "$DB" -q load data
$ amur --db "$DB" --json extract tests/extract/en_bridge.txt --date 2022-06-10 --url https://example.org/news/bridge-cargo --publisher "Amur News" --tier local-media > "$TMP/cands.json"
$ amur --db "$DB" claims | wc -l > "$TMP/claims_before"
$ amur --db "$DB" proposals add "$TMP/cands.json"
$ amur --db "$DB" proposals list
# nothing became a claim
$ [ "$(amur --db "$DB" claims | wc -l)" = "$(cat "$TMP/claims_before")" ] && echo "no claim added"
# from standard input too, and as JSON
$ jq '.[4]' "$TMP/cands.json" | amur --db "$DB" proposals add -
$ amur --db "$DB" --json proposals list --status pending | jq -c '.[] | [.id, .status, .subject, .property, .value, .confidence, .sentence, .context, .new_source.tier]'
# accepting writes the claim (and the new source) through the load's checks
$ amur --db "$DB" proposals accept 1 --reviewer Anna
$ amur --db "$DB" --json claims --subject prj-blag-heihe-bridge | jq -c '.[] | select(.id == "ext-e3658ba83714de4a") | [.id, .property, .value, .scope, .date, .source, .tier, .quote_lang, .note]'
$ amur --db "$DB" --json sources | jq -c '.[] | select(.id | startswith("src-x-")) | [.id, .publisher, .url, .date, .language, .tier]'
# a second decision is refused, and the first kept
$ amur --db "$DB" proposals accept 1 --reviewer Boris 2>&1 | sed 's/at [0-9T:Z-]*:/at TIME:/'
$ amur --db "$DB" proposals reject 1 --reviewer Boris --reason late 2>&1 | sed 's/at [0-9T:Z-]*:/at TIME:/'
# a bad edit: the field and the message, exit 1, nothing stored
$ amur --db "$DB" proposals accept 2 --reviewer Anna --set date=2022-13 --set colour=red
$ amur --db "$DB" proposals accept 2 --reviewer Anna --set property=opening
$ amur --db "$DB" --json proposals list --status pending | jq -c '[.[].id]'
# edit-then-accept: the edited claim gets its own id
$ amur --db "$DB" proposals accept 2 --reviewer Anna --set value=2019-10 --set quote="The bridge was completed in 2019"
$ amur --db "$DB" --json claims --subject prj-blag-heihe-bridge | jq -c '.[] | select(.note // "" | startswith("From proposal 2")) | [.property, .value, .quote, .note]'
# rejecting keeps the reason
$ amur --db "$DB" proposals reject 3 --reviewer Boris --reason "the pandemic closure is not a suspension of works"
$ amur --db "$DB" --json proposals list --status rejected | jq -c '.[] | [.id, .status, .reviewer, .reason, .claim]'
$ amur --db "$DB" --json proposals list --status accepted | jq -c '.[] | [.id, .status, .reviewer, .claim]'
# who decided, and when, is kept with each decision
$ amur --db "$DB" --json proposals list | jq -c '[.[] | [.id, .reviewer, (.decided != null), (.created != null), .added_by]]'
# an unknown id gets the nearest pending one
$ amur --db "$DB" proposals accept 40 --reviewer Anna
$ amur --db "$DB" proposals reject 0 --reviewer Anna --reason x
# refused before anything is stored: an edit that is not UTF-8, a reviewer's name
# too long, source_ edits when the source is stored; the same candidate accepted
# twice is told once; a folder is not a file of candidates
$ amur --db "$DB" proposals accept 4 --reviewer Anna --set quote=$'bad \xff byte'
$ amur --db "$DB" proposals accept 4 --reviewer "$(printf 'é%.0s' $(seq 101))"
$ amur --db "$DB" proposals accept 4 --reviewer Anna --set source=src-tvrain-2016-12-24 --set source_title=Other
$ amur --db "$DB" proposals accept 5 --reviewer Anna
$ amur --db "$DB" proposals accept 6 --reviewer Anna
$ amur --db "$DB" proposals add "$TMP"
# usage
$ amur --db "$DB" proposals accept 4
$ amur --db "$DB" proposals reject 4 --reviewer Anna
$ amur --db "$DB" proposals accept 4 --reviewer Anna --set value
$ amur --db "$DB" proposals list --status maybe
$ amur --db "$DB" proposals sort
# bad input: stored nothing
$ echo '{"subject":"prj-blag-heihe-bridge"' | amur --db "$DB" proposals add -
$ echo '[{"subject":"nowhere","property":"stage","value":"completed","date":"2022","source":"s","colour":"red","confidence":3}]' | amur --db "$DB" proposals add -
$ echo '[]' | amur --db "$DB" proposals add -
$ amur --db "$DB" --json proposals list | jq length
--- stdout
5 proposals stored, pending review: 1 2 3 4 5
id  status   subject                property           value            conf  claim / reason  quote
──  ───────  ─────────────────────  ─────────────────  ───────────────  ────  ──────────────  ──────────────────────────────────────────────────────────────────────────────────────────────
1   pending  prj-blag-heihe-bridge  actual_opening     2022-06-10       1.00                  The Blagoveschensk-Heihe road bridge across the Amur opened to cargo traffic on June 10, 2022.
2   pending  prj-blag-heihe-bridge  actual_completion  2019             0.80                  The bridge was completed in 2019, but the pandemic kept it closed.
3   pending  prj-blag-heihe-bridge  stage              suspended        0.60                  The bridge was completed in 2019, but the pandemic kept it closed.
4   pending  prj-blag-heihe-bridge  planned_opening    2023             0.70                  The bridge is expected to open for passenger traffic next spring.
5   pending  prj-blag-heihe-bridge  cost               14000000000 RUB  0.70                  The Russian side spent 14 billion rubles on the project.
no claim added
1 proposal stored, pending review: 6
[1,"pending","prj-blag-heihe-bridge","actual_opening","2022-06-10",1,2,"The Blagoveschensk-Heihe road bridge across the Amur opened to cargo traffic on June 10, 2022.","local-media"]
[2,"pending","prj-blag-heihe-bridge","actual_completion","2019",0.8,3,"The bridge was completed in 2019, but the pandemic kept it closed.","local-media"]
[3,"pending","prj-blag-heihe-bridge","stage","suspended",0.6,3,"The bridge was completed in 2019, but the pandemic kept it closed.","local-media"]
[4,"pending","prj-blag-heihe-bridge","planned_opening","2023",0.7,4,"The bridge is expected to open for passenger traffic next spring.","local-media"]
[5,"pending","prj-blag-heihe-bridge","cost","14000000000",0.7,5,"The Russian side spent 14 billion rubles on the project.","local-media"]
[6,"pending","prj-blag-heihe-bridge","cost","14000000000",0.7,5,"The Russian side spent 14 billion rubles on the project.","local-media"]
proposal 1 accepted by Anna: claim ext-e3658ba83714de4a
["ext-e3658ba83714de4a","actual_opening","2022-06-10","mode=cargo","2022-06-10","src-x-c5cbd6113d91","local-media","en","From proposal 1 (amur extract, confidence 1.00), accepted by Anna"]
["src-x-c5cbd6113d91","Amur News","https://example.org/news/bridge-cargo","2022-06-10","en","local-media"]
amur: proposal 1 was accepted already by Anna at TIME: claim ext-e3658ba83714de4a
amur: proposal 1 was accepted already by Anna at TIME: claim ext-e3658ba83714de4a
[2,3,4,5,6]
proposal 2 accepted by Anna: claim ext-7c30eecb16a5386c
["actual_completion","2019-10","The bridge was completed in 2019","From proposal 2 (amur extract, confidence 0.80), accepted by Anna"]
proposal 3 rejected by Boris
[3,"rejected","Boris","the pandemic closure is not a suspension of works",null]
[1,"accepted","Anna","ext-e3658ba83714de4a"]
[2,"accepted","Anna","ext-7c30eecb16a5386c"]
[[1,"Anna",true,true,"amur proposals add"],[2,"Anna",true,true,"amur proposals add"],[3,"Boris",true,true,"amur proposals add"],[4,null,false,true,"amur proposals add"],[5,null,false,true,"amur proposals add"],[6,null,false,true,"amur proposals add"]]
proposal 5 accepted by Anna: claim ext-798efd860baef264
6
--- stderr
proposals:2: colour: not a field of a claim (id, subject, property, value, unit, scope, date, refers_to, source, locator, quote, quote_lang, note, via) or of a new source (source_title, source_publisher, source_url, source_date, source_language, source_tier, source_authors)
proposals:2: date: '2022-13': month out of range (01-12)
amur: proposal 2: 2 problems; nothing was stored
proposals:2: property: 'opening': not a property (stage, planned_EVENT, actual_EVENT, cost, count, share, legal_status, dependence, text)
amur: proposal 2: 1 problem; nothing was stored
amur: no proposal 40; did you mean 6? (amur proposals list)
amur: proposals reject: '0' is not a proposal number
proposals:4: quote: not UTF-8 text
amur: proposal 4: 1 problem; nothing was stored
amur: the reviewer's name is too long (at most 200 bytes of text)
proposals:4: source: source 'src-tvrain-2016-12-24' is stored: the source_ edits apply only to a new source
amur: proposal 4: 1 problem; nothing was stored
proposals:6: id: claim 'ext-798efd860baef264' is stored already, the same but for its note (accepted from another proposal?): reject this one as a duplicate
amur: proposal 6: 1 problem; nothing was stored
amur: proposals add: $TMP: Is a directory
amur: proposals accept: --reviewer NAME is needed: who decides
amur: proposals reject: --reason TEXT is needed
amur: proposals accept: --set 'value': give FIELD=VALUE (value= empties it)
amur: proposals list: --status: 'maybe' is not pending, accepted or rejected
amur: proposals: 'sort' is not list, add, accept or reject
amur: standard input: malformed JSON: '}' expected near end of file (line 2, column 0)
standard input:1: colour: unknown field
standard input:1: confidence: must be a number from 0 to 1
standard input:1: subject: no stored project or other subject 'nowhere'
amur: standard input: 3 problems; nothing was stored
amur: standard input: no candidates
--- status
0
