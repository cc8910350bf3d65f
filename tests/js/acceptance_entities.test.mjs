// Acceptance: the entity expectations of ../shared/corpus/valentines-2021
// (publishers' text, read in place, never copied): "same" groups whose
// mentions all land in one entity, "different" pairs that stay apart. Asserts
// the groups and pairs the core meets today (so a regression fails) and prints
// the others. Skipped with a message when the corpus is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, sharedCorpus } from './helpers.mjs';

const dir = path.join(sharedCorpus, 'valentines-2021');
const expectationsFile = path.join(dir, 'expectations.json');
const present = fs.existsSync(expectationsFile);
const skip = present ? false : `${expectationsFile} is absent: acceptance test skipped`;
if (!present) console.log(`# ${skip}`);

// Groups and pairs met today; the test fails if one of them regresses.
const kSameMet = [
  'Alexei Navalny', 'Yulia Navalnaya', 'Leonid Volkov', 'Vladimir Putin', 'Maria Zakharova',
  'Josep Borrell', 'Moscow', 'St. Petersburg', 'Belarus', 'Germany', 'Siberia', 'Kremlin', 'NATO',
  'Twitter', '17 January', '15 minutes',
];
const kStretchMet = ['Arbat'];

function analyse() {
  const expectations = JSON.parse(fs.readFileSync(expectationsFile, 'utf8'));
  const docs = Object.keys(expectations.documents).sort();
  const files = docs.map((d) => path.join(dir, expectations.documents[d]));
  const r = runCli(['compare', '--offsets', 'utf16', '--include-text', '--no-facts', '--exact-only', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  // [doc, context, mention] -> the entity holding a mention over it (best overlap), or null.
  const locate = ([doc, context, mention]) => {
    const d = docs.indexOf(doc);
    const text = report.documents[d].text;
    const at = text.indexOf(context);
    if (at < 0) return { where: null, entity: null };
    const start = at + (mention ? context.indexOf(mention) : 0);
    const end = start + (mention ?? context).length;
    let best = null, bestOverlap = 0;
    for (const e of report.entities)
      for (const m of e.mentions) {
        if (m.doc !== d) continue;
        const overlap = Math.min(end, m.end) - Math.max(start, m.start);
        if (overlap > bestOverlap) { best = e; bestOverlap = overlap; }
      }
    return { where: `${doc}:"${mention ?? context}"`, entity: best };
  };
  return { expectations, locate };
}

test('valentines-2021: entities aligned across the articles', { skip }, () => {
  const { expectations, locate } = analyse();
  const met = [];
  for (const group of expectations.entities.same) {
    const found = group.mentions.map(locate);
    const ids = new Set(found.map((f) => (f.entity ? f.entity.id : -1)));
    const ok = !ids.has(-1) && ids.size === 1 && found[0].entity.type === group.type;
    if (ok) met.push(group.name);
    else
      console.log(`# same not met: ${group.name} (${group.type}): ` +
        found.map((f) => `${f.where} -> ${f.entity ? `${f.entity.id} ${f.entity.type} ${f.entity.name}` : 'none'}`).join('; '));
  }
  console.log(`# same groups met: ${met.length} of ${expectations.entities.same.length}`);
  for (const name of kSameMet) assert.ok(met.includes(name), `"same" group ${name} is no longer met`);

  let apart = 0;
  for (const pair of expectations.entities.different) {
    const a = locate(pair.a), b = locate(pair.b);
    const merged = a.entity && b.entity && a.entity.id === b.entity.id;
    if (!merged) apart++;
    assert.ok(!merged, `different pair merged (${pair.why}): ${a.where} and ${b.where} in entity ${a.entity?.name}`);
  }
  console.log(`# different pairs kept apart: ${apart} of ${expectations.entities.different.length}`);

  let stretch = 0;
  for (const group of expectations.entities.stretch ?? []) {
    const ids = new Set(group.mentions.map(locate).map((f) => (f.entity ? f.entity.id : -1)));
    if (!ids.has(-1) && ids.size === 1) stretch++;
    else {
      console.log(`# stretch not met: ${group.name}`);
      assert.ok(!kStretchMet.includes(group.name), `"stretch" group ${group.name} is no longer met`);
    }
  }
  console.log(`# stretch groups met: ${stretch} of ${(expectations.entities.stretch ?? []).length}`);
});
