// One project (/api/project/{id}): its status, the staircase of promised
// dates against when each was made with the actual events, the stage claims
// over time, its claims (contradicted ones highlighted), the contradictions
// side by side, and its stakeholders for and against.
import { h, fmtNum } from '../dom.js';
import { api, state, placesById } from '../api.js';
import { t, stageName, propName, sideName, nameOf, otherNames, codeName } from '../i18n.js';
import { pageHead, section, stageBadge, flagBadge, tierBadge, link, quote, contradictionCard, tierGroup, sourceLink } from '../ui.js';
import { timeline, stageScatter, dumbbell, TIER_GROUP_COLOURS } from '../charts.js';
import { table } from '../table.js';
import { chartFiles } from '../chartfile.js';
import { claimsTable } from './claims.js';

const FOR = new Set(['owner', 'contractor', 'financier', 'supporter']);
const AGAINST = new Set(['opponent']);

export async function render(view, id) {
    const [d, places] = await Promise.all([api('project/' + encodeURIComponent(id)), placesById().catch(() => new Map())]);
    const p = d.project;
    const sources = new Map((d.sources || []).map(x => [x.id, x]));
    const aka = otherNames(p);
    view.appendChild(pageHead(nameOf(p), aka.length ? t('pr.otherNames') + ': ' + aka.join(' · ') : null));

    // status
    view.appendChild(h('div', { class: 'status-line' }, [
        stageBadge(p.stage),
        p.stage ? h('span', { class: 'muted' }, t('pr.confidence', fmtNum(p.confidence, 2))) : null,
        p.contested ? flagBadge('contested') : null,
        p.overridden ? flagBadge('overridden') : null,
        h('span', { class: 'muted' }, [codeName('project', p.kind), p.side ? ' · ' + sideName(p.side) : '',
            p.place ? [' · ', link('/map', { place: p.place }, nameOf(places.get(p.place)) || p.place)] : null]),
    ]));
    // delivery and parts (docs/analyses.md, "Delivery", "Parts")
    const st = d.status || {};
    view.appendChild(h('p', { class: 'status-line' }, [
        h('strong', null, st.delivered ? (st.delivery_date ? t('pr.delivered', st.delivery_date) : t('pr.deliveredUndated')) : t('pr.notDelivered')),
        (st.parts || []).length ? [' · ', t('pr.parts'), ': ', h('span', { class: 'parts' }, st.parts.map(pt =>
            h('span', null, [pt.scope.replace(/^side=/, '') + ' ', pt.stage ? stageBadge(pt.stage) : h('span', { class: 'muted' }, t('pr.noEvidence'))])))] : null,
    ]));
    if (p.note) view.appendChild(h('p', { class: 'note-text' }, p.note));

    // promised against actual: one row per promised date
    const late = (d.slippage || []).map(x => ({ label: propName(x.property) + (x.scope ? ` (${x.scope.replace(/(^|;)[a-z_]+=/g, '$1').replace(/;/g, ', ')})` : ''),
        first: x.first, final: x.final, actual: x.actual, daysLate: x.delay_days, delivered: x.delivered, overdue: x.overdue }));
    const db = late.length ? dumbbell(late, { asOf: state.asOf || state.today, label: t('pr.lateness') }) : null;
    const lateRows = (d.slippage || []);
    if (db) view.appendChild(section(t('pr.lateness'), h('figure', { class: 'chart-box' }, [db,
        h('figcaption', null, [t('pr.lateness.lead'), ' ', chartFiles(db, `amur-${id}-lateness`, lateRows, [
            { label: 'property', value: x => x.property }, { label: 'scope', value: x => x.scope || '' },
            { label: 'first', value: x => x.first || '' }, { label: 'final', value: x => x.final || '' },
            { label: 'actual', value: x => x.actual || '' }, { label: 'delay_days', value: x => x.delay_days ?? '' },
            { label: 'delivered', value: x => String(!!x.delivered) }, { label: 'overdue', value: x => String(!!x.overdue) },
        ])])]), { id: 'lateness' }));

    // the staircase
    const hist = (d.slippage || []).map(x => ({ label: propName(x.property), promises: x.promises, actual: x.actual }));
    const actuals = (d.claims || []).filter(c => /^actual_/.test(c.property) && c.value)
        .map(c => ({ label: propName(c.property), date: c.value, made: c.date, claim: c.id }));
    const stairs = hist.length || actuals.length ? timeline(hist, actuals, { asOf: state.asOf || state.today, label: t('pr.timeline') }) : null;
    const stairRows = [
        ...(d.slippage || []).flatMap(x => x.promises.map(p => ({ property: x.property, scope: x.scope, kind: p.kind, made: p.made, date: p.date, claim: p.claim || p.listing }))),
        ...actuals.map(a => ({ property: a.claim ? (d.claims.find(c => c.id === a.claim) || {}).property : '', scope: null, kind: 'actual', made: a.made, date: a.date, claim: a.claim })),
    ];
    const tl = stairs
        ? h('figure', { class: 'chart-box' }, [stairs,
            h('figcaption', null, [t('pr.timeline.lead'), ' ', chartFiles(stairs, `amur-${id}-promises-chart`, stairRows, [
                { label: 'property', value: x => x.property || '' }, { label: 'scope', value: x => x.scope || '' },
                { label: 'kind', value: x => x.kind || '' }, { label: 'made', value: x => x.made || '' },
                { label: 'date', value: x => x.date || '' }, { label: 'claim', value: x => x.claim || '' },
            ])])])
        : h('p', { class: 'muted' }, t('pr.timeline.none'));
    view.appendChild(section(t('pr.timeline'), tl, { id: 'timeline' }));

    // stage claims over time
    const stageClaims = (d.claims || []).filter(c => c.property === 'stage');
    const sc = stageScatter(stageClaims, tierGroup, { label: t('pr.stages') });
    if (sc) view.appendChild(section(t('pr.stages'), h('figure', { class: 'chart-box' }, [sc,
        h('figcaption', null, [t('pr.stages.lead'), ' ', h('ul', { class: 'legend inline' }, ['official', 'ground', 'other'].map(g =>
            h('li', null, [h('span', { class: 'dot', dataset: { g }, style: null, 'aria-hidden': 'true' }), t(g === 'official' ? 'pr.official' : g === 'ground' ? 'pr.ground' : 'pr.otherTier')])))])]), { id: 'stages' }));

    // promised dates, as a table
    const promRows = (d.slippage || []).flatMap(x => x.promises.map(pr => Object.assign({ property: x.property, overdue: x.overdue }, pr)));
    if (promRows.length) view.appendChild(section(t('pr.slippage'), table(promRows, [
        { key: 'property', label: t('col.property'), value: r => propName(r.property) },
        { key: 'made', label: t('col.made'), value: r => r.made || '' },
        { key: 'date', label: t('col.promised'), value: r => r.date || '' },
        { key: 'kind', label: t('col.change'), value: r => codeName('promise', r.kind), raw: r => r.kind || null },
        { key: 'tier', label: t('col.tier'), value: r => r.tier || '', cell: r => tierBadge(r.tier) },
        { key: 'source', label: t('col.source'), value: r => (sources.get(r.source) || {}).title || r.source || r.instrument || '',
          cell: r => r.source ? sourceLink(sources.get(r.source), r.source) : r.instrument ? link('/instrument/' + r.instrument, null, r.instrument) : '' },
        { key: 'quote', label: t('col.quote'), value: r => r.quote || '', cell: r => quote(r.quote), cls: 'quote-cell' },
        { key: 'claim', label: t('col.claim'), value: r => r.claim || r.listing || '', cls: 'id' },
    ], { name: `amur-${id}-promises`, sortParam: 'psort' }), { id: 'promises' }));

    // contradictions
    const contradicted = new Set();
    for (const c of d.contradictions || []) { contradicted.add(c.a.id); contradicted.add(c.b.id); }
    if ((d.contradictions || []).length)
        view.appendChild(section(t('pr.contradictions') + ` (${d.contradictions.length})`,
            h('div', { class: 'ct-list' }, d.contradictions.map(c => contradictionCard(c, sources, { showSubject: false }))),
            { id: 'contradictions', class: 'block contradictions' }));

    // claims
    view.appendChild(section(t('pr.claims') + ` (${(d.claims || []).length})`,
        claimsTable(d.claims || [], sources, { name: `amur-${id}-claims${state.asOf ? '-' + state.asOf : ''}`, contradicted, sortParam: 'sort' }), { id: 'claims' }));

    // stakeholders
    const stakes = d.stakes || [];
    if (stakes.length) {
        const col = (title, list, cls) => h('div', { class: ['stake-col', cls] }, [h('h3', null, title),
            list.length ? h('ul', { class: 'stakes' }, list.map(stakeItem)) : h('p', { class: 'muted' }, t('none'))]);
        const byInf = (a, b) => (b.influence || 0) - (a.influence || 0);
        view.appendChild(section(t('pr.stakes'), [
            h('div', { class: 'stake-cols' }, [
                col(t('pr.for'), stakes.filter(x => FOR.has(x.role)).sort(byInf), 'for'),
                col(t('pr.against'), stakes.filter(x => AGAINST.has(x.role)).sort(byInf), 'against'),
                col(t('pr.other'), stakes.filter(x => !FOR.has(x.role) && !AGAINST.has(x.role)).sort(byInf), 'other'),
            ]),
            table(stakes, [
                { key: 'actor_name', label: t('col.actor'), value: r => nameOf(r, 'actor_names', 'actor_name'),
                  cell: r => link('/actor/' + r.actor, null, nameOf(r, 'actor_names', 'actor_name')) },
                { key: 'role', label: t('col.role'), value: r => t('role.' + r.role) },
                { key: 'influence', label: t('col.influence'), value: r => r.influence ?? '', cls: 'num' },
                { key: 'from', label: t('col.years'), value: r => years(r) },
                { key: 'active', label: t('col.active'), value: r => r.active ? t('yes') : t('no') },
                { key: 'quote', label: t('col.quote'), value: r => r.quote || '', cls: 'quote-cell' },
                { key: 'note', label: t('col.note'), value: r => r.note || '', cls: 'note' },
                { key: 'actor', label: t('col.id'), value: r => r.actor, cls: 'id' },
            ], { name: `amur-${id}-stakeholders`, sortParam: 'ssort' }),
        ], { id: 'stakes' }));
    }

    // listings
    if ((d.listings || []).length) view.appendChild(section(t('pr.listings'), table(d.listings, [
        { key: 'instrument_name', label: t('col.instrument'), value: r => r.instrument_name || r.instrument, cell: r => link('/instrument/' + r.instrument, null, r.instrument_name || r.instrument) },
        { key: 'instrument_date', label: t('in.date'), value: r => r.instrument_date || '' },
        { key: 'side', label: t('col.side'), value: r => sideName(r.side) },
        { key: 'planned_end', label: t('col.planned'), value: r => r.planned_end || '' },
        { key: 'note', label: t('col.note'), value: r => r.note || '', cls: 'note' },
        { key: 'instrument', label: t('col.id'), value: r => r.instrument, cls: 'id' },
    ], { name: `amur-${id}-listings` }), { id: 'listings' }));

    // money its IATI reports state, added up (docs/analyses.md, "Money reported")
    const money = await api('flows', { project: id, limit: 1000 }).catch(() => null);
    if (money && money.items.length) view.appendChild(section(t('pr.money'), [
        h('p', { class: 'muted' }, t('pr.money.lead')),
        table(money.items, [
            { key: 'year', label: t('col.year'), value: r => r.year ?? '', cell: r => r.year ?? t('pr.money.undated'), cls: 'num' },
            { key: 'kind', label: t('col.kind'), value: r => t('flow.' + r.kind) },
            { key: 'type', label: t('col.flowtype'), value: r => r.type || '' },
            { key: 'currency', label: t('col.currency'), value: r => r.currency || '' },
            { key: 'total', label: t('col.total'), value: r => r.total, cell: r => fmtNum(r.total, 2), cls: 'num' },
            { key: 'count', label: t('col.flows'), value: r => r.count, cls: 'num' },
        ], { name: `amur-${id}-money` }),
    ], { id: 'money' }));
}

function years(r) {
    if (!r.from && !r.to) return '';
    return `${r.from || '?'}–${r.to || '?'}`;
}

function stakeItem(st) {
    const inf = st.influence || 0;
    return h('li', { class: ['stake', st.active ? 'active' : 'past'] }, [
        h('div', { class: 'stake-head' }, [
            h('strong', null, link('/actor/' + st.actor, null, nameOf(st, 'actor_names', 'actor_name'))),
            h('span', { class: 'role' }, t('role.' + st.role)),
            h('span', { class: 'influence', 'aria-label': `${t('col.influence')} ${inf}/5`, title: `${t('col.influence')} ${inf}/5` },
                [1, 2, 3, 4, 5].map(i => h('span', { class: i <= inf ? 'pip on' : 'pip', 'aria-hidden': 'true' }))),
            h('span', { class: 'muted' }, [years(st), ' · ', st.active ? t('pr.active') : t('pr.inactive')]),
        ]),
        quote(st.quote),
    ]);
}

export { TIER_GROUP_COLOURS };
