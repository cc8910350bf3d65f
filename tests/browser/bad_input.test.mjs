// Bad input on the page (docs/bad-input.md): files the core refuses are named with their reason
// beside the articles it compares, and text of odd shapes (one enormous line, 100,000 short
// lines) is analysed, not refused.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as h from './helpers.mjs';

const kWire = 'lost power to both engines in heavy seas and began drifting towards the rocks off Gull Point';

describe('bad input', () => {
  const session = h.page_session();

  test('refused files say why; one enormous line and 100,000 short lines are compared', async () => {
    const { page } = session;
    const [s01, s02] = h.sample_files();
    const words = 'the harbour board met on monday to discuss the new ferry timetable and its costs'.split(' ');
    const line = Array.from({ length: 60000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
    const lines = Array.from({ length: 100000 }, (_, i) => `${words[i % words.length]} ${i}`).join('\n');
    const n = await h.drop_files(page, [
      s01,
      { name: 'rule.txt', text: '-----\n* * *\n=== \u2014 ===\n' },
      { name: 'archive.zip', bytes: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] },
      { name: 'old.doc', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00] },
      { name: 'one-line.txt', text: line },
      { name: 'short-lines.txt', text: lines },
      s02,
    ]);
    assert.equal(await h.wait_analysis(page, n), 'done');

    const messages = await page.$$eval('#messages li', (lis) => lis.map((li) => li.textContent));
    const about = (name) => messages.find((m) => m.startsWith(`${name}:`)) || '';
    assert.match(about('rule.txt'), /no words to compare/);
    assert.match(about('archive.zip'), /a ZIP archive, not text/);
    assert.match(about('old.doc'), /an old Microsoft Office document \(\.doc, \.xls\), not text \(save or copy the article as a \.txt or \.html file\)/);
    assert.equal(messages.filter((m) => /one-line|short-lines/.test(m)).length, 0, messages.join('\n'));

    const cols = await h.columns(page);
    assert.deepEqual(cols.map((c) => c.name), [s01.name, 'one-line.txt', 'short-lines.txt', s02.name]);
    assert.ok(h.fully_marked(cols[0], kWire) && h.fully_marked(cols[3], kWire));
    assert.equal(cols[1].text.length, line.length);
    assert.equal(cols[2].text.length, lines.length);
  });
});
