// Pasting an article, and giving each article its outlet and publication date: both reach the
// analysis request, the date resolves the article's relative dates in the report, and a shared
// passage then says which article published it first.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ferry_articles, kShared } from './fixtures/ferry_articles.mjs';
import * as h from './helpers.mjs';

const [wire, local] = ferry_articles;

/** Records every analysis request the page sends to its worker. */
async function record_requests(page) {
  await page.evaluate(() => {
    window.__requests = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message && message.action === 'analyze') window.__requests.push(message.payload.request);
      return post.call(this, message, ...rest);
    };
  });
}
const last_request = (page) => page.evaluate(() => window.__requests[window.__requests.length - 1]);

async function paste(page, name, text) {
  const before = await h.analysis_count(page);
  await page.click('#paste-open');
  await page.fill('#paste-name', name);
  await page.fill('#paste-text', text);
  await page.click('.paste-dialog button[type="submit"]');
  return h.wait_analysis(page, before);
}

/** Types into a column's outlet or date field and commits it (Enter, as a person would). */
async function set_meta(page, column_name, key, value) {
  const input = page.locator(`.column[data-name="${column_name}"] input[data-meta="${key}"]`);
  await input.fill(value);
  // A date field commits as it is filled; a text field on Enter.
  if (key === 'outlet') await input.press('Enter');
}

describe('paste text, outlet and date', () => {
  const s = h.page_session({ prepare: record_requests });

  test('pasted text becomes an article like a dropped file', async () => {
    assert.equal(await paste(s.page, 'wire', wire.text), 'done');
    assert.equal(await paste(s.page, 'local.txt', local.text), 'done');
    const cols = await h.columns(s.page);
    assert.deepEqual(cols.map((c) => c.name), ['wire.txt', 'local.txt']);
    assert.equal(cols[0].text, wire.text);
    assert.ok(h.fully_marked(cols[0], kShared) && h.fully_marked(cols[1], kShared));
    const request = await last_request(s.page);
    assert.deepEqual(request.documents.map((d) => d.size), [wire.text.length, local.text.length]);
  });

  test('an empty paste adds nothing', async () => {
    const before = await h.analysis_count(s.page);
    await s.page.click('#paste-open');
    await s.page.fill('#paste-text', '   ');
    await s.page.click('.paste-dialog button[type="submit"]');
    assert.equal(await s.page.isVisible('.paste-dialog'), true);
    await s.page.click('.paste-dialog [data-paste="cancel"]');
    assert.equal(await s.page.isVisible('.paste-dialog'), false);
    assert.equal(await h.analysis_count(s.page), before);
    assert.equal((await h.columns(s.page)).length, 2);
  });

  test('outlet and date go with the request; the date resolves "on Sunday"', async () => {
    const before = await h.analysis_count(s.page);
    await set_meta(s.page, 'wire.txt', 'date', '2021-02-15');
    await h.wait_analysis(s.page, before);
    await set_meta(s.page, 'wire.txt', 'outlet', 'Coast Wire');
    const again = await h.analysis_count(s.page);
    await set_meta(s.page, 'local.txt', 'date', '2021-02-16');
    await h.wait_analysis(s.page, again);

    const request = await last_request(s.page);
    assert.deepEqual(request.documents.map(({ name, date, site }) => ({ name, date, site })), [
      { name: 'wire.txt', date: '2021-02-15', site: 'Coast Wire' },
      { name: 'local.txt', date: '2021-02-16', site: undefined },
    ]);
    // The fields show what was given after the columns were drawn again.
    assert.equal(await s.page.inputValue('.column[data-name="wire.txt"] input[data-meta="outlet"]'), 'Coast Wire');
    assert.equal(await s.page.inputValue('.column[data-name="local.txt"] input[data-meta="date"]'), '2021-02-16');

    // The report (as exported) resolves the wire's "on Sunday" against its own date.
    const report = JSON.parse((await h.download_from(s.page, '[data-export="json"]')).text);
    const sunday_entity = report.entities.find((e) => e.type === 'DATE' && /Sunday/.test(e.name));
    assert.ok(sunday_entity, JSON.stringify(report.entities.map((e) => e.name)));
    assert.equal(sunday_entity.mentions[0].value || sunday_entity.value, '2021-02-14');
  });

  test('a shared passage says which article published it first', async () => {
    const mark = s.page.locator('.column[data-name="local.txt"] mark[data-layer~="passage"]').first();
    await mark.focus();
    const status = await s.page.textContent('#passage-status');
    assert.match(status, /first published by wire\.txt \(15 Feb 2021\)/);
    await h.screenshot(s.page, 'paste-meta-first-published');

    // Same day: neither came first.
    const before = await h.analysis_count(s.page);
    await set_meta(s.page, 'local.txt', 'date', '2021-02-15');
    await h.wait_analysis(s.page, before);
    await s.page.locator('.column[data-name="local.txt"] mark[data-layer~="passage"]').first().focus();
    assert.match(await s.page.textContent('#passage-status'), /published the same day \(15 Feb 2021\) by wire\.txt and local\.txt/);
  });
});
