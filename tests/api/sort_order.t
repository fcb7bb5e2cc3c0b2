# One order for every sorted list (core/schema.h, schema_sort_cmp()): ids
# and other text in natural order (syn-p-9 before syn-p-10 before
# syn-p-100), stages in ladder order (listed, agreed, ... operational,
# then suspended, cancelled; unknown last), both ways; the same from the
# command line's --sort and from the API's sort=, CSV included.
$ amur -q synth --projects 120 "$TMP/b" && amur --db "$DB" load "$TMP/b" >/dev/null
$ amur --db "$DB" projects --sort id --json | jq -r '.[].id' | grep -n -E '^syn-p-0*(9|10|99|100|119)$'
$ amur --db "$DB" projects --sort -id --json | jq -r '.[].id' | head -3
$ . tests/api/lib.sh && api_start
$ get '/api/projects?sort=id&limit=3&offset=8' | jq -r '.items[].id'
$ get '/api/projects?sort=-id&limit=2' | jq -r '.items[].id'
$ get '/api/projects?sort=id&format=csv' | sed -n '10,12p' | cut -d, -f1
$ api_stop; amur --db "$TMP/d.db" load data >/dev/null && api_start "$TMP/d.db"
$ get '/api/projects?sort=stage&limit=10000&as_of=2021-10-31' | jq -r '.items[] | .stage // "unknown"' | uniq | paste -sd' '
$ get '/api/projects?sort=-stage&limit=10000&as_of=2021-10-31' | jq -r '.items[] | .stage // "unknown"' | uniq | paste -sd' '
$ get '/api/delivery?instrument=ins-prog-2009-2018&sort=stage&as_of=2024-12-31' | jq -r '.items[] | .stage // "unknown"' | uniq | paste -sd' '
--- stdout
10:syn-p-9
11:syn-p-10
100:syn-p-99
101:syn-p-100
120:syn-p-119
syn-p-119
syn-p-118
syn-p-117
syn-p-8
syn-p-9
syn-p-10
syn-p-119
syn-p-118
syn-p-8
syn-p-9
syn-p-10
listed agreed under-construction completed operational suspended cancelled unknown
cancelled suspended operational completed under-construction agreed listed unknown
listed operational
--- stderr
--- status
0
