# amur report --lang zh on a small bundle with IATI money: every section in
# Chinese (sentences, table headings, stages, tiers, properties, flags, kinds
# of carry-over, trends, units), names in Chinese where the data has them
# (else English), quotes, publishers, numbers and dates as recorded. Read by
# hand when blessed. The Markdown's evidence links and the HTML page's
# language; the JSON keeps its tables' keys and values as in English (a stage
# as its code), whatever the language, with its text translated.
$ amur -q --db "$DB" load tests/bundles/small
$ amur -q --db "$DB" import-iati tests/iati/snapshot-a.xml tests/iati/snapshot-b.xml tests/iati/money.xml 2>/dev/null
$ amur --db "$DB" report --as-of 2024-12-31 --lang zh
$ amur --db "$DB" report --as-of 2024-12-31 --lang zh --format md | grep -m2 '](#'
$ amur --db "$DB" report --as-of 2024-12-31 --lang zh --format html | grep -oE '<html lang="[a-z]+">|<title>[^<]*</title>|<a href="#[a-z]+">[^<]*</a>' | head -3
$ tables() { amur --db "$DB" report --as-of 2024-12-31 --lang "$1" --format json | jq -c '.[] | select(.kind == "table" or .kind == "bars") | del(.text, .shown, .shown_unit, .bars[]?.shown)'; }
$ tables en > "$TMP/en"; tables zh > "$TMP/zh"; cmp "$TMP/en" "$TMP/zh" && echo "the JSON's $(wc -l < "$TMP/zh") tables and charts are the English ones"
$ amur --db "$DB" report --as-of 2024-12-31 --lang zh --format json | jq -r '.[] | select(.kind == "table") | .columns | join(",")' | head -3
$ amur --db "$DB" report --as-of 2024-12-31 --lang zh --format json | jq -r '[.[] | select(.kind == "table")][0] | (.shown[0], .shown[1]) | join(",")'
$ amur --db "$DB" report --as-of 2024-12-31 --lang zh --format json | jq -r '[.[] | select(.kind == "bars")][0] | .shown_unit, (.bars[] | .label + " = " + .shown)'
--- stdout
Amur 报告 — 截至 2024-12-31
══════════════════════════════════════

主要发现
──────────

项目 4 个，文件 1 份，陈述 13 条（来源 4 个），指标 2 个。

• 黑河—布拉戈维申斯克大桥：Rossiyskaya Gazeta（全国媒体）于 2021-10-07 称“已运营”，而 Amur Life（地方媒体）于 2021-10-01 称“已建成”；官方来源领先于基层来源的矛盾共 1 处。
• 黑河—布拉戈维申斯克大桥：计划开通最初承诺为 2020，最新承诺为 2021-01，尚未交付，延误 1461 天（推迟 1 次，已逾期）。
• 中国在累计流入直接投资中的占比于 2014–2019 年间在 1 个地区中均未下降；上升：阿穆尔州 3% → 7%。
• 1 个项目曾有影响力在 4 及以上的反对者。
• 截至 2024-12-31：框架文件 1 份，已交付项目 1 个（其中 1 个日期不详）；每个已交付项目对应框架文件 1 份。

各项目所处阶段
──────────

项目                         阶段        置信度  陈述数  标记
───────────────────────────  ──────────  ──────  ──────  ──────
黑河—布拉戈维申斯克大桥      已建成      0.56    2       有争议
A project nobody reports on  无阶段证据          0
Snapshots                    在建        1.00    1
Money                        在建        1.00    1

共 4 个项目：已交付（各部分均已建成或运营）1 个，在建 2 个，无阶段证据（整体或部分）1 个，来源之间有争议 1 个。

规划：列入了什么，结果如何
──────────

Programme of cooperation, 2009–2018

逐项列入项目 1 个，其中有阶段证据的 1 个；实施 1/1，完成 1/1。

所列项目按阶段
  已建成 ████████████████████████████████████████ 1 个

来源之间的矛盾
──────────

在 90 天之内就同一事物说法不一的陈述共 1 对；其中 1 对是官方来源报告的阶段晚于地区或地方来源。

黑河—布拉戈维申斯克大桥 — 阶段：严重度 1，官方超前

• 甲：Rossiyskaya Gazeta（全国媒体，2021-10-07）：已运营 — “has connected two banks” [c3]
• 乙：Amur Life（地方媒体，2021-10-01）：已建成 — “pontoon bridge would not be opened” [c4]

承诺日期及其推迟
──────────

项目                     属性      首次承诺    最新承诺    推迟次数  延误天数  逾期
───────────────────────  ────────  ──────────  ──────────  ────────  ────────  ──────
黑河—布拉戈维申斯克大桥  计划完工  2018        2018        0         无日期
黑河—布拉戈维申斯克大桥  计划开通  2020        2021-01     1         1461      已逾期
Snapshots                计划开工  2019-01-01  2019-01-01  0         无日期
Money                    计划开工  2020-01-01  2020-01-01  0         无日期

至少推迟过一次的承诺期限 1 个；已逾期 1 个。

转入后续文件的项目
──────────

项目  较早列入  较晚列入  相似度  方式
────  ────────  ────────  ──────  ────

项目延续共 0 项：声明的 0 项，按名称匹配发现的 0 项；再次列入后来规划文件的 0 项，列入实施先前文件的文件的 0 项。

地区：对邻国的依赖
──────────

地区      来源分类  计算分类  依据  外资占比趋势
────────  ────────  ────────  ────  ──────────────────────────
阿穆尔州                            3% → 7%（2014–2019），上升

阿穆尔州：伙伴国在累计流入直接投资中的占比
  2014 █ 3%
  2019 ███ 7%

否决风险：有强势反对者的项目
──────────

黑河—布拉戈维申斯克大桥

• Vladimir Sushkov，影响力 4，1990–2017：“prevented the construction of the bridge for decades”

项目太少，无法比较：有此类反对者的 1 个、无此类反对者且同期的 0 个项目有延误数据；每边至少需要 3 个。

框架文件膨胀
──────────

年份  新框架文件  完成项目  累计框架文件  累计完成
────  ──────────  ────────  ────────────  ────────
2009  1           0         1             0

向 IATI 报告的资金
──────────

资金记录（交易、预算、计划拨款）7 笔，涉及 2 项活动，取自各发布方的最新报告；下表为按项目和年份汇总的交易，币种以各记录为准。

项目       年份  种类  类型  币种  合计    笔数
─────────  ────  ────  ────  ────  ──────  ────
Money      2020  交易  拨付  USD   150000  2
Snapshots  2019  交易  拨付  USD   1500    2

引用的来源
──────────

本报告引用或提及其陈述的全部来源及其网址。

• Amur Life (地方媒体), “Amur entrepreneur says that if the pontoon bridge would not be opened, "prices will fly into space"”, 2021-10-01. https://www.amur.life/ [amurlife]
• Rossiyskaya Gazeta (全国媒体), “Public-private partnership has connected two banks of the Amur River”, 2021-10-07. https://rg.ru/2021/10/07/ [rg]
- 黑河—布拉戈维申斯克大桥：Rossiyskaya Gazeta（全国媒体）于 2021-10-07 称“已运营”，而 Amur Life（地方媒体）于 2021-10-01 称“已建成”；官方来源领先于基层来源的矛盾共 1 处。 ([证据](#bridge))
- 黑河—布拉戈维申斯克大桥：计划开通最初承诺为 2020，最新承诺为 2021-01，尚未交付，延误 1461 天（推迟 1 次，已逾期）。 ([证据](#bridge))
<html lang="zh">
<title>Amur 报告 — 截至 2024-12-31</title>
<a href="#bridge">证据</a>
the JSON's 8 tables and charts are the English ones
project,stage,confidence,claims,flags
project,property,first promise,final promise,postponements,days late,overdue
project,from,to,score,how
项目,阶段,置信度,陈述数,标记
黑河—布拉戈维申斯克大桥,已建成,0.56,2,有争议
 个
completed = 已建成
--- stderr
--- status
0
