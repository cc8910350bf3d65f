// The command-line tool on HTML pages (core/html_text.h): the article's text without the site's
// furniture, the page's metadata in the report, offsets into the extracted text, and the same
// report from the WASM core when a caller asks it to extract (a document's "format": "html").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { loadCore, root, runCli } from './helpers.mjs';

const fixtures = path.join(root, 'tests/fixtures/html');
const pages = ['coastal-ledger-bridge.html', 'evening-post-bridge.html', 'western-wire-bridge.html'].map((n) => path.join(fixtures, n));

// What the pages carry around their articles: none of it is article text.
const kFurniture = [
  'Advertisement', 'Share on Facebook', 'Most read', 'All rights reserved', 'Log in to comment', 'Comments (14)',
  'dataLayer', 'metrics.example', 'Sponsored', 'Tracking pixel', 'We use cookies', 'Accept all', 'Subscribe',
  'Read more', 'Registered in England', 'Opinion', 'What\'s On', 'Search', 'Ferry fares to rise', 'display: none',
];

function compare(files, extra = []) {
  const r = runCli(['compare', '--include-text', '--offsets', 'utf16', ...extra, ...files]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('CLI: each page is its headline and article paragraphs, nothing else', () => {
  const report = compare(pages);
  assert.deepEqual(report.rejected, []);
  const [ledger, post, wire] = report.documents;
  assert.ok(ledger.text.startsWith('Kelmouth swing bridge to close for six weeks after corrosion found\n\nThe swing bridge over Kelmouth harbour'), ledger.text.slice(0, 120));
  assert.ok(post.text.startsWith('Harbour bridge shut from Monday as repairs begin\n\nKelmouth’s swing bridge'), post.text.slice(0, 120));
  assert.ok(wire.text.startsWith('Corroded bearings force six-week closure of Kelmouth bridge\n\nKELMOUTH, England, March 9'), wire.text.slice(0, 120));
  for (const doc of report.documents) {
    for (const furniture of kFurniture) assert.ok(!doc.text.includes(furniture), `${doc.name}: "${furniture}" left out`);
    assert.ok(!/[<>]|&[a-z]+;|&#/.test(doc.text), `${doc.name}: no markup or character reference left`);
    assert.ok(!/ {2}|\n{3}|^\s|[ \t]\n/.test(doc.text), `${doc.name}: whitespace folded, paragraphs one blank line apart`);
    assert.equal(doc.title, doc.metadata.title, `${doc.name}: the first line is the headline`);
  }
  // Entities decoded (&rsquo;, &#8220;, &pound;, &nbsp;), figure captions and quotes kept.
  assert.ok(ledger.text.includes('two of the bridge’s four bearings'));
  assert.ok(ledger.text.includes('The Kelmouth swing bridge carries about 9,000 vehicles a day.\n'));
  assert.ok(ledger.text.includes('£1.2 million'));
  assert.ok(post.text.includes('“Half of our customers walk over from the north side,” said Gwen Tallis'));
  assert.ok(wire.text.includes('"Leaving the bearings as they are is not an option," councillor Ewan Baird said.\n'));
});

test('CLI: the page\'s metadata, the byline out of the text, the date resolving "on Thursday"', () => {
  const report = compare(pages);
  assert.deepEqual(report.documents.map((d) => d.metadata), [
    { title: 'Kelmouth swing bridge to close for six weeks after corrosion found', byline: 'By Mairi Dunlop, Local Affairs Reporter', site: 'The Coastal Ledger', date: '2023-03-09' },
    { title: 'Harbour bridge shut from Monday as repairs begin', byline: 'Priya Raman', site: 'Kelmouth Evening Post', date: '2023-03-09' },
    { title: 'Corroded bearings force six-week closure of Kelmouth bridge', byline: 'Reporting by Oskar Lind; editing by Ruth Ames', site: 'Western Wire', date: '2023-03-09' },
  ]);
  for (const doc of report.documents) assert.ok(!doc.text.includes(doc.metadata.byline), `${doc.name}: the byline is metadata`);
  const thursday = report.entities.find((e) => e.type === 'DATE' && e.variants.includes('Thursday'));
  assert.equal(thursday?.value, '2023-03-09', 'the page\'s publication date resolves the weekday');
  const given = compare(pages, ['--date', '2023-03-10']);
  assert.deepEqual(given.documents.map((d) => d.metadata.date), ['2023-03-10', '2023-03-10', '2023-03-10'], '--date wins');
});

test('CLI: offsets point into the extracted text; the wire copy is one passage in all three', () => {
  const report = compare(pages);
  const texts = report.documents.map((d) => d.text);
  for (const doc of report.documents) {
    assert.equal(doc.length, doc.text.length);
    for (const s of doc.sentences) assert.ok(s.end <= doc.text.length && s.start < s.end, `${doc.name}: sentence in range`);
  }
  const shared = report.passages.filter((p) => p.docs === 3 && p.spans.every((s) => texts[s.doc].slice(s.start, s.end).includes('six weeks from Monday 13 March')));
  assert.equal(shared.length, 1, JSON.stringify(report.passages.map((p) => p.spans.map((s) => texts[s.doc].slice(s.start, s.end)))));
  assert.deepEqual(shared[0].spans.map((s) => s.doc), [0, 1, 2]);
});

test('CLI: a .txt holding the same markup is analysed as it is', () => {
  const dir = fs.mkdtempSync(path.join(root, 'build/html-cli-'));
  try {
    const txt = path.join(dir, 'page-as-text.txt');
    fs.copyFileSync(pages[0], txt);
    const report = compare([txt]);
    assert.ok(report.documents[0].text.startsWith('<!DOCTYPE html>'));
    assert.equal(report.documents[0].metadata, undefined, 'no metadata for plain text');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('WASM: a document of format "html" gives the CLI\'s report, byte for byte', async () => {
  const core = await loadCore();
  const buffers = pages.map((f) => fs.readFileSync(f));
  const request = {
    documents: pages.map((f, i) => ({ name: path.basename(f), size: buffers[i].length, format: 'html' })),
    options: { offset_unit: 'utf16', include_text: true },
  };
  const wasm = core.analyze(JSON.stringify(request), new Uint8Array(Buffer.concat(buffers)));
  const native = runCli(['compare', '--include-text', '--offsets', 'utf16', ...pages]).stdout.trim();
  assert.equal(wasm.trim(), native);
  const bad = JSON.parse(core.analyze(JSON.stringify({ documents: [{ name: 'a.html', size: 1, format: 'pdf' }] }), new Uint8Array([65])));
  assert.equal(bad.error.code, 'bad-request');
});
