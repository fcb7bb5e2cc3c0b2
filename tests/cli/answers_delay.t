# Days late against delivery (docs/analyses.md, "Slippage"), on tests/bundles/answers
# as of 2020-12-31:
# - late: promised 2017-06-30, ended 2017-12-18: 2017-12-18 - 2017-06-30 = 171 days late,
#   the promise itself never moved (moved 0), delivered, not overdue;
# - halted: opening promised for 2018, works suspended in 2019: 2020-12-31 - 2018-12-31 =
#   731 days late, but a suspended project is not overdue (halted);
# - nodate: opening promised for 2018, operational by 2020 with no opening date: delivered,
#   days late unknown (null), not overdue;
# - calm: completion promised for 2015, done 2015-10: 2015-10-01 - 2015-12-31 = 91 days early.
$ amur --db "$DB" -q load tests/bundles/answers
$ amur --db "$DB" --json slippage --as-of 2020-12-31 | jq -c '.[] | [.project, .delay_days, .moved_days, .delivered, .halted, .overdue, .actual]'
$ amur --db "$DB" slippage late --as-of 2020-12-31 | sed -n 3,4p
$ amur --db "$DB" slippage halted --as-of 2020-12-31 | sed -n 3,4p
$ amur --db "$DB" slippage nodate --as-of 2020-12-31 | sed -n 3,4p
--- stdout
["late",171,0,true,false,false,"2017-12-18"]
["halted",731,0,false,true,false,null]
["nodate",null,0,true,false,false,null]
["opp1",1827,0,false,false,true,null]
["opp2",1461,0,false,false,true,null]
["calm",-91,0,true,false,false,"2015-10"]
planned_completion: first 2017-06-30, final 2017-06-30; 0 postponements, 0 advances; the promise moved 0 days
delivered 2017-12-18, 171 days late
planned_opening: first 2018, final 2018; 0 postponements, 0 advances; the promise moved 0 days
not delivered (halted): 731 days late at 2020-12-31
planned_opening: first 2018, final 2018; 0 postponements, 0 advances; the promise moved 0 days
delivered (the record gives no date)
--- stderr
--- status
0
