// Charts people reuse (issue 17, item 6), as a user meets them
// (tests/browser/run.sh starts the servers): each kind of chart saved as a
// PNG picture; the map zoomed and moved with its buttons, the wheel, a drag
// and the keyboard, its names never overlapping, more of them as it zooms
// in, and its files showing the view on the screen; charts on a phone with
// text at a size that can be read and no page wider than the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
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
