// Claims (/api/claims), filtered by subject, source or property; and the
// claims table the project and instrument pages share.
import { h } from '../dom.js';
import { api, apiAll, state, refine, sourcesById, placesById, projectsById } from '../api.js';
import { t, propName, tierName, nameOf, TIERS } from '../i18n.js';
import { pageHead, tierBadge, sourceLink, sourceTitle, quote, claimValue, flagBadge, link, subjectPath, provenance, setAside, listFilters } from '../ui.js';
import { table } from '../table.js';
import { chip } from './projects.js';
import { citeButton } from '../cite.js';

export function claimsTable(claims, sources, { name = 'amur-claims', contradicted = new Set(), showSubject = false, caption = null, all = null,
    sortParam = null, pageParam = null } = {}) {
    const cols = [
        { key: 'date', label: t('col.date'), value: r => r.date || '', cls: 'date' },
        { key: 'refers_to', label: t('col.refers'), value: r => r.refers_to || '', cls: 'date' },
    ];
    if (showSubject) cols.push({ key: 'subject', label: t('col.subject'), value: r => r.subject,
        cell: r => { const [p, q] = subjectPath(null, r.subject); return link(p, q, r.subject); } });
    cols.push(
        { key: 'property', label: t('col.property'), value: r => propName(r.property) },
        { key: 'value', label: t('col.value'), value: r => claimValue(r), cell: r => [h('span', { class: 'value' }, claimValue(r)),
            contradicted.has(r.id) ? [' ', flagBadge('contradicted')] : null] },
        { key: 'tier', label: t('col.tier'), value: r => tierName(r.tier), cell: r => tierBadge(r.tier) },
        { key: 'source', label: t('col.source'), value: r => sourceTitle(sources.get(r.source), r.source),
          raw: r => r.source, cell: r => [sourceLink(sources.get(r.source), r.source), ' ',
              link('/source/' + r.source, null, t('so.page'), { class: 'src-page', title: r.source })] },
        { key: 'quote', label: t('col.quote'), value: r => r.quote || '', cell: r => quote(r.quote), cls: 'quote-cell' },
        { key: 'provenance', label: t('col.provenance'), value: r => provenance(r, sources), cell: r => h('span', { class: 'provenance' }, provenance(r, sources)) },
        { key: 'note', label: t('col.note'), value: r => r.note || '', cls: 'note' },
        { key: 'set_aside_by', label: t('col.setAside'), value: r => setAside(r), raw: r => r.ruled_out_by || r.superseded_by || null,
          cell: r => setAside(r) ? h('a', { class: 'set-aside', href: '#claim-' + (r.ruled_out_by || r.superseded_by) }, setAside(r)) : '' },
        { key: 'locator', label: t('col.locator'), value: r => r.locator || '', cls: 'note' },
        { key: 'id', label: t('col.claim'), value: r => r.id, cls: 'id',
          cell: r => [h('span', null, r.id), ' ', citeButton(r, sources.get(r.source))] },
    );
    // the source's URL goes into the files too
    cols.push({ key: 'url', label: 'URL', value: r => (sources.get(r.source) || {}).url || '', cell: () => null, cls: 'hide' });
    return table(claims, cols, { name, caption, all, sortParam, pageParam,
        rowAttrs: r => ({ id: 'claim-' + r.id, class: contradicted.has(r.id) ? 'contradicted' : null }) });
}

export async function render(view) {
    const f = { subject: state.params.get('subject') || '', source: state.params.get('source') || '',
        property: state.params.get('property') || '', q: state.params.get('q') || '',
        from: state.params.get('from') || '', to: state.params.get('to') || '' };
    const [data, sources, places, projects] = await Promise.all([
        api('claims', Object.assign({ limit: 5000 }, f)),
        sourcesById().catch(() => new Map()),
        placesById().catch(() => new Map()),
        projectsById().catch(() => new Map()),
    ]);
    const tier = state.params.get('tier') || '';
    const ofTier = (items) => tier ? items.filter(c => c.tier === tier) : items;
    const rows = ofTier(data.items);
    const subjName = f.subject ? (nameOf(projects.get(f.subject)) || nameOf(places.get(f.subject)) || f.subject) : '';
    const title = f.subject ? t('cl.about', subjName) : f.source ? t('cl.from', sourceTitle(sources.get(f.source), f.source)) : t('cl.title');
    view.appendChild(pageHead(title, t('cl.lead')));
    view.appendChild(h('form', { class: 'filters', onsubmit: e => e.preventDefault() }, [
        h('label', { class: 'field' }, [h('span', null, t('col.tier')),
            h('select', { onchange: e => refine({ tier: e.target.value }) }, [h('option', { value: '' }, t('filter.all')),
                ...TIERS.map(x => h('option', { value: x, selected: x === tier }, tierName(x)))])]),
        f.source && sources.get(f.source) ? h('span', { class: 'chip' }, sourceLink(sources.get(f.source), f.source)) : null,
        f.subject ? chip(t('col.subject'), subjName, () => refine({ subject: '' })) : null,
        f.source ? chip(t('col.source'), f.source, () => refine({ source: '' })) : null,
        f.property ? chip(t('col.property'), propName(f.property), () => refine({ property: '' })) : null,
        ...listFilters(f, refine, { dated: t('col.date') }),
    ]));
    view.appendChild(claimsTable(rows, sources, { name: 'amur-claims' + (f.subject ? '-' + f.subject : '') + (f.source ? '-' + f.source : ''),
        showSubject: !f.subject, caption: t('filter.showing', rows.length, data.total), sortParam: 'sort', pageParam: 'page',
        all: data.total > data.items.length ? () => apiAll('claims', f).then(ofTier) : null }));
}
