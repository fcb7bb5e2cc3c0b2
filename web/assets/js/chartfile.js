// Charts people reuse: a chart saved as a standalone SVG file (its look,
// which style.css gives it on the page, written into the file as SVG
// presentation attributes) and the CSV of the figures behind it.
import { h } from './dom.js';
import { t } from './i18n.js';
import { toCSV, save } from './table.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LOOK = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap',
    'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];

// A copy of the chart that looks the same outside the page.
export function standalone(svgEl) {
    const copy = svgEl.cloneNode(true);
    const from = [svgEl, ...svgEl.querySelectorAll('*')];
    const to = [copy, ...copy.querySelectorAll('*')];
    from.forEach((el, i) => {
        const cs = getComputedStyle(el);
        for (const p of LOOK) {
            const v = cs.getPropertyValue(p);
            if (v && !(p === 'visibility' && v === 'visible')) to[i].setAttribute(p, v);
        }
        if (to[i].tagName === 'a') to[i].removeAttribute('href');
    });
    const vb = (svgEl.getAttribute('viewBox') || '').split(/\s+/).map(Number);
    copy.setAttribute('xmlns', SVG_NS);
    if (vb.length === 4) { copy.setAttribute('width', String(vb[2])); copy.setAttribute('height', String(vb[3])); }
    copy.removeAttribute('class');
    const bg = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of [['x', 0], ['y', 0], ['width', '100%'], ['height', '100%'], ['fill', '#fff']]) bg.setAttribute(k, String(v));
    copy.insertBefore(bg, copy.firstChild);
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy) + '\n';
}

// "Chart: SVG · CSV" under a chart; rows and columns as table() takes them.
export function chartFiles(svgEl, name, rows, columns) {
    return h('span', { class: 'chart-files' }, [
        h('span', { class: 'dl-label' }, t('ch.download') + ':'),
        h('button', { type: 'button', class: 'btn-link dl-svg',
            onclick: () => save(name + '.svg', 'image/svg+xml;charset=utf-8', standalone(svgEl)) }, 'SVG'),
        h('button', { type: 'button', class: 'btn-link dl-chart-csv',
            onclick: () => save(name + '.csv', 'text/csv;charset=utf-8', toCSV(rows, columns)) }, t('ch.csv')),
    ]);
}
