// Tables that can be downloaded as CSV or JSON as filtered: the rows, with
// the columns' readable labels and values; when the page shows only the
// first of a longer list, `all` fetches the whole of it for the file.
import { h } from './dom.js';
import { t } from './i18n.js';

// columns: [{label, value: row => text (for the file), cell: row => node or text (for the page), cls}]
export function table(rows, columns, { name = 'amur', caption = null, rowAttrs = null, empty = null, all = null } = {}) {
    const wrap = h('div', { class: 'table-block' });
    const bar = h('div', { class: 'table-bar' }, [
        caption ? h('span', { class: 'table-caption' }, caption) : null,
        downloads(all || (() => rows), columns, name),
    ]);
    wrap.appendChild(bar);
    if (!rows.length) {
        wrap.appendChild(h('p', { class: 'muted' }, empty || t('none')));
        return wrap;
    }
    const thead = h('thead', null, h('tr', null, columns.map(c => h('th', { scope: 'col', class: c.cls }, c.label))));
    const tbody = h('tbody', null, rows.map(r => {
        const attrs = rowAttrs ? rowAttrs(r) : null;
        return h('tr', attrs, columns.map(c => {
            const v = c.cell ? c.cell(r) : c.value(r);
            return h('td', { class: c.cls, 'data-label': c.label }, v === null || v === undefined || v === '' ? '—' : v);
        }));
    }));
    wrap.appendChild(h('div', { class: 'table-scroll' }, h('table', { class: 'data' }, [thead, tbody])));
    return wrap;
}

// getRows gives the rows, or a promise of them (a list fetched whole).
export function downloads(getRows, columns, name) {
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
        h('button', { type: 'button', class: 'btn-link dl-csv', onclick: saveAs('csv', 'text/csv;charset=utf-8', toCSV) }, t('dl.csv')),
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

export function toJSON(rows, columns) {
    return JSON.stringify(rows.map(r => {
        const o = {};
        for (const c of columns) {
            const v = c.value(r);
            o[c.label] = v === undefined || v === '' ? null : v;
        }
        return o;
    }), null, 2) + '\n';
}

function save(filename, type, body) {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = h('a', { href: url, download: filename, class: 'hidden' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}
