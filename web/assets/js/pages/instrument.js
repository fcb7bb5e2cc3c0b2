// One instrument (/api/instrument/{id}): what it is, its scorecard, its
// listed projects (filtered by stage and side from the scorecard's links),
// and the claims about it with their sources.
import { h } from '../dom.js';
import { api, state, href, projectsById } from '../api.js';
import { t, stageName, sideName, nameOf, otherNames } from '../i18n.js';
import { pageHead, section, stageBadge, link, claimValue } from '../ui.js';
import { table } from '../table.js';
import { scorecard } from './programmes.js';
import { claimsTable } from './claims.js';
import { chip } from './projects.js';

export async function render(view, id) {
    const [d, projects] = await Promise.all([api('instrument/' + encodeURIComponent(id)),
        projectsById().catch(() => new Map())]);
    // A listing's side: its own, else its project's, else joint (as the scorecard counts).
    const listingSide = (l) => l.side || (projects.get(l.project) || {}).side || 'joint';
    const ins = d.instrument;
    const sources = new Map((d.sources || []).map(x => [x.id, x]));
    const aka = otherNames(ins);
    view.appendChild(pageHead(nameOf(ins), aka.length ? t('pr.otherNames') + ': ' + aka.join(' · ') : null));
    const facts = [
        [t('in.kind'), ins.kind], [t('in.level'), ins.level], [t('in.date'), ins.date],
        [t('in.valid'), ins.valid_from || ins.valid_to ? `${ins.valid_from || '…'} – ${ins.valid_to || '…'}` : null],
        [t('in.parties'), ins.parties ? ins.parties.split(';').join(', ') : null],
        [t('in.parent'), ins.parent ? link('/instrument/' + ins.parent, null, ins.parent) : null],
        [t('in.note'), ins.note],
    ].filter(([, v]) => v);
    view.appendChild(h('dl', { class: 'facts' }, facts.map(([k, v]) => h('div', null, [h('dt', null, k), h('dd', null, v)]))));

    if (d.scorecard) view.appendChild(section(t('in.scorecard'), scorecard(d.scorecard, sources)));

    const stage = state.params.get('stage') || '';
    const side = state.params.get('side') || '';
    const rows = (d.listings || []).filter(l =>
        (!stage || (l.stage || 'untracked') === stage) && (!side || listingSide(l) === side));
    const filt = [stage ? chip(t('col.stage'), stageName(stage), () => clearParam('stage')) : null,
        side ? chip(t('col.side'), sideName(side), () => clearParam('side')) : null];
    view.appendChild(section(t('in.listings'), [
        stage || side ? h('div', { class: 'filters' }, [filt, h('a', { href: href('/instrument/' + id), class: 'clear' }, t('filter.clear'))]) : null,
        table(rows, [
            { label: t('col.project'), value: r => r.project_name || r.project, cell: r => link('/project/' + r.project, null, r.project_name || r.project) },
            { label: t('col.side'), value: r => sideName(listingSide(r)) },
            { label: t('col.stage'), value: r => stageName(r.stage || 'untracked'), cell: r => stageBadge(r.stage || 'untracked') },
            { label: t('col.planned'), value: r => r.planned_end || '' },
            { label: t('col.note'), value: r => r.note || '', cls: 'note' },
            { label: t('col.id'), value: r => r.project, cls: 'id' },
        ], { name: `amur-${id}-listings${stage ? '-' + stage : ''}${side ? '-' + side : ''}`,
             caption: t('filter.showing', rows.length, (d.listings || []).length) }),
    ], { id: 'listings' }));

    view.appendChild(section(t('in.claims'), claimsTable(d.claims || [], sources, { name: `amur-${id}-claims`, valueOf: claimValue })));
}

function clearParam(k) {
    const p = Object.fromEntries(state.params.entries());
    delete p[k];
    location.hash = href(state.path, p);
}
