// Near passages on the page: a paragraph copied with a few words edited is highlighted in both
// columns in a lighter shade than exact copies, its differing words are marked, focusing it
// lights its twin with the differences, and the settings (imperfections, near copies, reset)
// re-run the analysis on the bytes already read.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

// Invented for this test. The Okafor paragraph is copied from A into B with four edits (three
// words swapped, one added); a third article, C, quotes one sentence of A word for word, to
// compare the shades of exact and near copies. (That sentence is not in B: the core would merge
// A-B fragments lying in crossing order into one bogus near passage, reported as a core bug.)
const kA = {
  name: 'barrier-a.txt',
  text: `Harbour council backs new tide barrier

The project is expected to cost about four million pounds, most of it from a regional flood fund.

The town council voted on Tuesday night to build a movable tide barrier across the mouth of the Lindon estuary, after three winters in which the lower streets flooded more than a dozen times.

Councillor Mara Okafor, who chairs the works committee, said the barrier would be raised only during the highest spring tides and storm surges, leaving the channel open for fishing boats the rest of the year.

Residents of Quay Street welcomed the vote but asked when work would begin.
`,
};
const kB = {
  name: 'barrier-b.txt',
  text: `Tide barrier approved for Lindon

Work on the long-debated scheme could start next spring, according to the harbour office.

Councillor Mara Okafor, who leads the works committee, said the barrier would be lifted only during the highest spring tides and violent storm surges, leaving the channel open for fishing vessels the rest of the year.

Shopkeepers on the seafront said they had waited long enough for the decision.
`,
};
const kC = {
  name: 'flood-fund.txt',
  text: `Regional flood fund opens a second round

Coastal towns can now apply for the second round of grants. In Lindon, the project is expected to cost about four million pounds, most of it from a regional flood fund.

Applications are due by the end of June, and the fund's board will announce its decisions in the autumn.
`,
};
const kDifferA = ['chairs', 'raised', 'boats'];
const kDifferB = ['leads', 'lifted', 'violent', 'vessels'];
const kExact = 'project is expected to cost about four million pounds, most of it from a regional flood fund';
const kNearStart = 'Councillor Mara Okafor, who';
const kNearEnd = 'the rest of the year';

/** Per column: the texts of its differing-word marks, and the kinds of its passage marks. */
function column_marks(page) {
  return page.$$eval('.column', (cols) =>
    cols.map((c) => ({
      differ: [...c.querySelectorAll('mark[data-layer~="passage"][data-differ]')].map((m) => m.textContent.trim()),
      lit_differ: [...c.querySelectorAll('mark.differ-lit')].map((m) => m.textContent.trim()),
      near: c.querySelectorAll('mark[data-layer~="passage"][data-kind="near"]').length,
      exact: c.querySelectorAll('mark[data-layer~="passage"][data-kind~="exact"]').length,
      twins: c.querySelectorAll('mark.twin').length,
      near_twins: c.querySelectorAll('mark.twin[data-kind="near"]').length,
    })),
  );
}

/**
 * How far a highlight stands out from the column behind it: the difference in relative
 * luminance between a mark's background and the column's. Near copies must stand out less
 * than exact ones in light and dark mode alike.
 */
function contrast_with_column(page, selector) {
  return page.$eval(selector, (mark) => {
    const luminance = (css) => {
      const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const column = mark.closest('.column');
    return Math.abs(luminance(getComputedStyle(mark).backgroundColor) - luminance(getComputedStyle(column).backgroundColor));
  });
}

/** Drops the three articles on a fresh page, counting file reads from the start. */
async function drop_articles(page) {
  await h.count_file_reads(page);
  await h.wait_analysis(page, await h.drop_files(page, [kA, kB, kC]));
}

describe('near passages', () => {
  const session = h.page_session({ prepare: drop_articles });
  let page;
  let log;
  before(() => ({ page, log } = session));

  test('an edited paragraph is a near passage in both columns, its differing words marked', async () => {
    const cols = await h.columns(page);
    assert.deepEqual(cols.map((c) => c.name), [kA.name, kB.name, kC.name]);
    for (const c of cols.slice(0, 2)) {
      const from = c.text.indexOf(kNearStart);
      const to = c.text.indexOf(kNearEnd, from) + kNearEnd.length;
      assert.ok(h.fully_marked(c, c.text.slice(from, to)), `the edited paragraph is marked in ${c.name}`);
    }
    for (const c of [cols[0], cols[2]]) assert.ok(h.fully_marked(c, kExact), `the quoted sentence is marked in ${c.name}`);
    const [a, b, c] = await column_marks(page);
    assert.ok(a.near > 0 && b.near > 0, `near marks in both columns: ${a.near}, ${b.near}`);
    assert.equal(c.near, 0);
    assert.ok(a.exact > 0 && c.exact > 0 && b.exact === 0, 'the quoted sentence is an exact passage of A and C');
    assert.deepEqual(a.differ, kDifferA);
    assert.deepEqual(b.differ, kDifferB);
    assert.deepEqual(c.differ, []);

    // Differing words are pieces of the near passage: same passage id, and flat like every mark.
    const flat = await page.$$eval('mark[data-differ]', (marks) =>
      marks.every((m) => m.dataset.layer.split(' ').includes('passage') && m.dataset.passage.split(' ').includes(m.dataset.differ) && !m.querySelector('mark')),
    );
    assert.ok(flat);
    await h.screenshot(page, 'near-passages-overview');
  });

  test('near copies are a lighter shade than exact ones shared by as many articles', async () => {
    const near = await contrast_with_column(page, '.column mark.shade-2[data-kind="near"]:not([data-differ])');
    const exact = await contrast_with_column(page, '.column mark.shade-2[data-kind="exact"]');
    assert.ok(near > 0.02 && near < exact - 0.05, `near ${near.toFixed(3)} vs exact ${exact.toFixed(3)}`);
    assert.equal(await page.isVisible('[data-legend="near"]'), true, 'the legend explains near copies');
    assert.match(await page.textContent('#legend'), /exact copy.*near copy.*differs/s);
  });

  test('focusing a near passage lights its twin, its differing words and the status line', async () => {
    await page.locator(`.column[data-name="${kA.name}"] mark[data-kind="near"]`, { hasText: 'Okafor' }).first().focus();
    const [a, b, c] = await column_marks(page);
    assert.ok(b.twins > 0 && b.twins === b.near_twins, `twin lit in ${kB.name}: ${b.twins}`);
    assert.ok(a.twins > 0, 'the focused passage is lit too');
    assert.equal(c.twins, 0);
    assert.deepEqual(b.lit_differ, kDifferB, 'the twin’s differing words are emphasised');
    assert.deepEqual(a.lit_differ, kDifferA);
    const { passages: status, facts } = await h.status_parts(page);
    assert.match(status, new RegExp(`^Near copy \\(similarity \\d+%\\) shared by ${kA.name} and ${kB.name} — \\d+ matching words$`));
    assert.match(facts, new RegExp(`^Same fact .* reported by ${kA.name} and ${kB.name}`), 'the sentences are one fact too');
    // The status says how many words match: all but the differing ones of the passage.
    const matching = Number(status.match(/— (\d+) matching/)[1]);
    assert.ok(matching >= 30 && matching <= 34, status);
    await h.screenshot(page, 'near-passages');

    await page.locator(`.column[data-name="${kC.name}"] mark[data-kind="exact"]`).first().focus();
    assert.deepEqual((await column_marks(page)).map((c) => c.lit_differ), [[], [], []], 'an exact passage has no differences to show');
    assert.match(await page.textContent('#passage-status'), /^Shared by: /);
  });

  test('the overview splits each article’s shared share into exact and near', async () => {
    const rows = await page.$$eval('.overlap tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    assert.equal(rows.length, 3);
    const shares = rows.map((row) => row.slice(1, 4).map((t) => Number(t.replace('%', ''))));
    for (const [s, e, n] of shares) assert.ok(Math.abs(s - (e + n)) <= 1, `shared ${s}% = exact ${e}% + near ${n}%`);
    assert.ok(shares[0][2] > 0 && shares[1][2] > 0, 'A and B share a near copy');
    assert.ok(shares[0][1] > 0 && shares[2][1] > 0 && shares[2][2] === 0, 'C shares only an exact passage');
  });

  test('imperfections, near copies and reset re-run the analysis without reading the files again', async () => {
    const reads = await h.file_reads(page);
    assert.equal(reads, 3, 'each dropped file read once');
    assert.equal(await page.isDisabled('#reset-settings'), true, 'nothing to reset at the defaults');

    await h.change_setting(page, '#imperfections', 0);
    assert.equal(await page.isDisabled('#reset-settings'), false);
    let [a, b, c] = await column_marks(page);
    assert.ok(a.near > 0 && b.near > 0, 'single-word edits need no words of slack between matches');

    await h.change_setting(page, '#near', false);
    [a, b, c] = await column_marks(page);
    assert.deepEqual([a.near, b.near, a.differ.length, b.differ.length], [0, 0, 0, 0], 'near marks are gone');
    assert.ok(a.exact > 0 && c.exact > 0, 'exact passages stay');
    assert.equal(await page.isDisabled('#imperfections'), true, 'imperfections only matter for near copies');
    assert.match(await page.textContent('#status'), /near copies off/);
    assert.equal(await page.textContent('.overlap tbody tr td:nth-child(5)'), 'off');

    const before = await h.analysis_count(page);
    await page.click('#reset-settings');
    await h.wait_analysis(page, before);
    assert.deepEqual(
      await page.evaluate(() => [document.querySelector('#min-words').value, document.querySelector('#imperfections').value, document.querySelector('#near').checked]),
      ['6', '10', true],
    );
    assert.equal(await page.isDisabled('#reset-settings'), true);
    [a, b] = await column_marks(page);
    assert.deepEqual([a.differ, b.differ], [kDifferA, kDifferB], 'near copies are back');
    assert.equal(await h.file_reads(page), reads, 'no file read again');
  });

  test('breaks no CSP rule and logs no error', async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
});

describe('near passages in dark mode', () => {
  const session = h.page_session({ launch_options: { color_scheme: 'dark' }, prepare: drop_articles });

  test('near copies are dimmer than exact ones, differences still marked', async () => {
    const { page } = session;
    const near = await contrast_with_column(page, '.column mark.shade-2[data-kind="near"]:not([data-differ])');
    const exact = await contrast_with_column(page, '.column mark.shade-2[data-kind="exact"]');
    assert.ok(near > 0.005 && near < exact, `near ${near.toFixed(4)} vs exact ${exact.toFixed(4)}`);
    await page.locator(`.column[data-name="${kB.name}"] mark[data-kind="near"]`, { hasText: 'Okafor' }).first().focus();
    assert.deepEqual((await column_marks(page))[0].lit_differ, kDifferA);
    await h.screenshot(page, 'near-passages-dark');
  });
});
