// The overview on the five valentines articles: the similarity heat map with its shade key, a
// bar per article with its parts (exact, near, paraphrased facts, unique, furniture) that agree
// with the report, and the counts of facts, entities and disagreements that open their tabs.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

describe('overview', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, h.valentines_files()) });
  let page;
  let report;
  before(async () => {
    ({ page } = session);
    report = JSON.parse((await h.download_from(page, '[data-export="json"]')).text);
  });

  test('the similarity matrix is a heat map with a key to its shades', async () => {
    const cells = await page.$$eval('table.similarity tbody td:not(.self)', (tds) => tds.map((td) => [td.textContent, td.className]));
    assert.equal(cells.length, 5 * 4);
    for (const [text, cls] of cells) {
      const value = text === '<1%' ? 0.5 : Number.parseInt(text, 10);
      const level = Number(/level-(\d)/.exec(cls)[1]);
      const expected = value === 0 ? 0 : value < 10 ? 1 : value < 25 ? 2 : value < 50 ? 3 : 4;
      assert.equal(level, expected, `${text} has shade ${level}`);
    }
    assert.deepEqual(await page.$$eval('.similarity-figure .heat-legend .heat-swatch', (s) => s.map((x) => x.className.match(/level-\d/)[0])), ['level-0', 'level-1', 'level-2', 'level-3', 'level-4']);
  });

  test('a bar per article, its parts as the report counts them', async () => {
    const rows = await page.$$eval('.parts-row', (list) =>
      list.map((row) => ({
        name: row.querySelector('.parts-name').textContent,
        label: row.querySelector('.parts-bar').getAttribute('aria-label'),
        parts: Object.fromEntries([...row.querySelectorAll('.part')].map((p) => [p.dataset.part, Number(p.dataset.share)])),
        widths: [...row.querySelectorAll('.part')].map((p) => p.getBoundingClientRect().width),
        bar: row.querySelector('.parts-bar').getBoundingClientRect().width,
        counts: Object.fromEntries([...row.querySelectorAll('[data-count]')].map((b) => [b.dataset.count, Number.parseInt(b.textContent, 10)])),
      })),
    );
    assert.deepEqual(rows.map((r) => r.name), report.documents.map((d) => d.name));
    rows.forEach((row, i) => {
      const doc = report.documents[i];
      const sum = Object.values(row.parts).reduce((a, b) => a + b, 0);
      assert.ok(sum <= 1.0001, `${row.name}: parts add up to ${sum}`);
      // Exact and near come straight from the core's counts (furniture words join the total).
      const furniture = row.parts.furniture || 0;
      const total = doc.words / (1 - furniture);
      assert.ok(Math.abs((row.parts.exact || 0) - doc.exact_words / total) < 0.002, `${row.name}: exact ${row.parts.exact} vs ${doc.exact_words}/${total}`);
      assert.ok(Math.abs((row.parts.near || 0) - (doc.shared_words - doc.exact_words) / total) < 0.002, `${row.name}: near`);
      assert.equal(Boolean(row.parts.furniture), (doc.furniture || []).length > 0, `${row.name}: furniture part iff furniture lines`);
      assert.equal(Boolean(row.parts.unique), (doc.only_in || []).length > 0, `${row.name}: unique part iff only-in sentences`);
      // The widths are the shares (borders aside), and the label says them in words.
      const drawn = row.widths.reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(drawn - sum * row.bar) < row.widths.length * 3 + 2, `${row.name}: drawn ${drawn} of ${row.bar}`);
      assert.match(row.label, new RegExp(`^${row.name.replace('.', '\\.')}: .*\\d+% unique`));
      // Counts: facts it reports, entities it names, values it gives that others give differently.
      const facts = new Set((report.facts || []).filter((f) => f.sentences.some((s) => s.doc === i)).map((f) => f.id));
      const entities = new Set(report.entities.filter((e) => e.mentions.some((m) => m.doc === i)).map((e) => e.id));
      const disagreements = report.discrepancies.filter((d) => d.verdict !== 'agree' && d.values.some((v) => v.doc === i));
      assert.deepEqual(row.counts, { facts: facts.size, entities: entities.size, disagreements: disagreements.length }, row.name);
    });
    // Some article of this story has paraphrased facts (the same fact in other words).
    assert.ok(rows.some((r) => r.parts.paraphrase > 0.05), 'paraphrased facts shown');
    await page.locator('#overview').screenshot({ path: `${h.artifacts}/overview-bars.png` });
  });

  test('the totals and every count open the tab that lists them', async () => {
    const totals = await page.$$eval('.parts-totals [data-count]', (list) => list.map((b) => [b.dataset.count, Number.parseInt(b.textContent, 10)]));
    const disagreements = report.discrepancies.filter((d) => d.verdict !== 'agree').length;
    assert.deepEqual(totals, [['facts', report.facts.length], ['entities', report.entities.length], ['disagreements', disagreements]]);
    for (const [count, tab] of [['facts', 'tab-facts'], ['entities', 'tab-entities'], ['disagreements', 'tab-differ']]) {
      await page.click(`.parts-row:nth-child(2) [data-count="${count}"]`);
      assert.equal(await page.getAttribute(`#${tab}`, 'aria-selected'), 'true', count);
      assert.equal(await page.evaluate(() => document.activeElement.id), tab, 'focus moves to the tab');
      assert.equal(await page.isVisible(`#${await page.getAttribute(`#${tab}`, 'aria-controls')}`), true);
    }
    await page.click('.parts-totals [data-count="facts"]');
    assert.equal(await page.getAttribute('#tab-facts', 'aria-selected'), 'true');
    await page.click('#tab-reading');
  });
});
