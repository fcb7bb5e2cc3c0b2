// The JSON API (docs/api.md), and the page's state: the route, the as-of
// date and links that keep it. Only documented parameters are ever sent
// (the API answers 400 to any other).

export const state = {
    path: '/',        // the route, e.g. /project/prj-x
    params: new URLSearchParams(),
    asOf: '',         // '' means today
    knownBy: '',      // '' means everything recorded so far
    today: '',        // the server's today, from /api/summary
};

// Reads an address's hash, #/path?query: the route, its parameters and the
// two clocks (as_of and known_by travel in the query).
function readHash(raw) {
    let hash = decodeURIComponent(raw.replace(/^#/, '')) || '/';
    if (!hash.startsWith('/')) hash = '/' + hash;
    const q = hash.indexOf('?');
    const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    const date = (k) => {
        const v = params.get(k) || '';
        params.delete(k);
        return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : '';
    };
    return { path: q < 0 ? hash : hash.slice(0, q), params, asOf: date('as_of'), knownBy: date('known_by') };
}

export function parseHash() {
    Object.assign(state, readHash(location.hash));
}

// Narrows or widens the list on screen: `changes` (an empty value removes
// its parameter) applied to the address as it is now, back on the list's
// first page, its order and clocks kept. The address, not the page as drawn:
// a second change made before the page is drawn anew must keep the first.
export function refine(changes) {
    const now = readHash(location.hash);
    for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === undefined || v === '') now.params.delete(k);
        else now.params.set(k, v);
    }
    now.params.delete('page');
    now.params.delete('claim');
    if (now.asOf) now.params.set('as_of', now.asOf);
    if (now.knownBy) now.params.set('known_by', now.knownBy);
    const q = now.params.toString();
    location.hash = '#' + now.path + (q ? '?' + q : '');
}

// The two clocks as address parameters.
export function clocks() {
    const c = {};
    if (state.asOf) c.as_of = state.asOf;
    if (state.knownBy) c.known_by = state.knownBy;
    return c;
}

// A link inside the dashboard, keeping the as-of and known-by dates.
export function href(path, params) {
    const p = new URLSearchParams();
    if (params) for (const [k, v] of Object.entries(params))
        if (v !== null && v !== undefined && v !== '') p.set(k, v);
    for (const [k, v] of Object.entries(clocks())) p.set(k, v);
    const q = p.toString();
    return '#' + path + (q ? '?' + q : '');
}

export function go(path, params) {
    location.hash = href(path, params);
}

export class ApiError extends Error {
    constructor(status, message, computing = false, retryAfter = 0) {
        super(message);
        this.status = status;
        // 503 while the server computes its findings over the whole database
        // (docs/api.md): the page says so and asks again after retryAfter s
        this.computing = computing;
        this.retryAfter = retryAfter;
    }
}

const cache = new Map();

// Every item of a paged list, page after page of the API's largest (10,000):
// what a download saves when the page shows only the first of them.
export async function apiAll(path, params = {}) {
    const items = [];
    for (;;) {
        const page = await api(path, Object.assign({}, params, { limit: 10000, offset: items.length }));
        items.push(...page.items);
        if (!page.items.length || items.length >= page.total) return items;
    }
}

// The address of /api/<path> with params; `clock` adds as_of and known_by.
export function apiUrl(path, params = {}, { clock = true } = {}) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params))
        if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
    if (clock) for (const [k, v] of Object.entries(clocks())) p.set(k, v);
    return '/api/' + path + (p.toString() ? '?' + p : '');
}

// A page's sort (a column's key, '-' before it for largest first) as the
// API's sort=: a name sorts by the name in the chosen language (names.ru),
// as the page shows it; the server's order is the one order of lists
// (natural for ids, stages in ladder order).
export function apiSort(v) {
    if (!v) return '';
    const desc = v.startsWith('-') ? '-' : '';
    const key = desc ? v.slice(1) : v;
    const lang = document.documentElement.lang || 'en';
    return desc + (key === 'name' && lang !== 'en' ? 'names.' + lang : key);
}

// A page of a list the server sorts and pages: the page PARAM of the
// address says (1 when absent), PAGE rows each; the last page when the
// address asks for one past it. Gives the API's {items, total, ...}.
export async function apiPage(path, params, size, param = 'page') {
    const n = Math.max(1, Number(state.params.get(param)) || 1);
    const d = await api(path, Object.assign({}, params, { limit: size, offset: (n - 1) * size }));
    if (!d.items.length && d.total > 0 && n > 1)
        return api(path, Object.assign({}, params, { limit: size, offset: Math.floor((d.total - 1) / size) * size }));
    return d;
}

// GET /api/<path> with params; `clock` adds as_of and known_by.
export async function api(path, params = {}, { clock = true, keep = false } = {}) {
    const url = apiUrl(path, params, { clock });
    if (keep && cache.has(url)) return cache.get(url);
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch { body = null; }
    if (!res.ok) throw new ApiError(res.status, (body && body.error) || res.statusText,
        res.status === 503 && !!(body && body.computing), Number(res.headers.get('Retry-After')) || 0);
    if (keep) cache.set(url, body);
    return body;
}

// The records of a list by id, for what does not change with the clocks
// (names, a project's side, a source's title): one request a session per
// list (the first 10,000; a failed request is tried again next time).
const byIdP = new Map();
function byId(path) {
    if (!byIdP.has(path)) byIdP.set(path, api(path, { limit: 10000 }, { clock: false })
        .then(d => new Map(d.items.map(x => [x.id, x])))
        .catch(e => { byIdP.delete(path); throw e; }));
    return byIdP.get(path);
}
export const sourcesById = () => byId('sources');
export const placesById = () => byId('places');
export const projectsById = () => byId('projects');
export const actorsById = () => byId('actors');
export const instrumentsById = () => byId('instruments');
