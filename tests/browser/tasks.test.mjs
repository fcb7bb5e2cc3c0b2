// The three users' tasks of issue 17, as a person would do them
// (tests/browser/run.sh starts the servers): the researcher drills into a
// programme, sorts its projects by days late and takes the list away as CSV;
// the journalist opens the bridge as of and known by 2021-10-31 and cites a
// claim; the analyst filters projects by publisher after an IATI import;
// each in en, ru and zh, on a desktop and on a phone; source and actor
// pages; both clocks; a phone; errors to act on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openBrowser, closeBrowser, rendered, SHOTS, shot, parseCSV } from './browser.mjs';

const BASE = process.env.AMUR_URL;
const SYNTH = process.env.AMUR_SYNTH_URL;
const IATI = process.env.AMUR_IATI_URL;
const ORIGINS = [BASE, SYNTH, IATI, process.env.AMUR_HOSTILE_URL].filter(Boolean).map(u => new URL(u).origin);
const PROG = 'ins-prog-2009-2018';

let ctx;

before(async () => {
    assert.ok(BASE, 'AMUR_URL is set by run.sh');
    ctx = await openBrowser(ORIGINS);
    fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
    await closeBrowser(ctx);
});

// A fresh page in a language; script errors and dialogs are collected
// (an API answer of 400 or 404 a page expects is not a script error).
async function open(url, { lang = 'en', viewport = null } = {}) {
    const page = await ctx.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', e => errors.push('pageerror: ' + e.message));
    page.on('console', m => {
        if (m.type() === 'error' && !/status of 40[04]/.test(m.text())) errors.push('console: ' + m.text());
    });
    page.on('dialog', d => { errors.push('dialog: ' + d.message()); d.dismiss().catch(() => {}); });
    page.errors = errors;
    await page.addInitScript((l) => { try { localStorage.setItem('amur.lang', l); } catch { /* */ } }, lang);
    await page.goto(url);
    await rendered(page);
    return page;
}


function noErrors(page) {
    assert.deepEqual(page.errors, [], 'no script errors or dialogs');
}

const readDownload = async (dl) => fs.readFileSync(await dl.path(), 'utf8');

const cellTexts = (page, sel, col) => page.locator(`${sel} tbody tr td:nth-child(${col})`).allTextContents();

test('researcher: the scorecard\'s median slippage opens the programme\'s projects by days late', async () => {
    const page = await open(BASE + '#/programmes');
    const median = page.locator(`#sc-${PROG} a.median-link`);
    const medianText = (await median.textContent()).trim();
    assert.match(medianText, /^1,578 days$/, 'the 2009–2018 programme\'s median (docs/analyses.md)');
    await median.click();
    await rendered(page);
    assert.match(page.url(), new RegExp(`#/instrument/${PROG}\\?.*sort=-delay_days`));
    const rows = page.locator('#delivery table.data tbody tr');
    assert.equal(await rows.count(), 3, 'the programme lists three projects');
    const heads = await page.locator('#delivery table.data thead th').allTextContents();
    for (const want of ['Project', 'Stage', 'First promise', 'Latest promise', 'Actual', 'Days late', 'Overdue', 'Sources'])
        assert.ok(heads.some(x => x.startsWith(want)), `a column "${want}"`);
    // days late, largest first; the delivered bridges' figures are fixed
    const late = (await cellTexts(page, '#delivery', 7)).map(x => Number(x.replace(/[^\d-]/g, '')));
    assert.deepEqual([...late].sort((a, b) => b - a), late, 'sorted by days late, largest first');
    const byId = Object.fromEntries((await cellTexts(page, '#delivery', 10)).map((id, i) => [id.trim(), i]));
    assert.equal(late[byId['prj-nl-tj-bridge']], 1578);
    assert.equal(late[byId['prj-blag-heihe-bridge']], 953);
    const bridge = rows.nth(byId['prj-blag-heihe-bridge']);
    assert.match(await bridge.textContent(), /operational/);
    assert.match(await bridge.locator('td:nth-child(4)').textContent(), /^2019-10$/, 'first promise');
    assert.match(await bridge.locator('td:nth-child(6)').textContent(), /^2022-06-10$/, 'actual');
    assert.match(await rows.nth(byId['prj-border-crossings-modernisation']).locator('td:nth-child(8)').textContent(), /overdue/);
    // the sources behind each row open their pages
    await bridge.locator('details.src-list summary').click();
    assert.ok(await bridge.locator('details.src-list a[href^="#/source/src-"]').count() >= 5);
    // reported beside tracked; the tracked median agrees with the scorecard's
    const beside = await page.textContent('#delivery .beside');
    assert.match(beside, /205 projects/, 'the reported number of projects');
    assert.match(beside, /Median slippage\s*1,578 days/);
    // the overdue count opens the list with the overdue first
    await page.click('#delivery .beside a[href*="sort=-overdue"]');
    await rendered(page);
    assert.match(await page.locator('#delivery tbody tr').first().textContent(), /overdue/);
    await page.goBack();
    await rendered(page);
    // a number opens the rows behind it
    await bridge.locator('td:nth-child(7) a').click();
    await rendered(page);
    assert.match(page.url(), /#\/slippage\?project=prj-blag-heihe-bridge&property=planned_opening/);
    assert.ok((await page.locator('main table.data tbody tr').count()) >= 1);
    await shot(page, 'task-drilldown');
    noErrors(page);
    await page.close();
});

test('researcher: sorts the 2009–2018 programme by days late and downloads exactly that list', async () => {
    const page = await open(BASE + `#/instrument/${PROG}`);
    const head = page.locator('#delivery thead a.sort-head[data-key="delay_days"]');
    await head.click();
    await page.waitForFunction(() => /sort=delay_days(&|$)/.test(location.hash));
    await page.locator('#delivery thead th[aria-sort="ascending"]').waitFor();
    await rendered(page);
    assert.equal(await page.getAttribute('#delivery thead th[aria-sort]', 'aria-sort'), 'ascending');
    await page.locator('#delivery thead a.sort-head[data-key="delay_days"]').click();
    await page.waitForFunction(() => /sort=-delay_days/.test(location.hash));
    await page.locator('#delivery thead th[aria-sort="descending"]').waitFor();
    await rendered(page);
    assert.equal(await page.getAttribute('#delivery thead th[aria-sort]', 'aria-sort'), 'descending');
    const shownIds = (await cellTexts(page, '#delivery', 10)).map(s => s.trim());
    const shownLate = (await cellTexts(page, '#delivery', 7)).map(x => Number(x.replace(/[^\d-]/g, '')));
    // the address reproduces the view
    const again = await open(page.url());
    assert.deepEqual((await cellTexts(again, '#delivery', 10)).map(s => s.trim()), shownIds);
    await again.close();

    // the CSV is the server's (/api/delivery?format=csv): the same list in the
    // same order, its columns named as the API's fields whatever the language
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#delivery .dl-csv')]);
    assert.equal(csv.suggestedFilename(), `amur-delivery-${PROG}-by-delay_days-desc.csv`);
    const text = await readDownload(csv);
    assert.ok(text.startsWith('\ufeff'), 'UTF-8 with a byte order mark');
    assert.ok(text.includes('\r\n'), 'CRLF');
    const rows = parseCSV(text.slice(1));
    const header = rows[0];
    assert.deepEqual(header, ['id', 'project', 'name', 'names.en', 'names.ru', 'names.zh', 'side', 'stage', 'property',
        'scope', 'first', 'final', 'actual', 'delay_days', 'overdue', 'sources']);
    const col = (k) => header.indexOf(k);
    assert.equal(rows.length, 1 + shownIds.length, 'one line per row shown');
    assert.deepEqual(rows.slice(1).map(r => r[col('id')]), shownIds, 'in the order shown');
    assert.deepEqual(rows.slice(1).map(r => Number(r[col('delay_days')])), shownLate, 'days late as shown');
    const bridge = rows.find(r => r[col('id')] === 'prj-blag-heihe-bridge');
    assert.deepEqual(['name', 'stage', 'property', 'first', 'final', 'actual', 'delay_days', 'overdue'].map(k => bridge[col(k)]),
        ['Blagoveshchensk–Heihe road bridge', 'operational', 'planned_opening', '2019-10', '2021-01', '2022-06-10', '953', 'false']);
    assert.match(bridge[col('sources')], /(^|; )src-xinhua-2016-12-23(;|$)/);
    // the same file in Russian: the same columns and rows
    const ru = await open(page.url(), { lang: 'ru' });
    const [csvRu] = await Promise.all([ru.waitForEvent('download'), ru.click('#delivery .dl-csv')]);
    assert.equal(await readDownload(csvRu), text);
    await ru.close();

    // JSON: the API's field names and typed values, the same order
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#delivery .dl-json')]);
    const items = JSON.parse(await readDownload(json));
    assert.deepEqual(items.map(x => x.project), shownIds);
    const jb = items.find(x => x.project === 'prj-blag-heihe-bridge');
    assert.equal(jb.delay_days, 953);
    assert.equal(jb.overdue, false);
    assert.equal(jb.stage, 'operational');
    assert.equal(jb.property, 'planned_opening');
    assert.ok(Array.isArray(jb.sources));
    noErrors(page);
    await page.close();
});

test('a long list: sorted as a whole, shown a page at a time with its total', async () => {
    assert.ok(SYNTH, 'AMUR_SYNTH_URL is set by run.sh');
    const page = await open(SYNTH + '#/projects?sort=-id');
    const first = (await cellTexts(page, 'main', 8)).map(s => s.trim());
    assert.equal(first.length, 500);
    const num = (id) => Number(id.replace(/^\D+/, ''));
    assert.deepEqual(first.map(num), first.map(num).sort((a, b) => b - a), 'sorted by id, descending (numbers as numbers)');
    assert.match(await page.textContent('main .pager'), /rows 1–500 of 600/);
    await page.click('main .pager a.pager-next');
    // the page re-renders on hashchange, after the server's page 2 comes in
    await page.waitForFunction(() => /501/.test(document.querySelector('main .pager')?.textContent || ''), null, { timeout: 15000 });
    await rendered(page);
    assert.match(page.url(), /page=2/);
    assert.match(page.url(), /sort=-id/);
    const second = (await cellTexts(page, 'main', 8)).map(s => s.trim());
    assert.equal(second.length, 100);
    assert.ok(num(second[0]) < num(first[first.length - 1]), 'the next rows of the same order');
    assert.deepEqual(second.map(num), second.map(num).sort((a, b) => b - a));
    assert.match(await page.textContent('main .pager'), /rows 501–600 of 600/);
    // the file holds every row of the list in the same order
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('main .dl-csv')]);
    const ids = parseCSV((await readDownload(csv)).slice(1)).slice(1).map(r => r[7]);
    assert.equal(ids.length, 600);
    assert.deepEqual(ids, [...first, ...second]);
    noErrors(page);
    await page.close();
});

test('projects: each filter shows how many projects have each value (the API\'s facets)', async () => {
    const page = await open(BASE + '#/projects');
    const api = await (await fetch(new URL('/api/projects?facets=true&limit=0', BASE))).json();
    const count = (k, v) => (api.facets[k].find(x => x.value === v) || { count: 0 }).count;
    const operational = count('stage', 'operational');
    assert.ok(operational > 0);
    assert.equal((await page.textContent('main select[name="stage"] option[value="operational"]')).trim(),
        `operational (${operational})`);
    assert.equal((await page.textContent('main select[name="side"] option[value="ru"]')).trim(), `Russian side (${count("side", "ru")})`);
    const kinds = await page.locator('main select[name="kind"] option').allTextContents();
    assert.ok(kinds.some(x => x === `bridge (${count('kind', 'bridge')})`), 'kinds with their counts');
    await page.selectOption('main select[name="stage"]', 'operational');
    // re-rendered with the filter set: its own counts are no longer shown
    await page.waitForFunction(() => (document.querySelector('main select[name="stage"] option[value="operational"]') || {})
        .textContent === 'operational');
    await rendered(page);
    assert.equal(await page.locator('main table.data tbody tr').count(), operational, 'as many rows as the count said');
    noErrors(page);
    await page.close();
});

test('source and actor pages, linked from where their ids appear', async () => {
    const page = await open(BASE + '#/project/prj-blag-heihe-bridge');
    const srcLink = page.locator('#claims a.src-page').first();
    const srcHref = await srcLink.getAttribute('href');
    const srcId = srcHref.match(/#\/source\/([^?]+)/)[1];
    await srcLink.click();
    // the page is drawn after the address changes: wait for the new one
    await page.locator('main dl.facts', { hasText: srcId }).waitFor();
    await rendered(page);
    assert.match(page.url(), new RegExp(`#/source/${srcId}`));
    assert.ok((await page.textContent('main dl.facts')).includes(srcId));
    const title = (await page.textContent('main h1')).trim();
    const claims = await page.locator('#claims table.data tbody tr').count();
    assert.ok(claims >= 1, 'every claim citing it');
    assert.match(await page.textContent('#claims h2'), new RegExp(`\\(${claims}\\)`));
    // an actor, from the project's stakeholders
    await page.goto(BASE + '#/project/prj-blag-heihe-bridge');
    await rendered(page);
    await page.locator('#stakes a[href^="#/actor/act-avramenko"]').first().click();
    await page.locator('main h1', { hasText: 'Stepan Avramenko' }).waitFor();
    await rendered(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Stepan Avramenko');
    assert.match(await page.textContent('#stakes'), /opponent/);
    assert.ok(await page.locator('#projects a[href^="#/project/prj-blag-heihe-bridge"]').count() >= 1);
    // a search hit for a source opens its page
    await page.goto(BASE + `#/search?q=${encodeURIComponent(title.split(/\s+/).slice(0, 3).join(' '))}&kind=source`);
    await rendered(page);
    await page.waitForSelector('.results .result');
    assert.match(await page.getAttribute('.results a.result-title', 'href'), /^#\/source\//);
    noErrors(page);
    await page.close();
});

test('both clocks: as of and known by, in the address, with what each means', async () => {
    const page = await open(BASE + '#/project/prj-blag-heihe-bridge?as_of=2021-10-31');
    assert.match(await page.textContent('#clocks-help'), /As of.*Known by/);
    const before = await page.locator('#claims tbody tr').count();
    await page.fill('#knownby-date', '2019-01-01');
    await page.waitForFunction(() => location.hash.includes('known_by=2019-01-01'));
    await rendered(page);
    await page.waitForFunction((n) => document.querySelectorAll('#claims tbody tr').length < n, before);
    assert.match(page.url(), /as_of=2021-10-31/, 'as of kept');
    assert.equal(await page.inputValue('#knownby-date'), '2019-01-01');
    await page.click('#nav a[data-path="/programmes"]');
    await rendered(page);
    assert.match(page.url(), /as_of=2021-10-31&known_by=2019-01-01/, 'both kept across pages');
    await page.click('#knownby-all');
    await page.waitForFunction(() => !location.hash.includes('known_by'));
    noErrors(page);
    await page.close();
});

for (const lang of ['en', 'ru', 'zh']) {
    test(`journalist (${lang}): the bridge as of and known by 2021-10-31, a claim cited with its source URL`, async () => {
        const page = await open(BASE + '#/project/prj-blag-heihe-bridge?as_of=2021-10-31&known_by=2021-10-31', { lang });
        assert.equal(await page.inputValue('#asof-date'), '2021-10-31');
        assert.equal(await page.inputValue('#knownby-date'), '2021-10-31');
        // a claim whose source is on the web
        const row = page.locator('#claims tbody tr', { has: page.locator('a.source-link') }).first();
        const url = await row.locator('a.source-link').getAttribute('href');
        const claimId = (await row.getAttribute('id')).replace(/^claim-/, '');
        await row.locator('button.cite-btn').click();
        const dlg = page.locator('dialog.cite-dialog[open]');
        await dlg.waitFor();
        assert.equal(await dlg.locator('.cite-url a').getAttribute('href'), url, 'the source URL');
        const plain = await dlg.locator('pre.cite-plain').textContent();
        assert.ok(plain.includes(url), 'the reference has the URL');
        assert.ok(plain.includes('as_of=2021-10-31') && plain.includes('known_by=2021-10-31') && plain.includes('claim=' + claimId),
            'a permalink to this view of the page');
        const bib = await dlg.locator('pre.cite-bibtex').textContent();
        assert.match(bib, /^@misc\{/);
        assert.ok(bib.includes(`url = {${url}}`));
        const csl = JSON.parse(await dlg.locator('pre.cite-csl').textContent());
        assert.equal(csl[0].URL, url);
        assert.equal(csl[0].id, claimId);
        if (lang === 'en') assert.match(await dlg.locator('h2').textContent(), /Cite this claim/);
        if (lang === 'ru') assert.match(await dlg.locator('h2').textContent(), /цитировать/);
        if (lang === 'zh') assert.match(await dlg.locator('h2').textContent(), /引用/);
        await shot(page, `task-cite-${lang}`, false);
        await dlg.locator('button.cite-close').click();
        assert.equal(await page.locator('dialog.cite-dialog[open]').count(), 0);
        noErrors(page);
        await page.close();
    });
}

// Each user's task in each language, on a desktop and on a phone: what they
// see at each step, not only that the page loaded.
const SIZES = [['desktop', null], ['phone', { width: 390, height: 844 }]];
const LATE = { en: 'Days late', ru: 'Дней опоздания', zh: '延误天数' };
const PUBLISHER = { en: 'Publisher', ru: 'Издатель', zh: '发布者' };
for (const lang of ['en', 'ru', 'zh']) for (const [size, viewport] of SIZES) {
    test(`researcher (${lang}, ${size}): the 2009–2018 programme by days late, that list as CSV`, async () => {
        const page = await open(BASE + `#/instrument/${PROG}`, { lang, viewport });
        if (viewport) {
            // the column heads are hidden on a phone: the sort is a choice above the table
            await page.selectOption('#delivery .sort-select select', '-delay_days');
        } else {
            const head = page.locator('#delivery thead a.sort-head[data-key="delay_days"]');
            assert.ok((await head.textContent()).trim().startsWith(LATE[lang]), await head.textContent());
            await head.click();
            await page.waitForFunction(() => /sort=delay_days(&|$)/.test(location.hash));
            await rendered(page);
            await page.locator('#delivery thead a.sort-head[data-key="delay_days"]').click();
        }
        await page.waitForFunction(() => /sort=-delay_days/.test(location.hash));
        await rendered(page);
        const late = (await cellTexts(page, '#delivery', 7)).map(x => Number(x.replace(/[^\d-]/g, '')));
        const ids = (await cellTexts(page, '#delivery', 10)).map(x => x.trim());
        assert.ok(ids.length >= 3, 'the programme\'s projects');
        assert.deepEqual([...late].sort((a, b) => b - a), late, 'largest first: ' + late.join(' '));
        const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(over <= 1, `${over}px wider than the screen`);
        const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#delivery .dl-csv')]);
        assert.equal(csv.suggestedFilename(), `amur-delivery-${PROG}-by-delay_days-desc.csv`);
        const rows = parseCSV((await readDownload(csv)).slice(1));
        const col = (k) => rows[0].indexOf(k);
        assert.deepEqual(rows.slice(1).map(r => r[col('id')]), ids, 'exactly the rows shown, in their order');
        assert.deepEqual(rows.slice(1).map(r => Number(r[col('delay_days')])), late, 'the days late shown');
        noErrors(page);
        await page.close();
    });

    test(`journalist (${lang}, ${size}): the bridge known by 2021-10-31, a claim's source URL`, async () => {
        const page = await open(BASE + '#/project/prj-blag-heihe-bridge?as_of=2021-10-31&known_by=2021-10-31', { lang, viewport });
        // the page says which two dates it shows, in the language
        assert.match(await page.locator('main').innerText(), /2021-10-31/);
        const row = page.locator('#claims tbody tr', { has: page.locator('a.source-link') }).first();
        const url = await row.locator('a.source-link').getAttribute('href');
        assert.match(url, /^https?:\/\//);
        await row.locator('button.cite-btn').click();
        const dlg = page.locator('dialog.cite-dialog[open]');
        await dlg.waitFor();
        assert.equal(await dlg.locator('.cite-url a').getAttribute('href'), url, 'the source URL');
        assert.ok((await dlg.locator('pre.cite-plain').textContent()).includes(url));
        const box = await dlg.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= (viewport ? 390 : 1280) + 1, 'the dialog on screen');
        noErrors(page);
        await page.close();
    });

    test(`analyst (${lang}, ${size}): after an IATI import, projects by publisher`, { skip: !IATI && 'needs run.sh' }, async () => {
        const page = await open(IATI + '#/projects', { lang, viewport });
        const sel = page.locator('main select[name="publisher"]');
        assert.equal((await page.locator('main label.field:has(select[name="publisher"]) > span').textContent()).trim(), PUBLISHER[lang]);
        // each publisher with how many projects it is behind
        const options = await sel.locator('option').allTextContents();
        assert.ok(options.includes('Test Ministry (2)'), options.join(' | '));
        await sel.selectOption('Test Ministry');
        await page.waitForFunction(() => location.hash.includes('publisher=Test'));
        await rendered(page);
        const api = await (await fetch(IATI + 'api/projects?publisher=' + encodeURIComponent('Test Ministry'))).json();
        const shown = (await cellTexts(page, 'main', 8)).map(x => x.trim()).sort();
        assert.deepEqual(shown, api.items.map(x => x.id).sort(), 'the rows the API gives');
        assert.deepEqual(shown, ['M-1', 'XM-TEST-SNAP']);
        assert.match(await page.locator('main .chip').first().textContent(), /Test Ministry/);
        const [json] = await Promise.all([page.waitForEvent('download'), page.click('main .dl-json')]);
        const items = JSON.parse(await readDownload(json));
        assert.deepEqual(items.map(x => x.id).sort(), shown);
        assert.ok(items.every(x => x.publishers.includes('Test Ministry')), 'each row with its publishers');
        noErrors(page);
        await page.close();
    });
}

test('journalist: the report\'s bibliography lists the quoted sources, each address a link', async () => {
    const page = await open(BASE + '#/?as_of=2021-10-31');
    const sources = page.locator('details#r-sources');
    await sources.locator('summary').click();
    const links = sources.locator('li a.ext');
    assert.ok(await links.count() >= 10, 'the sources quoted, with addresses');
    for (const href of await links.evaluateAll(as => as.map(a => a.getAttribute('href'))))
        assert.match(href, /^https?:\/\/\S+[^.,]$/);
    assert.match(await sources.locator('li').first().textContent(), /\[src-[a-z0-9-]+\]$/, 'each with its id');
    noErrors(page);
    await page.close();
});

const EVERY_PAGE = [
    ['overview', '#/'], ['programmes', '#/programmes'], ['instrument', `#/instrument/${PROG}?sort=-delay_days`],
    ['projects', '#/projects'], ['project', '#/project/prj-blag-heihe-bridge'],
    ['contradictions', '#/contradictions'], ['regions', '#/regions'], ['map', '#/map'],
    ['search', '#/search?q=bridge'], ['claims', '#/claims?source=src-fn50'], ['slippage', '#/slippage'],
    ['carryover', '#/carryover'], ['risks', '#/risks?ever=true'], ['inflation', '#/inflation'],
    ['source', '#/source/src-fn50'], ['actor', '#/actor/act-avramenko'], ['missing', '#/project/nope'],
    ['bad-parameter', '#/projects?stage=bogus'],
];

test('a phone (390×844): the navigation is a menu, and no page is wider than the screen', async () => {
    for (const lang of ['en', 'ru', 'zh']) {
        for (const [name, hash] of EVERY_PAGE) {
            const page = await open(BASE + hash, { lang, viewport: { width: 390, height: 844 } });
            const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(over <= 1, `${lang} ${name}: ${over}px wider than the screen`);
            if (lang === 'en') await shot(page, `phone-${name}`);
            if (name === 'overview') {
                assert.ok(await page.locator('#menu-btn').isVisible(), 'a menu button');
                assert.equal(await page.locator('#nav a').first().isVisible(), false, 'the pages hidden behind it');
                await page.click('#menu-btn');
                assert.equal(await page.getAttribute('#menu-btn', 'aria-expanded'), 'true');
                const boxes = await page.locator('#nav a').evaluateAll(as => as.map(a => a.getBoundingClientRect().right));
                assert.ok(boxes.length >= 10 && boxes.every(r => r <= 390), 'every page in the menu, on screen');
                await page.click('#nav a[data-path="/slippage"]');
                await rendered(page);
                assert.equal(await page.locator('#nav a').first().isVisible(), false, 'the menu closes');
                // the table's sort on a phone (the column heads are hidden)
                await page.selectOption('main .sort-select select', '-delay_days');
                await page.waitForFunction(() => location.hash.includes('sort=-delay_days'));
            }
            noErrors(page);
            await page.close();
        }
    }
});

test('errors a person can act on', async () => {
    const page = await open(BASE + '#/project/nope');
    assert.match(await page.textContent('main h1'), /Not found/);
    assert.match(await page.textContent('main .nf-what'), /There is no project “nope”/);
    assert.equal(await page.inputValue('main .nf-search input'), 'nope');
    // a misspelt id: the suggestion opens the project
    await page.goto(BASE + '#/project/prj-blag-heihe-brige');
    await rendered(page);
    const sugg = page.locator('main .nf-suggest a').first();
    assert.equal(await sugg.getAttribute('href'), '#/project/prj-blag-heihe-bridge');
    await sugg.click();
    await rendered(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Blagoveshchensk–Heihe road bridge');
    // a bad parameter: the API's own words, and the page without it
    await page.goto(BASE + '#/projects?stage=bogus&kind=bridge');
    await rendered(page);
    assert.equal(await page.locator('main .error').count(), 0, 'not a bare error box');
    assert.equal((await page.textContent('main .api-message')).trim(), "stage: 'bogus' is not a stage");
    await page.click('main .bad-request a >> nth=0');
    // the page with the error is drawn too (an h1, not busy): rendered()
    // could return before the new address is drawn, so wait for its rows
    await page.waitForSelector('main table.data tbody tr', { timeout: 15000 });
    assert.match(page.url(), /#\/projects\?kind=bridge$/);
    assert.ok(await page.locator('main table.data tbody tr').count() >= 1);
    // the risks headline opens risks with opponents at any time, which lists them
    await page.goto(BASE + '#/');
    await rendered(page);
    const risk = page.locator('#headlines a.evidence[href*="/risks"]');
    assert.match(await risk.getAttribute('href'), /ever=true/);
    await risk.click();
    await rendered(page);
    assert.ok(await page.locator('main table.data tbody tr').count() >= 1, 'the risks the headline counts');
    noErrors(page);
    await page.close();
});

test('a chart saved as SVG, with the CSV of its figures', async () => {
    const page = await open(BASE + '#/inflation');
    const bars = await page.locator('svg.inflation rect').count();
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('main .chart-files .dl-svg')]);
    assert.match(svgFile.suggestedFilename(), /^amur-inflation.*\.svg$/);
    const svgText = await readDownload(svgFile);
    assert.match(svgText, /^<\?xml [^>]*\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal((svgText.match(/<rect /g) || []).length, bars + 1, 'every bar, and a white background');
    assert.match(svgText, /<rect [^>]*fill="rgb\(/, 'the look written into the file');
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.click('main .chart-files .dl-chart-csv')]);
    const rows = parseCSV((await readDownload(csvFile)).slice(1));
    assert.deepEqual(rows[0], ['year', 'frameworks', 'delivered', 'cumulative_frameworks', 'cumulative_delivered', 'ratio']);
    assert.equal(rows.length - 1, await page.locator('main table.data tbody tr').count(), 'one line a year, as the table');
    // the project's charts too
    await page.goto(BASE + '#/project/prj-blag-heihe-bridge');
    await rendered(page);
    assert.equal(await page.locator('#timeline .chart-files .dl-svg').count(), 1);
    assert.equal(await page.locator('#lateness .chart-files .dl-svg').count(), 1);
    noErrors(page);
    await page.close();
});
