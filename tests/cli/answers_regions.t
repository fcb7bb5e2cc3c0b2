# Dependence (docs/analyses.md, "Regions"): Region A is classed independent by its
# source, but its import share (56-74%) is intermediate by the computed rule: shown
# side by side and flagged; Region B agrees (dependent, 90%).
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" regions | grep -E '^ru-[ab] '
$ amur --db "$DB" --json regions | jq -c '.[] | [.id, .typology.class, .source_typology]'
--- stdout
ru-a    2019                56–74%
ru-b    2019                90%
ru-a    Region A  independent (study), disagrees  intermediate  import_share 2019 56–74%
ru-b    Region B  dependent (study)               dependent     import_share 2019 90%
["ru-a","intermediate",{"class":"independent","claim":"ra1","source":"study","disagrees":true}]
["ru-b","dependent",{"class":"dependent","claim":"ra2","source":"study","disagrees":false}]
--- stderr
--- status
0
