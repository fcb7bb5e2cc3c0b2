# Any identifier is addressable (issue 15): an IATI identifier that is a
# URL, with '/' and ':' in it, opens through /api/project/ percent-encoded
# (as the dashboard sends it), and a near miss is a 404 that names it and
# suggests the id.
$ amur -q --db "$DB" load tests/bundles/small
$ amur -q --db "$DB" import-iati tests/iati/samples/worked-example.xml 2>/dev/null
$ . tests/api/lib.sh && api_start
$ get '/api/project/http%3A%2F%2Fwww.example.org%2Factivities%2F12345.xml' | jq -c '[.id, .project.name]'
$ code '/api/project/http%3A%2F%2Fwww.example.org%2Factivities%2F1234.xml'; get '/api/project/http%3A%2F%2Fwww.example.org%2Factivities%2F1234.xml'
$ get '/api/claims?subject=http%3A%2F%2Fwww.example.org%2Factivities%2F12345.xml' | jq -c '[.items[] | [.subject, .property]]'
--- stdout
["http://www.example.org/activities/12345.xml","Worked example of an activity report"]
404
{"error":"no project 'http://www.example.org/activities/1234.xml'; did you mean 'http://www.example.org/activities/12345.xml'?"}
[["http://www.example.org/activities/12345.xml","planned_start"],["http://www.example.org/activities/12345.xml","planned_completion"]]
--- stderr
--- status
0
