// Long columns built where they are read (web/src/lazy_column.js): two articles of 2.5 MB are
// shown as empty chunks of their estimated height but for the first screens; a chunk's text and
// marks are made as it nears the visible part, and whatever goes to a highlight far down (a
// keyboard step, a chosen entity, focus on a twin, printing) builds its chunk first.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as h from './helpers.mjs';

const kFar = 'Inspector Marguerite Castellanos of the Valparaiso Coast Guard closed the bay at noon.';
const kEnd = 'The coastguard said the two trawlers were towed back to the harbour before the storm reached the bay.';
const kNear = 'Another shared line: the harbour master closed the northern quay for repairs until spring.';

/** Two articles of 26,000 lines (2.5 MB each) of made-up words from vocabularies of their own,
 * sharing three lines: one near the start, two far down (one naming a person). */
function long_articles() {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'ri', 'po', 've', 'da', 'gu', 'ha', 'ji', 'be', 'no', 'ze'];
  const count = 26000;
  return [0, 1].map((a) => {
    let seed = 1000 + a * 7777;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => (a ? 'w' : 'q') + Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    const line = () => {
      const words = Array.from({ length: 12 }, word);
      return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`;
    };
    const lines = Array.from({ length: count }, line);
    lines[a ? 40 : 55] = kNear;
    lines[count - (a ? 900 : 700)] = kFar;
    lines[count - 500] = kEnd;
    return { name: `long-${a}.txt`, text: lines.join('\n') };
  });
}

const files = long_articles();
// A line's words (a passage ends at its last word, not at the full stop).
const words = (line) => line.slice(0, -1);

/** Per column: its chunks, how many hold something, and the text of the built ones. */
const built = (page) =>
  page.$$eval('.column-text', (panes) =>
    panes.map((pane) => {
      const chunks = [...pane.querySelectorAll(':scope > .chunk')];
      const full = chunks.filter((c) => c.firstChild);
      return { chunks: chunks.length, built: full.length, texts: full.map((c) => c.textContent) };
    }),
  );

const frames = (page, n = 3) =>
  page.evaluate((n) => new Promise((resolve) => {
    const step = (k) => (k ? requestAnimationFrame(() => step(k - 1)) : resolve());
    step(n);
  }), n);

/** Whether `mark` stands inside its column's visible part. */
const in_sight = (mark) =>
  mark.evaluate((m) => {
    const pane = m.closest('.column-text').getBoundingClientRect();
    const box = m.getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= pane.bottom;
  });

describe('long columns built where they are read', () => {
  const session = h.page_session({
    prepare: async (page) => {
      const before = await h.drop_files(page, files);
      await page.waitForFunction((n) => Number(document.documentElement.dataset.analysisCount || 0) > n && document.documentElement.dataset.analysis === 'done', before, { timeout: 180000 });
    },
  });

  test('the first screens are built at once, the rest as they are scrolled to, each chunk its own text', async () => {
    const { page } = session;
    const columns = await built(page);
    for (const [i, column] of columns.entries()) {
      assert.ok(column.chunks > 500, `chunks: ${column.chunks}`);
      assert.ok(column.built >= 1 && column.built < 20, `built at first: ${column.built}`);
      assert.ok(files[i].text.startsWith(column.texts.join('')), 'the first chunks are the text from its start');
    }
    assert.equal(h.fully_marked((await h.columns(page))[0], words(kNear)), true, 'a passage of the first screen is marked');
    // The middle of the first column: the chunks in sight are built, with the text they stand for.
    await page.$eval('.column-text', (pane) => (pane.scrollTop = pane.scrollHeight / 2));
    await frames(page);
    const seen = await page.$eval('.column-text', (pane) => {
      const box = pane.getBoundingClientRect();
      return [...pane.querySelectorAll(':scope > .chunk')]
        .filter((c) => c.getBoundingClientRect().bottom > box.top && c.getBoundingClientRect().top < box.bottom)
        .map((c) => c.textContent);
    });
    assert.ok(seen.length >= 1 && seen.every((t) => t.length > 3000 && files[0].text.includes(t)), `${seen.length} chunks in sight`);
    await h.screenshot(page, 'lazy-column-middle');
    const after = await built(page);
    assert.ok(after[0].built > columns[0].built && after[0].built < 40, `built after the scroll: ${after[0].built}`);
  });

  test('keyboard steps reach shared passages far down: built, focused, in sight, their twins lit', async () => {
    const { page } = session;
    await page.$eval('.column-text', (pane) => (pane.scrollTop = 0));
    await page.locator('.column').first().locator('mark[data-passage]').first().focus();
    await page.keyboard.press('n');
    const far = page.locator(':focus');
    assert.ok(kFar.includes(await far.textContent()), await far.textContent());
    assert.equal(await in_sight(far), true);
    const twin = await page.$$eval('.column:nth-child(2) mark.twin', (marks) => marks.map((m) => m.textContent).join(''));
    assert.ok(twin.includes('Valparaiso Coast Guard'), twin);
    assert.equal(await in_sight(page.locator('.column').nth(1).locator('mark.twin').first()), true, 'the twin is lined up');
    await page.keyboard.press('n');
    assert.ok(kEnd.includes(await page.locator(':focus').textContent()));
    await page.keyboard.press('p');
    assert.ok(kFar.includes(await page.locator(':focus').textContent()));
    await h.screenshot(page, 'lazy-column-far-passage');
  });

  test('choosing an entity mentioned far down builds its mentions and brings them into sight', async () => {
    const { page } = session;
    await page.$$eval('.column-text', (panes) => panes.forEach((pane) => (pane.scrollTop = 0)));
    await page.click('#tab-entities');
    await page.locator('.entity-group button[data-entity]', { hasText: 'Marguerite Castellanos' }).first().click();
    const lit = page.locator('mark.chosen');
    assert.equal(await lit.count(), 2, 'its one mention in each column');
    for (const column of [0, 1]) assert.equal(await in_sight(page.locator('.column').nth(column).locator('mark.chosen').first()), true);
    assert.match(await page.textContent('#chosen .chosen-label'), / — 2 in the columns shown$/);
    await page.click('#chosen [data-step="clear"]');
  });

  test('a fact far down chosen in "Who reports what" is shown side by side: built, focused, in sight', async () => {
    const { page } = session;
    await page.$$eval('.column-text', (panes) => panes.forEach((pane) => (pane.scrollTop = 0)));
    await page.click('#tab-facts');
    await page.locator('.coverage tbody tr .fact-link', { hasText: 'Marguerite Castellanos' }).first().click();
    assert.equal(await page.isVisible('#reading-view'), true);
    const focused = page.locator(':focus');
    assert.ok(kFar.includes(await focused.textContent()), await focused.textContent());
    assert.match(await focused.getAttribute('data-layer'), /\bfact\b/);
    for (const column of [0, 1]) {
      const mark = page.locator('.column').nth(column).locator('mark[data-fact]', { hasText: 'Castellanos' }).first();
      assert.equal(await in_sight(mark), true, `column ${column + 1}`);
    }
  });

  test('a JSON file leaves the chunks as they are; the standalone report holds both texts whole, marked', async () => {
    const { page } = session;
    const before = (await built(page)).map((c) => c.built);
    const json = await h.download_from(page, '[data-export="json"]');
    assert.equal(JSON.parse(json.text).documents.length, 2);
    assert.deepEqual((await built(page)).map((c) => c.built), before, 'nothing built for the JSON file');
    const { text } = await h.download_from(page, '[data-export="html"]');
    const [texts, marks] = await page.evaluate((html) => {
      const panes = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.column-text')];
      return [panes.map((p) => p.textContent), panes.map((p) => p.querySelectorAll('mark[data-layer~="passage"]').length)];
    }, text);
    assert.deepEqual(texts, files.map((f) => f.text));
    assert.ok(marks.every((n) => n >= 3), `passage marks in the file: ${marks}`);
    // Rendered again (a layer switched off and on): the new columns are built lazily again.
    await page.click('#show-entities');
    await page.click('#show-entities');
    await page.waitForFunction(() => [...document.querySelectorAll('.column-text')].every((p) => p.querySelectorAll(':scope > .chunk:not(:empty)').length < 20));
  });

  test('printing builds every chunk: the columns hold the whole texts with every highlight', async () => {
    const { page } = session;
    assert.ok((await built(page)).every((c) => c.built < c.chunks / 2), 'most chunks not built before');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const columns = await h.columns(page);
    assert.deepEqual(columns.map((c) => c.text), files.map((f) => f.text));
    for (const column of columns) for (const line of [kNear, kFar, kEnd]) assert.ok(h.fully_marked(column, words(line)), `${column.name}: ${line}`);
  });
});
