// What changed and its feeds (issue 18, parts 3 and 4), as a journalist would use them
// (tests/browser/run.sh starts the servers): the changes page between two named dates
// lists the road bridge's postponement of 2020-12-24 with the claim behind it; its feed
// link answers an Atom feed holding that change; the project, programme, search and
// overview pages link their feeds; a project added to the watch list comes back as OPML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openBrowser, closeBrowser, rendered, SHOTS, shot } from './browser.mjs';

const BASE = process.env.AMUR_URL;
const ORIGIN = BASE && new URL(BASE).origin;
const BRIDGE = 'prj-blag-heihe-bridge';

let ctx;

before(async () => {
    assert.ok(BASE, 'AMUR_URL is set by run.sh');
    ctx = await openBrowser(ORIGIN);
    fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
    await closeBrowser(ctx);
});


async function open(url) {
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push('pageerror: ' + e.message));
    page.on('console', m => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
    page.errors = errors;
    await page.addInitScript(() => { try { localStorage.setItem('amur.lang', 'en'); } catch { /* */ } });
    await page.goto(url);
    await rendered(page);
    return page;
}

test('the changes page lists a postponement with its claim, and its feed link answers Atom', async () => {
    const page = await open(BASE + '#/changes?since=2020-12-01&until=2021-01-31');
    assert.match(await page.textContent('#changes-count'), /^9 changes between what was known on 2020-12-01 and on 2021-01-31/);
    const row = page.locator('tr.kind-postponement');
    assert.equal(await row.count(), 1);
    assert.match(await row.textContent(), /planned_opening postponed from 2020 to 2021-01 \(31 days\)/);
    assert.equal(await row.locator('a[href*="claim=clm-blag-a-26"]').count(), 1, 'the claim behind it');
    // the change's link opens the bridge at both clocks on the day it became known
    await row.locator(`a[href^="#/project/${BRIDGE}?"]`).first().click();
    await rendered(page);
    assert.match(page.url(), /#\/project\/prj-blag-heihe-bridge\?as_of=2020-12-24&known_by=2020-12-24/);
    await page.goBack();
    await rendered(page);
    await shot(page, 'changes');
    // the dates and the kind come back from the form into the address
    await page.selectOption('select[name="kind"]', 'postponement');
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(() => /kind=postponement/.test(location.hash));
    await rendered(page);
    assert.equal(await page.locator('tr.change').count(), 1);
    // follow the feed link: the feed a reader follows, of the postponements of the
    // last 90 days of the record (a window that moves with it, not the page's dates)
    const feed = await page.locator('main a.feed-link').first().getAttribute('href');
    assert.equal(feed, '/feed.atom?kind=postponement');
    const res = await page.goto(ORIGIN + feed);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /^application\/atom\+xml/);
    const xml = await res.text();
    assert.match(xml, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    assert.ok(xml.includes('<link rel="self" type="application/atom+xml" href="/feed.atom?kind=postponement"/>'));
    const kinds = [...xml.matchAll(/<category term="([^"]*)"\/>/g)].map(m => m[1]);
    assert.ok(kinds.length > 0 && kinds.every(k => k === 'postponement'), 'postponements only');
    // and the page's own window, as a feed: the bridge's postponement of 2020-12-24
    const one = await (await page.request.get(ORIGIN + '/feed.atom?project=' + BRIDGE +
        '&since=2020-12-01&until=2021-01-31&kind=postponement')).text();
    assert.match(one, /<id>tag:amur,2026:change\/postponement\/clm-blag-a-26<\/id>/);
    assert.match(one, /<updated>2020-12-24T00:00:00Z<\/updated>/);
    assert.deepEqual(page.errors, []);
    await page.close();
});

test('the overview, a project, a programme and a search link their feeds', async () => {
    const cases = [
        ['#/', /^\/feed\.atom$/],
        [`#/project/${BRIDGE}`, /^\/feed\.atom\?project=prj-blag-heihe-bridge$/],
        ['#/instrument/ins-prog-2009-2018', /^\/feed\.atom\?instrument=ins-prog-2009-2018$/],
        ['#/search?q=мост', /^\/feed\.atom\?q=%D0%BC%D0%BE%D1%81%D1%82$/],
    ];
    for (const [hash, want] of cases) {
        const page = await open(BASE + hash);
        const a = page.locator('main p.feeds a.feed-link');
        assert.equal(await a.count(), 1, hash + ': one feed link');
        assert.match(await a.getAttribute('href'), want, hash);
        assert.match(await page.getAttribute('head link#feed-alternate', 'href'), want, hash + ': in the head');
        const res = await page.request.get(ORIGIN + await a.getAttribute('href'));
        assert.equal(res.status(), 200, hash + ': the feed answers');
        assert.match(await res.text(), /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed /);
        assert.deepEqual(page.errors, [], hash);
        await page.close();
    }
});

test('a project added to the watch list comes back as an OPML watch list', async () => {
    const page = await open(BASE + `#/project/${BRIDGE}`);
    await page.click('main p.feeds button.feed-add');
    assert.match(await page.textContent('main p.feeds button.feed-add'), /In the watch list/);
    await page.click('main p.feeds a.changes-link');
    await rendered(page);
    assert.match(page.url(), /#\/changes\?project=prj-blag-heihe-bridge/);
    const opml = await page.locator('a.opml-link').getAttribute('href');
    const res = await page.request.get(ORIGIN + opml);
    assert.equal(res.status(), 200);
    const body = await res.text();
    assert.match(body, /<opml version="2.0">/);
    assert.ok(body.includes(`xmlUrl="${ORIGIN}/feed.atom?project=${BRIDGE}"`), 'an absolute feed address');
    assert.deepEqual(page.errors, []);
    await page.close();
});
