// One instrument (/api/instrument/{id}): what it is, its scorecard, its
// listed projects (filtered by stage and side from the scorecard's links),
// and the claims about it with their sources.
import { h, fmtNum } from '../dom.js';
import { api, apiUrl, apiSort, state, href, projectsById, sourcesById, actorsById, placesById, instrumentsById } from '../api.js';
import { t, stageName, sideName, nameOf, otherNames, propName, codeName } from '../i18n.js';
import { pageHead, section, stageBadge, link, claimValue, scopeWords, flagBadge } from '../ui.js';
import { table } from '../table.js';
import { scorecard } from './programmes.js';
import { claimsTable } from './claims.js';
import { chip } from './projects.js';

// The parties of an instrument (actors or places, by id) by name, each
// linking to its page.
function partyLinks(ids, actors, places) {
    return ids.filter(Boolean).flatMap((pid, i) => {
        const a = actors.get(pid), p = places.get(pid);
        const el = a ? link('/actor/' + pid, null, nameOf(a) || pid)
            : p ? link('/map', { place: pid }, nameOf(p) || pid) : pid;
        return i ? [', ', el] : [el];
    });
}

export async function render(view, id) {
    // the programme's projects come sorted by the server (/api/delivery?sort=),
    // so the page and the CSV it offers are the same list in the same order
    const deliveryQuery = { instrument: id, sort: apiSort(state.params.get('sort')) };
    const none = () => new Map();
    const [d, projects, deliv, allSources, actors, places, instruments] = await Promise.all([api('instrument/' + encodeURIComponent(id)),
        projectsById().catch(none),
        api('delivery', Object.assign({ limit: 10000 }, deliveryQuery)),
        sourcesById().catch(none), actorsById().catch(none), placesById().catch(none), instrumentsById().catch(none)]);
    // A listing's side: its own, else its project's, else joint (as the scorecard counts).
    const listingSide = (l) => l.side || (projects.get(l.project) || {}).side || 'joint';
    const ins = d.instrument;
    const sources = new Map((d.sources || []).map(x => [x.id, x]));
    const aka = otherNames(ins);
    view.appendChild(pageHead(nameOf(ins), aka.length ? t('pr.otherNames') + ': ' + aka.join(' · ') : null));
    const facts = [
        [t('in.kind'), codeName('instrument', ins.kind)], [t('in.level'), codeName('level', ins.level)], [t('in.date'), ins.date],
        [t('in.valid'), ins.valid_from || ins.valid_to ? `${ins.valid_from || '…'} – ${ins.valid_to || '…'}` : null],
        [t('in.parties'), ins.parties ? partyLinks(ins.parties.split(';'), actors, places) : null],
        [t('in.parent'), ins.parent ? link('/instrument/' + ins.parent, null, nameOf(instruments.get(ins.parent)) || ins.parent) : null],
        [t('in.note'), ins.note],
    ].filter(([, v]) => v);
    view.appendChild(h('dl', { class: 'facts' }, facts.map(([k, v]) => h('div', null, [h('dt', null, k), h('dd', null, v)]))));

    if (d.scorecard) view.appendChild(section(t('in.scorecard'), scorecard(d.scorecard, sources)));

    if ((d.listings || []).length) view.appendChild(delivery(id, d, deliv.items, allSources,
        apiUrl('delivery', Object.assign({ format: 'csv' }, deliveryQuery))));

    const stage = state.params.get('stage') || '';
    const side = state.params.get('side') || '';
    const rows = (d.listings || []).filter(l =>
        (!stage || (l.stage || 'untracked') === stage) && (!side || listingSide(l) === side));
    const filt = [stage ? chip(t('col.stage'), stageName(stage), () => clearParam('stage')) : null,
        side ? chip(t('col.side'), sideName(side), () => clearParam('side')) : null];
    view.appendChild(section(t('in.listings'), [
        stage || side ? h('div', { class: 'filters' }, [filt, h('a', { href: href('/instrument/' + id), class: 'clear' }, t('filter.clear'))]) : null,
        table(rows, [
            { key: 'project_name', label: t('col.project'), value: r => nameOf(projects.get(r.project)) || r.project_name || r.project, cell: r => link('/project/' + r.project, null, nameOf(projects.get(r.project)) || r.project_name || r.project) },
            { key: 'side', label: t('col.side'), value: r => sideName(listingSide(r)), raw: listingSide },
            { key: 'stage', label: t('col.stage'), value: r => stageName(r.stage || 'untracked'), cell: r => stageBadge(r.stage || 'untracked') },
            { key: 'planned_end', label: t('col.planned'), value: r => r.planned_end || '' },
            { key: 'note', label: t('col.note'), value: r => r.note || '', cls: 'note' },
            { key: 'project', label: t('col.id'), value: r => r.project, cls: 'id' },
        ], { sortParam: 'lsort', name: `amur-${id}-listings${stage ? '-' + stage : ''}${side ? '-' + side : ''}`,
             caption: t('filter.showing', rows.length, (d.listings || []).length) }),
    ], { id: 'listings' }));

    view.appendChild(section(t('in.claims'), claimsTable(d.claims || [], sources, { name: `amur-${id}-claims`, valueOf: claimValue })));
}

function median(xs) {
    const v = xs.filter(x => x !== null && x !== undefined).sort((a, b) => a - b);
    if (!v.length) return null;
    const m = v.length >> 1;
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// The programme's projects, one row each (/api/delivery, docs/web.md): the
// promise that sets its days late, its first and latest promise, the
// actual date, days late, overdue, the sources of the promises.
function delivery(id, d, items, sources, csvHref) {
    const rows = items.map(r => Object.assign({}, r, { stage: r.stage || 'untracked' }));
    const sc = d.scorecard || {};
    const srcName = (s) => { const x = sources.get(s); return (x && (x.publisher || x.title)) || s; };
    const daysLate = (r) => r.delay_days === null || r.delay_days === undefined ? '' : r.delay_days;
    const slipLink = (r, text) => link('/slippage', { project: r.project, property: r.property || '' }, text);
    const overdue = rows.filter(r => r.overdue).length;
    const tracked = [
        [t('dv.listed'), link('/instrument/' + id, { at: 'listings' }, String(rows.length), { class: 'num-link' })],
        [t('dv.dated'), String(rows.filter(r => r.delay_days !== null).length)],
        [t('dv.delivered'), String(rows.filter(r => r.actual).length)],
        [t('col.overdue'), overdue ? link('/instrument/' + id, { sort: '-overdue', at: 'delivery' }, String(overdue), { class: 'num-link' }) : '0'],
        [t('pg.median'), median(rows.map(r => r.delay_days)) === null ? '—' : t('pg.days', fmtNum(median(rows.map(r => r.delay_days))))],
    ];
    const reported = (sc.reported || []).map(r => h('li', null, [
        link('/instrument/' + id, { claim: r.claim }, `${fmtNum(r.value)} ${r.unit || ''}`.trim(), { class: 'num-link' }),
        r.scope ? ' ' + scopeWords(r.scope) : '', h('span', { class: 'muted' }, ` (${r.date || ''}, `),
        link('/source/' + r.source, null, srcName(r.source)), h('span', { class: 'muted' }, ')')]));
    const beside = h('div', { class: 'beside' }, [
        h('div', { class: 'beside-col' }, [h('h3', null, t('dv.reported')),
            reported.length ? h('ul', { class: 'reported-brief' }, reported) : h('p', { class: 'muted' }, t('dv.noReported'))]),
        h('div', { class: 'beside-col' }, [h('h3', null, t('dv.tracked')),
            h('dl', { class: 'facts compact' }, tracked.map(([k, v]) => h('div', null, [h('dt', null, k), h('dd', null, v)])))]),
    ]);
    return section(t('dv.title'), [
        h('p', { class: 'muted' }, t('dv.lead')),
        beside,
        table(rows, [
            { key: 'name', label: t('col.project'), value: r => nameOf(r), cell: r => link('/project/' + r.project, null, nameOf(r)) },
            { key: 'stage', label: t('col.stage'), value: r => stageName(r.stage), cell: r => stageBadge(r.stage) },
            { key: 'property', label: t('dv.promise'), value: r => r.property ? propName(r.property) + (r.scope ? ` (${scopeWords(r.scope)})` : '') : '' },
            { key: 'first', label: t('col.first'), value: r => r.first || '', cls: 'date' },
            { key: 'final', label: t('col.final'), value: r => r.final || '', cls: 'date' },
            { key: 'actual', label: t('col.actual'), value: r => r.actual || '', cls: 'date' },
            { key: 'delay_days', label: t('col.daysLate'), value: daysLate, cls: 'num',
              cell: r => r.property ? slipLink(r, daysLate(r) === '' ? '—' : fmtNum(r.delay_days)) : '' },
            { key: 'overdue', label: t('col.overdue'), value: r => r.overdue ? t('yes') : t('no'),
              cell: r => r.overdue ? flagBadge('overdue') : t('no') },
            { key: 'sources', label: t('dv.sources'), sort: false, value: r => r.sources.join('; '), cell: r => r.sources.length
                ? h('details', { class: 'src-list' }, [h('summary', null, t('dv.nSources', r.sources.length)),
                    h('ul', null, r.sources.map(s => h('li', null, link('/source/' + s, null, srcName(s)))))]) : '' },
            { key: 'project', label: t('col.id'), value: r => r.project, cls: 'id' },
        ], { name: `amur-${id}-delivery${state.params.get('sort') ? '-by-' + state.params.get('sort') : ''}`, sortParam: 'sort',
             sorted: true, csvHref, caption: t('filter.showing', rows.length, rows.length) }),
    ], { id: 'delivery' });
}

function clearParam(k) {
    const p = Object.fromEntries(state.params.entries());
    delete p[k];
    location.hash = href(state.path, p);
}
