// The API page (#/api, issue 17 item 10): every route of the OpenAPI
// document is there with its parameters (type, default, help), and a
// "try it" link, filled in from the fields beside it, answers what the
// route says. In English and Russian, and on a phone without overflow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, closeBrowser } from './browser.mjs';

const BASE = process.env.AMUR_URL;
let ctx;

before(async () => {
    assert.ok(BASE, 'AMUR_URL is set by run.sh');
    ctx = await openBrowser(new URL(BASE).origin);
});

after(async () => {
    await closeBrowser(ctx);
});

async function open(lang, viewport = null) {
    const page = await ctx.newPage();
    if (viewport) await page.setViewportSize(viewport);
    page.errors = [];
    page.on('pageerror', e => page.errors.push(e.message));
    await page.addInitScript((l) => { try { localStorage.setItem('amur.lang', l); } catch { /* */ } }, lang);
    await page.goto(BASE + '#/api');
    await page.waitForSelector('article.api-route', { timeout: 20000 });
    return page;
}

test('api page: every route with its parameters, and try-it links that answer', async () => {
    const doc = await (await fetch(new URL('/api/openapi.json', BASE))).json();
    const ops = Object.entries(doc.paths).flatMap(([p, o]) => Object.keys(o).map(m => `${m.toUpperCase()} ${p}`));
    const page = await open('en');
    const shown = (await page.locator('article.api-route h3').allTextContents()).map(s => s.trim().replace(/\s+/g, ' '));
    assert.deepEqual(shown, ops, 'every route of the document, in its order');
    // one row per parameter, with type and default
    const slip = page.locator('#api-get-api-slippage');
    const nParams = doc.paths['/api/slippage'].get.parameters.length;
    assert.equal(await slip.locator('table.api-params tbody tr').count(), nParams);
    const limit = slip.locator('tr', { has: page.locator('code', { hasText: /^limit$/ }) });
    assert.deepEqual((await limit.locator('td').allTextContents()).slice(1, 4), ['query', 'integer', '100']);
    // every GET route has a try-it link
    const gets = ops.filter(x => x.startsWith('GET')).length;
    assert.equal(await page.locator('a.try-it').count(), gets);
    // fill in a project's id and a date: the link answers that project
    const prj = page.locator('#api-get-api-project-id');
    await prj.locator('input[name="id"]').fill('prj-blag-heihe-bridge');
    await prj.locator('input[name="as_of"]').fill('2021-10-31');
    const href = await prj.locator('a.try-it').getAttribute('href');
    assert.equal(href, '/api/project/prj-blag-heihe-bridge?as_of=2021-10-31');
    const body = await (await fetch(new URL(href, BASE))).json();
    assert.equal(body.id, 'prj-blag-heihe-bridge');
    assert.equal(body.project.id, 'prj-blag-heihe-bridge');
    // a list's fields: sort and a filter go into the address
    const sl = page.locator('#api-get-api-slippage');
    await sl.locator('input[name="sort"]').fill('-delay_days');
    await sl.locator('input[name="limit"]').fill('2');
    const shref = await sl.locator('a.try-it').getAttribute('href');
    assert.equal(shref, '/api/slippage?limit=2&sort=-delay_days');
    const list = await (await fetch(new URL(shref, BASE))).json();
    assert.equal(list.items.length, 2);
    assert.ok(list.items[0].delay_days >= list.items[1].delay_days);
    assert.deepEqual(page.errors, []);
    await page.close();
});

test('api page: in Russian, and on a phone without sideways scrolling', async () => {
    const page = await open('ru', { width: 390, height: 844 });
    assert.equal((await page.locator('h1').textContent()).trim(), 'API');
    assert.ok(await page.locator('a.try-it', { hasText: 'Попробовать' }).count() > 10);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(over <= 1, `no horizontal overflow (${over} px)`);
    assert.deepEqual(page.errors, []);
    await page.close();
});
