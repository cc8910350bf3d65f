// PDF and Word files (issue 8, issue 9): their text is taken by the optional reader scripts
// (build/web/readers/pdf.js, docx.js), which the page loads only when such a file arrives, over
// http and from file://; the text then goes the way of a .txt file. A broken PDF, a PDF without
// a text layer, a broken .docx and a missing reader each refuse only their file, by name.
// The PDF and .docx files are made here (fixtures/documents.mjs).

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import * as esbuild from 'esbuild';
import * as h from './helpers.mjs';
import { make_docx, make_pdf, make_zip, wrap } from './fixtures/documents.mjs';

const kWire =
  'The harbour authority said the cargo ship lost power to both engines in heavy seas and began drifting towards the rocks ' +
  'before two tugs reached it late on Tuesday evening and towed it back to the outer anchorage.';
// A passage ends at its last word: the full stop after it is not marked.
const kWireWords = kWire.replace(/\.$/, '');
const kPdfIntro =
  'Residents of the coastal village watched from the cliffs as the vessel turned broadside to the waves, ' +
  'and several of them called the coastguard long before the official alarm was raised.';
const kPdfPage2 = 'A second page follows with the inquiry timetable, which the ministry will publish next month.';
const kDocIntro = 'The council memo was circulated to members on Wednesday morning with a request for comments.';

const bytes = (buffer) => [...buffer];
const pdf_file = () => ({
  name: 'report.pdf',
  bytes: bytes(make_pdf([['Storm report', '', ...wrap(kPdfIntro), '', ...wrap(kWire), '', [{ text: 'Split', dx: 0 }, { text: 'runs', dx: 30 }]], wrap(kPdfPage2)])),
});
const docx_file = () => ({ name: 'memo.docx', bytes: bytes(make_docx(['Council memo', kDocIntro, [kWire.slice(0, 60), kWire.slice(60)]])) });
const txt_file = { name: 'wire.txt', text: `Ship adrift\n\n${kWire} Nobody was hurt, the operator said.\n` };

const kPdfText = `Storm report\n\n${wrap(kPdfIntro).join('\n')}\n\n${wrap(kWire).join('\n')}\n\nSplit runs\n\n${wrap(kPdfPage2).join('\n')}\n`;
const kDocText = `Council memo\n\n${kDocIntro}\n\n${kWire}\n`;

const reader_requests = (log) => log.requests.filter((url) => url.includes('/readers/'));

/** Drops the three files and checks what the columns show and the passages they share. */
async function check_three(page) {
  const n = await h.drop_files(page, [txt_file, pdf_file(), docx_file()]);
  assert.equal(await h.wait_analysis(page, n), 'done', await page.textContent('#status'));
  assert.deepEqual(await page.$$eval('#messages li', (lis) => lis.map((li) => li.textContent)), []);
  const cols = await h.columns(page);
  assert.deepEqual(cols.map((c) => c.name), ['wire.txt', 'report.pdf', 'memo.docx']);
  const [txt, pdf, doc] = cols;
  assert.equal(pdf.text, kPdfText);
  assert.equal(doc.text, kDocText);
  assert.match(await page.textContent('.column[data-name="report.pdf"] .column-notices'), /report\.pdf: text extracted from PDF \(2 pages\)/);
  assert.match(await page.textContent('.column[data-name="memo.docx"] .column-notices'), /memo\.docx: text extracted from a Word document/);
  // The shared sentence is a passage in all three (in the PDF it is cut into lines).
  assert.ok(h.fully_marked(txt, kWireWords) && h.fully_marked(doc, kWireWords));
  for (const line of wrap(kWireWords)) assert.ok(h.fully_marked(pdf, line), line);
  const ids = (c) => new Set(c.ranges.flatMap((r) => r[2].split(' ')));
  assert.ok([...ids(txt)].some((id) => ids(pdf).has(id) && ids(doc).has(id)), 'one passage shared by the three');
  assert.ok(h.not_marked(pdf, wrap(kPdfIntro)[0]) && h.not_marked(doc, kDocIntro));
}

describe('PDF text into lines and paragraphs (web/readers/pdf_lines.js)', () => {
  let page_text;
  before(async () => {
    const out = await esbuild.build({ entryPoints: [path.join(h.root, 'web/readers/pdf_lines.js')], bundle: true, format: 'esm', write: false });
    ({ page_text } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`));
  });
  const item = (str, x, y, width, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL: false });

  test('runs on one baseline make one line, with a space where they stand apart', () => {
    assert.equal(page_text([item('Hello', 72, 700, 25), item('world', 100, 700, 25), item('s', 125, 700, 5)]), 'Hello worlds');
  });
  test('a superscript stays on its line; a lower baseline starts a line', () => {
    assert.equal(page_text([item('Note', 72, 700, 20), item('1', 92, 703, 4, 6), item('next', 72, 688, 18)]), 'Note1\nnext');
  });
  test('a step much larger than the usual line step, or back up the page, is a new paragraph', () => {
    const items = [item('a', 72, 700, 5), item('b', 72, 688, 5), item('c', 72, 676, 5), item('d', 72, 650, 5), item('e', 300, 700, 5), item('f', 300, 688, 5)];
    assert.equal(page_text(items), 'a\nb\nc\n\nd\n\ne\nf');
  });
  test('marked-content items, empty end-of-line items and extra spaces are dropped', () => {
    assert.equal(page_text([{ type: 'beginMarkedContent' }, item('x  y', 72, 700, 20), item('', 92, 700, 0), item('   ', 72, 688, 10)]), 'x y');
  });
});

describe('PDF and Word files over http', () => {
  const session = h.page_session();
  let page;
  let log;
  before(() => ({ page, log } = session));

  test('the readers are not part of the initial load', async () => {
    assert.deepEqual(reader_requests(log), []);
    assert.equal(await page.$$eval('script[src*="readers/"]', (s) => s.length), 0);
    assert.equal(await page.evaluate(() => typeof window.parallax_readers), 'undefined');
    assert.match(await page.getAttribute('#file-input', 'accept'), /\.pdf,\.docx/);
  });

  test('a PDF and a .docx dropped with a .txt: extracted text, shared passages', async () => {
    await check_three(page);
    const origin = session.server.url;
    assert.deepEqual(reader_requests(log), [`${origin}readers/pdf.js`, `${origin}readers/docx.js`].filter((u) => log.requests.includes(u)));
    assert.ok(log.requests.includes(`${origin}readers/pdf.js`) && log.requests.includes(`${origin}readers/docx.js`), log.requests.join('\n'));
    await h.screenshot(page, 'readers-pdf-docx');
  });

  test('broken, scanned and empty PDF and Word files are refused by name; the others are analysed', async () => {
    const corrupt = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 251))]);
    const n = await h.drop_files(page, [
      { name: 'corrupt.pdf', bytes: bytes(corrupt) },
      { name: 'scan.pdf', bytes: bytes(make_pdf([null, null])) },
      { name: 'broken.docx', bytes: bytes(make_zip({ 'hello.txt': 'not a Word document' })) },
      { name: 'blank.docx', bytes: bytes(make_docx([])) },
      { name: 'zero.pdf', text: '' },
      { name: 'other.txt', text: `Another account.\n\n${kWire}\n` },
      // A PDF under another name is known by its first bytes.
      { name: 'minutes.txt', bytes: bytes(make_pdf([['Minutes of the harbour board meeting held on Thursday.']])) },
    ]);
    assert.equal(await h.wait_analysis(page, n), 'done', await page.textContent('#status'));
    const messages = await page.$$eval('#messages li .message-text', (lis) => lis.map((li) => li.textContent));
    const all = messages.join('\n');
    assert.equal(messages.length, 5, all);
    assert.ok(messages.includes('corrupt.pdf: not read — not a readable PDF (Invalid PDF structure).'), all);
    assert.ok(messages.includes('scan.pdf: not read — no text layer (scanned image?).'), all);
    assert.ok(messages.some((m) => /^broken\.docx: not read — not a readable Word \.docx file \(.+\)\.$/.test(m)), all);
    assert.ok(messages.includes('blank.docx: not read — no text in this document.'), all);
    // An empty file is the core's to name, as for any other name.
    assert.ok(messages.some((m) => m.startsWith('zero.pdf') && /empty/i.test(m)), all);
    const cols = await h.columns(page);
    assert.deepEqual(cols.map((c) => c.name), ['wire.txt', 'report.pdf', 'memo.docx', 'other.txt', 'minutes.txt']);
    assert.ok(h.fully_marked(cols[3], kWireWords));
    assert.equal(cols[4].text, 'Minutes of the harbour board meeting held on Thursday.\n');
  });

  test('no request left the page, no CSP violation, no error', async () => {
    assert.deepEqual(h.foreign_requests(log.requests, session.server.url.replace(/\/$/, '')), []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
});

describe('PDF and Word files from file://', () => {
  const session = h.page_session({ file: true });
  let page;
  let log;
  before(() => ({ page, log } = session));

  test('read with the readers next to the page; nothing loaded before', async () => {
    assert.deepEqual(reader_requests(log), []);
    await check_three(page);
    const base = pathToFileURL(h.web_dir).href;
    assert.ok(log.requests.includes(`${base}/readers/pdf.js`) && log.requests.includes(`${base}/readers/docx.js`), log.requests.join('\n'));
    assert.deepEqual(h.foreign_requests(log.requests, null), []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
});

describe('the page copied without its readers', () => {
  let dir;
  let browser;
  before(async () => {
    h.require_build();
    dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-alone-'));
    for (const name of ['index.html', 'app.js', 'style.css']) copyFileSync(path.join(h.web_dir, name), path.join(dir, name));
    browser = await h.launch();
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('PDF and Word files are refused naming the missing reader; the text files are analysed', async () => {
    const { page, log } = await h.open_page(browser.context, pathToFileURL(path.join(dir, 'index.html')).href);
    const n = await h.drop_files(page, [txt_file, pdf_file(), docx_file(), { name: 'other.txt', text: `Another account.\n\n${kWire}\n` }]);
    assert.equal(await h.wait_analysis(page, n), 'done', await page.textContent('#status'));
    const messages = await page.$$eval('#messages li .message-text', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(messages, [
      'report.pdf: not read — the PDF reader (readers/pdf.js, next to the page) is missing or could not load, so PDF files cannot be read here.',
      'memo.docx: not read — the Word reader (readers/docx.js, next to the page) is missing or could not load, so Word files cannot be read here.',
    ]);
    const cols = await h.columns(page);
    assert.deepEqual(cols.map((c) => c.name), ['wire.txt', 'other.txt']);
    assert.ok(h.fully_marked(cols[0], kWireWords) && h.fully_marked(cols[1], kWireWords));
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    // The missing script is the only error Chromium logs (net::ERR_FILE_NOT_FOUND).
    assert.ok(log.errors.every((e) => /ERR_FILE_NOT_FOUND/.test(e)), log.errors.join('\n'));
  });
});
