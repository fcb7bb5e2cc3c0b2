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
