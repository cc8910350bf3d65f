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

// The expectations' facts (issue 5): each "alignments" set of sentences in one
// fact, no "non_alignments" pair in one. The count asserted is what the
// default threshold reaches today (scripts/eval_facts.mjs prints which are
// missed); raise it as the method improves, never lower it.
test('valentines-2021: facts hold the expected alignments and none of the non-alignments', { skip }, () => {
  const expect = JSON.parse(fs.readFileSync(path.join(dir, 'expectations.json'), 'utf8'));
  const ids = Object.keys(expect.documents).sort();
  const { report, texts } = analyse();
  const sentenceOf = ([id, context]) => {
    const doc = ids.indexOf(id);
    const at = texts[doc].indexOf(context);
    assert.ok(at >= 0, `context not found in ${id}: ${context}`);
    return { doc, sentence: report.documents[doc].sentences.findIndex((s) => s.start <= at && at < s.end) };
  };
  const factsOf = (s) =>
    report.facts.filter((f) => f.sentences.some((m) => m.doc === s.doc && m.sentence === s.sentence)).map((f) => f.id);
  let found = 0;
  for (const a of expect.alignments) {
    const common = a.sentences.map((x) => factsOf(sentenceOf(x))).reduce((x, y) => x.filter((f) => y.includes(f)));
    if (common.length > 0) found++;
  }
  assert.ok(found >= 10, `${found} of ${expect.alignments.length} alignments found (at least 10 expected)`);
  for (const n of expect.non_alignments) {
    const x = factsOf(sentenceOf(n.a)), y = factsOf(sentenceOf(n.b));
    assert.ok(!x.some((f) => y.includes(f)), `joined: ${n.why}`);
  }
});
