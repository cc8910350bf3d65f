// The session: saved to one .parallax.json file and opened again (button or drop), and kept in
// the browser's IndexedDB across reloads, with "Forget now" and the keep-off setting.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ferry_articles } from './fixtures/ferry_articles.mjs';
import * as h from './helpers.mjs';

const names = ferry_articles.map((a) => a.name);

/** Waits until the page has stored (or forgotten) its session: data-kept on <html>. */
const kept = (page, value) => page.waitForSelector(`html[data-kept="${value}"]`);

/** Runs `change` and waits until the page has stored the session after it. */
async function kept_after(page, change) {
  const writes = Number((await page.getAttribute('html', 'data-kept-count')) || 0);
  await change();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.keptCount || 0) > n, writes);
}

/** Reloads and waits until the page has looked for a kept session (and restored it if any). */
async function reload(page) {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"][data-session]');
}

describe('session', () => {
  let browser;
  let server;
  before(async () => {
    h.require_build();
    server = await h.start_server();
    browser = await h.launch();
  });
  after(async () => {
    await browser?.close();
    server?.server.close();
  });

  test('save to a file, then open it in another page: articles, outlet, date and settings come back', async () => {
    const { page } = await h.open_page(browser.context, server.url);
    await h.drop_and_wait(page, ferry_articles);
    await h.change_setting(page, '#min-words', 8);
    await h.change_setting(page, '#near', false);
    const outlet = page.locator('.column[data-name="wire.txt"] input[data-meta="outlet"]');
    await outlet.fill('Coast Wire');
    await outlet.press('Enter');
    const n = await h.analysis_count(page);
    await page.fill('.column[data-name="local.txt"] input[data-meta="date"]', '2021-02-16');
    await h.wait_analysis(page, n);

    const saved = await h.download_from(page, '#save-session');
    assert.match(saved.name, /\.parallax\.json$/);
    const session = JSON.parse(saved.text);
    assert.equal(session.format, 'parallax-session');
    assert.equal(session.version, 2);
    assert.deepEqual(session.articles.map((a) => [a.name, a.text]), ferry_articles.map((a) => [a.name, a.text]));
    assert.deepEqual(session.articles[0].given, { outlet: 'Coast Wire' });
    assert.deepEqual(session.articles[1].given, { date: '2021-02-16' });
    assert.equal(session.settings.min_words, 8);
    assert.equal(session.settings.near, false);

    // Opened with the button in a page that starts empty.
    const other = (await h.open_page(browser.context, server.url)).page;
    const before_open = await h.analysis_count(other);
    await other.setInputFiles('#open-session', { name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
    await h.wait_analysis(other, before_open);
    const cols = await h.columns(other);
    assert.deepEqual(cols.map((c) => c.name), names);
    assert.deepEqual(cols.map((c) => c.text), ferry_articles.map((a) => a.text));
    assert.equal(await other.inputValue('#min-words'), '8');
    assert.equal(await other.isChecked('#near'), false);
    assert.equal(await other.inputValue('.column[data-name="wire.txt"] input[data-meta="outlet"]'), 'Coast Wire');
    assert.equal(await other.inputValue('.column[data-name="local.txt"] input[data-meta="date"]'), '2021-02-16');
    assert.match(await other.textContent('#status'), /of 8 or more words \(near copies off\)/);
    await h.screenshot(other, 'session-opened');

    // Dropped on the page, a session file replaces what is there.
    const third = (await h.open_page(browser.context, server.url)).page;
    await h.drop_and_wait(third, [{ name: 'other.txt', text: 'A different article entirely, about the weather in the hills this week.' }]);
    await h.drop_and_wait(third, [{ name: saved.name, text: saved.text }]);
    assert.deepEqual((await h.columns(third)).map((c) => c.name), names);
  });

  test('a file that is not a session is refused with a message', async () => {
    const { page } = await h.open_page(browser.context, server.url);
    await page.setInputFiles('#open-session', { name: 'notes.parallax.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
    await page.waitForSelector('#messages li');
    assert.match(await page.textContent('#messages'), /notes\.parallax\.json: could not be opened as a session \(this is not a Parallax session file\)/);
    assert.equal(await page.isVisible('#results'), false);
  });

  test('kept across a reload; "Forget now" and the keep-off setting', async () => {
    // A browser of its own: this test is about what the browser keeps between page loads.
    const own = await h.launch();
    try {
      const { page } = await h.open_page(own.context, server.url, { keep_store: true });
      // The indicator is set once the kept session has been looked for (data-session), which
      // comes after the page says it is ready for files.
      await page.waitForSelector('html[data-session]');
      assert.equal(await page.textContent('#kept-indicator'), 'Kept in this browser only');
      await h.drop_and_wait(page, ferry_articles);
      await kept_after(page, () => h.change_setting(page, '#min-words', 7));

      await reload(page);
      await h.wait_analysis(page, 0);
      assert.deepEqual((await h.columns(page)).map((c) => c.name), names);
      assert.equal(await page.inputValue('#min-words'), '7');
      await h.screenshot(page, 'session-restored');

      // Forget now: the next load starts empty (the page still shows what it has).
      await page.click('#forget-kept');
      await kept(page, 'forgotten');
      assert.equal((await h.columns(page)).length, 3);
      await reload(page);
      assert.equal(await page.isVisible('#results'), false);
      assert.equal((await h.columns(page)).length, 0);

      // Keeping off: what is kept is cleared, nothing more is kept, and the choice stays.
      await h.drop_and_wait(page, ferry_articles.slice(0, 2));
      await kept(page, 'kept');
      await page.setChecked('#keep-session', false);
      await kept(page, 'off');
      assert.equal(await page.textContent('#kept-indicator'), 'Not kept: a reload forgets these articles');
      await h.drop_and_wait(page, ferry_articles.slice(2));
      await reload(page);
      assert.equal((await h.columns(page)).length, 0);
      assert.equal(await page.isChecked('#keep-session'), false);
      assert.equal(await page.isVisible('#forget-kept'), false);
      const stored = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('parallax');
            open.onsuccess = () => {
              const get = open.result.transaction('kept').objectStore('kept').get('session');
              get.onsuccess = () => resolve(get.result ?? null);
            };
          }),
      );
      assert.equal(stored, null);
    } finally {
      await own.close();
    }
  });
});
