# An activity whose identifier equals a curated project's id ("bridge",
# recorded by an analyst from the source "study") never overwrites it: it is
# refused with its line and identifier, the rest of the file imports, exit 1.
# With --link it is attached: the project's row stays as the analyst wrote it
# (kind, names, place, source) and the activity's stake and claims join it.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" import-iati tests/iati/trespass.xml | head -1
$ amur --db "$DB" --json projects | grep -o '"id":"bridge","kind":"[a-z]*","name":"[^"]*"\|"source":"[a-z:-]*"' | head -2 | paste -sd' '
$ amur --db "$DB" --json claims --subject bridge | grep -c iati:
$ amur --db "$DB" import-iati --link tests/iati/trespass.xml | head -2
$ amur --db "$DB" --json projects | grep -o '"id":"bridge","kind":"[a-z]*","name":"[^"]*"\|"source":"[a-z:-]*"' | head -2 | paste -sd' '
$ amur --db "$DB" --json claims --subject bridge --source iati:XM-TEST | cut -c1-110
$ amur --db "$DB" stakes --project bridge | grep -c org:
--- stdout
imported tests/iati/trespass.xml: 1 activity, 1 left out, 0 problems; 3 added, 0 changed
"id":"bridge","kind":"bridge","name":"Blagoveshchensk–Heihe road bridge" "source":"study"
0
imported tests/iati/trespass.xml: 2 activities, 0 left out, 0 problems; 4 added, 0 changed
  1 activity attached to curated projects (--link)
"id":"bridge","kind":"bridge","name":"Blagoveshchensk–Heihe road bridge" "source":"study"
[
{"id":"iati:2f3be34aad7ffc06","subject":"bridge","property":"stage","value":"under-construction","unit":null,"
{"id":"iati:a3b725ff71cd1a9c","subject":"bridge","property":"planned_completion","value":"2022-12-31","unit":n
]
1
--- stderr
tests/iati/trespass.xml:4:3: bridge: id 'bridge' is a curated project (source 'study'), not an IATI import's: activity refused; --link attaches the activity to that project
amur: import-iati: 1 activity left out (see above); the rest was stored
--- status
0
