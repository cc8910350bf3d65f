// Files the page must handle with care: refused files (binary, empty), HTML (extracted, never
// run or inserted), and the limits (200 documents, 50 MB) with a message instead of silence.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

const kWire = 'lost power to both engines in heavy seas and began drifting towards the rocks off Gull Point';
const kMayor = 'We owe every one of those passengers a full and honest explanation of what went wrong out there';

describe('files', () => {
  let browser;
  let server;
  let origin;
  const logs = [];

  before(async () => {
    h.require_build();
    server = await h.start_server();
    origin = server.url.replace(/\/$/, '');
    browser = await h.launch();
  });

  after(async () => {
    for (const log of logs) assert.deepEqual(h.foreign_requests(log.requests, origin), []);
    await browser?.close();
    server?.server.close();
  });

  async function fresh_page() {
    const opened = await h.open_page(browser.context, server.url);
    logs.push(opened.log);
    return opened.page;
  }

  test('a binary file and an empty file are named in messages; the others are still compared', async () => {
    const page = await fresh_page();
    const [s01, s02] = h.sample_files();
    const binary = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0xff, 0xfe];
    const n = await h.drop_files(page, [s01, { name: 'bad.bin', bytes: binary }, s02, { name: 'empty.txt', text: '' }]);
    assert.equal(await h.wait_analysis(page, n), 'done');

    const messages = await page.$$eval('#messages li', (lis) => lis.map((li) => li.textContent));
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('bad.bin')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('empty.txt')), messages.join('\n'));
    assert.equal(await page.isVisible('#messages'), true);

    const cols = await h.columns(page);
    assert.deepEqual(cols.map((c) => c.name), [s01.name, s02.name]);
    assert.ok(h.fully_marked(cols[0], kWire) && h.fully_marked(cols[1], kWire));
    await h.screenshot(page, 'files-refused');

    // "Remove" on a message drops the refused file from the set.
    const before_remove = await h.analysis_count(page);
    await page.click('#messages li:has-text("bad.bin") button');
    await h.wait_analysis(page, before_remove);
    const left = await page.$$eval('#messages li', (lis) => lis.map((li) => li.textContent));
    assert.equal(left.length, 1);
    assert.ok(left[0].includes('empty.txt'));
  });

  test('bytes go to the core as they are: Windows-1252 and UTF-16 files are decoded there', async () => {
    const page = await fresh_page();
    const [, , , s04] = h.sample_files();
    const quote = `“${kMayor},” the mayor said.`;
    // Windows-1252: é is 0xE9 and the curly quotes are 0x93/0x94, none of it valid UTF-8.
    const cp1252 = [...Buffer.from('Café owners speak\n\nAt the café: ', 'latin1'), 0x93, ...Buffer.from(`${kMayor},`, 'latin1'), 0x94, ...Buffer.from(' the mayor said.\n', 'latin1')];
    const utf16 = [0xff, 0xfe, ...Buffer.from(`Harbour notes\n\n${quote}\n`, 'utf16le')];
    const n = await h.drop_files(page, [{ name: 'cafe.txt', bytes: cp1252 }, { name: 'notes-utf16.txt', bytes: utf16 }, s04]);
    assert.equal(await h.wait_analysis(page, n), 'done');
    const cols = await h.columns(page);
    assert.deepEqual(cols.map((c) => c.title), ['Café owners speak', 'Harbour notes', cols[2].title]);
    for (const c of cols) assert.ok(h.fully_marked(c, kMayor), `${c.name}: quote marked`);
    const notices = await page.textContent('.column[data-name="cafe.txt"] .column-notices');
    assert.match(notices, /Windows-1252/);
  });

  test('HTML: text is extracted, scripts neither run nor show, markup is never inserted', async () => {
    const page = await fresh_page();
    const [, , , s04] = h.sample_files();
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Ignored title</title>
      <style>p { color: red }</style><script>window.__ran = 1; document.title = 'pwned'</script></head>
      <body><nav><a href="/">Home</a></nav>
      <article><h1>Mayor demands answers</h1>
      <p>The mayor spoke <b>late</b> on Friday.</p>
      <p>“${kMayor},” he said &amp; left.</p>
      <img src="https://example.invalid/pixel.png" onerror="window.__ran = 2">
      <p>&lt;b&gt;not bold&lt;/b&gt;</p>
      <noscript>Enable JavaScript</noscript><template><p>hidden template</p></template>
      </article><script>window.__ran = 3</script></body></html>`;
    const n = await h.drop_files(page, [{ name: 'mayor.html', text: html }, s04]);
    assert.equal(await h.wait_analysis(page, n), 'done');

    const cols = await h.columns(page);
    assert.equal(cols[0].name, 'mayor.html');
    assert.equal(cols[0].title, 'Mayor demands answers', 'the headline of the one <article>');
    for (const hidden of ['Home', 'window.__ran', 'color: red', 'Enable JavaScript', 'hidden template', 'Ignored title']) {
      assert.ok(!cols[0].text.includes(hidden), `"${hidden}" is not shown`);
    }
    assert.ok(cols[0].text.includes('Mayor demands answers\n\nThe mayor spoke late on Friday.\n\n'), JSON.stringify(cols[0].text));
    assert.ok(cols[0].text.includes('<b>not bold</b>'), 'escaped markup stays text');
    assert.ok(h.fully_marked(cols[0], kMayor) && h.fully_marked(cols[1], kMayor), 'the quote is shared with 04');
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'no script from the file ran');
    assert.equal(await page.locator('.column-text b, .column-text img, .column-text script').count(), 0);
    assert.notEqual(await page.title(), 'pwned');
  });

  test('more than 200 files: the extra ones are named in a message, 200 are compared', async () => {
    const page = await fresh_page();
    const files = Array.from({ length: 203 }, (_, i) => ({
      name: `note-${String(i + 1).padStart(3, '0')}.txt`,
      text: `Note ${i + 1}\n\nThe harbour master said the ferry was late again today because of the storm. Item ${i}.\n`,
    }));
    const n = await h.drop_files(page, files);
    assert.equal(await h.wait_analysis(page, n), 'done');
    const messages = await page.$$eval('#messages li', (lis) => lis.map((li) => li.textContent));
    assert.equal(messages.length, 1, 'one message for one reason');
    assert.match(messages[0], /^3 files not added — at most 200 articles can be compared at once: note-201\.txt, note-202\.txt, note-203\.txt\./);
    assert.equal(await page.locator('.overlap tbody tr').count(), 200, 'the overview covers all 200');
    assert.equal(await page.locator('.overlap tbody td.most').count(), 200, 'each row names the article it overlaps most');
    assert.equal(await page.locator('.column').count(), 10, 'the reading view shows 10 at a time');
    assert.match(await page.textContent('#status'), /200 articles compared/);
    await h.screenshot(page, 'files-200');

    // The overview chooses which articles are columns.
    const count = await h.analysis_count(page);
    await page.uncheck('input[data-action="show"][aria-label="Show note-001.txt as a column"]');
    await h.wait_analysis(page, count);
    await page.check('input[data-action="show"][aria-label="Show note-150.txt as a column"]');
    await page.waitForSelector('.column[data-name="note-150.txt"]');
    assert.equal(await page.locator('.column').count(), 10);
    assert.equal(await page.locator('.column[data-name="note-001.txt"]').count(), 0);
  });

  test('more than 50 MB in total is refused with a message before anything is sent', async () => {
    const page = await fresh_page();
    const [s01, s02] = h.sample_files();
    const n = await h.drop_files(page, [s01, s02, { name: 'huge.txt', size: 51 * 1000 * 1000 }]);
    assert.equal(await h.wait_analysis(page, n), 'done');
    const messages = await page.$$eval('#messages li', (lis) => lis.map((li) => li.textContent));
    assert.equal(messages.length, 1);
    assert.match(messages[0], /^huge\.txt: not added — it would bring the total over the 50\.0 MB limit \(51\.0 MB\)/);
    assert.deepEqual((await h.columns(page)).map((c) => c.name), [s01.name, s02.name]);
  });
});

describe('large input', () => {
  // How long the main thread is blocked (target 100 ms) is a benchmark's figure, printed by
  // scripts/bench_load.mjs, not a test's: it depends on the machine's load.
  test('long articles: "Analysing…" shows, and all six are shown with their shared passages', async () => {
    h.require_build();
    const browser = await h.launch();
    try {
      const { page, log } = await h.open_page(browser.context, h.file_url());
      // Six articles of about 400 KB, each holding a passage shared with the next.
      const sentence = (a, i) => `Paragraph ${i} of article ${a} talks about harbour number ${(a * 7919 + i * 104729) % 100003} and nothing else.`;
      const files = Array.from({ length: 6 }, (_, a) => {
        const paragraphs = Array.from({ length: 4000 }, (_, i) => sentence(a, i));
        paragraphs[2000] = `The shared report number ${a} says the ferry left the harbour late because the storm was strong.`;
        paragraphs[3000] = `The shared report number ${a + 1} says the ferry left the harbour late because the storm was strong.`;
        return { name: `long-${a}.txt`, text: paragraphs.join('\n\n') };
      });
      const n = await h.drop_files(page, files);
      await page.waitForFunction(() => /Analysing 6 articles…/.test(document.querySelector('#status').textContent));
      assert.equal(await h.wait_analysis(page, n), 'done');
      const cols = await h.columns(page);
      assert.equal(cols.length, 6);
      assert.ok(h.fully_marked(cols[1], 'The shared report number 1 says the ferry left the harbour late because the storm was strong'));
      assert.deepEqual(h.foreign_requests(log.requests, null), []);
    } finally {
      await browser.close();
    }
  });

  test('a column of hundreds of chunks (put in place a batch at a time) is whole, in order, and its last marks light their twins', async () => {
    h.require_build();
    const browser = await h.launch();
    try {
      const { page } = await h.open_page(browser.context, h.file_url());
      // Two articles of about 900 KB (some 220 chunks of 4,000 characters each, past the 150 put
      // in with the column), sharing one paragraph near their ends, and one more apart.
      const line = (a, i) => `Line ${i} of report ${a} counts ${(a * 7919 + i * 104729) % 100003} boats in the northern bay today.`;
      const shared = 'The coastguard said the two trawlers were towed back to the harbour before the storm reached the bay.';
      const files = [0, 1].map((a) => {
        const lines = Array.from({ length: 12000 }, (_, i) => line(a, i));
        lines[11500] = shared;
        lines[a ? 300 : 600] = `Another shared line: the harbour master closed the northern quay for repairs until spring.`;
        return { name: `longer-${a}.txt`, text: lines.join('\n') };
      });
      const n = await h.drop_files(page, files);
      assert.equal(await h.wait_analysis(page, n), 'done');
      const cols = await h.columns(page);
      assert.deepEqual(cols.map((c) => c.text), files.map((f) => f.text), 'every chunk in place, in order');
      const chunks = await page.$$eval('.column-text', (panes) => panes.map((p) => p.querySelectorAll(':scope > .chunk').length));
      assert.ok(chunks.every((c) => c > 200), `chunks per column: ${chunks}`);
      assert.ok(h.fully_marked(cols[0], shared) && h.fully_marked(cols[1], shared));
      // The twin of a mark in one of the last chunks is lit: the marks the page indexed are those
      // in the page.
      const mark = page.locator('.column').first().locator('mark[data-passage]').last();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      const lit = await page.$$eval('.column:nth-child(2) mark.twin', (marks) => marks.map((m) => m.textContent).join(''));
      assert.ok(lit.includes('towed back to the harbour'), lit);
    } finally {
      await browser.close();
    }
  });
});
