# format=csv is for a spreadsheet (docs/security.md): a cell that begins
# with = + - @, a tab or CR gets a leading ', a plain number such as -60
# does not; quotes, commas and line breaks are quoted as RFC 4180 says.
# tests/bundles/formulas holds such names.
$ amur --db "$DB" -q load tests/bundles/formulas
$ . tests/api/lib.sh && api_start
$ _curl '/api/projects?format=csv&sort=id' | tr -d '\r' | sed 1d
$ _curl '/api/sources?format=csv' | tr -d '\r' | sed 1d
$ _curl '/api/claims?format=csv&sort=id' | tr -d '\r'
$ get '/api/projects?sort=id' | jq -c '[.items[].names.ru]'
--- stdout
p1,bridge,<img src=x onerror=alert(1)> bridge,<img src=x onerror=alert(1)> bridge,'=1+2,,,,,s1,,,completed,0.83504,false,false,true,,,0,'@SUM(1+1); s2
p2,bridge,A [link](javascript:alert(2)) & <b>bold</b>,A [link](javascript:alert(2)) & <b>bold</b>,,,,,p1,s1,,,,0,false,false,false,,,0,
s1,"'=HYPERLINK(""http://example.org/x"",""click"")",,'@SUM(1+1),https://example.org/,2021,en,regional,,'-2+3+cmd|' /C calc'!A0,
s2,'+1 (a title that starts with a plus),,,,2021,en,federal,,'	tab first,
﻿id,subject,property,value,unit,scope,date,refers_to,source,locator,quote,note,quote_lang,via,tier
c1,p1,stage,completed,,,2021-10-01,2021-10-01,s1,,'=cmd|' /C calc'!A0,-12.5,,,regional
c2,p1,cost,-12.5,RUB,,2021-10-02,2021-10-02,s2,,<script>alert('q')</script>,'@note,,,federal
c3,p1,actual_start,2019-05,,,2021-10-03,2021-10-03,s1,,,,,,regional
["=1+2",null]
--- stderr
--- status
0
