# Every problem of a bundle with many kinds of error is reported, with file,
# line and column, and the exit status is 1.
$ amur --db "$DB" check tests/bundles/bad
--- stdout
tests/bundles/bad/sources.csv:3: tier: 'official' is not one of: federal, regional, municipal, foreign-official, statistics, national-media, local-media, foreign-media, academic
tests/bundles/bad/places.csv:4: name_en: invalid UTF-8 at byte 6 of the field
tests/bundles/bad/places.csv:5: lon: give both lat and lon, or neither
tests/bundles/bad/actors.csv:1: nmae_ru: unknown column (did you mean 'name_ru'?)
tests/bundles/bad/instruments.csv:2: parties: 'xx': no such place or actor in the bundle or the database
tests/bundles/bad/instruments.csv:2: valid_to: '2009' is before valid_from '2018'
tests/bundles/bad/projects.csv:2: side: 'ru-amu' is a place of kind region, not a country
tests/bundles/bad/projects.csv:3: id: duplicate id 'bridge' (first defined at tests/bundles/bad/projects.csv:2)
tests/bundles/bad/projects.csv:4: name_en: required field is empty
tests/bundles/bad/listings.csv:4: quoted field opened on line 3 is never closed
tests/bundles/bad/stakes.csv:2: actor: 'a1': no such actor in the bundle or the database
tests/bundles/bad/stakes.csv:2: role: 'enemy' is not one of: owner, contractor, financier, operator, regulator, supporter, opponent
tests/bundles/bad/stakes.csv:2: influence: '9': out of range
tests/bundles/bad/stakes.csv:2: to: '2005' is before from '2010'
tests/bundles/bad/stakes.csv:3: 6 fields where the header has 11
tests/bundles/bad/claims.csv:2: value: 'finished' for stage: not a stage (listed, agreed, financed, under-construction, completed, operational, suspended, cancelled)
tests/bundles/bad/claims.csv:3: value: '2021-13-40' for planned_opening: month out of range (01-12)
tests/bundles/bad/claims.csv:4: value: actual_opening '2022-04' is later than the date of the claim that reports it (2021-10)
tests/bundles/bad/claims.csv:5: date: '2021/10/07': expected a date as YYYY, YYYY-MM or YYYY-MM-DD
tests/bundles/bad/claims.csv:5: source: 'nosuch': no such source in the bundle or the database
tests/bundles/bad/claims.csv:6: subject: 'nowhere': no such place, actor, instrument or project in the bundle or the database
tests/bundles/bad/claims.csv:6: property: 'opening_date': not a property (stage, planned_EVENT, actual_EVENT, cost, count, share, legal_status, dependence, text)
tests/bundles/bad/claims.csv:6: date: '2021-02-30': day out of range for its month
tests/bundles/bad/claims.csv:7: scope: 'side ru': expected key=value pairs joined by ';'
tests/bundles/bad/claims.csv:7: refers_to: '2019/2016': period ends before it begins
tests/bundles/bad/claims.csv:7: value: 'fourteen billion' for cost: not a number
tests/bundles/bad/indicators.csv:1: unit: missing required column
tests/bundles/bad/indicators.csv:1: source: missing required column
--- stderr
amur: tests/bundles/bad: 28 problems
--- status
1
