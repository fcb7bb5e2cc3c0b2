# GET /api/changes is `amur changes` (one declaration: present/view_changes.c), and
# /feed.atom gives the same changes as an Atom 1.0 feed, one per project, programme,
# region or search; /feeds.opml a watch list of them. The feed is checked as XML
# (xmllint --noout) and for what Atom requires (RFC 4287): the feed's id, title, updated,
# author and rel="self" link; each entry's id (a tag: URI, unique), title, updated and
# link. Dates are named, so nothing depends on today.
$ amur --db "$DB" load data >/dev/null
$ . tests/api/lib.sh && api_start
$ W='since=2020-12-01&until=2021-01-31'
$ [ "$(items "/api/changes?$W&limit=10000")" = "$(cli changes --since 2020-12-01 --until 2021-01-31 | jq -c '.[:-1]')" ] && echo the API and the command line agree
$ [ "$(get "/api/changes?$W&limit=1" | jq -c .summary)" = "$(cli changes --since 2020-12-01 --until 2021-01-31 | jq -c '.[-1]')" ] && echo and so does the summary
$ get "/api/changes?$W&kind=postponement" | jq -c '[.total, [.items[] | .id, .title, .claims]]'
$ get "/api/changes?$W&project=prj-blag-heihe-brige"
$ get '/api/changes?since=2021&until=2020'
$ get '/api/changes?since=2020&kind=postponed'
$ code "/api/changes?$W&region=ru-amu&instrument=ins-prog-2009-2018&q=bridge"
# The feed of the road bridge over the worked example's window
$ head_of "/feed.atom?project=prj-blag-heihe-bridge&$W" | grep -i '^content-type'
$ _curl "/feed.atom?project=prj-blag-heihe-bridge&$W" >"$TMP/f.xml" && xmllint --noout "$TMP/f.xml" && echo well-formed
$ X() { xmllint --xpath "$1" "$TMP/f.xml"; }
$ X "string(/*[local-name()='feed' and namespace-uri()='http://www.w3.org/2005/Atom']/*[local-name()='id'])"
$ X "string(/*/*[local-name()='title'])"
$ X "string(/*/*[local-name()='updated'])"
$ X "string(/*/*[local-name()='author']/*[local-name()='name'])"
$ X "string(/*/*[local-name()='link'][@rel='self']/@href)"
$ X "count(/*/*[local-name()='entry'])"
$ X "count(/*/*[local-name()='entry'][*[local-name()='id'] and *[local-name()='title'] and *[local-name()='updated'] and *[local-name()='link'][@rel='alternate']])"
$ xmllint --xpath "/*/*[local-name()='entry']/*[local-name()='id']/text()" "$TMP/f.xml" | sort | uniq -d | wc -l
$ X "string(/*/*[local-name()='entry'][1]/*[local-name()='id'])"
$ X "string(/*/*[local-name()='entry'][1]/*[local-name()='link']/@href)"
$ X "string(/*/*[local-name()='entry'][1]/*[local-name()='updated'])"
# The whole record's feed, a programme's, a region's and a search's are Atom too; the
# default window is the 90 days up to the newest claim (2026-03-13)
$ for q in '' 'instrument=ins-prog-2009-2018&since=2019' 'region=ru-amu&since=2020' 'q=%D0%BC%D0%BE%D1%81%D1%82&since=2019'; do _curl "/feed.atom?$q" >"$TMP/g.xml" && xmllint --noout "$TMP/g.xml" && echo "$q: $(xmllint --xpath "count(/*/*[local-name()='entry'])" "$TMP/g.xml") entries, updated $(xmllint --xpath "string(/*/*[local-name()='updated'])" "$TMP/g.xml")"; done
# Text is escaped by the one formatter: a search with markup in it stays text
$ _curl '/feed.atom?q=%3Cb%3E%26&since=2019' | xmllint --xpath "string(/*/*[local-name()='title'])" -
$ code '/feed.atom?project=nope'
$ code '/feed.atom?since=2021&until=2020'
$ code /feed.atom -X POST
# A watch list: two projects and a search, absolute for a feed reader
$ _curl "/feeds.opml?project=prj-blag-heihe-bridge,prj-nl-tj-bridge&q=bridge&base=http://127.0.0.1:8080" >"$TMP/w.opml" && xmllint --noout "$TMP/w.opml" && echo well-formed
$ xmllint --xpath '/opml/body/outline/@xmlUrl' "$TMP/w.opml" | tr ' ' '\n' | grep .
$ head_of '/feeds.opml' | grep -i '^content-type'
$ get '/feeds.opml?project=prj-nope'
$ get '/feeds.opml?base=javascript:alert(1)'
--- stdout
the API and the command line agree
and so does the summary
[1,["postponement/clm-blag-a-26","Blagoveshchensk–Heihe road bridge: planned_opening postponed from 2020 to 2021-01 (31 days)",["clm-blag-a-26"]]]
{"error":"no project 'prj-blag-heihe-brige'; did you mean 'prj-blag-heihe-bridge'?"}
{"error":"until (2020) must not be before since (2021)"}
{"error":"kind: 'postponed' is not one of claims, stage, delivered, overdue, postponement, advance, contradiction, resolved"}
200
Content-Type: application/atom+xml; charset=utf-8
well-formed
tag:amur,2026:feed/changes?project=prj-blag-heihe-bridge&since=2020-12-01&until=2021-01-31
Amur: what changed — Blagoveshchensk–Heihe road bridge
2020-12-24T00:00:00Z
Amur
/feed.atom?project=prj-blag-heihe-bridge&since=2020-12-01&until=2021-01-31
2
2
0
tag:amur,2026:change/postponement/clm-blag-a-26
/#/project/prj-blag-heihe-bridge?as_of=2020-12-24&known_by=2020-12-24
2020-12-24T00:00:00Z
: 46 entries, updated 2026-03-13T00:00:00Z
instrument=ins-prog-2009-2018&since=2019: 69 entries, updated 2026-01-20T00:00:00Z
region=ru-amu&since=2020: 20 entries, updated 2026-01-24T00:00:00Z
q=%D0%BC%D0%BE%D1%81%D1%82&since=2019: 157 entries, updated 2026-03-13T00:00:00Z
Amur: what changed — search: <b>&
400
400
405
well-formed
xmlUrl="http://127.0.0.1:8080/feed.atom?project=prj-blag-heihe-bridge"
xmlUrl="http://127.0.0.1:8080/feed.atom?project=prj-nl-tj-bridge"
xmlUrl="http://127.0.0.1:8080/feed.atom?q=bridge"
Content-Type: text/x-opml; charset=utf-8
{"error":"no project 'prj-nope'"}
{"error":"base: 'javascript:alert(1)' is not an http:// or https:// address"}
--- stderr
--- status
0
