// The API, read from its own OpenAPI document (/api/openapi.json, the same
// document as docs/openapi.json, written from the route and parameter
// tables): every route with what it answers, its parameters (where, type,
// default, allowed values, help) and a "try it" link that the fields beside
// it fill in. Nothing here knows a route by name.
import { h } from '../dom.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { pageHead, section } from '../ui.js';

// A parameter's type in a word: string, integer, date, one of a list.
function typeOf(p) {
    const sc = p.schema || {};
    if (sc.enum) return sc.enum.join(' | ');
    if (sc.pattern && /\[0-9\]\{4\}/.test(sc.pattern)) return 'date';
    return sc.type || 'string';
}

// A route's anchor on the page: api-get-api-project-id.
function anchor(method, path) {
    return ('api-' + method + path.replace(/[^A-Za-z0-9]+/g, '-')).replace(/-+$/, '');
}

function defaultOf(p) {
    const d = (p.schema || {}).default;
    return d === undefined || d === null ? '' : String(d);
}

// The address the fields make: PATH with {id} filled, and every query field
// that is not empty.
function tryHref(path, fields) {
    let url = path;
    const q = new URLSearchParams();
    for (const [p, input] of fields) {
        const v = input.value.trim();
        if (p.in === 'path') url = url.replace('{' + p.name + '}', encodeURIComponent(v || p.name.toUpperCase()));
        else if (v) q.set(p.name, v);
    }
    const s = q.toString();
    return url + (s ? '?' + s : '');
}

function operation(path, method, op) {
    const params = op.parameters || [];
    const fields = params.map(p => [p, h('input', {
        type: 'text', name: p.name, placeholder: defaultOf(p), 'aria-label': p.name,
        required: p.required || null, size: 12,
    })]);
    const get = method === 'get';
    const link = get ? h('a', { class: 'btn-link try-it', target: '_blank', rel: 'noopener' }, t('ap.try')) : null;
    const shown = get ? h('code', { class: 'try-url' }) : null;
    const update = () => {
        if (!get) return;
        const u = tryHref(path, fields);
        link.setAttribute('href', u);
        shown.textContent = u;
    };
    for (const [, input] of fields) input.addEventListener('input', update);
    update();
    const id = anchor(method, path);
    return h('article', { class: 'api-route', id }, [
        h('h3', null, [h('span', { class: ['badge', 'method', 'm-' + method] }, method.toUpperCase()), ' ', h('code', null, path)]),
        op.summary ? h('p', { class: 'api-summary' }, op.summary) : null,
        op.description ? h('p', { class: 'muted api-returns' }, [h('strong', null, t('ap.returns') + ' '), op.description]) : null,
        params.length ? h('div', { class: 'table-scroll' }, h('table', { class: 'data api-params' }, [
            h('thead', null, h('tr', null, [t('ap.param'), t('ap.in'), t('ap.type'), t('ap.default'), t('ap.help'), get ? t('ap.value') : null]
                .filter(x => x !== null).map(x => h('th', { scope: 'col' }, x)))),
            h('tbody', null, fields.map(([p, input]) => h('tr', null, [
                h('td', { 'data-label': t('ap.param') }, h('code', null, p.name + (p.required ? ' *' : ''))),
                h('td', { 'data-label': t('ap.in') }, p.in),
                h('td', { 'data-label': t('ap.type') }, typeOf(p)),
                h('td', { 'data-label': t('ap.default') }, defaultOf(p) || '—'),
                h('td', { 'data-label': t('ap.help') }, p.description || ''),
                get ? h('td', { 'data-label': t('ap.value') }, input) : null,
            ]))),
        ])) : h('p', { class: 'muted' }, t('ap.noParams')),
        get ? h('p', { class: 'api-try' }, [link, ' ', shown]) : null,
    ]);
}

export async function render(view) {
    const doc = await api('openapi.json', {}, { clock: false, keep: true });
    const info = doc.info || {};
    view.appendChild(pageHead(t('ap.title'), t('ap.lead', info.version || '')));
    view.appendChild(h('p', null, [h('a', { href: '/api/openapi.json', class: 'btn-link' }, 'openapi.json'), ' · ',
        info.description || '']));
    const paths = Object.keys(doc.paths || {});
    view.appendChild(h('nav', { class: 'api-index', 'aria-label': t('ap.routes') }, h('ul', { class: 'plain cols' },
        paths.flatMap(p => Object.keys(doc.paths[p]).map(m => h('li', null,
            h('a', { href: '#/api', dataset: { to: anchor(m, p) },
                onclick: e => { e.preventDefault(); const el = document.getElementById(e.currentTarget.dataset.to); if (el) el.scrollIntoView(); } },
            `${m.toUpperCase()} ${p}`)))))));
    view.appendChild(section(t('ap.routes'), paths.flatMap(p =>
        Object.entries(doc.paths[p]).map(([m, op]) => operation(p, m, op)))));
}
