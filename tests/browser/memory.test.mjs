// Out of memory in the WASM module: the page says so, keeps the articles, and the next analysis
// works on a fresh module. The failure is real: the test hook data-test-allocate-bytes makes the
// core allocate 2,147,000,000 bytes before analysing, more than the module (at most 2 GiB in
// all) has room for, so the module aborts as it would on a too-large analysis (web/README.md,
// "Out of memory").

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as h from './helpers.mjs';

const kWire = 'lost power to both engines in heavy seas and began drifting towards the rocks off Gull Point';

async function analysis_outcome(page, after) {
  await page.waitForFunction(
    (n) => Number(document.documentElement.dataset.analysisCount || 0) > n && document.documentElement.dataset.analysis !== 'busy',
    after,
    { timeout: 60000 },
  );
  return page.getAttribute('html', 'data-analysis');
}

describe('out of memory', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, h.sample_files().slice(0, 3)) });

  test('a module that runs out of memory ends in a message; the articles stay and the next analysis works', async () => {
    const { page } = session;
    const names = h.sample_files().slice(0, 3).map((f) => f.name);
    assert.deepEqual((await h.columns(page)).map((c) => c.name), names);

    await page.evaluate(() => {
      document.documentElement.dataset.testAllocateBytes = '2147000000';
    });
    let before = await h.analysis_count(page);
    await page.fill('#min-words', '7');
    assert.equal(await analysis_outcome(page, before), 'error');
    const status = await page.textContent('#status');
    assert.match(status, /Not enough memory for this analysis/);
    assert.match(status, /3 articles are still loaded/);
    await h.screenshot(page, 'memory-out');

    // The same page, without the hook: a fresh module analyses the articles still held.
    await page.evaluate(() => {
      delete document.documentElement.dataset.testAllocateBytes;
    });
    before = await h.analysis_count(page);
    await page.fill('#min-words', '6');
    assert.equal(await analysis_outcome(page, before), 'done');
    const cols = await h.columns(page);
    assert.deepEqual(cols.map((c) => c.name), names);
    assert.ok(h.fully_marked(cols[0], kWire) && h.fully_marked(cols[1], kWire));

    // And once more, so the restarted module is known to stay usable.
    before = await h.analysis_count(page);
    await page.fill('#min-words', '8');
    assert.equal(await analysis_outcome(page, before), 'done');
    assert.deepEqual(session.log.errors.filter((e) => !/memory/i.test(e)), []);
  });

  test('a module that grew large is replaced once it has answered, and the next analysis works', async () => {
    const { page } = session;
    const recycles = async () => Number(await page.getAttribute('html', 'data-worker-recycles'));
    const before_recycles = await recycles();
    // 200 MB allocated and freed: the module's memory grows past the 128 MB after which the
    // page replaces the worker (worker_client.js), as after two 5 MB articles.
    await page.evaluate(() => {
      document.documentElement.dataset.testAllocateBytes = '200000000';
    });
    let before = await h.analysis_count(page);
    await page.fill('#min-words', '7');
    assert.equal(await analysis_outcome(page, before), 'done');
    assert.equal(await recycles(), before_recycles + 1);

    await page.evaluate(() => {
      delete document.documentElement.dataset.testAllocateBytes;
    });
    before = await h.analysis_count(page);
    await page.fill('#min-words', '6');
    assert.equal(await analysis_outcome(page, before), 'done');
    assert.equal(await recycles(), before_recycles + 1, 'a small analysis keeps its worker');
    const cols = await h.columns(page);
    assert.ok(h.fully_marked(cols[0], kWire) && h.fully_marked(cols[1], kWire));
  });
});
