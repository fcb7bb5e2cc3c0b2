// Projects: every project with its resolved stage (/api/projects), filtered
// by stage, side, kind or place through the API's own parameters.
import { h, fmtNum, append } from '../dom.js';
import { api, apiAll, state, go, href, placesById } from '../api.js';
import { t, stageName, sideName, nameOf, STAGES } from '../i18n.js';
import { pageHead, stageBadge, flagBadge, link, filterBar, select } from '../ui.js';
import { table } from '../table.js';

const PAGE = 500;

export async function render(view) {
    const f = {
        stage: state.params.get('stage') || '', side: state.params.get('side') || '',
        kind: state.params.get('kind') || '', place: state.params.get('place') || '',
    };
    const offset = Math.max(0, Number(state.params.get('offset')) || 0);
    const [data, places] = await Promise.all([
        api('projects', Object.assign({}, f, { limit: PAGE, offset })),
        placesById().catch(() => new Map()),
    ]);
    const set = (k, v) => go('/projects', Object.assign({}, f, { [k]: v }));
    view.appendChild(pageHead(t('pj.title'), t('pj.lead')));
    view.appendChild(filterBar([
        select(t('col.stage'), 'stage', [['', t('filter.all')], ...[...STAGES, 'unknown'].map(s => [s, stageName(s)])], f.stage, v => set('stage', v)),
        select(t('col.side'), 'side', [['', t('filter.all')], ['ru', sideName('ru')], ['cn', sideName('cn')], ['joint', sideName('joint')]], f.side, v => set('side', v)),
        f.kind ? chip(t('col.kind'), f.kind, () => set('kind', '')) : null,
        f.place ? chip(t('col.place'), nameOf(places.get(f.place)) || f.place, () => set('place', '')) : null,
        (f.stage || f.side || f.kind || f.place) ? h('a', { href: href('/projects'), class: 'clear' }, t('filter.clear')) : null,
    ]));
    const rows = data.items;
    const placeName = (id) => id ? (nameOf(places.get(id)) || id) : '';
    view.appendChild(table(rows, [
        { label: t('col.name'), value: r => nameOf(r), cell: r => link('/project/' + r.id, null, nameOf(r)) },
        { label: t('col.kind'), value: r => r.kind || '', cell: r => r.kind ? link('/projects', Object.assign({}, f, { kind: r.kind }), r.kind) : '' },
        { label: t('col.side'), value: r => sideName(r.side) },
        { label: t('col.place'), value: r => placeName(r.place), cell: r => r.place ? link('/map', { place: r.place }, placeName(r.place)) : '' },
        { label: t('col.stage'), value: r => stageName(r.stage), cell: r => stageBadge(r.stage) },
        { label: t('col.confidence'), value: r => r.stage ? fmtNum(r.confidence, 2) : '', cls: 'num' },
        { label: t('col.flags'), value: r => [r.contested ? t('flag.contested') : '', r.overridden ? t('flag.overridden') : ''].filter(Boolean).join('; '),
          cell: r => [r.contested ? flagBadge('contested') : null, r.overridden ? flagBadge('overridden') : null] },
        { label: t('col.id'), value: r => r.id, cls: 'id' },
    ], { name: 'amur-projects' + (state.asOf ? '-' + state.asOf : ''), caption: t('filter.showing', rows.length, data.total),
         all: data.total > rows.length ? () => apiAll('projects', f) : null }));
    append(view, pager(data, offset, f));
}

export function chip(label, value, onclear) {
    return h('span', { class: 'chip' }, [label + ': ', h('strong', null, value),
        h('button', { type: 'button', class: 'chip-x', 'aria-label': t('filter.clear'), onclick: onclear }, '×')]);
}

function pager(data, offset, f) {
    if (data.total <= PAGE) return null;
    return h('nav', { class: 'pager' }, [
        offset > 0 ? link('/projects', Object.assign({}, f, { offset: Math.max(0, offset - PAGE) }), '← ' + (offset - PAGE + 1)) : null,
        offset + PAGE < data.total ? link('/projects', Object.assign({}, f, { offset: offset + PAGE }), (offset + PAGE + 1) + ' →') : null,
    ]);
}
