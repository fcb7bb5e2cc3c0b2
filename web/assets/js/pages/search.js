// Search (/api/search): hits in English, Russian and Chinese, each with its
// snippet and the matched part marked (each part escaped: text nodes).
import { h, marked } from '../dom.js';
import { api, state, go } from '../api.js';
import { t, nameOf, propName } from '../i18n.js';
import { pageHead, link, subjectPath } from '../ui.js';
import { downloads } from '../table.js';

const KINDS = ['project', 'instrument', 'place', 'actor', 'source', 'claim'];

export async function render(view) {
    const q = (state.params.get('q') || '').trim();
    const kind = state.params.get('kind') || '';
    view.appendChild(pageHead(t('sr.title'), t('sr.lead')));
    const input = h('input', { type: 'search', name: 'q', value: q, 'aria-label': t('ctl.search'), class: 'big-search' });
    view.appendChild(h('form', { class: 'filters', role: 'search', onsubmit: e => { e.preventDefault(); if (input.value.trim()) go('/search', { q: input.value.trim(), kind }); } }, [
        input,
        h('label', { class: 'field' }, [h('span', null, t('sr.kind')), h('select', { name: 'kind', onchange: e => go('/search', { q, kind: e.target.value }) },
            [h('option', { value: '' }, t('filter.all')), ...KINDS.map(k => h('option', { value: k, selected: k === kind }, t('kind.' + k)))])]),
        h('button', { type: 'submit', class: 'btn' }, t('ctl.search')),
    ]));
    if (!q) { view.appendChild(h('p', { class: 'muted' }, t('sr.empty'))); return; }
    const data = await api('search', { q, kind, limit: 200 });
    const rows = data.items;
    const snippetText = r => r.snippet ? `${r.snippet.before || ''}${r.snippet.match || ''}${r.snippet.after || ''}` : '';
    view.appendChild(h('div', { class: 'table-bar' }, [
        h('span', { class: 'table-caption', role: 'status' }, rows.length ? t('sr.results', data.total, q) : t('sr.none', q)),
        rows.length ? downloads(() => rows, [
            { key: 'kind', raw: r => r.kind, label: t('col.kind'), value: r => t('kind.' + r.kind) },
            { key: 'name', label: t('col.name'), value: r => nameOf(r) || r.id },
            { key: 'field', raw: r => r.field || null, label: t('col.field'), value: r => fieldName(r) },
            { key: 'rank', raw: r => r.rank, label: t('col.rank'), value: r => t('rank.' + r.rank) },
            { key: 'match', label: t('col.match'), value: snippetText },
            { key: 'id', label: t('col.id'), value: r => r.id },
        ], 'amur-search') : null,
    ]));
    if (!rows.length) return;
    view.appendChild(h('ol', { class: 'results' }, rows.map(r => {
        const [path, params] = r.kind === 'claim'
            ? [subjectPath(null, r.subject)[0], Object.assign({}, subjectPath(null, r.subject)[1] || {}, { claim: r.id })]
            : subjectPath(r.kind, r.id);
        return h('li', { class: 'result' }, [
            h('div', { class: 'result-head' }, [
                h('span', { class: ['badge', 'kind', 'kind-' + r.kind] }, t('kind.' + r.kind)),
                link(path, params, r.kind === 'claim' ? (nameOf(r) || r.subject) : (nameOf(r) || r.id), { class: 'result-title' }),
                h('span', { class: 'muted' }, fieldName(r)),
            ]),
            r.snippet ? h('p', { class: 'snippet' }, marked(r.snippet.before, r.snippet.match, r.snippet.after)) : null,
        ]);
    })));
}

function fieldName(r) {
    const f = r.field || '';
    const m = f.match(/^name_(en|ru|zh)$/);
    if (m) return t('col.name') + ' (' + m[1] + ')';
    const base = { quote: t('col.quote'), note: t('col.note'), title: t('col.name'), value: t('col.value') }[f] || f;
    return r.property ? `${base} · ${propName(r.property)}` : base;
}
