// Keyboard use on the five valentines articles: "?" opens the list of shortcuts; n/p step through
// shared passages, d/Shift+D through the differing words of near copies and c/Shift+C through
// disagreements, in the column that has the focus, with a visible focus ring and the status line
// describing the mark; d steps through the word diff's changes.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    const style = getComputedStyle(a);
    return {
      tag: a.tagName,
      column: a.closest('.column')?.dataset.name || '',
      passage: a.dataset.passage || '',
      differ: a.dataset.differ || '',
      discrepancy: a.dataset.discrepancy || '',
      verdict: a.dataset.verdict || '',
      start: Number(a.dataset.start),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      id: a.id,
    };
  });

describe('keyboard', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, h.valentines_files()) });
  let page;
  let names;
  before(async () => {
    ({ page } = session);
    names = h.valentines_files().map((f) => f.name);
  });

  test('"?" opens the list of shortcuts; Escape closes it', async () => {
    await page.locator('body').press('?');
    const dialog = page.locator('dialog.shortcuts-dialog');
    assert.equal(await dialog.isVisible(), true);
    assert.equal(await dialog.getAttribute('aria-labelledby'), 'shortcuts-title');
    const rows = await dialog.locator('tbody th').allTextContents();
    for (const keys of ['n or j', 'p or k', 'd', 'Shift+D', 'c', 'Shift+C', '?']) assert.ok(rows.includes(keys), `${keys} listed: ${rows}`);
    await h.screenshot(page, 'keyboard-help');
    await page.keyboard.press('Escape');
    assert.equal(await dialog.isVisible(), false);
    // The button under the tagline opens it too.
    await page.click('#shortcuts-open');
    assert.equal(await dialog.isVisible(), true);
    await page.keyboard.press('Escape');
  });

  test('n and p step through the shared passages of the focused column', async () => {
    // Column 2 (001) shares three passages, one with 000 and two with 003.
    // A control of the column, not a mark: the step starts from the top of what it shows.
    await page.locator('.column').nth(1).locator('.action-left').focus();
    await page.keyboard.press('n');
    const first = await focused(page);
    assert.equal(first.column, names[1]);
    assert.notEqual(first.passage, '', 'a passage mark has the focus');
    assert.ok(first.outline, 'the focus is visible');
    assert.match(await page.textContent('#passage-status'), /^(Shared by|Near copy)/);
    const seen = [first.passage];
    for (;;) {
      await page.keyboard.press('n');
      const now = await focused(page);
      if (now.passage === seen[seen.length - 1] || !now.passage) break;
      assert.ok(now.start > first.start, 'forward in the text');
      seen.push(now.passage);
    }
    assert.equal(new Set(seen).size, seen.length, `each passage once: ${seen}`);
    assert.ok(seen.length >= 2, `several passages: ${seen}`);
    assert.match(await page.textContent('#passage-status'), new RegExp(`No next shared passage in ${names[1].replace('.', '\\.')}`));
    await page.keyboard.press('p');
    assert.equal((await focused(page)).passage, seen[seen.length - 2], 'p goes back one');
    await page.keyboard.press('k');
    assert.equal((await focused(page)).passage, seen[seen.length - 3] ?? seen[0]);
  });

  test('d and Shift+D step through differing words; c and Shift+C through disagreements', async () => {
    await page.keyboard.press('d');
    const differ = await focused(page);
    assert.notEqual(differ.differ, '', 'a differing word of a near copy');
    await page.keyboard.press('d');
    const next = await focused(page);
    assert.ok(next.start > differ.start);
    await page.keyboard.press('Shift+D');
    assert.equal((await focused(page)).start, differ.start);

    await page.locator('.column').nth(1).locator('.action-left').focus();
    await page.locator('.column-text').nth(1).evaluate((pane) => (pane.scrollTop = 0));
    await page.keyboard.press('c');
    const value = await focused(page);
    assert.notEqual(value.discrepancy, '');
    assert.ok(value.verdict.split(' ').some((v) => v !== 'agree'), `a disagreement, not an agreement: ${value.verdict}`);
    assert.match(await page.textContent('#passage-status'), /Different scope|Conflict/);
    await page.keyboard.press('Shift+C');
    assert.equal((await focused(page)).start, value.start, 'the only disagreement of 001: nothing before it');
    assert.match(await page.textContent('#passage-status'), /No previous disagreement in/);
    await h.screenshot(page, 'keyboard-disagreement');
  });

  test('keys do nothing while typing in a field', async () => {
    await page.focus(`.column input[data-meta="outlet"]`);
    await page.keyboard.type('np');
    assert.equal(await page.inputValue(`.column input[data-meta="outlet"]`), 'np');
    assert.equal((await focused(page)).tag, 'INPUT');
    await page.fill(`.column input[data-meta="outlet"]`, '');
    await page.keyboard.press('Tab');
  });

  test('in the word diff, d and Shift+D step through the changes', async () => {
    await page.click('#tab-diff');
    await page.waitForSelector('#diff-body [data-change]');
    await page.locator('#tab-diff').focus();
    await page.keyboard.press('d');
    assert.match(await page.textContent('#diff-status'), /^Change 1 of \d+/);
    await page.keyboard.press('d');
    assert.match(await page.textContent('#diff-status'), /^Change 2 of/);
    await page.keyboard.press('Shift+D');
    assert.match(await page.textContent('#diff-status'), /^Change 1 of/);
    await page.click('#tab-reading');
  });
});
