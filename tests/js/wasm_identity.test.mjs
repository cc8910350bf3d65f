// Native and WASM reports are byte-identical for the same input (DECISIONS.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeWasm, runCli, sampleFiles, sharedCorpus } from './helpers.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-wasm-'));
// Non-ASCII text in every unit: curly quotes, «», é, Cyrillic, emoji, CRLF.
const unicodeA = path.join(tmp, 'unicode-a.txt');
const unicodeB = path.join(tmp, 'unicode-b.txt');
fs.writeFileSync(unicodeA, '«Северный ветер» 😀 arrived. Жёлтый café.\r\nThe café owner said “we were never told about the storm warning” at dawn 👨‍👩‍👧.\r\n');
fs.writeFileSync(unicodeB, 'Заголовок 🇺🇦\n\nAccording to the café owner, "We were never told about the storm warning," he said.');

const cases = [['samples', sampleFiles()], ['unicode', [unicodeA, unicodeB]]];
const valentines = path.join(sharedCorpus, 'valentines-2021');
if (fs.existsSync(valentines))
  cases.push(['valentines-2021', fs.readdirSync(valentines).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(valentines, f))]);

for (const [name, files] of cases) {
  for (const unit of ['codepoint', 'utf16', 'utf8']) {
    test(`${name}, offsets in ${unit}: native and WASM reports are byte-identical`, async () => {
      const native = runCli(['compare', '--offsets', unit, '--include-text', ...files]);
      assert.equal(native.status, 0, native.stderr);
      const wasm = await analyzeWasm(files, { min_words: 6, offset_unit: unit, include_text: true });
      assert.equal(wasm + '\n', native.stdout);
      assert.ok(JSON.parse(wasm).passages.length > 0);
    });
  }
}

test('passages only: the WASM request with passages_only equals `parallax passages`', async () => {
  const files = sampleFiles();
  const native = runCli(['passages', '--offsets', 'utf16', ...files]);
  assert.equal(native.status, 0, native.stderr);
  const wasm = await analyzeWasm(files, { offset_unit: 'utf16', facts: false, values: false, sentences: false, passages_only: true });
  assert.equal(wasm + '\n', native.stdout);
  const report = JSON.parse(wasm);
  assert.ok(report.passages.length > 0);
  assert.equal(report.overlap, undefined);
  assert.equal(report.facts, undefined);
});

test('unicode: spans slice the JavaScript string exactly in utf16', async () => {
  const report = JSON.parse(await analyzeWasm([unicodeA, unicodeB], { min_words: 6, offset_unit: 'utf16', include_text: true }));
  assert.equal(report.passages.length, 1);
  const texts = report.documents.map((d) => d.text);
  const [p] = report.passages;
  // A near passage: "said" is inserted in the first version; quotes and case differ.
  assert.equal(p.kind, 'near');
  assert.deepEqual(p.spans.map((s) => texts[s.doc].slice(s.start, s.end)),
    ['The café owner said “we were never told about the storm warning', 'the café owner, "We were never told about the storm warning']);
  assert.deepEqual(p.spans[0].differ.map((d) => texts[0].slice(d.start, d.end)), ['said']);
  assert.deepEqual(p.spans[1].differ, []);
  assert.equal(report.documents[0].length, texts[0].length);
  assert.equal(report.documents[0].title, '«Северный ветер» 😀 arrived. Жёлтый café.');
});

test('codepoint offsets index the text as a list of code points', async () => {
  const report = JSON.parse(await analyzeWasm([unicodeA, unicodeB], { min_words: 6, offset_unit: 'codepoint', include_text: true }));
  const points = report.documents.map((d) => [...d.text]);
  const s = report.passages[0].spans[0];
  assert.equal(points[s.doc].slice(s.start, s.end).join(''), 'The café owner said “we were never told about the storm warning');
  assert.equal(report.documents[0].length, points[0].length);
});

test('a malformed request is an error value, not a crash', async () => {
  const { loadCore } = await import('./helpers.mjs');
  const core = await loadCore();
  const out = JSON.parse(core.analyze('{"documents":[{"name":"a","size":10}]}', new Uint8Array(3)));
  assert.equal(out.error.code, 'bad-request');
  // The module is still usable afterwards.
  const ok = JSON.parse(core.analyze('{"documents":[]}', new Uint8Array(0)));
  assert.deepEqual(ok.documents, []);
});
