// Lists the server sorts and pages (issue 17): the projects and slippage
// pages ask the API for one page in the order the address gives (sort=,
// limit, offset), so a page shows exactly the API's rows, in the one order
// of every list: ids in natural order (syn-p-9, syn-p-10), stages in ladder
// order; the pager counts the whole list, and the download holds all of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openBrowser, closeBrowser } from './browser.mjs';

const BASE = process.env.AMUR_URL;
const SYNTH = process.env.AMUR_SYNTH_URL;
let ctx;

before(async () => {
    assert.ok(BASE && SYNTH, 'AMUR_URL and AMUR_SYNTH_URL are set by run.sh');
    ctx = await openBrowser([BASE, SYNTH].map(u => new URL(u).origin));
});

after(async () => {
    await closeBrowser(ctx);
});

async function open(url) {
    const page = await ctx.newPage();
    page.errors = [];
    page.on('pageerror', e => page.errors.push(e.message));
    await page.addInitScript(() => { try { localStorage.setItem('amur.lang', 'en'); } catch { /* */ } });
    await page.goto(url);
    await page.waitForFunction(() => {
        const m = document.getElementById('main');
        return m && !m.hasAttribute('aria-busy') && m.querySelector('h1');
    }, null, { timeout: 20000 });
    return page;
}

const column = (page, n) => page.locator(`main table.data tbody tr td:nth-child(${n})`).allTextContents()
    .then(xs => xs.map(x => x.trim()));
const apiItems = async (base, path) => (await (await fetch(new URL(path, base))).json());

test('slippage: page 2 of the list by days late is the API\'s page 2', async () => {
    const page = await open(SYNTH + '#/slippage?sort=-delay_days&page=2');
    const api = await apiItems(SYNTH, '/api/slippage?sort=-delay_days&limit=100&offset=100');
    assert.ok(api.total > 200, `a list longer than two pages (${api.total})`);
    assert.deepEqual(await column(page, 12), api.items.map(x => x.project), 'the same rows in the same order');
    const pager = await page.textContent('main .pager');
    assert.match(pager, /rows 101–200 of /);
    assert.ok(pager.includes('of ' + api.total), pager);
    // the download: every row, in the server's order
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('main .dl-json')]);
    const rows = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
    assert.equal(rows.length, api.total);
    assert.deepEqual(rows.slice(100, 200).map(r => r.project), api.items.map(x => x.project));
    assert.deepEqual(page.errors, []);
    await page.close();
});

test('projects: ids in natural order, stages in ladder order', async () => {
    const page = await open(SYNTH + '#/projects?sort=id');
    const ids = (await column(page, 8)).slice(0, 12);
    assert.deepEqual(ids, ['syn-p-0', 'syn-p-1', 'syn-p-2', 'syn-p-3', 'syn-p-4', 'syn-p-5', 'syn-p-6', 'syn-p-7',
        'syn-p-8', 'syn-p-9', 'syn-p-10', 'syn-p-11'].filter(x => ids.includes(x)));
    assert.equal(ids[10], 'syn-p-10', 'syn-p-10 after syn-p-9, not after syn-p-1');
    await page.close();
    const p2 = await open(BASE + '#/projects?sort=stage&as_of=2021-10-31');
    const ladder = ['listed', 'agreed', 'financed', 'under-construction', 'completed', 'operational', 'suspended', 'cancelled', 'unknown'];
    const stages = await p2.locator('main table.data tbody tr td:nth-child(5) .badge.stage').evaluateAll(
        els => els.map(e => [...e.classList].find(c => c.startsWith('st-')).slice(3)));
    const ranks = stages.map(s => ladder.indexOf(s));
    assert.ok(!ranks.includes(-1), stages.join(' '));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'in ladder order: ' + [...new Set(stages)].join(' '));
    assert.ok(new Set(stages).size >= 5);
    assert.deepEqual(p2.errors, []);
    await p2.close();
});

// A reader types a second date while the page is still being drawn anew
// for the first (the list answers slowly here): what was typed is not lost
// with the redraw, the field keeps the focus, and the date applies.
test('a date typed while the page is drawn anew is kept, and applies', async () => {
    const page = await open(BASE + '#/slippage?as_of=2024-12-31');
    await page.waitForSelector('main table.data');
    await page.route(url => url.pathname === '/api/slippage', async r => {
        await new Promise(ok => setTimeout(ok, 1000));
        await r.fallback();
    });
    await page.fill('main input[name="from"]', '2021');
    await page.press('main input[name="from"]', 'Tab');
    await page.waitForFunction(() => location.hash.includes('from=2021') &&
        document.getElementById('main').hasAttribute('aria-busy'));
    await page.fill('main input[name="to"]', '2022-06');
    await page.waitForFunction(() => !document.getElementById('main').hasAttribute('aria-busy'), null, { timeout: 20000 });
    assert.equal(await page.inputValue('main input[name="to"]'), '2022-06', 'what was typed survives the redraw');
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.name), 'to');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => location.hash.includes('to=2022-06') && location.hash.includes('from=2021'));
    assert.deepEqual(page.errors, []);
    await page.close();
});

test('slippage: words and a span of dates narrow the list, in the address and the download', async () => {
    const page = await open(BASE + '#/slippage?as_of=2024-12-31&sort=-moved_days');
    await page.fill('main input[name="q"]', 'bridge');
    await page.press('main input[name="q"]', 'Enter');
    await page.waitForFunction(() => location.hash.includes('q=bridge'));
    await page.waitForSelector('main table.data');
    // a quick hand: the second date is typed before the page is drawn anew
    // for the first, and neither is lost (each applies to the address as it is)
    for (const [name, value] of [['from', '2021'], ['to', '2022-06']]) {
        await page.fill(`main input[name="${name}"]`, value);
        await page.press(`main input[name="${name}"]`, 'Tab');
    }
    await page.waitForFunction(() => location.hash.includes('from=2021') && location.hash.includes('to=2022-06') &&
        !document.getElementById('main').hasAttribute('aria-busy'));
    assert.ok(page.url().includes('q=bridge'), 'the words stay: ' + page.url());
    assert.ok(page.url().includes('sort=-moved_days') && page.url().includes('from=2021'), 'the order and the first date stay: ' + page.url());
    const api = await apiItems(BASE, '/api/slippage?as_of=2024-12-31&q=bridge&from=2021&to=2022-06&limit=1000');
    assert.ok(api.total > 0 && api.total < (await apiItems(BASE, '/api/slippage?as_of=2024-12-31&q=bridge&limit=0')).total,
        `a narrower list than the words alone give (${api.total})`);
    // the page is drawn anew after the address changes: wait for the new rows
    await page.waitForFunction(ids => {
        const got = [...document.querySelectorAll('main table.data tbody tr td:nth-child(12)')].map(td => td.textContent.trim());
        return got.length === ids.length && got.sort().join() === ids.slice().sort().join();
    }, api.items.map(x => x.project), { timeout: 20000 });
    assert.deepEqual((await column(page, 12)).sort(), api.items.map(x => x.project).sort(), 'the rows the API gives for the same filters');
    for (const x of api.items) assert.ok(x.final >= '2021' && x.final.slice(0, 7) <= '2022-06', `${x.id}: ${x.final}`);
    // the download holds exactly those rows
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('main .dl-json')]);
    const rows = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
    assert.equal(rows.length, api.total);
    // a bad date is refused by the field, not sent
    await page.fill('main input[name="from"]', '21-2021');
    await page.press('main input[name="from"]', 'Tab');
    assert.ok(page.url().includes('from=2021'), page.url());
    assert.deepEqual(page.errors, []);
    await page.close();
});
