# The bundled Russia–China dataset (data/) shows what the study reports:
# - it is clean and loads;
# - the 2009–2018 programme as of the end of 2015: the reported 15 of the 94
#   Russian-side projects under way, beside the item-level record and its coverage;
# - the Blagoveshchensk–Heihe bridge: the study's "planned first for 2020, then
#   for January 2021" (fn 52) among the dated promises of the record (the first of
#   them, October 2019, made in December 2016, so 731 days late at 2021-10-31);
#   the crossings' completion "moved from 2012 to 2021" (fn 55); as of October 2021 federal
#   and national sources saying "operational" against local and regional ones
#   saying it was not open (stage completed): four official_ahead pairs;
# - China's share of accumulated inbound FDI falling from 2014 to 2019 in four of
#   the five border regions (Trans-Baikal 68→33, Jewish AR 22→7, Primorsky 14→3,
#   Khabarovsk 4→3) and rising in one (Amur 3→7);
# - the study's typology beside the computed one: "conditionally divided into
#   independent ones (Primorsky Krai and Khabarovsk Krai) and those that are
#   dependent on China (Trans-Baikal Territory and the Jewish Autonomous
#   Region)", "The Amur Region occupies an intermediate position" (fn 11).
#   Primorsky's import share (56-74%) is the same range as Amur's, so the
#   computed class cannot tell them apart: it disagrees, and says so.
$ amur --db "$DB" check data
$ amur --db "$DB" -q load data
$ amur --db "$DB" scorecard ins-prog-2009-2018 --as-of 2015-12-31 | grep -E '^(15|94|205) |all sides|side ru:'
$ amur --db "$DB" slippage prj-blag-heihe-bridge --property planned_opening --as-of 2021-10-31 | grep -E 'src-fn52|^not delivered'
$ amur --db "$DB" slippage prj-border-crossings-modernisation --property planned_completion | grep -E 'src-fn55' 
$ amur --db "$DB" contradictions --as-of 2021-10-31 --subject prj-blag-heihe-bridge --official-ahead | grep -E '^(a|b) |official ahead$'
$ amur --db "$DB" regions | grep -E '^ru-[a-z]+ +[A-Z]'
--- stdout
data: ok, 1720 rows
  side ru: 1 listed: listed 1
    all sides: 3 of the 205 projects reported (claim clm-p0918-02) are in the item-level record (1.5%)
    side ru: 1 of the 94 projects reported (claim clm-prog0918-05) are in the item-level record (1.1%)
205       projects                                                             2009-10-17  3                           2009-10-17  src-vedomosti-qwas-2009-10-17  national-media  Документ включает 205 ключевых совместных проектов в приграничных регионах двух стран
15        projects   side=ru;stage=under-construction                          2015        0                           2018        src-fn35                       academic        By 2015, out of 94 projects that were to be implemented in the eastern regions of Russia, only 15 were under implementation
205       projects   item=key-project                                          2009        3 (not matched: item)       2021        src-study                      academic        There were 205 key projects listed in the annex: 94 for the Russian side and 111 for the Chinese side.
94        projects   item=key-project;side=ru                                  2009        1 (not matched: item)       2021        src-study                      academic        There were 205 key projects listed in the annex: 94 for the Russian side and 111 for the Chinese side.
not delivered: 731 days late at 2021-10-31, overdue
2021-10-01  2020      reaffirmation  src-fn52                  local-media     The opening of the bridge was planned first for 2020, then for January 2021.
2021-10-01  2021-01   reaffirmation  src-fn52                  local-media     The opening of the bridge was planned first for 2020, then for January 2021.
not delivered: 425 days late at 2021-10-31, overdue
2021-03-23  2012      first         src-fn55             national-media  The completion dates have already been moved from 2012 to 2021
2021-03-23  2021      postponement  src-fn55             national-media  The completion dates have already been moved from 2012 to 2021
severity 1, same time, official ahead
a  clm-blag-31  2021        2021       src-fn57  federal      operational  the bridge has already been put into operation
b  clm-blag-35  2021-10-01  2021-10    src-fn52  local-media  completed    neither the Blagoveshchensk – Heihe Bridge itself nor the pontoon bridge were still open for cargo transportation
severity 1, same time, official ahead
a  clm-blag-31  2021        2021        src-fn57  federal   operational  the bridge has already been put into operation
b  clm-blag-36  2021-10-14  2021-10-14  src-fn53  regional  completed    The International Bridge is waiting for the opening of traffic
severity 1, same time, official ahead
a  clm-blag-32  2021-10-07  2021-10-07  src-fn58  national-media  operational  the bridge has already been put into operation
b  clm-blag-35  2021-10-01  2021-10     src-fn52  local-media     completed    neither the Blagoveshchensk – Heihe Bridge itself nor the pontoon bridge were still open for cargo transportation
severity 1, 7 days apart, official ahead
a  clm-blag-32  2021-10-07  2021-10-07  src-fn58  national-media  operational  the bridge has already been put into operation
b  clm-blag-36  2021-10-14  2021-10-14  src-fn53  regional        completed    The International Bridge is waiting for the opening of traffic
4 contradictions, 4 official ahead
ru-zab  Trans-Baikal Territory    dependent (src-fn11)               dependent     import_share 2019 88–93%  falling -35 pp (2014→2019)
ru-amu  Amur Region               intermediate (src-fn11)            intermediate  import_share 2019 56–74%  rising +4 pp (2014→2019)
ru-yev  Jewish Autonomous Region  dependent (src-fn11)               dependent     import_share 2019 88–93%  falling -15 pp (2014→2019)
ru-pri  Primorsky Krai            independent (src-fn11), disagrees  intermediate  import_share 2019 56–74%  falling -11 pp (2014→2019)
ru-kha  Khabarovsk Krai           independent (src-fn11)             independent   import_share 2019 29%     falling -1 pp (2014→2019)
--- stderr
--- status
0
