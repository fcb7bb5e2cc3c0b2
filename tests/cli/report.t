# amur report in every format. The bundle's names, titles and quotes hold HTML
# markup: the HTML page must show it as text (escaped), never as markup, and
# Markdown must escape the table separator.
$ amur --db "$DB" -q load tests/bundles/hostile-text
$ amur --db "$DB" report --as-of 2021-10-31 | head -12
$ amur --db "$DB" report --as-of 2021-10-31 --format html > "$TMP/r.html"; grep -c '<script' "$TMP/r.html"; grep -o "&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;" "$TMP/r.html" | head -1
$ grep -c '<svg' "$TMP/r.html" >/dev/null; head -c 15 "$TMP/r.html"; echo
$ amur --db "$DB" report --as-of 2021-10-31 --format md | grep -E '^(#|\| )' | head -6
$ amur --db "$DB" report --as-of 2021-10-31 --format json | head -3
$ amur --db "$DB" --json report --as-of 2021-10-31 | tail -1
$ amur --db "$DB" report --format pdf; echo "status $?"
--- stdout
Amur report — as of 2021-10-31
══════════════════════════════════════

Headline findings
──────────

1 project, 0 instruments, 2 claims from 2 sources, 0 indicators.

• <script>alert('name')</script> bridge: A federal page (federal) said “operational” on 2021-10-05, while <i>Publisher</i> (regional) said “completed” on 2021-10-01; 1 contradiction in all where an official source is ahead of ground ones.

Where each project stands
──────────
0
&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;
<!DOCTYPE html>
# Amur report — as of 2021-10-31
## Headline findings
## Where each project stands
| project | stage | confidence | claims | flags |
| &lt;script&gt;alert('name')&lt;/script&gt; bridge | completed | 0.55 | 2 | contested |
## Programmes: what was listed, what became of it
[
{"id":"1","kind":"heading","text":"Headline findings","level":1,"anchor":"headlines"},
{"id":"2","kind":"paragraph","text":"1 project, 0 instruments, 2 claims from 2 sources, 0 indicators."},
]
status 2
--- stderr
amur: report: --format: 'pdf' is not one of text, md, html, json
--- status
0
