// The similarity threshold setting (issue 8): how alike two sentences must be to count as the
// same fact. Raising it re-runs the analysis (without reading the files again) and leaves fewer
// facts in "Who reports what"; it goes into the saved session; "Reset" restores 0.4 and the count.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

const fact_rows = (page) => page.$$eval('.coverage tbody tr[data-fact]', (rows) => rows.length);

async function facts_shown(page) {
  await page.click('#tab-facts');
  const n = await fact_rows(page);
  await page.click('#tab-reading');
  return n;
}

describe('the similarity threshold setting', () => {
  const session = h.page_session({ prepare: h.try_example });
  let page;
  let log;
  before(() => ({ page, log } = session));

  test('is a labelled number from 0.2 to 0.9 in steps of 0.05, 0.4 by default, explained', async () => {
    const input = page.getByLabel('Similarity threshold');
    assert.deepEqual(
      await input.evaluate((i) => [i.type, i.min, i.max, i.step, i.value, i.defaultValue]),
      ['number', '0.2', '0.9', '0.05', '0.4', '0.4'],
    );
    const hint = await page.textContent(`#${await input.getAttribute('aria-describedby')}`);
    assert.match(hint, /how alike two sentences must be to count as the same fact/);
    assert.equal(await page.isDisabled('#reset-settings'), true);
  });

  test('raising it gives fewer facts; Reset restores the default and the count', async () => {
    const reads = await h.file_reads(page);
    const at_default = await facts_shown(page);
    assert.ok(at_default > 0, 'the samples share facts');

    await h.change_setting(page, '#fact-threshold', 0.8);
    assert.equal(await page.isDisabled('#reset-settings'), false);
    const raised = await facts_shown(page);
    assert.ok(raised < at_default, `${raised} facts at 0.8, ${at_default} at 0.4`);
    await h.screenshot(page, 'threshold-raised');

    // The saved session keeps it.
    const { text } = await h.download_from(page, '#save-session');
    assert.equal(JSON.parse(text).settings.fact_threshold, 0.8);

    // A value out of range is not applied (the input says it is invalid).
    await page.fill('#fact-threshold', '1.5');
    assert.equal(await page.$eval('#fact-threshold', (i) => i.checkValidity()), false);

    const before_reset = await h.analysis_count(page);
    await page.click('#reset-settings');
    await h.wait_analysis(page, before_reset);
    assert.equal(await page.inputValue('#fact-threshold'), '0.4');
    assert.equal(await page.isDisabled('#reset-settings'), true);
    assert.equal(await facts_shown(page), at_default);
    assert.equal(await h.file_reads(page), reads, 'no file read again');
  });

  test('breaks no CSP rule and logs no error', async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
});
