// Regions (/api/regions): the partner's share of each region's exports,
// imports and accumulated FDI by year; the typology with its thresholds
// (adjustable: by, dependent, independent); export concentration.
import { h, s, fmtNum, append } from '../dom.js';
import { api, state, go } from '../api.js';
import { t, nameOf } from '../i18n.js';
import { pageHead, link } from '../ui.js';
import { shareChart, svg, fitWidth, wrappedText, wrapLines } from '../charts.js';
import { table } from '../table.js';
import { chartFiles } from '../chartfile.js';

const SERIES = [
    ['export_share', '#c0562b'], ['import_share', '#2d6fa3'], ['fdi_stock_share', '#3d8a5a'],
];
const TYP_COLOURS = { independent: '#e4efe6', intermediate: '#f6ecd6', dependent: '#f4dcd6' };

export async function render(view) {
    const by = state.params.get('by') || '';
    const dep = state.params.get('dependent') || '';
    const ind = state.params.get('independent') || '';
    const data = await api('regions', { by, dependent: dep, independent: ind, limit: 1000 });
    view.appendChild(pageHead(t('rg.title'), t('rg.lead')));

    const depV = Number(dep || 80), indV = Number(ind || 50), byV = by || 'import_share';
    const depIn = h('input', { type: 'number', min: 0, max: 100, step: 'any', value: depV, name: 'dependent' });
    const indIn = h('input', { type: 'number', min: 0, max: 100, step: 'any', value: indV, name: 'independent' });
    const bySel = h('select', { name: 'by' }, SERIES.map(([k]) => h('option', { value: k, selected: k === byV }, t('series.' + k))));
    view.appendChild(h('form', { class: 'filters', onsubmit: e => {
        e.preventDefault();
        go('/regions', { by: bySel.value === 'import_share' ? '' : bySel.value,
            dependent: depIn.value === '80' ? '' : depIn.value, independent: indIn.value === '50' ? '' : indIn.value });
    } }, [
        h('label', { class: 'field' }, [h('span', null, t('rg.by')), bySel]),
        h('label', { class: 'field' }, [h('span', null, t('rg.dep')), depIn]),
        h('label', { class: 'field' }, [h('span', null, t('rg.ind')), indIn]),
        h('button', { type: 'submit', class: 'btn' }, t('rg.apply')),
    ]));
    view.appendChild(h('p', { class: 'thresholds' }, t('rg.thresholds', t('typ.dependent'), fmtNum(depV, 2),
        t('typ.independent'), fmtNum(indV, 2), t('typ.intermediate')) + ' (' + t('series.' + byV) + '; ' + t('rg.range') + ')'));

    const regions = data.items;
    append(view, typologyStrip(regions, depV, indV, byV));

    const years = regions.flatMap(r => r.values.map(v => v.year));
    const span = years.length ? [Math.min(...years), Math.max(...years)] : null;
    const grid = h('div', { class: 'region-grid' });
    for (const r of regions) {
        const series = SERIES.map(([k, colour]) => ({ key: k, colour, label: t('series.' + k),
            points: r.values.filter(v => v[k]).map(v => ({ year: v.year, value: v[k].value, max: v[k].max })) }))
            .filter(se => se.points.length);
        const typ = r.typology;
        const hhi = r.values.filter(v => v.hhi !== null && v.hhi !== undefined);
        const trends = Object.entries(r.trend || {}).filter(([, v]) => v);
        grid.appendChild(h('article', { class: 'card region', id: 'region-' + r.id }, [
            h('h2', { class: 'card-title' }, link('/map', { place: r.region }, nameOf(r))),
            r.source_typology ? h('p', null, [t('rg.sourcesSay'), ': ',
                h('span', { class: ['badge', 'typ', 'typ-' + r.source_typology.class] }, t('typ.' + r.source_typology.class)), ' ',
                link('/claims', { subject: r.region, property: 'dependence' }, r.source_typology.source),
                r.source_typology.disagrees ? [' ', h('span', { class: 'badge flag' }, t('rg.disagrees'))] : null]) : null,
            typ ? h('p', null, [t('rg.computed'), ': ', h('span', { class: ['badge', 'typ', 'typ-' + typ.class] }, t('typ.' + typ.class)), ' ',
                h('span', { class: 'muted' }, `${t('series.' + typ.by)} ${typ.year}: ${rangeText(typ.value)}`)]) : null,
            ...shareFigure(r, series, span, depV, indV),
            series.length ? h('ul', { class: 'legend inline' }, series.map(se => h('li', null, [
                h('span', { class: 'line-swatch', dataset: { series: se.key }, 'aria-hidden': 'true' }), se.label]))) : null,
            hhi.length ? h('p', null, hhi.map(v => t('rg.hhi', v.year, fmtNum(v.hhi, 3))).join('; ')) : null,
            trends.length ? h('ul', { class: 'trends' }, trends.map(([k, v]) => h('li', null,
                t('rg.trend', t('series.' + k), `${fmtNum(v.from_value, 1)}% (${v.from})`, `${fmtNum(v.to_value, 1)}% (${v.to})`,
                    (v.change > 0 ? '+' : '') + fmtNum(v.change, 1), t('trend.' + v.direction))))) : null,
        ]));
    }
    view.appendChild(grid);

    const rows = regions.flatMap(r => r.values.map(v => ({ r, v })));
    view.appendChild(table(rows, [
        { key: 'region', raw: x => x.r.region || x.r.id, label: t('col.region'), value: x => nameOf(x.r) },
        { key: 'year', raw: x => x.v.year, label: t('col.year'), value: x => x.v.year, cls: 'num' },
        { key: 'export_share', raw: x => x.v.export_share ?? null, label: t('col.export'), value: x => rangeText(x.v.export_share) },
        { key: 'import_share', raw: x => x.v.import_share ?? null, label: t('col.import'), value: x => rangeText(x.v.import_share) },
        { key: 'fdi_stock_share', raw: x => x.v.fdi_stock_share ?? null, label: t('col.fdi'), value: x => rangeText(x.v.fdi_stock_share) },
        { key: 'hhi', raw: x => x.v.hhi ?? null, label: t('col.hhi'), value: x => x.v.hhi === null || x.v.hhi === undefined ? '' : fmtNum(x.v.hhi, 3) },
        { key: 'source_typology', raw: x => x.r.source_typology ? x.r.source_typology.class : null, label: t('rg.sourcesSay'), value: x => x.r.source_typology ? t('typ.' + x.r.source_typology.class) : '' },
        { key: 'typology', raw: x => x.r.typology ? x.r.typology.class : null, label: t('col.typology'), value: x => x.r.typology ? t('typ.' + x.r.typology.class) : '' },
    ], { sortParam: 'sort', name: 'amur-regions' + (state.asOf ? '-' + state.asOf : '') }));
}

function rangeText(v) {
    if (!v) return '';
    return v.max !== null && v.max !== undefined ? `${fmtNum(v.value, 1)}–${fmtNum(v.max, 1)}%` : `${fmtNum(v.value, 1)}%`;
}

// One scale, 0–100%, with the typology's bands and each region's value on it.
function typologyStrip(regions, dep, ind, by) {
    const rs = regions.filter(r => r.typology && r.typology.value);
    if (!rs.length) return null;
    // narrow: each region's name (wrapped) on a line above its row
    const w = fitWidth(760), narrow = w < 560;
    const m = narrow ? { l: 14, r: 18, t: 40, b: 24 } : { l: 190, r: 20, t: 26, b: 24 };
    const lines = narrow ? Math.max(...rs.map(r => wrapLines(nameOf(r), w - m.l - m.r).length)) : 0;
    const rowH = narrow ? 22 + 13 * lines : 26;
    const hgt = m.t + rs.length * rowH + m.b;
    const X = v => m.l + (v / 100) * (w - m.l - m.r);
    const g = svg(w, hgt, { 'aria-label': t('rg.by') + ' ' + t('series.' + by), class: 'chart strip' });
    const bands = [[0, ind, 'independent'], [ind, dep, 'intermediate'], [dep, 100, 'dependent']];
    // narrow: the middle band's name a line higher, as the bands are too narrow for three names side by side
    bands.forEach(([a, b, k], i) => {
        if (b <= a) return;
        g.appendChild(s('rect', { x: X(a), y: m.t - 6, width: X(b) - X(a), height: rs.length * rowH + 6, fill: TYP_COLOURS[k] }));
        g.appendChild(s('text', { x: (X(a) + X(b)) / 2, y: m.t - (narrow && i === 1 ? 24 : 10), 'text-anchor': 'middle', class: 'tick band-label' }, t('typ.' + k)));
    });
    for (const v of [0, 25, 50, 75, 100])
        g.appendChild(s('text', { x: X(v), y: hgt - 6, 'text-anchor': v ? v === 100 && narrow ? 'end' : 'middle' : narrow ? 'start' : 'middle', class: 'tick' }, v + '%'));
    rs.forEach((r, i) => {
        const y = narrow ? m.t + (i + 1) * rowH - 10 : m.t + i * rowH + rowH / 2;
        const val = r.typology.value;
        if (narrow) g.appendChild(wrappedText(nameOf(r), w - m.l - m.r, { x: m.l, y: m.t + i * rowH + 12, class: 'tick row-name' }));
        else g.appendChild(s('text', { x: m.l - 8, y: y + 4, 'text-anchor': 'end', class: 'tick' }, nameOf(r)));
        if (val.max !== null && val.max !== undefined)
            g.appendChild(s('line', { x1: X(val.value), x2: X(val.max), y1: y, y2: y, class: 'range' }));
        const mid = val.max !== null && val.max !== undefined ? (val.value + val.max) / 2 : val.value;
        const c = s('circle', { cx: X(mid), cy: y, r: 6, class: 'pt typ-' + r.typology.class });
        c.appendChild(s('title', null, `${nameOf(r)}: ${rangeText(val)} (${r.typology.year}) — ${t('typ.' + r.typology.class)}`));
        g.appendChild(c);
    });
    const rows = rs.map(r => ({ region: r.region || r.id, year: r.typology.year, value: r.typology.value.value,
        max: r.typology.value.max, typology: r.typology.class }));
    return h('figure', { class: 'chart-box' }, [g, h('figcaption', null, chartFiles(g, `amur-regions-${by}`, rows, [
        { label: 'region', value: x => x.region }, { label: 'series', value: () => by }, { label: 'year', value: x => x.year },
        { label: 'value', value: x => x.value }, { label: 'max', value: x => x.max ?? '' }, { label: 'typology', value: x => x.typology },
    ]))]);
}

// A region's shares chart, and its files: the SVG and the figures behind it.
function shareFigure(r, series, span, depV, indV) {
    if (!series.length) return [];
    const chart = shareChart(series, { years: span, label: `${nameOf(r)}: ${t('rg.share')}`, thresholds: [[depV, 'dep'], [indV, 'ind']] });
    const rows = series.flatMap(se => se.points.map(p => ({ series: se.key, year: p.year, value: p.value, max: p.max })));
    return [chart, h('p', { class: 'chart-files-line' }, chartFiles(chart, `amur-${r.region || r.id}-shares`, rows, [
        { label: 'series', value: x => x.series }, { label: 'year', value: x => x.year },
        { label: 'value', value: x => x.value }, { label: 'max', value: x => x.max ?? '' },
    ]))];
}
