// `parallax diff`: JSON shape, unified format, errors, and native-vs-WASM identity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadCore, root, runCli, sampleFiles } from './helpers.mjs';
import { editText, sampleText } from '../../scripts/lib/diff_texts.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-diff-'));
const write = (name, content) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

const unicodeA = write('unicode-a.txt', '«Северный ветер» 😀 arrived. Café e\u0301te\u0301 👨‍👩‍👧 opened.\r\nЖёлтый дом.\n');
const unicodeB = write('unicode-b.txt', '«Южный ветер» 👍🏽 arrived. Café e\u0301te\u0301 👨‍👩‍👧 closed.\r\nЖёлтый дом 😀.\n');
const { text, words } = sampleText({ bytes: 20000, seed: 5 });
const editedA = write('edited-a.txt', text);
const editedB = write('edited-b.txt', editText(text, { rate: 0.05, seed: 6, words, moves: 3 }));

// The diff-only module (build/wasm/parallax_diff.js) for Node users of the diff.
let diffOnly;
const loadDiffOnly = () => (diffOnly ??= createRequire(import.meta.url)(path.join(root, 'build/wasm/parallax_diff.js'))());

async function diffWasm(a, b, options, module = loadCore) {
  const core = await module();
  const bytes = [a, b].map((f) => fs.readFileSync(f));
  const request = { documents: [a, b].map((f, i) => ({ name: path.basename(f), size: bytes[i].length })), options };
  return core.diff(JSON.stringify(request), new Uint8Array(Buffer.concat(bytes)));
}

test('diff prints the documented JSON shape', () => {
  const r = runCli(['diff', unicodeA, unicodeB]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  assert.equal(out.offset_unit, 'codepoint');
  assert.deepEqual(out.documents.map((d) => d.name), ['unicode-a.txt', 'unicode-b.txt']);
  assert.equal(out.approximate, false);
  for (const k of ['inserted', 'deleted', 'moved']) assert.equal(typeof out.counts[k], 'number');
  for (const e of out.edits) {
    assert.ok(['equal', 'insert', 'delete', 'move'].includes(e.op));
    assert.equal('a' in e, e.op !== 'insert');
    assert.equal('b' in e, e.op !== 'delete');
  }
});

test('every edit span slices the texts exactly, in every unit', () => {
  for (const unit of ['codepoint', 'utf16', 'utf8']) {
    const out = JSON.parse(runCli(['diff', '--offsets', unit, '--include-text', unicodeA, unicodeB]).stdout);
    const [ta, tb] = out.documents.map((d) => d.text);
    const slice = (t, s) => unit === 'utf16' ? t.slice(s.start, s.end)
      : unit === 'codepoint' ? [...t].slice(s.start, s.end).join('')
        : Buffer.from(t).subarray(s.start, s.end).toString();
    const pieces = out.edits.map((e) => ({ op: e.op, a: e.a && slice(ta, e.a), b: e.b && slice(tb, e.b) }));
    for (const p of pieces) {
      if (p.op === 'equal' || p.op === 'move') assert.equal(p.a, p.b);
      for (const s of [p.a, p.b]) if (s !== undefined) assert.equal(s, s.trim(), 'spans hold no outer whitespace');
    }
    assert.deepEqual(pieces.filter((p) => p.op !== 'equal').map((p) => p.a ?? p.b),
      ['Северный', 'Южный', '😀', '👍🏽', 'opened', 'closed', '😀'], unit);
  }
});

test('--format unified prints a readable word diff with moves', () => {
  const a = write('u-a.txt', 'The quick brown fox.\n\nResidents asked for a new ferry schedule and lighting on the pier.\n\nThe end came quickly.\n');
  const b = write('u-b.txt', 'The quick red fox.\n\nThe end came quickly.\n\nResidents asked for a new ferry schedule and lighting on the pier.\n');
  const r = runCli(['diff', '--format', 'unified', a, b]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^--- u-a\.txt\n\+\+\+ u-b\.txt\n@@ -1 \+1 @@\n/);
  assert.match(r.stdout, /The quick \[-brown-\] \{\+red\+\} fox\./);
  assert.match(r.stdout, /\{>1: The end came quickly\.<\}/);
  assert.match(r.stdout, /\[>1: The end came quickly\.<\]/);
  assert.equal(runCli(['diff', '--format', 'unified', a, a]).stdout, '');
});

test('--raw is minimal and the cleaned script covers the same text', () => {
  const raw = JSON.parse(runCli(['diff', '--raw', editedA, editedB]).stdout);
  const clean = JSON.parse(runCli(['diff', editedA, editedB]).stdout);
  assert.equal(raw.minimal, true);
  const size = (c) => c.tokens_inserted + c.tokens_deleted + 2 * c.tokens_moved;
  assert.ok(size(clean.counts) >= size(raw.counts));
  assert.ok(clean.edits.length <= raw.edits.length);
  assert.ok(raw.counts.moved > 0, 'the moved paragraphs are found');
});

test('bad input: missing file, binary file, wrong command line', () => {
  const missing = runCli(['diff', unicodeA, path.join(tmp, 'nope.txt')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read .*nope\.txt/);
  const binary = write('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const r = runCli(['diff', unicodeA, binary]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /photo\.png/);
  assert.equal(r.stdout, '');
  for (const args of [['diff'], ['diff', unicodeA], ['diff', '--format', 'xml', unicodeA, unicodeB], ['diff', '--nope', unicodeA, unicodeB]]) {
    const bad = runCli(args);
    assert.equal(bad.status, 2, args.join(' '));
    assert.match(bad.stderr, /Try 'parallax --help'/);
  }
  const empty = write('empty.txt', '');
  const e = JSON.parse(runCli(['diff', empty, unicodeB]).stdout);
  assert.ok(e.edits.every((x) => x.op === 'insert'));
});

test('--help documents diff', () => {
  const r = runCli(['--help']);
  for (const word of ['parallax diff', '--format', '--raw', '--no-moves', '--max-work', '--minimal', '--context'])
    assert.ok(r.stdout.includes(word), word);
});

const cases = [['unicode', unicodeA, unicodeB], ['edited sample', editedA, editedB], ['samples 01 vs 02', ...sampleFiles().slice(0, 2)]];
for (const [name, a, b] of cases) {
  for (const unit of ['codepoint', 'utf16', 'utf8']) {
    test(`${name}, offsets in ${unit}: native and WASM diffs are byte-identical`, async () => {
      const native = runCli(['diff', '--offsets', unit, '--include-text', a, b]);
      assert.equal(native.status, 0, native.stderr);
      const wasm = await diffWasm(a, b, { offset_unit: unit, include_text: true });
      assert.equal(wasm + '\n', native.stdout);
      assert.equal(await diffWasm(a, b, { offset_unit: unit, include_text: true }, loadDiffOnly), wasm);
    });
  }
}

test('WASM diff: raw and limited options match the native tool; bad requests are values', async () => {
  const native = runCli(['diff', '--raw', '--no-moves', '--max-work', '2000', editedA, editedB]);
  const wasm = await diffWasm(editedA, editedB, { cleanup: false, moves: false, max_work: 2000 });
  assert.equal(wasm + '\n', native.stdout);
  assert.equal(JSON.parse(wasm).approximate, true);
  assert.equal(await diffWasm(editedA, editedB, { cleanup: false, moves: false, max_work: 2000 }, loadDiffOnly), wasm);
  for (const core of [await loadCore(), await loadDiffOnly()])
    assert.equal(JSON.parse(core.diff('{"documents":[]}', new Uint8Array(0))).error.code, 'bad-request');
});

test('the diff-only module has the diff and not the analysis', async () => {
  const core = await loadDiffOnly();
  assert.equal(typeof core.diff, 'function');
  assert.equal(core.analyze, undefined);
});

test('diff_input: files read straight into the module give the same diff, and the input is used once', async () => {
  for (const core of [await loadCore(), await loadDiffOnly()]) {
    for (const [a, b] of [[unicodeA, unicodeB], [editedA, editedB]]) {
      const sizes = [a, b].map((f) => fs.statSync(f).size);
      const view = core.diff_input(sizes[0] + sizes[1]);
      assert.equal(view.length, sizes[0] + sizes[1]);
      [a, b].forEach((f, k) => {
        const fd = fs.openSync(f, 'r');
        assert.equal(fs.readSync(fd, view, k === 0 ? 0 : sizes[0], sizes[k], 0), sizes[k]);
        fs.closeSync(fd);
      });
      const request = JSON.stringify({ documents: [a, b].map((f, i) => ({ name: path.basename(f), size: sizes[i] })), options: { offset_unit: 'utf16' } });
      const expected = await diffWasm(a, b, { offset_unit: 'utf16' });
      assert.equal(core.diff_input_json(request), expected);
      // The bytes were freed by that diff: a second one has no input left.
      assert.equal(JSON.parse(core.diff_input_json(request)).error.code, 'bad-request');
    }
  }
});
