// Exports: the JSON report, the CSV tables (quoted for spreadsheet apps, with a UTF-8 BOM), the
// standalone HTML report (opened with JavaScript off, its highlights still there) and the print
// layout.

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ferry_articles, kShared } from './fixtures/ferry_articles.mjs';
import * as h from './helpers.mjs';

const names = ferry_articles.map((a) => a.name);

/** RFC 4180 parsing, to read back what the page wrote: quoted fields may hold commas, doubled
 * quotes and line breaks. */
function parse_csv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows[rows.length - 1].push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      rows[rows.length - 1].push(field);
      field = '';
      rows.push([]);
      i++;
    } else field += c;
  }
  assert.equal(field, '', 'the last line ends with CRLF');
  rows.pop();
  return rows;
}

/** A CSV download: checks the BOM, parses, and checks every row has the header's width. */
async function csv_from(page, kind) {
  const { text, name } = await h.download_from(page, `[data-export="${kind}"]`);
  assert.match(name, new RegExp(`${kind}\\.csv$`));
  assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 BOM first');
  const rows = parse_csv(text.slice(1));
  for (const row of rows) assert.equal(row.length, rows[0].length, JSON.stringify(row));
  return rows;
}

describe('exports', () => {
  const s = h.page_session({ prepare: (page) => h.drop_and_wait(page, ferry_articles) });
  let report;

  test('the report as JSON', async () => {
    const { name, text } = await h.download_from(s.page, '[data-export="json"]');
    assert.match(name, /report\.json$/);
    report = JSON.parse(text);
    assert.deepEqual(report.documents.map((d) => d.name), names);
    assert.ok(report.passages.length > 0 && report.facts.length > 0 && report.entities.length > 0);
  });

  test('similarity matrix as CSV', async () => {
    const rows = await csv_from(s.page, 'similarity');
    assert.deepEqual(rows[0], ['article', ...names]);
    assert.deepEqual(rows.slice(1).map((r) => r[0]), names);
    for (let i = 0; i < names.length; i++) {
      for (let j = 0; j < names.length; j++) {
        const cell = rows[i + 1][j + 1];
        if (i === j) assert.equal(cell, '');
        else assert.equal(Number(cell), report.similarity[i][j]);
      }
    }
    assert.ok(Number(rows[1][2]) > 0 && Number(rows[1][3]) === 0, 'wire shares facts with local, none with the opinion piece');
  });

  test('facts by articles as CSV: each cell the sentence as the article wrote it', async () => {
    const rows = await csv_from(s.page, 'facts');
    assert.deepEqual(rows[0], ['fact', 'similarity', 'articles', ...names]);
    assert.equal(rows.length - 1, report.facts.length);
    const text_of = (sentence) => report.documents[sentence.doc].text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
    for (const fact of report.facts) {
      const row = rows.find((r) => Number(r[0]) === fact.id);
      assert.equal(Number(row[2]), new Set(fact.sentences.map((x) => x.doc)).size);
      for (const sentence of fact.sentences) assert.ok(row[3 + sentence.doc].includes(text_of(sentence)), row.join(' | '));
    }
    // The passage both reports share is in a sentence with commas: quoted, and read back whole.
    const shared = rows.find((r) => r[3].includes(kShared));
    assert.ok(shared && shared[4].includes(kShared) && shared[3].includes(', the coastguard said'));
    assert.equal(shared[5], '', 'the opinion piece does not report it');
  });

  test('entities as CSV: mentions per article', async () => {
    const rows = await csv_from(s.page, 'entities');
    assert.deepEqual(rows[0], ['entity', 'type', 'name', 'value', 'mentions', ...names, 'spellings']);
    assert.equal(rows.length - 1, report.entities.length);
    for (const entity of report.entities) {
      const row = rows.find((r) => Number(r[0]) === entity.id);
      assert.equal(row[2], entity.name);
      assert.equal(Number(row[4]), entity.mentions.length);
      names.forEach((_, doc) => {
        const count = entity.mentions.filter((m) => m.doc === doc).length;
        assert.equal(row[5 + doc], count ? String(count) : '');
      });
    }
    const varga = rows.find((r) => r[2] === 'Elena Varga');
    assert.ok(varga, rows.map((r) => r[2]).join(', '));
    assert.equal(varga[1], 'person');
  });

  test('the standalone HTML report opens without JavaScript and shows the highlights', async () => {
    const outlet = s.page.locator('.column[data-name="wire.txt"] input[data-meta="outlet"]');
    await outlet.fill('Coast Wire');
    await outlet.press('Enter');
    const { text } = await h.download_from(s.page, '[data-export="html"]');
    assert.ok(text.startsWith('<!doctype html>'));
    assert.doesNotMatch(text, /<script|<button|<input|\son\w+=/i);
    mkdirSync(h.artifacts, { recursive: true });
    const file = path.join(h.artifacts, 'exported-report.html');
    writeFileSync(file, text);
    const live = await s.page.$$eval('#columns mark[data-layer~="passage"]', (marks) => marks.map((m) => m.textContent));

    await h.open_offline(file, async (page) => {
      const columns = await page.$$eval('.column', (cols) => cols.map((c) => ({ name: c.dataset.name, text: c.querySelector('.column-text').textContent })));
      assert.deepEqual(columns, ferry_articles.map((a) => ({ name: a.name, text: a.text })));
      const marks = await page.$$eval('mark[data-layer~="passage"]', (list) => list.map((m) => m.textContent));
      assert.deepEqual(marks, live);
      // Shaded as on the page: the style sheet came along.
      const background = await page.$eval('mark[data-layer~="passage"]', (m) => getComputedStyle(m).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)');
      assert.ok((await page.$$('mark[data-layer~="entity"]')).length > 0);
      assert.equal(await page.isVisible('.matrix'), true);
      // The outlet given is shown as text; fields nobody filled are left out.
      assert.deepEqual(await page.$$eval('.column', (cols) => cols.map((c) => c.querySelector('.article-meta').textContent)), ['OutletCoast Wire', '', '']);
      await page.screenshot({ path: path.join(h.artifacts, 'export-standalone.png') });
    });
  });

  test('printing: the columns and highlights without the controls', async () => {
    await s.page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['.controls', '.export-bar', '.session-bar', '.views', '.column-actions']) {
        assert.equal(await s.page.isVisible(hidden), false, hidden);
      }
      assert.equal(await s.page.isVisible('.column-text mark[data-layer~="passage"]'), true);
      // Every column is laid out whole (nothing scrolls inside it on paper).
      const clipped = await s.page.$$eval('.column-text', (list) => list.filter((t) => t.scrollHeight > t.clientHeight + 1).length);
      assert.equal(clipped, 0);
      await s.page.screenshot({ path: path.join(h.artifacts, 'export-print.png'), fullPage: true });
    } finally {
      await s.page.emulateMedia({ media: 'screen' });
    }
  });
});
