/*
** tr.c — see tr.h. One line per key: how many placeholders its strings
** take, then Russian, then Chinese.
*/
#include "tr.h"

#include <stdio.h>
#include <string.h>

const char *const tr_codes[] = {"en", "ru", "zh", NULL};

typedef struct tr_entry {
    const char *key;
    int nargs;
    const char *s[TR_LANGS - 1]; /* ru, zh */
} tr_entry;

static const tr_entry table[] = {
    /* the title */
    {"title", 1, {"Отчёт Amur — на {0}", "Amur 报告 — 截至 {0}"}},
    {"title.known", 2,
     {"Отчёт Amur — на {0}, по сведениям на {1}", "Amur 报告 — 截至 {0}，依据 {1} 前已知的信息"}},
    /* the section titles */
    {"sec.headlines", 0, {"Главные выводы", "主要发现"}},
    {"sec.status", 0, {"На какой стадии каждый проект", "各项目所处阶段"}},
    {"sec.programmes", 0,
     {"Программы: что в них вошло и что из этого вышло", "规划：列入了什么，结果如何"}},
    {"sec.contradictions", 0, {"Противоречия между источниками", "来源之间的矛盾"}},
    {"sec.slippage", 0, {"Обещанные сроки и их переносы", "承诺日期及其推迟"}},
    {"sec.carryover", 0,
     {"Проекты, перенесённые в более поздние документы", "转入后续文件的项目"}},
    {"sec.regions", 0, {"Регионы: зависимость от соседа", "地区：对邻国的依赖"}},
    {"sec.risks", 0,
     {"Риск вето: проекты с влиятельными противниками", "否决风险：有强势反对者的项目"}},
    {"sec.inflation", 0, {"Инфляция рамочных документов", "框架文件膨胀"}},
    {"sec.flows", 0, {"Средства по отчётам в IATI", "向 IATI 报告的资金"}},
    {"sec.sources", 0, {"Цитируемые источники", "引用的来源"}},
    {"sources.lead", 0,
     {"Все источники, чьи утверждения отчёт цитирует или называет, с их адресами.",
      "本报告引用或提及其陈述的全部来源及其网址。"}},
    /* the counts under the headlines */
    {"counts", 5,
     {"Проектов: {0}; документов: {1}; утверждений: {2} (источников: {3}); показателей: {4}.",
      "项目 {0} 个，文件 {1} 份，陈述 {2} 条（来源 {3} 个），指标 {4} 个。"}},
    /* where the projects stand */
    {"status", 5,
     {"Проектов: {0}; сданы (построены или действуют во всех частях): {1}; строятся: {2}; без "
      "сведений о стадии (в целом или в части): {3}; оспариваются источниками: {4}.",
      "共 {0} 个项目：已交付（各部分均已建成或运营）{1} 个，在建 {2} 个，无阶段证据（整体或部分）"
      "{3} 个，来源之间有争议 {4} 个。"}},
    /* the headlines */
    {"head.carryover", 1,
     {"Проектов, повторно включённых в более поздние программы или планы: {0}.",
      "{0} 个项目被再次列入后来的规划或计划。"}},
    {"head.carryover.none", 1,
     {"Ни один проект не включён повторно в более позднюю программу или план; включений в "
      "документы, реализующие более ранний: {0}.",
      "没有项目被再次列入后来的规划或计划；实施先前文件的文件中有 {0} 项列入。"}},
    {"head.contradiction", 10,
     {"{0}: {1} ({2}; {4}): «{3}», а {5} ({6}; {8}): «{7}»; всего противоречий, где "
      "официальный источник опережает местные: {9}.",
      "{0}：{1}（{2}）于 {4} 称“{3}”，而 {5}（{6}）于 {8} 称“{7}”；官方来源领先于基层来源的"
      "矛盾共 {9} 处。"}},
    {"head.inflation.none", 2,
     {"На {0}: рамочных документов — {1}, реализованных проектов нет: соотношение не "
      "определено.",
      "截至 {0}：框架文件 {1} 份，尚无项目交付，比值无从计算。"}},
    {"head.inflation", 5,
     {"На {0}: рамочных документов — {1}, реализованных проектов — {2}{3}; рамочных "
      "документов на один реализованный проект: {4}.",
      "截至 {0}：框架文件 {1} 份，已交付项目 {2} 个{3}；每个已交付项目对应框架文件 {4} 份。"}},
    {"head.inflation.undated", 1,
     {" (из них без даты в записях: {0})", "（其中 {0} 个日期不详）"}},
    {"head.risks", 6,
     {"Медианное опоздание проектов с такими противниками — {0} дн. (проектов: {1}); у "
      "проектов без них, впервые обещанных, как и они, в {2}–{3} гг., — {4} дн. (проектов: "
      "{5}).",
      "有此类反对者的项目延误天数中位数为 {0} 天（{1} 个项目）；同样在 {2}–{3} 年首次承诺但没有"
      "此类反对者的项目为 {4} 天（{5} 个项目）。"}},
    {"head.risks.count", 2,
     {"Проектов, у которых когда-либо были противники с влиянием {1} и выше: {0}.",
      "{0} 个项目曾有影响力在 {1} 及以上的反对者。"}},
    {"head.coverage", 4,
     {"{0}: по отчётам проектов — {1}; Amur отслеживает по отдельности {2} из них (охват "
      "{3} %).",
      "{0}：报告项目 {1} 个；Amur 逐一跟踪其中 {2} 个（覆盖率 {3}%）。"}},
    {"head.aggregate", 5,
     {"{0}: по сводным данным — {1} ({2}) на {3}, по сведениям {4}.",
      "{0}：据{4}，截至 {3} 的汇总数据为 {1}（{2}）。"}},
    {"head.slip.delivered", 6,
     {"{0}: срок ({1}) сначала обещали на {2}, сдан {3} — опоздание {4} дн. (переносов: "
      "{5}).",
      "{0}：{1}最初承诺为 {2}，{3} 交付，延误 {4} 天（推迟 {5} 次）。"}},
    {"head.slip.open", 7,
     {"{0}: срок ({1}) сначала обещали на {2}, последнее обещание — {3}, не сдан — "
      "опоздание {4} дн. (переносов: {5}{6}).",
      "{0}：{1}最初承诺为 {2}，最新承诺为 {3}，尚未交付，延误 {4} 天（推迟 {5} 次{6}）。"}},
    {"head.slip.overdue", 0, {", просрочен", "，已逾期"}},
    {"head.regions", 7,
     {"Доля партнёра ({0}) в накопленных входящих прямых инвестициях снизилась в {1} "
      "регионах из {2} за {3}–{4} гг. ({5}){6}.",
      "{0}在累计流入直接投资中的占比于 {3}–{4} 年间在 {2} 个地区中的 {1} 个下降（{5}）{6}。"}},
    {"head.regions.nonefell", 5,
     {"Доля партнёра ({0}) в накопленных входящих прямых инвестициях за {2}–{3} гг. не "
      "снизилась ни в одном регионе из {1}{4}.",
      "{0}在累计流入直接投资中的占比于 {2}–{3} 年间在 {1} 个地区中均未下降{4}。"}},
    {"head.regions.rose", 1, {"; выросла: {0}", "；上升：{0}"}},
    {"head.regions.partner", 0, {"партнёр", "伙伴国"}},
    {"sep", 0, {", ", "、"}},
    {"undated", 0, {"без даты", "日期不详"}},
    /* codes */
    {"stage.listed", 0, {"включён", "已列入"}},
    {"stage.agreed", 0, {"согласован", "已商定"}},
    {"stage.financed", 0, {"профинансирован", "已融资"}},
    {"stage.under-construction", 0, {"строится", "在建"}},
    {"stage.completed", 0, {"построен", "已建成"}},
    {"stage.operational", 0, {"действует", "已运营"}},
    {"stage.suspended", 0, {"приостановлен", "暂停"}},
    {"stage.cancelled", 0, {"отменён", "取消"}},
    {"tier.federal", 0, {"федеральный", "联邦"}},
    {"tier.regional", 0, {"региональный", "地区"}},
    {"tier.municipal", 0, {"муниципальный", "市级"}},
    {"tier.foreign-official", 0, {"иностранный официальный", "外国官方"}},
    {"tier.statistics", 0, {"статистика", "统计"}},
    {"tier.national-media", 0, {"общенациональные СМИ", "全国媒体"}},
    {"tier.local-media", 0, {"местные СМИ", "地方媒体"}},
    {"tier.foreign-media", 0, {"иностранные СМИ", "外国媒体"}},
    {"tier.academic", 0, {"научный", "学术"}},
    {"tier.unknown tier", 0, {"уровень неизвестен", "级别不明"}},
    {"prop.planned_opening", 0, {"плановое открытие", "计划开通"}},
    {"prop.planned_completion", 0, {"плановое завершение", "计划完工"}},
    {"prop.planned_start", 0, {"плановое начало", "计划开工"}},
    {"prop.stage", 0, {"стадия", "阶段"}},
    {"prop.count", 0, {"количество", "数量"}},
    {"side.ru", 0, {"российская сторона", "俄方"}},
    {"side.cn", 0, {"китайская сторона", "中方"}},

    /* the words the renderings add */
    {"evidence", 0, {"доказательства", "证据"}},
    /* the report's table headings (its JSON keys stay English) */
    {"col.project", 0, {"проект", "项目"}},
    {"col.stage", 0, {"стадия", "阶段"}},
    {"col.confidence", 0, {"уверенность", "置信度"}},
    {"col.claims", 0, {"утверждения", "陈述数"}},
    {"col.flags", 0, {"отметки", "标记"}},
    {"col.property", 0, {"свойство", "属性"}},
    {"col.first promise", 0, {"первый срок", "首次承诺"}},
    {"col.final promise", 0, {"последний срок", "最新承诺"}},
    {"col.postponements", 0, {"переносы", "推迟次数"}},
    {"col.days late", 0, {"дней опоздания", "延误天数"}},
    {"col.overdue", 0, {"просрочено", "逾期"}},
    {"col.from", 0, {"раннее включение", "较早列入"}},
    {"col.to", 0, {"позднее включение", "较晚列入"}},
    {"col.score", 0, {"сходство", "相似度"}},
    {"col.how", 0, {"как найдено", "方式"}},
    {"col.region", 0, {"регион", "地区"}},
    {"col.sources say", 0, {"по источникам", "来源分类"}},
    {"col.computed", 0, {"расчёт", "计算分类"}},
    {"col.on", 0, {"по показателю", "依据"}},
    {"col.FDI share trend", 0, {"тренд доли в ПИИ", "外资占比趋势"}},
    {"col.year", 0, {"год", "年份"}},
    {"col.new frameworks", 0, {"новые рамочные документы", "新框架文件"}},
    {"col.delivered", 0, {"завершено", "完成项目"}},
    {"col.cumulative frameworks", 0, {"документов всего", "累计框架文件"}},
    {"col.cumulative delivered", 0, {"завершено всего", "累计完成"}},
    {"col.kind", 0, {"вид", "种类"}},
    {"col.type", 0, {"тип", "类型"}},
    {"col.currency", 0, {"валюта", "币种"}},
    {"col.total", 0, {"сумма", "合计"}},
    {"col.flows", 0, {"записей", "笔数"}},
    /* cells */
    {"stage.no evidence", 0, {"нет сведений о стадии", "无阶段证据"}},
    {"stage.untracked", 0, {"нет сведений о стадии", "无阶段证据"}},
    {"flag.ground rule", 0,
     {"официальные данные опровергнуты местными", "官方说法被地方证据推翻"}},
    {"flag.contested", 0, {"спорно", "有争议"}},
    {"flag.overdue", 0, {"просрочено", "已逾期"}},
    {"how.implementing instrument", 0, {"реализующий документ", "实施文件"}},
    {"how.declared", 0, {"заявлен", "声明"}},
    {"how.detected by name", 0, {"найден по названию", "按名称匹配"}},
    {"typ.dependent", 0, {"зависимый", "依赖型"}},
    {"typ.intermediate", 0, {"промежуточный", "中间型"}},
    {"typ.independent", 0, {"независимый", "独立型"}},
    {"typ.uncertain", 0, {"неопределённый", "不确定"}},
    {"trend.falling", 0, {"снижается", "下降"}},
    {"trend.rising", 0, {"растёт", "上升"}},
    {"trend.flat", 0, {"без изменений", "持平"}},
    {"series.export_share", 0, {"доля в экспорте", "出口占比"}},
    {"series.import_share", 0, {"доля в импорте", "进口占比"}},
    {"series.fdi_stock_share", 0, {"доля в ПИИ", "外资占比"}},
    {"flow.transaction", 0, {"транзакция", "交易"}},
    {"flow.budget", 0, {"бюджет", "预算"}},
    {"flow.planned-disbursement", 0, {"плановая выплата", "计划拨款"}},
    {"flowtype.incoming-funds", 0, {"поступление средств", "资金流入"}},
    {"flowtype.outgoing-commitment", 0, {"исходящее обязательство", "对外承付"}},
    {"flowtype.disbursement", 0, {"выплата", "拨付"}},
    {"flowtype.expenditure", 0, {"расход", "支出"}},
    {"flowtype.interest-payment", 0, {"выплата процентов", "利息支付"}},
    {"flowtype.loan-repayment", 0, {"погашение займа", "贷款偿还"}},
    {"flowtype.reimbursement", 0, {"возмещение", "报销"}},
    {"flowtype.purchase-of-equity", 0, {"покупка доли", "购买股权"}},
    {"flowtype.sale-of-equity", 0, {"продажа доли", "出售股权"}},
    {"flowtype.credit-guarantee", 0, {"кредитная гарантия", "信用担保"}},
    {"flowtype.incoming-commitment", 0, {"входящее обязательство", "承付流入"}},
    {"flowtype.outgoing-pledge", 0, {"исходящее обещание", "对外认捐"}},
    {"flowtype.incoming-pledge", 0, {"входящее обещание", "认捐流入"}},
    {"flowtype.original", 0, {"исходный", "原始"}},
    {"flowtype.revised", 0, {"пересмотренный", "修订"}},
    /* programmes */
    {"sc.none", 0, {"Ни один документ не включает проектов.", "没有文件列入项目。"}},
    {"sc.listed", 6,
     {"Поимённо включено проектов: {0}, из них со сведениями о стадии: {1}; реализация — {2} "
      "из {3}, завершение — {4} из {5}.",
      "逐项列入项目 {0} 个，其中有阶段证据的 {1} 个；实施 {2}/{3}，完成 {4}/{5}。"}},
    {"sc.bars", 0, {"Включённые проекты по стадиям", "所列项目按阶段"}},
    {"sc.bars.unit", 0, {" шт.", " 个"}},
    {"sc.reported", 6,
     {"Сообщает {0} ({1}, {2}): {4}: {3}{5}.", "{0}（{1}，{2}）报告：{3} {4}{5}。"}},
    {"sc.reported.tracked", 7,
     {"Сообщает {0} ({1}, {2}): {4}: {3}{5}; отслежено поимённо: {6}.",
      "{0}（{1}，{2}）报告：{3} {4}{5}；逐项跟踪：{6}。"}},
    /* units of reported counts and quantities */
    {"unit.projects", 0, {"проектов", "个项目"}},
    {"unit.memoranda", 0, {"меморандумов", "份备忘录"}},
    {"unit.regions", 0, {"регионов", "个地区"}},
    {"unit.zones", 0, {"зон", "个园区"}},
    {"unit.checkpoints", 0, {"пунктов пропуска", "个口岸"}},
    {"unit.sections", 0, {"участков", "个路段"}},
    {"unit.parks", 0, {"парков", "个园区"}},
    {"unit.enterprises", 0, {"предприятий", "家企业"}},
    {"unit.percent", 0, {"%", "%"}},
    {"unit.tonnes", 0, {"т", "吨"}},
    {"unit.tonnes per year", 0, {"т в год", "吨/年"}},
    {"unit.tonnes/year", 0, {"т в год", "吨/年"}},
    {"unit.vehicles", 0, {"автомобилей", "辆"}},
    {"unit.vehicles per day", 0, {"автомобилей в сутки", "辆/日"}},
    {"unit.vehicles/day", 0, {"автомобилей в сутки", "辆/日"}},
    {"unit.vehicles per year", 0, {"автомобилей в год", "辆/年"}},
    {"unit.trucks", 0, {"грузовиков", "辆货车"}},
    {"unit.trucks/day", 0, {"грузовиков в сутки", "辆货车/日"}},
    {"unit.trucks per day", 0, {"грузовиков в сутки", "辆货车/日"}},
    {"unit.trucks per year", 0, {"грузовиков в год", "辆货车/年"}},
    {"unit.passengers", 0, {"пассажиров", "人次"}},
    {"unit.passengers/year", 0, {"пассажиров в год", "人次/年"}},
    {"unit.lanes", 0, {"полос", "条车道"}},
    {"unit.pontoons", 0, {"понтонов", "个浮箱"}},
    {"unit.hectares", 0, {"га", "公顷"}},
    {"unit.MW", 0, {"МВт", "兆瓦"}},
    /* the parts of a claim's scope: keys, and the values that are codes */
    {"scope.kv", 2, {"{0}: {1}", "{0}：{1}"}},
    {"scope.part", 0, {"часть", "部分"}},
    {"scope.item", 0, {"позиция", "条目"}},
    {"scope.kind", 0, {"вид", "种类"}},
    {"scope.phase", 0, {"очередь", "期"}},
    {"scope.mode", 0, {"режим", "方式"}},
    {"scope.season", 0, {"сезон", "季度"}},
    {"scope.event", 0, {"событие", "事件"}},
    {"scope.of", 0, {"из чего", "所指"}},
    {"scope.capacity", 0, {"мощность", "能力"}},
    {"scope.investor", 0, {"инвестор", "投资方"}},
    {"scope.financing", 0, {"финансирование", "融资"}},
    {"scope.role", 0, {"роль", "角色"}},
    {"scope.area", 0, {"территория", "区域"}},
    {"scope.scope", 0, {"охват", "范围"}},
    {"scopev.key-project", 0, {"ключевой проект", "重点项目"}},
    {"scopev.memorandum", 0, {"меморандум", "备忘录"}},
    {"scopev.cn-investment", 0, {"китайские инвестиции", "中方投资"}},
    {"scopev.planned", 0, {"плановая", "计划"}},
    {"scopev.member", 0, {"участник", "成员"}},
    {"scopev.passenger", 0, {"пассажирский", "客运"}},
    {"scopev.cargo", 0, {"грузовой", "货运"}},
    {"scopev.resumption", 0, {"возобновление", "恢复"}},
    {"scopev.foreign", 0, {"иностранный", "外国"}},
    {"scopev.main-structure", 0, {"основное сооружение", "主体结构"}},
    {"scopev.access-road", 0, {"подъездная дорога", "引道"}},
    {"scopev.whole-corridor", 0, {"весь коридор", "整个走廊"}},
    {"scopev.chinese-projects", 0, {"китайские проекты", "中方项目"}},
    {"scopev.cross-border-e-commerce-zone", 0,
     {"зона трансграничной электронной торговли", "跨境电子商务区"}},
    {"scopev.completed-investment", 0, {"освоенные инвестиции", "已完成投资"}},
    {"scopev.investment-portfolio", 0, {"инвестиционный портфель", "投资组合"}},
    {"scopev.planned-total", 0, {"плановый итог", "计划总额"}},
    {"scopev.overseas-investment", 0, {"зарубежные инвестиции", "境外投资"}},
    {"scopev.overseas-investment-projects", 0,
     {"зарубежные инвестиционные проекты", "境外投资项目"}},
    {"scopev.all-russian-borders", 0, {"все границы России", "俄罗斯全部边境"}},
    /* legal statuses of instruments (docs/dataset.md) */
    {"legal.proposed", 0, {"предложен", "已提出"}},
    {"legal.discussed", 0, {"обсуждается", "讨论中"}},
    {"legal.adopted", 0, {"принят", "已通过"}},
    {"legal.in-force", 0, {"действует", "已生效"}},
    {"legal.abandoned", 0, {"оставлен", "已放弃"}},
    {"legal.expired", 0, {"истёк срок действия", "已失效"}},
    {"legal.repealed", 0, {"отменён", "已废止"}},
    /* the properties of claims */
    {"prop.planned_full_capacity", 0, {"плановый выход на полную мощность", "计划达产"}},
    {"prop.planned_spans_joined", 0, {"плановая смычка пролётов", "计划合龙"}},
    {"prop.planned_passenger_opening", 0,
     {"плановое открытие пассажирского движения", "计划开通客运"}},
    {"prop.planned_design_capacity", 0, {"плановый выход на проектную мощность", "计划达到设计能力"}},
    {"prop.planned_entry_into_force", 0, {"плановое вступление в силу", "计划生效"}},
    {"prop.planned_agreement", 0, {"плановое соглашение", "计划签署协议"}},
    {"prop.planned_master_plan", 0, {"плановый мастер-план", "计划总体规划"}},
    {"prop.planned_closure", 0, {"плановое закрытие", "计划关闭"}},
    {"prop.actual_opening", 0, {"фактическое открытие", "实际开通"}},
    {"prop.actual_completion", 0, {"фактическое завершение", "实际完工"}},
    {"prop.actual_start", 0, {"фактическое начало", "实际开工"}},
    {"prop.actual_acceptance", 0, {"фактическая приёмка", "实际验收"}},
    {"prop.actual_approval", 0, {"фактическое утверждение", "实际批准"}},
    {"prop.actual_business_plan", 0, {"фактическая подготовка бизнес-плана", "实际编制商业计划"}},
    {"prop.actual_closure", 0, {"фактическое закрытие", "实际关闭"}},
    {"prop.actual_creation", 0, {"фактическое создание", "实际设立"}},
    {"prop.actual_first_held", 0, {"фактическое первое проведение", "实际首次举办"}},
    {"prop.actual_first_meeting", 0, {"фактическое первое заседание", "实际首次会议"}},
    {"prop.actual_first_rope", 0, {"фактическое натяжение первого каната", "实际架设首根缆索"}},
    {"prop.actual_founding", 0, {"фактическое основание", "实际成立"}},
    {"prop.actual_inspection", 0, {"фактическая проверка", "实际检查"}},
    {"prop.actual_meeting", 0, {"фактическое заседание", "实际会议"}},
    {"prop.actual_operating_permit", 0,
     {"фактическое разрешение на эксплуатацию", "实际取得运营许可"}},
    {"prop.actual_reopening", 0, {"фактическое возобновление работы", "实际重新开通"}},
    {"prop.actual_spans_joined", 0, {"фактическая смычка пролётов", "实际合龙"}},
    {"prop.actual_test_run", 0, {"фактический пробный запуск", "实际试运行"}},
    {"prop.actual_track_linked", 0, {"фактическая стыковка путей", "实际铺轨接通"}},
    {"prop.cost", 0, {"стоимость", "造价"}},
    {"prop.legal_status", 0, {"правовой статус", "法律状态"}},
    {"prop.text", 0, {"текст", "文字"}},
    {"prop.share", 0, {"доля", "占比"}},
    {"prop.dependence", 0, {"зависимость", "依赖程度"}},
    /* contradictions */
    {"ct.summary", 3,
     {"Пар утверждений, расходящихся об одном и том же в пределах {1} дн.: {0}; в {2} из них "
      "официальный источник называет более позднюю стадию, чем региональные или местные.",
      "在 {1} 天之内就同一事物说法不一的陈述共 {0} 对；其中 {2} 对是官方来源报告的阶段晚于地区或"
      "地方来源。"}},
    {"ct.pair", 5,
     {"{0} — {1}: серьёзность {2}{3}{4}", "{0} — {1}：严重度 {2}{3}{4}"}},
    {"ct.ahead", 0, {", официальные опережают", "，官方超前"}},
    {"ct.self", 0, {", источник противоречит сам себе", "，同一来源自相矛盾"}},
    {"ct.a", 0, {"А:", "甲："}},
    {"ct.b", 0, {"Б:", "乙："}},
    {"ct.claim", 9,
     {"{0} {1} ({2}, {3}): {4}{5}{6}{7} [{8}]", "{0}{1}（{2}，{3}）：{4}{5}{6}{7} [{8}]"}},
    {"ct.quote", 1, {" — «{0}»", " — “{0}”"}},
    {"ct.quote.colon", 1, {": «{0}»", "：“{0}”"}},
    {"ct.prov", 1, {" ({0})", "（{0}）"}},
    {"ct.via", 1, {"по сообщению: {0}", "转引自 {0}"}},
    {"ct.via.translated", 1, {"по сообщению: {0}, в переводе", "转引自 {0}，译文"}},
    {"ct.translated", 0, {"в переводе", "译文"}},
    {"ct.note", 1, {". Примечание: {0}", "。备注：{0}"}},
    /* slippage */
    {"sl.propscope", 2, {"{0} ({1})", "{0}（{1}）"}},
    {"sl.nodate", 0, {"нет даты", "无日期"}},
    {"sl.summary", 2,
     {"Обещанных сроков, перенесённых хотя бы раз: {0}; просрочено: {1}.",
      "至少推迟过一次的承诺期限 {0} 个；已逾期 {1} 个。"}},
    /* carry-overs */
    {"co.summary", 5,
     {"Случаев переноса проекта в другой документ: {0}; заявлено: {1}, найдено по совпадению "
      "названий: {2}; снова включены в более поздний плановый документ: {3}, в документ, "
      "реализующий более ранний: {4}.",
      "项目延续共 {0} 项：声明的 {1} 项，按名称匹配发现的 {2} 项；再次列入后来规划文件的 {3} 项，"
      "列入实施先前文件的文件的 {4} 项。"}},
    /* regions */
    {"rg.on", 3, {"{0} {1}: {2}", "{0} {1}：{2}"}},
    {"rg.trend", 5, {"{0} → {1} ({2}–{3}), {4}", "{0} → {1}（{2}–{3}），{4}"}},
    {"rg.said", 3, {"{0} ({1}){2}", "{0}（{1}）{2}"}},
    {"rg.disagrees", 0, {"; расходится с расчётом", "；与计算分类不一致"}},
    {"rg.chart", 1,
     {"{0}: доля партнёра в накопленных входящих прямых инвестициях",
      "{0}：伙伴国在累计流入直接投资中的占比"}},
    /* risks */
    {"rk.nodates", 0,
     {" (нет обещанных сроков, чтобы измерить опоздание)", "（没有可用于计算延误的承诺日期）"}},
    {"rk.stake", 5, {"{0}, влияние {1}, {2}–{3}{4}", "{0}，影响力 {1}，{2}–{3}{4}"}},
    {"rk.compare", 6,
     {"Медианное опоздание проектов с такими противниками — {0} дн. (проектов: {1}); у "
      "проектов без них, впервые обещанных, как и они, в {2}–{3} гг., — {4} дн. (проектов: "
      "{5}).",
      "有此类反对者的项目延误天数中位数为 {0} 天（{1} 个项目）；同样在 {2}–{3} 年首次承诺但没有"
      "此类反对者的项目为 {4} 天（{5} 个项目）。"}},
    {"rk.few", 3,
     {"Слишком мало проектов для сравнения: опоздание известно для проектов с такими "
      "противниками — {0}, для проектов без них того же периода — {1}; нужно не меньше {2} с "
      "каждой стороны.",
      "项目太少，无法比较：有此类反对者的 {0} 个、无此类反对者且同期的 {1} 个项目有延误数据；每边"
      "至少需要 {2} 个。"}},
    /* money */
    {"fl.summary", 2,
     {"Записей о средствах (транзакции, бюджеты, плановые выплаты): {0}; мероприятий IATI: {1}; "
      "по последнему отчёту каждого издателя. Ниже — транзакции по проектам и годам, в валюте "
      "каждой записи.",
      "资金记录（交易、预算、计划拨款）{0} 笔，涉及 {1} 项活动，取自各发布方的最新报告；下表为按项目"
      "和年份汇总的交易，币种以各记录为准。"}},
};

#define NTABLE (sizeof table / sizeof table[0])

int tr_lang(const char *code)
{
    for (int i = 0; code && tr_codes[i]; i++)
        if (strcmp(code, tr_codes[i]) == 0)
            return i;
    return TR_EN;
}

static const tr_entry *find(const char *key)
{
    for (size_t i = 0; i < NTABLE; i++)
        if (strcmp(table[i].key, key) == 0)
            return &table[i];
    return NULL;
}

const char *tr_text(int lang, const char *key, const char *en)
{
    const tr_entry *t;
    if (lang <= TR_EN || lang >= TR_LANGS || !(t = find(key)))
        return en;
    return t->s[lang - 1];
}

char *tr_fill(char *buf, size_t n, const char *tmpl, size_t nargs, const char *const *args)
{
    size_t len = 0;
    if (!n)
        return buf;
    for (const char *p = tmpl; *p && len + 1 < n; p++) {
        if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
            size_t i = (size_t)(p[1] - '0');
            const char *a = i < nargs && args[i] ? args[i] : "";
            size_t k = strlen(a);
            if (k > n - 1 - len)
                k = n - 1 - len;
            memcpy(buf + len, a, k);
            len += k;
            p += 2;
        } else {
            buf[len++] = *p;
        }
    }
    buf[len] = '\0';
    return buf;
}

const char *tr_code(int lang, const char *list, const char *code)
{
    char key[128];
    if (!code || lang == TR_EN)
        return code;
    snprintf(key, sizeof key, "%s.%s", list, code);
    return tr_text(lang, key, code);
}

/* English words for the codes that the rule of tr_word() would not say
** well; every other code reads as itself with '_' and '-' as spaces. */
static const struct {
    const char *key, *en;
} en_words[] = {
    {"side.ru", "Russian side"},
    {"side.cn", "Chinese side"},
    {"scopev.cn-investment", "Chinese investment"},
    {"scopev.all-russian-borders", "all of Russia's borders"},
    {"scopev.cross-border-e-commerce-zone", "cross-border e-commerce zone"},
    {"tier.foreign-official", "foreign official"},
    {"tier.national-media", "national media"},
};

const char *tr_word(int lang, const char *list, const char *code, char *buf, size_t n)
{
    char key[128];
    size_t i = 0;
    if (!n)
        return buf;
    if (!code) {
        buf[0] = '\0';
        return buf;
    }
    /* in Russian and Chinese, a code the table has no word for is data, kept
    ** as it is (English words would be no better) */
    if (lang != TR_EN) {
        snprintf(buf, n, "%s", tr_code(lang, list, code));
        return buf;
    }
    snprintf(key, sizeof key, "%s.%s", list, code);
    for (size_t k = 0; k < sizeof en_words / sizeof en_words[0]; k++)
        if (strcmp(en_words[k].key, key) == 0) {
            snprintf(buf, n, "%s", en_words[k].en);
            return buf;
        }
    /* only a code is respelt: a value with capitals or other letters is a
    ** name or a phrase ("Harbin fair 2013 presentations", "Хэйхэ") */
    for (const char *p = code; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-' ||
              *p == ' ')) {
            snprintf(buf, n, "%s", code);
            return buf;
        }
    for (; code[i] && i + 1 < n; i++)
        buf[i] = code[i] == '_' || code[i] == '-' ? ' ' : code[i];
    buf[i] = '\0';
    return buf;
}

/* Whether S has exactly the placeholders {0}..{NARGS-1}, each at least once. */
static int marks_ok(const char *s, int nargs)
{
    int seen[10] = {0};
    for (const char *p = s; *p; p++)
        if (p[0] == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
            if (p[1] - '0' >= nargs)
                return 0;
            seen[p[1] - '0'] = 1;
        }
    for (int i = 0; i < nargs; i++)
        if (!seen[i])
            return 0;
    return 1;
}

size_t tr_check(char *buf, size_t n)
{
    size_t bad = 0, len = 0;
    if (n)
        buf[0] = '\0';
    for (size_t i = 0; i < NTABLE; i++) {
        for (int l = 0; l < TR_LANGS - 1; l++) {
            const char *s = table[i].s[l];
            const char *why = !s || !*s ? "missing" : !marks_ok(s, table[i].nargs)
                                                          ? "placeholders differ"
                                                          : NULL;
            if (!why)
                continue;
            bad++;
            if (len < n)
                len += (size_t)snprintf(buf + len, n - len, "%s: %s %s\n", table[i].key,
                                        tr_codes[l + 1], why);
        }
        if (find(table[i].key) != &table[i]) {
            bad++;
            if (len < n)
                len += (size_t)snprintf(buf + len, n - len, "%s: twice\n", table[i].key);
        }
    }
    return bad;
}
