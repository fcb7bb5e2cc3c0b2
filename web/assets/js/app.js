// The dashboard: the page shell (navigation, search box, as-of control,
// language), hash routing (#/project/ID?as_of=2015) and the pages.
import { h, clear } from './dom.js';
import { state, parseHash, href, api } from './api.js';
import { LANGS, setLang, getLang, t, nameOf } from './i18n.js';
import * as overview from './pages/overview.js';
import * as programmes from './pages/programmes.js';
import * as instrument from './pages/instrument.js';
import * as projects from './pages/projects.js';
import * as project from './pages/project.js';
import * as contradictions from './pages/contradictions.js';
import * as regions from './pages/regions.js';
import * as map from './pages/map.js';
import * as search from './pages/search.js';
import * as claims from './pages/claims.js';
import * as analyses from './pages/analyses.js';
import * as records from './pages/records.js';
import * as changes from './pages/changes.js';
import * as apidoc from './pages/apidoc.js';
import * as review from './pages/review.js';

const NAV = [
    ['/', 'nav.overview'], ['/programmes', 'nav.programmes'], ['/projects', 'nav.projects'],
    ['/contradictions', 'nav.contradictions'], ['/slippage', 'nav.slippage'], ['/regions', 'nav.regions'],
    ['/map', 'nav.map'], ['/carryover', 'nav.carryover'], ['/risks', 'nav.risks'], ['/inflation', 'nav.inflation'],
    ['/changes', 'nav.changes'],
    ['/review', 'nav.review'],
];

const ROUTES = [
    [/^\/$/, overview.render],
    [/^\/programmes$/, programmes.render],
    [/^\/instrument\/([^/]+)$/, instrument.render],
    [/^\/projects$/, projects.render],
    [/^\/project\/([^/]+)$/, project.render],
    [/^\/contradictions$/, contradictions.render],
    [/^\/regions$/, regions.render],
    [/^\/map$/, map.render],
    [/^\/search$/, search.render],
    [/^\/claims$/, claims.render],
    [/^\/(slippage|carryover|risks|inflation)$/, analyses.render],
    [/^\/source\/([^/]+)$/, records.source],
    [/^\/actor\/([^/]+)$/, records.actor],
    [/^\/changes$/, changes.render],
    [/^\/api$/, apidoc.render],
    [/^\/review$/, review.render],
];

const LANG_KEY = 'amur.lang';
let renderToken = 0;
let focusTitle = false;

function storedLang() {
    try { return localStorage.getItem(LANG_KEY); } catch { return null; }
}

function chooseLang() {
    const saved = storedLang();
    if (saved && LANGS.some(([l]) => l === saved)) return saved;
    const nav = (navigator.language || 'en').slice(0, 2);
    return LANGS.some(([l]) => l === nav) ? nav : 'en';
}

// The shell's fixed words, in the chosen language.
function translateShell() {
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll('[data-i18n-ph]')) el.setAttribute('placeholder', t(el.dataset.i18nPh));
    for (const el of document.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
    document.getElementById('asof-box').setAttribute('title', t('ctl.asof.help'));
    document.getElementById('knownby-box').setAttribute('title', t('ctl.knownby.help'));
    const nav = clear(document.getElementById('nav'));
    for (const [path, key] of NAV)
        nav.appendChild(h('li', null, h('a', { href: href(path), 'data-path': path }, t(key))));
    markNav();
}

function markNav() {
    const section = state.path.startsWith('/project/') ? '/projects'
        : state.path.startsWith('/instrument/') ? '/programmes' : state.path;
    let here = '';
    for (const a of document.querySelectorAll('#nav a')) {
        a.setAttribute('href', href(a.dataset.path));
        if (a.dataset.path === section) { a.setAttribute('aria-current', 'page'); here = a.textContent; }
        else a.removeAttribute('aria-current');
    }
    document.getElementById('menu-here').textContent = here ? '· ' + here : '';
    setMenu(false);
    document.getElementById('brand').setAttribute('href', href('/'));
}

function syncControls() {
    const today = state.today || new Date().toISOString().slice(0, 10);
    const year = document.getElementById('asof-year');
    const date = document.getElementById('asof-date');
    const ty = Number(today.slice(0, 4));
    year.max = String(ty);
    date.max = today;
    const a = state.asOf;
    year.value = a ? a.slice(0, 4) : String(ty);
    date.value = a ? (a.length === 4 ? a + '-12-31' : a.length === 7 ? a + '-01' : a) : today;
    document.getElementById('asof-box').classList.toggle('past', !!a);
    document.getElementById('asof-today').hidden = !a;
    const k = state.knownBy;
    const kd = document.getElementById('knownby-date');
    kd.max = today;
    kd.value = k ? (k.length === 4 ? k + '-12-31' : k.length === 7 ? k + '-01' : k) : '';
    document.getElementById('knownby-box').classList.toggle('past', !!k);
    document.getElementById('knownby-all').hidden = !k;
    const q = document.getElementById('q');
    if (document.activeElement !== q) q.value = state.path === '/search' ? state.params.get('q') || '' : '';
}

// Changes the as-of date, keeping the page and its other parameters.
function setAsOf(value) {
    state.asOf = value;
    focusTitle = false;
    const params = Object.fromEntries(state.params.entries());
    location.hash = href(state.path, params);
}

function setKnownBy(value) {
    state.knownBy = value;
    focusTitle = false;
    location.hash = href(state.path, Object.fromEntries(state.params.entries()));
}

// The navigation as a menu on narrow screens (style.css shows the button).
function setMenu(open) {
    const btn = document.getElementById('menu-btn');
    btn.setAttribute('aria-expanded', open ? 'true' : 'false');
    document.getElementById('nav').classList.toggle('open', open);
}

function wireControls() {
    const year = document.getElementById('asof-year');
    const date = document.getElementById('asof-date');
    const today = () => state.today || new Date().toISOString().slice(0, 10);
    year.addEventListener('input', () => { date.value = year.value === today().slice(0, 4) ? today() : year.value + '-12-31'; });
    year.addEventListener('change', () => setAsOf(year.value === today().slice(0, 4) ? '' : year.value + '-12-31'));
    date.addEventListener('change', () => {
        if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) setAsOf(date.value >= today() ? '' : date.value);
    });
    document.getElementById('asof-today').addEventListener('click', () => setAsOf(''));
    const known = document.getElementById('knownby-date');
    known.addEventListener('change', () => {
        if (!known.value) setKnownBy('');
        else if (/^\d{4}-\d{2}-\d{2}$/.test(known.value)) setKnownBy(known.value >= today() ? '' : known.value);
    });
    document.getElementById('knownby-all').addEventListener('click', () => setKnownBy(''));
    const menu = document.getElementById('menu-btn');
    menu.addEventListener('click', () => setMenu(menu.getAttribute('aria-expanded') !== 'true'));
    const sel = document.getElementById('lang');
    for (const [l, name] of LANGS) sel.appendChild(h('option', { value: l, lang: l }, name));
    sel.value = getLang();
    sel.addEventListener('change', () => {
        setLang(sel.value);
        try { localStorage.setItem(LANG_KEY, sel.value); } catch { /* private mode */ }
        translateShell();
        focusTitle = false;
        route();
    });
    document.getElementById('search-form').addEventListener('submit', (e) => {
        e.preventDefault();
        const q = document.getElementById('q').value.trim();
        if (!q) return;
        focusTitle = true;
        location.hash = href('/search', { q });
    });
    document.addEventListener('click', (e) => {
        const a = e.target.closest && e.target.closest('a[href^="#/"]');
        if (a) focusTitle = true;
    });
}

// What the reader has typed into a list's filters and not yet applied: the
// page may be drawn anew meanwhile (for a filter applied a moment before),
// and the same page, drawn again, must not lose it, nor the field its focus.
function pendingEdits(main) {
    const edits = [];
    if (main.dataset.path !== state.path) return { edits, focus: null };
    for (const el of main.querySelectorAll('form.filters input[name]'))
        if (el.value !== el.defaultValue) edits.push([el.name, el.value]);
    const a = document.activeElement;
    return { edits, focus: a && main.contains(a) && a.closest('form.filters') ? a.name : null };
}

function carryEdits(p, view) {
    const field = name => [...view.querySelectorAll('form.filters [name]')].find(el => el.name === name);
    for (const [name, value] of p.edits) {
        const el = field(name);
        if (el && el.value === el.defaultValue) el.value = value;
    }
    return p.focus ? field(p.focus) : null;
}

async function route() {
    parseHash();
    markNav();
    syncControls();
    const token = ++renderToken;
    const main = document.getElementById('main');
    let match = null, fn = null;
    for (const [re, f] of ROUTES) if ((match = state.path.match(re))) { fn = f; break; }
    const view = h('div', { class: 'view' });
    main.setAttribute('aria-busy', 'true');
    const waiting = setTimeout(() => {
        if (token === renderToken) main.appendChild(h('p', { class: 'loading muted', role: 'status' }, t('load.wait')));
    }, 150);
    try {
        if (!fn) view.appendChild(await notFound());
        else await fn(view, ...match.slice(1).map(decodeURIComponent));
    } catch (e) {
        clear(view);
        if (e && e.status === 404) view.appendChild(await notFound(e, match));
        else if (e && e.status === 400) view.appendChild(badRequest(e));
        else if (e && e.computing) {
            // the whole database's findings are being computed: say so, ask again
            view.appendChild(h('p', { class: 'computing muted', role: 'status' }, t('load.computing')));
            setTimeout(() => { if (token === renderToken) route(); }, Math.min(e.retryAfter || 2, 2) * 1000);
        } else {
            view.appendChild(h('div', { class: 'error', role: 'alert' }, t('load.fail', e && e.message ? e.message : String(e))));
            console.error(e);
        }
    }
    clearTimeout(waiting);
    if (token !== renderToken) return;
    // the page's feed (overview, project, programme, search), under its title
    changes.decorate(view, fn && !view.querySelector('.bad-request, .not-found, .error, .computing') ? state.path : null, state.params);
    const refocus = carryEdits(pendingEdits(main), view);
    clear(main).appendChild(view);
    main.dataset.path = state.path;
    if (refocus) refocus.focus();
    main.removeAttribute('aria-busy');
    const title = view.querySelector('h1');
    document.title = (title ? title.textContent + ' — ' : '') + 'Amur';
    if (focusTitle && title) title.focus({ preventScroll: false });
    if (focusTitle && !state.params.get('claim')) window.scrollTo(0, 0);
    focusTitle = false;
    const at = state.params.get('at');
    const part = at && document.getElementById(at);
    if (part) part.scrollIntoView({ block: 'start' });
    const target = state.params.get('claim');
    if (target) {
        const row = document.getElementById('claim-' + target);
        if (row) {
            row.classList.add('target');
            row.scrollIntoView({ block: 'center' });
        }
    }
    document.dispatchEvent(new CustomEvent('amur:rendered', { detail: { path: state.path } }));
}

// A page whose record does not exist (the API answers 404): what is
// missing, the API's suggestion as a link, and a search box.
async function notFound(e, match) {
    const out = h('div', { class: 'not-found' }, [h('h1', { tabindex: '-1', id: 'page-title' }, t('nf.title'))]);
    const m = match && state.path.match(/^\/(project|instrument|source|actor)\/(.+)$/);
    if (!m) {
        out.appendChild(h('p', null, t('nf.text')));
        out.appendChild(h('p', null, h('a', { href: href('/') }, t('nav.overview'))));
        return out;
    }
    const [, kind, id] = m;
    out.appendChild(h('p', { class: 'nf-what' }, t('nf.record', t('kind.' + kind), id)));
    const words = id.replace(/^[a-z]{3}-/, '').replace(/[-_]+/g, ' ').trim();
    const keep = Object.fromEntries(state.params.entries());
    const sugg = e && e.message && e.message.match(/did you mean '([^']+)'/);
    const hits = sugg ? [{ id: sugg[1] }] : await similar(kind, words);
    if (hits.length) out.appendChild(h('p', { class: 'nf-suggest' }, [t('nf.mean') + ' ',
        hits.map((x, i) => [i ? ', ' : '', h('a', { href: href('/' + kind + '/' + x.id, keep) }, nameOf(x) || x.id)]), '?']));
    const input = h('input', { type: 'search', name: 'q', value: words, class: 'big-search', 'aria-label': t('ctl.search') });
    out.appendChild(h('form', { class: 'filters nf-search', role: 'search', onsubmit: (ev) => {
        ev.preventDefault();
        if (input.value.trim()) location.hash = href('/search', { q: input.value.trim(), kind });
    } }, [h('label', { class: 'field' }, [h('span', null, t('nf.search', t('kind.' + kind))), input]),
        h('button', { type: 'submit', class: 'btn' }, t('ctl.search'))]));
    return out;
}

// Records whose names match the words of a missing id: a search for all
// the words, then for fewer (the search wants every word), at most 5.
async function similar(kind, words) {
    const w = words.split(' ').filter(Boolean);
    if (kind !== 'project' && kind !== 'instrument' && kind !== 'actor' && kind !== 'source') return [];
    for (let n = w.length; n > 0 && n > w.length - 3; n--) {
        try {
            const r = await api('search', { q: w.slice(0, n).join(' '), kind, limit: 5 }, { clock: false });
            if (r.items.length) return r.items;
        } catch { return []; }
    }
    return [];
}

// A parameter the API refused (400): its own words, and the way back.
function badRequest(e) {
    const params = Object.fromEntries(state.params.entries());
    const bad = Object.keys(params).find(k => e.message.startsWith(k + ':') || e.message.includes(`'${params[k]}'`));
    const without = Object.assign({}, params);
    if (bad) delete without[bad];
    return h('div', { class: 'bad-request' }, [
        h('h1', { tabindex: '-1', id: 'page-title' }, t('bad.title')),
        h('p', { class: 'api-message', role: 'alert' }, e.message),
        h('p', null, [h('a', { href: href(state.path, bad ? without : {}) }, bad ? t('bad.without', bad) : t('bad.plain')),
            ' · ', h('a', { href: href('/') }, t('nav.overview'))]),
    ]);
}

// What the database holds and the server's today; asked again while the
// server is still computing its findings (503 computing).
async function loadSummary() {
    try {
        const sum = await api('summary', {}, { clock: false });
        state.today = sum.today;
        state.summary = sum;
    } catch (e) {
        if (e && e.computing) setTimeout(loadSummary, 2000);
        /* else the pages will say what failed */
    }
}

async function boot() {
    setLang(chooseLang());
    parseHash();
    translateShell();
    wireControls();
    await loadSummary();
    window.addEventListener('hashchange', route);
    await route();
}

boot();
