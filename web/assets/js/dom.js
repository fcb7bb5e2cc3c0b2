// DOM helpers. Every piece of data reaches the page through textContent or
// setAttribute (never innerHTML), so markup in the data shows as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function put(el, attrs, kids) {
    if (attrs) {
        for (const [k, v] of Object.entries(attrs)) {
            if (v === null || v === undefined || v === false) continue;
            if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
            else if (k === 'text') el.textContent = String(v);
            else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
            else if (k === 'dataset') for (const [dk, dv] of Object.entries(v)) el.dataset[dk] = dv;
            else el.setAttribute(k, v === true ? '' : String(v));
        }
    }
    append(el, kids);
    return el;
}

export function append(el, kids) {
    if (kids === null || kids === undefined || kids === false) return el;
    if (!Array.isArray(kids)) kids = [kids];
    for (const k of kids) {
        if (k === null || k === undefined || k === false) continue;
        if (Array.isArray(k)) append(el, k);
        else if (k instanceof Node) el.appendChild(k);
        else el.appendChild(document.createTextNode(String(k)));
    }
    return el;
}

// h('a', {href: '#/x', class: 'c'}, ['text', child]) : an HTML element.
export function h(tag, attrs, kids) {
    return put(document.createElement(tag), attrs, kids);
}

// s('rect', {...}) : an SVG element.
export function s(tag, attrs, kids) {
    return put(document.createElementNS(SVG_NS, tag), attrs, kids);
}

export function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
}

// Text with the parts that match highlighted: before, <mark>match</mark>, after.
export function marked(before, match, after) {
    return [before || '', h('mark', null, match || ''), after || ''];
}

export function fmtNum(n, digits = 0) {
    if (n === null || n === undefined || Number.isNaN(n)) return '—';
    return Number(n).toLocaleString(document.documentElement.lang || 'en', {
        maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function fmtPct(r, digits = 0) {
    if (r === null || r === undefined) return '—';
    return fmtNum(r * 100, digits) + '%';
}

// Partial dates ('2021', '2021-10', '2021-10-14', '2013/2016') to day numbers.
export function firstDay(d) {
    if (!d) return null;
    d = String(d).split('/')[0];
    const [y, m, dd] = d.split('-').map(Number);
    if (!y) return null;
    return Date.UTC(y, (m || 1) - 1, dd || 1) / 864e5;
}

export function lastDay(d) {
    if (!d) return null;
    const parts = String(d).split('/');
    d = parts[parts.length - 1];
    const [y, m, dd] = d.split('-').map(Number);
    if (!y) return null;
    if (dd) return Date.UTC(y, m - 1, dd) / 864e5;
    if (m) return Date.UTC(y, m, 1) / 864e5 - 1;
    return Date.UTC(y + 1, 0, 1) / 864e5 - 1;
}

export function dayToYear(day) {
    return new Date(day * 864e5).getUTCFullYear() + (new Date(day * 864e5).getUTCMonth()) / 12;
}
