// The interface's three languages agree: every English string has a Russian
// and a Chinese one with the same {0}, {1} placeholders, and neither has a
// key English lacks (web/assets/js/i18n.js, gaps()). Runs in node alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gaps, LANGS } from '../../web/assets/js/i18n.js';

test('i18n: English, Russian and Chinese tables have the same keys and placeholders', () => {
    assert.deepEqual(LANGS.map(([l]) => l), ['en', 'ru', 'zh']);
    assert.deepEqual(gaps(), []);
});
