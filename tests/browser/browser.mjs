// What the browser tests share: Debian's chromium, headless, in a fresh
// profile, with every request outside the servers under test answered by a
// stub (nothing leaves 127.0.0.1). Not a test file: run.sh runs *.test.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

// A browser context whose requests stay on ORIGIN (one origin or a list of
// them); close it with closeBrowser(). Every outside address it was asked
// for is pushed to EXTERNALS (an array) when one is given.
export async function openBrowser(origin, viewport = { width: 1280, height: 900 }, { externals = null } = {}) {
    const origins = [].concat(origin).filter(Boolean);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'amur-chromium-'));
    const ctx = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        viewport,
        acceptDownloads: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await ctx.route('**/*', (route) => {
        const url = route.request().url();
        if (origins.some(o => url.startsWith(o + '/')) || url.startsWith('data:') || url.startsWith('blob:'))
            return route.continue();
        if (externals) externals.push(url);
        return route.fulfill({ status: 200, contentType: 'text/plain', body: 'outside page (stub)' });
    });
    ctx.amurProfile = profile;
    return ctx;
}

export async function closeBrowser(ctx) {
    if (!ctx) return;
    await ctx.close();
    fs.rmSync(ctx.amurProfile, { recursive: true, force: true });
}

// Where the tests put their screenshots.
export const SHOTS = process.env.AMUR_ARTIFACTS || path.join(import.meta.dirname, 'artifacts');

// Waits until the page's main view has rendered: its heading is there and it
// is no longer busy.
export async function rendered(page) {
    await page.waitForFunction(() => {
        const m = document.getElementById('main');
        return m && !m.hasAttribute('aria-busy') && m.querySelector('h1');
    }, null, { timeout: 15000 });
}

// Saves a screenshot of PAGE as SHOTS/NAME.png, for a person to look at: an
// artifact, not an assertion, so one that cannot be taken in time (a full
// page on a loaded machine) is told on stderr and does not fail the test.
export async function shot(page, name, fullPage = true) {
    try {
        await page.screenshot({ path: path.join(SHOTS, name + '.png'), fullPage, timeout: 60000 });
    } catch (e) {
        console.error(`screenshot ${name} not taken: ${e.message.split('\n')[0]}`);
    }
}

// The rows of a CSV text (RFC 4180: quoted fields, "" for a quote, CRLF).
export function parseCSV(text) {
    const rows = [];
    let row = [], f = '', q = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (q) {
            if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
        } else if (c === '"') q = true;
        else if (c === ',') { row.push(f); f = ''; }
        else if (c === '\r' && text[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; }
        else f += c;
    }
    if (f || row.length) { row.push(f); rows.push(row); }
    return rows;
}
