// Contradictions (/api/contradictions): both quotes side by side, with their
// sources and tiers; official-ahead pairs flagged and filterable.
import { h } from '../dom.js';
import { api, apiAll, state, go, sourcesById } from '../api.js';
import { t, propName, tierName, nameOf } from '../i18n.js';
import { pageHead, contradictionCard, claimValue, sourceTitle } from '../ui.js';
import { downloads } from '../table.js';

export async function render(view) {
    const official = state.params.get('official_ahead') === 'true';
    const win = state.params.get('window') || '';
    const subject = state.params.get('subject') || '';
    const q = { official_ahead: official ? 'true' : '', window: win, subject };
    const [data, sources] = await Promise.all([
        api('contradictions', Object.assign({ limit: 2000 }, q)),
        sourcesById().catch(() => new Map()),
    ]);
    const set = (k, v) => go('/contradictions', Object.assign({ official_ahead: official ? 'true' : '', window: win, subject }, { [k]: v }));
    view.appendChild(pageHead(t('ct.title'), t('ct.lead')));
    const winInput = h('input', { type: 'number', min: 0, max: 3650, step: 1, value: win || 90, name: 'window', inputmode: 'numeric' });
    view.appendChild(h('form', { class: 'filters', onsubmit: e => { e.preventDefault(); set('window', winInput.value === '90' ? '' : winInput.value); } }, [
        h('label', { class: 'check' }, [h('input', { type: 'checkbox', name: 'official_ahead', checked: official,
            onchange: e => set('official_ahead', e.target.checked ? 'true' : '') }), ' ', t('ct.onlyOfficial')]),
        h('label', { class: 'field' }, [h('span', null, t('ct.window')), winInput]),
        h('button', { type: 'submit', class: 'btn' }, t('rg.apply')),
    ]));
    const rows = data.items;
    const side = (c, k) => ({
        [`${k}: ${t('col.value')}`]: r => claimValue(r[k]),
        [`${k}: ${t('col.tier')}`]: r => tierName(r[k].tier),
        [`${k}: ${t('col.source')}`]: r => sourceTitle(sources.get(r[k].source), r[k].source),
        [`${k}: URL`]: r => (sources.get(r[k].source) || {}).url || '',
        [`${k}: ${t('col.date')}`]: r => r[k].date || '',
        [`${k}: ${t('col.refers')}`]: r => r[k].refers_to || '',
        [`${k}: ${t('col.quote')}`]: r => r[k].quote || '',
        [`${k}: ${t('col.claim')}`]: r => r[k].id,
    });
    const cols = [
        { label: t('col.subject'), value: r => nameOf(r) || r.subject },
        { label: t('col.property'), value: r => propName(r.property) },
        { label: t('col.severity'), value: r => r.severity },
        { label: t('flag.official_ahead'), value: r => r.official_ahead ? t('yes') : t('no') },
        { label: t('col.gap'), value: r => r.gap_days },
        ...Object.entries(Object.assign(side(null, 'A'), side(null, 'B'))).map(([label, fn]) => ({
            label, value: r => fn({ A: r.a, B: r.b }) })),
    ];
    view.appendChild(h('div', { class: 'table-bar' }, [
        h('span', { class: 'table-caption' }, t('filter.showing', rows.length, data.total)),
        downloads(data.total > rows.length ? () => apiAll('contradictions', q) : () => rows, cols, 'amur-contradictions' + (official ? '-official-ahead' : '') + (state.asOf ? '-' + state.asOf : '')),
    ]));
    view.appendChild(rows.length ? h('div', { class: 'ct-list' }, rows.map(c => contradictionCard(c, sources)))
        : h('p', { class: 'muted' }, t('none')));
}
