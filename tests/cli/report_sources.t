# The report ends with its bibliography (issue 17, "cite"): every source whose
# claims it quotes or names, by name, with its tier, title, date and address,
# and its id; in HTML each address is a link. A source is listed when one of
# the claims the contradictions section quotes is its (or came through it):
# the set of the quoted claims' sources is the set listed.
$ amur -q --db "$DB" load tests/bundles/small
$ amur --db "$DB" report --as-of 2024-12-31 | sed -n '/^Sources quoted/,$p'
$ amur --db "$DB" report --as-of 2024-12-31 --format html | grep -o '<li>Amur Life[^<]*<a href="[^"]*">'
$ amur -q --db "$TMP/data.db" load data
$ amur --db "$TMP/data.db" --json report --as-of 2021-10-31 | jq -r '(map(.kind == "heading" and .anchor == "sources") | index(true)) as $stop | .[:$stop][] | select(.kind == "item") | .text' > "$TMP/items"
$ amur --db "$TMP/data.db" claims --json | jq -r '.[] | [.id, .source, (.via // "")] | @tsv' > "$TMP/claims"
$ grep -oE '\[[a-z0-9-]+\]$' "$TMP/items" | tr -d '[]' | sort -u > "$TMP/cited"
$ awk -F'\t' 'NR == FNR { c[$1] = 1; next } ($1 in c) { print $2; if ($3 != "") print $3 }' "$TMP/cited" "$TMP/claims" | sort -u > "$TMP/want"
$ amur --db "$TMP/data.db" report --as-of 2021-10-31 | sed -n '/^Sources quoted/,$p' | grep -oE '\[[a-z0-9-]+\]$' | tr -d '[]' | sort -u > "$TMP/got"
$ [ -s "$TMP/want" ] && cmp "$TMP/want" "$TMP/got" && echo "the sources of the $(wc -l < "$TMP/cited") quoted claims, $(wc -l < "$TMP/got") of them, are the ones listed"
--- stdout
Sources quoted
──────────

Every source whose claims this report quotes or names, with its address.

• Amur Life (local media), “Amur entrepreneur says that if the pontoon bridge would not be opened, "prices will fly into space"”, 2021-10-01. https://www.amur.life/ [amurlife]
• Rossiyskaya Gazeta (national media), “Public-private partnership has connected two banks of the Amur River”, 2021-10-07. https://rg.ru/2021/10/07/ [rg]
<li>Amur Life (local media), “Amur entrepreneur says that if the pontoon bridge would not be opened, &quot;prices will fly into space&quot;”, 2021-10-01. <a href="https://www.amur.life/">
the sources of the 58 quoted claims, 47 of them, are the ones listed
--- status
0
