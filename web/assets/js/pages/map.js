// Map: region outlines and borders (geo/far-east.geojson, embedded), places
// from /api/places, and projects as points coloured by stage. Drawn as SVG
// with an equirectangular projection (charts.js), no tiles.
import { h, s, clear } from '../dom.js';
import { api, state, href } from '../api.js';
import { t, stageName, nameOf, STAGES, getLang, codeName } from '../i18n.js';
import { pageHead, stageBadge, link } from '../ui.js';
import { STAGE_COLOURS, projection, geoPath, stageLegend, fitWidth } from '../charts.js';
import { chartFiles } from '../chartfile.js';
import { table } from '../table.js';

let geoP = null;
function geo() {
    if (!geoP) geoP = fetch('/geo/far-east.geojson').then(r => {
        if (!r.ok) throw new Error('geo/far-east.geojson: ' + r.status);
        return r.json();
    }).catch(e => { geoP = null; throw e; });
    return geoP;
}

export async function render(view) {
    const [data, g] = await Promise.all([api('places', { limit: 10000 }), geo()]);
    const places = new Map(data.items.map(p => [p.id, p]));
    const selected = state.params.get('place') || '';
    view.appendChild(pageHead(t('mp.title'), t('mp.lead')));

    // coordinates: the place's own, else the nearest ancestor's
    const coord = (p, depth = 0) => {
        if (!p || depth > 8) return null;
        if (p.lat !== null && p.lat !== undefined && p.lon !== null && p.lon !== undefined) return [p.lon, p.lat];
        return p.parent ? coord(places.get(p.parent), depth + 1) : null;
    };
    const W = fitWidth(1000);
    const pr = projection(g.bbox, W);
    const H = pr.height;
    const map = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart map', role: 'img', 'aria-label': t('mp.title') });
    map.appendChild(s('title', null, t('mp.title')));
    map.appendChild(s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
    // the outlines and borders scale with the zoom (their strokes do not:
    // vector-effect in style.css); symbols, dots and names keep their size
    // and are moved to where their place now is
    const geoLayer = s('g', { class: 'geo' });
    map.appendChild(geoLayer);
    const lang = getLang();
    const labels = [];   // {el, x, y, kind, rank, n}: x, y unzoomed
    const movers = [];   // {el, x, y, dx, dy}
    const projectsIn = projectCounts(data.items, places);
    for (const f of g.features) {
        const pp = f.properties;
        if (pp.kind === 'border') continue;
        const path = s('path', { d: geoPath(f.geometry, pr.p), class: ['land', pp.kind, 'c-' + pp.country, pp.id && pp.id === selected ? 'selected' : null].filter(Boolean).join(' ') });
        path.appendChild(s('title', null, pp[lang] || pp.en));
        if (pp.id && places.has(pp.id)) geoLayer.appendChild(s('a', { href: href('/map', { place: pp.id }), 'aria-label': pp[lang] || pp.en }, path));
        else geoLayer.appendChild(path);
        // its name, at the centre of the outline's largest ring
        const c = labelPoint(f.geometry);
        if (!c) continue;
        const [x, y] = pr.p(c[0], c[1]);
        labels.push({ el: s('text', { class: 'region-label ' + pp.kind }, pp[lang] || pp.en), x, y, area: true,
            rank: pp.kind === 'country' ? 0 : 1, n: projectsIn.get(pp.id) || 0, order: 5 });
    }
    for (const f of g.features) if (f.properties.kind === 'border')
        geoLayer.appendChild(s('path', { d: geoPath(f.geometry, pr.p), class: 'border' }));

    // places and projects
    const outside = [];
    const pointsLayer = s('g', { class: 'points' });
    const labelLayer = s('g', { class: 'labels' });
    const kinds = { city: 1, crossing: 2, zone: 3, settlement: 4, island: 4 };
    const projLayer = s('g', { class: 'projects' });
    const atPoint = new Map(); // "x,y" -> projects drawn there, to spread them
    // r: the half-size of what is drawn there, which names keep clear of
    const move = (el, x, y, dx = 0, dy = 0, r = 0) => { movers.push({ el, x, y, dx, dy, r }); return el; };
    for (const p of data.items) {
        const c = coord(p);
        if (!c) continue;
        if (!pr.inside(c[0], c[1])) { if (p.projects.length || kinds[p.kind]) outside.push(p); continue; }
        const [x, y] = pr.p(c[0], c[1]);
        if (kinds[p.kind] && p.lat !== null) {
            const sym = p.kind === 'crossing' ? s('rect', { x: -5, y: -5, width: 10, height: 10, class: 'sym crossing' })
                : p.kind === 'zone' ? s('path', { d: 'M0,-6 l6,6 l-6,6 l-6,-6 z', class: 'sym zone' })
                    : s('circle', { cx: 0, cy: 0, r: p.kind === 'city' ? 3.5 : 2.5, class: 'sym ' + p.kind });
            sym.appendChild(s('title', null, `${nameOf(p)} (${codeName('place', p.kind)})`));
            pointsLayer.appendChild(move(s('g', null, s('a', { href: href('/map', { place: p.id }), 'aria-label': nameOf(p) }, sym)), x, y, 0, 0, 6));
            labels.push({ el: s('text', { class: p.kind === 'city' ? 'city-label' : 'place-label' }, nameOf(p)), x, y, area: false,
                rank: 1, n: projectsIn.get(p.id) || 0, order: kinds[p.kind] });
        }
        if (p.id === selected) pointsLayer.appendChild(move(s('circle', { cx: 0, cy: 0, r: 16, class: 'selected-ring' }), x, y));
        for (const prj of p.projects) {
            const key = `${Math.round(x)},${Math.round(y)}`;
            const n = atPoint.get(key) || 0;
            atPoint.set(key, n + 1);
            const ang = n * 2.4, rad = n ? 9 + 3 * Math.sqrt(n) : 0;
            const dot = s('circle', { cx: 0, cy: 0, r: 8, fill: STAGE_COLOURS[prj.stage || 'unknown'], class: 'project-dot' + (prj.stage ? '' : ' unknown'), 'data-stage': prj.stage || 'unknown' });
            dot.appendChild(s('title', null, `${nameOf(prj)} — ${stageName(prj.stage)}`));
            projLayer.appendChild(move(s('g', null, s('a', { href: href('/project/' + prj.id), 'aria-label': `${nameOf(prj)} — ${stageName(prj.stage)}` }, dot)),
                x, y, rad * Math.cos(ang), rad * Math.sin(ang), 8));
        }
    }
    // a point's name clears the projects spread around it
    for (const l of labels) if (!l.area) {
        const n = atPoint.get(`${Math.round(l.x)},${Math.round(l.y)}`) || 0;
        l.r = (n ? (n > 1 ? 9 + 3 * Math.sqrt(n - 1) : 0) + 8 : 6) + 3; // the dots' reach, then the names' padding and a pixel
    }
    // the most important names first (docs/web.md, "The map"): countries,
    // then by the projects in the place, then cities before crossings before
    // zones before the rest, then regions
    labels.sort((a, b) => a.rank - b.rank || b.n - a.n || a.order - b.order || a.el.textContent.localeCompare(b.el.textContent));
    for (const l of labels) labelLayer.appendChild(l.el);
    map.appendChild(pointsLayer);
    map.appendChild(labelLayer);
    map.appendChild(projLayer);

    const counter = h('p', { class: 'muted map-count', role: 'status' });
    const zoom = zoomable(map, { W, H, geoLayer, movers, labels, counter });
    const rows = data.items.flatMap(p => p.projects.map(prj => ({ p, prj })));
    const usedStages = new Set(data.items.flatMap(p => p.projects.map(x => x.stage || 'unknown')));
    view.appendChild(h('div', { class: 'map-wrap' }, [
        h('figure', { class: 'chart-box map-box' }, [
            h('div', { class: 'map-view', tabindex: 0, role: 'group', 'aria-label': t('mp.view'), onkeydown: zoom.onKey }, [map, zoom.buttons, zoom.hint]),
            h('figcaption', { class: 'attribution' }, [t('mp.attr', g.attribution || ''), ' ',
                chartFiles(map, 'amur-map', rows, [
                    { label: 'place', value: r => r.p.id }, { label: 'kind', value: r => r.p.kind },
                    { label: 'project', value: r => r.prj.id }, { label: 'stage', value: r => r.prj.stage || '' },
                    { label: 'lat', value: r => r.p.lat ?? '' }, { label: 'lon', value: r => r.p.lon ?? '' },
                ]), counter])]),
        h('aside', { class: 'map-side' }, [
            h('h2', null, t('mp.legend')),
            stageLegend([...STAGES, 'unknown'].filter(k => usedStages.has(k))),
            h('ul', { class: 'legend symbols' }, [
                h('li', null, [h('span', { class: 'sym-key crossing', 'aria-hidden': 'true' }), t('mp.crossing')]),
                h('li', null, [h('span', { class: 'sym-key zone', 'aria-hidden': 'true' }), t('mp.zone')]),
                h('li', null, [h('span', { class: 'sym-key city', 'aria-hidden': 'true' }), t('mp.city')]),
            ]),
            selected && places.get(selected) ? placePanel(places.get(selected), data.items) : null,
            outside.length ? h('p', { class: 'muted outside' }, t('mp.outside', outside.map(p => nameOf(p)).join(', '))) : null,
        ]),
    ]));

    // places with projects, as a table
    view.appendChild(h('section', { class: 'block' }, [h('h2', null, t('mp.places')), table(rows, [
        { key: 'place', raw: r => r.p.id, label: t('col.place'), value: r => nameOf(r.p), cell: r => link('/map', { place: r.p.id }, nameOf(r.p)) },
        { key: 'kind', raw: r => r.p.kind, label: t('col.kind'), value: r => codeName('place', r.p.kind) },
        { key: 'project', raw: r => r.prj.id, label: t('col.project'), value: r => nameOf(r.prj), cell: r => link('/project/' + r.prj.id, null, nameOf(r.prj)) },
        { key: 'stage', raw: r => r.prj.stage || null, label: t('col.stage'), value: r => stageName(r.prj.stage), cell: r => stageBadge(r.prj.stage) },
        { key: 'lat', raw: r => r.p.lat ?? null, label: t('col.lat'), value: r => r.p.lat ?? '', cls: 'num' },
        { key: 'lon', raw: r => r.p.lon ?? null, label: t('col.lon'), value: r => r.p.lon ?? '', cls: 'num' },
    ], { sortParam: 'sort', name: 'amur-places' + (state.asOf ? '-' + state.asOf : '') })]));
}

// The projects at each place and at the places inside it (through parents).
function projectCounts(items, places) {
    const n = new Map();
    for (const p of items) {
        if (!p.projects.length) continue;
        const seen = new Set();
        for (let q = p; q && !seen.has(q.id); q = places.get(q.parent)) {
            seen.add(q.id);
            n.set(q.id, (n.get(q.id) || 0) + p.projects.length);
        }
    }
    return n;
}

// Zoom and pan: the view is (k, tx, ty), a point (x, y) of the whole map
// being drawn at (x·k + tx, y·k + ty). Buttons, the wheel, a mouse's drag,
// two fingers (one finger scrolls the page), and + − 0 and the arrows on the focused map change it; after each
// change the names are placed again.
const K_MAX = 64;
function zoomable(map, { W, H, geoLayer, movers, labels, counter }) {
    let k = 1, tx = 0, ty = 0, queued = false;
    const apply = () => {
        k = Math.min(K_MAX, Math.max(1, k));
        tx = Math.min(0, Math.max(W - W * k, tx));
        ty = Math.min(0, Math.max(H - H * k, ty));
        geoLayer.setAttribute('transform', `translate(${tx.toFixed(2)},${ty.toFixed(2)}) scale(${k.toFixed(4)})`);
        for (const m of movers)
            m.el.setAttribute('transform', `translate(${(m.x * k + tx + m.dx).toFixed(1)},${(m.y * k + ty + m.dy).toFixed(1)})`);
        map.dataset.zoom = k.toFixed(3);
        out.disabled = k <= 1;
        inn.disabled = k >= K_MAX;
        if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; place(); }); }
    };
    const zoomAt = (f, cx = W / 2, cy = H / 2) => {
        const k2 = Math.min(K_MAX, Math.max(1, k * f));
        tx = cx - (cx - tx) * (k2 / k);
        ty = cy - (cy - ty) * (k2 / k);
        k = k2;
        apply();
    };
    const reset = () => { k = 1; tx = 0; ty = 0; apply(); };
    const pan = (dx, dy) => { tx += dx; ty += dy; apply(); };
    // names: greedily in order of importance, each at the first of its
    // positions whose box is inside the view and overlaps no name already
    // placed; the others hidden (visibility, which the SVG file keeps)
    let sized = false;
    const place = () => {
        if (!map.isConnected || !map.getBoundingClientRect().width) return;
        if (!sized) {
            for (const l of labels) {
                l.el.setAttribute('x', 0);
                l.el.setAttribute('y', 0);
                l.el.setAttribute('text-anchor', 'start');
                const b = l.el.getBBox();
                l.w = b.width; l.top = b.y; l.h = b.height;
            }
            sized = true;
        }
        const PAD = 2, boxes = [];
        // the symbols and project dots in view: no name covers them
        const marks = movers.filter(m => m.r).map(m => {
            const x = m.x * k + tx + m.dx, y = m.y * k + ty + m.dy;
            return [x - m.r, y - m.r, x + m.r, y + m.r];
        }).filter(b => b[2] > 0 && b[0] < W && b[3] > 0 && b[1] < H);
        // and the zoom buttons over the map's corner
        const mr = map.getBoundingClientRect(), br = buttons.getBoundingClientRect(), u = W / mr.width;
        if (br.width) marks.push([(br.left - mr.left) * u - 4, (br.top - mr.top) * u - 4, (br.right - mr.left) * u + 4, (br.bottom - mr.top) * u + 4]);
        const hits = (b, list) => list.some(o => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
        let shown = 0;
        for (const l of labels) {
            const x = l.x * k + tx, y = l.y * k + ty, r = l.r, mid = l.top + l.h / 2;
            const spots = l.area ? [['middle', x, y], ['middle', x, y - l.h - 2], ['middle', x, y + l.h + 2]]
                : [['start', x + r, y - mid], ['end', x - r, y - mid], ['middle', x, y - r - l.top - l.h], ['middle', x, y + r - l.top]];
            let ok = null;
            // an area's name may slide sideways to stay in the view while its centre is in it
            if (l.area && x >= 0 && x <= W) for (const sp of spots) sp[1] = Math.min(W - l.w / 2 - 3, Math.max(l.w / 2 + 3, sp[1]));
            for (const [anchor, ax, ay] of spots) {
                const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - l.w : ax - l.w / 2;
                const b = [x0 - PAD, ay + l.top - PAD, x0 + l.w + PAD, ay + l.top + l.h + PAD];
                if (b[0] < 0 || b[1] < 0 || b[2] > W || b[3] > H) continue;
                if (hits(b, boxes) || hits(b, marks)) continue;
                ok = [anchor, ax, ay, b];
                break;
            }
            if (ok) {
                boxes.push(ok[3]);
                l.el.setAttribute('text-anchor', ok[0]);
                l.el.setAttribute('x', ok[1].toFixed(1));
                l.el.setAttribute('y', ok[2].toFixed(1));
                l.el.removeAttribute('visibility');
                shown++;
            } else l.el.setAttribute('visibility', 'hidden');
        }
        map.dataset.labels = String(shown);
        counter.textContent = t('mp.labels', shown, labels.length);
    };
    // the first placing needs the map on the page, measured
    new ResizeObserver(() => place()).observe(map);

    const btn = (cls, text, label, fn) => h('button', { type: 'button', class: 'btn map-btn ' + cls, 'aria-label': label, title: label, onclick: fn }, text);
    const inn = btn('zoom-in', '+', t('mp.zoomIn'), () => zoomAt(1.6));
    const out = btn('zoom-out', '−', t('mp.zoomOut'), () => zoomAt(1 / 1.6));
    const buttons = h('div', { class: 'map-zoom' }, [inn, out, btn('zoom-reset', '⟲', t('mp.reset'), reset)]);

    // a point on the screen in the map's units
    const at = (e) => {
        const r = map.getBoundingClientRect();
        return [(e.clientX - r.left) * W / r.width, (e.clientY - r.top) * H / r.height];
    };
    map.addEventListener('wheel', (e) => {
        if (k <= 1 && e.deltaY > 0) return; // nothing to zoom out of: the page scrolls
        e.preventDefault();
        zoomAt(Math.exp(-e.deltaY * (e.deltaMode ? 0.05 : 0.002)), ...at(e));
    }, { passive: false });
    const down = new Map(); // pointer id -> its last point
    let moved = 0, spread = 0, touching = false;
    const mid = () => { const ps = [...down.values()]; return [(ps[0][0] + ps[1][0]) / 2, (ps[0][1] + ps[1][1]) / 2]; };
    const dist = () => { const ps = [...down.values()]; return Math.hypot(ps[0][0] - ps[1][0], ps[0][1] - ps[1][1]); };
    map.addEventListener('pointerdown', (e) => {
        if (e.button !== 0 && e.pointerType === 'mouse') return;
        down.set(e.pointerId, at(e));
        touching = e.pointerType === 'touch';
        if (down.size === 1) moved = 0;
        if (down.size === 2) spread = dist();
    });
    map.addEventListener('pointermove', (e) => {
        const last = down.get(e.pointerId);
        if (!last) return;
        const now = at(e);
        if (down.size === 2) {
            const m0 = mid();
            down.set(e.pointerId, now);
            const m1 = mid(), d = dist();
            tx += m1[0] - m0[0]; ty += m1[1] - m0[1];
            if (spread > 0 && d > 0) zoomAt(d / spread, ...m1); else apply();
            spread = d;
            moved += 10;
        } else {
            down.set(e.pointerId, now);
            if (touching) return; // one finger: the page's (see the touch listeners below)
            moved += Math.abs(now[0] - last[0]) + Math.abs(now[1] - last[1]);
            // held by the map only once it is a drag, so that a click still reaches its link
            if (moved > 4 && !map.hasPointerCapture(e.pointerId)) map.setPointerCapture(e.pointerId);
            pan(now[0] - last[0], now[1] - last[1]);
        }
    });
    const up = (e) => { down.delete(e.pointerId); spread = 0; };
    map.addEventListener('pointerup', up);
    map.addEventListener('pointercancel', up);
    // On a touch screen the map takes two fingers (a pinch zooms, both moving
    // pan) and leaves one to the page, as the maps built into pages do
    // ("cooperative gestures"): a map as wide as a phone's screen would
    // otherwise catch every swipe meant to scroll past it. style.css lets the
    // browser pan the page (touch-action: pan-x pan-y, no pinch-zoom), and
    // here a second finger stops it, while the browser still lets it (a
    // touchmove it can cancel). One finger moving sideways, which meant to
    // move the map, is told how.
    let start = null, hintTimer = 0;
    const hint = h('p', { class: 'map-hint', 'aria-hidden': 'true' }, t('mp.twoFingers'));
    const twoFingers = (e) => { if (e.touches.length >= 2 && e.cancelable) e.preventDefault(); };
    map.addEventListener('touchstart', (e) => {
        twoFingers(e);
        start = e.touches.length === 1 ? [e.touches[0].clientX, e.touches[0].clientY] : null;
    }, { passive: false });
    map.addEventListener('touchmove', (e) => {
        twoFingers(e);
        if (!start || e.touches.length !== 1) return;
        const dx = e.touches[0].clientX - start[0], dy = e.touches[0].clientY - start[1];
        if (Math.abs(dx) > 24 && Math.abs(dx) > 2 * Math.abs(dy)) {
            start = null;
            hint.classList.add('shown');
            clearTimeout(hintTimer);
            hintTimer = setTimeout(() => hint.classList.remove('shown'), 1800);
        }
    }, { passive: false });
    // a drag that ends on a link does not follow it
    map.addEventListener('click', (e) => { if (moved > 4) { e.preventDefault(); e.stopPropagation(); moved = 0; } }, true);
    const keys = { '+': () => zoomAt(1.6), '=': () => zoomAt(1.6), '-': () => zoomAt(1 / 1.6), '_': () => zoomAt(1 / 1.6), '0': reset,
        ArrowLeft: () => pan(60, 0), ArrowRight: () => pan(-60, 0), ArrowUp: () => pan(0, 60), ArrowDown: () => pan(0, -60) };
    buttons.addEventListener('keydown', (e) => e.stopPropagation());
    const onKey = (e) => {
        if (e.ctrlKey || e.metaKey || e.altKey || !keys[e.key]) return;
        e.preventDefault();
        keys[e.key]();
    };
    apply();
    return { buttons, onKey, hint };
}

function placePanel(p, all) {
    const inside = all.filter(x => x.id === p.id || x.parent === p.id);
    const projects = inside.flatMap(x => x.projects);
    return h('div', { class: 'place-panel' }, [
        h('h3', null, nameOf(p)),
        h('p', { class: 'muted' }, [codeName('place', p.kind), p.note ? ' — ' + p.note : '']),
        projects.length ? h('ul', { class: 'plain' }, projects.map(prj => h('li', null, [
            link('/project/' + prj.id, null, nameOf(prj)), ' ', stageBadge(prj.stage)]))) : h('p', { class: 'muted' }, t('none')),
        h('p', null, link('/projects', { place: p.id }, t('nav.projects') + ' →')),
    ]);
}

export { clear };

// The area-weighted centre of the largest outer ring of a polygon or multipolygon.
function labelPoint(geom) {
    const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
    let best = null, bestA = 0;
    for (const poly of polys) {
        const r = poly[0];
        let a = 0, cx = 0, cy = 0;
        for (let i = 0; i < r.length - 1; i++) {
            const [x0, y0] = r[i], [x1, y1] = r[i + 1];
            const k = x0 * y1 - x1 * y0;
            a += k; cx += (x0 + x1) * k; cy += (y0 + y1) * k;
        }
        if (Math.abs(a) > bestA) { bestA = Math.abs(a); best = [cx / (3 * a), cy / (3 * a)]; }
    }
    return best;
}
