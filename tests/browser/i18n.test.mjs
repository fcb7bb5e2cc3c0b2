// The interface's three languages agree: every English string has a Russian
// and a Chinese one with the same {0}, {1} placeholders, and neither has a
// key English lacks (web/assets/js/i18n.js, gaps()). Runs in node alone.
//
// Then, in the browser (run.sh starts the server): every page in Russian
// and in Chinese shows no interface key as it is ('side.kz') and no English
// string of the interface tables that the language says otherwise; the
// overview's headlines and the report's section titles are in the language;
// a project's side with no word of its own is named as its country.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gaps, LANGS } from '../../web/assets/js/i18n.js';
import { openBrowser, closeBrowser } from './browser.mjs';

const BASE = process.env.AMUR_URL;
const AT = 'as_of=2021-10-31';
const PAGES = ['/', '/programmes', '/instrument/ins-prog-2009-2018', '/projects', '/project/prj-blag-heihe-bridge',
    '/contradictions', '/regions', '/map', '/slippage', '/carryover', '/risks?ever=true', '/inflation',
    '/claims?subject=prj-blag-heihe-bridge', '/search?q=мост', '/source/src-fn50', '/actor/act-avramenko',
    '/changes?since=2020-12-01&until=2021-01-31', '/project/nope'];
let ctx;

test('i18n: English, Russian and Chinese tables have the same keys and placeholders', () => {
    assert.deepEqual(LANGS.map(([l]) => l), ['en', 'ru', 'zh']);
    assert.deepEqual(gaps(), []);
});

before(async () => {
    if (BASE) ctx = await openBrowser(new URL(BASE).origin);
});

after(async () => {
    await closeBrowser(ctx);
});

async function open(path, lang) {
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));
    await page.addInitScript((l) => { try { localStorage.setItem('amur.lang', l); } catch { /* */ } }, lang);
    await page.goto(BASE + '#' + path + (path.includes('?') ? '&' : '?') + AT);
    await page.waitForFunction(() => {
        const m = document.getElementById('main');
        return m && !m.hasAttribute('aria-busy') && m.querySelector('h1');
    }, null, { timeout: 20000 });
    page.errors = errors;
    return page;
}

// What a page shows that is the interface's and not in LANG: each visible
// text node of the page that is a key, or is (or, for strings of three
// words or more, holds) an English string the language says otherwise.
// Data are left out: quotes, notes, source titles and links, ids and code
// (the bundled quotes and notes are in English).
async function leftovers(page, lang) {
    return page.evaluate(async (l) => {
        const m = await import('/js/i18n.js');
        const en = new Set(m.englishOnly(l).map(x => x.trim()).filter(x => /[A-Za-z]{2}/.test(x) && !/\{\d\}/.test(x)));
        const long = [...en].filter(x => x.split(/\s+/).length >= 3);
        const data = 'q, .quote, .quote-cell, .note, code, .id, .source-link, .source-name, a.ext, .lead-data, pre, textarea, .ct-meta, .snippet, mark';
        const out = [];
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const el = n.parentElement, text = n.nodeValue.trim();
            if (!text || !el || el.closest(data) || el.closest('script, style, option:not(:checked)')) continue;
            if (!el.checkVisibility()) continue;
            if (m.looksLikeKey(text)) out.push('key: ' + text);
            else if (en.has(text)) out.push('English: ' + text);
            else for (const x of long) if (text.includes(x)) out.push('English: ' + x + ' (in "' + text.slice(0, 80) + '")');
        }
        return out;
    }, lang);
}

for (const lang of ['ru', 'zh']) {
    test(`i18n: every page in ${lang} shows no key and no English string of the interface`, { skip: !BASE && 'needs run.sh' }, async () => {
        const found = [];
        for (const path of PAGES) {
            const page = await open(path, lang);
            for (const x of await leftovers(page, lang)) found.push(`${path}: ${x}`);
            assert.deepEqual(page.errors, [], path);
            await page.close();
        }
        assert.deepEqual(found, []);
    });

    test(`i18n: the overview's headlines and the report's sections in ${lang}`, { skip: !BASE && 'needs run.sh' }, async () => {
        const page = await open('/', lang);
        const script = lang === 'ru' ? /[а-яё]/i : /[\u4e00-\u9fff]/;
        const heads = await page.locator('li.headline p').allTextContents();
        assert.ok(heads.length >= 5, 'the headlines are there');
        // the English templates' own words (names and publishers may be English)
        const english = /\b(projects?|reported|tracks|said|while|promised|delivered|late|postponements?|regions|framework|opponents|listed again|coverage|aggregate)\b/;
        for (const x of heads) {
            assert.match(x, script, x);
            assert.doesNotMatch(x, english, x);
        }
        // the bridge's contradiction names the bridge in the language
        const bridge = lang === 'ru' ? 'Автомобильный мост Благовещенск — Хэйхэ' : '黑河—布拉戈维申斯克公路大桥';
        assert.ok(heads.some(x => x.startsWith(bridge)), 'the contradiction headline names the bridge: ' + heads.join(' | '));
        const sections = await page.locator('details.report-section > summary').allTextContents();
        assert.ok(sections.length >= 8);
        for (const x of sections) assert.doesNotMatch(x.replace(/\bIATI\b/, ''), /[A-Za-z]/, x);
        // the folded sections' tables and bars, opened: heads and code values in the language
        await page.evaluate(() => document.querySelectorAll('details.report-section').forEach(d => { d.open = true; }));
        const ths = await page.locator('details.report-section table.data th').allTextContents();
        assert.ok(ths.length >= 10, 'the report has its tables: ' + ths.length);
        for (const x of ths) assert.doesNotMatch(x.replace(/\bIATI\b|\bFDI\b/g, ''), /[A-Za-z]{2}/, x);
        const cells = (await page.locator('details.report-section table.data td').allTextContents()).map(x => x.trim());
        for (const code of ['operational', 'no evidence', 'planned_opening', 'dependent'])
            assert.ok(!cells.includes(code), `${code} shown as it is in a report table`);
        assert.ok(cells.includes(lang === 'ru' ? 'действует' : '已建成'), 'cells in the language');
        const bars = await page.locator('details.report-section figure.report-bars text.tick').allTextContents();
        assert.ok(bars.length > 0 && !bars.some(x => /^(listed|operational|planned|under construction)$/.test(x.trim())), bars.join(' | '));
        await page.close();
    });

    test(`i18n: codes as words in ${lang}: kinds, levels, parties, sides of imported projects`, { skip: !BASE && 'needs run.sh' }, async () => {
        const page = await open('/instrument/ins-prog-2009-2018', lang);
        const facts = await page.locator('dl.facts').first().innerText();
        const want = lang === 'ru' ? ['программа', 'межправительственный'] : ['规划纲要', '政府间'];
        for (const w of want) assert.ok(facts.includes(w), `${w} in ${facts}`);
        assert.doesNotMatch(facts, /\b(programme|intergovernmental)\b/);
        // the parties by name, each a link
        const parties = await page.locator('dl.facts').first().locator('dd a[href^="#/"]').count();
        assert.ok(parties >= 1, 'parties link to their pages');
        // a side the interface has no word for (an IATI import's kz) is its country
        const kz = await page.evaluate(async () => (await import('/js/i18n.js')).sideName('kz'));
        assert.equal(kz, lang === 'ru' ? 'Казахстан' : '哈萨克斯坦');
        await page.close();
        const ct = await open('/contradictions', lang);
        const subjects = await ct.locator('.ct-subject').allTextContents();
        assert.ok(subjects.includes(lang === 'ru' ? 'Автомобильный мост Благовещенск — Хэйхэ' : '黑河—布拉戈维申斯克公路大桥'), subjects.join(' | '));
        await ct.close();
    });
}
