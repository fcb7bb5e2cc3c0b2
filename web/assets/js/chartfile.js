// Charts people reuse: a chart saved as a standalone SVG file (its look,
// which style.css gives it on the page, written into the file as SVG
// presentation attributes), as a PNG picture of that file, and the CSV of
// the figures behind it.
import { h } from './dom.js';
import { t } from './i18n.js';
import { toCSV, save } from './table.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LOOK = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap',
    'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility',
    'vector-effect', 'paint-order', 'letter-spacing'];

// A copy of the chart that looks the same outside the page.
export function standalone(svgEl) {
    const copy = svgEl.cloneNode(true);
    const from = [svgEl, ...svgEl.querySelectorAll('*')];
    const to = [copy, ...copy.querySelectorAll('*')];
    from.forEach((el, i) => {
        const cs = getComputedStyle(el);
        for (const p of LOOK) {
            const v = cs.getPropertyValue(p);
            if (v && !(p === 'visibility' && v === 'visible') && !(p === 'vector-effect' && v === 'none')
                && !(p === 'paint-order' && v === 'normal') && !(p === 'letter-spacing' && v === 'normal')) to[i].setAttribute(p, v);
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

// The standalone SVG drawn on a white canvas at SCALE times its size, as a
// PNG blob. The SVG goes to the <img> as a data: URL, which the
// Content-Security-Policy's img-src already allows ('self' data:); a blob:
// URL would need img-src blob: as well. The file is then saved through a
// blob: link (a download, which img-src does not govern), as the SVG and CSV
// are.
export function pngOf(svgText, scale = 2) {
    return new Promise((resolve, reject) => {
        const img = new Image();
        img.onload = () => {
            const w = Math.max(1, Math.round(img.naturalWidth * scale)), ht = Math.max(1, Math.round(img.naturalHeight * scale));
            const canvas = document.createElement('canvas');
            canvas.width = w;
            canvas.height = ht;
            const cx = canvas.getContext('2d');
            cx.fillStyle = '#fff';
            cx.fillRect(0, 0, w, ht);
            cx.drawImage(img, 0, 0, w, ht);
            canvas.toBlob(b => (b ? resolve(b) : reject(new Error('canvas.toBlob'))), 'image/png');
        };
        img.onerror = () => reject(new Error('SVG image'));
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText);
    });
}

// "Chart: SVG · PNG · CSV" under a chart; rows and columns as table() takes
// them (a function returning them, for a chart whose figures change).
export function chartFiles(svgEl, name, rows, columns) {
    const status = h('span', { class: 'dl-status', role: 'status' });
    const png = h('button', { type: 'button', class: 'btn-link dl-png', title: t('ch.png'), onclick: async () => {
        png.disabled = true;
        status.textContent = '';
        try {
            save(name + '.png', 'image/png', await pngOf(standalone(svgEl)));
        } catch (err) {
            status.textContent = t('ch.pngFail', err.message);
        } finally {
            png.disabled = false;
        }
    } }, 'PNG');
    return h('span', { class: 'chart-files' }, [
        h('span', { class: 'dl-label' }, t('ch.download') + ':'),
        h('button', { type: 'button', class: 'btn-link dl-svg',
            onclick: () => save(name + '.svg', 'image/svg+xml;charset=utf-8', standalone(svgEl)) }, 'SVG'),
        png,
        h('button', { type: 'button', class: 'btn-link dl-chart-csv',
            onclick: () => save(name + '.csv', 'text/csv;charset=utf-8', toCSV(typeof rows === 'function' ? rows() : rows, columns)) }, t('ch.csv')),
        status,
    ]);
}
