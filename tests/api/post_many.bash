# post_many.bash — what the tests of concurrent writes share (sourced, after
# tests/api/lib.sh and api_start, with TOK a token and TMP a folder):
#   post_many WORKERS EACH   WORKERS loops at once, each posting EACH new
#                            claims about the project bridge one request
#                            at a time, then one claim citing no source
#                            that exists (400) and one id of its own again
#                            with another value (409); "STATUS ID" of every
#                            answer goes to $TMP/answers
#   acked                    the ids answered 201, sorted, one a line
post_one() { # ID VALUE SOURCE: prints "STATUS ID"
    local c
    c=$(_curl /api/claims -X POST -H "Authorization: Bearer $TOK" -o /dev/null -w '%{http_code}' \
        -d '{"id":"'"$1"'","subject":"bridge","property":"planned_opening","value":"'"$2"'","date":"2021-05","source":"'"$3"'"}')
    echo "$c $1"
}
post_many() { # WORKERS EACH
    local w i pids=()
    : >"$TMP/answers"
    for w in $(seq "$1"); do
        (
            for i in $(seq "$2"); do post_one "cw-$w-$i" 2030 study; done
            post_one "cw-$w-bad" 2030 nosuch
            post_one "cw-$w-1" 2099 study
        ) >"$TMP/answers-$w" &
        pids+=($!)
    done
    wait "${pids[@]}" # not the server, a child of the same shell
    cat "$TMP"/answers-* >"$TMP/answers"
}
acked() { awk '$1 == 201 {print $2}' "$TMP/answers" | sort; }
