// Pages for the records that others cite or involve: a source (its record
// and every claim citing it) and an actor (its stakes and its projects). Names and records come from /api/sources and
// /api/actors (once a session); claims and stakes from the API with the clocks.
import { h } from '../dom.js';
import { api, apiAll, ApiError, sourcesById, actorsById, projectsById } from '../api.js';
import { t, nameOf, otherNames, stageName, codeName, countryName, languageName } from '../i18n.js';
import { pageHead, section, tierBadge, link, quote, stageBadge } from '../ui.js';
import { table } from '../table.js';
import { claimsTable } from './claims.js';

// A list the API refuses as naming nothing (no claim cites this source yet,
// as of the clocks) is an empty list here.
async function listOrEmpty(path, params) {
    try {
        return (await api(path, Object.assign({ limit: 10000 }, params))).items;
    } catch (e) {
        if (e.status === 400 || e.status === 404) return [];
        throw e;
    }
}

function facts(list) {
    return h('dl', { class: 'facts' }, list.filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => h('div', null, [h('dt', null, k), h('dd', null, v)])));
}

export async function source(view, id) {
    const sources = await sourcesById();
    const src = sources.get(id);
    if (!src) throw new ApiError(404, `no source '${id}'`);
    const claims = await listOrEmpty('claims', { source: id });
    view.appendChild(pageHead(src.title || src.id, src.publisher || null));
    const url = src.url && /^https?:\/\//i.test(src.url)
        ? h('a', { href: src.url, class: 'ext source-link', rel: 'noopener noreferrer', target: '_blank' }, src.url) : src.url;
    view.appendChild(facts([
        [t('so.publisher'), src.publisher], [t('so.authors'), src.authors], [t('col.date'), src.date],
        [t('so.language'), languageName(src.language)], [t('col.tier'), src.tier ? tierBadge(src.tier) : null],
        ['URL', url], [t('so.accessed'), src.accessed], [t('so.ref'), src.ref], [t('col.note'), src.note],
        [t('col.id'), h('code', null, src.id)],
    ]));
    view.appendChild(section(t('so.claims', claims.length), claimsTable(claims, sources,
        { name: `amur-${id}-claims`, showSubject: true, sortParam: 'sort', pageParam: 'page' }), { id: 'claims' }));
}

export async function actor(view, id) {
    const [actors, projects, sources] = await Promise.all([actorsById(), projectsById().catch(() => new Map()),
        sourcesById().catch(() => new Map())]);
    const a = actors.get(id);
    if (!a) throw new ApiError(404, `no actor '${id}'`);
    // every stake, filtered here: the API refuses an actor without stakes (400)
    const stakes = (await apiAll('stakes')).filter(s => s.actor === id);
    const aka = otherNames(a);
    view.appendChild(pageHead(nameOf(a) || a.id, aka.length ? t('pr.otherNames') + ': ' + aka.join(' · ') : null));
    const parent = a.parent ? actors.get(a.parent) : null;
    view.appendChild(facts([
        [t('col.kind'), codeName('actor', a.kind)], [t('ac.country'), countryName(a.country)],
        [t('col.place'), a.place ? link('/map', { place: a.place }, a.place) : null],
        [t('in.parent'), a.parent ? link('/actor/' + a.parent, null, nameOf(parent) || a.parent) : null],
        [t('col.source'), a.source ? link('/source/' + a.source, null, (sources.get(a.source) || {}).title || a.source) : null],
        [t('col.note'), a.note], [t('col.id'), h('code', null, a.id)],
    ]));
    const pname = (pid) => nameOf(projects.get(pid)) || pid;
    const years = (r) => r.from || r.to ? `${r.from || '?'}–${r.to || '?'}` : '';
    view.appendChild(section(t('ac.stakes', stakes.length), table(stakes, [
        { key: 'project', label: t('col.project'), value: r => pname(r.project), cell: r => link('/project/' + r.project, null, pname(r.project)) },
        { key: 'role', label: t('col.role'), value: r => t('role.' + r.role) },
        { key: 'influence', label: t('col.influence'), value: r => r.influence ?? '', cls: 'num' },
        { key: 'from', label: t('col.years'), value: years },
        { key: 'quote', label: t('col.quote'), value: r => r.quote || '', cell: r => quote(r.quote), cls: 'quote-cell' },
        { key: 'source', label: t('col.source'), value: r => r.source || '', cell: r => r.source ? link('/source/' + r.source, null, (sources.get(r.source) || {}).title || r.source) : '' },
        { key: 'id', label: t('col.id'), value: r => r.id, cls: 'id' },
    ], { name: `amur-${id}-stakes`, sortParam: 'sort' }), { id: 'stakes' }));
    const ids = [...new Set(stakes.map(s => s.project))];
    const rows = ids.map(pid => Object.assign({ id: pid, roles: stakes.filter(s => s.project === pid).map(s => s.role) },
        projects.get(pid) || {}));
    view.appendChild(section(t('ac.projects', rows.length), table(rows, [
        { key: 'name', label: t('col.name'), value: r => nameOf(r) || r.id, cell: r => link('/project/' + r.id, null, nameOf(r) || r.id) },
        { key: 'stage', label: t('col.stage'), value: r => stageName(r.stage), cell: r => stageBadge(r.stage) },
        { key: 'roles', label: t('col.role'), value: r => r.roles.map(x => t('role.' + x)).join(', '), raw: r => r.roles },
        { key: 'id', label: t('col.id'), value: r => r.id, cls: 'id' },
    ], { name: `amur-${id}-projects`, sortParam: 'psort' }), { id: 'projects' }));
}
