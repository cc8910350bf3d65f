// Acceptance: the value forms of ../shared/corpus/valentines-2021 (publishers'
// text, read in place, never copied) are found as entity mentions with the
// expected values. Skipped with a message when the corpus is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, sharedCorpus } from './helpers.mjs';

const dir = path.join(sharedCorpus, 'valentines-2021');
const present = fs.existsSync(dir);
const skip = present ? false : `${dir} is absent: acceptance test skipped`;
if (!present) console.log(`# ${skip}`);

test('valentines-2021: times, counts and dates are value entities', { skip }, () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const r = runCli(['compare', '--offsets', 'utf16', '--include-text', '--no-facts', '--exact-only', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const found = [];
  for (const e of report.entities)
    for (const m of e.mentions)
      found.push({ doc: m.doc, type: e.type, text: report.documents[m.doc].text.slice(m.start, m.end), value: m.value, qualifier: m.qualifier, unit: m.unit });
  const expect = [
    [1, '1700 GMT', 'TIME', 'T17:00Z'],
    [2, '8 p.m. local time', 'TIME', 'T20:00'],
    [3, '8:00 pm', 'TIME', 'T20:00'],
    [0, 'More than 100 women', 'NUMBER', '100', 'more than', 'women'],
    [2, 'Hundreds of women', 'NUMBER', '200..999', '', 'women'],
    [1, 'more than 11,000 people', 'NUMBER', '11000', 'more than', 'people'],
    [4, 'At least 5,300 people', 'NUMBER', '5300', 'at least', 'people'],
    [4, '88 cities', 'NUMBER', '88', '', 'cities'],
    [2, 'January 17', 'DATE', 'XXXX-01-17'],
    [4, '17 January', 'DATE', 'XXXX-01-17'],
  ];
  for (const [doc, text, type, value, qualifier, unit] of expect) {
    const m = found.find((f) => f.doc === doc && f.text === text);
    assert.ok(m, `"${text}" not found in document ${doc}`);
    assert.equal(m.type, type, text);
    assert.equal(m.value, value, text);
    if (qualifier !== undefined) assert.equal(m.qualifier, qualifier, text);
    if (unit !== undefined) assert.equal(m.unit, unit, text);
  }
  // "17 January" and "January 17" are one entity across the articles.
  const jan17 = report.entities.find((e) => e.type === 'DATE' && e.value === 'XXXX-01-17');
  assert.deepEqual([...new Set(jan17.mentions.map((m) => m.doc))].sort(), [2, 3, 4]);
});
