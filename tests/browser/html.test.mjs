// HTML pages in the page (web/src/html_article.js): Readability's article, the page's metadata in
// the column header, the same text and passages as the command-line tool's own extraction
// (core/html_text.h), and a hostile page that can neither run code nor make a request.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import * as h from './helpers.mjs';

const fixtures = path.join(h.root, 'tests/fixtures/html');
const kPages = ['coastal-ledger-bridge.html', 'evening-post-bridge.html', 'western-wire-bridge.html'];
const page_files = () => kPages.map((name) => ({ name, text: fs.readFileSync(path.join(fixtures, name), 'utf8') }));

/** The CLI's report for the fixture pages, offsets in UTF-16 as the page uses them. */
function cli_report() {
  const cli = path.join(h.root, 'build/native/parallax');
  const r = spawnSync(cli, ['compare', '--include-text', '--offsets', 'utf16', ...kPages.map((n) => path.join(fixtures, n))], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** CSP violations other than the refusals of a file's inline handlers, styles and <base> while
 * it is parsed (the inert document shares the page's policy, html_article.js): a fetch directive
 * here (img-src, frame-src, connect-src...) would mean something tried to load. */
async function load_violations(page) {
  const all = await page.evaluate(() => window.__violations);
  return all.filter((v) => !/^(script-src-attr|style-src-attr|style-src-elem|script-src-elem) inline$|^base-uri /.test(v));
}

/** Every UTF-16 position covered by at least one of [start, end) ranges, as a sorted list. */
function covered(ranges) {
  const positions = new Set();
  for (const [start, end] of ranges) for (let i = start; i < end; i++) positions.add(i);
  return [...positions].sort((a, b) => a - b);
}

describe('HTML pages: the same article as the command-line tool', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, page_files()) });

  test('each column shows the CLI\'s article text, headline first', async () => {
    const report = cli_report();
    const cols = await h.columns(session.page);
    assert.deepEqual(cols.map((c) => c.name), kPages);
    for (const [i, col] of cols.entries()) {
      assert.equal(col.text, report.documents[i].text, `${col.name}: the page and the CLI extract the same text`);
      assert.equal(col.title, report.documents[i].metadata.title);
    }
    assert.ok(!cols.some((c) => /Advertisement|Share on|Most read|Comments \(14\)|Sponsored|dataLayer/.test(c.text)), 'no furniture');
  });

  test('the same passages are marked as the CLI reports', async () => {
    const report = cli_report();
    const cols = await h.columns(session.page);
    assert.ok(report.passages.length > 0);
    for (const [i, col] of cols.entries()) {
      const cli_spans = report.passages.flatMap((p) => p.spans.filter((s) => s.doc === i).map((s) => [s.start, s.end]));
      assert.deepEqual(covered(col.ranges), covered(cli_spans), `${col.name}: marked characters`);
    }
  });

  test('the header shows the outlet and date the page carries; the byline is not text', async () => {
    const report = cli_report();
    const heads = await session.page.$$eval('.column', (nodes) =>
      nodes.map((c) => ({
        outlet: c.querySelector('input[data-meta="outlet"]')?.value,
        date: c.querySelector('input[data-meta="date"]')?.value,
        text: c.querySelector('.column-text').textContent,
      })),
    );
    assert.deepEqual(heads.map((x) => x.outlet), report.documents.map((d) => d.metadata.site));
    assert.deepEqual(heads.map((x) => x.date), ['2023-03-09', '2023-03-09', '2023-03-09']);
    for (const [i, x] of heads.entries()) assert.ok(!x.text.includes(report.documents[i].metadata.byline));
  });

  test('no network request, nothing tried to load, no error', async () => {
    assert.deepEqual(h.foreign_requests(session.log.requests, session.server.url.replace(/\/$/, '')), []);
    assert.deepEqual(await load_violations(session.page), []);
    assert.deepEqual(session.log.errors.filter((e) => !/Content Security Policy/.test(e)), []);
  });
});

// Every way a page can try to run code or fetch something; each one, if it ever acted, would set
// a canary on window or ask the server for /canary/<what>.
const kHostile = `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=/canary/refresh">
<title>Ferry service suspended after storm damage</title>
<link rel="stylesheet" href="/canary/stylesheet"><link rel="preload" as="image" href="/canary/preload">
<style>@import url("/canary/import"); body { background: url("/canary/css-url"); }</style>
<script>window.__canary = 'script';</script>
<script src="/canary/script-src"></script>
<base href="https://canary.invalid/">
</head>
<body onload="window.__canary = 'body-onload'">
<article>
<h1>Ferry service suspended after storm damage</h1>
<p>The ferry between Kelmouth and Pellow will not run until Friday after the storm damaged the landing stage, the operator said.</p>
<img src="http://canary.invalid/img.png" onerror="window.__canary = 'img-onerror'" srcset="/canary/srcset 2x">
<p style="background-image: url('/canary/inline-style')">Engineers will inspect the pier on Wednesday morning before any repairs begin.</p>
<iframe src="/canary/iframe" onload="window.__canary = 'iframe-onload'"></iframe>
<svg onload="window.__canary = 'svg-onload'"><image href="/canary/svg-image"/></svg>
<video poster="/canary/poster" src="/canary/video"></video><audio src="/canary/audio" autoplay></audio>
<object data="/canary/object"></object><embed src="/canary/embed">
<a href="javascript:window.__canary='link'">A link that must stay text</a>
<p>Passengers with tickets for this week can claim a refund online or at the harbour office.</p>
</article>
<script>document.title = 'pwned'; fetch('/canary/fetch');</script>
</body></html>`;

describe('HTML pages: a hostile page runs nothing and loads nothing', () => {
  const session = h.page_session();

  test('dropping it shows its article text and nothing fires', async () => {
    const { page, log } = session;
    const asked = [];
    await page.route('**/*', (route) => {
      asked.push(route.request().url());
      return route.continue();
    });
    await h.drop_and_wait(page, [{ name: 'ferry.html', text: kHostile }, ...page_files().slice(0, 1)]);
    await page.waitForTimeout(300);  // give anything that escaped a moment to fire (not a timing assertion)
    const [col] = await h.columns(page);
    assert.ok(col.text.startsWith('Ferry service suspended after storm damage\n\nThe ferry between Kelmouth and Pellow'), col.text);
    assert.ok(col.text.includes('Passengers with tickets for this week can claim a refund'));
    assert.ok(!/canary|window\.__|pwned/.test(col.text), col.text);
    assert.equal(await page.evaluate(() => window.__canary), undefined, 'no script or handler of the file ran');
    assert.notEqual(await page.title(), 'pwned');
    assert.equal(new URL(page.url()).pathname, '/', 'no refresh or navigation');
    const server_origin = session.server.url.replace(/\/$/, '');
    assert.deepEqual(asked.filter((url) => url.includes('canary')), [], 'no request for anything the file names');
    assert.deepEqual(h.foreign_requests(log.requests, server_origin), []);
    assert.deepEqual(log.requests.filter((url) => url.includes('canary')), []);
    assert.deepEqual(await load_violations(page), [], 'nothing tried to load (a CSP refusal would show here)');
    assert.equal(await page.locator('.column-text img, .column-text iframe, .column-text svg, .column-text a, .column-text script').count(), 0);
  });

  test('a page with no article text: the whole text, with a notice', async () => {
    const { page } = session;
    const empty_body = '<!doctype html><html><head><title>Live: storm updates from the coast</title></head><body><img alt=""><div></div></body></html>';
    await h.drop_and_wait(page, [{ name: 'live.html', text: empty_body }]);
    const notices = await page.textContent('.column[data-name="live.html"] .column-notices');
    assert.match(notices, /live\.html: no article found/);
    const cols = await h.columns(page);
    assert.equal(cols.find((c) => c.name === 'live.html').text, 'Live: storm updates from the coast\n');
  });
});
