# Bad input to amur extract gets a clear message naming the input, a
# non-zero exit and a bounded run, and nothing is stored: binary, 3 MB of
# text (refused after reading 2 MiB), not UTF-8, another script, no letters,
# an article that names no stored project, a missing file; and usage
# errors: no date, an unknown source, a new source for a bundle with no tier,
# --source with a new source's options.
$ amur --db "$DB" -q load data
$ amur --db "$DB" summary > "$TMP/before"
$ printf 'PK\003\004\000\000binary' > "$TMP/bin"
$ amur --db "$DB" extract "$TMP/bin" --date 2022; echo "status $?"
$ head -c 3000000 /dev/zero | tr '\0' 'a' > "$TMP/big.txt"
$ amur --db "$DB" extract "$TMP/big.txt" --date 2022; echo "status $?"
$ printf 'Blagoveshchensk bridge caf\351 2022\n' > "$TMP/latin1.txt"
$ amur --db "$DB" extract "$TMP/latin1.txt" --date 2022; echo "status $?"
$ printf 'جسر بلاغوفيشتشينسك سيفتتح في عام 2025\n' | amur --db "$DB" extract - --date 2023; echo "status $?"
$ printf '2022 — 10 — 06\n' | amur --db "$DB" extract - --date 2023; echo "status $?"
$ printf 'The weather in Paris was sunny on 10 June 2022.\n' | amur --db "$DB" extract - --date 2022; echo "status $?"
$ printf 'Harbin hosted a trade fair in 2023; the fair will open again next year.\n' | amur --db "$DB" extract - --date 2023; echo "status $?"
$ amur --db "$DB" extract "$TMP/no-such-file" --date 2022; echo "status $?"
$ amur --db "$DB" extract tests/extract/en_bridge.txt; echo "status $?"
$ amur --db "$DB" extract tests/extract/en_bridge.txt --source src-eastrusia-2019-03; echo "status $?"
$ amur --db "$DB" extract tests/extract/en_bridge.txt --date 2022 --bundle "$TMP/frag"; echo "status $?"
$ amur --db "$DB" extract tests/extract/en_bridge.txt --source src-study --url https://example.org/x; echo "status $?"
$ amur --db "$DB" extract tests/extract/en_bridge.txt --date 2022-13; echo "status $?"
$ ls "$TMP"
$ amur --db "$DB" summary | diff - "$TMP/before" && echo "nothing stored"
--- stdout
status 1
status 1
status 1
status 1
status 1
status 1
status 1
status 1
status 2
status 1
status 2
status 2
status 2
before
big.txt
bin
latin1.txt
nothing stored
--- stderr
amur: $TMP/bin: not text: a NUL byte at offset 4 (a binary file?)
amur: $TMP/big.txt: longer than 2097152 bytes (2 MiB), the most extract reads; give it one article
amur: $TMP/latin1.txt: not UTF-8 text: invalid byte at offset 26 (convert it to UTF-8)
amur: standard input: written in another script (Arabic): extract reads Russian, Chinese and English
amur: standard input: no letters: not an article
amur: standard input: names no stored project (nor any place or actor)
amur: standard input: names no stored project (it names cn-harbin)
amur: $TMP/no-such-file: No such file or directory
amur: extract: the article's --date is needed (or --source ID of a stored source with a date)
amur: extract: no source 'src-eastrusia-2019-03'; did you mean 'src-eastrussia-2019-03'?
amur: extract: --bundle with a new source needs its --tier (sources.csv requires one), or --source ID of a stored source
amur: extract: --source names a stored source; --url, --publisher, --title and --tier describe a new one: give one or the other
amur: extract: --date: '2022-13': month out of range (01-12)
--- status
0
