// Map: region outlines and borders (geo/far-east.geojson, embedded), places
// from /api/places, and projects as points coloured by stage. Drawn as SVG
// with an equirectangular projection (charts.js), no tiles.
import { h, s, clear } from '../dom.js';
import { api, state, href } from '../api.js';
import { t, stageName, nameOf, STAGES, getLang, codeName } from '../i18n.js';
import { pageHead, stageBadge, link } from '../ui.js';
import { STAGE_COLOURS, projection, geoPath, stageLegend } from '../charts.js';
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
    const W = 1000;
    const pr = projection(g.bbox, W);
    const map = s('svg', { viewBox: `0 0 ${W} ${pr.height}`, class: 'chart map', role: 'img', 'aria-label': t('mp.title') });
    map.appendChild(s('title', null, t('mp.title')));
    map.appendChild(s('rect', { x: 0, y: 0, width: W, height: pr.height, class: 'sea' }));
    const lang = getLang();
    for (const f of g.features) {
        const pp = f.properties;
        if (pp.kind === 'border') continue;
        const path = s('path', { d: geoPath(f.geometry, pr.p), class: ['land', pp.kind, 'c-' + pp.country, pp.id && pp.id === selected ? 'selected' : null].filter(Boolean).join(' ') });
        path.appendChild(s('title', null, pp[lang] || pp.en));
        if (pp.id && places.has(pp.id)) map.appendChild(s('a', { href: href('/map', { place: pp.id }), 'aria-label': pp[lang] || pp.en }, path));
        else map.appendChild(path);
    }
    for (const f of g.features) if (f.properties.kind === 'border')
        map.appendChild(s('path', { d: geoPath(f.geometry, pr.p), class: 'border' }));
    // region and country labels, at the centre of each outline's largest ring
    for (const f of g.features) {
        const pp = f.properties;
        if (pp.kind === 'border') continue;
        const c = labelPoint(f.geometry);
        if (!c) continue;
        const [x, y] = pr.p(c[0], c[1]);
        if (x < 40 || x > W - 40 || y < 12 || y > pr.height - 8) continue;
        map.appendChild(s('text', { x, y, 'text-anchor': 'middle', class: 'region-label ' + pp.kind }, pp[lang] || pp.en));
    }

    // places and projects
    const outside = [];
    const pointsLayer = s('g', { class: 'points' });
    const labelLayer = s('g', { class: 'labels' });
    const kinds = new Set(['crossing', 'city', 'zone', 'settlement', 'island']);
    const projLayer = s('g', { class: 'projects' });
    const atPoint = new Map(); // "x,y" -> projects drawn there, to spread them
    for (const p of data.items) {
        const c = coord(p);
        if (!c) continue;
        if (!pr.inside(c[0], c[1])) { if (p.projects.length || kinds.has(p.kind)) outside.push(p); continue; }
        const [x, y] = pr.p(c[0], c[1]);
        if (kinds.has(p.kind) && p.lat !== null) {
            const sym = p.kind === 'crossing' ? s('rect', { x: x - 5, y: y - 5, width: 10, height: 10, class: 'sym crossing' })
                : p.kind === 'zone' ? s('path', { d: `M${x},${y - 6} l6,6 l-6,6 l-6,-6 z`, class: 'sym zone' })
                    : s('circle', { cx: x, cy: y, r: p.kind === 'city' ? 3.5 : 2.5, class: 'sym ' + p.kind });
            sym.appendChild(s('title', null, `${nameOf(p)} (${codeName('place', p.kind)})`));
            pointsLayer.appendChild(s('a', { href: href('/map', { place: p.id }), 'aria-label': nameOf(p) }, sym));
            if (p.kind === 'city') {
                const right = p.country !== 'cn';
                labelLayer.appendChild(s('text', { x: x + (right ? 7 : -7), y: y + (right ? -5 : 13),
                    'text-anchor': right ? 'start' : 'end', class: 'city-label' }, nameOf(p)));
            }
        }
        if (p.id === selected) pointsLayer.appendChild(s('circle', { cx: x, cy: y, r: 16, class: 'selected-ring' }));
        for (const prj of p.projects) {
            const key = `${Math.round(x)},${Math.round(y)}`;
            const n = atPoint.get(key) || 0;
            atPoint.set(key, n + 1);
            const ang = n * 2.4, rad = n ? 9 + 3 * Math.sqrt(n) : 0;
            const cx = x + rad * Math.cos(ang), cy = y + rad * Math.sin(ang);
            const dot = s('circle', { cx, cy, r: 8, fill: STAGE_COLOURS[prj.stage || 'unknown'], class: 'project-dot' + (prj.stage ? '' : ' unknown'), 'data-stage': prj.stage || 'unknown' });
            dot.appendChild(s('title', null, `${nameOf(prj)} — ${stageName(prj.stage)}`));
            projLayer.appendChild(s('a', { href: href('/project/' + prj.id), 'aria-label': `${nameOf(prj)} — ${stageName(prj.stage)}` }, dot));
        }
    }
    map.appendChild(pointsLayer);
    map.appendChild(labelLayer);
    map.appendChild(projLayer);

    const usedStages = new Set(data.items.flatMap(p => p.projects.map(x => x.stage || 'unknown')));
    view.appendChild(h('div', { class: 'map-wrap' }, [
        h('figure', { class: 'chart-box map-box' }, [map,
            h('figcaption', { class: 'attribution' }, t('mp.attr', g.attribution || ''))]),
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
    const rows = data.items.flatMap(p => p.projects.map(prj => ({ p, prj })));
    view.appendChild(h('section', { class: 'block' }, [h('h2', null, t('mp.places')), table(rows, [
        { key: 'place', raw: r => r.p.id, label: t('col.place'), value: r => nameOf(r.p), cell: r => link('/map', { place: r.p.id }, nameOf(r.p)) },
        { key: 'kind', raw: r => r.p.kind, label: t('col.kind'), value: r => codeName('place', r.p.kind) },
        { key: 'project', raw: r => r.prj.id, label: t('col.project'), value: r => nameOf(r.prj), cell: r => link('/project/' + r.prj.id, null, nameOf(r.prj)) },
        { key: 'stage', raw: r => r.prj.stage || null, label: t('col.stage'), value: r => stageName(r.prj.stage), cell: r => stageBadge(r.prj.stage) },
        { key: 'lat', raw: r => r.p.lat ?? null, label: t('col.lat'), value: r => r.p.lat ?? '', cls: 'num' },
        { key: 'lon', raw: r => r.p.lon ?? null, label: t('col.lon'), value: r => r.p.lon ?? '', cls: 'num' },
    ], { sortParam: 'sort', name: 'amur-places' + (state.asOf ? '-' + state.asOf : '') })]));
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
