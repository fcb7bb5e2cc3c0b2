# amur report --lang ru|zh, in every format: no word the program writes is left
# in English. What the data says is taken out of each visible line (the names of
# projects, instruments, places and actors in every language, publishers, titles, URLs,
# quotes, notes, ids, the values of claims and of their scopes, but for those
# of a codelist: stages, legal statuses, dependence classes);
# what is left is what the program wrote, and it must hold no Latin word but
# Amur, IATI and currency codes. The same check on the English report finds
# the English words, so it can fail. On the bundled data, and on a small bundle
# with IATI money (the money section). The HTML page says its language.
# The English report, in every format but JSON (whose cells are codes), says
# codes in words too: no property, tier or stage code, no "key=value" scope and
# no "on 2021" for a date known to the year is left once the data is taken out;
# the same check on `amur slippage` (a table of codes) finds them.
$ printf '%s\n' 'NR == FNR { if (length($0) >= 2) ds[++n] = $0; next }' '{ line = $0; for (i = 1; i <= n; i++) while ((k = index(line, ds[i])) > 0) line = substr(line, 1, k - 1) " " substr(line, k + length(ds[i])); print line }' > "$TMP/resid.awk"
$ datastr() { { for c in projects instruments places actors; do amur --db "$1" $c --json | jq -r '.[] | (.id, .name, .names.en?, .names.ru?, .names.zh?) | strings'; done; amur --db "$1" sources --json | jq -r '.[] | (.id, .publisher, .title, .url) | strings'; amur --db "$1" claims --json | jq -r '.[] | (.id, .quote, .note, (select(.property | IN("stage", "legal_status", "dependence") | not) | .value), ((.scope // "") | split(";")[] | split("=")[1:] | join("="))) | strings'; amur --db "$1" stakes --json | jq -r '.[] | (.quote, .note) | strings'; } | awk 'length($0) >= 2 { print length($0) "\t" $0 }' | sort -s -rn -k1,1 | cut -f2- | uniq; }
$ visible() { case $2 in text) cat ;; md) sed -e 's/](#[^)]*)/]/g' -e 's/\\\[/[/g; s/\\\]/]/g; s/\\|/|/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g' ;; html) sed -e 's/<style>[^<]*<\/style>//g' -e 's/<[^>]*>/ /g' -e 's/&quot;/"/g; s/&#39;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g' ;; json) jq -r '.[] | .text // empty' ;; esac; }
$ left() { amur --db "$1" report --as-of "$2" --lang "$3" --format "$4" | visible - "$4" | awk -f "$TMP/resid.awk" "$TMP/data" - | grep -oE '[A-Za-z]+' | grep -vxE 'Amur|IATI|USD|CNY|RUB|EUR' | sort -u | tr '\n' ' '; }
$ check() { datastr "$1" > "$TMP/data"; for l in ru zh; do for f in text md html json; do echo "$l $f: $(amur --db "$1" report --as-of "$2" --lang $l --format $f | wc -l) lines; left in English: $(left "$1" "$2" $l $f)"; done; done; n=$(left "$1" "$2" en text | wc -w); [ "$n" -gt 20 ] && echo "en text: the check finds the English words"; }
$ codes() { visible - "$1" | awk -f "$TMP/resid.awk" "$TMP/data" - | grep -oE '[a-z]+_[a-z_]+|[a-z]+=[a-z]|(local|national|foreign)-media|foreign-official|under-construction|on [0-9]{4}([^-0-9]|$)' | sort -u | tr '\n' ' '; }
$ amur -q --db "$DB" load data
$ check "$DB" 2021-10-31
$ for f in text md html; do echo "en $f: codes left: $(amur --db "$DB" report --as-of 2021-10-31 --format $f | codes $f)"; done
$ echo "slippage: codes left: $(amur --db "$DB" slippage --as-of 2021-10-31 | codes text | wc -w) kinds"
$ for l in en ru zh; do amur --db "$DB" report --as-of 2021-10-31 --lang $l --format html | grep -o '<html lang="[a-z]*">'; done
$ amur -q --db "$TMP/small.db" load tests/bundles/small
$ amur -q --db "$TMP/small.db" import-iati tests/iati/snapshot-a.xml tests/iati/snapshot-b.xml tests/iati/money.xml 2>/dev/null
$ check "$TMP/small.db" 2024-12-31
--- stdout
ru text: 661 lines; left in English: 
ru md: 710 lines; left in English: 
ru html: 559 lines; left in English: 
ru json: 281 lines; left in English: 
zh text: 661 lines; left in English: 
zh md: 710 lines; left in English: 
zh html: 559 lines; left in English: 
zh json: 281 lines; left in English: 
en text: the check finds the English words
en text: codes left: 
en md: codes left: 
en html: codes left: 
slippage: codes left: 3 kinds
<html lang="en">
<html lang="ru">
<html lang="zh">
ru text: 110 lines; left in English: 
ru md: 104 lines; left in English: 
ru html: 77 lines; left in English: 
ru json: 43 lines; left in English: 
zh text: 110 lines; left in English: 
zh md: 104 lines; left in English: 
zh html: 77 lines; left in English: 
zh json: 43 lines; left in English: 
en text: the check finds the English words
--- stderr
--- status
0
