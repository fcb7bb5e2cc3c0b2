#!/bin/bash
# tests/iati/compare.sh IN OUT: what the IATI file IN says in its
# contact-info, document-link and result elements against what the export
# OUT of it says (the two files must hold as many activities, in the same
# order), part by part: the parts docs/iati.md says are kept, each the list
# of its values over the whole file in document order. Prints one line per
# element: how many there are in and out, and which parts differ. Texts are
# compared with white space collapsed, as the import reads them. Exit
# status 1 when anything differs. (One xmllint per part and file, not per
# activity: the machine running the suite is shared.)
in=$1 out=$2
pick() { xmllint --xpath "$2" "$1" 2>/dev/null | tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//'; }
count() { xmllint --xpath "count($2)" "$1" 2>/dev/null; }
n_in=$(count "$in" //iati-activity) n_out=$(count "$out" //iati-activity)
if [ "$n_in" != "$n_out" ]; then
    echo "activities: $n_in in, $n_out out: not compared"
    exit 1
fi
doc='@url @format title//text() description//text() category/@code language/@code document-date/@iso-date'
contact='@type *[local-name()="organisation"or(local-name()="organization")]//text() department//text() person-name//text() job-title//text() telephone/text() email/text() website/text() mailing-address//text()'
result='@type @aggregation-status title//text() description//text() indicator/@measure indicator/@ascending indicator/@aggregation-status indicator/title//text() indicator/description//text() indicator/baseline/@year indicator/baseline/@iso-date indicator/baseline/@value indicator/baseline/comment//text() indicator/period/period-start/@iso-date indicator/period/period-end/@iso-date indicator/period/target/@value indicator/period/target/comment//text() indicator/period/actual/@value indicator/period/actual/comment//text()'
bad=0
for el in contact-info document-link result; do
    case $el in contact-info) parts=$contact ;; document-link) parts=$doc ;; result) parts=$result ;; esac
    total_in=$(count "$in" "//iati-activity/$el") total_out=$(count "$out" "//iati-activity/$el")
    diffs=""
    for part in $parts; do
        a=$(pick "$in" "//iati-activity/$el/$part")
        b=$(pick "$out" "//iati-activity/$el/$part")
        [ "$a" = "$b" ] || diffs="$diffs $part: '$a' in, '$b' out;"
    done
    if [ -z "$diffs" ] && [ "$total_in" = "$total_out" ]; then
        echo "$el: $total_in in, $total_out out, every part equal"
    else
        echo "$el: $total_in in, $total_out out, differing:$diffs"
        bad=1
    fi
done
exit $bad
