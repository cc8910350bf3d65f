// Progress and Cancel: while the worker analyses, a box shows an indeterminate bar, what is
// being done and "Cancel"; Cancel replaces the worker and keeps the articles; "Analyse again"
// analyses them on the fresh worker. The test holds the worker's "analyze" messages back (the
// page then waits as it would for a very long analysis), so nothing depends on timing.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

describe('progress and cancel', () => {
  const session = h.page_session({
    prepare: async (page) => {
      await page.evaluate(() => {
        window.__workers = 0;
        window.__hold = false;
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (message, ...rest) {
          if (window.__hold && message && message.action === 'analyze') return; // never answered
          return post.call(this, message, ...rest);
        };
        const terminate = Worker.prototype.terminate;
        Worker.prototype.terminate = function () {
          window.__workers++;
          return terminate.call(this);
        };
      });
      await h.drop_and_wait(page, h.valentines_files());
    },
  });
  let page;
  before(() => ({ page } = session));

  test('a long analysis shows progress with Cancel; Cancel keeps the articles', async () => {
    assert.equal(await page.isHidden('#progress'), true, 'nothing in progress');
    await page.evaluate(() => (window.__hold = true));
    const count = await h.analysis_count(page);
    await page.fill('#min-words', '8');
    await page.waitForSelector('html[data-analysis="busy"]');
    await page.waitForSelector('#progress', { state: 'visible' });
    assert.match(await page.textContent('#progress-text'), /^Analysing 5 articles…/);
    assert.equal(await page.getAttribute('#results', 'aria-busy'), 'true');
    await h.screenshot(page, 'progress-busy');

    await page.evaluate(() => (window.__hold = false));
    await page.focus('#cancel-work');
    await page.keyboard.press('Enter');
    await page.waitForSelector('html[data-analysis="cancelled"]');
    assert.ok((await h.analysis_count(page)) > count);
    assert.equal(await page.isHidden('#progress'), true);
    assert.equal(await page.evaluate(() => window.__workers), 1, 'the busy worker was terminated');
    assert.match(await page.textContent('#status'), /^Analysis cancelled: 5 articles are still loaded/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'analyse-again', 'the focus goes on to "Analyse again"');
    assert.equal(await page.locator('.column').count(), 5, 'the articles are still there');
    await h.screenshot(page, 'progress-cancelled');
  });

  test('"Analyse again" analyses the same articles on a fresh worker', async () => {
    const count = await h.analysis_count(page);
    await page.click('#analyse-again');
    assert.equal(await h.wait_analysis(page, count), 'done');
    assert.equal(await page.isHidden('#analyse-again'), true);
    assert.match(await page.textContent('#status'), /^5 articles compared · .* of 8 or more words/);
    assert.equal(await page.locator('.column').count(), 5);
  });
});
