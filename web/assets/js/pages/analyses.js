// The other analyses, one page each: slippage, carry-over, veto risk and
// framework inflation (/api/slippage, /api/carryover, /api/risks, /api/inflation).
import { h, s, fmtNum } from '../dom.js';
import { api, apiAll, apiPage, apiSort, state, go, refine } from '../api.js';
import { t, propName, nameOf, tierName } from '../i18n.js';
import { pageHead, link, quote, scopeWords, listFilters } from '../ui.js';
import { chip } from './projects.js';
import { yearPanels, wrappedText } from '../charts.js';
import { table } from '../table.js';
import { chartFiles } from '../chartfile.js';

export async function render(view, which) {
    const fn = { slippage, carryover, risks, inflation }[which];
    await fn(view);
}

const PAGE = 100;

const suffix = () => (state.asOf ? '-' + state.asOf : '');

async function slippage(view) {
    const overdue = state.params.get('overdue') === 'true';
    const f = { project: state.params.get('project') || '', instrument: state.params.get('instrument') || '',
        property: state.params.get('property') || '', q: state.params.get('q') || '',
        from: state.params.get('from') || '', to: state.params.get('to') || '' };
    const q = Object.assign({ overdue: overdue ? 'true' : '' }, f);
    // sorted and paged by the server (the one order of lists)
    const sorted = Object.assign({ sort: apiSort(state.params.get('sort')) }, q);
    const list = await apiPage('slippage', sorted, PAGE);
    const items = list.items;
    view.appendChild(pageHead(t('sl.title'), t('sl.lead')));
    const set = (k, v) => refine({ [k]: v });
    view.appendChild(h('form', { class: 'filters', onsubmit: e => e.preventDefault() }, [
        h('label', { class: 'check' }, [h('input', { type: 'checkbox', checked: overdue,
            onchange: e => set('overdue', e.target.checked ? 'true' : '') }), ' ', t('col.overdue')]),
        ...listFilters(f, refine, { dated: t('col.final') }),
        f.project ? chip(t('col.project'), nameOf(items[0]) || f.project, () => set('project', '')) : null,
        f.instrument ? chip(t('col.instrument'), f.instrument, () => set('instrument', '')) : null,
        f.property ? chip(t('col.property'), propName(f.property), () => set('property', '')) : null,
    ]));
    view.appendChild(table(items, [
        { key: 'name', label: t('col.project'), value: r => nameOf(r), cell: r => link('/project/' + r.project, null, nameOf(r)) },
        { key: 'property', label: t('col.property'), value: r => propName(r.property) + (r.scope ? ` (${scopeWords(r.scope)})` : '') },
        { key: 'scope', label: t('col.scope'), value: r => r.scope || '', cls: 'hide' },
        { key: 'first', label: t('col.first'), value: r => r.first || '', cls: 'date' },
        { key: 'final', label: t('col.final'), value: r => r.final || '', cls: 'date' },
        { key: 'postponements', label: t('col.postponements'), value: r => r.postponements, cls: 'num' },
        { key: 'moved_days', label: t('col.moved'), value: r => r.moved_days, cls: 'num' },
        { key: 'actual', label: t('col.actual'), value: r => r.actual || '', cls: 'date' },
        { key: 'delivered', label: t('col.delivered'), value: r => r.delivered ? t('yes') : t('no') },
        { key: 'delay_days', label: t('col.daysLate'), value: r => r.delay_days ?? '', cls: 'num' },
        { key: 'overdue', label: t('col.overdue'), value: r => r.overdue ? t('yes') : t('no'),
          cell: r => r.overdue ? h('span', { class: 'badge flag flag-overdue' }, t('col.overdue')) : t('no') },
        { key: 'project', label: t('col.id'), value: r => r.project, cls: 'id' },
    ], { name: 'amur-slippage' + (f.project ? '-' + f.project : '') + (f.instrument ? '-' + f.instrument : '') + suffix(),
         caption: t('filter.count', list.total), sortParam: 'sort', pageParam: 'page', pageSize: PAGE,
         sorted: true, total: list.total, all: () => apiAll('slippage', sorted) }));
}

async function carryover(view) {
    const data = await api('carryover', { limit: 5000 });
    view.appendChild(pageHead(t('co.title'), t('co.lead')));
    const side = (k) => [
        { key: k + '.project', raw: r => r[k].project, label: `${t(k === 'a' ? 'col.a' : 'col.b')}: ${t('col.project')}`, value: r => r[k].name || r[k].project,
          cell: r => link('/project/' + r[k].project, null, r[k].name || r[k].project) },
        { key: k + '.instrument', raw: r => r[k].instrument, label: `${t(k === 'a' ? 'col.a' : 'col.b')}: ${t('col.instrument')}`, value: r => r[k].instrument_name || r[k].instrument,
          cell: r => link('/instrument/' + r[k].instrument, null, r[k].instrument_name || r[k].instrument) },
        { key: k + '.date', raw: r => r[k].date || null, label: `${t(k === 'a' ? 'col.a' : 'col.b')}: ${t('in.date')}`, value: r => r[k].date || '' },
    ];
    view.appendChild(table(data.items, [
        ...side('a'), ...side('b'),
        { key: 'score', label: t('col.score'), value: r => fmtNum(r.score, 2), cls: 'num' },
        { key: 'how', raw: r => ({ declared: !!r.declared, implementing: !!r.implementing }), sort: false, label: t('col.how'), value: r => t(r.declared ? 'how.declared' : 'how.detected') + ', ' +
            t(r.implementing ? 'how.implementing' : 'how.relisted') },
    ], { sortParam: 'sort', name: 'amur-carryover' + suffix(), caption: t('filter.showing', data.items.length, data.total),
         all: data.total > data.items.length ? () => apiAll('carryover') : null }));
}

async function risks(view) {
    const ever = state.params.get('ever') === 'true';
    const min = state.params.get('min_influence') || '';
    const q = { ever: ever ? 'true' : '', min_influence: min };
    const data = await api('risks', Object.assign({ limit: 5000 }, q));
    view.appendChild(pageHead(t('rk.title'), t('rk.lead')));
    const minIn = h('input', { type: 'number', min: 0, max: 10, step: 1, value: min || 4 });
    view.appendChild(h('form', { class: 'filters', onsubmit: e => { e.preventDefault(); go('/risks', { ever: ever ? 'true' : '', min_influence: minIn.value === '4' ? '' : minIn.value }); } }, [
        h('label', { class: 'check' }, [h('input', { type: 'checkbox', checked: ever,
            onchange: e => go('/risks', { ever: e.target.checked ? 'true' : '', min_influence: min }) }), ' ', t('rk.ever')]),
        h('label', { class: 'field' }, [h('span', null, t('rk.min')), minIn]),
        h('button', { type: 'submit', class: 'btn' }, t('rg.apply')),
    ]));
    const sm = data.summary;
    const days = (v) => v === null || v === undefined ? '—' : t('pg.days', fmtNum(v));
    // the same rule as the command and the report: no finding from fewer than three
    if (sm) view.appendChild(h('p', { class: 'summary-line' }, sm.finding
        ? t('rk.summary', days(sm.with.median_delay_days), sm.with.with_delay,
            days(sm.without.median_delay_days), sm.without.with_delay, sm.period_from, sm.period_to)
        : t('rk.few', sm.with.with_delay, sm.without.with_delay)));
    const opponents = (items) => items.flatMap(r => r.opponents.map(o => ({ r, o })));
    const rows = opponents(data.items);
    view.appendChild(table(rows, [
        { key: 'project', raw: x => x.r.project, label: t('col.project'), value: x => nameOf(x.r), cell: x => link('/project/' + x.r.project, null, nameOf(x.r)) },
        { key: 'delay_days', raw: x => x.r.delay_days ?? null, label: t('col.daysLate'), value: x => x.r.delay_days ?? '', cls: 'num' },
        { key: 'actor', raw: x => x.o.actor || null, label: t('col.opponents'), value: x => nameOf(x.o),
          cell: x => x.o.actor ? link('/actor/' + x.o.actor, null, nameOf(x.o)) : nameOf(x.o) },
        { key: 'influence', raw: x => x.o.influence ?? null, label: t('col.influence'), value: x => x.o.influence ?? '', cls: 'num' },
        { key: 'from', raw: x => x.o.from || null, label: t('col.years'), value: x => x.o.from || x.o.to ? `${x.o.from || '?'}–${x.o.to || '?'}` : '' },
        { key: 'quote', raw: x => x.o.quote || null, label: t('col.quote'), value: x => x.o.quote || '', cell: x => quote(x.o.quote), cls: 'quote-cell' },
    ], { sortParam: 'sort', name: 'amur-risks' + suffix(), caption: t('filter.showing', data.items.length, data.total),
         all: data.total > data.items.length ? () => apiAll('risks', q).then(opponents) : null }));
}

async function inflation(view) {
    const data = await api('inflation', { limit: 5000 });
    view.appendChild(pageHead(t('if.title'), t('if.lead')));
    const items = data.items;
    // two charts over the same years, not one with a second axis (docs/web.md, "Charts and the map")
    if (items.length) {
        const [counts, ratio] = inflationCharts(items);
        const figure = (chart, head, name, columns) => h('figure', { class: 'chart-box' }, [
            h('h2', { class: 'chart-head' }, head), chart,
            h('figcaption', null, chartFiles(chart, name + suffix(), items, columns))]);
        const year = { label: 'year', value: r => r.year };
        const cumulative = [{ label: 'cumulative_frameworks', value: r => r.cumulative_frameworks },
            { label: 'cumulative_delivered', value: r => r.cumulative_delivered }, { label: 'ratio', value: r => r.ratio ?? '' }];
        view.appendChild(h('div', { class: 'chart-stack' }, [
            figure(counts, t('if.countsTitle'), 'amur-inflation', [year, { label: 'frameworks', value: r => r.frameworks },
                { label: 'delivered', value: r => r.delivered }, ...cumulative]),
            figure(ratio, t('if.ratioTitle'), 'amur-inflation-ratio', [year, ...cumulative]),
        ]));
    }
    view.appendChild(table(items, [
        { key: 'year', label: t('col.year'), value: r => r.year, cls: 'num' },
        { key: 'frameworks', label: t('col.frameworks'), value: r => r.frameworks, cls: 'num',
          cell: r => r.framework_ids.length ? h('span', null, [String(r.frameworks), ' ', r.framework_ids.map(id => [' ', link('/instrument/' + id, null, '↗', { 'aria-label': id, title: id })])]) : String(r.frameworks) },
        { key: 'delivered', label: t('col.delivered'), value: r => r.delivered, cls: 'num',
          cell: r => r.delivered_ids.length ? h('span', null, [String(r.delivered), ' ', r.delivered_ids.map(id => [' ', link('/project/' + id, null, '↗', { 'aria-label': id, title: id })])]) : String(r.delivered) },
        { key: 'cumulative_frameworks', label: t('col.cumF'), value: r => r.cumulative_frameworks, cls: 'num' },
        { key: 'cumulative_delivered', label: t('col.cumD'), value: r => r.cumulative_delivered, cls: 'num' },
        { key: 'ratio', label: t('col.ratio'), value: r => r.ratio === null ? '' : fmtNum(r.ratio, 2), cls: 'num' },
    ], { sortParam: 'sort', name: 'amur-inflation' + suffix() }));
}

// The counts per year (bars), and below it the ratio (a line), aligned on
// the years (yearPanels() in charts.js).
function inflationCharts(items) {
    const year = (r) => `${r.year}: ${r.frameworks} ${t('if.frameworks')}, ${r.delivered} ${t('if.delivered')}`;
    const ratioText = (r) => r.ratio === null ? t('if.noRatio')
        : `${fmtNum(r.ratio, 2)} = ${r.cumulative_frameworks} ÷ ${r.cumulative_delivered}`;
    return yearPanels(items.map(r => r.year), [{
        title: t('if.countsTitle'), label: t('if.countsAxis'), cls: 'inflation inflation-counts', integer: true, height: 150,
        max: Math.max(1, ...items.map(r => Math.max(r.frameworks, r.delivered))),
        legend: [{ cls: 'fw', text: t('if.frameworks') }, { cls: 'dl', text: t('if.delivered') }],
        slotTitle: i => year(items[i]),
        draw: (g, { X, bw, Y }) => items.forEach((r, i) => {
            const half = Math.max(1, bw / 2 - 1.5);
            if (r.frameworks) g.appendChild(s('rect', { x: X(i) - half - 0.5, y: Y(r.frameworks), width: half, height: Y(0) - Y(r.frameworks), class: 'fw', 'data-year': r.year },
                s('title', null, `${r.year}: ${r.frameworks} ${t('if.frameworks')}`)));
            if (r.delivered) g.appendChild(s('rect', { x: X(i) + 0.5, y: Y(r.delivered), width: half, height: Y(0) - Y(r.delivered), class: 'dl', 'data-year': r.year },
                s('title', null, `${r.year}: ${r.delivered} ${t('if.delivered')}`)));
        }),
    }, {
        title: t('if.ratioTitle'), label: t('if.ratioAxis'), cls: 'inflation-ratio', height: 130,
        max: Math.max(1, ...items.map(r => r.ratio || 0)),
        slotTitle: i => `${items[i].year}: ${ratioText(items[i])}`,
        draw: (g, { X, bw, Y, top, bottom, m }) => {
            // the years before the first delivery have no ratio: said, not drawn as 0
            const first = items.findIndex(r => r.ratio !== null);
            const gap = (first < 0 ? items.length : first) * bw;
            if (gap > 0) {
                g.appendChild(s('rect', { x: m.l, y: top, width: gap, height: bottom - top, class: 'no-ratio' }));
                if (gap >= 48) g.appendChild(wrappedText(t('if.noRatio'), gap - 8, { x: m.l + 4, y: top + 14, class: 'no-ratio-label' }, 13, 11));
            }
            let run = [];
            const line = () => { if (run.length > 1) g.appendChild(s('polyline', { points: run.join(' '), class: 'ratio-line' })); run = []; };
            items.forEach((r, i) => { if (r.ratio === null) line(); else run.push(`${X(i).toFixed(2)},${Y(r.ratio).toFixed(2)}`); });
            line();
            items.forEach((r, i) => {
                if (r.ratio !== null) g.appendChild(s('circle', { cx: X(i), cy: Y(r.ratio), r: Math.min(3.5, Math.max(2, bw / 2.5)), class: 'ratio-pt', 'data-year': r.year },
                    s('title', null, `${r.year}: ${ratioText(r)}`)));
            });
        },
    }]);
}

export { tierName };
