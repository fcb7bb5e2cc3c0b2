# The checker validates the provenance columns (docs/dataset.md): quote_lang is a
# language tag and needs a quote; via names an existing source other than the claim's
# own, and needs a quote. Nothing is stored when one fails.
$ amur --db "$DB" check tests/bundles/provenance-bad
$ amur --db "$DB" load tests/bundles/provenance-bad; echo "load: $?"
$ amur --db "$DB" --json claims | jq length
--- stdout
tests/bundles/provenance-bad/claims.csv:3: quote_lang: the language of a quote, but there is no quote
tests/bundles/provenance-bad/claims.csv:4: via: 'fed' is the claim's own source; via names the secondary source whose rendering is quoted
tests/bundles/provenance-bad/claims.csv:5: quote_lang: 'Russian': expected a language tag such as en, ru, zh or zh-Hant
tests/bundles/provenance-bad/claims.csv:6: via: 'nope': no such source in the bundle or the database
tests/bundles/provenance-bad/claims.csv:7: via: the source a quote's words came through, but there is no quote
load: 1
0
--- stderr
amur: tests/bundles/provenance-bad: 5 problems
tests/bundles/provenance-bad/claims.csv:3: quote_lang: the language of a quote, but there is no quote
tests/bundles/provenance-bad/claims.csv:4: via: 'fed' is the claim's own source; via names the secondary source whose rendering is quoted
tests/bundles/provenance-bad/claims.csv:5: quote_lang: 'Russian': expected a language tag such as en, ru, zh or zh-Hant
tests/bundles/provenance-bad/claims.csv:6: via: 'nope': no such source in the bundle or the database
tests/bundles/provenance-bad/claims.csv:7: via: the source a quote's words came through, but there is no quote
amur: tests/bundles/provenance-bad: 5 problems; nothing was loaded
--- status
0
