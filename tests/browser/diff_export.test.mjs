// Exporting the word diff of two articles (issue 8: "exportable like the rest"): the diff tab's
// own bar saves the core's diff as JSON with the two articles' names, the diff as rendered in a
// standalone HTML file (inline or side by side; opened here with JavaScript off, its marks still
// there), and prints the diff alone.

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

// Invented for this test. From v1 to v2: "soon" is inserted, "quietly" deleted, and the
// sentence about the timetable moves to the end.
const kV1 = {
  name: 'library-v1.txt',
  text: `Library to reopen after flood

The timetable will be posted on the council website.

The town library will quietly reopen on Monday after three months of repairs, the council said.

Volunteers have dried and catalogued more than four thousand books.
`,
};
const kV2 = {
  name: 'library-v2.txt',
  text: `Library to reopen soon after flood

The town library will reopen on Monday after three months of repairs, the council said.

Volunteers have dried and catalogued more than four thousand books.

The timetable will be posted on the council website.
`,
};
const kMoved = 'The timetable will be posted on the council website.';

async function wait_diff(page, after) {
  await page.waitForFunction(
    (n) => Number(document.documentElement.dataset.diffCount || 0) > n && document.documentElement.dataset.diff !== 'busy',
    after,
    { timeout: 30000 },
  );
  assert.equal(await page.getAttribute('html', 'data-diff'), 'done', await page.textContent('#diff-summary'));
}
const diff_count = async (page) => Number((await page.getAttribute('html', 'data-diff-count')) || 0);

const marks_of = (page, scope) =>
  page.$$eval(`${scope} [data-layer="diff"]`, (nodes) => nodes.map((n) => [n.tagName.toLowerCase(), n.dataset.op, n.dataset.end || '', n.textContent]));

describe('exporting the word diff', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, [kV1, kV2]) });
  let page;
  let log;
  before(async () => {
    ({ page, log } = session);
    const n = await diff_count(page);
    await page.click('#tab-diff');
    await wait_diff(page, n);
  });

  test('the diff tab offers JSON, standalone HTML and print once a diff is shown', async () => {
    const buttons = await page.$$eval('#diff-export button', (list) => list.map((b) => [b.dataset.export, b.textContent, b.disabled]));
    assert.deepEqual(buttons, [
      ['diff-json', 'Diff (JSON)', false],
      ['diff-html', 'Standalone HTML', false],
      ['print', 'Print…', false],
    ]);
  });

  test('JSON: the core diff as the worker returned it, with the two names', async () => {
    const { name, text } = await h.download_from(page, '#diff-export [data-export="diff-json"]');
    assert.match(name, /^parallax-\d{4}-\d\d-\d\d-\d{4}-diff\.json$/);
    const diff = JSON.parse(text);
    assert.equal(diff.from, kV1.name);
    assert.equal(diff.to, kV2.name);
    assert.deepEqual(diff.documents.map((d) => [d.name, d.text]), [[kV1.name, kV1.text], [kV2.name, kV2.text]]);
    const live = await page.$$eval('#diff-summary [data-count]', (n) => Object.fromEntries(n.map((x) => [x.dataset.count, Number(x.dataset.value)])));
    assert.deepEqual({ inserted: diff.counts.inserted, deleted: diff.counts.deleted, moved: diff.counts.moved }, live);
    const slice = (side, e) => diff.documents[side === 'a' ? 0 : 1].text.slice(e[side].start, e[side].end);
    assert.deepEqual(diff.edits.filter((e) => e.op === 'insert').map((e) => slice('b', e)), ['soon']);
    assert.deepEqual(diff.edits.filter((e) => e.op === 'delete').map((e) => slice('a', e)), ['quietly']);
    assert.deepEqual(diff.edits.filter((e) => e.op === 'move').map((e) => [slice('a', e), slice('b', e)]), [[kMoved, kMoved]]);
  });

  for (const layout of ['inline', 'side']) {
    test(`standalone HTML (${layout}): opens without JavaScript, the insert, delete and move marks there`, async () => {
      const n = await diff_count(page);
      await page.check(`input[name="diff-layout"][value="${layout}"]`);
      if (layout !== 'inline') await wait_diff(page, n);
      const live = await marks_of(page, '#diff-body');
      const { name, text } = await h.download_from(page, '#diff-export [data-export="diff-html"]');
      assert.match(name, /-diff\.html$/);
      assert.ok(text.startsWith('<!doctype html>'));
      assert.doesNotMatch(text, /<script|<button|<input|<select|\son\w+=|tabindex/i);
      mkdirSync(h.artifacts, { recursive: true });
      const file = path.join(h.artifacts, `exported-diff-${layout}.html`);
      writeFileSync(file, text);
      await h.open_offline(file, async (offline) => {
        const marks = await marks_of(offline, '.standalone');
        assert.deepEqual(marks, live, 'the same marks as on the page');
        const ops = new Set(marks.map((m) => m[1]));
        assert.deepEqual([...ops].sort(), ['delete', 'insert', 'move']);
        assert.deepEqual(marks.filter((m) => m[1] === 'move').map((m) => m[2]), ['from', 'to']);
        // Styled as on the page: the style sheet came along.
        const style = await offline.$eval('del[data-layer="diff"]', (d) => getComputedStyle(d).textDecorationLine);
        assert.match(style, /line-through/);
        const summary = await offline.textContent('.report-meta');
        assert.match(summary, new RegExp(`From ${kV1.name} to ${kV2.name}, ${layout === 'side' ? 'side by side' : 'inline'}`));
        const counts = await offline.$$eval('[data-count]', (n) => n.map((x) => x.textContent));
        assert.deepEqual(counts, await page.$$eval('#diff-summary [data-count]', (n) => n.map((x) => x.textContent)), 'the counts');
        if (layout === 'side') {
          assert.deepEqual(await offline.$$eval('.diff-pane', (p) => p.map((x) => x.dataset.side)), ['a', 'b']);
          const clipped = await offline.$$eval('.diff-text', (list) => list.filter((t) => t.scrollHeight > t.clientHeight + 1).length);
          assert.equal(clipped, 0, 'each side whole, nothing scrolls inside');
        }
        await offline.screenshot({ path: path.join(h.artifacts, `export-diff-standalone-${layout}.png`), fullPage: true });
      });
    });
  }

  test('printing: the diff alone, without controls, each side whole', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['.controls', '.session-bar', '#export-bar', '#diff-export', '.views', '.diff-controls', '#overview']) {
        assert.equal(await page.isVisible(hidden), false, hidden);
      }
      assert.equal(await page.isVisible('#diff-body del[data-layer="diff"]'), true);
      assert.equal(await page.isVisible('#diff-body ins[data-layer="diff"]'), true);
      assert.equal(await page.isVisible('#diff-summary'), true);
      const clipped = await page.$$eval('.diff-text', (list) => list.filter((t) => t.scrollHeight > t.clientHeight + 1).length);
      assert.equal(clipped, 0);
      await page.screenshot({ path: path.join(h.artifacts, 'export-diff-print.png'), fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('breaks no CSP rule and logs no error', async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
});
