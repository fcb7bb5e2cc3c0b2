// The JSON API (docs/api.md), and the page's state: the route, the as-of
// date and links that keep it. Only documented parameters are ever sent
// (the API answers 400 to any other).

export const state = {
    path: '/',        // the route, e.g. /project/prj-x
    params: new URLSearchParams(),
    asOf: '',         // '' means today
    today: '',        // the server's today, from /api/summary
};

// Reads the hash: #/path?query. The as-of date travels in the query as as_of.
export function parseHash() {
    let hash = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
    if (!hash.startsWith('/')) hash = '/' + hash;
    const q = hash.indexOf('?');
    state.path = q < 0 ? hash : hash.slice(0, q);
    state.params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    const a = state.params.get('as_of') || '';
    state.asOf = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(a) ? a : '';
    state.params.delete('as_of');
}

// A link inside the dashboard, keeping the as-of date.
export function href(path, params) {
    const p = new URLSearchParams();
    if (params) for (const [k, v] of Object.entries(params))
        if (v !== null && v !== undefined && v !== '') p.set(k, v);
    if (state.asOf) p.set('as_of', state.asOf);
    const q = p.toString();
    return '#' + path + (q ? '?' + q : '');
}

export function go(path, params) {
    location.hash = href(path, params);
}

export class ApiError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
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

// GET /api/<path> with params; `clock` adds as_of when the route takes it.
export async function api(path, params = {}, { clock = true, keep = false } = {}) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params))
        if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
    if (clock && state.asOf) p.set('as_of', state.asOf);
    const url = '/api/' + path + (p.toString() ? '?' + p : '');
    if (keep && cache.has(url)) return cache.get(url);
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch { body = null; }
    if (!res.ok) throw new ApiError(res.status, (body && body.error) || res.statusText);
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
