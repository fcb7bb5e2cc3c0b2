// Small pieces shared by the pages: badges, headers, claim values, the
// contradiction card.
import { h, fmtNum } from './dom.js';
import { href } from './api.js';
import { t, stageName, tierName, propName, sideName, nameOf } from './i18n.js';

const OFFICIAL = new Set(['federal', 'national-media']);
const GROUND = new Set(['regional', 'municipal', 'local-media']);

export function tierGroup(tier) {
    return OFFICIAL.has(tier) ? 'official' : GROUND.has(tier) ? 'ground' : 'other';
}

export function stageBadge(stage) {
    const st = stage || 'unknown';
    return h('span', { class: ['badge', 'stage', 'st-' + st] }, stageName(stage));
}

export function tierBadge(tier) {
    if (!tier) return h('span', { class: 'badge tier' }, '—');
    return h('span', { class: ['badge', 'tier', 'tier-' + tier, 'tg-' + tierGroup(tier)],
        title: tierGroup(tier) === 'official' ? t('pr.official') : tierGroup(tier) === 'ground' ? t('pr.ground') : null },
    tierName(tier));
}

export function flagBadge(key, cls) {
    return h('span', { class: ['badge', 'flag', cls || 'flag-' + key] }, t('flag.' + key));
}

export function pageHead(title, lead, extra) {
    return h('header', { class: 'page-head' }, [
        h('h1', { tabindex: '-1', id: 'page-title' }, title),
        lead ? h('p', { class: 'lead' }, lead) : null,
        extra || null,
    ]);
}

export function section(title, kids, attrs) {
    return h('section', Object.assign({ class: 'block' }, attrs || {}), [h('h2', null, title), kids]);
}

export function link(path, params, text, attrs) {
    return h('a', Object.assign({ href: href(path, params) }, attrs || {}), text);
}

// A link to the page of whatever an id names, from its prefix and kind.
export function subjectPath(kind, id) {
    switch (kind) {
    case 'project': return ['/project/' + id, null];
    case 'instrument': return ['/instrument/' + id, null];
    case 'place': return ['/map', { place: id }];
    case 'actor': return ['/actor/' + id, null];
    case 'source': return ['/source/' + id, null];
    default: break;
    }
    if (id.startsWith('prj-')) return ['/project/' + id, null];
    if (id.startsWith('ins-')) return ['/instrument/' + id, null];
    if (id.startsWith('act-')) return ['/actor/' + id, null];
    if (id.startsWith('src-')) return ['/source/' + id, null];
    return ['/claims', { subject: id }];
}

// A claim's value in words: stages and sides translated, units and scope kept.
export function claimValue(c) {
    let v = c.value ?? '';
    if (c.property === 'stage') v = stageName(v);
    const parts = [v];
    if (c.unit) parts.push(c.unit);
    let out = parts.join(' ');
    if (c.scope) out += ' [' + scopeWords(c.scope) + ']';
    return out;
}

export function scopeWords(scope) {
    if (!scope) return '';
    const obj = typeof scope === 'string'
        ? Object.fromEntries(scope.split(';').filter(Boolean).map(kv => kv.split('=')))
        : scope;
    return Object.entries(obj).map(([k, v]) =>
        k === 'side' ? sideName(v) : k === 'stage' ? stageName(v) : `${k.replace(/_/g, ' ')}: ${v}`).join(', ');
}

export function sourceTitle(src, id) {
    if (!src) return id || '';
    const pub = src.publisher ? ` — ${src.publisher}` : '';
    return (src.title || src.id) + pub;
}

// The source of a claim: its title, linking to its URL (when it has one).
export function sourceLink(src, id) {
    const title = sourceTitle(src, id);
    if (src && src.url && /^https?:\/\//i.test(src.url))
        return h('a', { href: src.url, class: 'ext source-link', rel: 'noopener noreferrer', target: '_blank' }, title);
    return h('span', { class: 'source-name' }, title);
}

// Whose words a claim's quote is (docs/dataset.md, quote_lang and via): "as
// reported in …, translated", the same rule as the command line's.
export function provenance(c, sources) {
    const src = sources.get(c.source) || {}, via = c.via ? sources.get(c.via) : null;
    const translated = c.quote_lang && src.language && c.quote_lang !== src.language;
    if (c.via) return t('prov.via', (via && (via.publisher || via.title)) || c.via) + (translated ? ', ' + t('prov.translated') : '');
    return translated ? t('prov.translated') : '';
}

// A claim that does not count for the stage, and the claim that sets it aside.
export function setAside(c) {
    if (c.ruled_out_by) return t('set.ruled', c.ruled_out_by);
    if (c.superseded_by) return t('set.superseded', c.superseded_by);
    return '';
}

export function quote(text) {
    if (!text) return null;
    return h('q', { class: 'quote' }, text);
}

// One contradiction: both claims side by side, with sources and tiers.
// NAMES (a Map of records by id, optional) gives the subject's names in
// every language; the contradiction itself has only its English name.
export function contradictionCard(c, sources, { showSubject = true, names = null } = {}) {
    const side = (cl, label) => h('div', { class: ['ct-side', 'tg-' + tierGroup(cl.tier)] }, [
        h('div', { class: 'ct-label' }, label),
        h('div', { class: 'ct-value' }, [h('strong', null, claimValue(cl)), ' ', tierBadge(cl.tier)]),
        quote(cl.quote),
        h('div', { class: 'ct-meta' }, [
            sourceLink(sources && sources.get(cl.source), cl.source), ' · ',
            h('span', null, cl.date || ''), cl.refers_to && cl.refers_to !== cl.date ? ` (${t('col.refers').toLowerCase()} ${cl.refers_to})` : '',
            ' · ', link('/claims', { subject: cl.subject, claim: cl.id }, cl.id, { class: 'claim-id' }),
        ]),
    ]);
    const [path, params] = subjectPath(null, c.subject);
    return h('article', { class: ['ct-card', c.official_ahead ? 'official-ahead' : null], id: 'ct-' + c.id }, [
        h('header', { class: 'ct-head' }, [
            showSubject ? link(path, params, nameOf((names && names.get(c.subject)) || c) || c.subject, { class: 'ct-subject' }) : null,
            h('span', { class: 'ct-prop' }, propName(c.property)),
            c.official_ahead ? flagBadge('official_ahead') : null,
            c.same_source ? flagBadge('same_source') : null,
            h('span', { class: 'muted' }, t('ct.severity', c.severity) + ' · ' + t('ct.gap', fmtNum(c.gap_days))),
        ]),
        h('div', { class: 'ct-pair' }, [side(c.a, 'A'), h('div', { class: 'ct-vs', 'aria-hidden': 'true' }, t('ct.vs')), side(c.b, 'B')]),
    ]);
}

export function filterBar(kids) {
    return h('form', { class: 'filters', onsubmit: (e) => e.preventDefault() }, kids);
}

// The list filters every list of the API takes (docs/api.md, "Lists"): words
// each row must hold (q) and, for a list with a dated field, a span of dates
// (from, to; partial dates such as 2019 or 2019-06 overlap). SET(changes)
// re-renders the page with them in its address, so the address reproduces
// the list; the server checks the values and says which one is wrong.
export function listFilters(f, set, { dated = null } = {}) {
    const words = h('input', { type: 'search', name: 'q', value: f.q || '', size: 18,
        placeholder: t('filter.wordsHint') });
    // a date applies when it changes, and when the field is left holding
    // another date than the address's (one carried over a redraw: app.js)
    const applyDate = (k, el) => { if (el.checkValidity() && el.value !== el.defaultValue) set({ [k]: el.value.trim() }); };
    const date = (k, label) => h('label', { class: 'field' }, [h('span', null, label),
        h('input', { name: k, value: f[k] || '', size: 10, inputmode: 'numeric', placeholder: t('filter.dateHint'),
            pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', onchange: e => applyDate(k, e.target), onblur: e => applyDate(k, e.target) })]);
    const apply = () => set({ q: words.value.trim() });
    words.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); apply(); } });
    return [
        h('label', { class: 'field' }, [h('span', null, t('filter.words')), words,
            h('button', { type: 'button', class: 'btn-link filter-apply', onclick: apply }, t('filter.apply'))]),
        dated ? h('span', { class: 'date-range', title: t('filter.datedBy', dated) },
            [date('from', t('filter.from')), date('to', t('filter.to'))]) : null,
    ];
}

export function select(label, name, options, value, onchange) {
    const sel = h('select', { name, onchange: (e) => onchange(e.target.value) },
        options.map(([v, text]) => h('option', { value: v, selected: v === (value || '') }, text)));
    return h('label', { class: 'field' }, [h('span', null, label), sel]);
}
