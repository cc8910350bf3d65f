// Unit tests that need no browser: the highlight splitter, the overview's number format, the
// static server's safety, and the built page's size budget.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import * as h from './helpers.mjs';

/** Imports an ES module from web/src (plain .js in a CommonJS package) via an esbuild bundle. */
async function import_web_module(name) {
  const out = await esbuild.build({ entryPoints: [path.join(h.root, 'web/src', name)], bundle: true, format: 'esm', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

describe('split_pieces', () => {
  let split_pieces;
  before(async () => ({ split_pieces } = await import_web_module('highlights.js')));

  const hl = (start, end, id, shared_by = 2, layer = 'passage') => ({ start, end, id, shared_by, layer });

  test('no highlights: one plain piece', () => {
    assert.deepEqual(split_pieces(5, []), [{ start: 0, end: 5, layers: [], ids: {}, shared_by: 0, kinds: [], differ: [], attrs: null }]);
  });

  test('overlapping highlights are cut at every boundary into flat pieces', () => {
    const pieces = split_pieces(20, [hl(2, 10, 7, 2), hl(5, 15, 3, 3)]);
    assert.deepEqual(
      pieces.map((p) => [p.start, p.end, (p.ids.passage || []).join(' '), p.shared_by]),
      [[0, 2, '', 0], [2, 5, '7', 2], [5, 10, '3 7', 3], [10, 15, '3', 3], [15, 20, '', 0]],
    );
  });

  test('touching highlights stay separate; layers are listed in a fixed order', () => {
    const pieces = split_pieces(6, [hl(0, 3, 1), hl(3, 6, 2), hl(0, 6, 9, 0, 'entity')]);
    assert.deepEqual(pieces.map((p) => [p.start, p.end, p.layers.join(' ')]), [[0, 3, 'passage entity'], [3, 6, 'passage entity']]);
  });

  test('the pieces of a part of the text (a chunk built on its own) start at its start, highlights clamped to it', async () => {
    const { piece_stream } = await import_web_module('highlights.js');
    const pieces = [...piece_stream(12, [hl(2, 8, 1), hl(9, 20, 2), hl(0, 3, 3)], [], 6)];
    assert.deepEqual(pieces.map((p) => [p.start, p.end, (p.ids.passage || []).join(' ')]), [[6, 8, '1'], [8, 9, ''], [9, 12, '2']]);
  });

  test('extra cut points split pieces without adding highlights', () => {
    const pieces = split_pieces(10, [hl(2, 8, 1)], [5, 9]);
    assert.deepEqual(pieces.map((p) => [p.start, p.end, p.layers.join(' ')]), [[0, 2, ''], [2, 5, 'passage'], [5, 8, 'passage'], [8, 9, ''], [9, 10, '']]);
  });

  test('chunks start after a line break once long enough', async () => {
    const { chunk_starts } = await import_web_module('highlights.js');
    assert.deepEqual(chunk_starts('aaaa\nbb\ncccc\ndd', 3), [5, 13]);
    assert.deepEqual(chunk_starts('short\ntext', 4000), []);
    assert.deepEqual(chunk_starts('no line breaks at all', 3), []);
  });

  test('kinds: a piece any exact passage covers lists "exact" first; differing runs cut pieces', () => {
    const near = (start, end, id) => ({ ...hl(start, end, id), kind: 'near' });
    const differ = (start, end, id) => ({ start, end, id, layer: 'passage', differ: true });
    const pieces = split_pieces(20, [near(0, 12, 4), { ...hl(8, 16, 5, 3), kind: 'exact' }, differ(3, 5, 4), differ(18, 19, 4)]);
    assert.deepEqual(
      pieces.map((p) => [p.start, p.end, p.layers.join(' '), (p.ids.passage || []).join(' '), p.kinds.join(' '), p.differ.join(' ')]),
      [
        [0, 3, 'passage', '4', 'near', ''],
        [3, 5, 'passage', '4', 'near', '4'],
        [5, 8, 'passage', '4', 'near', ''],
        [8, 12, 'passage', '4 5', 'exact near', ''],
        [12, 16, 'passage', '5', 'exact', ''],
        [16, 18, '', '', '', ''],
        [18, 19, '', '', '', ''], // a differing run outside its passage's span marks nothing
        [19, 20, '', '', '', ''],
      ],
    );
  });

  test('passage_highlights: spans with kind and share count, differing runs of near spans', async () => {
    const { passage_highlights } = await import_web_module('highlights.js');
    const report = {
      documents: [{}, {}],
      passages: [
        { id: 0, kind: 'exact', docs: 2, spans: [{ doc: 0, start: 0, end: 5 }, { doc: 1, start: 10, end: 15 }] },
        { id: 1, kind: 'near', docs: 2, spans: [{ doc: 0, start: 20, end: 40, differ: [{ start: 25, end: 28 }] }, { doc: 1, start: 30, end: 52, differ: [] }] },
      ],
    };
    const [d0, d1] = passage_highlights(report);
    assert.deepEqual(d0, [
      { start: 0, end: 5, layer: 'passage', id: 0, shared_by: 2, kind: 'exact' },
      { start: 20, end: 40, layer: 'passage', id: 1, shared_by: 2, kind: 'near' },
      { start: 25, end: 28, layer: 'passage', id: 1, differ: true },
    ]);
    assert.equal(d1.length, 2);
  });

  test('spans outside the text are clamped, empty ones ignored', () => {
    const pieces = split_pieces(4, [hl(-3, 2, 1), hl(3, 99, 2), hl(2, 2, 3)]);
    assert.deepEqual(pieces.map((p) => [p.start, p.end]), [[0, 2], [2, 3], [3, 4]]);
  });
});

describe('overview numbers', () => {
  test('percent', async () => {
    const { percent } = await import_web_module('overview.js');
    assert.deepEqual([0, 0.001, 0.034, 0.5, 1].map(percent), ['0%', '<1%', '3%', '50%', '100%']);
  });
});

describe('composition (the overview bars)', () => {
  let composition;
  before(async () => ({ composition } = await import_web_module('composition.js')));

  // 16 words: 0-4 an exact passage, 4-7 near beyond it, a fact sentence of 4 words (one of them
  // inside the passage), an only-in sentence of 3 words, a furniture line of 2 words.
  const text = 'w0 w1 w2 w3 w4 w5 w6. f0 f1 f2. u0 u1 u2.\nShare this';
  const at = (word) => text.indexOf(word);
  const report = {
    documents: [
      {
        text, words: 14, shared_words: 7, exact_words: 4,
        furniture: [{ start: at('Share'), end: text.length }],
        only_in: [{ sentence: 2, start: at('u0'), end: at('u2') + 3 }],
      },
      { text: 'x', words: 1, shared_words: 0, exact_words: 0 },
    ],
    passages: [{ spans: [{ doc: 0, start: 0, end: at('w6') + 2 }] }],
    facts: [{ id: 7, sentences: [{ doc: 0, start: at('w6'), end: at('f2') + 3 }, { doc: 1, start: 0, end: 1 }] }],
    entities: [{ id: 1, mentions: [{ doc: 0 }, { doc: 0 }] }, { id: 2, mentions: [{ doc: 1 }] }],
    discrepancies: [{ id: 3, verdict: 'agree', values: [{ doc: 0 }] }, { id: 4, verdict: 'conflict', values: [{ doc: 0 }, { doc: 1 }] }],
  };

  test('words per part: exact, near, paraphrase outside passages, unique, furniture', () => {
    const [a, b] = composition(report, false);
    assert.equal(a.total, 16);
    assert.deepEqual(a.words, { exact: 4, near: 3, paraphrase: 3, unique: 3, furniture: 2 });
    assert.deepEqual([a.facts, a.entities, a.disagreements], [1, 1, 1]);
    assert.deepEqual([b.total, b.facts, b.entities, b.disagreements], [1, 1, 1, 1]);
  });

  test('analysed furniture is already in the word count; parts never exceed the total', () => {
    const [a] = composition(report, true);
    assert.equal(a.total, 14);
    const sum = Object.values(a.words).reduce((x, y) => x + y, 0);
    assert.ok(sum <= a.total, `${sum} > ${a.total}`);
  });
});

describe('serve.mjs', () => {
  let server;
  let port;
  before(async () => {
    h.require_build();
    server = await h.start_server();
    port = server.server.address().port;
  });
  after(() => server?.server.close());

  // A raw request, so the client does not normalise "../" away before the server sees it.
  const get = (raw_path, method = 'GET') =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: raw_path, method }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body }));
      });
      req.on('error', reject);
      req.end();
    });

  test('serves the page with the right content types', async () => {
    assert.deepEqual((({ status, type }) => ({ status, type }))(await get('/')), { status: 200, type: 'text/html; charset=utf-8' });
    assert.equal((await get('/app.js')).type, 'text/javascript; charset=utf-8');
    assert.equal((await get('/style.css')).type, 'text/css; charset=utf-8');
    assert.equal((await get('/nope.js')).status, 404);
    assert.equal((await get('/', 'POST')).status, 405);
  });

  test('never serves a file outside build/web', async () => {
    for (const p of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/../../../etc/passwd', '/%00', '/%E0%A4%A']) {
      const res = await get(p);
      assert.ok(res.status === 404, `${p} -> ${res.status}`);
      assert.ok(!res.body.includes('"devDependencies"') && !res.body.includes('root:'), p);
    }
  });
});

describe('build', () => {
  test('the page is under 500 KB gzip in total (DECISIONS.md)', () => {
    h.require_build();
    const total = ['index.html', 'app.js', 'style.css']
      .map((name) => gzipSync(readFileSync(path.join(h.web_dir, name)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    assert.ok(total < 500 * 1024, `${(total / 1024).toFixed(1)} KB gzip`);
  });

  test('no innerHTML, outerHTML, insertAdjacentHTML or document.write in the page sources', () => {
    const sources = readdirSync(path.join(h.root, 'web/src')).filter((name) => name.endsWith('.js'));
    for (const name of sources) {
      const text = readFileSync(path.join(h.root, 'web/src', name), 'utf8');
      assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(text), name);
    }
  });
});

describe('lazy columns (lazy_column.js, mark_index.js)', () => {
  test('highlights are sorted into the chunks they touch, and each key knows its chunks', async () => {
    const { LazyColumn } = await import_web_module('lazy_column.js');
    const { MarkIndex } = await import_web_module('mark_index.js');
    const { Slicer } = await import_web_module('slices.js');
    const text = 'aaaa\nbbbb\ncccc\ndddd';
    const index = new MarkIndex();
    const column = new LazyColumn(text, [5, 10, 15], index, () => {});
    const spans = [
      { start: 6, end: 12, layer: 'passage', id: 4 }, // chunks 1 and 2
      { start: 0, end: 2, layer: 'entity', id: 9 },
      { start: 16, end: 30, layer: 'entity', id: 9 }, // past the end: clamped into chunk 3
      { start: 7, end: 7, layer: 'fact', id: 1 }, // empty: nowhere
    ];
    await column.add_highlights(spans, new Slicer());
    assert.deepEqual(column.lists.map((list) => list.map((h) => `${h.layer}:${h.id}`)), [['entity:9'], ['passage:4'], ['passage:4'], ['entity:9']]);
    assert.deepEqual([...column.keys], [['passage:4', [1, 2]], ['entity:9', [0, 3]]]);
    assert.deepEqual([0, 4, 5, 14, 15, 19].map((pos) => column.chunk_of(pos)), [0, 0, 1, 2, 3, 3]);
    assert.deepEqual(index.lazy, [column]);
  });
});
