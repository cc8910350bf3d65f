// The reading view: 2 to 10 columns chosen in the overview from all the loaded articles, wide
// sets scrolling sideways, columns that scroll together by aligned content (and stop doing so
// when the switch is off), and narrow screens stacking the columns.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

/** The smallest height difference between the first marks of a passage or fact that columns
 * `a` and `b` (indexes) both have: 0 when one of them stands level. */
function level_gap(page, a, b) {
  return page.evaluate(([a, b]) => {
    const panes = [...document.querySelectorAll('.column-text')];
    const firsts = (pane) => {
      const out = new Map();
      for (const m of pane.querySelectorAll('mark[data-passage], mark[data-fact]')) {
        for (const layer of ['passage', 'fact']) {
          for (const id of (m.dataset[layer] || '').split(' ').filter(Boolean)) if (!out.has(`${layer}:${id}`)) out.set(`${layer}:${id}`, m.getBoundingClientRect().top);
        }
      }
      return out;
    };
    const [fa, fb] = [firsts(panes[a]), firsts(panes[b])];
    let best = Infinity;
    for (const [key, top] of fa) if (fb.has(key)) best = Math.min(best, Math.abs(top - fb.get(key)));
    return best;
  }, [a, b]);
}

const scroll_tops = (page) => page.$$eval('.column-text', (panes) => panes.map((p) => Math.round(p.scrollTop)));

/** Scrolls column `n` with the mouse wheel, as a person does. */
async function wheel(page, n, dy) {
  const box = await page.locator('.column-text').nth(n).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(200, box.height / 2));
  await page.mouse.wheel(0, dy);
}

describe('reading view: columns scroll together', () => {
  const session = h.page_session({
    launch_options: { viewport: { width: 1600, height: 900 } },
    prepare: (page) => h.drop_and_wait(page, h.valentines_files()),
  });
  let page;
  before(async () => {
    ({ page } = session);
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#columns').getBoundingClientRect().top + window.scrollY - 150));
  });

  test('scrolling one column brings the shared content of the others level with it', async () => {
    assert.equal(await page.isChecked('#scroll-together'), true);
    assert.deepEqual(await scroll_tops(page), [0, 0, 0, 0, 0]);
    // 001 (column 2) and 003 (column 4) share passages and facts in their second halves.
    await wheel(page, 1, 1200);
    await page.waitForFunction(() => document.querySelectorAll('.column-text')[3].scrollTop > 0);
    const gap = await level_gap(page, 1, 3);
    assert.ok(gap <= 2, `a shared passage or fact of columns 2 and 4 stands level (gap ${gap}px)`);
    await h.screenshot(page, 'reading-scroll-together');
  });

  test('scrolls made by the page itself are not followed; the switch turns it off', async () => {
    const before = await scroll_tops(page);
    await page.evaluate(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      document.querySelectorAll('.column-text')[1].scrollTop += 300;
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after_page = await scroll_tops(page);
    assert.equal(after_page[3], before[3], 'column 4 stays where it was');

    await page.uncheck('#scroll-together');
    await wheel(page, 1, -900);
    await page.waitForFunction((top) => document.querySelectorAll('.column-text')[1].scrollTop < top, after_page[1]);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal((await scroll_tops(page))[3], before[3], 'switched off: column 4 does not follow');
    await page.check('#scroll-together');
  });
});

describe('reading view: choosing 2 to 10 of many articles', () => {
  // 5 valentines articles, the 4 samples and 3 more copies of samples under other names: 12.
  const files = () => [...h.valentines_files(), ...h.sample_files(), ...h.sample_files().slice(0, 3).map((f) => ({ ...f, name: `copy-${f.name}` }))];
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, files()) });
  let page;
  before(() => ({ page } = session));

  test('the overview covers all twelve; ten are columns, scrolling sideways; a box chooses them', async () => {
    assert.equal(await page.locator('table.overlap tbody tr').count(), 12);
    assert.equal(await page.locator('.parts-row').count(), 12);
    assert.equal(await page.locator('.column').count(), 10);
    const boxes = page.locator('input[data-action="show"]');
    assert.deepEqual(await boxes.evaluateAll((list) => list.map((b) => [b.checked, b.disabled])), [
      ...Array(10).fill([true, false]),
      [false, true],
      [false, true],
    ]);
    const sideways = await page.$eval('#columns', (c) => c.scrollWidth - c.clientWidth);
    assert.ok(sideways > 0, 'ten columns scroll sideways');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page itself does not scroll sideways (${overflow}px)`);

    // Hide the first, show the eleventh.
    let before = await h.analysis_count(page);
    await boxes.nth(0).uncheck();
    await h.wait_analysis(page, before);
    assert.equal(await page.locator('.column').count(), 9);
    before = await h.analysis_count(page);
    await page.locator('input[data-action="show"]').nth(10).check();
    await h.wait_analysis(page, before);
    const names = await page.$$eval('.column', (cols) => cols.map((c) => c.dataset.name));
    assert.equal(names.length, 10);
    assert.ok(names.includes('copy-' + h.sample_files()[0].name) && !names.includes(h.valentines_files()[0].name), names.join(', '));
    await h.screenshot(page, 'reading-ten-columns');
  });
});

describe('reading view: narrow screens', () => {
  const session = h.page_session({
    launch_options: { viewport: { width: 600, height: 900 } },
    prepare: (page) => h.drop_and_wait(page, h.valentines_files()),
  });

  test('under 700 px the columns are stacked and the page scrolls', async () => {
    const { page } = session;
    const boxes = await page.$$eval('.column', (cols) => cols.map((c) => c.getBoundingClientRect()).map((r) => [r.left, r.top, r.width]));
    for (let i = 1; i < boxes.length; i++) {
      assert.equal(boxes[i][0], boxes[0][0], 'one above the other');
      assert.ok(boxes[i][1] > boxes[i - 1][1], 'in order');
    }
    assert.equal(await page.isVisible('#scroll-together'), false, 'nothing to scroll together');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page overflows sideways by ${overflow}px`);
    await page.locator('.column').nth(1).scrollIntoViewIfNeeded();
    await h.screenshot(page, 'reading-narrow-stacked');
  });
});
