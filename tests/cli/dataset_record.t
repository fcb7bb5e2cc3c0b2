# The record beyond the study (issue 16, docs/dataset-ru-cn.md) keeps its promises:
# - every source read from a page (an `accessed` date) has a URL, a date, a language
#   and a tier;
# - no claim is dated after its source was published (first day of the claim's date
#   not after the last day of the source's);
# - every quote says in `quote_lang` what language it is in, and is in it: Cyrillic
#   for ru, Han characters for zh, Latin letters for en;
# - the counts: more than 150 sources read from pages, more than 600 claims quoting
#   them, a third or more of those in Russian and a fifth or more in Chinese, more
#   than 40 projects beyond the study's 18, and the projects whose same promised date
#   moved later at least twice (the issue asks for 10; the record has 10, the tenth
#   being the Kimkano-Sutarsky plant's full capacity: Q1 2017, mid-2017, 2018).
$ amur --db "$DB" -q load data
$ amur --db "$DB" --json sources | jq '[.[] | select(.accessed != null and (.url == null or .date == null or .language == null or .tier == null)) | .id]'
$ amur --db "$DB" --json sources > "$TMP/s.json" && amur --db "$DB" --json claims > "$TMP/c.json"
$ jq -n --slurpfile s "$TMP/s.json" --slurpfile c "$TMP/c.json" 'def first: if length == 4 then . + "-01-01" elif length == 7 then . + "-01" else . end; def last: if length == 4 then . + "-12-31" elif length == 7 then . + "-31" else . end; ($s[0] | map({(.id): .date}) | add) as $d | [$c[0][] | select($d[.source] != null and (.date | first) > ($d[.source] | last)) | .id]'
$ jq '[.[] | select(.quote != null and .quote_lang != null) | select((.quote_lang == "ru" and (.quote | test("\\p{Cyrillic}") | not)) or ((.quote_lang | startswith("zh")) and (.quote | test("\\p{Han}") | not)) or (.quote_lang == "en" and (.quote | test("[A-Za-z]") | not))) | .id]' "$TMP/c.json"
$ jq '[.[] | select(.quote != null and .quote_lang == null) | .id] | length' "$TMP/c.json"
$ jq '[.[] | select(.accessed != null)] | length > 150' "$TMP/s.json"
$ jq '[.[] | select(.quote_lang != null and .via == null and .source != "src-study" and (.source | startswith("src-fn") | not))] | [length > 600, ([.[] | select(.quote_lang == "ru")] | length) * 3 >= length, ([.[] | select(.quote_lang | startswith("zh"))] | length) * 5 >= length]' "$TMP/c.json"
$ amur --db "$DB" --json projects | jq 'length - 18 > 40'
$ amur --db "$DB" --json slippage | jq '[.[] | select(.postponements >= 2) | .project] | unique | length'
--- stdout
[]
[]
[]
0
true
[
  true,
  true,
  true
]
true
10
--- stderr
--- status
0
