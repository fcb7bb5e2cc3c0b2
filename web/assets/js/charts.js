// SVG charts: a stacked bar, a share-by-year chart, the promise staircase,
// a stage scatter and the map. Every label is set with textContent.
import { s, h, firstDay, lastDay, fmtNum } from './dom.js';
import { STAGES, stageName, t, codeName } from './i18n.js';

export const STAGE_COLOURS = {
    listed: '#a3acb9', agreed: '#8fb3de', financed: '#4f7fc4', 'under-construction': '#e3a33b',
    completed: '#6fb37a', operational: '#2f7d52', suspended: '#a67fb8', cancelled: '#c65b55',
    untracked: '#dde1e6', unknown: '#dde1e6',
};

export const TIER_GROUP_COLOURS = { official: '#c0562b', ground: '#1f7a8c', other: '#7a6fa6' };

function svg(w, hgt, attrs, kids) {
    return s('svg', Object.assign({ viewBox: `0 0 ${w} ${hgt}`, class: 'chart', role: 'img',
        preserveAspectRatio: 'xMinYMin meet' }, attrs || {}), kids);
}

function title(text) { return s('title', null, text); }

// The width a chart is drawn at: its design width, or on a narrower screen
// about the width it gets there, so that its text keeps its size in pixels
// (a 760-wide chart shrunk into a phone's 330 px would set 11 px ticks at 5).
export function fitWidth(design) {
    const screen = document.documentElement.clientWidth || window.innerWidth || design;
    return Math.round(Math.max(280, Math.min(design, screen - 56)));
}

// How many ticks a PLOT pixels long holds, one every PER pixels at least.
export function tickCount(plot, per = 56) { return Math.max(2, Math.floor(plot / per)); }

// The width in pixels of TEXT in the page's font at 11 px (measured on a
// canvas; estimated where there is none).
let meter = null;
export function textWidth(text, px = 11, weight = 'normal') {
    if (meter === null) {
        const c = document.createElement('canvas').getContext('2d');
        meter = c ? { c, family: getComputedStyle(document.body).fontFamily || 'sans-serif' } : false;
    }
    if (!meter) return [...text].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.62) * px, 0);
    meter.c.font = `${weight} ${px}px ${meter.family}`;
    return meter.c.measureText(text).width;
}

// A text of lines of at most MAX pixels at PX (words kept whole): [line, ...].
export function wrapLines(text, max, px = 11) {
    const words = String(text).split(/\s+/).filter(Boolean), out = [];
    const len = (w) => textWidth(w, px);
    let line = '';
    for (const w of words) {
        if (line && len(line + ' ' + w) > max) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
    }
    if (line) out.push(line);
    return out.length ? out : [''];
}

// A <text> of wrapped lines, LH apart, the first at y.
export function wrappedText(text, max, attrs, lh = 13, px = 11) {
    const lines = wrapLines(text, max, px);
    const el = s('text', attrs);
    lines.forEach((ln, i) => el.appendChild(s('tspan', { x: attrs.x, dy: i ? lh : 0 }, ln)));
    return el;
}

// One horizontal bar of segments [{key, value, label, href}], width ∝ value
// / max. Laid out in percentages: the bar stretches, its text does not.
export function stackedBar(segments, { height = 28, max = null, label = '' } = {}) {
    const total = segments.reduce((a, b) => a + b.value, 0);
    const scale = (max || total || 1);
    const bar = s('svg', { width: '100%', height, class: 'chart stacked', role: 'img', 'aria-label': label });
    bar.appendChild(title(label));
    bar.appendChild(s('rect', { x: 0, y: 0, width: '100%', height, rx: 3, fill: '#f1f3f5' }));
    let x = 0;
    for (const seg of segments) {
        if (!seg.value) continue;
        const w = (seg.value / scale) * 100;
        const g = s('g', { class: 'seg' });
        g.appendChild(s('rect', { x: x.toFixed(3) + '%', y: 0, width: Math.max(w - 0.15, 0.3).toFixed(3) + '%', height,
            rx: 3, fill: STAGE_COLOURS[seg.key] || '#ccc' }));
        g.appendChild(s('text', { x: (x + w / 2).toFixed(3) + '%', y: height / 2 + 5, 'text-anchor': 'middle',
            class: 'seg-label' + (['operational', 'financed', 'suspended', 'cancelled'].includes(seg.key) ? ' on-dark' : '') }, String(seg.value)));
        g.appendChild(title(`${seg.label}: ${seg.value}`));
        if (seg.href) bar.appendChild(s('a', { href: seg.href, 'aria-label': `${seg.label}: ${seg.value}` }, g));
        else bar.appendChild(g);
        x += w;
    }
    return bar;
}

export function stageLegend(keys) {
    return h('ul', { class: 'legend' }, keys.map(k => h('li', null, [
        h('span', { class: ['swatch', 'st-' + k], 'aria-hidden': 'true' }), stageName(k)])));
}

function niceTicks(lo, hi, n = 5) {
    const span = hi - lo || 1;
    const step0 = span / n;
    const mag = Math.pow(10, Math.floor(Math.log10(step0)));
    const step = [1, 2, 5, 10].map(m => m * mag).find(st => span / st <= n) || mag * 10;
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(+v.toFixed(10));
    return out;
}

// Shares by year: series [{key, label, colour, points: [{year, value, max}]}], 0..100.
export function shareChart(series, { width = fitWidth(460), height = 220, years = null, thresholds = null, label = '' } = {}) {
    const m = { l: 36, r: 12, t: 12, b: 28 };
    const all = series.flatMap(se => se.points.map(p => p.year));
    let y0 = years ? years[0] : Math.min(...all), y1 = years ? years[1] : Math.max(...all);
    if (y0 === y1) { y0 -= 1; y1 += 1; }
    const pad = (y1 - y0) * 0.06;
    y0 -= pad; y1 += pad;
    const X = (y) => m.l + ((y - y0) / (y1 - y0)) * (width - m.l - m.r);
    const Y = (v) => height - m.b - (v / 100) * (height - m.t - m.b);
    const g = svg(width, height, { 'aria-label': label, class: 'chart share' });
    g.appendChild(title(label));
    for (const v of [0, 25, 50, 75, 100]) {
        g.appendChild(s('line', { x1: m.l, x2: width - m.r, y1: Y(v), y2: Y(v), class: 'grid' }));
        g.appendChild(s('text', { x: m.l - 6, y: Y(v) + 4, 'text-anchor': 'end', class: 'tick' }, String(v)));
    }
    if (thresholds) for (const [v, cls] of thresholds) {
        g.appendChild(s('line', { x1: m.l, x2: width - m.r, y1: Y(v), y2: Y(v), class: 'threshold ' + cls }));
    }
    for (const yr of niceTicks(Math.ceil(y0), Math.floor(y1), Math.min(6, tickCount(width - m.l - m.r))).filter(Number.isInteger))
        g.appendChild(s('text', { x: X(yr), y: height - 8, 'text-anchor': 'middle', class: 'tick' }, String(yr)));
    for (const se of series) {
        const pts = se.points.filter(p => p.value !== null).sort((a, b) => a.year - b.year);
        if (pts.length > 1)
            g.appendChild(s('polyline', { points: pts.map(p => `${X(p.year)},${Y(mid(p))}`).join(' '),
                fill: 'none', stroke: se.colour, 'stroke-width': 2.5, class: 'series-line' }));
        for (const p of pts) {
            if (p.max !== null && p.max !== undefined)
                g.appendChild(s('line', { x1: X(p.year), x2: X(p.year), y1: Y(p.value), y2: Y(p.max),
                    stroke: se.colour, 'stroke-width': 7, 'stroke-linecap': 'round', opacity: 0.35 }));
            const c = s('circle', { cx: X(p.year), cy: Y(mid(p)), r: 4.5, fill: se.colour, class: 'pt' });
            c.appendChild(title(`${se.label}, ${p.year}: ${p.max != null ? p.value + '–' + p.max : p.value}%`));
            g.appendChild(c);
        }
    }
    return g;
}

function mid(p) { return p.max !== null && p.max !== undefined ? (p.value + p.max) / 2 : p.value; }

function yearOf(day) { return new Date(day * 864e5).getUTCFullYear(); }

// The staircase of postponements: for each planned-date property, each promise
// at (when made, date promised), joined as steps; actual events as diamonds;
// the line where the promised date equals the day it was made.
export function timeline(histories, actuals, { width = fitWidth(760), height = 320, asOf = null, label = '' } = {}) {
    const m = { l: 56, r: 16, t: 16, b: 36 };
    const xs = [], ys = [];
    for (const hst of histories) for (const p of hst.promises) {
        xs.push(firstDay(p.made)); ys.push(lastDay(p.date));
    }
    for (const a of actuals) { xs.push(firstDay(a.made)); ys.push(firstDay(a.date)); }
    const asOfDay = asOf ? lastDay(asOf) : null;
    if (asOfDay) xs.push(asOfDay);
    const boxes = []; // the boxes of the names written on the chart
    const good = (v) => v !== null && !Number.isNaN(v);
    const allX = xs.filter(good), allY = ys.filter(good);
    let lo = Math.min(...allX, ...allY), hi = Math.max(...allX, ...allY);
    lo = Date.UTC(yearOf(lo), 0, 1) / 864e5;
    hi = Date.UTC(yearOf(hi) + 1, 0, 1) / 864e5;
    const X = (d) => m.l + ((d - lo) / (hi - lo)) * (width - m.l - m.r);
    const Y = (d) => height - m.b - ((d - lo) / (hi - lo)) * (height - m.t - m.b);
    const g = svg(width, height, { 'aria-label': label, class: 'chart timeline' });
    g.appendChild(title(label));
    const y0 = yearOf(lo), y1 = yearOf(hi);
    const step = Math.max(1, Math.ceil((y1 - y0) / Math.min(10, tickCount(width - m.l - m.r, 44))));
    for (let yr = y0; yr <= y1; yr += step) {
        const d = Date.UTC(yr, 0, 1) / 864e5;
        g.appendChild(s('line', { x1: X(d), x2: X(d), y1: m.t, y2: height - m.b, class: 'grid' }));
        g.appendChild(s('line', { x1: m.l, x2: width - m.r, y1: Y(d), y2: Y(d), class: 'grid' }));
        g.appendChild(s('text', { x: X(d), y: height - m.b + 19, 'text-anchor': 'middle', class: 'tick' }, String(yr)));
        g.appendChild(s('text', { x: m.l - 6, y: Y(d) + 4, 'text-anchor': 'end', class: 'tick' }, String(yr)));
    }
    g.appendChild(s('text', { x: width - m.r, y: height - 4, 'text-anchor': 'end', class: 'axis-label' }, t('pr.made') + ' →'));
    g.appendChild(s('text', { x: 14, y: height - m.b, class: 'axis-label', transform: `rotate(-90 14 ${height - m.b})` }, t('pr.promised') + ' →'));
    // due-when-made diagonal
    g.appendChild(s('line', { x1: X(lo), y1: Y(lo), x2: X(hi), y2: Y(hi), class: 'diagonal' }, title(t('pr.due'))));
    if (asOfDay && asOfDay > lo && asOfDay < hi) {
        g.appendChild(s('line', { x1: X(asOfDay), x2: X(asOfDay), y1: m.t, y2: height - m.b, class: 'asof-line' }));
        const right = X(asOfDay) > width * 0.75, text = t('pr.asof') + ' ' + asOf, w = textWidth(text, 11, 600);
        const x = X(asOfDay) + (right ? -4 : 4);
        g.appendChild(s('text', { x, y: m.t + 10, 'text-anchor': right ? 'end' : 'start', class: 'asof-label' }, text));
        boxes.push([right ? x - w - 1 : x - 1, m.t - 1, right ? x + 1 : x + w + 1, m.t + 13]);
    }
    const palette = ['#b5542f', '#2d6fa3', '#7a5aa6', '#3d8a5a'];
    const names = []; // the series' and actual events' names, placed at the end
    histories.forEach((hst, i) => {
        const colour = palette[i % palette.length];
        const pts = hst.promises.map(p => ({ x: firstDay(p.made), y: lastDay(p.date), p })).filter(p => good(p.x) && good(p.y));
        if (!pts.length) return;
        let d = `M${X(pts[0].x)},${Y(pts[0].y)}`;
        for (let k = 1; k < pts.length; k++) d += ` H${X(pts[k].x)} V${Y(pts[k].y)}`;
        const endX = hst.actual ? Math.max(pts[pts.length - 1].x, firstDay(hst.actual)) : Math.max(pts[pts.length - 1].x, asOfDay || pts[pts.length - 1].x);
        d += ` H${X(Math.min(endX, hi))}`;
        g.appendChild(s('path', { d, fill: 'none', stroke: colour, 'stroke-width': 2.5, class: 'stair' }));
        for (const pt of pts) {
            const c = s('circle', { cx: X(pt.x), cy: Y(pt.y), r: 5, fill: '#fff', stroke: colour, 'stroke-width': 2.5, class: 'promise ' + pt.p.kind });
            c.appendChild(title(`${hst.label}: ${pt.p.date} (${codeName('promise', pt.p.kind)}), ${t('pr.made')} ${pt.p.made}`));
            g.appendChild(c);
        }
        names.push({ x: X(pts[pts.length - 1].x) + 8, y: Y(pts[pts.length - 1].y) - 8, px: 12, weight: 700,
            attrs: { fill: colour, class: 'series-label' }, text: hst.label });
    });
    for (const a of actuals) {
        const x = firstDay(a.made), y = firstDay(a.date);
        if (!good(x) || !good(y)) continue;
        g.appendChild(s('line', { x1: m.l, x2: width - m.r, y1: Y(y), y2: Y(y), class: 'actual-line' }));
        const dmd = s('path', { d: `M${X(x)},${Y(y) - 7} l7,7 l-7,7 l-7,-7 z`, class: 'actual' });
        dmd.appendChild(title(`${a.label}: ${a.date} (${a.made})`));
        g.appendChild(dmd);
        names.push({ x: m.l + 4, y: Y(y) - 4, px: 11, weight: 600, attrs: { class: 'actual-label' }, text: `◆ ${a.label} ${a.date}` });
    }
    // a name that would overlap one already written, or leave the chart, is
    // left out (the points' titles and the CSV still give it)
    for (const n of names) {
        const w = textWidth(n.text, n.px, n.weight);
        let x = n.x;
        if (x + w > width - 2) x = Math.max(2, width - 2 - w);
        const b = [x - 1, n.y - n.px, x + w + 1, n.y + 3];
        if (boxes.some(o => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3])) continue;
        boxes.push(b);
        g.appendChild(s('text', Object.assign({ x, y: n.y }, n.attrs), n.text));
    }
    return g;
}

// Promised against actual, one row per promised date (docs/analyses.md,
// "Slippage"): the first promise (hollow), the latest (ring), and the actual
// date, or while undelivered the as-of date (filled; open-ended bar), joined
// by a bar whose length is the days late. rows: [{label, first, final,
// actual, daysLate, delivered, overdue}].
export function dumbbell(rows, { asOf, width = fitWidth(760), label = '' } = {}) {
    // narrow: each row's label (wrapped) and its days late on lines above its bar
    const narrow = width < 560;
    const m = narrow ? { l: 18, r: 18, t: 8, b: 28 } : { l: 250, r: 130, t: 20, b: 28 };
    const lateText = r => r.daysLate === null || r.daysLate === undefined ? t('sl.noDate') : t(r.daysLate < 0 ? 'sl.early' : 'sl.late', Math.abs(r.daysLate));
    const room = Math.max(80, width - m.l - m.r - 14 - Math.max(...rows.map(r => textWidth(lateText(r), 12, 600))));
    const labelLines = narrow ? Math.max(...rows.map(r => wrapLines(r.label, room, 12).length)) : 0;
    const rowH = narrow ? 24 + 13 * labelLines : 30;
    const height = m.t + m.b + rows.length * rowH;
    const end = r => r.actual ? firstDay(r.actual) : lastDay(asOf);
    const days = rows.flatMap(r => [lastDay(r.first), lastDay(r.final), end(r)]).filter(d => d !== null && !Number.isNaN(d));
    if (!days.length) return null;
    const lo = Date.UTC(yearOf(Math.min(...days)), 0, 1) / 864e5;
    const hi = Date.UTC(yearOf(Math.max(...days)) + 1, 0, 1) / 864e5;
    const X = d => m.l + ((d - lo) / (hi - lo)) * (width - m.l - m.r);
    const g = svg(width, height, { 'aria-label': label, class: 'chart dumbbell' });
    g.appendChild(title(label));
    const y0 = yearOf(lo), y1 = yearOf(hi), step = Math.max(1, Math.ceil((y1 - y0) / Math.min(8, tickCount(width - m.l - m.r, 44))));
    for (let yr = y0; yr <= y1; yr += step) {
        const d = Date.UTC(yr, 0, 1) / 864e5;
        g.appendChild(s('line', { x1: X(d), x2: X(d), y1: m.t - 8, y2: height - m.b, class: 'grid' }));
        g.appendChild(s('text', { x: X(d), y: height - m.b + 16, 'text-anchor': 'middle', class: 'tick' }, String(yr)));
    }
    rows.forEach((r, i) => {
        const y = narrow ? m.t + i * rowH + rowH - 10 : m.t + i * rowH + rowH / 2, a = X(lastDay(r.first)), b = X(end(r));
        if (narrow) g.appendChild(wrappedText(r.label, room, { x: m.l, y: m.t + i * rowH + 12, class: 'row-label' }, 13, 12));
        else g.appendChild(s('text', { x: m.l - 8, y: y + 4, 'text-anchor': 'end', class: 'row-label' }, r.label));
        g.appendChild(s('line', { x1: a, x2: b, y1: y, y2: y, class: r.delivered ? 'late-bar done' : 'late-bar open' }));
        const first = s('circle', { cx: a, cy: y, r: 6, class: 'first-promise' });
        first.appendChild(title(`${t('col.first')}: ${r.first}`));
        g.appendChild(first);
        if (r.final && r.final !== r.first) {
            const fin = s('circle', { cx: X(lastDay(r.final)), cy: y, r: 4, class: 'final-promise' });
            fin.appendChild(title(`${t('col.final')}: ${r.final}`));
            g.appendChild(fin);
        }
        const dot = s('circle', { cx: b, cy: y, r: 6, class: r.delivered ? 'actual-dot' : 'asof-dot' });
        dot.appendChild(title(r.actual ? `${t('col.actual')}: ${r.actual}` : `${t('pr.asof')} ${asOf}`));
        g.appendChild(dot);
        const txt = lateText(r);
        g.appendChild(narrow ? s('text', { x: width - m.r, y: m.t + i * rowH + 12, 'text-anchor': 'end', class: r.overdue ? 'late-label overdue' : 'late-label' }, txt)
            : s('text', { x: width - m.r + 6, y: y + 4, class: r.overdue ? 'late-label overdue' : 'late-label' }, txt));
    });
    return g;
}

// Stage claims over time: x = the time described, y = the stage on the ladder,
// colour = official / ground / other source.
export function stageScatter(claims, groupOf, { width = fitWidth(760), height = 250, label = '' } = {}) {
    // narrow: the stages' names wrapped, in a margin as wide as their longest word
    const longest = Math.max(...STAGES.flatMap(st => stageName(st).split(/\s+/)).map(w => textWidth(w)));
    const m = { l: width < 560 ? Math.min(130, Math.ceil(longest) + 22) : 130, r: 16, t: 12, b: 30 };
    const stages = STAGES;
    const pts = claims.map(c => ({ c, x: firstDay(c.refers_to || c.date), x2: lastDay(c.refers_to || c.date) }))
        .filter(p => p.x !== null && stages.includes(p.c.value));
    if (!pts.length) return null;
    let lo = Math.min(...pts.map(p => p.x)), hi = Math.max(...pts.map(p => p.x2));
    lo = Date.UTC(yearOf(lo), 0, 1) / 864e5;
    hi = Date.UTC(yearOf(hi) + 1, 0, 1) / 864e5;
    const X = (d) => m.l + ((d - lo) / (hi - lo)) * (width - m.l - m.r);
    const rowH = (height - m.t - m.b) / stages.length;
    const Y = (st) => m.t + (stages.length - 1 - stages.indexOf(st)) * rowH + rowH / 2;
    const g = svg(width, height, { 'aria-label': label, class: 'chart scatter' });
    g.appendChild(title(label));
    for (const st of stages) {
        g.appendChild(s('line', { x1: m.l, x2: width - m.r, y1: Y(st), y2: Y(st), class: 'grid' }));
        const lines = wrapLines(stageName(st), m.l - 14).length;
        g.appendChild(wrappedText(stageName(st), m.l - 14, { x: m.l - 8, y: Y(st) + 4 - (lines - 1) * 6, 'text-anchor': 'end', class: 'tick' }, 12));
    }
    const y0 = yearOf(lo), y1 = yearOf(hi);
    const step = Math.max(1, Math.ceil((y1 - y0) / Math.min(10, tickCount(width - m.l - m.r, 44))));
    for (let yr = y0; yr <= y1; yr += step)
        g.appendChild(s('text', { x: X(Date.UTC(yr, 0, 1) / 864e5), y: height - 10, 'text-anchor': 'middle', class: 'tick' }, String(yr)));
    const seen = new Map();
    for (const p of pts) {
        const grp = groupOf(p.c.tier);
        const key = `${Math.round(X(p.x))}:${p.c.value}`;
        const n = seen.get(key) || 0;
        seen.set(key, n + 1);
        const cy = Y(p.c.value) + (n % 3 - 1) * 6;
        if (p.x2 - p.x > 40)
            g.appendChild(s('line', { x1: X(p.x), x2: X(p.x2), y1: cy, y2: cy, stroke: TIER_GROUP_COLOURS[grp], 'stroke-width': 4, opacity: 0.35, 'stroke-linecap': 'round' }));
        const c = s('circle', { cx: X(p.x), cy, r: 5.5, fill: TIER_GROUP_COLOURS[grp], class: 'pt tg-' + grp });
        c.appendChild(title(`${stageName(p.c.value)} — ${p.c.tier}, ${p.c.date}${p.c.quote ? ': “' + p.c.quote + '”' : ''}`));
        g.appendChild(c);
    }
    return g;
}

// ---- charts over the same years, stacked ----

// Ticks from 0 for values up to MAX, about N of them, a step of 1, 2 or 5
// times a power of ten (at least 1 when INTEGER): {step, top, ticks, digits}.
function axisTicks(max, n, integer = false) {
    const raw = Math.max(max, integer ? 1 : 1e-9) / Math.max(1, n);
    const p = 10 ** Math.floor(Math.log10(raw));
    let step = [1, 2, 5, 10].map(f => f * p).find(v => v >= raw - 1e-12);
    if (integer) step = Math.max(1, Math.round(step));
    const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
    const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
    const ticks = [];
    for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
    return { step, top, ticks, digits };
}

// Panels drawn over the same years, one above the other, each with one y
// axis whose label gives its unit: a second axis on one chart reads wrong
// (the framework-inflation chart's ratio on an unlabelled right-hand axis
// read as 5 where it was 11), two aligned charts do not. Each panel is its
// own SVG (to be saved on its own) of the same width, left margin and x
// scale, so a year sits at the same x in each, whatever either's ticks.
//
// years: [year, ...], one column each. panels: [{label (the axis's, with
// its unit), title, cls, max, integer, height, legend: [{cls, text}],
// draw(g, frame)}] where frame = {X(i), bw, Y(v), top, bottom, width, m}
// and draw adds the marks. Every column gets a .slot line at its centre
// (data-year; its title, from panel.slotTitle(i), says the year's figures).
export function yearPanels(years, panels, { width = fitWidth(760) } = {}) {
    const n = Math.max(1, years.length);
    const yearW = textWidth('0000');
    const axes = panels.map(p => {
        const nt = axisTicks(p.max, Math.max(2, Math.min(6, Math.floor(p.height / 32))), p.integer);
        return Object.assign(nt, { text: nt.ticks.map(v => fmtNum(v, nt.digits)) });
    });
    const widest = Math.max(...axes.flatMap(a => a.text.map(x => textWidth(x))));
    const m = { l: Math.max(24, Math.ceil(widest) + 10), r: Math.ceil(yearW / 2) + 4 };
    const plot = width - m.l - m.r, bw = plot / n;
    const X = i => m.l + (i + 0.5) * bw;
    // the years labelled: every STEP-th (a round step), as many as fit
    const step = [1, 2, 5, 10, 20, 25, 50, 100].find(st => bw * st >= yearW + 12) || 100;
    return panels.map((p, pi) => {
        const ax = axes[pi];
        const top0 = 4;
        const labelLines = wrapLines(p.label, width - 6, 11);
        let y = top0 + 11 + (labelLines.length - 1) * 13;
        // the legend under the axis's label, its keys flowing onto lines
        const keys = [];
        if (p.legend) {
            let x = 2;
            y += 17;
            for (const k of p.legend) {
                const w = 17 + textWidth(k.text) + 14;
                if (x > 2 && x + w > width) { x = 2; y += 16; }
                keys.push({ k, x, y });
                x += w;
            }
        }
        const top = y + 14, bottom = top + p.height;
        const height = bottom + 24;
        const Y = v => bottom - (v / ax.top) * p.height;
        const g = svg(width, height, { 'aria-label': p.title, class: 'chart ' + p.cls });
        g.appendChild(title(p.title));
        // the slots first, under the marks, whose own titles then win
        years.forEach((yr, i) => {
            const sl = s('line', { x1: X(i), x2: X(i), y1: top, y2: bottom, 'stroke-width': Math.max(1, bw), class: 'slot', 'data-year': yr });
            if (p.slotTitle) sl.appendChild(title(p.slotTitle(i)));
            g.appendChild(sl);
        });
        const yAxis = s('g', { class: 'axis y' });
        yAxis.appendChild(wrappedText(p.label, width - 6, { x: 2, y: top0 + 11, class: 'axis-label' }, 13, 11));
        ax.ticks.forEach((v, i) => {
            yAxis.appendChild(s('line', { x1: m.l, x2: width - m.r, y1: Y(v), y2: Y(v), class: 'grid' }));
            yAxis.appendChild(s('text', { x: m.l - 6, y: Y(v) + 4, 'text-anchor': 'end', class: 'tick', 'data-value': v }, ax.text[i]));
        });
        g.appendChild(yAxis);
        for (const { k, x, y: ky } of keys) {
            g.appendChild(s('rect', { x, y: ky - 10, width: 12, height: 12, rx: 2, class: 'key ' + k.cls }));
            g.appendChild(s('text', { x: x + 17, y: ky, class: 'key-label' }, k.text));
        }
        const xAxis = s('g', { class: 'axis x' });
        xAxis.appendChild(s('line', { x1: m.l, x2: width - m.r, y1: bottom, y2: bottom, class: 'baseline' }));
        years.forEach((yr, i) => {
            if (yr % step) return;
            xAxis.appendChild(s('line', { x1: X(i), x2: X(i), y1: bottom, y2: bottom + 4, class: 'baseline' }));
            xAxis.appendChild(s('text', { x: X(i), y: bottom + 16, 'text-anchor': 'middle', class: 'tick' }, String(yr)));
        });
        g.appendChild(xAxis);
        p.draw(g, { X, bw, Y, top, bottom, width, m });
        return g;
    });
}

// ---- the map ----

// An equirectangular projection scaled by cos(middle latitude), fitted to a box.
export function projection(bbox, width) {
    const [w, south, e, n] = bbox;
    const k = Math.cos(((south + n) / 2) * Math.PI / 180);
    const scale = width / ((e - w) * k);
    const height = (n - south) * scale;
    return {
        width, height: Math.round(height),
        p: (lon, lat) => [((lon - w) * k * scale), ((n - lat) * scale)],
        inside: (lon, lat) => lon >= w && lon <= e && lat >= south && lat <= n,
    };
}

function ringPath(ring, P) {
    let d = '';
    ring.forEach(([lon, lat], i) => {
        const [x, y] = P(lon, lat);
        d += (i ? 'L' : 'M') + x.toFixed(1) + ',' + y.toFixed(1);
    });
    return d + 'Z';
}

export function geoPath(geom, P) {
    if (geom.type === 'Polygon') return geom.coordinates.map(r => ringPath(r, P)).join('');
    if (geom.type === 'MultiPolygon') return geom.coordinates.map(poly => poly.map(r => ringPath(r, P)).join('')).join('');
    if (geom.type === 'MultiLineString') return geom.coordinates.map(line => line.map(([lon, lat], i) => {
        const [x, y] = P(lon, lat);
        return (i ? 'L' : 'M') + x.toFixed(1) + ',' + y.toFixed(1);
    }).join('')).join('');
    return '';
}

export { svg };
