# The problems as JSON objects.
$ amur --db "$DB" --json check tests/bundles/bad
--- stdout
[
{"id":1,"file":"tests/bundles/bad/sources.csv","line":3,"column":"tier","message":"'official' is not one of: federal, regional, municipal, foreign-official, statistics, national-media, local-media, foreign-media, academic"},
{"id":2,"file":"tests/bundles/bad/places.csv","line":4,"column":"name_en","message":"invalid UTF-8 at byte 6 of the field"},
{"id":3,"file":"tests/bundles/bad/places.csv","line":5,"column":"lon","message":"give both lat and lon, or neither"},
{"id":4,"file":"tests/bundles/bad/actors.csv","line":1,"column":"nmae_ru","message":"unknown column (did you mean 'name_ru'?)"},
{"id":5,"file":"tests/bundles/bad/instruments.csv","line":2,"column":"parties","message":"'xx': no such place or actor in the bundle or the database"},
{"id":6,"file":"tests/bundles/bad/instruments.csv","line":2,"column":"valid_to","message":"'2009' is before valid_from '2018'"},
{"id":7,"file":"tests/bundles/bad/projects.csv","line":2,"column":"side","message":"'ru-amu' is a place of kind region, not a country"},
{"id":8,"file":"tests/bundles/bad/projects.csv","line":3,"column":"id","message":"duplicate id 'bridge' (first defined at tests/bundles/bad/projects.csv:2)"},
{"id":9,"file":"tests/bundles/bad/projects.csv","line":4,"column":"name_en","message":"required field is empty"},
{"id":10,"file":"tests/bundles/bad/listings.csv","line":4,"column":null,"message":"quoted field opened on line 3 is never closed"},
{"id":11,"file":"tests/bundles/bad/stakes.csv","line":2,"column":"actor","message":"'a1': no such actor in the bundle or the database"},
{"id":12,"file":"tests/bundles/bad/stakes.csv","line":2,"column":"role","message":"'enemy' is not one of: owner, contractor, financier, operator, regulator, supporter, opponent"},
{"id":13,"file":"tests/bundles/bad/stakes.csv","line":2,"column":"influence","message":"'9': out of range"},
{"id":14,"file":"tests/bundles/bad/stakes.csv","line":2,"column":"to","message":"'2005' is before from '2010'"},
{"id":15,"file":"tests/bundles/bad/stakes.csv","line":3,"column":null,"message":"6 fields where the header has 11"},
{"id":16,"file":"tests/bundles/bad/claims.csv","line":2,"column":"value","message":"'finished' for stage: not a stage (listed, agreed, financed, under-construction, completed, operational, suspended, cancelled)"},
{"id":17,"file":"tests/bundles/bad/claims.csv","line":3,"column":"value","message":"'2021-13-40' for planned_opening: month out of range (01-12)"},
{"id":18,"file":"tests/bundles/bad/claims.csv","line":4,"column":"value","message":"actual_opening '2022-04' is later than the date of the claim that reports it (2021-10)"},
{"id":19,"file":"tests/bundles/bad/claims.csv","line":5,"column":"date","message":"'2021/10/07': expected a date as YYYY, YYYY-MM or YYYY-MM-DD"},
{"id":20,"file":"tests/bundles/bad/claims.csv","line":5,"column":"source","message":"'nosuch': no such source in the bundle or the database"},
{"id":21,"file":"tests/bundles/bad/claims.csv","line":6,"column":"subject","message":"'nowhere': no such place, actor, instrument or project in the bundle or the database"},
{"id":22,"file":"tests/bundles/bad/claims.csv","line":6,"column":"property","message":"'opening_date': not a property (stage, planned_EVENT, actual_EVENT, cost, count, share, legal_status, dependence, text)"},
{"id":23,"file":"tests/bundles/bad/claims.csv","line":6,"column":"date","message":"'2021-02-30': day out of range for its month"},
{"id":24,"file":"tests/bundles/bad/claims.csv","line":7,"column":"scope","message":"'side ru': expected key=value pairs joined by ';'"},
{"id":25,"file":"tests/bundles/bad/claims.csv","line":7,"column":"refers_to","message":"'2019/2016': period ends before it begins"},
{"id":26,"file":"tests/bundles/bad/claims.csv","line":7,"column":"value","message":"'fourteen billion' for cost: not a number"},
{"id":27,"file":"tests/bundles/bad/indicators.csv","line":1,"column":"unit","message":"missing required column"},
{"id":28,"file":"tests/bundles/bad/indicators.csv","line":1,"column":"source","message":"missing required column"}
]
--- status
1
