// Tables people can sort, page and take away. A column head sorts by that
// column (the sort travels in the page's address, so the address reproduces
// the view); a long list is shown a page at a time with its total; CSV and
// JSON save exactly the rows of the list as sorted and filtered (all of
// them, not one page; when the page holds only the first of a longer list,
// `all` fetches the whole of it for the file).
import { h } from './dom.js';
import { t } from './i18n.js';
import { state, href } from './api.js';

// columns: [{key, label, value, raw, cell, cls, sort}]
//   key    the API's field name: the JSON file's key and the sort's name
//   label  the column head, in the chosen language (the CSV's header)
//   value  row => text, as displayed (the CSV's cell)
//   raw    row => typed value for the JSON file and for sorting (default row[key])
//   cell   row => node or text for the page (default value)
//   sort   false: the column cannot be sorted
// options:
//   sortParam  the address parameter that holds this table's sort ('sort'
//              for a page's main table; null: not sortable)
//   pageParam  the parameter of its page number (null: one page)
//   pageSize   rows per page
//   sorted     the rows come sorted by the server as sortParam says (the
//              API's sort=): shown in that order, not sorted again here
//   csvHref    the address of the same list as the server's CSV
//              (format=csv): the CSV button saves that file
//   total      with sorted: the rows are one page (pageParam's) of a list
//              of this many that the server sorted and paged (the API's
//              sort=, limit, offset); `all` gives the whole of it, in order
export function table(rows, columns, { name = 'amur', caption = null, rowAttrs = null, empty = null, all = null,
    sortParam = null, pageParam = null, pageSize = 100, id = null, sorted: byServer = false, csvHref = null,
    total = null } = {}) {
    const wrap = h('div', { class: 'table-block', id });
    const sorted = byServer ? rows.slice() : sortRows(rows, columns, sortParam);
    const getAll = all ? () => Promise.resolve(all()).then(r => byServer ? r : sortRows(r, columns, sortParam)) : () => sorted;
    const bar = h('div', { class: 'table-bar' }, [
        caption ? h('span', { class: 'table-caption' }, caption) : null,
        downloads(getAll, columns, name, csvHref),
    ]);
    wrap.appendChild(bar);
    if (!rows.length) {
        wrap.appendChild(h('p', { class: 'muted' }, empty || t('none')));
        return wrap;
    }
    let shown = sorted, pager = null;
    if (pageParam && byServer && total !== null) {
        const pages = Math.max(1, Math.ceil(total / pageSize));
        const n = Math.min(pages, Math.max(1, Number(state.params.get(pageParam)) || 1));
        if (total > pageSize) pager = pagerNav(n, pages, (n - 1) * pageSize, rows.length, total, pageParam);
    } else if (pageParam && sorted.length > pageSize) {
        const pages = Math.ceil(sorted.length / pageSize);
        const n = Math.min(pages, Math.max(1, Number(state.params.get(pageParam)) || 1));
        shown = sorted.slice((n - 1) * pageSize, n * pageSize);
        pager = pagerNav(n, pages, (n - 1) * pageSize, shown.length, sorted.length, pageParam);
    }
    const active = sortParam ? parseSort(state.params.get(sortParam)) : null;
    if (sortParam) bar.appendChild(sortSelect(columns, active, sortParam, pageParam));
    const head = c => {
        if (!sortParam || c.sort === false || !c.key || c.cls === 'hide') return h('th', { scope: 'col', class: c.cls }, c.label);
        const on = active && active.key === c.key;
        const next = on && !active.desc ? '-' + c.key : c.key;
        return h('th', { scope: 'col', class: [c.cls, 'sortable'], 'aria-sort': on ? (active.desc ? 'descending' : 'ascending') : null },
            h('a', { href: withParams({ [sortParam]: next, [pageParam || '']: '' }), class: 'sort-head', dataset: { key: c.key },
                title: t('tb.sortBy', c.label) }, [c.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, on ? (active.desc ? ' ▼' : ' ▲') : ' ↕')]));
    };
    const thead = h('thead', null, h('tr', null, columns.map(head)));
    const tbody = h('tbody', null, shown.map(r => {
        const attrs = rowAttrs ? rowAttrs(r) : null;
        return h('tr', attrs, columns.map(c => {
            const v = c.cell ? c.cell(r) : c.value(r);
            return h('td', { class: c.cls, 'data-label': c.label }, v === null || v === undefined || v === '' ? '—' : v);
        }));
    }));
    wrap.appendChild(h('div', { class: 'table-scroll' }, h('table', { class: 'data' }, [thead, tbody])));
    if (pager) wrap.appendChild(pager);
    return wrap;
}

// 'delay_days' ascending, '-delay_days' descending.
function parseSort(v) {
    if (!v) return null;
    const desc = v.startsWith('-');
    return { key: desc ? v.slice(1) : v, desc };
}

function rawOf(c, r) {
    const v = c.raw ? c.raw(r) : c.key && Object.prototype.hasOwnProperty.call(r, c.key) ? r[c.key] : c.value(r);
    return v === undefined || v === '' ? null : v;
}

// Sorts a copy of rows by the column the parameter names; empty values last
// in either direction; ties keep their order.
export function sortRows(rows, columns, sortParam) {
    const s = sortParam ? parseSort(state.params.get(sortParam)) : null;
    const c = s && columns.find(x => x.key === s.key);
    if (!c) return rows.slice();
    const dir = s.desc ? -1 : 1;
    const coll = new Intl.Collator(document.documentElement.lang || 'en', { numeric: true });
    return rows.map((r, i) => ({ r, i, v: rawOf(c, r) })).sort((a, b) => {
        if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
        const d = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v
            : typeof a.v === 'boolean' ? Number(a.v) - Number(b.v) : coll.compare(String(a.v), String(b.v));
        return d ? d * dir : a.i - b.i;
    }).map(x => x.r);
}

// This page's address with some parameters changed ('' removes one).
function withParams(changes) {
    const p = Object.fromEntries(state.params.entries());
    for (const [k, v] of Object.entries(changes)) {
        if (!k) continue;
        if (v === '' || v === null) delete p[k]; else p[k] = v;
    }
    delete p.claim;
    return href(state.path, p);
}

// On a phone the column heads are hidden (one card per row): a select sorts instead.
function sortSelect(columns, active, sortParam, pageParam) {
    const opts = [h('option', { value: '' }, t('tb.sortNone'))];
    for (const c of columns) {
        if (c.sort === false || !c.key || c.cls === 'hide') continue;
        for (const desc of [false, true]) {
            const v = (desc ? '-' : '') + c.key;
            opts.push(h('option', { value: v, selected: !!active && active.key === c.key && active.desc === desc },
                c.label + (desc ? ' ▼' : ' ▲')));
        }
    }
    return h('label', { class: 'sort-select' }, [h('span', null, t('tb.sort')), h('select', {
        onchange: e => { location.hash = withParams({ [sortParam]: e.target.value, [pageParam || '']: '' }); } }, opts)]);
}

function pagerNav(n, pages, from, count, total, pageParam) {
    return h('nav', { class: 'pager', 'aria-label': t('tb.pages') }, [
        n > 1 ? h('a', { href: withParams({ [pageParam]: n - 1 === 1 ? '' : String(n - 1) }), rel: 'prev', class: 'pager-prev' }, '← ' + t('tb.prev')) : null,
        h('span', { class: 'pager-where' }, t('tb.rows', from + 1, from + count, total)),
        n < pages ? h('a', { href: withParams({ [pageParam]: String(n + 1) }), rel: 'next', class: 'pager-next' }, t('tb.next') + ' →') : null,
    ]);
}

// getRows gives the rows, or a promise of them (a list fetched whole);
// csvHref, when given, is the server's CSV of the same list.
export function downloads(getRows, columns, name, csvHref = null) {
    const file = (ext) => `${name}.${ext}`;
    const status = h('span', { class: 'dl-status', role: 'status' });
    const saveAs = (ext, type, fmt) => async (e) => {
        const btn = e.currentTarget;
        btn.disabled = true;
        status.textContent = '';
        try {
            save(file(ext), type, fmt(await getRows(), columns));
        } catch (err) {
            status.textContent = t('load.fail', err.message);
        } finally {
            btn.disabled = false;
        }
    };
    return h('span', { class: 'downloads' }, [
        h('span', { class: 'dl-label' }, t('dl.label') + ':'),
        csvHref ? h('a', { href: csvHref, download: '', class: 'btn-link dl-csv', title: t('dl.csvApi') }, t('dl.csv'))
            : h('button', { type: 'button', class: 'btn-link dl-csv', onclick: saveAs('csv', 'text/csv;charset=utf-8', toCSV) }, t('dl.csv')),
        h('button', { type: 'button', class: 'btn-link dl-json', onclick: saveAs('json', 'application/json;charset=utf-8', toJSON) }, t('dl.json')),
        status,
    ]);
}

function text(c, r) {
    const v = c.value(r);
    return v === null || v === undefined ? '' : v;
}

// RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled;
// CRLF line ends; a BOM so spreadsheet programs read UTF-8. A text field that
// starts like a formula (= + - @) gets a leading apostrophe.
export function csvField(v) {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function toCSV(rows, columns) {
    const lines = [columns.map(c => csvField(c.label)).join(',')];
    for (const r of rows) lines.push(columns.map(c => csvField(text(c, r))).join(','));
    return '\ufeff' + lines.join('\r\n') + '\r\n';
}

// Stable keys (the API's field names) and typed values, whatever the language.
export function toJSON(rows, columns) {
    return JSON.stringify(rows.map(r => {
        const o = {};
        columns.forEach((c, i) => {
            const k = c.key || 'col' + (i + 1);
            if (Object.prototype.hasOwnProperty.call(o, k)) return;
            o[k] = c.key ? rawOf(c, r) : (v => v === undefined || v === '' ? null : v)(c.value(r));
        });
        return o;
    }), null, 2) + '\n';
}

export function save(filename, type, body) {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = h('a', { href: url, download: filename, class: 'hidden' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}
