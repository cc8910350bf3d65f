// Facts on the page: the same fact told in other words by three articles is highlighted in each
// column (overlapping a shared passage as one flat mark per piece), focusing one of its
// sentences lights the others with their matched words, the coverage view lists who reports
// what, each column says what only it reports, and the overview shows the similarity matrix.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import * as h from './helpers.mjs';

// Invented for this test. All three report the torches / flashlights and the mayor's promise;
// the mayor's sentence is copied word for word from A into C (a shared passage and a fact);
// each has a sentence the others lack.
const kA = {
  name: 'riverside-post.txt',
  text: `Thousands gather for riverside vigil

Thousands of people gathered along the river embankment on Saturday evening to remember the victims of the factory fire.

Mourners held up their mobile phone torches as the names of the eleven workers were read aloud.

The mayor, Elena Brandt, said the city would build a memorial garden next to the old factory site.

A choir from the local school sang two hymns before the crowd dispersed shortly after nine.
`,
};
const kB = {
  name: 'city-herald.txt',
  text: `Candlelit crowd honours fire victims

A large crowd assembled by the river on Saturday night in memory of those who died in the factory blaze.

As the eleven names were read out, people raised their smartphone flashlights into the dark.

Mayor Elena Brandt promised a memorial garden beside the former factory.

Police said the evening passed peacefully and no arrests were made.
`,
};
const kC = {
  name: 'morning-wire.txt',
  text: `Vigil for factory fire victims

Mourners switched on their cell-phone flashlights while the names of the eleven workers who died were read aloud.

Relatives of the victims are demanding a public inquiry into safety at the plant.

The mayor, Elena Brandt, said the city would build a memorial garden next to the old factory site.
`,
};
// The same fact in each article, with its sentence number (1-based, the title is sentence 1).
const kTorches = [
  [kA.name, 'Mourners held up their mobile phone torches as the names of the eleven workers were read aloud.', 3],
  [kB.name, 'As the eleven names were read out, people raised their smartphone flashlights into the dark.', 3],
  [kC.name, 'Mourners switched on their cell-phone flashlights while the names of the eleven workers who died were read aloud.', 2],
];
const kMayor = 'The mayor, Elena Brandt, said the city would build a memorial garden next to the old factory site.';
const kOnlyA = 'A choir from the local school sang two hymns before the crowd dispersed shortly after nine.';
const kOnlyB = 'Police said the evening passed peacefully and no arrests were made.';
const kOnlyC = 'Relatives of the victims are demanding a public inquiry into safety at the plant.';

/** The ids every character of `needle` is marked with (in `column`), or null if one is not. */
function common_ids(column, needle) {
  const at = column.text.indexOf(needle);
  assert.ok(at >= 0, `"${needle.slice(0, 30)}…" in ${column.name}`);
  let ids = null;
  for (let i = at; i < at + needle.length; i++) {
    const range = column.ranges.find(([s, e]) => s <= i && i < e);
    if (!range) return null;
    const here = range[2].split(' ');
    ids = ids ? ids.filter((id) => here.includes(id)) : here;
  }
  return ids;
}

/** The words the page emphasises as matched (CSS highlight), per column name. */
const emphasised = (page) =>
  page.evaluate(() => {
    const out = {};
    const hl = CSS.highlights.get('fact-matched');
    for (const range of hl ? [...hl] : []) {
      const name = range.startContainer.parentElement.closest('.column').dataset.name;
      (out[name] ||= []).push(range.toString());
    }
    return out;
  });

const lit_texts = (page) =>
  page.$$eval('.column', (cols) => Object.fromEntries(cols.map((c) => [c.dataset.name, [...c.querySelectorAll('mark.fact-twin')].map((m) => m.textContent).join('')])));

describe('facts: the same fact in other words', () => {
  const session = h.page_session({ prepare: (page) => h.drop_and_wait(page, [kA, kB, kC]) });
  let page;
  let log;
  let server;
  let torch_fact;
  before(() => ({ page, log, server } = session));

  test('each column marks its sentence of the fact, with one fact id across the three', async () => {
    const cols = await h.columns(page, 'fact');
    assert.deepEqual(cols.map((c) => c.name), [kA.name, kB.name, kC.name]);
    const ids = kTorches.map(([name, sentence]) => common_ids(cols.find((c) => c.name === name), sentence));
    for (const [i, list] of ids.entries()) assert.ok(list && list.length, `${kTorches[i][0]}: the whole sentence is in a fact`);
    const shared = ids.reduce((a, b) => a.filter((id) => b.includes(id)));
    assert.equal(shared.length, 1, `one fact holds the three sentences: ${JSON.stringify(ids)}`);
    torch_fact = shared[0];
    // Sentences only one article has are in no fact.
    assert.equal(common_ids(cols[0], kOnlyA), null);
    assert.equal(common_ids(cols[1], kOnlyB), null);
    assert.equal(common_ids(cols[2], kOnlyC), null);
    assert.match(await page.textContent('#status'), /\d+ facts? reported by more than one/);
  });

  test('a copied sentence is a passage and a fact: one flat mark per piece listing both layers', async () => {
    const pieces = await page.$$eval(`.column[data-name="${kC.name}"] mark`, (marks) =>
      marks.map((m) => ({ text: m.textContent, layer: m.dataset.layer, passage: m.dataset.passage, fact: m.dataset.fact, nested: Boolean(m.querySelector('mark')) })),
    );
    const mayor = pieces.filter((p) => kMayor.includes(p.text.trim()) && p.text.trim().length > 10);
    assert.ok(mayor.length >= 1, 'the mayor sentence is marked');
    assert.ok(mayor.some((p) => p.layer === 'passage fact' && p.passage && p.fact), JSON.stringify(mayor));
    assert.ok(pieces.every((p) => !p.nested));
    assert.ok(pieces.every((p) => /^(passage|fact|only|entity|discrepancy)( (fact|only|entity|discrepancy))*$/.test(p.layer)), `layers in the fixed order: ${[...new Set(pieces.map((p) => p.layer))]}`);
  });

  test('focusing a fact sentence lights its counterparts, emphasises the matched words, names the articles', async () => {
    await page.locator(`.column[data-name="${kA.name}"] mark[data-fact~="${torch_fact}"]`).first().focus();
    const lit = await lit_texts(page);
    for (const [name, sentence] of kTorches) assert.ok(lit[name].includes(sentence), `${name} lit: ${lit[name]}`);
    const words = await emphasised(page);
    assert.ok(words[kA.name].includes('torches'), JSON.stringify(words));
    assert.ok(words[kB.name].includes('flashlights') && words[kB.name].includes('smartphone'), JSON.stringify(words));
    assert.ok(words[kC.name].includes('flashlights'), JSON.stringify(words));
    for (const list of Object.values(words)) assert.ok(!list.includes('the'), 'function words are not matched');
    const { facts } = await h.status_parts(page);
    assert.match(facts, new RegExp(`^Same fact \\(sentences \\d+% alike\\) reported by ${kA.name}, ${kB.name} and ${kC.name} — every article$`));
    await page.$eval('#results', (r) => r.scrollIntoView());
    await h.screenshot(page, 'facts');

    // Elsewhere: the counterparts go dark and the emphasis goes away.
    await page.locator(`.column[data-name="${kB.name}"] .column-title`).click();
    assert.deepEqual(Object.values(await lit_texts(page)), ['', '', '']);
    assert.deepEqual(await emphasised(page), {});
  });

  test('the fact layer can be hidden and shown again', async () => {
    await page.setChecked('#show-facts', false);
    assert.equal(await page.locator('.column mark[data-layer~="fact"]').count(), 0);
    assert.ok((await page.locator('.column mark[data-layer~="passage"]').count()) > 0, 'passages stay');
    await page.setChecked('#show-facts', true);
    assert.ok((await page.locator('.column mark[data-layer~="fact"]').count()) > 0);
  });

  test('each column says how much of it is reported elsewhere, and can highlight what only it reports', async () => {
    const summary = await page.$$eval('.column-facts', (p) => p.map((x) => x.textContent));
    for (const line of summary) assert.match(line, /^\d+% of its sentences reported elsewhere \(most with #\d: \d+%\) · \d+ sentences? only here$/);
    const toggle = page.locator(`.column[data-name="${kA.name}"] .only-toggle`);
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await page.getAttribute(`.column[data-name="${kA.name}"] .only-toggle`, 'aria-pressed'), 'true');
    const only = await h.columns(page, 'only');
    assert.ok(common_ids(only[0], kOnlyA), 'the choir sentence is highlighted as only in A');
    assert.equal(only[1].ranges.length + only[2].ranges.length, 0, 'the other columns are unchanged');
    assert.ok(common_ids(only[0], kTorches[0][1]) === null, 'a sentence in a fact is not "only here"');
    assert.equal(await page.isVisible('[data-legend="only"]'), true);
    await page.click(`.column[data-name="${kA.name}"] .only-toggle`);
    assert.equal(await page.locator('mark[data-layer~="only"]').count(), 0);
  });

  test('the coverage view: facts as rows, articles as columns, two orders', async () => {
    await page.click('#tab-facts');
    assert.equal(await page.isVisible('#facts-view'), true);
    const head = await page.$$eval('.coverage thead th.doc-col', (th) => th.map((x) => x.title));
    assert.deepEqual(head, [kA.name, kB.name, kC.name]);
    const rows = await page.$$eval('.coverage tbody tr', (trs) =>
      trs.map((tr) => ({
        fact: tr.dataset.fact,
        text: tr.querySelector('.fact-link').textContent,
        cells: [...tr.querySelectorAll('td.cell')].map((td) => td.textContent),
        count: Number(tr.querySelector('.count').textContent),
      })),
    );
    assert.ok(rows.length >= 2, `${rows.length} facts`);
    const torches = rows.find((r) => r.fact === torch_fact);
    assert.deepEqual(torches.cells, kTorches.map(([, , n]) => `S${n}`), 'which sentence of each article');
    assert.equal(torches.count, 3);
    assert.equal(torches.text, kTorches[0][1], 'named by the first article’s sentence');
    for (const r of rows) assert.equal(r.count, r.cells.filter(Boolean).length, 'the count is the cells filled');
    // As in the first article: facts A reports, in A's order, then the others.
    const in_a = rows.map((r) => r.cells[0] !== '');
    assert.deepEqual(in_a, [...in_a].sort((x, y) => y - x), 'facts A reports come first');
    const a_order = rows.filter((r) => r.cells[0]).map((r) => Number(r.cells[0].split(' ')[0].slice(1)));
    assert.deepEqual(a_order, [...a_order].sort((x, y) => x - y), 'in A’s order');

    await page.check('input[name="fact-order"][value="count"]', { force: true });
    const counts = await page.$$eval('.coverage tbody .count', (c) => c.map((x) => Number(x.textContent)));
    assert.deepEqual(counts, [...counts].sort((x, y) => y - x), 'most widely reported first');
    assert.equal(counts.length, rows.length);
    await h.screenshot(page, 'facts-coverage');
  });

  test('choosing a fact in the coverage view shows its sentences side by side', async () => {
    await page.click(`.coverage tr[data-fact="${torch_fact}"] .fact-link`);
    // The pointer, left where the row was, may now rest on another fact's mark in the reading
    // view, and a hovered mark wins over the focus (twins.js): move it off the text, as a reader would.
    await page.mouse.move(0, 0);
    assert.equal(await page.isVisible('#reading-view'), true);
    assert.equal(await page.getAttribute('#tab-reading', 'aria-selected'), 'true');
    const focused = await page.evaluate(() => ({ text: document.activeElement.textContent, column: document.activeElement.closest('.column')?.dataset.name }));
    assert.equal(focused.column, kA.name);
    assert.ok(focused.text.length > 0 && kTorches[0][1].startsWith(focused.text), `the first piece of A's sentence has the focus: ${focused.text}`);
    const lit = await lit_texts(page);
    for (const [name, sentence] of kTorches) assert.ok(lit[name].includes(sentence), name);
    // Every counterpart is within its column's visible area.
    const visible = await page.$$eval('mark.fact-twin', (marks) =>
      marks.every((m) => {
        const box = m.closest('.column-text').getBoundingClientRect();
        const at = m.getBoundingClientRect();
        return at.top >= box.top - 1 && at.bottom <= box.bottom + 1 && at.top >= 0 && at.bottom <= window.innerHeight;
      }),
    );
    assert.ok(visible, 'the lit sentences are on screen');
  });

  test('per article, the sentences only it reports are listed and lead to the text', async () => {
    await page.click('#tab-facts');
    const lists = await page.$$eval('.only-list', (d) => d.map((x) => [x.dataset.doc, [...x.querySelectorAll('.fact-link')].map((b) => b.textContent)]));
    const by_name = Object.fromEntries(lists);
    assert.ok(by_name[kA.name].includes(kOnlyA), JSON.stringify(by_name));
    assert.ok(by_name[kB.name].includes(kOnlyB));
    assert.deepEqual(by_name[kC.name], [kOnlyC]);
    await page.click(`.only-list[data-doc="${kB.name}"] summary`);
    await page.click(`.only-list[data-doc="${kB.name}"] .fact-link >> text=${kOnlyB}`);
    assert.equal(await page.isVisible('#reading-view'), true);
    const focused = await page.evaluate(() => ({ text: document.activeElement.textContent, layer: document.activeElement.dataset.layer, column: document.activeElement.closest('.column').dataset.name }));
    assert.deepEqual(focused, { text: kOnlyB, layer: 'only', column: kB.name });
    assert.equal(await page.getAttribute(`.column[data-name="${kB.name}"] .only-toggle`, 'aria-pressed'), 'true');
  });

  test('the overview shows the similarity matrix beside the overlap one', async () => {
    const rows = await page.$$eval('table.similarity tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    assert.equal(rows.length, 3);
    for (const [i, row] of rows.entries()) {
      assert.equal(row[i], '—');
      for (const [j, cell] of row.entries()) if (j !== i) assert.match(cell, /^[1-9]\d*%$/, 'every two of them share at least one fact');
    }
    // The column summary names the most alike article with the matrix's value.
    const most = await page.$eval(`.column[data-name="${kA.name}"] .most-alike`, (x) => x.textContent);
    const [, number, value] = most.match(/^#(\d): (\d+%)$/);
    assert.equal(rows[0][Number(number) - 1], value);
    assert.equal(Math.max(...rows[0].filter((c) => c !== '—').map((c) => parseInt(c, 10))), parseInt(value, 10));
    assert.equal(await page.locator('table.similarity').count(), 1);
    assert.equal(await page.locator('table.overlap').count(), 1);
  });

  test('no network request, no CSP violation, no error', async () => {
    assert.deepEqual(h.foreign_requests(log.requests, server.url.replace(/\/$/, '')), []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  });
});
