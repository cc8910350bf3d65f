// Acceptance: page furniture in ../shared/corpus/valentines-2021 (publishers'
// text, read in place): every "boilerplate" line of the expectations flagged,
// no "content" line flagged. Skipped with a message when the folder is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, sharedCorpus } from './helpers.mjs';

const dir = path.join(sharedCorpus, 'valentines-2021');
const skip = fs.existsSync(dir) ? false : `${dir} is absent: acceptance test skipped`;

test('valentines-2021: furniture lines are flagged, article lines are not', { skip }, () => {
  const expect = JSON.parse(fs.readFileSync(path.join(dir, 'expectations.json'), 'utf8'));
  const ids = Object.keys(expect.documents).sort();
  const files = ids.map((id) => path.join(dir, expect.documents[id]));
  const r = runCli(['compare', '--offsets', 'utf16', '--include-text', '--no-facts', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const flagged = (id) => {
    const doc = report.documents[ids.indexOf(id)];
    return doc.furniture.map((f) => doc.text.slice(f.start, f.end));
  };
  for (const [id, context] of expect.boilerplate)
    for (const line of context.split('\n').filter((l) => l.trim()))
      assert.ok(flagged(id).some((f) => f.includes(line.trim())), `${id}: "${line}" should be furniture`);
  for (const [id, context] of expect.content)
    assert.ok(!flagged(id).some((f) => f.includes(context)), `${id}: "${context}" is article text`);
});

test('furniture is left out of passages and word counts unless included', { skip }, () => {
  const expect = JSON.parse(fs.readFileSync(path.join(dir, 'expectations.json'), 'utf8'));
  const files = Object.keys(expect.documents).sort().map((id) => path.join(dir, expect.documents[id]));
  const out = JSON.parse(runCli(['compare', '--no-facts', ...files]).stdout);
  const all = JSON.parse(runCli(['compare', '--no-facts', '--include-furniture', ...files]).stdout);
  assert.ok(out.documents[1].words < all.documents[1].words);
  assert.deepEqual(out.documents.map((d) => d.furniture.length), all.documents.map((d) => d.furniture.length));
});
