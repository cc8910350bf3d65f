// "Where they differ" on the page (issue 7): the values the core compares across articles are
// marks of layer "discrepancy" with their verdict; the panel lists the comparisons (conflicts
// first, the verdict in words and a sign, each article's value) and choosing one lights its
// values in every column. True conflicts are checked on the project's own articles about one
// invented ferry accident (tests/fixtures/conflicts), which are written to contain three.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

const kConflictsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/conflicts');
const kConflictFiles = fs.readdirSync(kConflictsDir).filter((f) => f.endsWith('.txt')).sort()
  .map((name) => ({ name, text: fs.readFileSync(path.join(kConflictsDir, name), 'utf8') }));

const kExpect = h.valentines_expectations();
const kVerdicts = ['conflict', 'different-scope', 'agree'];

const items_of = (page) =>
  page.$$eval('#differ-view .discrepancy', (list) =>
    list.map((li) => ({
      id: li.dataset.id,
      verdict: li.dataset.verdict,
      badge: li.querySelector('.verdict').textContent,
      about: li.querySelector('.discrepancy-about').textContent,
      values: [...li.querySelectorAll('.discrepancy-values li')].map((v) => ({ doc: v.dataset.doc, text: v.querySelector('.value-text').textContent })),
    })),
  );

describe('where they differ: the five valentines-2021 articles', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, h.valentines_files()) });
  let page;
  let log;
  before(async () => {
    ({ page, log } = session);
    assert.ok(await page.isEnabled('#tab-differ'), 'the report has a discrepancies section');
  });

  test('compared values are flat marks with their comparison and verdict', async () => {
    const marks = await page.$$eval('.column mark[data-layer~="discrepancy"]', (list) => list.map((m) => ({ id: m.dataset.discrepancy, verdict: m.dataset.verdict, nested: Boolean(m.querySelector('mark')) })));
    assert.ok(marks.length > 0, 'values are marked');
    for (const m of marks) {
      assert.ok(m.id && !m.nested);
      for (const v of m.verdict.split(' ')) assert.ok(kVerdicts.includes(v), v);
    }
  });

  test('the panel lists each comparison, conflicts first, with its verdict, reason and values', async () => {
    await page.click('#tab-differ');
    const items = await items_of(page);
    assert.ok(items.length > 0);
    const ranks = items.map((i) => kVerdicts.indexOf(i.verdict));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'conflicts, then different scope, then agreement');
    for (const item of items) {
      assert.match(item.badge, /^(≠ Conflict|≈ Different scope|= Agree)$/);
      assert.ok(item.values.length >= 2, `${item.about}: two or more values`);
      for (const v of item.values) assert.ok(Object.values(kExpect.documents).includes(v.doc), v.doc);
    }
    // Each expected comparison is listed with an allowed verdict (none of these is a conflict).
    for (const expected of kExpect.discrepancies.filter((d) => !d.stretch)) {
      const item = items.find((i) => expected.values.every(([doc, text]) => i.values.some((v) => v.doc === kExpect.documents[doc] && v.text.includes(text))));
      assert.ok(item, `listed: ${expected.about}`);
      assert.ok(expected.verdict_ok.includes(item.verdict), `${expected.about}: ${item.verdict}`);
    }
    await page.$eval('.views', (tabs) => tabs.scrollIntoView());
    await h.screenshot(page, 'discrepancies-panel');
  });

  test('choosing one lights its values in every column; hover names the verdict', async () => {
    await page.click('#tab-differ');
    const [first] = await items_of(page);
    await page.click(`#differ-view button[data-discrepancy="${first.id}"]`);
    assert.equal(await page.isVisible('#reading-view'), true);
    const lit = await page.$$eval('.column', (cols) => cols.map((c) => ({ name: c.dataset.name, text: [...c.querySelectorAll('mark.chosen')].map((m) => m.textContent).join('') })));
    for (const v of first.values) {
      const column = lit.find((c) => c.name === v.doc);
      assert.ok(column && column.text.includes(v.text.replace(/\s+/g, ' ').split(' ')[0]), `${v.doc}: "${v.text}" lit (${column?.text})`);
    }
    await page.locator('.column mark.chosen').first().hover();
    assert.match(await page.textContent('#passage-status'), /(≠ Conflict|≈ Different scope|= Agree)/);
    await h.screenshot(page, 'discrepancies-chosen');
    await page.mouse.move(0, 0);
  });

  test('the layer can be switched off and on in the legend', async () => {
    await page.setChecked('#show-discrepancies', false);
    assert.equal(await page.locator('.column mark[data-layer~="discrepancy"]').count(), 0);
    await page.setChecked('#show-discrepancies', true);
    assert.ok((await page.locator('.column mark[data-layer~="discrepancy"]').count()) > 0);
    assert.deepEqual(log.errors, []);
  });
});

describe('where they differ: conflicts in articles written to contain them', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, kConflictFiles) });
  test('the conflicts are listed first and their values are boxed as such', async () => {
    const { page } = session;
    await page.click('#tab-differ');
    const items = await items_of(page);
    const conflicts = items.filter((i) => i.verdict === 'conflict');
    assert.equal(conflicts.length, 3, JSON.stringify(items.map((i) => [i.verdict, i.about])));
    assert.deepEqual(items.slice(0, 3).map((i) => i.verdict), ['conflict', 'conflict', 'conflict']);
    const marks = await page.$$eval(`.column mark[data-discrepancy~="${conflicts[0].id}"]`, (m) => m.map((x) => [x.dataset.verdict, getComputedStyle(x).outlineStyle]));
    assert.ok(marks.length >= 2 && marks.every(([v, style]) => v.includes('conflict') && style === 'solid'), JSON.stringify(marks));
  });
});
