// "Cite": a claim as a plain reference (publisher, title, date, locator,
// quote, URL, access date, a permalink to this page of the dashboard), as
// BibTeX and as CSL-JSON, each copyable. One <dialog> serves every claim;
// everything reaches it through textContent.
import { h, clear } from './dom.js';
import { state, href } from './api.js';
import { t } from './i18n.js';

let dialog = null;

function theDialog() {
    if (dialog && dialog.isConnected) return dialog;
    dialog = h('dialog', { class: 'cite-dialog', id: 'cite-dialog', 'aria-labelledby': 'cite-title' });
    document.body.appendChild(dialog);
    return dialog;
}

// The address of this page, on this server, with the claim highlighted.
export function permalink(claimId) {
    const p = Object.fromEntries(state.params.entries());
    delete p.page;
    p.claim = claimId;
    return location.origin + location.pathname + href(state.path, p);
}

function dateParts(d) {
    const m = String(d || '').match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
    if (!m) return null;
    return [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null].filter(x => x !== null);
}

const webUrl = (u) => (u && /^https?:\/\//i.test(u) ? u : '');

// The parts of a reference, from the claim and its source record.
export function citation(c, src) {
    src = src || {};
    return {
        claim: c.id, publisher: src.publisher || '', authors: src.authors || '', title: src.title || c.source || '',
        date: src.date || c.date || '', said: c.date || '', locator: c.locator || '', quote: c.quote || '',
        url: webUrl(src.url), accessed: src.accessed || state.today || new Date().toISOString().slice(0, 10),
        permalink: permalink(c.id), tier: src.tier || '', source: c.source || '',
    };
}

export function plainReference(x) {
    const parts = [];
    if (x.authors) parts.push(x.authors);
    if (x.publisher) parts.push(x.publisher);
    parts.push(`“${x.title}”`);
    if (x.date) parts.push(x.date);
    if (x.locator) parts.push(x.locator);
    let out = parts.join('. ') + '.';
    if (x.quote) out += ` “${x.quote}”`;
    if (x.url) out += ` ${x.url} (${t('cite.accessed', x.accessed)}).`;
    out += ` ${t('cite.via', x.claim)}: ${x.permalink}`;
    return out;
}

function bibText(s) {
    return String(s).replace(/[\\{}%&#$_^~]/g, ch => ch === '\\' ? '\\textbackslash{}'
        : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : '\\' + ch);
}

export function bibtex(x) {
    const key = x.claim.replace(/[^A-Za-z0-9]+/g, '_');
    const dp = dateParts(x.date);
    const f = [];
    if (x.authors) f.push(['author', bibText(x.authors)]);
    else if (x.publisher) f.push(['author', '{' + bibText(x.publisher) + '}']);
    f.push(['title', bibText(x.title)]);
    if (x.publisher) f.push(['publisher', bibText(x.publisher)]);
    if (x.date) f.push(['date', bibText(x.date)]);
    if (dp) f.push(['year', String(dp[0])]);
    if (x.url) f.push(['url', x.url.replace(/[{}]/g, encodeURIComponent)]);
    if (x.url) f.push(['urldate', bibText(x.accessed)]);
    const note = [x.locator, x.quote ? `“${x.quote}”` : '', `Amur ${x.claim}: ${x.permalink}`].filter(Boolean).join('. ');
    f.push(['note', bibText(note)]);
    return `@misc{${key},\n` + f.map(([k, v]) => `  ${k} = {${v}}`).join(',\n') + '\n}\n';
}

export function cslJson(x) {
    const item = { id: x.claim, type: /media/.test(x.tier) ? 'article-newspaper' : 'webpage', title: x.title };
    if (x.authors) item.author = [{ literal: x.authors }];
    if (x.publisher) { item.publisher = x.publisher; item['container-title'] = x.publisher; }
    const dp = dateParts(x.date);
    if (dp) item.issued = { 'date-parts': [dp] };
    if (x.url) { item.URL = x.url; item.accessed = { 'date-parts': [dateParts(x.accessed)] }; }
    if (x.locator) item.locator = x.locator;
    const note = [x.quote ? `“${x.quote}”` : '', `Amur ${x.claim}: ${x.permalink}`].filter(Boolean).join(' ');
    item.note = note;
    return JSON.stringify([item], null, 2) + '\n';
}

function copyBlock(title, text, cls) {
    const status = h('span', { class: 'copy-status', role: 'status' });
    const pre = h('pre', { class: ['cite-text', cls], tabindex: '0' }, text);
    const copy = h('button', { type: 'button', class: 'btn-link cite-copy', onclick: async () => {
        try {
            await navigator.clipboard.writeText(text);
            status.textContent = t('cite.copied');
        } catch {
            const r = document.createRange();
            r.selectNodeContents(pre);
            const sel = getSelection();
            sel.removeAllRanges();
            sel.addRange(r);
            status.textContent = t('cite.select');
        }
    } }, t('cite.copy'));
    return h('section', { class: 'cite-block' }, [h('h3', null, [title, ' ', copy, ' ', status]), pre]);
}

export function openCite(c, src) {
    const x = citation(c, src);
    const d = clear(theDialog());
    d.appendChild(h('div', { class: 'cite-head' }, [
        h('h2', { id: 'cite-title' }, t('cite.title')),
        h('button', { type: 'button', class: 'btn cite-close', onclick: () => d.close() }, t('cite.close')),
    ]));
    if (x.url) d.appendChild(h('p', { class: 'cite-url' }, [t('cite.url') + ': ',
        h('a', { href: x.url, class: 'ext', rel: 'noopener noreferrer', target: '_blank' }, x.url)]));
    d.appendChild(copyBlock(t('cite.plain'), plainReference(x), 'cite-plain'));
    d.appendChild(copyBlock('BibTeX', bibtex(x), 'cite-bibtex'));
    d.appendChild(copyBlock('CSL-JSON', cslJson(x), 'cite-csl'));
    if (!d.open) d.showModal();
}

// The button a claim row carries.
export function citeButton(c, src) {
    return h('button', { type: 'button', class: 'btn-link cite-btn', 'aria-haspopup': 'dialog',
        'aria-label': t('cite.for', c.id), onclick: () => openCite(c, src) }, t('cite.btn'));
}
