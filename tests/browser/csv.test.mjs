// The files a table saves (web/assets/js/table.js), in node alone: CSV cells
// that would run as spreadsheet formulas get a leading apostrophe; RFC 4180
// quoting; UTF-8 with a byte order mark; JSON with the API's field names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, toCSV, toJSON } from '../../web/assets/js/table.js';

test('csv: formulas are defused, fields quoted, a BOM and CRLF', () => {
    for (const s of ['=1+1', '+7', '-cmd', '@SUM(A1)']) assert.equal(csvField(s), "'" + s);
    assert.equal(csvField(-60), '-60', 'a number stays a number');
    assert.equal(csvField('-60'), '-60', 'so does a numeric text');
    assert.equal(csvField('a, "b"'), '"a, ""b"""');
    const cols = [{ key: 'name', label: 'Name', value: r => r.name }, { key: 'delay_days', label: 'Days late', value: r => r.delay_days }];
    const rows = [{ name: '=HYPERLINK("x")', delay_days: 953 }, { name: 'Мост 黑河', delay_days: null }];
    assert.equal(toCSV(rows, cols), '\ufeffName,Days late\r\n"\'=HYPERLINK(""x"")",953\r\nМост 黑河,\r\n');
    assert.deepEqual(JSON.parse(toJSON(rows, cols)), [{ name: '=HYPERLINK("x")', delay_days: 953 }, { name: 'Мост 黑河', delay_days: null }]);
});
