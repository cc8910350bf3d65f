// Unit tests that need no browser: the highlight splitter, the overview's number format, the
// static server's safety, and the built page's size budget.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
    assert.deepEqual(split_pieces(5, []), [{ start: 0, end: 5, layers: [], ids: {}, shared_by: 0 }]);
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
  test('the page is under 400 KB gzip in total', () => {
    h.require_build();
    const total = ['index.html', 'app.js', 'style.css']
      .map((name) => gzipSync(readFileSync(path.join(h.web_dir, name)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    assert.ok(total < 400 * 1024, `${(total / 1024).toFixed(1)} KB gzip`);
  });

  test('no innerHTML, outerHTML, insertAdjacentHTML or document.write in the page sources', () => {
    const sources = ['main.js', 'files.js', 'html_text.js', 'highlights.js', 'render_columns.js', 'overview.js', 'messages.js', 'twins.js', 'dom.js', 'worker_client.js', 'worker.js'];
    for (const name of sources) {
      const text = readFileSync(path.join(h.root, 'web/src', name), 'utf8');
      assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(text), name);
    }
  });
});
