// Programmes: a scorecard per instrument with listings (/api/scorecards).
// Every number links to the records behind it: a stage count opens those
// listed projects, a reported aggregate its claim and source.
import { h, fmtNum, fmtPct } from '../dom.js';
import { api, href, sourcesById } from '../api.js';
import { t, stageName, sideName, nameOf, STAGES, codeName } from '../i18n.js';
import { pageHead, tierBadge, sourceLink, quote, scopeWords, link } from '../ui.js';
import { stackedBar, stageLegend } from '../charts.js';
import { table } from '../table.js';

export async function render(view) {
    const [data, sources] = await Promise.all([api('scorecards', { limit: 1000 }), sourcesById().catch(() => new Map())]);
    view.appendChild(pageHead(t('pg.title'), t('pg.lead')));
    const used = new Set();
    for (const sc of data.items) for (const k of Object.keys(sc.by_stage || {})) used.add(k);
    view.appendChild(stageLegend([...STAGES, 'untracked'].filter(k => used.has(k))));
    const list = h('div', { class: 'cards' });
    for (const sc of data.items) list.appendChild(scorecard(sc, sources, { title: true }));
    view.appendChild(list);
    view.appendChild(table(data.items, [
        { key: 'name', label: t('col.instrument'), value: r => nameOf(r), cell: r => link('/instrument/' + r.id, null, nameOf(r)) },
        { key: 'date', label: t('in.date'), value: r => r.date || '' },
        { key: 'listed', label: t('pg.listed'), value: r => r.listed, cls: 'num' },
        { key: 'tracked', label: t('pg.tracked'), value: r => r.tracked, cls: 'num' },
        ...STAGES.concat('untracked').filter(k => used.has(k)).map(k => ({ key: 'by_stage.' + k, raw: r => (r.by_stage || {})[k] || 0, label: stageName(k), value: r => (r.by_stage || {})[k] || 0, cls: 'num' })),
        { key: 'rates.implementation', raw: r => (r.rates && r.rates.implementation && r.rates.implementation.rate) ?? null, label: t('pg.impl'), value: r => rateText(r.rates && r.rates.implementation) },
        { key: 'rates.delivery', raw: r => (r.rates && r.rates.delivery && r.rates.delivery.rate) ?? null, label: t('pg.delivery'), value: r => rateText(r.rates && r.rates.delivery) },
        { key: 'rates.on_time', raw: r => (r.rates && r.rates.on_time && r.rates.on_time.rate) ?? null, label: t('pg.ontime'), value: r => rateText(r.rates && r.rates.on_time) },
        { key: 'median_slippage_days', label: t('pg.median'), value: r => r.median_slippage_days ?? '', cls: 'num' },
        { key: 'coverage.ratio', raw: r => (r.coverage && r.coverage.ratio) ?? null, label: t('pg.coverage'), value: r => r.coverage && r.coverage.ratio !== null && r.coverage.ratio !== undefined ? fmtPct(r.coverage.ratio, 1) : '' },
    ], { sortParam: 'sort', name: 'amur-programmes', caption: t('filter.showing', data.items.length, data.total) }));
}

function rateText(r) {
    if (!r || !r.denominator) return '';
    return `${r.numerator}/${r.denominator} (${fmtPct(r.rate)})`;
}

const SIDES = ['ru', 'cn', 'joint'];

// One scorecard: bars by stage (all, then each side), rates, coverage in
// words, and the reported aggregates beside the tracked figures.
export function scorecard(sc, sources, { title = false } = {}) {
    const id = sc.id;
    const segs = (by, side) => [...STAGES, 'untracked'].filter(k => by && by[k]).map(k => ({
        key: k, value: by[k], label: stageName(k) + (side ? ' — ' + sideName(side) : ''),
        href: href('/instrument/' + id, { stage: k, side: side || '' }),
    }));
    const max = Math.max(1, sc.listed || 0);
    const rows = [h('div', { class: 'bar-row' }, [
        h('span', { class: 'bar-label' }, [t('pg.all'), ' ', link('/instrument/' + id, null, String(sc.listed || 0), { class: 'num-link' })]),
        stackedBar(segs(sc.by_stage), { max, label: `${nameOf(sc)}: ${t('pg.byStage')}` }),
    ])];
    for (const side of SIDES) {
        const by = sc.by_side && sc.by_side[side];
        if (!by) continue;
        const n = Object.values(by).reduce((a, b) => a + b, 0);
        rows.push(h('div', { class: 'bar-row side' }, [
            h('span', { class: 'bar-label' }, [sideName(side), ' ', link('/instrument/' + id, { side }, String(n), { class: 'num-link' })]),
            stackedBar(segs(by, side), { max, height: 22, label: `${nameOf(sc)}: ${sideName(side)}` }),
        ]));
    }
    const rate = (key, label) => {
        const r = sc.rates && sc.rates[key];
        return h('div', { class: 'stat' }, [
            h('dt', null, label),
            h('dd', null, r && r.denominator ? [h('strong', null, fmtPct(r.rate)), ` (${r.numerator}/${r.denominator})`] : '—'),
        ]);
    };
    const rep = (sc.reported || []);
    return h('article', { class: 'card scorecard', id: 'sc-' + id }, [
        title ? h('h2', { class: 'card-title' }, link('/instrument/' + id, null, nameOf(sc))) : null,
        h('p', { class: 'meta' }, [codeName('instrument', sc.kind), sc.date ? ' · ' + sc.date : '', ' · ',
            link('/instrument/' + id, null, `${sc.listed} ${t('pg.listed').toLowerCase()}`), `, ${sc.tracked} ${t('pg.tracked')}`]),
        h('div', { class: 'bars' }, rows),
        h('dl', { class: 'stats' }, [
            rate('implementation', t('pg.impl')), rate('delivery', t('pg.delivery')), rate('on_time', t('pg.ontime')),
            h('div', { class: 'stat' }, [h('dt', null, t('pg.median')),
                h('dd', null, sc.median_slippage_days === null || sc.median_slippage_days === undefined ? '—'
                    : link('/instrument/' + id, { sort: '-delay_days', at: 'delivery' }, t('pg.days', fmtNum(sc.median_slippage_days)),
                        { class: 'median-link' }))]),
        ]),
        coverage(sc),
        rep.length ? h('div', { class: 'reported' }, [
            h('h3', null, t('pg.reported')),
            h('ul', { class: 'reported-list' }, rep.map(r => h('li', { class: 'reported-item' }, [
                h('div', { class: 'rep-figures' }, [
                    h('span', { class: 'rep-n' }, [
                        h('span', { class: 'muted' }, t('pg.reportedVs') + ' '),
                        link('/instrument/' + id, { claim: r.claim }, `${fmtNum(r.value)} ${r.unit || ''}`, { class: 'num-link' }),
                    ]),
                    r.item_level !== null && r.item_level !== undefined ? h('span', { class: 'rep-tracked' }, [
                        h('span', { class: 'muted' }, t('pg.itemLevel') + ' '),
                        link('/instrument/' + id, repFilter(r.scope), String(r.item_level), { class: 'num-link' }),
                    ]) : null,
                ]),
                h('div', { class: 'rep-scope' }, [scopeWords(r.scope),
                    r.unmatched && r.unmatched.length ? h('span', { class: 'muted' }, ' — ' + t('pg.unmatched', r.unmatched.join(', '))) : null]),
                quote(r.quote),
                h('div', { class: 'rep-source' }, [tierBadge(r.tier), ' ', sourceLink(sources.get(r.source), r.source), ' · ', r.date || '',
                    r.refers_to ? ` (${t('col.refers').toLowerCase()} ${r.refers_to})` : '']),
            ]))),
        ]) : null,
    ]);
}

function repFilter(scope) {
    const f = {};
    if (scope && scope.side) f.side = scope.side;
    if (scope && scope.stage) f.stage = scope.stage;
    return f;
}

function coverage(sc) {
    const c = sc.coverage;
    if (!c) return null;
    const parts = [];
    if (c.reported_total)
        parts.push(h('p', null, [t('pg.cov.total', c.listed, fmtNum(c.reported_total), fmtPct(c.ratio, 1)), ' ',
            c.claim ? link('/instrument/' + sc.id, { claim: c.claim }, '↗', { 'aria-label': c.claim, class: 'claim-ref' }) : null]));
    else parts.push(h('p', null, t('pg.cov.none', c.listed)));
    const sides = Object.entries(c.by_side || {}).filter(([, v]) => v.reported_total);
    if (sides.length)
        parts.push(h('ul', { class: 'coverage-sides' }, sides.map(([side, v]) => h('li', null, [
            t('pg.cov.side', sideName(side), v.listed, fmtNum(v.reported_total), fmtPct(v.ratio, 1)), ' ',
            v.claim ? link('/instrument/' + sc.id, { claim: v.claim }, '↗', { 'aria-label': v.claim, class: 'claim-ref' }) : null]))));
    return h('div', { class: 'coverage' }, [h('h3', null, t('pg.coverage')), parts]);
}
