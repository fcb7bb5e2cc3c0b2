# One escaping rule per output format, at the formatter, fed hostile names
# (tests/bundles/formulas; control characters are put into the database
# with the sqlite3 tool, as a database filled before amur check refused
# them would hold them):
# - terminal tables and the text report: control characters shown as \x1b,
#   \x07, never raw (cat -v would show ^[ for a raw ESC);
# - Markdown: & < > as entities and [ ] escaped, so no tag or link survives;
# - Markdown and HTML: control characters become U+FFFD (HTML cannot hold
#   them; Markdown is read on terminals);
# - IATI XML: control characters become U+FFFD, the file stays well-formed
#   and imports again;
# - CSV: plain export is exact (loads back to the same files), and
#   --for-spreadsheet puts ' before cells that begin with = + - @ tab or CR
#   (but not before a plain number such as -12.5).
# (The database is a file of $TMP, not $DB: this test writes it with the
# sqlite3 tool, so tests/pg/parity.sh leaves it out.)
$ D="$TMP/w.db"
$ amur --db "$D" load tests/bundles/formulas >/dev/null
$ amur --db "$D" report --as-of 2021-10-31 --format md | grep -c -E '<(img|script|b)\b|[^\\]\]\(javascript'
$ amur --db "$D" report --as-of 2021-10-31 --format md | grep -o -E '&lt;img[^|(]*|A \\\[link[^|]*' | sort -u
$ sqlite3 "$D" "UPDATE projects SET name_en = 'Blag' || char(27) || ']0;pwned' || char(7) || 'vesh' || char(27) || '[2J' || char(155) || 'end' WHERE id = 'p1'"
$ amur --db "$D" projects | grep '^p' | cat -v
$ amur --db "$D" report --as-of 2021-10-31 | grep -c $'\x1b'
$ amur --db "$D" report --as-of 2021-10-31 | grep -o 'Blag.*end' | head -1
$ for f in md html; do amur --db "$D" report --as-of 2021-10-31 --format $f | grep -c $'[\x01-\x08\x0b\x0c\x0e-\x1f]'; done
$ amur --db "$D" report --as-of 2021-10-31 --format md | grep -o "Blag$(printf '\357\277\275')[^ ]*vesh" | head -1
$ amur --db "$D" export-iati --project p1 > "$TMP/p1.xml" && xmllint --noout "$TMP/p1.xml" && echo well-formed
$ grep -c $'Blag\uFFFD' "$TMP/p1.xml"
$ amur --db "$TMP/iati.db" import-iati "$TMP/p1.xml" >/dev/null && echo "imports again"
$ sqlite3 "$D" "UPDATE projects SET name_en = 'plain' WHERE id = 'p1'"
$ amur --db "$D" export "$TMP/exact" && amur --db "$TMP/again.db" load "$TMP/exact" >/dev/null && amur --db "$TMP/again.db" export "$TMP/exact2" >/dev/null && diff -r "$TMP/exact" "$TMP/exact2" && echo "plain export exact: loads back the same"
$ cat "$TMP/exact/sources.csv"
$ amur --db "$D" export --for-spreadsheet "$TMP/sheet"
$ cat "$TMP/sheet/sources.csv" "$TMP/sheet/projects.csv" "$TMP/sheet/claims.csv"
--- stdout
0
&lt;img src=x onerror=alert
A \[link\](javascript:alert(2)) &amp; &lt;b&gt;bold&lt;/b&gt; 
p1  bridge               Blag\x1b]0;pwned\x07vesh\x1b[2J\u009bend     =1+2
p2  bridge               A [link](javascript:alert(2)) & <b>bold</b>
0
Blag\x1b]0;pwned\x07vesh\x1b[2J\u009bend
0
0
Blag�\]0;pwned�vesh
well-formed
2
imports again
exported $TMP/w.db to $TMP/exact
plain export exact: loads back the same
id,title,authors,publisher,url,date,language,tier,ref,note,accessed
s1,"=HYPERLINK(""http://example.org/x"",""click"")",,@SUM(1+1),https://example.org/,2021,en,regional,,-2+3+cmd|' /C calc'!A0,
s2,+1 (a title that starts with a plus),,,,2021,en,federal,,	tab first,
exported $TMP/w.db to $TMP/sheet for a spreadsheet (formula-like cells prefixed with ', not for loading back)
id,title,authors,publisher,url,date,language,tier,ref,note,accessed
s1,"'=HYPERLINK(""http://example.org/x"",""click"")",,'@SUM(1+1),https://example.org/,2021,en,regional,,'-2+3+cmd|' /C calc'!A0,
s2,'+1 (a title that starts with a plus),,,,2021,en,federal,,'	tab first,
id,kind,name_en,name_ru,name_zh,place,side,parent,source,locator,note
p1,bridge,plain,'=1+2,,,,,s1,,
p2,bridge,A [link](javascript:alert(2)) & <b>bold</b>,,,,,p1,s1,,
id,subject,property,value,unit,scope,date,refers_to,source,locator,quote,note,quote_lang,via
c1,p1,stage,completed,,,2021-10-01,,s1,,'=cmd|' /C calc'!A0,-12.5,,
c2,p1,cost,-12.5,RUB,,2021-10-02,,s2,,<script>alert('q')</script>,'@note,,
c3,p1,actual_start,2019-05,,,2021-10-03,,s1,,,,,
--- stderr
--- status
0
