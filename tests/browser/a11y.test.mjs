// Accessibility check with axe-core on every view, in light and dark colour schemes: the empty
// start, the reading view with the five valentines articles, who reports what, entities, where
// they differ, the word diff and the overview. No serious or critical violation may remain.
// axe is injected with page.evaluate (the page's CSP refuses inline <script> elements) and runs
// on what is shown; hidden views are not checked until their tab shows them.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

const kAxe = readFileSync(path.join(h.root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical violations within `selector`, one line each. */
async function violations(page, selector) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(kAxe);
  const found = await page.evaluate(async (selector) => {
    const result = await window.axe.run(selector, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} (${(n.failureSummary || '').split('\n').slice(1, 2).join('').trim()})`).join('; ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`);
  }, selector);
  return found;
}

for (const color_scheme of ['light', 'dark']) {
  describe(`accessibility (${color_scheme})`, () => {
    const session = h.page_session({ launch_options: { color_scheme } });
    let page;
    before(() => ({ page } = session));

    test('empty start', async () => {
      assert.deepEqual(await violations(page, 'body'), []);
    });

    test('reading view with the five valentines articles, and the overview', async () => {
      await h.drop_and_wait(page, h.valentines_files());
      // A hovered passage and a focused mark are states a reader meets: check them too.
      await page.locator('.column mark[data-passage]').first().focus();
      assert.deepEqual(await violations(page, '#reading-view'), []);
      assert.deepEqual(await violations(page, '#overview'), []);
      await h.screenshot(page, `a11y-reading-${color_scheme}`);
    });

    for (const [tab, view] of [['tab-facts', 'facts-view'], ['tab-entities', 'entities-view'], ['tab-differ', 'differ-view'], ['tab-diff', 'diff-view']]) {
      test(`${tab.slice(4)} view`, async () => {
        await page.click(`#${tab}`);
        if (tab === 'tab-diff') await page.waitForSelector('#diff-body [data-change]');
        assert.deepEqual(await violations(page, `#${view}`), []);
        assert.deepEqual(await violations(page, '.views'), []);
      });
    }

    test('the whole page with results, and the shortcuts dialog', async () => {
      await page.click('#tab-reading');
      assert.deepEqual(await violations(page, 'body'), []);
      await page.keyboard.press('?');
      assert.deepEqual(await violations(page, 'dialog.shortcuts-dialog'), []);
      await page.keyboard.press('Escape');
    });
  });
}
