# common.bash — what the PostgreSQL tests (tests/pg/*.sh) share; sourced,
# not run. Each test gets fresh schemas in the database AMUR_PG_URI names
# (the user needs only CREATE on that database) and drops them at exit.
#
#   pg_fresh NAME   prints a URI whose search_path is a new, empty schema
#   pg_sql URI SQL  runs SQL with psql, quietly, printing unaligned rows
#   pg_display URI  the URI as amur shows it (the password as ***)

: "${AMUR_PG_URI:?tests/pg: set AMUR_PG_URI to a PostgreSQL database URI}"
command -v psql >/dev/null || { echo "tests/pg: psql is needed" >&2; exit 2; }

PG_SCHEMAS=()
PG_TAG="amur_t$$_${RANDOM}"

pg_sql() { # URI SQL
    psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}

pg_fresh() { # NAME
    local schema="${PG_TAG}_$1" sep='?'
    pg_sql "$AMUR_PG_URI" "CREATE SCHEMA $schema" || return 1
    PG_SCHEMAS+=("$schema")
    [[ $AMUR_PG_URI == *\?* ]] && sep='&'
    echo "${AMUR_PG_URI}${sep}options=-csearch_path%3D$schema"
}

pg_cleanup() {
    local s
    for s in "${PG_SCHEMAS[@]}"; do
        pg_sql "$AMUR_PG_URI" "DROP SCHEMA IF EXISTS $s CASCADE" >/dev/null 2>&1
    done
}

pg_display() { # URI
    sed -E 's|^([a-z]+://[^:/@]*):[^@/]*@|\1:***@|' <<<"$1"
}

# Replaces every occurrence of the literal strings FROM with TO in FILE.
replace_all() { # FILE FROM TO
    FROM=$2 TO=$3 perl -pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/g' "$1"
}

# What the tests that start a server share (credentials.sh, lock_wait.sh,
# migrate.sh), after they have set AMUR_BIN and cd'ed to the repository:
#   pg_test NAME         a fresh folder WORK (also TMP, for tests/api/lib.sh,
#                        which it sources), a private copy of AMUR_BIN (a
#                        rebuild during the run must not change it), cleanup
#                        of the server, the schemas and WORK at exit, and
#                        ok MSG / no MSG, which print "NAME: ok: MSG" or
#                        "NAME: FAILED: MSG" (no also sets bad=1, the exit
#                        status the test ends with)
#   pg_post TOKEN ID ... POSTs one claim ID with TOKEN to the server
#                        api_start started; more curl options may follow
pg_test() { # NAME
    PG_TEST=$1
    WORK=$(mktemp -d)
    TMP=$WORK
    . tests/api/lib.sh
    trap 'api_stop 2>/dev/null; pg_cleanup; rm -rf "$WORK"' EXIT
    cp "$AMUR_BIN" "$WORK/amur" && AMUR_BIN="$WORK/amur" || exit 2
    bad=0
}
ok() { echo "$PG_TEST: ok: $1"; }
no() { echo "$PG_TEST: FAILED: $1"; bad=1; }

pg_post() { # TOKEN ID [CURL OPTIONS...]
    _curl /api/claims -X POST -H "Authorization: Bearer $1" "${@:3}" \
        -d '{"id":"'"$2"'","subject":"bridge","property":"stage","value":"completed","date":"2021-05","source":"study"}'
}
