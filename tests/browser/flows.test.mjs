// The money IATI activities report (issue 15), as an analyst at a development
// agency reads it on a project's page (tests/browser/run.sh imports
// tests/iati/snapshot-a.xml, snapshot-b.xml and money.xml into the small
// bundle): the totals by year, kind, type and currency, the corrected
// snapshot counted once (USD 1,500, not 6,000), two currencies never added,
// and the same in Russian.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, closeBrowser } from './browser.mjs';

const BASE = process.env.AMUR_IATI_URL;
const ORIGIN = BASE && new URL(BASE).origin;
let ctx;

before(async () => {
    assert.ok(BASE, 'AMUR_IATI_URL is set by run.sh');
    ctx = await openBrowser(ORIGIN);
});

after(async () => {
    await closeBrowser(ctx);
});

async function money(lang, project) {
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));
    await page.addInitScript((l) => { try { localStorage.setItem('amur.lang', l); } catch { /* */ } }, lang);
    await page.goto(BASE + '#/project/' + encodeURIComponent(project) + '?as_of=2026-12-05');
    await page.waitForSelector('#money table', { timeout: 20000 });
    const heading = await page.locator('#money h2').first().innerText();
    const rows = await page.locator('#money tbody tr').evaluateAll(trs =>
        trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.innerText.trim())));
    await page.close();
    assert.deepEqual(errors, []);
    return { heading, rows };
}

test('a project shows the money its latest IATI report states, once', async () => {
    const { heading, rows } = await money('en', 'XM-TEST-SNAP');
    assert.match(heading, /Money reported to IATI/);
    assert.equal(rows.length, 1);
    const [year, kind, type, currency, total, count] = rows[0];
    assert.deepEqual([year, kind, type, currency, count], ['2019', 'transaction', 'disbursement', 'USD', '2']);
    assert.equal(total.replace(/\D/g, ''), '1500');
});

test('two currencies stay two totals, and the page reads in Russian', async () => {
    const { heading, rows } = await money('ru', 'M-1');
    assert.match(heading, /Деньги по отчётам IATI/);
    const budgets = rows.filter(r => r[1] === 'бюджет');
    assert.deepEqual(budgets.map(r => [r[0], r[3]]), [['2020', 'CNY'], ['2021', 'USD']]);
});
