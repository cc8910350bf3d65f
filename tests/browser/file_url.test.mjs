// The page opened from disk (file://): the bundled classic script runs, the worker starts from
// a Blob URL, the WASM compiles under the page's CSP, and nothing is fetched from anywhere else.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

describe('page from file://', () => {
  const session = h.page_session({ file: true });
  let page;
  let log;
  before(() => ({ page, log } = session));

  test('keeps the Content-Security-Policy that the design asks for', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", 'worker-src blob:', "style-src 'self'", "connect-src 'none'"]) {
      assert.ok(csp.includes(directive), `CSP has ${directive}`);
    }
    assert.ok(!csp.includes("'unsafe-eval'") && !csp.includes("'unsafe-inline'"), csp);
  });

  test('drop files, see the shared passages, light twins', async () => {
    const samples = h.sample_files();
    const n = await h.drop_files(page, samples);
    assert.equal(await h.wait_analysis(page, n), 'done', await page.textContent('#status'));
    const cols = await h.columns(page);
    assert.equal(cols.length, samples.length);
    const wire = 'lost power to both engines in heavy seas and began drifting towards the rocks off Gull Point';
    for (const c of cols.slice(0, 3)) assert.ok(h.fully_marked(c, wire), c.name);
    await page.locator('.column mark', { hasText: 'Gull Point' }).first().hover();
    assert.ok((await page.locator('mark.twin').count()) > 1);
    assert.match(await page.textContent('#passage-status'), /^Shared by: /);
    await h.screenshot(page, 'file-url');
  });

  test('only its own files, blob: and data: were requested; no CSP violation, no error', async () => {
    assert.deepEqual(h.foreign_requests(log.requests, null), []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
});
