# Hostile input: huge numbers (1e400, 99999999999999999999999, a 400-digit
# number) as claim values, coordinates, influence and indicator values are
# refused, not rounded to infinity or saturated. 90.000...01 rounds to 90 and
# is accepted.
$ amur --db "$DB" -q load tests/bundles/small
$ amur --db "$DB" -q export "$TMP/before"
$ amur --db "$DB" load tests/bad/numbers; echo "load: $?"
$ amur --db "$DB" -q export "$TMP/after" && diff -r "$TMP/before" "$TMP/after" && echo unchanged
--- stdout
load: 1
unchanged
--- stderr
tests/bad/numbers/places.csv:2: lat: '99999999999999999999999': number too large (more than 15 digits before the decimal point)
tests/bad/numbers/places.csv:2: lon: '1e400': not a number
tests/bad/numbers/stakes.csv:2: influence: '99999999999999999999999': out of range
tests/bad/numbers/claims.csv:2: value: '1e400' for cost: not a number
tests/bad/numbers/claims.csv:3: value: '99999999999999999999999' for cost: number too large (more than 15 digits before the decimal point)
tests/bad/numbers/claims.csv:4: value: '-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.5' for share: number too large (more than 15 digits before the decimal point)
tests/bad/numbers/indicators.csv:2: value: '1e400': not a number
tests/bad/numbers/indicators.csv:2: value_max: '99999999999999999999999': number too large (more than 15 digits before the decimal point)
amur: tests/bad/numbers: 8 problems; nothing was loaded
--- status
0
