// Corrections (issue 8): merge and split entities in the Entities tab, mark a line as page
// furniture (or back as article text) in the reading view, reject a comparison of values; the
// views, the JSON export and the saved session follow them, and "Undo all" takes them back.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ferry_articles, kShared } from './fixtures/ferry_articles.mjs';
import * as h from './helpers.mjs';

// local.txt's second paragraph (one line): it shares a passage and facts with wire.txt.
const kLine = `Passengers described the moment the ferry ${kShared}. Lifeboat crews from Portmaddock took 210 passengers to safety before dawn, the coastguard said.`;
const kOtherLine = 'Mayor Tom Reilly promised an inquiry';

/** Runs `change` (a click that makes a correction) and waits for the page to render again. */
async function corrected(page, change) {
  const n = await page.evaluate(() => document.querySelector('#corrections-bar summary')?.dataset.corrections ?? '0');
  await change();
  await page.waitForFunction((before) => document.querySelector('#corrections-bar summary')?.dataset.corrections !== before, n);
}

const person_rows = (page) =>
  page.$$eval('.entity-group[data-type="PERSON"] tbody tr', (rows) =>
    rows.map((r) => ({ id: Number(r.dataset.entity), name: r.querySelector('.fact-link').textContent, total: Number(r.querySelector('.total').textContent) })),
  );

async function open_tab(page, view) {
  await page.click(`[role="tab"][data-view="${view}"]`);
}

describe('corrections', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, ferry_articles) });

  test('merge two people: one row with every mention, all lit in the columns; split one back', async () => {
    const { page } = session;
    await open_tab(page, 'entities');
    const before = await person_rows(page);
    const varga = before.find((r) => r.name.includes('Varga'));
    const reilly = before.find((r) => r.name.includes('Reilly'));
    assert.ok(varga && reilly, JSON.stringify(before));
    const merge = page.locator('.entity-group[data-type="PERSON"] button[data-entity-action="merge"]');
    assert.equal(await merge.isDisabled(), true, 'nothing to merge until two are ticked');
    await page.check(`tr[data-entity="${varga.id}"] input.merge-box`);
    await page.check(`tr[data-entity="${reilly.id}"] input.merge-box`);
    assert.equal(await merge.textContent(), 'Merge 2 ticked');
    await corrected(page, () => merge.click());

    const after = await person_rows(page);
    assert.equal(after.length, before.length - 1);
    const merged = after.find((r) => r.id === varga.id);
    assert.equal(merged.total, varga.total + reilly.total);
    assert.equal(await page.locator(`tr[data-entity="${varga.id}"] button[data-entity-action="unmerge"]`).count(), 1);
    assert.match(await page.textContent('#corrections-bar'), /Corrections \(1\)/);

    // Chosen: every mention of both names is lit in the columns.
    await page.click(`tr[data-entity="${varga.id}"] button[data-entity-action="choose"]`);
    const lit = await page.$$eval(`mark[data-entity~="${varga.id}"].chosen`, (marks) => marks.map((m) => m.textContent));
    assert.ok(lit.some((t) => t.includes('Varga')) && lit.some((t) => t.includes('Reilly')), lit.join(' | '));
    await h.screenshot(page, 'corrections-merged-lit');

    // Split "Tom Reilly" back out of the merged entity.
    await open_tab(page, 'entities');
    const row = page.locator(`tr[data-entity="${varga.id}"]`);
    await row.locator('details.entity-split summary').click();
    await h.screenshot(page, 'corrections-split-menu');
    const variant = row.locator('button[data-entity-action="split"]', { hasText: 'Reilly' }).first();
    await corrected(page, () => variant.click());
    const split = await person_rows(page);
    assert.equal(split.length, before.length);
    assert.equal(split.find((r) => r.id === varga.id).total, varga.total);
    assert.equal(split.find((r) => r.name.includes('Reilly')).total, reilly.total);
    assert.match(await page.textContent('#corrections-bar'), /Corrections \(2\)/);

    // Undo all: the core's entities again.
    await page.click('#corrections-bar summary');
    await corrected(page, () => page.click('#corrections-bar button[data-correct="undo-all"]'));
    assert.deepEqual(await person_rows(page), before);
  });

  test('mark a content line as page furniture: dimmed, its sentence out of the facts; and back', async () => {
    const { page } = session;
    await open_tab(page, 'reading');
    const column = page.locator('.column[data-name="local.txt"]');
    const facts_in_line = async () => {
      const [c] = (await h.columns(page, 'fact')).filter((x) => x.name === 'local.txt');
      const at = c.text.indexOf(kLine);
      return c.ranges.filter(([s, e]) => s < at + kLine.length && e > at).length;
    };
    assert.ok((await facts_in_line()) > 0, 'the line reports a fact before');
    // Focus a mark in the line: the line tool offers to mark it.
    await column.locator('mark', { hasText: 'Portmaddock' }).first().focus();
    const tool = page.locator('#line-tool button[data-correct="line"]');
    assert.equal(await tool.textContent(), 'Mark as page furniture');
    assert.match(await page.textContent('#line-tool'), /Passengers described the moment/);
    await corrected(page, () => tool.click());

    const marks = column.locator('mark[data-layer~="furniture"][data-reason="marked"]');
    assert.equal((await marks.allTextContents()).join(''), kLine);
    // Dimmed as the core's furniture is: the muted colour, not the text's.
    const colours = await marks.first().evaluate((m) => [getComputedStyle(m).color, getComputedStyle(m.closest('.column-text')).color]);
    assert.notEqual(colours[0], colours[1], 'dimmed');
    assert.equal(await facts_in_line(), 0, 'no fact mark left in the line');
    await marks.first().focus();
    assert.match(await page.textContent('#passage-status'), /marked by you/);
    assert.equal(await tool.textContent(), 'Mark as article text');
    await h.screenshot(page, 'corrections-line-furniture');

    await open_tab(page, 'facts');
    const cells = await page.$$eval('table.coverage td[data-doc="local.txt"]', (tds) => tds.map((td) => td.title).join('\n'));
    assert.ok(!cells.includes('Lifeboat crews from Portmaddock'), cells);

    // Back as article text, from the keyboard ("f" on a mark of the line): the fact comes back.
    await open_tab(page, 'reading');
    await column.locator('mark[data-reason="marked"]').first().focus();
    await corrected(page, () => page.keyboard.press('f'));
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Mark as page furniture');
    assert.equal(await column.locator('mark[data-reason="marked"]').count(), 0);
    assert.ok((await facts_in_line()) > 0);
  });

  test('reject a discrepancy: gone from the panel and the exported JSON, which lists the correction', async () => {
    const { page } = session;
    await open_tab(page, 'differ');
    const items = page.locator('#differ-view li.discrepancy');
    const before = await items.count();
    assert.ok(before > 0);
    const about = await items.first().locator('.discrepancy-about').textContent();
    await corrected(page, () => items.first().locator('button[data-correct="reject-discrepancy"]').click());
    assert.equal(await items.count(), before - 1);
    assert.ok((await page.textContent('#corrections-bar .corrections-last')).includes(`Rejected “${about}”`));
    await h.screenshot(page, 'corrections-rejected');

    const json = JSON.parse((await h.download_from(page, '#export-bar button[data-export="json"]')).text);
    assert.equal(json.discrepancies.length, before - 1);
    assert.ok(!json.discrepancies.some((d) => d.about === about));
    assert.equal(json.corrections.rejected_discrepancies.length, 1);

    // It stays rejected when the analysis runs again with other settings (keys are not ids).
    await h.change_setting(page, '#min-words', 7);
    assert.equal(await items.count(), before - 1);
    await h.change_setting(page, '#min-words', 6);

    // Undo right there brings it back.
    await corrected(page, () => page.click('#corrections-bar button[data-correct="undo-last"]'));
    assert.equal(await items.count(), before);
  });

  test('reject a fact: gone from who reports what, its sentences unlit, and out of the facts CSV', async () => {
    const { page } = session;
    await open_tab(page, 'facts');
    const rows = page.locator('table.coverage tbody tr');
    const before = await rows.count();
    assert.ok(before > 0);
    const id = await rows.first().getAttribute('data-fact');
    const csv_rows = async () => (await h.download_from(page, '#export-bar button[data-export="facts"]')).text.trim().split('\n').filter((l) => /^\d/.test(l)).length;
    const csv_before = await csv_rows();
    await corrected(page, () => rows.first().locator('button[data-correct="reject-fact"]').click());
    assert.equal(await rows.count(), before - 1);
    assert.equal(await page.locator(`table.coverage tr[data-fact="${id}"]`).count(), 0);
    assert.equal(await page.locator(`#columns mark[data-fact~="${id}"]`).count(), 0);
    assert.equal(await csv_rows(), csv_before - 1);
    await corrected(page, () => page.click('#corrections-bar button[data-correct="undo-last"]'));
    assert.equal(await rows.count(), before);
  });

  test('reject a shared passage: its marks go from every column, its words from the overview; undo', async () => {
    const { page } = session;
    await open_tab(page, 'reading');
    const mark = page.locator('.column[data-name="local.txt"] mark[data-passage]').first();
    const id = (await mark.getAttribute('data-passage')).split(' ')[0];
    const marked = () => page.locator(`#columns mark[data-passage~="${id}"]`).count();
    const shared = () => page.$$eval('table.overlap tbody tr', (rows) => rows.map((r) => r.querySelectorAll('td')[1].textContent));
    assert.ok((await page.locator('.column[data-name="wire.txt"] mark[data-passage]').count()) > 0);
    const before = await shared();
    const passages = (await h.download_from(page, '#export-bar button[data-export="json"]')).text;
    const n = JSON.parse(passages).passages.length;

    await mark.focus();
    const reject = page.locator('#line-tool button[data-correct="reject-passage"]');
    assert.equal(await reject.textContent(), 'Reject shared passage');
    await corrected(page, () => reject.click());
    assert.equal(await marked(), 0, 'no mark of the passage left');
    assert.match(await page.textContent('#corrections-bar'), /Rejected a shared passage of/);
    const after = await shared();
    assert.ok(after.some((v, i) => Number.parseInt(v, 10) < Number.parseInt(before[i], 10)), `${before} -> ${after}`);
    const json = JSON.parse((await h.download_from(page, '#export-bar button[data-export="json"]')).text);
    assert.equal(json.passages.length, n - 1);
    assert.equal(json.corrections.rejected_passages.length, 1);
    assert.match(json.corrections.rejected_passages[0], /^local\.txt@\d+-\d+\|wire\.txt@\d+-\d+$/);
    await h.screenshot(page, 'corrections-passage-rejected');

    await corrected(page, () => page.click('#corrections-bar button[data-correct="undo-last"]'));
    assert.ok((await marked()) > 0);
    assert.deepEqual(await shared(), before);
  });

  test('kept with the session: saved to the file (format 2), opened elsewhere, and across a reload', async () => {
    const { page, browser } = session;
    await open_tab(page, 'differ');
    const n = await page.locator('#differ-view li.discrepancy').count();
    await corrected(page, () => page.locator('#differ-view button[data-correct="reject-discrepancy"]').first().click());
    await open_tab(page, 'reading');
    await page.locator('.column[data-name="local.txt"] mark', { hasText: 'Tom Reilly' }).first().focus();
    assert.ok((await page.textContent('#line-tool')).includes(kOtherLine));
    await corrected(page, () => page.click('#line-tool button[data-correct="line"]'));

    const saved = await h.download_from(page, '#save-session');
    const file = JSON.parse(saved.text);
    assert.equal(file.version, 2);
    assert.equal(file.corrections.rejected_discrepancies.length, 1);
    assert.deepEqual(file.corrections.furniture.map((f) => [f.doc, f.as]), [['local.txt', 'furniture']]);

    const { page: other } = await h.open_page(browser.context, session.server.url);
    const count = await h.analysis_count(other);
    await other.setInputFiles('#open-session', { name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text) });
    await h.wait_analysis(other, count);
    assert.match(await other.textContent('#corrections-bar summary'), /Corrections \(2\)/);
    assert.equal(await other.locator('.column[data-name="local.txt"] mark[data-reason="marked"]').count() > 0, true);
    await open_tab(other, 'differ');
    assert.equal(await other.locator('#differ-view li.discrepancy').count(), n - 1);

    // The copy kept in this browser has them too: a page opened next restores them.
    await other.waitForSelector('html[data-kept="kept"]');
    const { page: third } = await h.open_page(browser.context, session.server.url, { keep_store: true });
    await third.waitForSelector('html[data-session="restored"][data-analysis="done"]');
    assert.match(await third.textContent('#corrections-bar summary'), /Corrections \(2\)/);
    assert.ok((await third.locator('.column[data-name="local.txt"] mark[data-reason="marked"]').count()) > 0);
    await h.screenshot(third, 'corrections-restored');
    await third.close();

    // A version 1 file (no corrections) still opens.
    const v1 = JSON.stringify({ ...file, version: 1, corrections: undefined });
    const c1 = await h.analysis_count(other);
    await other.setInputFiles('#open-session', { name: 'old.parallax.json', mimeType: 'application/json', buffer: Buffer.from(v1) });
    await h.wait_analysis(other, c1);
    assert.equal(await other.locator('#corrections-bar').isHidden(), true);
    await other.close();
  });
});
