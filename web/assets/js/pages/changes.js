// What changed (/api/changes): the changes between what was known on two
// dates, with since and until in the address; and the feeds (/feed.atom)
// and the watch list (/feeds.opml) that follow them. The watch list is
// the feeds a person picked, kept in this browser (localStorage).
import { h } from '../dom.js';
import { api, state, go, href } from '../api.js';
import { t } from '../i18n.js';
import { pageHead } from '../ui.js';

const KINDS = ['claims', 'stage', 'delivered', 'overdue', 'postponement', 'advance', 'contradiction', 'resolved'];
const TARGETS = ['project', 'instrument', 'region', 'q'];
const WATCH_KEY = 'amur.watch';

// ?a=b&c=d of the non-empty values of P.
function query(p) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(p)) if (v) q.set(k, v);
    const s = q.toString();
    return s ? '?' + s : '';
}

// The address of the feed of target {project|instrument|region|q: value}.
export function feedUrl(target) {
    return '/feed.atom' + query(target);
}

// The watch list: [{kind, id, name}], as kept in this browser.
function watchList() {
    try {
        const v = JSON.parse(localStorage.getItem(WATCH_KEY) || '[]');
        return Array.isArray(v) ? v.filter(x => x && TARGETS.includes(x.kind) && typeof x.id === 'string') : [];
    } catch { return []; }
}

function saveWatch(list) {
    try { localStorage.setItem(WATCH_KEY, JSON.stringify(list)); } catch { /* private mode */ }
}

// The OPML of the watch list, with absolute addresses for a feed reader.
function opmlUrl(list) {
    const p = { base: location.origin };
    for (const kind of ['project', 'instrument', 'region'])
        p[kind] = list.filter(x => x.kind === kind).map(x => x.id).join(',');
    const q = list.find(x => x.kind === 'q');
    if (q) p.q = q.id;
    return '/feeds.opml' + query(p);
}

// "Follow what changes: Atom feed · What changed here · Add to the watch
// list" for one target; NAME is how the watch list shows it.
export function feedBar(kind, id, name) {
    const target = { [kind]: id };
    const inList = () => watchList().some(x => x.kind === kind && x.id === id);
    const add = h('button', { type: 'button', class: 'btn-link feed-add' }, t(inList() ? 'feed.added' : 'feed.add'));
    add.disabled = inList();
    add.addEventListener('click', () => {
        const list = watchList().filter(x => !(x.kind === kind && (kind === 'q' || x.id === id)));
        list.push({ kind, id, name: name || id });
        saveWatch(list);
        add.textContent = t('feed.added');
        add.disabled = true;
    });
    return h('p', { class: 'feeds' }, [
        t('feed.follow'), ' ',
        h('a', { href: feedUrl(target), class: 'feed-link', type: 'application/atom+xml' }, t('feed.atom')),
        ' · ', h('a', { href: href('/changes', target), class: 'changes-link' }, t('feed.changes')),
        ' · ', add,
    ]);
}

// The feed of the page at PATH with PARAMS, for the pages that have one:
// {kind, id} or null. The overview's is the feed of every change.
export function feedOf(path, params) {
    let m;
    if (path === null) return null;
    if (path === '/') return { kind: null, id: null };
    if ((m = path.match(/^\/project\/([^/]+)$/))) return { kind: 'project', id: decodeURIComponent(m[1]) };
    if ((m = path.match(/^\/instrument\/([^/]+)$/))) return { kind: 'instrument', id: decodeURIComponent(m[1]) };
    if (path === '/search' && params.get('q')) return { kind: 'q', id: params.get('q') };
    return null;
}

// Adds the feed of the page just rendered into VIEW, under its title, and
// names it in the document's head for feed readers that look there.
export function decorate(view, path, params) {
    const f = feedOf(path, params);
    const old = document.getElementById('feed-alternate');
    if (old) old.remove();
    if (!f) return;
    const url = f.kind ? feedUrl({ [f.kind]: f.id }) : feedUrl({});
    document.head.appendChild(h('link', { id: 'feed-alternate', rel: 'alternate', type: 'application/atom+xml',
        title: t('feed.title'), href: url }));
    const title = view.querySelector('h1');
    const name = title ? title.textContent : f.id;
    const bar = f.kind ? feedBar(f.kind, f.id, f.kind === 'q' ? '“' + f.id + '”' : name)
        : h('p', { class: 'feeds' }, [t('feed.follow'), ' ',
            h('a', { href: url, class: 'feed-link', type: 'application/atom+xml' }, t('feed.atom')),
            ' · ', h('a', { href: href('/changes'), class: 'changes-link' }, t('nav.changes'))]);
    const head = view.querySelector('header.page-head') || (title && title.parentNode === view ? title : null);
    if (head && head.parentNode) head.parentNode.insertBefore(bar, head.nextSibling);
    else view.insertBefore(bar, view.firstChild);
}

// The page of the change's subject at both clocks on the day of the change.
function changeLink(c) {
    const at = new URLSearchParams({ as_of: c.date, known_by: c.date }).toString();
    const id = encodeURIComponent(c.subject);
    if (c.subject_kind === 'project' || c.subject_kind === 'instrument' || c.subject_kind === 'actor')
        return '#/' + c.subject_kind + '/' + id + '?' + at;
    if (c.subject_kind === 'place') return '#/map?place=' + id + '&' + at;
    return '#/claims?subject=' + id + '&' + at;
}

function claimLink(c, claim) {
    if (c.subject_kind === 'project')
        return '#/project/' + encodeURIComponent(c.subject) + '?' +
            new URLSearchParams({ claim, as_of: c.date, known_by: c.date }).toString();
    return '#/claims?' + new URLSearchParams({ subject: c.subject }).toString();
}

function row(c) {
    return h('tr', { class: 'change kind-' + c.kind, id: 'change-' + c.id.replace(/[^A-Za-z0-9_-]/g, '_') }, [
        h('td', { class: 'num' }, c.date),
        h('td', null, h('span', { class: 'badge' }, t('chg.kind.' + c.kind))),
        h('td', null, h('a', { href: changeLink(c) }, c.title)),
        h('td', null, [c.claims.map((id, i) => [i ? ', ' : '', h('a', { href: claimLink(c, id) }, id)]),
            c.listing ? 'listing ' + c.listing : null]),
    ]);
}

function watchSection() {
    const list = watchList();
    if (!list.length) return null;
    return h('section', { class: 'block watch' }, [
        h('h2', null, t('feed.list', list.length)),
        h('ul', null, list.map(x => h('li', null, [
            h('a', { href: feedUrl({ [x.kind]: x.id }), class: 'feed-link', type: 'application/atom+xml' }, x.name || x.id),
            ' ', h('button', { type: 'button', class: 'btn-link', 'aria-label': '×',
                onclick: () => { saveWatch(watchList().filter(y => !(y.kind === x.kind && y.id === x.id))); go('/changes', current()); } }, '×'),
        ]))),
        h('p', null, h('a', { href: opmlUrl(list), class: 'opml-link', download: 'amur-watch-list.opml' }, t('feed.opml'))),
    ]);
}

function current() {
    const p = {};
    for (const k of ['since', 'until', 'kind', ...TARGETS]) if (state.params.get(k)) p[k] = state.params.get(k);
    return p;
}

export async function render(view) {
    const p = current();
    // the page compares its own two dates: the header's clocks do not apply
    const data = await api('changes', Object.assign({ limit: 2000 }, p), { clock: false });
    const sum = data.summary || {};
    const since = h('input', { type: 'date', name: 'since', value: sum.since || '' });
    const until = h('input', { type: 'date', name: 'until', value: sum.until || '' });
    const kind = h('select', { name: 'kind' }, [h('option', { value: '' }, t('chg.all')),
        ...KINDS.map(k => h('option', { value: k, selected: p.kind === k }, t('chg.kind.' + k)))]);
    view.appendChild(pageHead(t('chg.title'), t('chg.lead')));
    const target = TARGETS.filter(k => p[k]).map(k => ({ [k]: p[k] }))[0] || {};
    view.appendChild(h('p', { class: 'feeds' }, [t('feed.follow'), ' ',
        h('a', { href: feedUrl(Object.assign({}, target, p.kind ? { kind: p.kind } : {})), class: 'feed-link',
            type: 'application/atom+xml' }, t('feed.atom'))]));
    view.appendChild(h('form', { class: 'filters', onsubmit: e => {
        e.preventDefault();
        go('/changes', Object.assign({}, p, { since: since.value, until: until.value, kind: kind.value }));
    } }, [
        h('label', { class: 'field' }, [h('span', null, t('chg.since')), since]),
        h('label', { class: 'field' }, [h('span', null, t('chg.until')), until]),
        h('label', { class: 'field' }, [h('span', null, t('chg.kind')), kind]),
        h('button', { type: 'submit', class: 'btn' }, t('rg.apply')),
    ]));
    const watching = TARGETS.filter(k => p[k]).map(k => p[k]);
    if (watching.length) view.appendChild(h('p', { class: 'muted' }, [t('chg.watching', watching.join(', ')), ' · ',
        h('a', { href: href('/changes', { since: p.since, until: p.until, kind: p.kind }) }, t('filter.clear'))]));
    view.appendChild(h('p', { class: 'table-caption', id: 'changes-count' },
        t('chg.count', data.total, sum.since || '', sum.until || '')));
    const items = data.items.slice().reverse(); // newest first, as a feed reader shows them
    if (items.length) view.appendChild(h('table', { class: 'data changes' }, [
        h('thead', null, h('tr', null, [t('chg.date'), t('chg.kind'), t('chg.change'), t('chg.claims')].map(x => h('th', { scope: 'col' }, x)))),
        h('tbody', null, items.map(row)),
    ]));
    else view.appendChild(h('p', { class: 'muted' }, t('none')));
    const w = watchSection();
    if (w) view.appendChild(w);
}
