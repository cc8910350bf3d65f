// The report's way to the page (web/src/report_transfer.js): the core's UTF-8 bytes, cut into
// parts by a scan that follows strings and brackets, give the same object as JSON.parse of the
// whole, keys in the same order; and the WASM binding's analyze_utf8 gives analyze's report as
// bytes (its `released` callback called once the bytes are copied in).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join_report } from '../../web/src/report_transfer.js';
import { Slicer } from '../../web/src/slices.js';
import { analyzeWasm, loadCore, sampleFiles } from './helpers.mjs';

const bytes = (text) => new TextEncoder().encode(text);
// A slice of 0 ms: the join pauses at every chance, as it would on a slow machine.
const join = (text, slice_ms = 0) => join_report(bytes(text), new Slicer(() => true, slice_ms));

async function same_as_parse(text) {
  const joined = await join(text);
  assert.deepEqual(joined, JSON.parse(text));
  assert.equal(JSON.stringify(joined), JSON.stringify(JSON.parse(text)), 'keys in the same order');
}

test('texts holding quotes, backslashes, brackets, braces, commas and non-ASCII come back exact', async () => {
  const text = 'He said “no” — "really?" {not json} [1, 2], a\\b, tab\there,\nline «é» 😀 \u0000 end';
  await same_as_parse(JSON.stringify({
    documents: [
      { name: 'a.txt', words: 3, text, title: 'a', sentences: [{ start: 0, end: 4 }] },
      { text: '', name: 'empty.txt' },
      { name: 'no-text.txt', words: 0 },
      { name: 'last.txt', notices: ['x'], text: '}]"' },
    ],
    passages: [{ id: 1, spans: [{ doc: 0, start: 0, end: 2, differ: [] }], kind: 'exact' }],
    overlap: [[0, 0.5], [0.25, 0]],
    facts: null,
    flag: true,
    count: -12.5e3,
    notices: [],
  }));
});

test('white space between tokens, an empty report, no documents and an error report', async () => {
  await same_as_parse('{}');
  await same_as_parse(' { "documents" : [ ] , "passages" : [ ] } ');
  await same_as_parse('{\n  "documents": [\n    { "name": "a", "text": "x y" }\n  ],\n  "n": 1\n}\n');
  await same_as_parse('{"error":{"code":"out-of-memory","message":"Not enough memory"}}');
  await same_as_parse('{"documents":[],"rejected":[{"name":"x","code":"empty"}]}');
});

test('a long text is scanned across many pauses and comes back whole', async () => {
  const text = 'word "quoted" \\ '.repeat(200000); // 3.2 MB, three scan steps
  await same_as_parse(JSON.stringify({ documents: [{ name: 'long', text }, { name: 'b', text: 'b' }], tail: [1] }));
});

test('a long top-level array is parsed in batches and comes back whole, in order, pretty-printed or not', async () => {
  // About 1.3 MB of entities: several batches, with brackets, commas and quotes inside strings.
  const entities = Array.from({ length: 6000 }, (_, i) => ({
    id: i + 1,
    type: i % 3 ? 'PERSON' : 'DATE',
    name: `Mayor “${i}” said "]," {x} [y] \\ é`,
    mentions: [{ doc: i % 2, start: i * 10, end: i * 10 + 7 }, { doc: 1, start: 3, end: 9 }],
    values: i % 5 ? [] : [[1, 2], [3]],
  }));
  const report = { documents: [{ name: 'a', text: 'x' }], entities, passages: [], facts: [[]], tail: 'end' };
  await same_as_parse(JSON.stringify(report));
  await same_as_parse(JSON.stringify(report, null, 2));
  await assert.rejects(join(JSON.stringify(report).replace('"tail"', '{"tail"')), /could not be read/);
});

test('an array element longer than one scan step (1 MB) is crossed across pauses, between short ones', async () => {
  const long = { id: 2, name: 'x "y" ],} '.repeat(150000), mentions: [{ doc: 0, start: 1, end: 2 }] }; // 1.5 MB
  const report = { documents: [{ name: 'a', text: 'x' }], entities: [{ id: 1 }, long, { id: 3, name: '[' }], tail: 1 };
  await same_as_parse(JSON.stringify(report));
  await assert.rejects(join(JSON.stringify(report).slice(0, 1200000)), /could not be read/);
});

test('broken bytes are refused with a message naming the byte, not a wrong report', async () => {
  await assert.rejects(join('{"documents":[{"name":"a","text":"x"}'), /could not be read.*at byte/);
  await assert.rejects(join('{"a":1 "b":2}'), /could not be read/);
  await assert.rejects(join('[1,2]'), /could not be read/);
});

test('WASM: analyze_utf8 is analyze as UTF-8 bytes, and the page reads it back as JSON.parse does', async () => {
  const core = await loadCore();
  const options = { min_words: 6, offset_unit: 'utf16', include_text: true };
  const json = await analyzeWasm(sampleFiles(), options);
  const files = sampleFiles();
  const fs = await import('node:fs');
  const buffers = files.map((f) => fs.readFileSync(f));
  const request = { documents: files.map((f, i) => ({ name: f.split('/').pop(), size: buffers[i].length })), options };
  // `released` runs once the module holds its copy: the worker then lets its own go (detached);
  // here the caller's bytes are wiped instead, and the report must not change.
  const data = new Uint8Array(Buffer.concat(buffers));
  let released = 0;
  const out = core.analyze_utf8(JSON.stringify(request), data, () => {
    released++;
    data.fill(0);
  });
  assert.equal(released, 1);
  assert.ok(out instanceof Uint8Array);
  assert.equal(out.byteOffset, 0);
  assert.equal(out.buffer.byteLength, out.length, 'its own buffer, not a view of the module memory');
  assert.equal(new TextDecoder().decode(out), json);
  const joined = await join_report(out, new Slicer(() => true, 0));
  assert.deepEqual(joined, JSON.parse(json));
  assert.ok(joined.documents.every((d) => d.text.length > 0));
  // Without a function to call, the same report.
  const again = core.analyze_utf8(JSON.stringify(request), new Uint8Array(Buffer.concat(buffers)), null);
  assert.equal(new TextDecoder().decode(again), json);
});
