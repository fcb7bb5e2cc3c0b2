// Browser tests of the dashboard (tests/browser/run.sh starts the servers):
// every page loads; programme → project → a claim's source; Russian and
// Chinese search; the as-of control; the map and charts; planted markup
// shows as text; languages; downloads; keyboard; a phone-sized screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openBrowser, closeBrowser, rendered, SHOTS, shot, parseCSV } from './browser.mjs';

const BASE = process.env.AMUR_URL;
const HOSTILE = process.env.AMUR_HOSTILE_URL;
const SYNTH = process.env.AMUR_SYNTH_URL;
const ORIGINS = [BASE, HOSTILE, SYNTH].filter(Boolean).map(u => new URL(u).origin);

let ctx;
const externals = []; // outside requests: answered here, never sent

before(async () => {
    assert.ok(BASE, 'AMUR_URL is set by run.sh');
    ctx = await openBrowser(ORIGINS, undefined, { externals });
    fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
    await closeBrowser(ctx);
});

// A fresh page that fails the test on any script error or dialog.
async function open(url, { lang = 'en', viewport = null } = {}) {
    const page = await ctx.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', e => errors.push('pageerror: ' + e.message));
    page.on('console', m => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
    page.on('dialog', d => { errors.push('dialog: ' + d.message()); d.dismiss().catch(() => {}); });
    page.errors = errors;
    await page.addInitScript((l) => { try { if (!sessionStorage.getItem('amur.test')) { localStorage.setItem('amur.lang', l); sessionStorage.setItem('amur.test', '1'); } } catch { /* */ } }, lang);
    await page.goto(url);
    await rendered(page);
    return page;
}

// Waits for the page to finish rendering (main no longer busy, an h1 there).

function noErrors(page) {
    assert.deepEqual(page.errors, [], 'no script errors or dialogs');
}

const PAGES = [
    ['overview', '#/'], ['programmes', '#/programmes'], ['instrument', '#/instrument/ins-prog-2009-2018'],
    ['projects', '#/projects'], ['project', '#/project/prj-blag-heihe-bridge'],
    ['contradictions', '#/contradictions'], ['regions', '#/regions'], ['map', '#/map'],
    ['search', '#/search?q=bridge'], ['claims', '#/claims?source=src-fn50'], ['slippage', '#/slippage'],
    ['carryover', '#/carryover'], ['risks', '#/risks?ever=true'], ['inflation', '#/inflation'],
];

test('every page loads, with a title and no script errors', async () => {
    for (const [name, hash] of PAGES) {
        const page = await open(BASE + hash);
        const h1 = (await page.textContent('main h1')).trim();
        assert.ok(h1.length > 0, `${name}: has a heading`);
        assert.equal(await page.locator('main .error').count(), 0, `${name}: no error box`);
        await shot(page, 'page-' + name);
        noErrors(page);
        await page.close();
    }
});

test('an unknown page says so', async () => {
    const page = await open(BASE + '#/nowhere');
    assert.match(await page.textContent('main h1'), /Not found/);
    const missing = await open(BASE + '#/project/prj-does-not-exist');
    assert.match(await missing.textContent('main h1'), /Not found/);
    await page.close();
    await missing.close();
});

test('from a programme to a project to a claim\'s source', async () => {
    const page = await open(BASE + '#/programmes');
    // the programme's scorecard: its "operational" segment opens those
    // projects (both bridges opened in 2022: docs/dataset-ru-cn.md)
    const seg = page.locator('#sc-ins-prog-2009-2018 svg.stacked a[href*="stage=operational"]').first();
    await seg.click();
    // the page re-renders on hashchange, a task after the click: wait for the new one
    await page.locator('#listings table.data tbody tr').first().waitFor();
    await rendered(page);
    assert.match(page.url(), /#\/instrument\/ins-prog-2009-2018\?.*stage=operational/);
    const rows = page.locator('#listings table.data tbody tr');
    assert.equal(await rows.count(), 2, 'two operational projects listed');
    await page.locator('#listings table.data tbody tr a[href="#/project/prj-blag-heihe-bridge"]').first().click();
    await rendered(page);
    assert.match(page.url(), /#\/project\/prj-blag-heihe-bridge/);
    // a claim's source link opens the source's URL in a new tab
    const link = page.locator('#claims a.source-link').first();
    const href = await link.getAttribute('href');
    assert.match(href, /^https?:\/\//);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    const [popup] = await Promise.all([ctx.waitForEvent('page'), link.click()]);
    await popup.waitForLoadState();
    assert.equal(popup.url(), href);
    assert.ok(externals.includes(href), 'the outside request was stubbed, not sent');
    await popup.close();
    await shot(page, 'flow-project');
    noErrors(page);
    await page.close();
});

test('a reported aggregate opens its claim', async () => {
    const page = await open(BASE + '#/programmes');
    await page.locator('#sc-ins-prog-2009-2018 .reported a.num-link[href*="claim=clm-prog0918-07"]').click();
    await rendered(page);
    const row = page.locator('#claim-clm-prog0918-07');
    await row.waitFor();
    assert.match(await row.getAttribute('class'), /target/);
    assert.match(await row.textContent(), /only 15 were under implementation/);
    noErrors(page);
    await page.close();
});

test('search in Russian: мост', async () => {
    const page = await open(BASE + '#/');
    await page.fill('#q', 'мост');
    await page.press('#q', 'Enter');
    await page.waitForSelector('.results .result');
    assert.match(page.url(), /#\/search\?q=/);
    const marks = await page.locator('.results mark').allTextContents();
    assert.ok(marks.length >= 3, 'at least three hits');
    for (const m of marks) assert.equal(m.toLowerCase(), 'мост');
    await shot(page, 'search-ru');
    noErrors(page);
    await page.close();
});

test('search in Chinese: 黑河', async () => {
    const page = await open(BASE + '#/');
    await page.fill('#q', '黑河');
    await page.click('#search-form button[type=submit]');
    await page.waitForSelector('.results .result');
    const marks = await page.locator('.results mark').allTextContents();
    assert.ok(marks.length >= 3);
    for (const m of marks) assert.equal(m, '黑河');
    assert.ok((await page.locator('.results a.result-title').allTextContents()).some(t => /Heihe/.test(t)));
    await shot(page, 'search-zh');
    noErrors(page);
    await page.close();
});

test('the as-of control re-renders the page as of that day', async () => {
    const page = await open(BASE + '#/project/prj-blag-heihe-bridge');
    const before = (await page.textContent('.status-line .stage')).trim();
    const claimsBefore = await page.locator('#claims tbody tr').count();
    // open for cargo since 10 June 2022; as of 2015 only agreed (2015 protocol)
    assert.equal(before, 'operational');
    await page.locator('#asof-year').fill('2015');
    await page.waitForFunction(() => location.hash.includes('as_of=2015-12-31'));
    await rendered(page);
    await page.waitForFunction(() => document.querySelector('.status-line .stage')?.textContent.trim() === 'agreed');
    const claimsAfter = await page.locator('#claims tbody tr').count();
    assert.ok(claimsAfter < claimsBefore, `fewer claims as of 2015 (${claimsAfter} < ${claimsBefore})`);
    assert.equal(await page.inputValue('#asof-date'), '2015-12-31');
    // the date stays when moving to another page
    await page.click('#nav a[data-path="/programmes"]');
    await rendered(page);
    assert.match(page.url(), /as_of=2015-12-31/);
    await shot(page, 'asof-2015-programmes');
    // an exact day, then back to today
    await page.fill('#asof-date', '2010-06-30');
    await page.waitForFunction(() => location.hash.includes('as_of=2010-06-30'));
    await rendered(page);
    await page.click('#asof-today');
    await page.waitForFunction(() => !location.hash.includes('as_of'));
    noErrors(page);
    await page.close();
});

test('the map and the charts render as SVG', async () => {
    const page = await open(BASE + '#/map');
    assert.ok(await page.locator('svg.map path.land').count() >= 10, 'region outlines');
    assert.ok(await page.locator('svg.map path.border').count() >= 1, 'borders');
    assert.ok(await page.locator('svg.map circle.project-dot').count() >= 10, 'projects as points');
    assert.ok(await page.locator('svg.map rect.sym.crossing').count() >= 3, 'crossings');
    const fills = new Set(await page.locator('svg.map circle.project-dot').evaluateAll(els => els.map(e => e.getAttribute('fill'))));
    assert.ok(fills.size >= 3, 'coloured by stage');
    await page.goto(BASE + '#/programmes');
    await rendered(page);
    assert.ok(await page.locator('svg.stacked rect').count() >= 5);
    await page.goto(BASE + '#/regions');
    await rendered(page);
    assert.ok(await page.locator('svg.share circle').count() >= 5);
    assert.ok(await page.locator('svg.strip circle').count() >= 3);
    await page.goto(BASE + '#/project/prj-blag-heihe-bridge');
    await rendered(page);
    const stairs = await page.locator('svg.timeline path.stair').count();
    assert.ok(stairs >= 2, 'a staircase per promised date');
    // promised against actual: one row per promised date, the opening delivered
    assert.equal(await page.locator('svg.dumbbell line.late-bar').count(), stairs, 'a dumbbell row per promised date');
    assert.ok(await page.locator('svg.dumbbell circle.actual-dot').count() >= 1, 'a delivered date');
    assert.match(await page.textContent('#lateness'), /days late/);
    assert.ok(await page.locator('svg.timeline path.actual').count() >= 1, 'actual events');
    assert.ok(await page.locator('svg.scatter circle').count() >= 5, 'stage claims');
    await page.goto(BASE + '#/inflation');
    await rendered(page);
    assert.ok(await page.locator('svg.inflation rect').count() >= 5);
    noErrors(page);
    await page.close();
});

test('planted markup shows as text, and no script runs', async () => {
    assert.ok(HOSTILE, 'AMUR_HOSTILE_URL is set by run.sh');
    const page = await open(HOSTILE + '#/project/p1');
    assert.equal(await page.textContent('main h1'), "<script>alert('name')</script> bridge");
    const quotes = await page.locator('#claims q.quote').allTextContents();
    assert.ok(quotes.includes("<script>alert('quote')</script> | not open"), 'the quote, as text');
    assert.ok(quotes.includes('it is "open" & working'));
    const titles = await page.locator('#claims .source-link').allTextContents();
    assert.ok(titles.some(t => t.includes('<b>Bold</b> title & "quotes"')), 'the source title, as text');
    assert.equal(await page.locator('main script, main b, main i').count(), 0, 'no element made from data');
    await shot(page, 'hostile-project');
    for (const hash of ['#/', '#/contradictions', '#/projects', '#/search?q=script', '#/claims', '#/map']) {
        await page.goto(HOSTILE + hash);
        await rendered(page);
        assert.equal(await page.locator('main script').count(), 0, hash);
    }
    assert.ok((await page.textContent('main')).length > 0);
    await page.goto(HOSTILE + '#/search?q=script');
    await rendered(page);
    assert.ok((await page.locator('.results mark').allTextContents()).every(m => m.toLowerCase() === 'script'));
    await shot(page, 'hostile-search');
    noErrors(page);
    await page.close();
});

test('switching language shows Russian and Chinese names, and is remembered', async () => {
    const page = await open(BASE + '#/projects');
    assert.ok((await page.locator('main table.data a[href^="#/project/"]').allTextContents()).includes('Blagoveshchensk–Heihe road bridge'));
    await page.selectOption('#lang', 'ru');
    await page.waitForFunction(() => document.querySelector('#nav a')?.textContent === 'Обзор');
    await rendered(page);
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Проекты');
    const names = await page.locator('main table.data a[href^="#/project/"]').allTextContents();
    assert.ok(names.includes('Автомобильный мост Благовещенск — Хэйхэ'), 'Russian names');
    assert.ok(names.includes('China (Heilongjiang) Pilot Free Trade Zone') || names.some(n => /[A-Za-z]/.test(n)), 'the original where there is no Russian name');
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    await shot(page, 'lang-ru-projects');
    await page.reload();
    await rendered(page);
    assert.equal(await page.textContent('main h1'), 'Проекты', 'remembered after a reload');
    await page.goto(BASE + '#/project/prj-blag-heihe-bridge');
    await rendered(page);
    assert.equal(await page.textContent('main h1'), 'Автомобильный мост Благовещенск — Хэйхэ');
    await page.selectOption('#lang', 'zh');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === '黑河—布拉戈维申斯克公路大桥');
    await shot(page, 'lang-zh-project');
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Blagoveshchensk–Heihe road bridge');
    noErrors(page);
    await page.close();
});

test('lists download as CSV and JSON, exactly as filtered', async () => {
    const page = await open(BASE + '#/projects?stage=completed');
    const shown = await page.locator('main table.data tbody tr').count();
    assert.ok(shown >= 2);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('main .dl-csv')]);
    assert.match(csv.suggestedFilename(), /\.csv$/);
    const text = fs.readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '');
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'Name,Kind,Side,Place,Stage,Confidence,Flags,ID,Publishers', 'readable labels');
    assert.equal(lines.length, shown + 1, 'one line per row shown');
    assert.ok(lines.slice(1).every(l => l.includes(',completed,')), 'stages in words');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('main .dl-json')]);
    const rows = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
    assert.equal(rows.length, shown);
    assert.equal(rows[0].stage, 'completed', 'the API field names, whatever the language');
    // fields with commas and quotes are quoted
    const p2 = await open(BASE + '#/project/prj-blag-heihe-bridge');
    const [c2] = await Promise.all([p2.waitForEvent('download'), p2.click('#claims .dl-csv')]);
    const t2 = fs.readFileSync(await c2.path(), 'utf8');
    assert.match(t2, /"[^"\r\n]*,[^"\r\n]*"/, 'a field with a comma is quoted');
    noErrors(page);
    await page.close();
    await p2.close();
});

test('a list longer than its page downloads whole', async () => {
    assert.ok(SYNTH, 'AMUR_SYNTH_URL is set by run.sh');
    const page = await open(SYNTH + '#/projects');
    assert.equal(await page.locator('main table.data tbody tr').count(), 500, 'the page shows 500');
    assert.match(await page.locator('main .table-caption').first().textContent(), /500\D+600/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('main .dl-csv')]);
    const lines = parseCSV(fs.readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '').trimEnd());
    assert.equal(lines.length, 601, 'the file holds all 600 projects and the header');
    const ids = new Set(lines.slice(1).map(l => l[lines[0].indexOf('ID')]));
    assert.equal(ids.size, 600, 'each project once');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('main .dl-json')]);
    assert.equal(JSON.parse(fs.readFileSync(await json.path(), 'utf8')).length, 600);
    noErrors(page);
    await page.close();
});

test('keyboard: a skip link, real links and buttons, visible focus', async () => {
    const page = await open(BASE + '#/programmes');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'skip');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'A');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    // the nav is links; following one by keyboard moves focus to the new page's heading
    await page.focus('#nav a[data-path="/contradictions"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'page-title');
    noErrors(page);
    await page.close();
});

test('a phone-sized screen: no sideways scrolling', async () => {
    for (const [name, hash] of [['overview', '#/'], ['project', '#/project/prj-blag-heihe-bridge'],
        ['programmes', '#/programmes'], ['map', '#/map'], ['contradictions', '#/contradictions']]) {
        const page = await open(BASE + hash, { viewport: { width: 390, height: 844 } });
        const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(over <= 1, `${name}: ${over}px wider than the screen`);
        await shot(page, 'phone-' + name, false);
        noErrors(page);
        await page.close();
    }
});
