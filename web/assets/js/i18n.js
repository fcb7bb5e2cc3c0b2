// The interface in English, Russian and Chinese. t(key, ...args) looks a
// string up in the chosen language, then in English, then gives the key.
// {0}, {1} in a string are replaced by the arguments.

export const LANGS = [
    ['en', 'English'],
    ['ru', 'Русский'],
    ['zh', '中文'],
];

const S = {
    en: {
        'app.tagline': 'Cross-border cooperation observatory',
        'nav.overview': 'Overview', 'nav.programmes': 'Programmes', 'nav.projects': 'Projects',
        'nav.contradictions': 'Contradictions', 'nav.regions': 'Regions', 'nav.map': 'Map',
        'nav.slippage': 'Slippage', 'nav.more': 'More',
        'nav.carryover': 'Carry-over', 'nav.risks': 'Veto risk', 'nav.inflation': 'Framework inflation',
        'nav.claims': 'Claims', 'nav.search': 'Search',
        'ctl.search': 'Search', 'ctl.search.ph': 'Search: мост, 黑河, bridge…',
        'ctl.asof': 'As of', 'ctl.today': 'Today', 'ctl.lang': 'Language', 'ctl.year': 'Year',
        'ctl.asof.help': 'Every page shows the state of things on this day, from the claims that describe it.',
        'ctl.skip': 'Skip to content',
        'load.wait': 'Loading…', 'load.fail': 'Could not load the data: {0}',
        'load.computing': 'The server is still computing its findings over the whole database; this page will appear as soon as they are ready…',
        'nf.title': 'Not found', 'nf.text': 'There is no page at this address.',
        'dl.csv': 'CSV', 'dl.json': 'JSON', 'dl.label': 'Download',
        'dl.csvApi': 'The whole list as the API gives it, columns named as its fields',
        'asof.banner': 'As of {0}', 'asof.now': 'as of today ({0})',
        'filter.all': 'all', 'filter.clear': 'Show all', 'filter.showing': 'Showing {0} of {1}',
        'filter.words': 'Words', 'filter.wordsHint': 'every word, any field', 'filter.apply': 'Filter', 'filter.from': 'From', 'filter.to': 'To',
        'filter.dateHint': 'YYYY-MM-DD', 'filter.datedBy': 'Dates of the column {0}; 2019 or 2019-06 covers the whole year or month',
        'none': 'None.', 'unknown': 'unknown', 'yes': 'yes', 'no': 'no',
        // overview
        'ov.title': 'Overview', 'ov.headlines': 'Headline findings', 'ov.evidence': 'Evidence',
        'ov.counts': 'What the record holds', 'ov.openPage': 'Open the page', 'ov.status': 'Where each project stands', 'ov.report': 'The full report',
        'ov.lead': 'Who promised what, where and by when — and what actually happened, from {0} dated claims of {1} sources.',
        'count.projects': 'projects', 'count.instruments': 'instruments', 'count.claims': 'claims',
        'count.sources': 'sources', 'count.places': 'places', 'count.actors': 'actors',
        'count.indicators': 'indicators', 'count.listings': 'listings', 'count.stakes': 'stakes',
        // programmes
        'pg.title': 'Programmes', 'pg.lead': 'Each programme\'s listed projects by stage and side, beside the aggregates that others reported about it.',
        'pg.listed': 'Listed', 'pg.tracked': 'with stage evidence', 'pg.byStage': 'Listed projects by stage',
        'pg.bySide': 'By side', 'pg.all': 'All sides',
        'pg.rates': 'Rates (of tracked projects)', 'pg.impl': 'Implementation', 'pg.delivery': 'Delivery',
        'pg.ontime': 'On time', 'pg.median': 'Median slippage', 'pg.days': '{0} days',
        'pg.reported': 'Reported aggregates', 'pg.reportedVs': 'reported',
        'pg.itemLevel': 'tracked one by one', 'pg.unmatched': 'cannot be matched: {0}',
        'pg.coverage': 'Coverage',
        'pg.cov.total': 'Amur tracks {0} of the {1} projects reported for this programme ({2}).',
        'pg.cov.none': 'No total number of projects is reported for this programme, so its coverage is unknown; Amur tracks {0} listed projects.',
        'pg.cov.side': '{0}: {1} of {2} reported ({3}).',
        'pg.open': 'Open the programme',
        // instrument
        'in.kind': 'Kind', 'in.level': 'Level', 'in.date': 'Date', 'in.valid': 'Valid',
        'in.parties': 'Parties', 'in.parent': 'Part of', 'in.note': 'Note',
        'in.listings': 'Listed projects', 'in.claims': 'Claims about it', 'in.scorecard': 'Scorecard',
        'in.filtered': 'Only {0}.',
        // projects
        'pj.title': 'Projects', 'pj.lead': 'Every project, with the stage the best evidence supports.',
        'col.name': 'Name', 'col.kind': 'Kind', 'col.side': 'Side', 'col.place': 'Place',
        'col.stage': 'Stage', 'col.confidence': 'Confidence', 'col.flags': 'Flags', 'col.id': 'ID', 'col.publishers': 'Publishers',
        'col.date': 'Said on', 'col.refers': 'About', 'col.property': 'Property', 'col.value': 'Value',
        'col.tier': 'Tier', 'col.source': 'Source', 'col.quote': 'Quote', 'col.locator': 'Where in the source',
        'col.subject': 'Subject', 'col.instrument': 'Instrument', 'col.planned': 'Planned end',
        'col.project': 'Project', 'col.year': 'Year', 'col.note': 'Note', 'col.claim': 'Claim',
        'col.made': 'Promised on', 'col.promised': 'Promised for', 'col.change': 'Change',
        'col.first': 'First promise', 'col.final': 'Latest promise', 'col.delay': 'Delay (days)',
        'col.postponements': 'Postponements', 'col.overdue': 'Overdue', 'col.actual': 'Actual',
        'col.actor': 'Actor', 'col.role': 'Role', 'col.influence': 'Influence', 'col.years': 'Years',
        'col.active': 'Active', 'col.severity': 'Severity', 'col.gap': 'Gap (days)',
        'col.region': 'Region', 'col.typology': 'Typology', 'col.field': 'Matched in',
        'col.match': 'Match', 'col.rank': 'Rank', 'col.score': 'Score', 'col.how': 'How',
        'col.frameworks': 'New frameworks', 'col.delivered': 'Delivered', 'col.cumF': 'Frameworks so far',
        'col.cumD': 'Delivered so far', 'col.ratio': 'Frameworks per delivered project',
        'col.opponents': 'Opponents', 'col.a': 'Earlier listing', 'col.b': 'Later listing',
        'col.unit': 'Unit', 'col.scope': 'Scope', 'col.reported': 'Reported', 'col.tracked': 'Tracked one by one',
        'col.export': 'Export share', 'col.import': 'Import share', 'col.fdi': 'FDI share', 'col.hhi': 'Export concentration (HHI)',
        'col.trend': 'FDI trend', 'col.projects': 'Projects', 'col.lat': 'Latitude', 'col.lon': 'Longitude',
        'flag.contested': 'contested', 'flag.overridden': 'official overridden by ground evidence',
        'flag.official_ahead': 'official ahead', 'flag.same_source': 'same source',
        'flag.contradicted': 'contradicted',
        // project
        'pr.status': 'Where it stands', 'pr.confidence': 'confidence {0}',
        'pr.timeline': 'Promises and what happened',
        'pr.timeline.lead': 'Each step is a promise: when it was made (across) against the date it promised (up). A rising staircase is a string of postponements; ◆ marks what actually happened.',
        'pr.timeline.none': 'No promised dates are recorded for this project.',
        'pr.stages': 'Stage claims over time', 'pr.stages.lead': 'What each source said the stage was, at the time it describes.',
        'pr.claims': 'Claims', 'pr.contradictions': 'Contradictions', 'pr.stakes': 'Stakeholders',
        'pr.for': 'For', 'pr.against': 'Against', 'pr.other': 'Other roles', 'pr.listings': 'Listed in',
        'pr.money': 'Money reported to IATI', 'pr.money.lead': 'Transactions, budgets and planned disbursements from each publisher’s latest report, added up by year, kind, type and currency (never converted).', 'pr.money.undated': 'undated', 'flow.transaction': 'transaction', 'flow.budget': 'budget', 'flow.planned-disbursement': 'planned disbursement', 'col.flowtype': 'Type', 'col.currency': 'Currency', 'col.total': 'Total', 'col.flows': 'Flows',
        'pr.slippage': 'Promised dates', 'pr.otherNames': 'Also known as',
        'pr.made': 'promise made', 'pr.promised': 'promised date', 'pr.asof': 'as of',
        'pr.due': 'due when made', 'pr.active': 'active', 'pr.inactive': 'past',
        'pr.official': 'official sources', 'pr.ground': 'ground sources', 'pr.otherTier': 'other sources',
        // contradictions
        'ct.title': 'Contradictions', 'ct.lead': 'Claims about the same thing, at about the same time, that disagree. Official-ahead pairs are where a federal or national source reports a later stage than regional or local ones.',
        'ct.onlyOfficial': 'Only official ahead', 'ct.window': 'Window (days)', 'ct.vs': 'versus',
        'ct.pairs': '{0} pairs', 'ct.severity': 'severity {0}', 'ct.gap': '{0} days apart',
        // regions
        'rg.title': 'Regions', 'rg.lead': 'The partner\'s share of each region\'s trade and inbound FDI, by year; a typology on one share, with its thresholds.',
        'rg.by': 'Typology by', 'rg.dep': 'Dependent at or above (%)', 'rg.ind': 'Independent below (%)',
        'rg.apply': 'Apply', 'rg.thresholds': '{0} when the share is at least {1}%, {2} below {3}%, {4} between.',
        'rg.share': 'Partner\'s share, %', 'rg.typology': 'Typology: {0} ({1} {2}, {3})',
        'rg.hhi': 'Export concentration (Herfindahl index) {0}: {1}', 'rg.trend': '{0}: {1} → {2} ({3}, {4})',
        'rg.range': 'a range counts as its midpoint',
        // map
        'mp.title': 'Map', 'mp.lead': 'Regions, border crossings, zones and projects. Projects are coloured by stage; places without coordinates are drawn at the place they lie in.',
        'mp.places': 'Places with projects', 'mp.outside': 'Outside the map: {0}', 'mp.legend': 'Legend',
        'mp.crossing': 'border crossing', 'mp.city': 'city', 'mp.zone': 'zone', 'mp.attr': 'Boundaries: {0}',
        // search
        'sr.title': 'Search', 'sr.lead': 'Names, titles, quotes and notes in English, Russian and Chinese.',
        'sr.results': '{0} results for “{1}”', 'sr.none': 'Nothing found for “{0}”.', 'sr.kind': 'Only',
        'sr.empty': 'Type a word above: a Russian stem (мост) or a Chinese word (黑河) works too.',
        // claims
        'cl.title': 'Claims', 'cl.lead': 'The atoms of evidence: source S said on date D that property P of X was V.',
        'cl.about': 'Claims about {0}', 'cl.from': 'Claims from {0}',
        // more analyses
        'sl.title': 'Slippage', 'sl.lead': 'Every promised date, each postponement, the delay in days, and whether it is overdue.',
        'co.title': 'Carry-over', 'co.lead': 'Projects listed again in a later instrument, declared or found by matching names.',
        'rk.title': 'Veto risk', 'rk.lead': 'Projects with influential opponents, and how their delays compare with the rest.',
        'rk.ever': 'Opponents at any time', 'rk.min': 'Least influence',
        'rk.summary': 'Median days late with such opponents: {0} ({1} projects); of those without, first promised in {4}–{5} like them: {2} ({3} projects).',
        'if.title': 'Framework inflation', 'if.lead': 'New framework instruments per year against projects delivered: the “fictitious cooperation” of the study, as a number.',
        'if.frameworks': 'new framework instruments', 'if.delivered': 'projects delivered',
        // sides, kinds
        'side.ru': 'Russian side', 'side.cn': 'Chinese side', 'side.joint': 'Joint', 'side.null': '—',
        'role.owner': 'owner', 'role.contractor': 'contractor', 'role.financier': 'financier',
        'role.supporter': 'supporter', 'role.opponent': 'opponent', 'role.regulator': 'regulator',
        'typ.dependent': 'dependent', 'typ.intermediate': 'intermediate', 'typ.independent': 'independent',
        'typ.uncertain': 'uncertain',
        'trend.falling': 'falling', 'trend.rising': 'rising', 'trend.flat': 'flat',
        'series.export_share': 'exports', 'series.import_share': 'imports', 'series.fdi_stock_share': 'accumulated inbound FDI',
        'kind.project': 'project', 'kind.instrument': 'instrument', 'kind.place': 'place',
        'kind.actor': 'actor', 'kind.source': 'source', 'kind.claim': 'claim',
        'rank.exact': 'exact', 'rank.name': 'name', 'rank.text': 'text',
        'how.declared': 'declared', 'how.detected': 'detected',
        'sl.late': '{0} days late', 'sl.early': '{0} days early', 'sl.noDate': 'delivered, no date',
        'col.daysLate': 'Days late', 'col.moved': 'Promise moved (days)', 'col.provenance': 'Words', 'col.setAside': 'Set aside',
        'set.ruled': 'ruled out by {0}', 'set.superseded': 'superseded by {0}',
        'prov.via': 'as reported in {0}', 'prov.translated': 'translated', 'prov.own': "the source's own words",
        'pr.parts': 'Parts', 'pr.noEvidence': 'no evidence yet',
        'pr.delivered': 'delivered {0}', 'pr.deliveredUndated': 'delivered (the record gives no date)', 'pr.notDelivered': 'not delivered',
        'pr.lateness': 'Promised against actual',
        'pr.lateness.lead': 'Each promised date: the first promise (hollow), the latest (ring), and the actual date (green) or, while undelivered, the as-of date (red, dashed). Days late run from the first promise.',
        'how.implementing': 'implementing instrument', 'how.relisted': 'listed again',
        'rg.sourcesSay': 'Sources say', 'rg.computed': 'Computed', 'rg.disagrees': 'disagrees with the computed class',
        'rk.few': 'Too few projects to compare: {0} with such opponents and {1} without, of the same period, have days late; at least 3 on each side are needed.',
        'nav.menu': 'Menu',
        'ctl.knownby': 'Known by',
        'ctl.everything': 'Everything',
        'ctl.knownby.help': 'Only what had been published by this day counts: claims from sources dated later are left out.',
        'ctl.clocks.help': 'As of: the day each page describes. Known by: only what had been published by that day.',
        'tb.sortBy': 'Sort by {0}',
        'tb.sort': 'Sort',
        'tb.sortNone': 'as listed',
        'tb.pages': 'Pages',
        'tb.prev': 'previous',
        'tb.next': 'next',
        'tb.rows': 'rows {0}–{1} of {2}',
        'filter.count': '{0} rows',
        'flag.overdue': 'overdue',
        'dv.title': 'Delivery of the listed projects',
        'dv.lead': 'Each listed project once, with the promise that makes it latest (of its planned completion and opening dates): the first promise, the latest, the actual date and days late from the first promise. Overdue: a promised date has passed undelivered.',
        'dv.listed': 'Listed projects',
        'dv.dated': 'with promised dates',
        'dv.delivered': 'delivered (a promised date met or missed)',
        'dv.reported': 'What was reported',
        'dv.noReported': 'Nobody reported figures for this programme.',
        'dv.tracked': 'What Amur tracks one by one',
        'dv.promise': 'Promise',
        'dv.sources': 'Sources',
        'dv.nSources': '{0} sources',
        'nf.record': 'There is no {0} “{1}” in the record.',
        'nf.mean': 'Did you mean',
        'nf.search': 'Search for the {0}',
        'bad.title': 'This page cannot be shown as asked',
        'bad.without': 'The same page without “{0}”',
        'bad.plain': 'The same page without its filters',
        'so.publisher': 'Publisher',
        'so.authors': 'Authors',
        'so.language': 'Language',
        'so.accessed': 'Accessed',
        'so.ref': 'Reference',
        'so.claims': 'Claims citing it ({0})',
        'so.page': 'source page',
        'ac.country': 'Country',
        'ac.stakes': 'Stakes ({0})',
        'ac.projects': 'Projects ({0})',
       
        'cite.btn': 'cite',
        'cite.for': 'Cite claim {0}',
        'cite.title': 'Cite this claim',
        'cite.close': 'Close',
        'cite.url': 'Source',
        'cite.plain': 'Reference',
        'cite.copy': 'copy',
        'cite.copied': 'copied',
        'cite.select': 'selected: press Ctrl+C to copy',
        'cite.accessed': 'accessed {0}',
        'cite.via': 'Recorded in Amur as {0}',
        'ch.download': 'Chart', 'ch.csv': 'CSV of its figures',
        'ch.png': 'PNG (picture)', 'ch.pngFail': 'The picture could not be made: {0}',
        'mp.zoomIn': 'Zoom in', 'mp.zoomOut': 'Zoom out', 'mp.reset': 'Show the whole map',
        'mp.view': 'Map view: drag or use the arrow keys to move, + and − or the mouse wheel to zoom; on a touch screen, two fingers move and zoom',
        'mp.labels': 'Names shown: {0} of {1}; zoom in for more',
        'if.countsTitle': 'New framework instruments and projects delivered, per year',
        'if.countsAxis': 'Number per year (instruments, projects)',
        'if.ratioTitle': 'Inflation ratio: framework instruments so far per project delivered so far',
        'if.ratioAxis': 'Framework instruments per delivered project (cumulative)',
        'if.noRatio': 'no project delivered yet',
        'mp.twoFingers': 'Use two fingers to move or zoom the map',
        // what changed (pages/changes.js) and the feeds
        'nav.changes': 'What changed',
        'chg.title': 'What changed', 'chg.lead': 'What differs between what was known on two dates: new claims, stage changes, projects delivered, promises newly overdue, postponements and contradictions, each with the claims that caused it.',
        'chg.since': 'Known on', 'chg.until': 'and on', 'chg.date': 'Date', 'chg.change': 'Change', 'chg.kind': 'Kind', 'chg.all': 'all kinds',
        'chg.count': '{0} changes between what was known on {1} and on {2}', 'chg.claims': 'Claims',
        'chg.watching': 'Only changes about: {0}',
        'chg.kind.claims': 'new claims', 'chg.kind.stage': 'stage', 'chg.kind.delivered': 'delivered',
        'chg.kind.overdue': 'overdue', 'chg.kind.postponement': 'postponement', 'chg.kind.advance': 'advance',
        'chg.kind.contradiction': 'contradiction', 'chg.kind.resolved': 'resolved',
        'feed.atom': 'Atom feed', 'feed.opml': 'Watch list (OPML)', 'feed.follow': 'Follow what changes:',
        'feed.changes': 'What changed here', 'feed.title': 'Amur: what changed',
        'feed.add': 'Add to the watch list', 'feed.added': 'In the watch list', 'feed.list': 'Watch list: {0} feeds',
        // the API page
        'nav.api': 'JSON API', 'ap.title': 'The API', 'ap.lead': 'Every route of the JSON API with its parameters, read from its OpenAPI document (version {0}). Fill in a field and follow "Try it".',
        'ap.routes': 'Routes', 'ap.returns': 'Answers:', 'ap.param': 'Parameter', 'ap.in': 'In', 'ap.type': 'Type',
        'ap.default': 'Default', 'ap.help': 'Meaning', 'ap.value': 'Value', 'ap.try': 'Try it', 'ap.noParams': 'No parameters.',
    },
    ru: {
        'app.tagline': 'Обсерватория приграничного сотрудничества',
        'nav.overview': 'Обзор', 'nav.programmes': 'Программы', 'nav.projects': 'Проекты',
        'nav.contradictions': 'Противоречия', 'nav.regions': 'Регионы', 'nav.map': 'Карта',
        'nav.slippage': 'Сдвиг сроков', 'nav.more': 'Ещё',
        'nav.carryover': 'Перенос проектов', 'nav.risks': 'Риск вето', 'nav.inflation': 'Инфляция соглашений',
        'nav.claims': 'Утверждения', 'nav.search': 'Поиск',
        'ctl.search': 'Поиск', 'ctl.search.ph': 'Поиск: мост, 黑河, bridge…',
        'ctl.asof': 'На дату', 'ctl.today': 'Сегодня', 'ctl.lang': 'Язык', 'ctl.year': 'Год',
        'ctl.asof.help': 'Каждая страница показывает положение дел на этот день по утверждениям, которые его описывают.',
        'ctl.skip': 'К содержанию',
        'load.wait': 'Загрузка…', 'load.fail': 'Не удалось загрузить данные: {0}',
        'load.computing': 'Сервер ещё вычисляет выводы по всей базе данных; страница появится, как только они будут готовы…',
        'nf.title': 'Не найдено', 'nf.text': 'По этому адресу страницы нет.',
        'dl.csv': 'CSV', 'dl.json': 'JSON', 'dl.label': 'Скачать',
        'dl.csvApi': 'Весь список так, как его отдаёт API; столбцы названы по его полям',
        'asof.banner': 'На {0}', 'asof.now': 'на сегодня ({0})',
        'filter.all': 'все', 'filter.clear': 'Показать все', 'filter.showing': 'Показано {0} из {1}',
        'filter.words': 'Слова', 'filter.wordsHint': 'все слова, в любом поле', 'filter.apply': 'Отобрать', 'filter.from': 'С', 'filter.to': 'По',
        'filter.dateHint': 'ГГГГ-ММ-ДД', 'filter.datedBy': 'Даты столбца {0}; 2019 или 2019-06 — весь год или месяц',
        'none': 'Нет.', 'unknown': 'неизвестно', 'yes': 'да', 'no': 'нет',
        'ov.title': 'Обзор', 'ov.headlines': 'Главные выводы', 'ov.evidence': 'Доказательства',
        'ov.counts': 'Что содержит база', 'ov.openPage': 'Открыть страницу', 'ov.status': 'Где находится каждый проект', 'ov.report': 'Полный отчёт',
        'ov.lead': 'Кто что обещал, где и к какому сроку — и что произошло на деле: {0} датированных утверждений из {1} источников.',
        'count.projects': 'проектов', 'count.instruments': 'документов', 'count.claims': 'утверждений',
        'count.sources': 'источников', 'count.places': 'мест', 'count.actors': 'участников',
        'count.indicators': 'показателей', 'count.listings': 'включений', 'count.stakes': 'ролей',
        'pg.title': 'Программы', 'pg.lead': 'Проекты каждой программы по стадиям и сторонам — рядом с итогами, которые о ней сообщали другие.',
        'pg.listed': 'Включено', 'pg.tracked': 'со сведениями о стадии', 'pg.byStage': 'Включённые проекты по стадиям',
        'pg.bySide': 'По сторонам', 'pg.all': 'Все стороны',
        'pg.rates': 'Доли (от отслеживаемых)', 'pg.impl': 'Реализация', 'pg.delivery': 'Завершение',
        'pg.ontime': 'В срок', 'pg.median': 'Медианный сдвиг', 'pg.days': '{0} дн.',
        'pg.reported': 'Сообщённые итоги', 'pg.reportedVs': 'сообщено',
        'pg.itemLevel': 'отслежено поимённо', 'pg.unmatched': 'не сопоставить: {0}',
        'pg.coverage': 'Охват',
        'pg.cov.total': 'Amur отслеживает {0} из {1} проектов, о которых сообщается для этой программы ({2}).',
        'pg.cov.none': 'Общее число проектов программы не сообщается, поэтому охват неизвестен; Amur отслеживает {0} проектов.',
        'pg.cov.side': '{0}: {1} из {2} ({3}).',
        'pg.open': 'Открыть программу',
        'in.kind': 'Вид', 'in.level': 'Уровень', 'in.date': 'Дата', 'in.valid': 'Действует',
        'in.parties': 'Стороны', 'in.parent': 'Часть', 'in.note': 'Примечание',
        'in.listings': 'Включённые проекты', 'in.claims': 'Утверждения о нём', 'in.scorecard': 'Итоги',
        'in.filtered': 'Только: {0}.',
        'pj.title': 'Проекты', 'pj.lead': 'Все проекты и стадия, которую подтверждают лучшие свидетельства.',
        'col.name': 'Название', 'col.kind': 'Вид', 'col.side': 'Сторона', 'col.place': 'Место',
        'col.stage': 'Стадия', 'col.confidence': 'Уверенность', 'col.flags': 'Отметки', 'col.id': 'ID', 'col.publishers': 'Издатели',
        'col.date': 'Дата утверждения', 'col.refers': 'О времени', 'col.property': 'Свойство', 'col.value': 'Значение',
        'col.tier': 'Уровень источника', 'col.source': 'Источник', 'col.quote': 'Цитата', 'col.locator': 'Место в источнике',
        'col.subject': 'Предмет', 'col.instrument': 'Документ', 'col.planned': 'Плановое окончание',
        'col.project': 'Проект', 'col.year': 'Год', 'col.note': 'Примечание', 'col.claim': 'Утверждение',
        'col.made': 'Обещано', 'col.promised': 'Срок', 'col.change': 'Изменение',
        'col.first': 'Первый срок', 'col.final': 'Последний срок', 'col.delay': 'Сдвиг (дней)',
        'col.postponements': 'Переносы', 'col.overdue': 'Просрочено', 'col.actual': 'Фактически',
        'col.actor': 'Участник', 'col.role': 'Роль', 'col.influence': 'Влияние', 'col.years': 'Годы',
        'col.active': 'Активен', 'col.severity': 'Серьёзность', 'col.gap': 'Разрыв (дней)',
        'col.region': 'Регион', 'col.typology': 'Тип', 'col.field': 'Найдено в',
        'col.match': 'Совпадение', 'col.rank': 'Ранг', 'col.score': 'Сходство', 'col.how': 'Как найдено',
        'col.frameworks': 'Новые рамочные документы', 'col.delivered': 'Завершено', 'col.cumF': 'Документов всего',
        'col.cumD': 'Завершено всего', 'col.ratio': 'Документов на завершённый проект',
        'col.opponents': 'Противники', 'col.a': 'Раннее включение', 'col.b': 'Позднее включение',
        'col.unit': 'Единица', 'col.scope': 'Охват', 'col.reported': 'Сообщено', 'col.tracked': 'Отслежено поимённо',
        'col.export': 'Доля в экспорте', 'col.import': 'Доля в импорте', 'col.fdi': 'Доля в ПИИ', 'col.hhi': 'Концентрация экспорта (HHI)',
        'col.trend': 'Тренд ПИИ', 'col.projects': 'Проекты', 'col.lat': 'Широта', 'col.lon': 'Долгота',
        'flag.contested': 'спорно', 'flag.overridden': 'официальные данные опровергнуты местными',
        'flag.official_ahead': 'официальные опережают', 'flag.same_source': 'один источник',
        'flag.contradicted': 'есть противоречие',
        'pr.status': 'Текущее положение', 'pr.confidence': 'уверенность {0}',
        'pr.timeline': 'Обещания и факты',
        'pr.timeline.lead': 'Каждая ступень — обещание: когда оно дано (по горизонтали) и какой срок назван (по вертикали). Лестница вверх — череда переносов; ◆ — что произошло на деле.',
        'pr.timeline.none': 'Для этого проекта обещанные сроки не записаны.',
        'pr.stages': 'Стадия по утверждениям', 'pr.stages.lead': 'Какую стадию называл каждый источник на описываемое время.',
        'pr.claims': 'Утверждения', 'pr.contradictions': 'Противоречия', 'pr.stakes': 'Заинтересованные стороны',
        'pr.for': 'За', 'pr.against': 'Против', 'pr.other': 'Другие роли', 'pr.listings': 'Включён в',
        'pr.money': 'Деньги по отчётам IATI', 'pr.money.lead': 'Транзакции, бюджеты и плановые выплаты из последнего отчёта каждого издателя, сложенные по году, виду, типу и валюте (без пересчёта).', 'pr.money.undated': 'без даты', 'flow.transaction': 'транзакция', 'flow.budget': 'бюджет', 'flow.planned-disbursement': 'плановая выплата', 'col.flowtype': 'Тип', 'col.currency': 'Валюта', 'col.total': 'Сумма', 'col.flows': 'Записей',
        'pr.slippage': 'Обещанные сроки', 'pr.otherNames': 'Другие названия',
        'pr.made': 'когда обещано', 'pr.promised': 'обещанный срок', 'pr.asof': 'на дату',
        'pr.due': 'срок в день обещания', 'pr.active': 'активен', 'pr.inactive': 'в прошлом',
        'pr.official': 'официальные источники', 'pr.ground': 'местные источники', 'pr.otherTier': 'прочие источники',
        'ct.title': 'Противоречия', 'ct.lead': 'Утверждения об одном и том же примерно в одно время, которые расходятся. «Официальные опережают» — федеральный или общенациональный источник называет более позднюю стадию, чем региональные или местные.',
        'ct.onlyOfficial': 'Только «официальные опережают»', 'ct.window': 'Окно (дней)', 'ct.vs': 'против',
        'ct.pairs': 'Пар: {0}', 'ct.severity': 'серьёзность {0}', 'ct.gap': 'разрыв {0} дн.',
        'rg.title': 'Регионы', 'rg.lead': 'Доля партнёра в торговле и накопленных ПИИ каждого региона по годам; типология по одной доле с порогами.',
        'rg.by': 'Типология по', 'rg.dep': 'Зависимый от (%)', 'rg.ind': 'Независимый ниже (%)',
        'rg.apply': 'Применить', 'rg.thresholds': '{0} — доля не ниже {1}%, {2} — ниже {3}%, {4} — между.',
        'rg.share': 'Доля партнёра, %', 'rg.typology': 'Тип: {0} ({1} {2}, {3})',
        'rg.hhi': 'Концентрация экспорта (индекс Херфиндаля) {0}: {1}', 'rg.trend': '{0}: {1} → {2} ({3}, {4})',
        'rg.range': 'диапазон учитывается по середине',
        'mp.title': 'Карта', 'mp.lead': 'Регионы, пункты пропуска, зоны и проекты. Цвет проекта — его стадия; места без координат показаны в месте, к которому относятся.',
        'mp.places': 'Места с проектами', 'mp.outside': 'За пределами карты: {0}', 'mp.legend': 'Условные обозначения',
        'mp.crossing': 'пункт пропуска', 'mp.city': 'город', 'mp.zone': 'зона', 'mp.attr': 'Границы: {0}',
        'sr.title': 'Поиск', 'sr.lead': 'Названия, заголовки, цитаты и примечания на английском, русском и китайском.',
        'sr.results': 'Найдено {0} по запросу «{1}»', 'sr.none': 'По запросу «{0}» ничего не найдено.', 'sr.kind': 'Только',
        'sr.empty': 'Введите слово выше: подойдёт и русская основа (мост), и китайское слово (黑河).',
        'cl.title': 'Утверждения', 'cl.lead': 'Единицы доказательств: источник S сообщил в день D, что свойство P у X было V.',
        'cl.about': 'Утверждения о: {0}', 'cl.from': 'Утверждения из: {0}',
        'sl.title': 'Сдвиг сроков', 'sl.lead': 'Каждый обещанный срок, каждый перенос, задержка в днях и просрочка.',
        'co.title': 'Перенос проектов', 'co.lead': 'Проекты, снова включённые в более поздний документ — заявленные или найденные по совпадению названий.',
        'rk.title': 'Риск вето', 'rk.lead': 'Проекты с влиятельными противниками и их задержки в сравнении с остальными.',
        'rk.ever': 'Противники в любое время', 'rk.min': 'Наименьшее влияние',
        'rk.summary': 'Медианное опоздание с такими противниками: {0} ({1} проектов); без них, с первым обещанием в {4}–{5}: {2} ({3} проектов).',
        'if.title': 'Инфляция соглашений', 'if.lead': 'Новые рамочные документы по годам против завершённых проектов: «фиктивное сотрудничество» из исследования в цифрах.',
        'if.frameworks': 'новые рамочные документы', 'if.delivered': 'завершённые проекты',
        'side.ru': 'российская сторона', 'side.cn': 'китайская сторона', 'side.joint': 'совместно', 'side.null': '—',
        'role.owner': 'владелец', 'role.contractor': 'подрядчик', 'role.financier': 'финансирует',
        'role.supporter': 'сторонник', 'role.opponent': 'противник', 'role.regulator': 'регулятор',
        'typ.dependent': 'зависимый', 'typ.intermediate': 'промежуточный', 'typ.independent': 'независимый',
        'typ.uncertain': 'неопределённый',
        'trend.falling': 'снижается', 'trend.rising': 'растёт', 'trend.flat': 'без изменений',
        'series.export_share': 'экспорт', 'series.import_share': 'импорт', 'series.fdi_stock_share': 'накопленные ПИИ',
        'kind.project': 'проект', 'kind.instrument': 'документ', 'kind.place': 'место',
        'kind.actor': 'участник', 'kind.source': 'источник', 'kind.claim': 'утверждение',
        'rank.exact': 'точно', 'rank.name': 'название', 'rank.text': 'текст',
        'how.declared': 'заявлен', 'how.detected': 'найден',
        'sl.late': 'опоздание {0} дн.', 'sl.early': 'раньше на {0} дн.', 'sl.noDate': 'сдан, дата неизвестна',
        'col.daysLate': 'Дней опоздания', 'col.moved': 'Срок сдвинут (дней)', 'col.provenance': 'Слова', 'col.setAside': 'Не учтено',
        'set.ruled': 'исключено: {0}', 'set.superseded': 'устарело: {0}',
        'prov.via': 'в изложении: {0}', 'prov.translated': 'перевод', 'prov.own': 'слова источника',
        'pr.parts': 'Части', 'pr.noEvidence': 'пока нет данных',
        'pr.delivered': 'сдан {0}', 'pr.deliveredUndated': 'сдан (дата в записи не указана)', 'pr.notDelivered': 'не сдан',
        'pr.lateness': 'Обещано и фактически',
        'pr.lateness.lead': 'Для каждого обещанного срока: первое обещание (кружок), последнее (кольцо) и фактическая дата (зелёная) или, пока не сдано, дата среза (красная, пунктир). Опоздание считается от первого обещания.',
        'how.implementing': 'реализующий документ', 'how.relisted': 'включён повторно',
        'rg.sourcesSay': 'По источникам', 'rg.computed': 'Расчёт', 'rg.disagrees': 'расходится с расчётом',
        'rk.few': 'Слишком мало проектов для сравнения: с такими противниками {0}, без них {1} того же периода с известным опозданием; нужно не меньше 3 с каждой стороны.',
        'nav.menu': 'Меню',
        'ctl.knownby': 'Известно к',
        'ctl.everything': 'Всё',
        'ctl.knownby.help': 'Учитывается только опубликованное к этому дню: утверждения из более поздних источников не учитываются.',
        'ctl.clocks.help': 'На дату: день, который описывает каждая страница. Известно к: только то, что было опубликовано к этому дню.',
        'tb.sortBy': 'Сортировать: {0}',
        'tb.sort': 'Сортировка',
        'tb.sortNone': 'как в списке',
        'tb.pages': 'Страницы',
        'tb.prev': 'назад',
        'tb.next': 'далее',
        'tb.rows': 'строки {0}–{1} из {2}',
        'filter.count': 'Строк: {0}',
        'flag.overdue': 'просрочено',
        'dv.title': 'Выполнение включённых проектов',
        'dv.lead': 'Каждый включённый проект один раз — с тем обещанием (из плановых сроков завершения и открытия), по которому он опаздывает больше всего: первый срок, последний, фактическая дата и опоздание в днях от первого срока. Просрочено: обещанный срок прошёл, а проект не выполнен.',
        'dv.listed': 'Включено проектов',
        'dv.dated': 'со сроками',
        'dv.delivered': 'выполнено (в срок или позже)',
        'dv.reported': 'Что сообщалось',
        'dv.noReported': 'Итоговых цифр по этой программе никто не сообщал.',
        'dv.tracked': 'Что Amur отслеживает поимённо',
        'dv.promise': 'Обещание',
        'dv.sources': 'Источники',
        'dv.nSources': 'источников: {0}',
        'nf.record': 'В базе нет записи ({0}) «{1}».',
        'nf.mean': 'Возможно, вы имели в виду',
        'nf.search': 'Искать: {0}',
        'bad.title': 'Эту страницу нельзя показать в таком виде',
        'bad.without': 'Та же страница без «{0}»',
        'bad.plain': 'Та же страница без фильтров',
        'so.publisher': 'Издатель',
        'so.authors': 'Авторы',
        'so.language': 'Язык',
        'so.accessed': 'Дата обращения',
        'so.ref': 'Ссылка',
        'so.claims': 'Утверждения со ссылкой на него ({0})',
        'so.page': 'страница источника',
        'ac.country': 'Страна',
        'ac.stakes': 'Роли в проектах ({0})',
        'ac.projects': 'Проекты ({0})',
       
        'cite.btn': 'цитировать',
        'cite.for': 'Цитировать утверждение {0}',
        'cite.title': 'Как цитировать это утверждение',
        'cite.close': 'Закрыть',
        'cite.url': 'Источник',
        'cite.plain': 'Ссылка',
        'cite.copy': 'копировать',
        'cite.copied': 'скопировано',
        'cite.select': 'выделено: нажмите Ctrl+C',
        'cite.accessed': 'дата обращения {0}',
        'cite.via': 'Запись в Amur: {0}',
        'ch.download': 'График', 'ch.csv': 'CSV с его данными',
        'ch.png': 'PNG (картинка)', 'ch.pngFail': 'Не удалось сделать картинку: {0}',
        'mp.zoomIn': 'Приблизить', 'mp.zoomOut': 'Отдалить', 'mp.reset': 'Показать всю карту',
        'mp.view': 'Карта: перетащите или используйте стрелки, чтобы сдвинуть; + и − или колесо мыши — масштаб; на сенсорном экране — двумя пальцами',
        'mp.labels': 'Показано названий: {0} из {1}; приблизьте, чтобы увидеть больше',
        'if.countsTitle': 'Новые рамочные документы и завершённые проекты по годам',
        'if.countsAxis': 'Число за год (документы, проекты)',
        'if.ratioTitle': 'Коэффициент инфляции: документов на завершённый проект, нарастающим итогом',
        'if.ratioAxis': 'Документов на один завершённый проект (нарастающим итогом)',
        'if.noRatio': 'ни один проект ещё не завершён',
        'mp.twoFingers': 'Чтобы сдвинуть или приблизить карту, используйте два пальца',
        'nav.changes': 'Что изменилось',
        'chg.title': 'Что изменилось', 'chg.lead': 'Чем отличается известное на две даты: новые утверждения, смена стадий, сданные проекты, впервые просроченные обещания, переносы сроков и противоречия — каждое с утверждениями, которые к нему привели.',
        'chg.since': 'Известное на', 'chg.until': 'и на', 'chg.date': 'Дата', 'chg.change': 'Изменение', 'chg.kind': 'Вид', 'chg.all': 'все виды',
        'chg.count': 'Изменений между известным на {1} и на {2}: {0}', 'chg.claims': 'Утверждения',
        'chg.watching': 'Только изменения о: {0}',
        'chg.kind.claims': 'новые утверждения', 'chg.kind.stage': 'стадия', 'chg.kind.delivered': 'сдан',
        'chg.kind.overdue': 'просрочено', 'chg.kind.postponement': 'перенос срока', 'chg.kind.advance': 'срок приближен',
        'chg.kind.contradiction': 'противоречие', 'chg.kind.resolved': 'разрешено',
        'feed.atom': 'Лента Atom', 'feed.opml': 'Список наблюдения (OPML)', 'feed.follow': 'Следить за изменениями:',
        'feed.changes': 'Что здесь изменилось', 'feed.title': 'Amur: что изменилось',
        'feed.add': 'Добавить в список наблюдения', 'feed.added': 'В списке наблюдения', 'feed.list': 'Список наблюдения: лент — {0}',
        'nav.api': 'JSON API', 'ap.title': 'API', 'ap.lead': 'Все адреса JSON API с их параметрами, по его описанию OpenAPI (версия {0}). Заполните поле и откройте «Попробовать».',
        'ap.routes': 'Адреса', 'ap.returns': 'Ответ:', 'ap.param': 'Параметр', 'ap.in': 'Где', 'ap.type': 'Тип',
        'ap.default': 'По умолчанию', 'ap.help': 'Значение', 'ap.value': 'Ввод', 'ap.try': 'Попробовать', 'ap.noParams': 'Без параметров.',
    },
    zh: {
        'app.tagline': '跨境合作观察站',
        'nav.overview': '概览', 'nav.programmes': '合作规划', 'nav.projects': '项目',
        'nav.contradictions': '矛盾', 'nav.regions': '地区', 'nav.map': '地图',
        'nav.slippage': '工期延误', 'nav.more': '更多',
        'nav.carryover': '项目延续', 'nav.risks': '否决风险', 'nav.inflation': '框架文件膨胀',
        'nav.claims': '陈述', 'nav.search': '搜索',
        'ctl.search': '搜索', 'ctl.search.ph': '搜索：мост、黑河、bridge…',
        'ctl.asof': '截至', 'ctl.today': '今天', 'ctl.lang': '语言', 'ctl.year': '年份',
        'ctl.asof.help': '每个页面都按描述该日期的陈述显示当天的状况。',
        'ctl.skip': '跳到正文',
        'load.wait': '加载中…', 'load.fail': '无法加载数据：{0}',
        'load.computing': '服务器仍在计算整个数据库的结论；结果一就绪，本页即会显示…',
        'nf.title': '未找到', 'nf.text': '此地址没有页面。',
        'dl.csv': 'CSV', 'dl.json': 'JSON', 'dl.label': '下载',
        'dl.csvApi': '整个列表，与 API 给出的相同；列名即其字段名',
        'asof.banner': '截至 {0}', 'asof.now': '截至今天（{0}）',
        'filter.all': '全部', 'filter.clear': '显示全部', 'filter.showing': '显示 {1} 项中的 {0} 项',
        'filter.words': '关键词', 'filter.wordsHint': '所有词，任意字段', 'filter.apply': '筛选', 'filter.from': '起', 'filter.to': '止',
        'filter.dateHint': 'YYYY-MM-DD', 'filter.datedBy': '按 {0} 列的日期；2019 或 2019-06 表示整年或整月',
        'none': '无。', 'unknown': '未知', 'yes': '是', 'no': '否',
        'ov.title': '概览', 'ov.headlines': '主要发现', 'ov.evidence': '证据',
        'ov.counts': '数据库内容', 'ov.openPage': '打开页面', 'ov.status': '各项目进展', 'ov.report': '完整报告',
        'ov.lead': '谁在何时何地承诺了什么——以及实际发生了什么：来自 {1} 个来源的 {0} 条带日期的陈述。',
        'count.projects': '个项目', 'count.instruments': '份文件', 'count.claims': '条陈述',
        'count.sources': '个来源', 'count.places': '个地点', 'count.actors': '个参与方',
        'count.indicators': '项指标', 'count.listings': '次列入', 'count.stakes': '项利益关系',
        'pg.title': '合作规划', 'pg.lead': '每个规划所列项目按阶段和方面统计，并与他人报告的汇总数并列。',
        'pg.listed': '列入', 'pg.tracked': '有阶段证据', 'pg.byStage': '所列项目按阶段',
        'pg.bySide': '按方面', 'pg.all': '全部',
        'pg.rates': '比率（以跟踪项目为分母）', 'pg.impl': '实施', 'pg.delivery': '完成',
        'pg.ontime': '按期', 'pg.median': '延误中位数', 'pg.days': '{0} 天',
        'pg.reported': '报告的汇总数', 'pg.reportedVs': '报告',
        'pg.itemLevel': '逐项跟踪', 'pg.unmatched': '无法对应：{0}',
        'pg.coverage': '覆盖率',
        'pg.cov.total': 'Amur 逐项跟踪了该规划报告的 {1} 个项目中的 {0} 个（{2}）。',
        'pg.cov.none': '该规划的项目总数未见报告，覆盖率未知；Amur 跟踪了 {0} 个所列项目。',
        'pg.cov.side': '{0}：报告 {2} 个中的 {1} 个（{3}）。',
        'pg.open': '打开规划',
        'in.kind': '类型', 'in.level': '层级', 'in.date': '日期', 'in.valid': '有效期',
        'in.parties': '各方', 'in.parent': '隶属', 'in.note': '备注',
        'in.listings': '所列项目', 'in.claims': '相关陈述', 'in.scorecard': '评分卡',
        'in.filtered': '仅显示：{0}。',
        'pj.title': '项目', 'pj.lead': '所有项目，以及最佳证据支持的阶段。',
        'col.name': '名称', 'col.kind': '类型', 'col.side': '方面', 'col.place': '地点',
        'col.stage': '阶段', 'col.confidence': '置信度', 'col.flags': '标记', 'col.id': 'ID', 'col.publishers': '发布者',
        'col.date': '陈述日期', 'col.refers': '所述时间', 'col.property': '属性', 'col.value': '值',
        'col.tier': '来源层级', 'col.source': '来源', 'col.quote': '引文', 'col.locator': '出处位置',
        'col.subject': '对象', 'col.instrument': '文件', 'col.planned': '计划结束',
        'col.project': '项目', 'col.year': '年份', 'col.note': '备注', 'col.claim': '陈述',
        'col.made': '承诺日期', 'col.promised': '承诺期限', 'col.change': '变化',
        'col.first': '首次承诺', 'col.final': '最新承诺', 'col.delay': '延误（天）',
        'col.postponements': '推迟次数', 'col.overdue': '逾期', 'col.actual': '实际',
        'col.actor': '参与方', 'col.role': '角色', 'col.influence': '影响力', 'col.years': '年份',
        'col.active': '在任', 'col.severity': '严重度', 'col.gap': '间隔（天）',
        'col.region': '地区', 'col.typology': '类型', 'col.field': '匹配字段',
        'col.match': '匹配', 'col.rank': '等级', 'col.score': '相似度', 'col.how': '方式',
        'col.frameworks': '新框架文件', 'col.delivered': '完成项目', 'col.cumF': '累计框架文件',
        'col.cumD': '累计完成', 'col.ratio': '每个完成项目的框架文件数',
        'col.opponents': '反对者', 'col.a': '较早列入', 'col.b': '较晚列入',
        'col.unit': '单位', 'col.scope': '范围', 'col.reported': '报告数', 'col.tracked': '逐项跟踪',
        'col.export': '出口占比', 'col.import': '进口占比', 'col.fdi': '外资占比', 'col.hhi': '出口集中度（HHI）',
        'col.trend': '外资趋势', 'col.projects': '项目', 'col.lat': '纬度', 'col.lon': '经度',
        'flag.contested': '有争议', 'flag.overridden': '官方说法被地方证据推翻',
        'flag.official_ahead': '官方超前', 'flag.same_source': '同一来源',
        'flag.contradicted': '存在矛盾',
        'pr.status': '现状', 'pr.confidence': '置信度 {0}',
        'pr.timeline': '承诺与实际',
        'pr.timeline.lead': '每一级台阶是一次承诺：横轴为作出承诺的时间，纵轴为承诺的期限。台阶上升即一再推迟；◆ 表示实际发生的事件。',
        'pr.timeline.none': '此项目没有记录承诺期限。',
        'pr.stages': '各来源所述阶段', 'pr.stages.lead': '每个来源对所述时间的阶段说法。',
        'pr.claims': '陈述', 'pr.contradictions': '矛盾', 'pr.stakes': '利益相关方',
        'pr.for': '支持', 'pr.against': '反对', 'pr.other': '其他角色', 'pr.listings': '列入文件',
        'pr.money': 'IATI 报告的资金', 'pr.money.lead': '各发布方最新报告中的交易、预算和计划拨款，按年份、种类、类型和币种汇总（不换算）。', 'pr.money.undated': '无日期', 'flow.transaction': '交易', 'flow.budget': '预算', 'flow.planned-disbursement': '计划拨款', 'col.flowtype': '类型', 'col.currency': '币种', 'col.total': '合计', 'col.flows': '笔数',
        'pr.slippage': '承诺期限', 'pr.otherNames': '其他名称',
        'pr.made': '承诺日期', 'pr.promised': '承诺期限', 'pr.asof': '截至',
        'pr.due': '承诺当日到期', 'pr.active': '在任', 'pr.inactive': '过去',
        'pr.official': '官方来源', 'pr.ground': '地方来源', 'pr.otherTier': '其他来源',
        'ct.title': '矛盾', 'ct.lead': '关于同一事物、时间相近而说法不一的陈述。“官方超前”指联邦或全国性来源报告的阶段晚于地区或地方来源。',
        'ct.onlyOfficial': '仅“官方超前”', 'ct.window': '时间窗（天）', 'ct.vs': '对比',
        'ct.pairs': '{0} 对', 'ct.severity': '严重度 {0}', 'ct.gap': '相隔 {0} 天',
        'rg.title': '地区', 'rg.lead': '合作伙伴在各地区贸易和累计外资中的占比（按年）；按一项占比分类，并列出阈值。',
        'rg.by': '分类依据', 'rg.dep': '依赖型下限（%）', 'rg.ind': '独立型上限（%）',
        'rg.apply': '应用', 'rg.thresholds': '占比不低于 {1}% 为{0}，低于 {3}% 为{2}，介于其间为{4}。',
        'rg.share': '伙伴占比，%', 'rg.typology': '类型：{0}（{1} {2}，{3}）',
        'rg.hhi': '出口集中度（赫芬达尔指数）{0}：{1}', 'rg.trend': '{0}：{1} → {2}（{3}，{4}）',
        'rg.range': '区间按中点计',
        'mp.title': '地图', 'mp.lead': '地区、口岸、园区和项目。项目按阶段着色；没有坐标的地点画在其所属地点。',
        'mp.places': '有项目的地点', 'mp.outside': '地图范围外：{0}', 'mp.legend': '图例',
        'mp.crossing': '口岸', 'mp.city': '城市', 'mp.zone': '园区', 'mp.attr': '边界数据：{0}',
        'sr.title': '搜索', 'sr.lead': '名称、标题、引文和备注，支持英文、俄文和中文。',
        'sr.results': '“{1}”共 {0} 条结果', 'sr.none': '未找到“{0}”。', 'sr.kind': '仅限',
        'sr.empty': '在上方输入词语：俄文词干（мост）或中文词（黑河）均可。',
        'cl.title': '陈述', 'cl.lead': '证据的基本单位：来源 S 在日期 D 称 X 的属性 P 为 V。',
        'cl.about': '关于 {0} 的陈述', 'cl.from': '来自 {0} 的陈述',
        'sl.title': '工期延误', 'sl.lead': '每个承诺期限、每次推迟、延误天数以及是否逾期。',
        'co.title': '项目延续', 'co.lead': '在后来的文件中再次列入的项目：声明的或按名称匹配发现的。',
        'rk.title': '否决风险', 'rk.lead': '有强势反对者的项目，以及其延误与其他项目的比较。',
        'rk.ever': '任何时期的反对者', 'rk.min': '最低影响力',
        'rk.summary': '有此类反对者的项目延误中位数：{0}（{1} 个项目）；无反对者、首次承诺在 {4}–{5} 年的：{2}（{3} 个项目）。',
        'if.title': '框架文件膨胀', 'if.lead': '每年新签框架文件与完成项目之比：研究所说的“虚假合作”的量化。',
        'if.frameworks': '新框架文件', 'if.delivered': '完成项目',
        'side.ru': '俄方', 'side.cn': '中方', 'side.joint': '双方', 'side.null': '—',
        'role.owner': '业主', 'role.contractor': '承包方', 'role.financier': '出资方',
        'role.supporter': '支持者', 'role.opponent': '反对者', 'role.regulator': '监管方',
        'typ.dependent': '依赖型', 'typ.intermediate': '中间型', 'typ.independent': '独立型',
        'typ.uncertain': '不确定',
        'trend.falling': '下降', 'trend.rising': '上升', 'trend.flat': '持平',
        'series.export_share': '出口', 'series.import_share': '进口', 'series.fdi_stock_share': '累计外资',
        'kind.project': '项目', 'kind.instrument': '文件', 'kind.place': '地点',
        'kind.actor': '参与方', 'kind.source': '来源', 'kind.claim': '陈述',
        'rank.exact': '精确', 'rank.name': '名称', 'rank.text': '正文',
        'how.declared': '声明', 'how.detected': '匹配',
        'sl.late': '延误 {0} 天', 'sl.early': '提前 {0} 天', 'sl.noDate': '已交付，日期不详',
        'col.daysLate': '延误天数', 'col.moved': '承诺推迟（天）', 'col.provenance': '措辞', 'col.setAside': '未计入',
        'set.ruled': '被 {0} 排除', 'set.superseded': '已被 {0} 取代',
        'prov.via': '转引自 {0}', 'prov.translated': '译文', 'prov.own': '来源原话',
        'pr.parts': '组成部分', 'pr.noEvidence': '尚无证据',
        'pr.delivered': '{0} 交付', 'pr.deliveredUndated': '已交付（记录无日期）', 'pr.notDelivered': '未交付',
        'pr.lateness': '承诺与实际',
        'pr.lateness.lead': '每个承诺日期：首次承诺（空心圆）、最新承诺（圆环）、实际日期（绿色）或未交付时的截至日期（红色虚线）。延误天数从首次承诺起算。',
        'how.implementing': '实施文件', 'how.relisted': '再次列入',
        'rg.sourcesSay': '来源分类', 'rg.computed': '计算分类', 'rg.disagrees': '与计算分类不一致',
        'rk.few': '项目太少，无法比较：有此类反对者的 {0} 个、无反对者且同期的 {1} 个项目有延误数据；每边至少需要 3 个。',
        'nav.menu': '菜单',
        'ctl.knownby': '已知截至',
        'ctl.everything': '全部',
        'ctl.knownby.help': '只计入当天之前已发表的内容：来源日期更晚的说法不计入。',
        'ctl.clocks.help': '截至日期：每页所描述的那一天。已知截至：只计入那一天之前已发表的内容。',
        'tb.sortBy': '按{0}排序',
        'tb.sort': '排序',
        'tb.sortNone': '按原顺序',
        'tb.pages': '分页',
        'tb.prev': '上一页',
        'tb.next': '下一页',
        'tb.rows': '第 {0}–{1} 行，共 {2} 行',
        'filter.count': '共 {0} 行',
        'flag.overdue': '已逾期',
        'dv.title': '列入项目的交付情况',
        'dv.lead': '每个列入项目一行，取其计划完工和计划开通日期中延误最多的承诺：首次承诺、最新承诺、实际日期，以及从首次承诺起算的延误天数。逾期：承诺日期已过而未交付。',
        'dv.listed': '列入项目',
        'dv.dated': '有承诺日期',
        'dv.delivered': '已交付（按期或延期）',
        'dv.reported': '所报告的',
        'dv.noReported': '没有人报告过该计划的总体数字。',
        'dv.tracked': 'Amur 逐项跟踪的',
        'dv.promise': '承诺',
        'dv.sources': '来源',
        'dv.nSources': '{0} 个来源',
        'nf.record': '记录中没有{0}“{1}”。',
        'nf.mean': '您是否要找',
        'nf.search': '搜索{0}',
        'bad.title': '无法按此要求显示本页',
        'bad.without': '去掉“{0}”的同一页面',
        'bad.plain': '去掉筛选条件的同一页面',
        'so.publisher': '发布者',
        'so.authors': '作者',
        'so.language': '语言',
        'so.accessed': '访问日期',
        'so.ref': '引用',
        'so.claims': '引用它的说法（{0}）',
        'so.page': '来源页面',
        'ac.country': '国家',
        'ac.stakes': '利益关系（{0}）',
        'ac.projects': '项目（{0}）',
       
        'cite.btn': '引用',
        'cite.for': '引用说法 {0}',
        'cite.title': '引用这条说法',
        'cite.close': '关闭',
        'cite.url': '来源',
        'cite.plain': '参考文献',
        'cite.copy': '复制',
        'cite.copied': '已复制',
        'cite.select': '已选中：按 Ctrl+C 复制',
        'cite.accessed': '访问于 {0}',
        'cite.via': 'Amur 记录 {0}',
        'ch.download': '图表', 'ch.csv': '图表数据 CSV',
        'ch.png': 'PNG（图片）', 'ch.pngFail': '无法生成图片：{0}',
        'mp.zoomIn': '放大', 'mp.zoomOut': '缩小', 'mp.reset': '显示整个地图',
        'mp.view': '地图：拖动或用方向键移动，用 + 和 − 或鼠标滚轮缩放；触摸屏上用两根手指移动和缩放',
        'mp.labels': '显示的名称：{0}/{1}；放大可见更多',
        'if.countsTitle': '每年新签框架文件与完成项目',
        'if.countsAxis': '每年数量（文件、项目）',
        'if.ratioTitle': '膨胀比：累计框架文件数与累计完成项目数之比',
        'if.ratioAxis': '每个完成项目的框架文件数（累计）',
        'if.noRatio': '尚无完成项目',
        'mp.twoFingers': '请用双指移动或缩放地图',
        'nav.changes': '变化',
        'chg.title': '变化', 'chg.lead': '两个日期所知情况之间的差异：新陈述、阶段变化、已交付项目、新逾期的承诺、推迟和矛盾，每项都附有引起它的陈述。',
        'chg.since': '截至', 'chg.until': '与', 'chg.date': '日期', 'chg.change': '变化', 'chg.kind': '类型', 'chg.all': '全部类型',
        'chg.count': '{1}与{2}所知之间的变化：{0}项', 'chg.claims': '陈述',
        'chg.watching': '仅限以下对象的变化：{0}',
        'chg.kind.claims': '新陈述', 'chg.kind.stage': '阶段', 'chg.kind.delivered': '已交付',
        'chg.kind.overdue': '逾期', 'chg.kind.postponement': '推迟', 'chg.kind.advance': '提前',
        'chg.kind.contradiction': '矛盾', 'chg.kind.resolved': '已澄清',
        'feed.atom': 'Atom 订阅', 'feed.opml': '关注列表（OPML）', 'feed.follow': '关注变化：',
        'feed.changes': '此处的变化', 'feed.title': 'Amur：变化',
        'feed.add': '加入关注列表', 'feed.added': '已在关注列表中', 'feed.list': '关注列表：{0} 个订阅',
        'nav.api': 'JSON API', 'ap.title': 'API', 'ap.lead': 'JSON API 的全部路由及其参数，取自其 OpenAPI 文档（版本 {0}）。填写字段后点击“试用”。',
        'ap.routes': '路由', 'ap.returns': '返回：', 'ap.param': '参数', 'ap.in': '位置', 'ap.type': '类型',
        'ap.default': '默认值', 'ap.help': '说明', 'ap.value': '取值', 'ap.try': '试用', 'ap.noParams': '无参数。',
    },
};

// The project stages, on the ladder then off it; their colours live in style.css
// (.st-<stage>) and charts.js (STAGE_COLOURS): the same everywhere.
export const STAGES = ['listed', 'agreed', 'financed', 'under-construction', 'completed', 'operational', 'suspended', 'cancelled'];

const STAGE_NAMES = {
    en: { listed: 'listed', agreed: 'agreed', financed: 'financed', 'under-construction': 'under construction',
          completed: 'completed', operational: 'operational', suspended: 'suspended', cancelled: 'cancelled',
          untracked: 'no stage evidence', unknown: 'no stage evidence' },
    ru: { listed: 'включён', agreed: 'согласован', financed: 'профинансирован', 'under-construction': 'строится',
          completed: 'построен', operational: 'действует', suspended: 'приостановлен', cancelled: 'отменён',
          untracked: 'нет сведений о стадии', unknown: 'нет сведений о стадии' },
    zh: { listed: '已列入', agreed: '已商定', financed: '已融资', 'under-construction': '在建',
          completed: '已建成', operational: '已运营', suspended: '暂停', cancelled: '取消',
          untracked: '无阶段证据', unknown: '无阶段证据' },
};

export const TIERS = ['federal', 'regional', 'municipal', 'foreign-official', 'statistics',
    'national-media', 'local-media', 'foreign-media', 'academic'];

const TIER_NAMES = {
    en: { federal: 'federal', regional: 'regional', municipal: 'municipal', 'foreign-official': 'foreign official',
          statistics: 'statistics', 'national-media': 'national media', 'local-media': 'local media',
          'foreign-media': 'foreign media', academic: 'academic' },
    ru: { federal: 'федеральный', regional: 'региональный', municipal: 'муниципальный', 'foreign-official': 'иностранный официальный',
          statistics: 'статистика', 'national-media': 'общенациональные СМИ', 'local-media': 'местные СМИ',
          'foreign-media': 'иностранные СМИ', academic: 'научный' },
    zh: { federal: '联邦', regional: '地区', municipal: '市级', 'foreign-official': '外国官方',
          statistics: '统计', 'national-media': '全国媒体', 'local-media': '地方媒体',
          'foreign-media': '外国媒体', academic: '学术' },
};

const PROP_NAMES = {
    en: { stage: 'stage', planned_opening: 'planned opening', planned_completion: 'planned completion',
          planned_start: 'planned start', actual_opening: 'actual opening', actual_completion: 'actual completion',
          actual_start: 'actual start', count: 'count', cost: 'cost', legal_status: 'legal status', text: 'text', share: 'share' },
    ru: { stage: 'стадия', planned_opening: 'плановое открытие', planned_completion: 'плановое завершение',
          planned_start: 'плановое начало', actual_opening: 'фактическое открытие', actual_completion: 'фактическое завершение',
          actual_start: 'фактическое начало', count: 'количество', cost: 'стоимость', legal_status: 'правовой статус', text: 'текст', share: 'доля' },
    zh: { stage: '阶段', planned_opening: '计划开通', planned_completion: '计划完工',
          planned_start: '计划开工', actual_opening: '实际开通', actual_completion: '实际完工',
          actual_start: '实际开工', count: '数量', cost: '造价', legal_status: '法律状态', text: '文字', share: '占比' },
};

// The data's codelists (docs/dataset.md): kinds of projects, instruments,
// places and actors, instruments' levels, and the kinds of a promise
// (slippage). In English they are the codes themselves.
const CODE_NAMES = {
    en: {
        'project.bridge': 'bridge', 'project.crossing': 'crossing', 'project.zone': 'zone',
        'project.platform': 'platform', 'project.cluster': 'cluster', 'project.pipeline': 'pipeline',
        'project.plant': 'plant', 'project.shipyard': 'shipyard', 'project.centre': 'centre',
        'project.transport': 'transport', 'project.tourism': 'tourism', 'project.other': 'other',
        'instrument.law': 'law', 'instrument.concept': 'concept', 'instrument.strategy': 'strategy',
        'instrument.programme': 'programme', 'instrument.plan': 'plan', 'instrument.agreement': 'agreement',
        'instrument.memorandum': 'memorandum', 'instrument.decree': 'decree', 'instrument.regulation': 'regulation',
        'instrument.council': 'council', 'instrument.commission': 'commission', 'instrument.forum': 'forum',
        'instrument.initiative': 'initiative', 'instrument.policy': 'policy',
        'level.intergovernmental': 'intergovernmental', 'level.federal': 'federal',
        'level.interregional': 'interregional', 'level.regional': 'regional', 'level.municipal': 'municipal',
        'place.country': 'country', 'place.region': 'region', 'place.group': 'group', 'place.city': 'city',
        'place.settlement': 'settlement', 'place.crossing': 'crossing', 'place.zone': 'zone',
        'place.island': 'island', 'place.other': 'other',
        'actor.state': 'state', 'actor.region': 'region', 'actor.municipality': 'municipality',
        'actor.ministry': 'ministry', 'actor.agency': 'agency', 'actor.commission': 'commission',
        'actor.bank': 'bank', 'actor.fund': 'fund', 'actor.company': 'company', 'actor.person': 'person',
        'actor.other': 'other',
        'promise.first': 'first', 'promise.reaffirmation': 'reaffirmation', 'promise.postponement': 'postponement',
        'promise.advance': 'advance',
    },
    ru: {
        'project.bridge': 'мост', 'project.crossing': 'пункт пропуска', 'project.zone': 'зона',
        'project.platform': 'платформа', 'project.cluster': 'кластер', 'project.pipeline': 'трубопровод',
        'project.plant': 'завод', 'project.shipyard': 'верфь', 'project.centre': 'центр',
        'project.transport': 'транспорт', 'project.tourism': 'туризм', 'project.other': 'другое',
        'instrument.law': 'закон', 'instrument.concept': 'концепция', 'instrument.strategy': 'стратегия',
        'instrument.programme': 'программа', 'instrument.plan': 'план', 'instrument.agreement': 'соглашение',
        'instrument.memorandum': 'меморандум', 'instrument.decree': 'указ', 'instrument.regulation': 'постановление',
        'instrument.council': 'совет', 'instrument.commission': 'комиссия', 'instrument.forum': 'форум',
        'instrument.initiative': 'инициатива', 'instrument.policy': 'политика',
        'level.intergovernmental': 'межправительственный', 'level.federal': 'федеральный (общегосударственный)',
        'level.interregional': 'межрегиональный', 'level.regional': 'региональный', 'level.municipal': 'муниципальный',
        'place.country': 'страна', 'place.region': 'регион', 'place.group': 'группа регионов', 'place.city': 'город',
        'place.settlement': 'населённый пункт', 'place.crossing': 'пункт пропуска', 'place.zone': 'зона',
        'place.island': 'остров', 'place.other': 'другое',
        'actor.state': 'государство', 'actor.region': 'регион', 'actor.municipality': 'муниципалитет',
        'actor.ministry': 'министерство', 'actor.agency': 'ведомство', 'actor.commission': 'комиссия',
        'actor.bank': 'банк', 'actor.fund': 'фонд', 'actor.company': 'компания', 'actor.person': 'частное лицо',
        'actor.other': 'другое',
        'promise.first': 'первое обещание', 'promise.reaffirmation': 'подтверждено', 'promise.postponement': 'перенесено',
        'promise.advance': 'приближено',
    },
    zh: {
        'project.bridge': '桥梁', 'project.crossing': '口岸', 'project.zone': '园区',
        'project.platform': '平台', 'project.cluster': '产业集群', 'project.pipeline': '管道',
        'project.plant': '工厂', 'project.shipyard': '船厂', 'project.centre': '中心',
        'project.transport': '交通', 'project.tourism': '旅游', 'project.other': '其他',
        'instrument.law': '法律', 'instrument.concept': '构想', 'instrument.strategy': '战略',
        'instrument.programme': '规划纲要', 'instrument.plan': '计划', 'instrument.agreement': '协定',
        'instrument.memorandum': '备忘录', 'instrument.decree': '法令', 'instrument.regulation': '条例',
        'instrument.council': '理事会', 'instrument.commission': '委员会', 'instrument.forum': '论坛',
        'instrument.initiative': '倡议', 'instrument.policy': '政策',
        'level.intergovernmental': '政府间', 'level.federal': '国家级',
        'level.interregional': '跨地区', 'level.regional': '地区级', 'level.municipal': '市级',
        'place.country': '国家', 'place.region': '地区', 'place.group': '地区组', 'place.city': '城市',
        'place.settlement': '居民点', 'place.crossing': '口岸', 'place.zone': '园区',
        'place.island': '岛屿', 'place.other': '其他',
        'actor.state': '国家', 'actor.region': '地区', 'actor.municipality': '市政机关',
        'actor.ministry': '部委', 'actor.agency': '机构', 'actor.commission': '委员会',
        'actor.bank': '银行', 'actor.fund': '基金', 'actor.company': '公司', 'actor.person': '个人',
        'actor.other': '其他',
        'promise.first': '首次承诺', 'promise.reaffirmation': '重申', 'promise.postponement': '推迟',
        'promise.advance': '提前',
    },
};

let lang = 'en';

// Where the languages of every table disagree with English: keys a
// language lacks (the page would quietly show English there), keys only it
// has (a typo'd key is never shown), and strings whose {0}, {1} differ
// from English's (a number would go missing). Empty when all agree; the
// tests call it (tests/browser/i18n.test.mjs).
export function gaps() {
    const out = [];
    const marks = (str) => (String(str).match(/\{\d\}/g) || []).sort().join('');
    const tables = { strings: S, stages: STAGE_NAMES, tiers: TIER_NAMES, properties: PROP_NAMES, codes: CODE_NAMES };
    for (const [name, table] of Object.entries(tables)) {
        for (const [l] of LANGS) {
            if (l === 'en') continue;
            const have = table[l] || {};
            for (const k of Object.keys(table.en)) {
                if (!(k in have)) out.push(`${name}.${l}: missing '${k}'`);
                else if (marks(have[k]) !== marks(table.en[k])) out.push(`${name}.${l}: '${k}' has ${marks(have[k]) || 'no {n}'}, English ${marks(table.en[k]) || 'none'}`);
            }
            for (const k of Object.keys(have))
                if (!(k in table.en)) out.push(`${name}.${l}: '${k}' is not an English key`);
        }
    }
    return out;
}

export function setLang(l) {
    lang = S[l] ? l : 'en';
    document.documentElement.lang = lang;
}

export function getLang() { return lang; }

export function t(key, ...args) {
    let str = (S[lang] && S[lang][key]) ?? S.en[key] ?? key;
    return str.replace(/\{(\d)\}/g, (m, i) => (args[i] === undefined || args[i] === null ? '' : String(args[i])));
}

export function stageName(st) {
    if (!st) st = 'unknown';
    return (STAGE_NAMES[lang] || STAGE_NAMES.en)[st] ?? STAGE_NAMES.en[st] ?? st;
}

export function tierName(tier) {
    if (!tier) return '—';
    return (TIER_NAMES[lang] || TIER_NAMES.en)[tier] ?? tier;
}

export function propName(p) {
    if (!p) return '';
    return (PROP_NAMES[lang] || PROP_NAMES.en)[p] ?? PROP_NAMES.en[p] ?? p.replace(/_/g, ' ');
}

// A side: its word when the interface has one (ru, cn, joint), else the
// country its code names (an imported project's side: kz), else the code.
export function sideName(side) {
    if (!side) return '—';
    return S.en['side.' + side] !== undefined ? t('side.' + side) : countryName(side);
}

// The country of a two-letter code in the chosen language ("kz": Казахстан),
// from the browser's own tables; anything else as it is.
export function countryName(code) {
    if (!code || !/^[a-z]{2}$/i.test(code)) return code || '';
    try {
        return new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) || code;
    } catch { return code; }
}

// A language's name in the chosen language ("en": английский).
export function languageName(code) {
    if (!code || !/^[a-z]{2,3}$/i.test(code)) return code || '';
    try {
        return new Intl.DisplayNames([lang], { type: 'language' }).of(code) || code;
    } catch { return code; }
}

// A value of one of the data's codelists in words: codeName('instrument',
// 'programme'), codeName('level', 'federal'); an unknown code as it is.
export function codeName(list, code) {
    if (!code) return '';
    const key = list + '.' + code;
    return (CODE_NAMES[lang] || CODE_NAMES.en)[key] ?? CODE_NAMES.en[key] ?? code;
}

// The English strings of the interface that language L says otherwise
// (CSV, URL and the like are the same in every language): the test that
// no page in L shows one of them (tests/browser/i18n.test.mjs).
export function englishOnly(l) {
    const out = [];
    for (const table of [S, STAGE_NAMES, TIER_NAMES, PROP_NAMES, CODE_NAMES])
        for (const [k, en] of Object.entries(table.en))
            if (table[l] && table[l][k] !== undefined && table[l][k] !== en) out.push(en);
    return out;
}

// Whether TEXT looks like one of the interface's keys shown as it is: a key
// of the strings ('ov.title'), or one under the same first part ('side.kz'
// beside 'side.ru').
export function looksLikeKey(text) {
    const m = /^([a-z]+)\.[A-Za-z0-9_.-]+$/.exec(text);
    if (!m) return false;
    return Object.prototype.hasOwnProperty.call(S.en, text) || Object.keys(S.en).some(k => k.startsWith(m[1] + '.'));
}

// A record's name in the chosen language, else its default (English), else
// any name it has (the original), else its id.
export function nameOf(rec, namesKey = 'names', nameKey = 'name') {
    if (!rec) return '';
    const names = rec[namesKey];
    if (names && names[lang]) return names[lang];
    if (rec[nameKey]) return rec[nameKey];
    if (names) for (const l of ['en', 'ru', 'zh']) if (names[l]) return names[l];
    return rec.id || '';
}

// The other names a record has, for "also known as".
export function otherNames(rec) {
    const shown = nameOf(rec);
    const out = [];
    if (rec && rec.names) for (const l of ['en', 'ru', 'zh'])
        if (rec.names[l] && rec.names[l] !== shown) out.push(rec.names[l]);
    return out;
}

// Strings a page declares beside itself ({en: {...}, ru: {...}, zh: {...}}),
// added to the tables above (gaps() checks them too); a key already there
// is kept.
export function addStrings(tables) {
    for (const [l, strings] of Object.entries(tables))
        for (const [k, v] of Object.entries(strings))
            if (S[l] && !(k in S[l])) S[l][k] = v;
}
