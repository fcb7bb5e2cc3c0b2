// Projects: every project with its resolved stage (/api/projects), filtered
// by stage, side, kind or place through the API's own parameters; each
// filter shows how many of the listed projects have each value (the API's
// facets, counted by the server over the filtered list). The server sorts
// and pages the list (sort=, limit, offset), so the order is the one order
// of every list (natural for ids, stages in ladder order) and a sort is of
// every row, not of one page.
import { h, fmtNum } from '../dom.js';
import { api, apiAll, apiPage, apiSort, state, href, refine, placesById } from '../api.js';
import { t, stageName, sideName, nameOf, STAGES, codeName } from '../i18n.js';
import { pageHead, stageBadge, flagBadge, link, filterBar, select, listFilters } from '../ui.js';
import { table } from '../table.js';

const PAGE = 500;

export async function render(view) {
    const f = {
        stage: state.params.get('stage') || '', side: state.params.get('side') || '',
        kind: state.params.get('kind') || '', place: state.params.get('place') || '', q: state.params.get('q') || '',
        publisher: state.params.get('publisher') || '',
    };
    const sorted = Object.assign({ sort: apiSort(state.params.get('sort')) }, f);
    const [list, places, facets] = await Promise.all([
        apiPage('projects', sorted, PAGE),
        placesById().catch(() => new Map()),
        api('projects', Object.assign({}, f, { facets: true, limit: 0 })).then(d => d.facets || {}).catch(() => ({})),
    ]);
    // "Operational (19)": counts of the list as filtered, for a filter not yet set
    const counted = (k, nullAs) => new Map((facets[k] || []).map(x => [x.value === null ? nullAs : String(x.value), x.count]));
    const withCount = (k, counts, v, text) => f[k] || !v ? text : `${text} (${fmtNum(counts.get(v) || 0)})`;
    const stages = counted('stage', 'unknown'), sides = counted('side', ''), kinds = counted('kind', '');
    // the publishers of the sources behind the projects (docs/analyses.md,
    // "Publishers"): after an IATI import, each reporting organisation
    const publishers = counted('publishers', '');
    const rows = list.items;
    const set = (k, v) => refine({ [k]: v });
    view.appendChild(pageHead(t('pj.title'), t('pj.lead')));
    view.appendChild(filterBar([
        select(t('col.stage'), 'stage', [['', t('filter.all')], ...[...STAGES, 'unknown'].map(s => [s, withCount('stage', stages, s, stageName(s))])], f.stage, v => set('stage', v)),
        select(t('col.side'), 'side', [['', t('filter.all')], ...['ru', 'cn', 'joint'].map(s => [s, withCount('side', sides, s, sideName(s))])], f.side, v => set('side', v)),
        f.kind ? chip(t('col.kind'), codeName('project', f.kind), () => set('kind', ''))
            : kinds.size ? select(t('col.kind'), 'kind', [['', t('filter.all')], ...[...kinds.keys()].filter(Boolean).map(k => [k, withCount('kind', kinds, k, codeName('project', k))])], '', v => set('kind', v)) : null,
        f.place ? chip(t('col.place'), nameOf(places.get(f.place)) || f.place, () => set('place', '')) : null,
        f.publisher ? chip(t('so.publisher'), f.publisher, () => set('publisher', ''))
            : publishers.size ? select(t('so.publisher'), 'publisher', [['', t('filter.all')], ...[...publishers.keys()].filter(Boolean).map(k => [k, withCount('publisher', publishers, k, k)])], '', v => set('publisher', v)) : null,
        ...listFilters(f, refine),
        (f.stage || f.side || f.kind || f.place || f.q || f.publisher) ? h('a', { href: href('/projects'), class: 'clear' }, t('filter.clear')) : null,
    ]));
    const placeName = (id) => id ? (nameOf(places.get(id)) || id) : '';
    view.appendChild(table(rows, [
        { key: 'name', label: t('col.name'), value: r => nameOf(r), cell: r => link('/project/' + r.id, null, nameOf(r)) },
        { key: 'kind', label: t('col.kind'), value: r => codeName('project', r.kind), raw: r => r.kind || null, cell: r => r.kind ? link('/projects', Object.assign({}, f, { kind: r.kind }), codeName('project', r.kind)) : '' },
        { key: 'side', label: t('col.side'), value: r => sideName(r.side) },
        { key: 'place', label: t('col.place'), value: r => placeName(r.place), cell: r => r.place ? link('/map', { place: r.place }, placeName(r.place)) : '' },
        { key: 'stage', label: t('col.stage'), value: r => stageName(r.stage), cell: r => stageBadge(r.stage) },
        { key: 'confidence', label: t('col.confidence'), value: r => r.stage ? fmtNum(r.confidence, 2) : '', cls: 'num' },
        { key: 'flags', sort: false, raw: r => [r.contested ? 'contested' : '', r.overridden ? 'overridden' : ''].filter(Boolean), label: t('col.flags'), value: r => [r.contested ? t('flag.contested') : '', r.overridden ? t('flag.overridden') : ''].filter(Boolean).join('; '),
          cell: r => [r.contested ? flagBadge('contested') : null, r.overridden ? flagBadge('overridden') : null] },
        { key: 'id', label: t('col.id'), value: r => r.id, cls: 'id' },
        { key: 'publishers', label: t('col.publishers'), value: r => (r.publishers || []).join('; '), raw: r => r.publishers || [], cls: 'hide' },
    ], { name: 'amur-projects' + (state.asOf ? '-' + state.asOf : ''), caption: t('filter.showing', rows.length, list.total),
         sortParam: 'sort', pageParam: 'page', pageSize: PAGE, sorted: true, total: list.total,
         all: () => apiAll('projects', sorted) }));
}

export function chip(label, value, onclear) {
    return h('span', { class: 'chip' }, [label + ': ', h('strong', null, value),
        h('button', { type: 'button', class: 'chip-x', 'aria-label': t('filter.clear'), onclick: onclear }, '×')]);
}
