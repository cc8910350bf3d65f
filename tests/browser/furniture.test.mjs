// Page furniture on the page (issue 7): the lines the core flags as not the article are marks
// of layer "furniture" with their reason, dimmed (never removed) unless the reader asks to see
// them plainly; the status line says why on hover and focus; a setting analyses them too.

import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { analyzeWasm } from '../js/helpers.mjs';
import * as h from './helpers.mjs';

const kExpect = h.valentines_expectations();
// What the core flags (the WASM module the page runs, called as its worker calls it): the page
// must mark exactly those lines. Whether the core flags the right ones is
// tests/js/acceptance_furniture.test.mjs.
const kFiles = Object.values(kExpect.documents).map((name) => path.join(h.valentines_dir, name));
const core_furniture = async (include_furniture = false) =>
  JSON.parse(await analyzeWasm(kFiles, { offset_unit: 'utf16', facts: false, include_furniture })).documents.map((d) => [d.name, d.furniture]);

/** Each column's furniture marks merged into [start, end, reason] runs of its text. */
const marked_lines = (page) =>
  page.$$eval('.column', (cols) =>
    cols.map((column) => {
      const runs = [];
      let offset = 0;
      const walker = document.createTreeWalker(column.querySelector('.column-text'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const mark = node.parentElement.closest('mark[data-layer~="furniture"]');
        const last = runs[runs.length - 1];
        if (mark && last && last[1] === offset && last[3] === mark.dataset.furniture) last[1] += node.data.length;
        else if (mark) runs.push([offset, offset + node.data.length, mark.dataset.reason, mark.dataset.furniture]);
        offset += node.data.length;
      }
      return [column.dataset.name, runs.map(([s, e, reason]) => ({ start: s, end: e, reason }))];
    }),
  );
const doc_name = (prefix) => kExpect.documents[prefix];
const core_title = async (prefix) =>
  JSON.parse(await analyzeWasm([path.join(h.valentines_dir, doc_name(prefix))], { offset_unit: 'utf16', facts: false })).documents[0].title;

/** How much of each expected line (its characters other than line ends and spaces: furniture
 * is marked line by line) is covered by furniture marks, as [doc, line, share]. */
async function coverage_of(page, places) {
  const cols = await h.columns(page, 'furniture');
  return places.map((place) => {
    const column = cols.find((c) => c.name === doc_name(place[0]));
    const [start, end] = h.place_in(column, place);
    let covered = 0;
    let visible = 0;
    for (let i = start; i < end; i++) {
      if (/\s/.test(column.text[i])) continue;
      visible++;
      if (h.ids_at(column, i).length) covered++;
    }
    return [place[0], place[1], covered / visible];
  });
}

const words_of = async (page, prefix) => Number((await page.textContent(`.column[data-name="${doc_name(prefix)}"] .word-count`)).replace(/\D/g, ''));
const style_of = (locator) => locator.evaluate((m) => ({ opacity: getComputedStyle(m).opacity, color: getComputedStyle(m).color }));

describe('furniture: flagged lines dimmed, explained, and optionally analysed', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, h.valentines_files()) });
  let page;
  let log;
  before(() => ({ page, log } = session));

  test('every line the core flags is one furniture mark with its reason; no content line is marked', async () => {
    assert.deepEqual(await marked_lines(page), await core_furniture());
    for (const [doc, line, share] of await coverage_of(page, kExpect.content)) assert.equal(share, 0, `${doc} "${line}" is article text`);
    const reasons = await page.$$eval('.column mark[data-layer~="furniture"]', (m) => [...new Set(m.map((x) => x.dataset.reason))]);
    for (const reason of reasons) assert.match(reason, /^(phrase|metadata|player|caption|related-links|link-list|repeated)( |$)/);
    assert.ok(reasons.includes('caption'), reasons.join(' '));
  });

  test('a column whose first lines are furniture is titled by its first line of article text', async () => {
    // 002 is a saved page that opens with "Accessibility links" (furniture): the core's title.
    const column = `.column[data-name="${doc_name('002')}"]`;
    const first = await page.$eval(`${column} .column-text mark[data-layer~="furniture"]`, (m) => m.textContent.trim());
    const title = await page.textContent(`${column} .column-title`);
    assert.notEqual(title, first);
    assert.ok(title.length > 20 && !/Accessibility|Breaking/.test(title), title);
    // Columns whose first line is article text keep the core's title.
    assert.equal(await page.textContent(`.column[data-name="${doc_name('001')}"] .column-title`), (await core_title('001')));
  });

  test('furniture is dimmed, and shown plainly with the legend switch', async () => {
    const mark = page.locator('.column mark[data-reason~="caption"]').first();
    const dimmed = await style_of(mark);
    const text = await style_of(page.locator('.column mark[data-layer~="entity"]:not([data-layer~="furniture"])').first());
    // Greyed with the muted text colour (no transparency: it must keep 4.5:1 contrast, a11y test).
    assert.notEqual(dimmed.color, text.color, 'greyed text');
    await mark.scrollIntoViewIfNeeded();
    await h.screenshot(page, 'furniture-dimmed');
    await page.setChecked('#dim-furniture', false);
    assert.equal((await style_of(mark)).color, text.color, 'plain: the colour of the text');
    assert.ok((await page.locator('.column mark[data-layer~="furniture"]').count()) > 0, 'still marked');
    await h.screenshot(page, 'furniture-plain');
    await page.setChecked('#dim-furniture', true);
    assert.equal((await style_of(mark)).color, dimmed.color);
  });

  test('hover and keyboard focus say why a line is furniture', async () => {
    const caption = page.locator('.column mark[data-reason~="caption"]').first();
    await caption.hover();
    assert.equal(await page.textContent('#passage-status'), 'Page furniture (a photo caption or credit): left out of the analysis');
    await page.mouse.move(0, 0);
    const player = page.locator('.column mark[data-reason~="player"]').first();
    await player.focus();
    assert.match(await page.textContent('#passage-status'), /^Page furniture \(video or audio player text\)/);
    assert.equal(await player.getAttribute('tabindex'), '0');
  });

  test('"Analyse page furniture too" re-runs the analysis with the lines counted; Reset leaves them out again', async () => {
    const before_words = await words_of(page, '001');
    assert.equal(await page.isChecked('#include-furniture'), false);
    await h.change_setting(page, '#include-furniture', true);
    const with_words = await words_of(page, '001');
    assert.ok(with_words > before_words, `${before_words} -> ${with_words} words`);
    assert.deepEqual(await marked_lines(page), await core_furniture(true), 'still marked');
    await page.locator('.column mark[data-reason~="caption"]').first().hover();
    assert.match(await page.textContent('#passage-status'), /Page furniture \(a photo caption or credit\): analysed, as the settings ask/);
    assert.equal(await page.isEnabled('#reset-settings'), true);
    const count = await h.analysis_count(page);
    await page.click('#reset-settings');
    await h.wait_analysis(page, count);
    assert.equal(await page.isChecked('#include-furniture'), false);
    assert.equal(await words_of(page, '001'), before_words);
    assert.deepEqual(log.errors, []);
  });
});
