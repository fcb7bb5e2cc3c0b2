# amur synth: sizes out of range are usage errors, and nothing is written.
$ amur synth --projects 0 "$TMP/x"
$ amur synth --projects 10 --claims-per-project 5000 "$TMP/x"
$ amur synth --projects 10 --seed -1 "$TMP/x"
$ test -e "$TMP/x" || echo nothing written
$ amur synth --projects 10
--- stdout
nothing written
--- stderr
amur: synth: --projects: '0' is not a whole number from 1 to 100000000
amur: synth: --claims-per-project: '5000' is not a whole number from 0 to 1000
amur: synth: --seed: '-1' is not a whole number from 0 to 999999999999999
amur: usage: amur synth OUT
--- status
2
