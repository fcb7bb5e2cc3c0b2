// The review queue (issue 18, part 2) as an editor uses it (tests/browser/run.sh
// starts a server of its own, with a token and the candidates of
// tests/extract/en_bridge.txt as proposals): the review page shows each proposal
// beside the article's sentence and the project's current claims; a bad edit is
// refused with the field named and stores nothing; the corrected edit is accepted;
// the claim is then on the project's page, in /api/changes and in /feed.atom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openBrowser, closeBrowser, rendered, SHOTS, shot } from './browser.mjs';

const BASE = process.env.AMUR_REVIEW_URL;
const TOKEN = process.env.AMUR_REVIEW_TOKEN;
const ORIGIN = BASE && new URL(BASE).origin;
const BRIDGE = 'prj-blag-heihe-bridge';

let ctx;

before(async () => {
    assert.ok(BASE && TOKEN, 'AMUR_REVIEW_URL and AMUR_REVIEW_TOKEN are set by run.sh');
    ctx = await openBrowser(ORIGIN);
    fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
    await closeBrowser(ctx);
});


async function claimsOfBridge(page) {
    return page.evaluate(async (b) => (await (await fetch(`/api/claims?subject=${b}&limit=0`)).json()).total, BRIDGE);
}

test('a proposal goes through review to a claim, seen on the project page, in the changes and the feed', async () => {
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push('pageerror: ' + e.message));
    await page.addInitScript(() => { try { localStorage.setItem('amur.lang', 'en'); } catch { /* */ } });
    await page.goto(BASE + '#/review');
    await rendered(page);
    assert.equal(await page.textContent('h1'), 'Review proposed claims');
    // without the token nothing is listed; with it, the five pending proposals
    assert.equal(await page.locator('.rv-card').count(), 0);
    await page.fill('#rv-token', TOKEN);
    await page.fill('#rv-name', 'Anna Editor');
    await page.click('#rv-show');
    await page.waitForSelector('#rv-count');
    assert.equal(await page.textContent('#rv-count'), '5 proposals');
    const card = page.locator('#proposal-4');
    // the sentence with the quote marked, the proposal, the bridge's planned openings
    assert.match(await card.locator('.rv-sentence').textContent(), /expected to open for passenger traffic next spring/);
    assert.match(await card.locator('.rv-value').textContent(), /2023 \[mode: passenger\] \(2023 spring\)/);
    assert.ok(await card.locator('.rv-current li').count() > 0, 'the current claims on planned_opening');
    const before = await claimsOfBridge(page);
    // a bad edit: refused, the field named, nothing stored
    await card.locator('.rv-edit-btn').click();
    await card.locator('.rv-edit input[name=value]').fill('2023-13');
    await card.locator('.rv-accept-edited').click();
    await card.locator('.rv-message').filter({ hasText: 'value' }).waitFor();
    assert.match(await card.locator('.rv-message').textContent(), /^Refused: proposal 4: 1 problem; nothing was stored; value: '2023-13'/);
    assert.equal(await claimsOfBridge(page), before);
    // the corrected edit: accepted, with the claim's id
    await card.locator('.rv-edit input[name=value]').fill('2023-04');
    await card.locator('.rv-accept-edited').click();
    await card.locator('.rv-done').waitFor();
    const done = await card.locator('.rv-done').textContent();
    const m = done.match(/^Accepted by Anna Editor: claim (ext-[0-9a-f]{16})/);
    assert.ok(m, done);
    const claim = m[1];
    assert.equal(await claimsOfBridge(page), before + 1);
    await shot(page, 'review');
    // the project's page shows it
    await card.locator('a.rv-open').click();
    await rendered(page);
    assert.match(page.url(), new RegExp(`#/project/${BRIDGE}\\?claim=${claim}`));
    const row = page.locator('#claim-' + claim);
    await row.waitFor();
    assert.match(await row.textContent(), /2023-04/);
    assert.match(await row.textContent(), /From proposal 4 \(amur extract, confidence 0\.70\), accepted by Anna Editor/);
    // the changes of June 2022 and their feed hold it
    const changes = await page.evaluate(async () => (await (await fetch('/api/changes?since=2022-06-01&until=2022-06-30&limit=100')).json()).items);
    const news = changes.find(c => c.subject === 'prj-blag-heihe-bridge' && c.kind === 'claims' && c.claims.includes(claim));
    assert.ok(news, 'a change of new claims with ' + claim);
    const atom = await page.evaluate(async () => {
        const r = await fetch('/feed.atom?since=2022-06-01&until=2022-06-30&project=prj-blag-heihe-bridge');
        return { type: r.headers.get('content-type'), text: await r.text() };
    });
    assert.match(atom.type, /application\/atom\+xml/);
    assert.ok(atom.text.includes(claim), 'the feed names the claim');
    const ok = await page.evaluate((xml) => {
        const d = new DOMParser().parseFromString(xml, 'application/xml');
        return !d.querySelector('parsererror') && d.documentElement.localName === 'feed';
    }, atom.text);
    assert.ok(ok, 'the feed is well-formed Atom');
    // decided: no longer pending
    await page.goto(BASE + '#/review?status=accepted');
    await rendered(page);
    await page.waitForSelector('#rv-count');
    assert.equal(await page.textContent('#rv-count'), '1 proposals');
    assert.deepEqual(errors, []);
    await page.close();
});
