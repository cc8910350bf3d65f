// The word diff of two articles on the page: pick two loaded articles, see the changes inline
// (a redline) and side by side, the counts the core gives, moves linked at both ends, and step
// from change to change with the keyboard.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

// Invented for this test. From v1 to v2: "urgent" is inserted in the headline, the sentence
// "It was built in 1978." is deleted, the paragraph about the engineers moves below the ferry
// paragraph, and a sentence is added at the end.
const kV1 = {
  name: 'bridge-v1.txt',
  text: `Footbridge over the Ashby canal to close for repairs

The wooden footbridge that links Ashby station to the canal towpath will close on 3 May for six weeks, the county council said. It was built in 1978.

Engineers found rot in two of the main beams during a routine inspection in March.

A temporary ferry will carry pedestrians across the water during the day, and cyclists are asked to use the road bridge at Mill End.

Local shops fear a drop in trade while the crossing is shut.
`,
};
const kV2 = {
  name: 'bridge-v2.txt',
  text: `Footbridge over the Ashby canal to close for urgent repairs

The wooden footbridge that links Ashby station to the canal towpath will close on 3 May for six weeks, the county council said.

A temporary ferry will carry pedestrians across the water during the day, and cyclists are asked to use the road bridge at Mill End.

Engineers found rot in two of the main beams during a routine inspection in March.

Local shops fear a drop in trade while the crossing is shut. Repairs will cost about £240,000.
`,
};
// A third article, unrelated, so that choosing the pair matters.
const kOther = {
  name: 'allotments.txt',
  text: `Allotment waiting list grows

More than three hundred people are waiting for an allotment in Ashby, twice as many as five years ago.
`,
};
const kMoved = 'Engineers found rot in two of the main beams during a routine inspection in March.';
const kDeleted = 'It was built in 1978.';
const kInserted = ['urgent', 'Repairs will cost about £240,000.'];

const diff_count = async (page) => Number((await page.getAttribute('html', 'data-diff-count')) || 0);

/** Waits for the diff rendered after `after` renders; fails with the page's message on error. */
async function wait_diff(page, after) {
  await page.waitForFunction(
    (n) => Number(document.documentElement.dataset.diffCount || 0) > n && document.documentElement.dataset.diff !== 'busy',
    after,
    { timeout: 30000 },
  );
  if ((await page.getAttribute('html', 'data-diff')) === 'error') throw new Error(await page.textContent('#diff-summary'));
}

/** Every diff element: tag, op, end, change number, move number, text, and whether it nests. */
function diff_marks(page, scope = '#diff-body') {
  return page.$$eval(`${scope} [data-layer="diff"]`, (nodes) =>
    nodes.map((n) => ({
      tag: n.tagName.toLowerCase(),
      op: n.dataset.op,
      end: n.dataset.end || null,
      change: Number(n.dataset.change),
      move: n.dataset.move || null,
      text: n.textContent,
      nested: Boolean(n.querySelector('[data-layer]') || n.parentElement.closest('[data-layer]')),
      focusable: n.tabIndex === 0,
    })),
  );
}

const active_change = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a && a.dataset.change ? { change: Number(a.dataset.change), op: a.dataset.op, end: a.dataset.end || null, text: a.textContent } : null;
  });

const squash = (text) => text.replace(/\s+/g, ' ').trim();

describe('word diff of two articles', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, [kV1, kV2, kOther]) });
  let page;
  let log;
  let server;
  before(() => ({ page, log, server } = session));

  test('the diff tab compares the first two articles by default', async () => {
    assert.equal(await page.getAttribute('#tab-diff', 'aria-selected'), 'false');
    assert.equal(await page.isDisabled('#tab-diff'), false);
    const n = await diff_count(page);
    await page.click('#tab-diff');
    await wait_diff(page, n);
    assert.equal(await page.getAttribute('#tab-diff', 'aria-selected'), 'true');
    assert.equal(await page.isHidden('#reading-view'), true);
    const picked = await page.$$eval('#diff-a, #diff-b', (s) => s.map((x) => x.selectedOptions[0].textContent));
    assert.deepEqual(picked, [kV1.name, kV2.name]);
    const options = await page.$$eval('#diff-a option', (o) => o.map((x) => x.textContent));
    assert.deepEqual(options, [kV1.name, kV2.name, kOther.name]);
  });

  test('counts words added, removed and moved as the core does; not approximate', async () => {
    const counts = await page.$$eval('#diff-summary [data-count]', (n) => Object.fromEntries(n.map((x) => [x.dataset.count, x.dataset.value])));
    assert.deepEqual(counts, { inserted: '6', deleted: '5', moved: '15' });
    const summary = await page.textContent('#diff-summary');
    assert.match(summary, /4 changes: \+6 words added −5 removed 15 moved/);
    assert.ok(!summary.includes('approximate'), summary);
  });

  test('inline: insertions underlined, the deletion struck through, the move marked at both ends', async () => {
    const marks = await diff_marks(page);
    assert.deepEqual(marks.filter((m) => m.op === 'insert').map((m) => [m.tag, m.text]), kInserted.map((t) => ['ins', t]));
    assert.deepEqual(marks.filter((m) => m.op === 'delete').map((m) => [m.tag, m.text]), [['del', kDeleted]]);
    const moves = marks.filter((m) => m.op === 'move');
    assert.deepEqual(moves.map((m) => [m.tag, m.end, m.text]), [['mark', 'from', kMoved], ['mark', 'to', kMoved]], 'the old place comes first: it was higher up');
    assert.equal(moves[0].move, moves[1].move, 'both ends carry the same move number');
    assert.equal(moves[0].change, moves[1].change);
    assert.deepEqual([...new Set(marks.map((m) => m.change))], [1, 2, 3, 4], 'changes numbered in reading order');
    assert.ok(marks.every((m) => !m.nested && m.focusable), 'flat, focusable marks');
    // Styles: struck through, underlined, dashed for moves.
    const lines = await page.$$eval('#diff-body [data-layer="diff"]', (n) => n.map((x) => getComputedStyle(x).textDecorationLine));
    assert.deepEqual(lines, ['underline', 'line-through', 'line-through', 'underline', 'underline']);

    // The redline reads as v2 once the old text (deletions, the move's old place) is taken out.
    const without_old = await page.$eval('#diff-body', (body) => {
      const copy = body.cloneNode(true);
      for (const n of copy.querySelectorAll('del, [data-end="from"]')) n.remove();
      return copy.textContent;
    });
    assert.equal(squash(without_old), squash(kV2.text));
    // And words of the two texts never run together.
    const text = await page.textContent('#diff-body');
    assert.ok(text.includes(`council said. ${kDeleted}`), text);
    assert.ok(text.includes(`close for urgent repairs`), text);
    await page.$eval('.views', (tabs) => tabs.scrollIntoView());
    await h.screenshot(page, 'diff-inline');
  });

  test('the ends of a move are linked: focus lights both, Enter and click go to the other end', async () => {
    const to = page.locator('#diff-body mark[data-end="to"]');
    const from = page.locator('#diff-body mark[data-end="from"]');
    await to.focus();
    assert.equal(await page.locator('#diff-body mark.twin').count(), 2);
    assert.match(await page.textContent('#diff-status'), /^Change 3 of 4: 15 words moved \(move 1\)/);
    assert.match(await to.getAttribute('data-badge'), /^↑1$/, 'the new place points up to the old one');
    assert.match(await from.getAttribute('data-badge'), /^↓1$/);
    await page.keyboard.press('Enter');
    assert.deepEqual(await active_change(page), { change: 3, op: 'move', end: 'from', text: kMoved });
    await from.click();
    assert.equal((await active_change(page)).end, 'to');
    await page.mouse.move(2, 2);
  });

  test('n/j and p/k step from change to change and move the focus there; the buttons too', async () => {
    await page.locator('#diff-summary').click(); // focus on nothing in particular
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    // Start from the top: the previous test left change 3 current.
    for (let i = 0; i < 4; i++) await page.keyboard.press('p');
    assert.equal((await active_change(page)).change, 1);
    assert.equal(await page.isDisabled('#diff-prev'), true);
    assert.deepEqual(await active_change(page), { change: 1, op: 'insert', end: null, text: 'urgent' });
    assert.match(await page.textContent('#diff-status'), /^Change 1 of 4: 1 word added$/);
    await page.keyboard.press('j');
    assert.deepEqual(await active_change(page), { change: 2, op: 'delete', end: null, text: kDeleted });
    assert.match(await page.textContent('#diff-status'), /^Change 2 of 4: 5 words removed$/);
    await page.keyboard.press('n');
    assert.deepEqual(await active_change(page), { change: 3, op: 'move', end: 'to', text: kMoved }, 'a move is visited where it went');
    await page.keyboard.press('n');
    assert.deepEqual(await active_change(page), { change: 4, op: 'insert', end: null, text: kInserted[1] });
    await page.keyboard.press('n');
    assert.equal((await active_change(page)).change, 4, 'stays on the last change');
    assert.equal(await page.isDisabled('#diff-next'), true);
    await page.keyboard.press('k');
    assert.equal((await active_change(page)).change, 3);
    await page.click('#diff-prev');
    assert.equal((await active_change(page)).change, 2);
    await page.click('#diff-next');
    assert.equal((await active_change(page)).change, 3);
    const current = await page.$$eval('#diff-body .current', (n) => [...new Set(n.map((x) => x.dataset.change))]);
    assert.deepEqual(current, ['3'], 'only the current change is outlined');
    // Letters typed into a list are not commands.
    await page.focus('#diff-a');
    await page.keyboard.press('n');
    assert.equal(await page.$eval('#diff-body .current', (n) => n.dataset.change), '3');
  });

  test('side by side: each text whole, changes on their side, gaps where the other side has one', async () => {
    const n = await diff_count(page);
    await page.check('input[name="diff-layout"][value="side"]');
    await wait_diff(page, n);
    const texts = await page.$$eval('.diff-pane .diff-text', (p) => p.map((x) => x.textContent));
    assert.deepEqual(texts, [kV1.text, kV2.text], 'A and B exactly as analysed');
    const a = await diff_marks(page, '.diff-pane[data-side="a"]');
    const b = await diff_marks(page, '.diff-pane[data-side="b"]');
    assert.deepEqual(a.map((m) => [m.op, m.end, m.text]), [['delete', null, kDeleted], ['move', 'from', kMoved]]);
    assert.deepEqual(b.map((m) => [m.op, m.end, m.text]), [['insert', null, 'urgent'], ['move', 'to', kMoved], ['insert', null, kInserted[1]]]);
    const gaps = await page.$$eval('.diff-gap', (g) => g.map((x) => [x.closest('.diff-pane').dataset.side, x.dataset.change]));
    assert.deepEqual(gaps, [['a', '1'], ['a', '4'], ['b', '2']]);
    assert.equal(await page.$eval('#diff-body .current', (x) => x.dataset.change), '3', 'the current change survives the layout switch');

    // Stepping lines the counterpart up with the change: the deletion in A and its gap in B.
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.keyboard.press('p');
    assert.deepEqual(await active_change(page), { change: 2, op: 'delete', end: null, text: kDeleted });
    await page.keyboard.press('n');
    assert.equal((await active_change(page)).end, 'to', 'B holds the reference end of a move');
    const offsets = await page.$$eval('#diff-body mark[data-move]', (ends) =>
      ends.map((x) => x.getBoundingClientRect().top - x.closest('.diff-text').getBoundingClientRect().top),
    );
    assert.ok(Math.abs(offsets[0] - offsets[1]) < 4, `both ends of the move at the same height: ${offsets}`);
    await h.screenshot(page, 'diff-side');
  });

  test('any two articles can be picked, and swapped', async () => {
    let n = await diff_count(page);
    await page.click('#diff-swap');
    await wait_diff(page, n);
    const counts = await page.$$eval('#diff-summary [data-count]', (c) => c.map((x) => Number(x.dataset.value)));
    assert.deepEqual(counts, [5, 6, 15], 'the other way round: what was removed is added');
    n = await diff_count(page);
    await page.selectOption('#diff-b', { label: kOther.name });
    await wait_diff(page, n);
    assert.deepEqual(await page.$$eval('.diff-pane-title', (t) => t.map((x) => x.textContent)), [`From ${kV2.name}`, `To ${kOther.name}`]);
    assert.ok((await page.locator('#diff-body del').count()) > 0);
  });

  test('shows "approximate" when the core reached its work limit', async () => {
    await page.evaluate(() => (document.documentElement.dataset.diffMaxWork = '50'));
    const n = await diff_count(page);
    await page.selectOption('#diff-b', { label: kV1.name });
    await wait_diff(page, n);
    assert.equal(await page.locator('#diff-summary .approximate').count(), 1);
    assert.match(await page.getAttribute('#diff-summary .approximate', 'title'), /work limit/);
    await page.evaluate(() => delete document.documentElement.dataset.diffMaxWork);
  });

  test('with fewer than two articles the diff tab is off and the reading view returns', async () => {
    const n = await h.analysis_count(page);
    await page.click('#tab-reading');
    for (const name of [kV1.name, kOther.name]) {
      const m = await h.analysis_count(page);
      await page.click(`.column[data-name="${name}"] [data-action="remove"]`);
      await h.wait_analysis(page, m);
    }
    assert.ok((await h.analysis_count(page)) > n);
    assert.equal(await page.isDisabled('#tab-diff'), true);
    assert.equal(await page.isHidden('#reading-view'), false);
  });

  test('no network request, no CSP violation, no error', async () => {
    assert.deepEqual(h.foreign_requests(log.requests, server.url.replace(/\/$/, '')), []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
});
