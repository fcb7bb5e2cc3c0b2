// Contradictions (/api/contradictions): both quotes side by side, with their
// sources and tiers; official-ahead pairs flagged and filterable.
import { h } from '../dom.js';
import { api, apiAll, state, go, sourcesById, projectsById, instrumentsById } from '../api.js';
import { t, propName, tierName, nameOf } from '../i18n.js';
import { pageHead, contradictionCard, claimValue, sourceTitle } from '../ui.js';
import { downloads } from '../table.js';

export async function render(view) {
    const official = state.params.get('official_ahead') === 'true';
    const win = state.params.get('window') || '';
    const subject = state.params.get('subject') || '';
    const q = { official_ahead: official ? 'true' : '', window: win, subject };
    const [data, sources, projects, instruments] = await Promise.all([
        api('contradictions', Object.assign({ limit: 2000 }, q)),
        sourcesById().catch(() => new Map()),
        projectsById().catch(() => new Map()),
        instrumentsById().catch(() => new Map()),
    ]);
    // the subjects' names in the chosen language
    const names = new Map([...instruments, ...projects]);
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
    // one column per field of each claim: a.value, a.tier, ... b.claim
    const side = (k) => [
        ['value', t('col.value'), c => claimValue(c), c => c.value ?? null],
        ['tier', t('col.tier'), c => tierName(c.tier), c => c.tier || null],
        ['source', t('col.source'), c => sourceTitle(sources.get(c.source), c.source), c => c.source || null],
        ['url', 'URL', c => (sources.get(c.source) || {}).url || '', c => (sources.get(c.source) || {}).url || null],
        ['date', t('col.date'), c => c.date || '', c => c.date || null],
        ['refers_to', t('col.refers'), c => c.refers_to || '', c => c.refers_to || null],
        ['quote', t('col.quote'), c => c.quote || '', c => c.quote || null],
        ['id', t('col.claim'), c => c.id, c => c.id],
    ].map(([f, label, value, raw]) => ({ key: k.toLowerCase() + '.' + f, label: `${k}: ${label}`,
        value: r => value(r[k.toLowerCase()]), raw: r => raw(r[k.toLowerCase()]) }));
    const cols = [
        { key: 'subject', label: t('col.subject'), value: r => nameOf(names.get(r.subject) || r) || r.subject, raw: r => r.subject },
        { key: 'property', label: t('col.property'), value: r => propName(r.property) },
        { key: 'severity', label: t('col.severity'), value: r => r.severity },
        { key: 'official_ahead', label: t('flag.official_ahead'), value: r => r.official_ahead ? t('yes') : t('no') },
        { key: 'gap_days', label: t('col.gap'), value: r => r.gap_days },
        ...side('A'), ...side('B'),
    ];
    view.appendChild(h('div', { class: 'table-bar' }, [
        h('span', { class: 'table-caption' }, t('filter.showing', rows.length, data.total)),
        downloads(data.total > rows.length ? () => apiAll('contradictions', q) : () => rows, cols, 'amur-contradictions' + (official ? '-official-ahead' : '') + (state.asOf ? '-' + state.asOf : '')),
    ]));
    view.appendChild(rows.length ? h('div', { class: 'ct-list' }, rows.map(c => contradictionCard(c, sources, { names })))
        : h('p', { class: 'muted' }, t('none')));
}
