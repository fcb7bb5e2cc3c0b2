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
