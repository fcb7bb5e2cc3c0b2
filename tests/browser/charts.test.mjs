// Charts people reuse (issue 17, item 6), as a user meets them
// (tests/browser/run.sh starts the servers): each kind of chart saved as a
// PNG picture; the map zoomed and moved with its buttons, the wheel, a drag
// and the keyboard, its names never overlapping, more of them as it zooms
// in, and its files showing the view on the screen; on a touch phone, one
// finger scrolling the page over the map and two moving the map; the
// framework inflation as two charts aligned on the same years, each with one
// labelled y axis, its ratio reading as the API gives it; charts on a phone
// with text at a size that can be read and no page wider than the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openBrowser, closeBrowser } from './browser.mjs';

const BASE = process.env.AMUR_URL;
const SHOTS = process.env.AMUR_ARTIFACTS || path.join(import.meta.dirname, 'artifacts');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let ctx;

before(async () => {
    assert.ok(BASE, 'AMUR_URL is set by run.sh');
    ctx = await openBrowser(new URL(BASE).origin);
    fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
    await closeBrowser(ctx);
});

async function open(hash, { lang = 'en', viewport = DESKTOP } = {}) {
    const page = await ctx.newPage();
    await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', e => errors.push('pageerror: ' + e.message));
    page.on('console', m => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
    page.errors = errors;
    await page.addInitScript((l) => { try { localStorage.setItem('amur.lang', l); } catch { /* */ } }, lang);
    await page.goto(BASE + hash);
    await page.waitForFunction(() => {
        const m = document.getElementById('main');
        return m && !m.hasAttribute('aria-busy') && m.querySelector('h1');
    }, null, { timeout: 15000 });
    if (hash.startsWith('#/map')) await page.waitForFunction(() => document.querySelector('svg.map')?.dataset.labels);
    return page;
}

// The PNG's size from its IHDR chunk, after checking the signature.
function pngSize(buf) {
    assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
    assert.equal(buf.subarray(12, 16).toString('latin1'), 'IHDR', 'the IHDR chunk first');
    return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// The share of the picture's pixels that are not white, read back by the browser.
async function inked(page, buf) {
    return page.evaluate(async (b64) => {
        const img = new Image();
        img.src = 'data:image/png;base64,' + b64;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) n++;
        return n / (c.width * c.height);
    }, buf.toString('base64'));
}

async function savePNG(page, figure) {
    const [dl] = await Promise.all([page.waitForEvent('download'), figure.locator('.chart-files .dl-png').click()]);
    return { name: dl.suggestedFilename(), buf: fs.readFileSync(await dl.path()) };
}

const viewBoxOf = (loc) => loc.evaluate(el => el.getAttribute('viewBox').split(/\s+/).map(Number));

test('every kind of chart saves as a PNG picture, twice its size, on white', async () => {
    const kinds = [
        ['#/inflation', 'figure', 'svg.inflation', /^amur-inflation.*\.png$/],
        ['#/inflation', 'figure', 'svg.inflation-ratio', /^amur-inflation-ratio.*\.png$/],
        ['#/regions', 'article.region', 'svg.share', /^amur-.*-shares\.png$/],
        ['#/regions', 'figure', 'svg.strip', /^amur-regions-.*\.png$/],
        ['#/project/prj-blag-heihe-bridge', 'figure', 'svg.dumbbell', /^amur-prj-blag-heihe-bridge-lateness\.png$/],
        ['#/project/prj-blag-heihe-bridge', 'figure', 'svg.timeline', /^amur-prj-blag-heihe-bridge-promises-chart\.png$/],
        ['#/map', 'figure', 'svg.map', /^amur-map\.png$/],
    ];
    for (const [hash, box, sel, name] of kinds) {
        const page = await open(hash);
        const figure = page.locator(box, { has: page.locator(sel) }).first();
        const vb = await viewBoxOf(figure.locator(sel).first());
        const png = await savePNG(page, figure);
        assert.match(png.name, name, sel);
        const size = pngSize(png.buf);
        assert.ok(size.width > 0 && size.height > 0, `${sel}: ${size.width}×${size.height}`);
        assert.equal(size.width, vb[2] * 2, `${sel}: drawn at twice the chart's width`);
        assert.equal(size.height, Math.round(vb[3] * 2), `${sel}: and height`);
        const ink = await inked(page, png.buf);
        assert.ok(ink > 0.005 && ink < 0.995, `${sel}: a picture, not a blank (${(ink * 100).toFixed(1)}% inked)`);
        assert.equal(await figure.locator('.chart-files .dl-status').textContent(), '', 'no failure shown');
        assert.deepEqual(page.errors, [], 'no script errors');
        await page.close();
    }
});

// The boxes on the screen of the map's names that show, each with the point
// it names: its place's symbol (the link of that name), or for a region the
// name's own centre.
const shownNames = (page) => page.locator('svg.map g.labels text').evaluateAll(els => {
    const syms = new Map([...document.querySelectorAll('svg.map g.points a')].map(a => [a.getAttribute('aria-label'), a]));
    return els.filter(e => getComputedStyle(e).visibility !== 'hidden').map(e => {
        const r = e.getBoundingClientRect();
        const sym = e.classList.contains('region-label') ? null : syms.get(e.textContent);
        const at = sym ? sym.getBoundingClientRect() : r;
        return { text: e.textContent, l: r.left, t: r.top, r: r.right, b: r.bottom, x: (at.left + at.right) / 2, y: (at.top + at.bottom) / 2 };
    });
});

function assertApart(names, what) {
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
        const a = names[i], b = names[j];
        const overlap = a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
        assert.ok(!overlap, `${what}: “${a.text}” and “${b.text}” overlap`);
    }
}

function assertInside(names, box, what) {
    for (const n of names)
        assert.ok(n.l >= box.left - 1 && n.r <= box.right + 1 && n.t >= box.top - 1 && n.b <= box.bottom + 1, `${what}: “${n.text}” inside the map`);
}

const mapBox = (page) => page.locator('svg.map').evaluate(e => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; });
const zoomOf = (page) => page.locator('svg.map').evaluate(e => Number(e.dataset.zoom));
const geoView = (page) => page.locator('svg.map g.geo').getAttribute('transform');
const settle = (page) => page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));

test('the map zooms in (buttons, wheel, keys) with its names apart, and more of them, in every language and size', async (t) => {
    for (const viewport of [DESKTOP, PHONE]) for (const lang of ['en', 'ru', 'zh']) {
        const what = `${lang} ${viewport.width}px`;
        const page = await open('#/map', { lang, viewport });
        for (const cls of ['zoom-in', 'zoom-out', 'zoom-reset'])
            assert.match(await page.getAttribute(`.map-zoom .${cls}`, 'aria-label'), /^[^.]{2,}$/, `${what}: ${cls} has a label in words`);
        let box = await mapBox(page);
        let names = await shownNames(page);
        assert.ok(names.length >= 3, `${what}: names on the whole map (${names.length})`);
        assertApart(names, what + ' zoom 1');
        assertInside(names, box, what);
        assert.equal(await zoomOf(page), 1);
        // zoom in six times about the densest place (the Blagoveshchensk–Heihe crossing), then with the button
        const crossing = page.locator('svg.map a[href*="place=xing-blag-heihe"] rect').first();
        let revealed = 0;
        const names0 = names.length;
        const seen = [];
        for (let step = 0; step < 7; step++) {
            const before = await geoView(page);
            const k0 = await zoomOf(page);
            box = await mapBox(page);
            let cx, cy;
            if (step < 6) {
                const r = await crossing.boundingBox();
                cx = r.x + r.width / 2;
                cy = r.y + r.height / 2;
                await page.mouse.move(cx, cy);
                await page.mouse.wheel(0, -300);
            } else {
                cx = (box.left + box.right) / 2;
                cy = (box.top + box.bottom) / 2;
                await page.click('.map-zoom .zoom-in');
            }
            await page.waitForFunction((k) => Number(document.querySelector('svg.map').dataset.zoom) > k, k0);
            await settle(page);
            const k1 = await zoomOf(page);
            assert.notEqual(await geoView(page), before, `${what}: the view changed`);
            // the part of the map now on the screen, as it was before this zoom
            const f = k1 / k0;
            const win = { l: cx - (cx - box.left) / f, r: cx + (box.right - cx) / f, t: cy - (cy - box.top) / f, b: cy + (box.bottom - cy) / f };
            const inWin = names.filter(n => n.x >= win.l && n.x <= win.r && n.y >= win.t && n.y <= win.b);
            names = await shownNames(page);
            revealed = Math.max(revealed, names.length - inWin.length);
            seen.push(`${k1.toFixed(1)}: ${inWin.length} → ${names.length}`);
            assert.ok(names.length >= inWin.length,
                `${what}, zoom ${k1.toFixed(2)}: ${names.length} names shown for the part that showed ${inWin.length} (${inWin.map(n => n.text).join(', ')})`);
            assertApart(names, `${what} zoom ${k1.toFixed(2)}`);
            assertInside(names, box, what);
        }
        t.diagnostic(`${what}: names shown at zoom 1: ${names0}; then, zoom: shown before in the part now in view → shown: ${seen.join('; ')}`);
        assert.ok(revealed > 0, `${what}: zooming in shows names that were hidden (${seen.join('; ')})`);
        const status = await page.textContent('.map-count');
        assert.match(status, new RegExp(String(names.length)), `${what}: the count of names shown is said`);
        if (lang === 'en') await page.screenshot({ path: path.join(SHOTS, `map-zoomed-${viewport.width}.png`) });
        // keys on the focused map: move, zoom out, the whole map again
        await page.focus('.map-view');
        let v = await geoView(page);
        await page.keyboard.press('ArrowRight');
        await settle(page);
        assert.notEqual(await geoView(page), v, `${what}: an arrow key moves the map`);
        const k = await zoomOf(page);
        await page.keyboard.press('-');
        assert.ok(await zoomOf(page) < k, `${what}: − zooms out`);
        await page.keyboard.press('+');
        assert.ok(Math.abs(await zoomOf(page) - k) < 1e-6, `${what}: + zooms in`);
        await page.keyboard.press('0');
        assert.equal(await zoomOf(page), 1, `${what}: 0 shows the whole map`);
        await settle(page);
        assertApart(await shownNames(page), what + ' after reset');
        assert.deepEqual(page.errors, [], 'no script errors');
        await page.close();
    }
});

test('the map moves with a drag and its files show the view on the screen', async () => {
    const page = await open('#/map');
    await page.click('.map-zoom .zoom-in');
    await page.click('.map-zoom .zoom-in');
    await settle(page);
    const before = await geoView(page);
    const box = await mapBox(page);
    const url = page.url();
    await page.mouse.move(box.left + 300, box.top + 300);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.left + 300 - i * 20, box.top + 300 - i * 10);
    await page.mouse.up();
    await settle(page);
    const after = await geoView(page);
    assert.notEqual(after, before, 'dragged');
    assert.equal(page.url(), url, 'a drag that ends on a link does not follow it');
    const k = await zoomOf(page);
    assert.match(after, new RegExp(`scale\\(${k.toFixed(3)}`));
    // the SVG file: the same view, the same names shown and hidden
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('.map-box .chart-files .dl-svg')]);
    const svg = fs.readFileSync(await svgDl.path(), 'utf8');
    assert.ok(svg.includes(`transform="${after}"`), 'the file has the view on the screen');
    const shown = (await shownNames(page)).map(n => n.text);
    const hidden = (svg.match(/<text [^>]*visibility="hidden"/g) || []).length;
    const total = await page.locator('svg.map g.labels text').count();
    assert.equal(hidden, total - shown.length, 'the names hidden on the screen are hidden in the file');
    // and the picture is of that view: twice the map's width
    const png = await savePNG(page, page.locator('figure.map-box'));
    const vb = await viewBoxOf(page.locator('svg.map'));
    assert.equal(pngSize(png.buf).width, vb[2] * 2);
    // two fingers moving apart (pointer events as a touch screen sends them) zoom in
    await page.keyboard.press('0');
    const k0 = await zoomOf(page);
    await page.locator('svg.map').evaluate((svg) => {
        const r = svg.getBoundingClientRect(), cx = r.left + r.width / 2, cy = r.top + r.height / 2;
        const ev = (type, id, x) => svg.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 1,
            clientX: x, clientY: cy, bubbles: true, cancelable: true, button: 0 }));
        ev('pointerdown', 1, cx - 20);
        ev('pointerdown', 2, cx + 20);
        for (let i = 1; i <= 5; i++) { ev('pointermove', 1, cx - 20 - i * 10); ev('pointermove', 2, cx + 20 + i * 10); }
        ev('pointerup', 1, cx - 70);
        ev('pointerup', 2, cx + 70);
    });
    const k1 = await zoomOf(page);
    assert.ok(k1 > k0 * 2, `a pinch zooms in (${k0} → ${k1})`);
    assert.deepEqual(page.errors, [], 'no script errors');
    await page.close();
});

test('charts on a phone (390×844): text at least 9 px, ticks apart and inside, no page wider than the screen', async () => {
    const pages = ['#/regions', '#/inflation', '#/project/prj-blag-heihe-bridge', '#/map', '#/programmes', '#/instrument/ins-prog-2009-2018'];
    for (const lang of ['en', 'ru', 'zh']) for (const hash of pages) {
        const what = `${lang} ${hash}`;
        const page = await open(hash, { lang, viewport: PHONE });
        await settle(page);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(over <= 1, `${what}: ${over}px wider than the screen`);
        const charts = await page.locator('main svg.chart').evaluateAll(svgs => svgs.map(svg => {
            const r = svg.getBoundingClientRect();
            const vb = svg.getAttribute('viewBox');
            const scale = vb ? r.width / Number(vb.split(/\s+/)[2]) : 1;
            const texts = [...svg.querySelectorAll('text')].filter(e => getComputedStyle(e).visibility !== 'hidden' && e.textContent.trim())
                .map(e => {
                    const b = e.getBoundingClientRect();
                    return { text: e.textContent, cls: e.getAttribute('class') || '', px: parseFloat(getComputedStyle(e).fontSize) * scale,
                        l: b.left, r: b.right, t: b.top, b: b.bottom };
                });
            return { cls: svg.getAttribute('class'), box: { l: r.left, r: r.right }, texts, scale };
        }));
        assert.ok(charts.length >= 1, `${what}: a chart`);
        for (const c of charts) {
            for (const x of c.texts) assert.ok(x.px >= 9, `${what} ${c.cls}: “${x.text}” is ${x.px.toFixed(1)} px`);
            if (/map|stacked/.test(c.cls)) continue; // the map's names: the test above; a bar's segments: numbers on them
            const ticks = c.texts.filter(x => /\btick\b/.test(x.cls) && !/row-name/.test(x.cls));
            assertApart(ticks, `${what} ${c.cls} ticks`);
            for (const x of c.texts.filter(x => /tick|row-label|row-name|late-label/.test(x.cls)))
                assert.ok(x.l >= c.box.l - 1 && x.r <= c.box.r + 1, `${what} ${c.cls}: “${x.text}” cut off at the chart's edge`);
        }
        if (lang === 'en') await page.screenshot({ path: path.join(SHOTS, `phone-chart-${hash.replace(/[^a-z0-9]+/g, '-')}.png`), fullPage: true });
        assert.deepEqual(page.errors, [], 'no script errors');
        await page.close();
    }
});

// ---- framework inflation: two charts on the same years ----

const readDownload = async (dl) => fs.readFileSync(await dl.path(), 'utf8');
// a chart's CSV (numbers only, no quoting): [{column: text}]
function csvRows(text) {
    const [head, ...rows] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean).map(l => l.split(','));
    return rows.map(r => Object.fromEntries(head.map((k, i) => [k, r[i]])));
}
const apiInflation = async () => (await (await fetch(new URL('api/inflation?limit=5000', BASE))).json()).items;

// What a reader gets from the two charts, measured on the screen: each
// chart's y axes (their labels, and the ticks outside any axis), its years'
// columns (the x of each year's slot, and of its marks) and its year labels.
const inflationCharts = (page) => page.evaluate(() => [...document.querySelectorAll('main svg.inflation-counts, main svg.inflation-ratio')].map(svg => {
    const mid = (e) => { const r = e.getBoundingClientRect(); return (r.left + r.right) / 2; };
    const r = svg.getBoundingClientRect();
    return {
        cls: svg.getAttribute('class'), left: r.left, width: r.width, viewBox: svg.getAttribute('viewBox'),
        axes: [...svg.querySelectorAll('g.axis.y')].map(g => ({
            labels: [...g.querySelectorAll('.axis-label')].map(e => e.textContent),
            ticks: [...g.querySelectorAll('text.tick')].map(e => ({ text: e.textContent, right: e.getBoundingClientRect().right })) })),
        // a tick anywhere but on the y axis or the years' axis is a second axis
        strayTicks: [...svg.querySelectorAll('text.tick')].filter(e => !e.closest('g.axis')).map(e => e.textContent),
        slots: Object.fromEntries([...svg.querySelectorAll('.slot')].map(e => [e.dataset.year, mid(e)])),
        marks: [...svg.querySelectorAll('rect[data-year], circle[data-year]')].map(e => ({ year: e.dataset.year, x: mid(e) })),
        years: Object.fromEntries([...svg.querySelectorAll('g.axis.x text.tick')].map(e => [e.textContent, mid(e)])),
        plotLeft: Math.min(...[...svg.querySelectorAll('.slot')].map(e => e.getBoundingClientRect().left)),
    };
}));

// The value the ratio chart shows for YEAR, read as a reader reads it: the
// point's height against the y axis's ticks at their grid lines (two of them
// fix the scale), in the units the axis's labels are written in.
const ratioRead = (page, year) => page.locator('main svg.inflation-ratio').evaluate((svg, year) => {
    const num = (text) => Number(text.replace(/\s/g, '').replace(',', '.'));
    // each tick's value, at the height of its grid line (drawn just before it)
    const ticks = [...svg.querySelectorAll('g.axis.y text.tick')].map(e => ({ v: num(e.textContent), y: Number(e.previousElementSibling.getAttribute('y1')) }));
    const a = ticks[0], b = ticks[ticks.length - 1];
    const pt = svg.querySelector(`circle[data-year="${year}"]`);
    if (!pt) return null;
    return a.v + (Number(pt.getAttribute('cy')) - a.y) * (b.v - a.v) / (b.y - a.y);
}, year);

test('framework inflation: two charts aligned on the same years, each with one labelled y axis, in every language and size', async () => {
    const items = await apiInflation();
    assert.ok(items.length >= 10, `years from the API (${items.length})`);
    const label = { en: [/per year/, /per delivered project/], ru: [/за год/, /завершённый проект/], zh: [/每年/, /每个完成项目/] };
    for (const viewport of [DESKTOP, PHONE]) for (const lang of ['en', 'ru', 'zh']) {
        const what = `${lang} ${viewport.width}px`;
        const page = await open('#/inflation', { lang, viewport });
        const charts = await inflationCharts(page);
        assert.deepEqual(charts.map(c => c.cls.split(' ').find(x => /^inflation-/.test(x))), ['inflation-counts', 'inflation-ratio'], `${what}: two charts, counts above the ratio`);
        const [counts, ratio] = charts;
        charts.forEach((c, i) => {
            assert.equal(c.axes.length, 1, `${what} ${c.cls}: one y axis`);
            assert.equal(c.axes[0].labels.length, 1, `${what} ${c.cls}: its label`);
            assert.match(c.axes[0].labels[0], label[lang][i], `${what} ${c.cls}: the label says the unit`);
            assert.ok(c.axes[0].ticks.length >= 2, `${what} ${c.cls}: ticks on it`);
            for (const tk of c.axes[0].ticks) assert.ok(tk.right <= c.plotLeft + 0.5, `${what} ${c.cls}: tick ${tk.text} left of the plot`);
            assert.deepEqual(c.strayTicks, [], `${what} ${c.cls}: no tick on a second axis`);
            assert.deepEqual(Object.keys(c.slots).sort(), items.map(r => String(r.year)).sort(), `${what} ${c.cls}: a column a year`);
        });
        // the same years at the same places on the screen
        assert.equal(counts.viewBox.split(' ')[2], ratio.viewBox.split(' ')[2], `${what}: drawn at the same width`);
        assert.ok(Math.abs(counts.left - ratio.left) < 0.5 && Math.abs(counts.width - ratio.width) < 0.5, `${what}: shown at the same place and width`);
        for (const r of items)
            assert.ok(Math.abs(counts.slots[r.year] - ratio.slots[r.year]) < 0.5, `${what}: ${r.year} at x ${counts.slots[r.year]} and ${ratio.slots[r.year]}`);
        assert.deepEqual(Object.keys(counts.years), Object.keys(ratio.years), `${what}: the same years labelled`);
        assert.ok(Object.keys(counts.years).length >= 3, `${what}: years labelled (${Object.keys(counts.years)})`);
        for (const [yr, x] of Object.entries(counts.years)) {
            assert.ok(Math.abs(x - ratio.years[yr]) < 0.5, `${what}: the label ${yr} at the same x`);
            assert.ok(Math.abs(x - counts.slots[yr]) < 0.5, `${what}: the label ${yr} under its column`);
        }
        // every bar and point in its year's column
        const colW = (counts.slots[items[1].year] - counts.slots[items[0].year]);
        for (const c of charts) for (const mk of c.marks)
            assert.ok(Math.abs(mk.x - c.slots[mk.year]) <= colW / 2, `${what} ${c.cls}: the mark of ${mk.year} in its column`);
        assert.equal(ratio.marks.length, items.filter(r => r.ratio !== null).length, `${what}: a point a year with a ratio`);
        if (lang === 'en') await page.screenshot({ path: path.join(SHOTS, `inflation-${viewport.width}.png`), fullPage: true });
        assert.deepEqual(page.errors, [], 'no script errors');
        await page.close();
    }
});

test('framework inflation: the ratio of 2015 reads on its chart and in its files as the API gives it', async () => {
    const items = await apiInflation();
    const api2015 = items.find(r => r.year === 2015);
    assert.ok(api2015 && api2015.ratio !== null, '2015 has a ratio');
    for (const viewport of [DESKTOP, PHONE]) {
        const what = `${viewport.width}px`;
        const page = await open('#/inflation', { viewport });
        // read off the chart: the same to a hundredth (the table's precision)
        for (const r of items) {
            const read = await ratioRead(page, r.year);
            if (r.ratio === null) { assert.equal(read, null, `${what}: no point for ${r.year}`); continue; }
            assert.ok(Math.abs(read - r.ratio) < 0.005, `${what}: ${r.year} reads ${read} on the chart, the API says ${r.ratio}`);
        }
        // the ratio chart's own files: its CSV has the API's figure, its SVG the axis's label
        const fig = page.locator('figure', { has: page.locator('svg.inflation-ratio') });
        const [csvDl] = await Promise.all([page.waitForEvent('download'), fig.locator('.chart-files .dl-chart-csv').click()]);
        assert.match(csvDl.suggestedFilename(), /^amur-inflation-ratio.*\.csv$/);
        const rows = csvRows(await readDownload(csvDl));
        const row = rows.find(x => x.year === '2015');
        assert.equal(Number(row.ratio), api2015.ratio, `${what}: the CSV's 2015 ratio`);
        assert.equal(Number(row.cumulative_frameworks), api2015.cumulative_frameworks);
        assert.equal(Number(row.cumulative_delivered), api2015.cumulative_delivered);
        assert.equal(rows.length, items.length, `${what}: a line a year`);
        const [svgDl] = await Promise.all([page.waitForEvent('download'), fig.locator('.chart-files .dl-svg').click()]);
        const svgText = await readDownload(svgDl);
        assert.ok(svgText.includes('Framework instruments per delivered project (cumulative)'), `${what}: the file keeps the axis's label`);
        assert.ok(svgText.includes('data-year="2015"'), `${what}: and the points`);
        // and the counts chart's CSV, the year's counts
        const counts = page.locator('figure', { has: page.locator('svg.inflation-counts') });
        const [cDl] = await Promise.all([page.waitForEvent('download'), counts.locator('.chart-files .dl-chart-csv').click()]);
        const c2015 = csvRows(await readDownload(cDl)).find(x => x.year === '2015');
        assert.equal(Number(c2015.frameworks), api2015.frameworks);
        assert.equal(Number(c2015.delivered), api2015.delivered);
        assert.deepEqual(page.errors, [], 'no script errors');
        await page.close();
    }
});

// ---- the map on a touch screen ----

// A phone: 390×844, a touch screen, in a browser of its own (hasTouch is
// set when a context is made); requests outside the server are answered by
// a stub, as browser.mjs does.
async function openPhone(hash) {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const origin = new URL(BASE).origin;
    await context.route('**/*', (route) => route.request().url().startsWith(origin + '/') || route.request().url().startsWith('data:')
        ? route.continue() : route.fulfill({ status: 200, contentType: 'text/plain', body: 'outside page (stub)' }));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push('pageerror: ' + e.message));
    page.on('console', m => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
    page.errors = errors;
    await page.goto(BASE + hash);
    await page.waitForFunction(() => document.querySelector('svg.map')?.dataset.labels, null, { timeout: 15000 });
    // touches as the screen sends them (the browser makes gestures of them, touch-action and all)
    const cdp = await context.newCDPSession(page);
    page.touch = async (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    page.closeAll = () => browser.close();
    return page;
}

// Fingers from FROM to TO (one [x, y] each) in STEPS moves, then lifted.
async function gesture(page, from, to, steps = 10) {
    await page.touch('touchStart', from);
    for (let i = 1; i <= steps; i++)
        await page.touch('touchMove', from.map(([x, y], f) => [x + (to[f][0] - x) * i / steps, y + (to[f][1] - y) * i / steps]));
    await page.touch('touchEnd', []);
}

test('on a touch phone one finger scrolls the page over the map, and two fingers, the buttons and a tap still work', async () => {
    const page = await openPhone('#/map');
    try {
        await touchWalk(page);
    } finally {
        await page.closeAll();
    }
});

async function touchWalk(page) {
    const state = () => page.evaluate(() => ({ scrollY: window.scrollY, zoom: Number(document.querySelector('svg.map').dataset.zoom),
        scale: visualViewport.scale, view: document.querySelector('svg.map g.geo').getAttribute('transform') }));
    // the map's middle, on the screen (it starts below the fold's middle)
    const middle = async () => { const b = await page.locator('svg.map').boundingBox(); return [b.x + b.width / 2, b.y + b.height / 2, b]; };
    // settled: no fling still moving the page
    const still = async () => { let a = -1, b = await state(); while (a === -1 || a.scrollY !== b.scrollY) { a = b; await page.waitForTimeout(250); b = await state(); } return b; };
    const s0 = await still();
    assert.equal(s0.scrollY, 0);
    let [cx, cy, box] = await middle();
    assert.ok(box.y + box.height / 2 < PHONE.height, 'the map on the screen');
    // one finger up over the map: the page scrolls, the map stays
    await gesture(page, [[cx, cy + 60]], [[cx, cy - 140]]);
    const s1 = await still();
    assert.ok(s1.scrollY > 100, `a swipe over the map scrolls the page (scrollY ${s0.scrollY} → ${s1.scrollY})`);
    assert.equal(s1.zoom, 1, 'and does not zoom the map');
    assert.equal(s1.view, s0.view, 'nor move it');
    // two fingers apart: the map zooms, the page neither scrolls nor zooms
    [cx, cy] = await middle();
    await gesture(page, [[cx - 20, cy], [cx + 20, cy]], [[cx - 100, cy], [cx + 100, cy]], 8);
    const s2 = await still();
    assert.ok(s2.zoom > 2, `a pinch zooms the map (${s1.zoom} → ${s2.zoom})`);
    assert.equal(s2.scrollY, s1.scrollY, 'the page stays where it was');
    assert.equal(s2.scale, 1, 'and is not zoomed');
    // two fingers moving together: the map moves, the page does not
    await gesture(page, [[cx - 30, cy - 40], [cx + 30, cy - 40]], [[cx - 30, cy + 40], [cx + 30, cy + 40]], 8);
    await page.waitForFunction((v) => document.querySelector('svg.map g.geo').getAttribute('transform') !== v, s2.view, { timeout: 5000 })
        .catch(() => assert.fail(`two fingers move the map (still ${s2.view})`));
    const s3 = await still();
    assert.equal(s3.scrollY, s2.scrollY, 'and not the page');
    // one finger sideways: a hint to use two
    await page.touch('touchStart', [[cx + 60, cy]]);
    for (let i = 1; i <= 6; i++) await page.touch('touchMove', [[cx + 60 - i * 15, cy + i]]);
    assert.match(await page.locator('.map-hint').getAttribute('class'), /\bshown\b/, 'a sideways finger is told to use two');
    assert.match(await page.textContent('.map-hint'), /two fingers/);
    await page.touch('touchEnd', []);
    // the buttons, tapped
    await page.tap('.map-zoom .zoom-reset');
    assert.equal((await state()).zoom, 1, 'the whole map again');
    await page.tap('.map-zoom .zoom-in');
    assert.ok((await state()).zoom > 1.5, 'a tap on + zooms in');
    await page.tap('.map-zoom .zoom-reset');
    // a tap on a project follows its link
    const dot = page.locator('svg.map g.projects a').first();
    const href = await dot.getAttribute('href');
    const db = await dot.boundingBox();
    await page.touchscreen.tap(db.x + db.width / 2, db.y + db.height / 2);
    await page.waitForFunction((h) => location.hash === h, href, { timeout: 5000 });
    assert.deepEqual(page.errors, [], 'no script errors');
}
