// Acceptance: the five articles of ../shared/corpus/valentines-2021 (publishers'
// text, read in place, never copied). Skipped with a message when absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, sharedCorpus, passagesContaining } from './helpers.mjs';

const dir = path.join(sharedCorpus, 'valentines-2021');
const present = fs.existsSync(dir);
const skip = present ? false : `${dir} is absent: acceptance test skipped`;
if (!present) console.log(`# ${skip}`);

function analyse() {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const r = runCli(['compare', '--offsets', 'utf16', '--include-text', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  return { report, texts: report.documents.map((d) => d.text) };
}

const words = (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const docsOf = (p) => [...new Set(p.spans.map((s) => s.doc))].sort();

test('valentines-2021: the real shared passages are found, in the right articles', { skip }, () => {
  const { report, texts } = analyse();
  const expected = [
    ['An ally of Kremlin critic Alexei Navalny', [1, 3]],
    ['Navalny was arrested in January after returning', [0, 1]],
    ['but in fact they will change everything', [1, 3]],
  ];
  for (const [needle, docs] of expected) {
    const found = passagesContaining(report, texts, docs[0], needle);
    assert.ok(found.length > 0, `passage "${needle}" not found`);
    assert.deepEqual(docsOf(found[0]), docs, needle);
    // Punctuation and case between words do not break a passage ("but, in fact, they"),
    // so compare the words each span holds.
    for (const s of found[0].spans)
      assert.ok(words(texts[s.doc].slice(s.start, s.end)).includes(words(needle)), `span in doc ${s.doc}`);
  }
});

test('valentines-2021: no passage joins unrelated text', { skip }, () => {
  const { report } = analyse();
  assert.ok(report.passages.length < 20, `only a handful of exact passages: ${report.passages.length}`);
  for (const p of report.passages) assert.ok(p.words >= 6);
});

test('valentines-2021: 004 shares the least with the others (overlap)', { skip }, () => {
  const { report } = analyse();
  const mean = report.overlap.map((row, i) => row.filter((_, j) => j !== i).reduce((a, b) => a + b, 0));
  // 002 shares nothing verbatim, 004 very little: both below the three that copy each other.
  assert.ok(mean[4] < mean[1] && mean[4] < mean[3]);
});
