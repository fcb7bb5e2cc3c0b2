# Bad options: a negative or non-numeric window is a usage error (status 2);
# an unknown subject is a data error (status 1, the last command's).
$ amur --db "$DB" -q load tests/bundles/contradictions
$ amur --db "$DB" contradictions --window -1
$ amur --db "$DB" contradictions --window 9x
$ amur --db "$DB" contradictions --subject nothing
--- stdout
--- stderr
amur: contradictions: --window: '-1' is not a whole number from 0 to 3660000
amur: contradictions: --window: '9x' is not a whole number from 0 to 3660000
amur: contradictions: no subject 'nothing'
--- status
1
